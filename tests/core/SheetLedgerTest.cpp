// An office's ledger sheet read into problems and measures, in each layout offices use.

#include "support/TestFiles.h"
#include "import/ledger/SheetLedger.h"
#include "import/readers/XlsxReader.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>
#include <xlsxwriter.h>

using namespace rectrack;
using rectrack::test::sheetOf;

namespace {
SheetLedger read(const QList<QStringList>& rows) {
    const Sheet sheet = sheetOf(rows);
    const auto columns = recogniseColumns(sheet);
    REQUIRE(columns.has_value());
    return readSheetLedger(sheet, *columns);
}

QStringList measureTexts(const SheetFinding& finding) {
    QStringList texts;
    for (const SheetMeasure& m : finding.measures)
        texts << m.text;
    return texts;
}

const QStringList Header = {QStringLiteral("序号"), QStringLiteral("反馈问题"), QStringLiteral("整改措施"),
                            QStringLiteral("牵头单位"), QStringLiteral("配合单位"), QStringLiteral("完成时限"),
                            QStringLiteral("整改进展")};
} // namespace

TEST_CASE("One problem over its measures' rows: merged, repeated on each row, or blank below its first",
          "[import][ledger-sheet]") {
    const QString problem = QStringLiteral("公务用车管理不规范，存在公车私用");
    QList<QStringList> rows = {Header};
    SECTION("merged: the reader puts its text in every row") {
        rows << QStringList{QStringLiteral("1"), problem, QStringLiteral("修订车辆管理办法"), QStringLiteral("办公室"),
                            QStringLiteral("财务科、纪检组"), QStringLiteral("2025年6月底前"), QStringLiteral("已完成")}
             << QStringList{QStringLiteral("1"), problem, QStringLiteral("清理违规使用车辆"), QStringLiteral("办公室"), QString(),
                            QStringLiteral("立行立改"), QStringLiteral("正在推进")};
    }
    SECTION("blank below its first row") {
        rows << QStringList{QStringLiteral("1"), problem, QStringLiteral("修订车辆管理办法"), QStringLiteral("办公室"),
                            QStringLiteral("财务科、纪检组"), QStringLiteral("2025年6月底前"), QStringLiteral("已完成")}
             << QStringList{QString(), QString(), QStringLiteral("清理违规使用车辆"), QStringLiteral("办公室"), QString(),
                            QStringLiteral("立行立改"), QStringLiteral("正在推进")};
    }
    rows << QStringList{QStringLiteral("2"), QStringLiteral("会议室被个人长期占用"), QStringLiteral("清理腾退"),
                        QStringLiteral("后勤服务中心")};
    const SheetLedger ledger = read(rows);
    REQUIRE(ledger.findings.size() == 2);
    const SheetFinding& first = ledger.findings[0];
    CHECK(first.number == QStringLiteral("1"));
    CHECK(first.title == problem);
    CHECK(first.row == 2);
    CHECK(measureTexts(first) == QStringList{QStringLiteral("修订车辆管理办法"), QStringLiteral("清理违规使用车辆")});
    CHECK(first.measures[0].coUnits == QStringList{QStringLiteral("财务科"), QStringLiteral("纪检组")});
    CHECK(first.measures[0].deadline == QStringLiteral("2025年6月底前"));
    CHECK(first.measures[1].deadline == QStringLiteral("立行立改"));
    CHECK(first.measures[1].progress == QStringLiteral("正在推进"));
    CHECK(first.measures[1].row == 3);
    CHECK(measureTexts(ledger.findings[1]) == QStringList{QStringLiteral("清理腾退")});
    CHECK(ledger.warnings.isEmpty());
}

