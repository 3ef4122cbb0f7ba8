#include "SheetBulletin.h"

#include "domain/ChineseNumerals.h"
#include "SheetJoin.h"
#include "import/readers/SpreadsheetFile.h"
#include "model/Error.h"

#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <QCoreApplication>

namespace rectrack {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(rectrack::SheetBulletin)
};

// The title row above the header: the one text a row above it holds across the table.
QString titleAbove(const Sheet& sheet, const LedgerColumns& columns) {
    for (int r = 0; r < columns.headerFirst && r < sheet.rows.size(); ++r) {
        QString only;
        bool one = true;
        for (const QString& cell : sheet.rows[r].cells) {
            const QString t = cell.trimmed();
            if (t.isEmpty())
                continue;
            if (!only.isEmpty() && t != only)
                one = false;
            only = t;
        }
        if (one && !only.isEmpty() && !only.contains(u'：') && !only.contains(u':'))
            return only;
    }
    return QString();
}
// The day the sheet was made, from a row above its header (填报日期：2025年5月6日, 截至2025年5月):
// what a deadline without its year (6月底前) counts from.
QDate dateAbove(const Sheet& sheet, const LedgerColumns& columns) {
    static const QRegularExpression full(QStringLiteral("(\\d{4})\\s*[年\\-./]\\s*(\\d{1,2})\\s*[月\\-./]\\s*(\\d{1,2})"));
    for (int r = 0; r < columns.headerFirst && r < sheet.rows.size(); ++r)
        for (const QString& cell : sheet.rows[r].cells)
            if (const auto m = full.match(cell); m.hasMatch()) {
                const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
                if (d.isValid())
                    return d;
            }
    return {};
}

// Words that say the work has not begun (未启动, 未开始, 尚未整改): not started, nothing to warn of.
bool saysNotStarted(const QString& words) {
    const QString w = QString(words).remove(u' ').remove(u'\u3000');
    for (const char16_t* no : {u"未启动", u"未开始", u"尚未启动", u"尚未开始", u"尚未整改", u"未整改"})
        if (w == QStringView(no))
            return true;
    return false;
}

// A problem's status from its measures': all done is done; done and standing is standing; none
// said is what the problem's own cell says; anything else is under way.
ParsedFinding::Status findingStatus(const QList<ParsedFinding::Status>& measures, ParsedFinding::Status own) {
    using S = ParsedFinding::Status;
    const auto all = [&](auto test) { return std::all_of(measures.cbegin(), measures.cend(), test); };
    if (measures.isEmpty() || all([](S s) { return s == S::Unknown; }))
        return own;
    if (all([](S s) { return s == S::Completed; }))
        return S::Completed;
    if (all([](S s) { return s == S::Completed || s == S::Ongoing; }))
        return S::Ongoing;
    return S::InProgress;
}
} // namespace

Status ledgerStatus(ParsedFinding::Status status) {
    switch (status) {
    case ParsedFinding::Status::Completed:
        return Status::Completed;
    case ParsedFinding::Status::InProgress:
        return Status::InProgress;
    case ParsedFinding::Status::Ongoing:
        return Status::Ongoing;
    case ParsedFinding::Status::Unknown:
        break;
    }
    return Status::NotStarted;
}

ParsedFinding::Status statusOfWords(const QString& words) {
    const QString w = QString(words).remove(u' ').remove(u'\u3000');
    if (w.isEmpty())
        return ParsedFinding::Status::Unknown;
    // the negative first: 未完成 contains 完成
    for (const char16_t* no : {u"未完成", u"未启动", u"未开始", u"未整改", u"否", u"尚未"})
        if (w.contains(QStringView(no)))
            return w.contains(u"推进") || w.contains(u"整改中") ? ParsedFinding::Status::InProgress
                                                                : ParsedFinding::Status::Unknown;
    for (const char16_t* ongoing : {u"长期坚持", u"持续推进", u"持续整改", u"长期推进", u"常态化"})
        if (w.contains(QStringView(ongoing)))
            return ParsedFinding::Status::Ongoing;
    for (const char16_t* progress : {u"正在推进", u"推进中", u"整改中", u"进行中", u"正在整改", u"基本完成", u"部分完成"})
        if (w.contains(QStringView(progress)))
            return ParsedFinding::Status::InProgress;
    for (const char16_t* done : {u"已完成", u"已整改", u"完成", u"已办结", u"办结", u"已落实", u"是", u"已销号"})
        if (w.startsWith(QStringView(done)) || w == QStringView(done))
            return ParsedFinding::Status::Completed;
    return ParsedFinding::Status::Unknown;
}

