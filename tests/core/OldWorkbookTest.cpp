// Old Excel and WPS workbooks (.xls, .et, read with FreeXL), tab-separated text saved as .xls,
// and files that only look like workbooks: each read for what it is, or refused saying what to do.

#include "import/ledger/SheetBulletin.h"
#include "import/readers/SpreadsheetFile.h"
#include "import/readers/XlsReader.h"
#include "domain/Deadline.h"
#include "model/Error.h"
#include "support/TestLedger.h"
#include "support/TestFiles.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace rectrack;

namespace {
QByteArray fixture(const char* name) {
    QFile file(QStringLiteral(RECTRACK_FIXTURES "/sheets/") + QString::fromLatin1(name));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QString refusal(const QString& fileName, const QByteArray& bytes) {
    try {
        readSheetBulletin(fileName, bytes);
    } catch (const Error& e) {
        return e.message();
    }
    FAIL("read without complaint");
    return {};
}
} // namespace

TEST_CASE("An old Excel ledger (.xls): title rows, a merged problem, a category row, dates as dates", "[import][xls]") {
    // made with scripts/make-xls-fixture.py
    const QByteArray bytes = fixture("ledger.xls");
    const Workbook book = readXls(bytes);
    REQUIRE(book.sheets.size() == 2);
    CHECK(book.sheets[1].name == QStringLiteral("整改台账"));
    CHECK(book.sheets[1].rows[0].cells.value(0) == QStringLiteral("示例县林业局巡察反馈问题整改台账"));

    for (const QString& name : {QStringLiteral("台账.xls"), QStringLiteral("台账.et"), QStringLiteral("台账.xlsx")}) {
        INFO(name.toStdString()); // told apart by content, whatever the name says
        const ParsedBulletin b = readSheetBulletin(name, bytes);
        CHECK(b.format == QStringLiteral("xls"));
        CHECK(b.title == QStringLiteral("示例县林业局巡察反馈问题整改台账"));
        REQUIRE(b.findings.size() == 2);
        REQUIRE(b.categories.size() == 1);
        CHECK(b.categories[0].title == QStringLiteral("落实全面从严治党责任方面"));
        const ParsedFinding& first = b.findings[0];
        CHECK(first.title == QStringLiteral("林业生态补偿资金发放审核不严"));
        CHECK(first.leader == QStringLiteral("赵副局长"));
        REQUIRE(first.measureDetails.size() == 2);
        CHECK(parseDeadline(first.measureDetails[0].deadline).date == QDate(2025, 6, 30));
        CHECK(statusOfWords(first.measureDetails[0].progress) == ParsedFinding::Status::Completed);
        CHECK(parseDeadline(first.measureDetails[1].deadline).kind == DeadlineKind::Immediate);
        CHECK(first.measureDetails[1].coUnits == QStringList{QStringLiteral("生态股")});
        CHECK(parseDeadline(b.findings[1].measureDetails.value(0).deadline).kind == DeadlineKind::LongTerm);
        CHECK(b.warnings.join(u' ').contains(QStringLiteral("合计行")));
    }
}

TEST_CASE("A password-protected workbook, a damaged compound file and tab-separated text named .xls", "[import][xls]") {
    // an encrypted .xlsx is a compound file with an EncryptionInfo stream
    QByteArray encrypted("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    encrypted += QByteArray(504, '\0');
    encrypted += QByteArray(reinterpret_cast<const char*>(u"EncryptionInfo"), 28);
    encrypted += QByteArray(3000, '\0');
    CHECK(refusal(QStringLiteral("台账.xlsx"), encrypted).contains(QStringLiteral("密码")));
    CHECK(refusal(QStringLiteral("台账.xls"), encrypted).contains(QStringLiteral("密码")));

    QByteArray damaged = fixture("ledger.xls").left(1200);
    const QString cut = refusal(QStringLiteral("台账.xls"), damaged);
    CHECK((cut.contains(QStringLiteral("损坏")) || cut.contains(QStringLiteral("没有 Excel 工作簿"))));

    // what some office systems export as "Excel": text, tab-separated
    const QByteArray tabbed = QStringLiteral("序号\t反馈问题\t整改措施\t牵头单位\n1\t公务用车管理不规范\t修订车辆管理办法\t办公室\n").toUtf8();
    const ParsedBulletin b = readSheetBulletin(QStringLiteral("导出.xls"), tabbed);
    CHECK(b.format == QStringLiteral("csv"));
    REQUIRE(b.findings.size() == 1);
    CHECK(b.findings[0].leadUnit == QStringLiteral("办公室"));
}

TEST_CASE("A sheet's deadlines without a year count from the date above its header", "[import][deadline]") {
    const QByteArray csv = QStringLiteral("示例局整改台账,,,\n填报日期：2025年10月8日,,,\n序号,反馈问题,整改措施,完成时限\n"
                                          "1,资金拨付滞后,限时拨付,11月底前\n1,资金拨付滞后,建立台账,3月底前\n")
                               .toUtf8();
    const ParsedBulletin b = readSheetBulletin(QStringLiteral("台账.csv"), csv);
    CHECK(b.publishedDate == QDate(2025, 10, 8));
    CHECK(b.deadlineReference() == QDate(2025, 10, 8));
    REQUIRE(b.findings.size() == 1);
    REQUIRE(b.findings[0].measureDetails.size() == 2);
    CHECK(parseDeadline(b.findings[0].measureDetails[0].deadline, b.deadlineReference()).date == QDate(2025, 11, 30));
    CHECK(parseDeadline(b.findings[0].measureDetails[1].deadline, b.deadlineReference()).date == QDate(2026, 3, 31));
}

TEST_CASE("FreeXL runs in a process of its own: its crash on a damaged file is a message, not ours", "[import][xls][hostile]") {
    // found by the xls fuzzer: FreeXL reads past a buffer while converting a sheet name
    const QString overread = refusal(QStringLiteral("坏.xls"), fixture("fuzz-iconv-overread.xls"));
    CHECK(overread.contains(QStringLiteral("损坏")));

    // a helper that dies of a signal
    QTemporaryDir dir;
    const QString crashing = dir.filePath(QStringLiteral("crashing-reader"));
    {
        QFile script(crashing);
        REQUIRE(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\nkill -SEGV $$\n");
    }
    QFile::setPermissions(crashing, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    qputenv("RECTRACK_XLS_READER", QFile::encodeName(crashing));
    const QString crashed = refusal(QStringLiteral("台账.xls"), fixture("ledger.xls"));
    qunsetenv("RECTRACK_XLS_READER");
    CHECK(crashed.contains(QStringLiteral("损坏")));
    // and after it, the real one reads the file
    CHECK(readSheetBulletin(QStringLiteral("台账.xls"), fixture("ledger.xls")).findings.size() == 2);
}

TEST_CASE("A 问题清单 sheet and a 任务清单 sheet that names each task's problem by number are joined", "[import][sheet-join]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("台账.xlsx"));
    const auto row = [](std::initializer_list<const char16_t*> cells) {
        QStringList out;
        for (const char16_t* c : cells)
            out << QString::fromUtf16(c);
        return out;
    };
    test::writeWorkbook(path, {{"问题清单",
                                {row({u"示例局巡察反馈问题清单"}),
                                 row({u"序号", u"问题类别", u"反馈问题", u"责任领导"}),
                                 row({u"1", u"党的建设", u"三会一课制度落实不到位", u"王书记"}),
                                 row({u"2", u"党的建设", u"发展党员程序不规范", u"王书记"}),
                                 row({u"3", u"作风建设", u"公务接待超标准", u"李局长"})}},
                               {"任务清单",
                                {row({u"序号", u"问题序号", u"整改任务", u"责任单位", u"完成时限", u"完成情况"}),
                                 row({u"1", u"3", u"清退超标准接待费用", u"财务科", u"立行立改", u"已完成"}),
                                 row({u"2", u"1", u"建立三会一课台账", u"机关党委", u"2025年6月底前", u"正在推进"}),
                                 row({u"3", u"1", u"开展专项检查", u"机关党委", u"长期坚持", u""}),
                                 row({u"4", u"9", u"无主任务", u"办公室", u"", u""})}}});
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const ParsedBulletin b = readSheetBulletin(path, file.readAll());
    CHECK(b.title == QStringLiteral("示例局巡察反馈问题清单"));
    REQUIRE(b.findings.size() == 3);
    CHECK(b.findings[0].title == QStringLiteral("三会一课制度落实不到位"));
    CHECK(b.findings[0].measures == QStringList{QStringLiteral("建立三会一课台账"), QStringLiteral("开展专项检查")});
    CHECK(b.findings[0].leader == QStringLiteral("王书记"));
    CHECK(b.findings[0].measureDetails[0].leadUnit == QStringLiteral("机关党委"));
    CHECK(b.findings[1].measures.isEmpty()); // a problem without a task: said
    CHECK(b.findings[2].measures == QStringList{QStringLiteral("清退超标准接待费用")});
    CHECK(b.findings[2].measureDetails[0].progress == QStringLiteral("已完成"));
    REQUIRE(b.categories.size() == 2);
    CHECK(b.categories[1].title == QStringLiteral("作风建设"));
    const QString warnings = b.warnings.join(u'\n');
    CHECK(warnings.contains(QStringLiteral("按问题序号对应")));
    CHECK(warnings.contains(QStringLiteral("“9”在问题清单中没有")));
    CHECK(warnings.contains(QStringLiteral("问题清单第 4 行的问题在任务清单中没有任务")));
}