TEST_CASE("Categories as a row spanning the table or as a column - totals and blank rows left out", "[import][ledger-sheet]") {
    SECTION("a spanning row: 一、党的建设方面") {
        const SheetLedger ledger = read({
            Header,
            QStringList(7, QStringLiteral("一、党的建设方面")),
            {QStringLiteral("1"), QStringLiteral("“三会一课”制度落实不到位"), QStringLiteral("制定年度学习计划")},
            {QStringLiteral("二、落实全面从严治党方面")}, // only its first cell filled
            {QStringLiteral("2"), QStringLiteral("廉政风险排查不全面"), QStringLiteral("开展风险点再排查")},
            {},
            {QStringLiteral("合计"), QStringLiteral("2个问题"), QStringLiteral("2项措施")},
        });
        CHECK(ledger.categories == QStringList{QStringLiteral("党的建设方面"), QStringLiteral("落实全面从严治党方面")});
        REQUIRE(ledger.findings.size() == 2);
        CHECK(ledger.findings[0].category == 0);
        CHECK(ledger.findings[1].category == 1);
        REQUIRE(ledger.skipped.size() == 1);
        CHECK(ledger.skipped[0].contains(QStringLiteral("第 7 行")));
    }
    SECTION("a column") {
        const SheetLedger ledger = read({
            {QStringLiteral("问题类别"), QStringLiteral("问题表现"), QStringLiteral("整改举措")},
            {QStringLiteral("政治建设"), QStringLiteral("学习贯彻不深入"), QStringLiteral("专题学习")},
            {QStringLiteral("作风建设"), QStringLiteral("文山会海"), QStringLiteral("精简会议")},
            {QStringLiteral("作风建设"), QStringLiteral("督查检查过多"), QStringLiteral("统筹督查")},
        });
        CHECK(ledger.categories == QStringList{QStringLiteral("政治建设"), QStringLiteral("作风建设")});
        REQUIRE(ledger.findings.size() == 3);
        CHECK(ledger.findings[2].category == 1);
    }
}

TEST_CASE("Several numbered measures in one cell become one measure each", "[import][ledger-sheet]") {
    CHECK(splitMeasures(QStringLiteral("1.修订办法；\n2.清理车辆，\n建立台账；\n3.开展自查")) ==
          QStringList{QStringLiteral("修订办法；"), QStringLiteral("清理车辆，建立台账；"), QStringLiteral("开展自查")});
    CHECK(splitMeasures(QStringLiteral("①修订办法②")) == QStringList{QStringLiteral("①修订办法②")});
    CHECK(splitMeasures(QStringLiteral("（1）修订办法\n（2）清理车辆")) ==
          QStringList{QStringLiteral("修订办法"), QStringLiteral("清理车辆")});
    CHECK(splitMeasures(QStringLiteral("1.5万元资金已追回\n并整改")) == QStringList{QStringLiteral("1.5万元资金已追回\n并整改")});
    CHECK(splitUnits(QStringLiteral("办公室、财务科；人事科 / 办公室")) ==
          QStringList{QStringLiteral("办公室"), QStringLiteral("财务科"), QStringLiteral("人事科")});

    const SheetLedger ledger = read({Header,
                                     {QStringLiteral("1"), QStringLiteral("公务用车管理不规范"),
                                      QStringLiteral("1、修订车辆管理办法\n2、清理违规使用车辆"), QStringLiteral("办公室")}});
    REQUIRE(ledger.findings.size() == 1);
    CHECK(measureTexts(ledger.findings[0]) ==
          QStringList{QStringLiteral("修订车辆管理办法"), QStringLiteral("清理违规使用车辆")});
    CHECK(ledger.findings[0].measures[1].leadUnit == QStringLiteral("办公室"));
}

TEST_CASE("Rows that cannot be placed are said with their row number, never invented", "[import][ledger-sheet]") {
    const SheetLedger ledger = read({Header,
                                     {QString(), QString(), QStringLiteral("没有问题的措施")},
                                     {QStringLiteral("1"), QStringLiteral("公务用车管理不规范"), QStringLiteral("修订办法")},
                                     {QStringLiteral("2"), QString(), QStringLiteral("有序号没有问题")}});
    REQUIRE(ledger.findings.size() == 1);
    CHECK(measureTexts(ledger.findings[0]) == QStringList{QStringLiteral("修订办法")});
    REQUIRE(ledger.warnings.size() == 2);
    CHECK(ledger.warnings[0].contains(QStringLiteral("第 2 行")));
    CHECK(ledger.warnings[1].contains(QStringLiteral("第 4 行")));
}