ParsedBulletin bulletinOfSheet(const SheetLedger& ledger, const Sheet& sheet, const QString& title) {
    ParsedBulletin b;
    const QString above = titleAbove(sheet, ledger.columns);
    b.title = above.isEmpty() ? title : above;
    b.publishedDate = dateAbove(sheet, ledger.columns);
    // the sheet as text for the preview's source pane, each row under its number, a finding
    // pointing at its first row
    QHash<int, int> offsetOfRow;
    for (const SheetRow& row : sheet.rows) {
        offsetOfRow.insert(row.number, static_cast<int>(b.text.size()));
        b.text += QString::number(row.number) + u'\t' + row.cells.join(u'\t').replace(u'\n', u' ') + u'\n';
    }
    for (qsizetype i = 0; i < ledger.categories.size(); ++i)
        b.categories.append({chineseNumeral(static_cast<int>(i) + 1), ledger.categories[i]});
    for (const SheetFinding& sf : ledger.findings) {
        ParsedFinding f;
        f.kind = ParsedFinding::Kind::Problem;
        f.number = sf.number;
        f.title = sf.title;
        f.category = sf.category;
        f.sourceOffset = offsetOfRow.value(sf.row, -1);
        f.leader = sf.leader;
        f.leadUnit = sf.leadUnit.isEmpty() && !sf.measures.isEmpty() ? sf.measures.first().leadUnit : sf.leadUnit;
        f.coUnits = sf.coUnits;
        if (!sf.person.isEmpty())
            f.persons << sf.person;
        f.deadline = sf.deadline;
        if (!sf.outcome.isEmpty())
            f.outcomes << sf.outcome;
        if (!sf.remark.isEmpty())
            f.outcomes << sf.remark;
        // a finding's status: its measures' when each says one (the most open of them), else its own
        QList<ParsedFinding::Status> statuses;
        for (const SheetMeasure& m : sf.measures) {
            f.measures << m.text;
            f.measureDetails.append({m.text, m.leadUnit, m.coUnits, m.person, m.deadline, m.progress, m.completedOn});
            // the units that lead or help any of its measures help the problem's leading unit
            for (const QString& unit : QStringList{m.leadUnit} + m.coUnits)
                if (!unit.isEmpty() && !f.coUnits.contains(unit) && unit != f.leadUnit)
                    f.coUnits << unit;
            if (!m.person.isEmpty() && !f.persons.contains(m.person))
                f.persons << m.person;
            statuses << statusOfWords(m.progress);
            if (!m.progress.isEmpty() && statuses.last() == ParsedFinding::Status::Unknown && !saysNotStarted(m.progress))
                f.warnings << Text::tr("第 %1 行的进展“%2”看不出状态，按未启动导入").arg(m.row).arg(m.progress);
        }
        f.status = findingStatus(statuses, statusOfWords(sf.progress));
        if (f.deadline.isEmpty() && !sf.measures.isEmpty())
            f.deadline = sf.measures.first().deadline;
        if (sf.measures.isEmpty())
            f.warnings << Text::tr("第 %1 行的问题没有整改措施").arg(sf.row);
        b.warnings += f.warnings;
        b.findings.append(f);
    }
    b.warnings = ledger.warnings + b.warnings + ledger.skipped;
    return b;
}

bool isSheetFile(const QString& fileName) {
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    return suffix == u"xlsx" || suffix == u"xlsm" || suffix == u"csv" || suffix == u"xls" || suffix == u"et" || suffix == u"tsv";
}

std::optional<ParsedBulletin> ledgerOfSheets(const QList<Sheet>& sheets, const QString& name, const QString& map) {
    // a 问题清单 and a 任务清单 that names each task's problem by its number
    if (map.isEmpty())
        if (const std::optional<JoinedSheets> joined = joinProblemsAndTasks(sheets)) {
            const SheetLedger ledger = readSheetLedger(joined->sheet, joined->columns);
            if (!ledger.findings.isEmpty()) {
                ParsedBulletin read = bulletinOfSheet(ledger, joined->sheet, name);
                const Sheet& problems = sheets[joined->problemsIndex];
                if (const QString title = titleAbove(problems, joined->problemsColumns); !title.isEmpty())
                    read.title = title;
                if (const QDate date = dateAbove(problems, joined->problemsColumns); date.isValid())
                    read.publishedDate = date;
                read.warnings.prepend(Text::tr("问题取自工作表“%1”，整改任务取自工作表“%2”，按问题序号对应")
                                          .arg(joined->problemsSheet, joined->tasksSheet));
                read.warnings += joined->warnings;
                return read;
            }
        }
    for (const Sheet& sheet : sheets) {
        std::optional<LedgerColumns> columns = recogniseColumns(sheet);
        if (!map.isEmpty())
            columns = mappedByHand(map, columns, sheet);
        if (!columns || !columns->fields.contains(LedgerField::Problem))
            continue;
        const SheetLedger ledger = readSheetLedger(sheet, *columns);
        if (ledger.findings.isEmpty())
            continue;
        ParsedBulletin read = bulletinOfSheet(ledger, sheet, name);
        QStringList mapping;
        for (qsizetype c = 0; c < columns->fields.size(); ++c)
            if (columns->fields[c] != LedgerField::Ignored)
                mapping << QStringLiteral("%1=%2").arg(columnLetters(static_cast<int>(c)), fieldKey(columns->fields[c]));
        for (qsizetype c = 0; c < columns->fields.size(); ++c) {
            read.sheetHeaders << columns->headers.value(c);
            read.sheetFields << fieldKey(columns->fields[c]);
        }
        read.warnings.prepend(Text::tr("从工作表“%1”第 %2 行的表头读取：%3")
                                  .arg(sheet.name)
                                  .arg(sheet.rows[columns->headerFirst].number)
                                  .arg(mapping.join(u',')));
        return read;
    }
    return std::nullopt;
}

ParsedBulletin readSheetBulletin(const QString& fileName, const QByteArray& bytes, const QString& map) {
    const SpreadsheetRead file = readSpreadsheet(fileName, bytes);
    if (std::optional<ParsedBulletin> read = ledgerOfSheets(file.sheets, QFileInfo(fileName).completeBaseName(), map)) {
        read->format = file.format;
        read->encoding = file.encoding;
        read->warnings += file.notes;
        return *read;
    }
    throw Error(Error::Kind::Invalid,
                Text::tr("%1 中没有找到整改台账：没有一张表有“反馈问题”“整改措施”这样的表头。"
                         "请用 --map 指定各列，如 --map 'B=title,C=measure,D=lead_unit'。")
                    .arg(QFileInfo(fileName).fileName()));
}

} // namespace rectrack
