#include "SheetBench.h"

#include "export/TableWriters.h"
#include "import/ledger/SheetBulletin.h"
#include "model/Error.h"
#include "services/BulletinImport.h"
#include "services/Ledger.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <sys/resource.h>

#include <cstdio>

namespace rectrack::bench {

namespace {
double peakResidentMiB() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

// The ledger an office keeps: each problem's text repeated on its measures' rows.
void writeWorkbook(const QString& path, int measureRows) {
    static const char16_t* const units[] = {u"办公室", u"计划财务科", u"人事科", u"机关党委", u"项目办", u"后勤服务中心"};
    static const char16_t* const progress[] = {u"已完成", u"正在推进", u"未启动", u"长期坚持"};
    static const char16_t* const deadlines[] = {u"2025年6月底前", u"立行立改", u"2025年12月31日", u"长期坚持"};
    XlsxTableWriter writer(path, QStringLiteral("整改台账"),
                           {{QStringLiteral("序号")}, {QStringLiteral("反馈问题"), TableColumn::Type::Text, 40},
                            {QStringLiteral("整改措施"), TableColumn::Type::Text, 40}, {QStringLiteral("牵头单位")},
                            {QStringLiteral("责任人")}, {QStringLiteral("完成时限")}, {QStringLiteral("完成情况")}});
    QList<QVariantList> rows;
    for (int i = 0; i < measureRows; ++i) {
        const int problem = i / 4 + 1;
        rows << QVariantList{QString::number(problem),
                             QStringLiteral("第%1个问题：专项资金拨付审核把关不严，部分项目资金滞留超过规定期限").arg(problem),
                             QStringLiteral("第%1项措施：逐笔核查资金拨付情况，建立拨付台账并按月通报进度").arg(i + 1),
                             QString::fromUtf16(units[i % 6]), QStringLiteral("责任人%1").arg(i % 40),
                             QString::fromUtf16(deadlines[i % 4]), QString::fromUtf16(progress[(i / 3) % 4])};
        if (rows.size() == 1000) {
            writer.addRows(rows);
            rows.clear();
        }
    }
    writer.addRows(rows);
    writer.finish();
}
} // namespace

int benchSheetImport(Figures& figures, const QString& work, int measureRows, std::shared_ptr<const Clock> clock) {
    const QString workbook = QDir(work).filePath(QStringLiteral("ledger-%1-rows.xlsx").arg(measureRows));
    const QString file = QDir(work).filePath(QStringLiteral("sheet-import.sqlite"));
    try {
        if (!QFile::exists(workbook))
            writeWorkbook(workbook, measureRows);
        for (const char* suffix : {"", "-wal", "-shm"})
            QFile::remove(file + QString::fromLatin1(suffix));
        auto ledger = Ledger::open(file, std::move(clock), QStringLiteral("bench"));
        QFile in(workbook);
        if (!in.open(QIODevice::ReadOnly))
            throw Error(Error::Kind::Storage, in.errorString());
        const QByteArray bytes = in.readAll();
        ParsedBulletin bulletin;
        QElapsedTimer whole;
        whole.start();
        figures.time(QStringLiteral("ledger workbook, %1 measure rows: read and parsed").arg(measureRows), 1,
                     [&] { bulletin = readSheetBulletin(workbook, bytes); });
        figures.time(QStringLiteral("ledger workbook, %1 problems: saved with history").arg(bulletin.findings.size()), 1,
                     [&] { saveBulletin(*ledger, bulletin, contentHash(bytes)); });
        figures.add(QStringLiteral("ledger workbook, %1 measure rows: imported whole").arg(measureRows), QStringLiteral("ms"),
                    {static_cast<double>(whole.nsecsElapsed()) / 1e6},
                    QStringLiteral("%1 history entries").arg(ledger->history().entryCount()));
        figures.add(QStringLiteral("peak memory after the workbook import"), QStringLiteral("MiB"), {peakResidentMiB()});
    } catch (const Error& e) {
        std::fprintf(stderr, "rectrack-bench: %s\n", e.what());
        return 1;
    }
    return 0;
}

} // namespace rectrack::bench