TEST_CASE("A ledger workbook as an office keeps it reads into its problems and measures", "[import][ledger-sheet][xlsx]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("整改台账.xlsx"));
    lxw_workbook* book = workbook_new(path.toUtf8().constData());
    lxw_worksheet* sheet = workbook_add_worksheet(book, "任务分解表");
    worksheet_merge_range(sheet, 0, 0, 0, 5, "关于巡察反馈问题的整改任务分解表", nullptr);
    const char* upper[] = {"序号", "反馈问题", "整改措施", "整改措施", "牵头部门", "责任人"};
    for (int c = 0; c < 6; ++c)
        worksheet_write_string(sheet, 1, static_cast<lxw_col_t>(c), upper[c], nullptr);
    worksheet_write_string(sheet, 2, 2, "措施内容", nullptr);
    worksheet_write_string(sheet, 2, 3, "完成时限", nullptr);
    worksheet_merge_range(sheet, 3, 0, 3, 5, "一、政治建设方面", nullptr);
    worksheet_merge_range(sheet, 4, 0, 5, 0, "", nullptr);
    worksheet_write_number(sheet, 4, 0, 1, nullptr);
    worksheet_merge_range(sheet, 4, 1, 5, 1, "学习贯彻上级精神不够深入", nullptr);
    worksheet_write_string(sheet, 4, 2, "制定专题学习计划", nullptr);
    worksheet_write_string(sheet, 5, 2, "开展专题研讨", nullptr);
    lxw_format* date = workbook_add_format(book);
    format_set_num_format(date, "yyyy\"年\"m\"月\"d\"日\"");
    lxw_datetime june = {2025, 6, 30, 0, 0, 0};
    worksheet_write_datetime(sheet, 4, 3, &june, date);
    worksheet_write_string(sheet, 5, 3, "长期坚持", nullptr);
    worksheet_merge_range(sheet, 4, 4, 5, 4, "党政办公室", nullptr);
    worksheet_write_string(sheet, 4, 5, "王五", nullptr);
    worksheet_write_string(sheet, 6, 0, "合计", nullptr);
    REQUIRE(workbook_close(book) == LXW_NO_ERROR);

    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const Workbook workbook = readXlsx(file.readAll());
    REQUIRE(workbook.sheets.size() == 1);
    const auto columns = recogniseColumns(workbook.sheets[0]);
    REQUIRE(columns.has_value());
    const SheetLedger ledger = readSheetLedger(workbook.sheets[0], *columns);
    CHECK(ledger.categories == QStringList{QStringLiteral("政治建设方面")});
    REQUIRE(ledger.findings.size() == 1);
    const SheetFinding& finding = ledger.findings[0];
    CHECK(finding.title == QStringLiteral("学习贯彻上级精神不够深入"));
    CHECK(finding.category == 0);
    REQUIRE(finding.measures.size() == 2);
    CHECK(finding.measures[0].deadline == QStringLiteral("2025-06-30"));
    CHECK(finding.measures[1].deadline == QStringLiteral("长期坚持"));
    CHECK(finding.measures[1].leadUnit == QStringLiteral("党政办公室"));
    CHECK(finding.measures[0].person == QStringLiteral("王五"));
    CHECK(ledger.skipped.size() == 1); // the total row
}

TEST_CASE("A problem alone on its row is a problem - a heading there is a category", "[import][ledger-sheet]") {
    const SheetLedger ledger = read({{QStringLiteral("反馈问题"), QStringLiteral("整改措施")},
                                     {QStringLiteral("一、党的建设方面")},
                                     {QStringLiteral("理论学习流于形式")}, // no measure yet: still a problem
                                     {QStringLiteral("发展党员程序不规范"), QStringLiteral("逐一复核")}});
    CHECK(ledger.categories == QStringList{QStringLiteral("党的建设方面")});
    REQUIRE(ledger.findings.size() == 2);
    CHECK(ledger.findings[0].title == QStringLiteral("理论学习流于形式"));
    CHECK(ledger.findings[0].measures.isEmpty());
    CHECK(ledger.findings[1].category == 0);
}
