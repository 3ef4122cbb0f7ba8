// Reading the office's own ledger workbooks (.xlsx): workbooks made here with libxlsxwriter in
// the layouts offices use (a title row, merged cells for a problem over its measures' rows,
// dates in Chinese formats, formulas, hidden rows and sheets), packages made by hand for what
// libxlsxwriter does not write, and files that are not workbooks.

#include "import/readers/XlsxReader.h"
#include "model/Error.h"
#include "support/TestFiles.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>
#include <xlsxwriter.h>

using namespace rectrack;

namespace {
QByteArray fileBytes(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// A package of the given parts, for what libxlsxwriter does not write.
QByteArray package(const QList<std::pair<const char*, QByteArray>>& parts) {
    return test::zipOf(parts);
}

const QByteArray Workbook1 = R"(<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="台账" sheetId="1" r:id="rId1"/></sheets></workbook>)";
const QByteArray Rels1 = R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>)";

QByteArray sheetXml(const QByteArray& rows) {
    return R"(<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>)" + rows +
           "</sheetData></worksheet>";
}

QString refusal(const QByteArray& bytes) {
    try {
        readXlsx(bytes);
    } catch (const Error& e) {
        return e.message();
    }
    return QString();
}
} // namespace

TEST_CASE("An office's ledger workbook: title row, merged problem cells, Chinese dates, hidden rows and sheets",
          "[import][xlsx]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("台账.xlsx"));
    lxw_workbook* book = workbook_new(path.toUtf8().constData());
    lxw_worksheet* ledger = workbook_add_worksheet(book, "问题清单");
    lxw_worksheet* draft = workbook_add_worksheet(book, "草稿");
    lxw_worksheet* tasks = workbook_add_worksheet(book, "任务清单");
    lxw_format* chineseDate = workbook_add_format(book);
    format_set_num_format(chineseDate, "yyyy\"年\"m\"月\"d\"日\"");
    lxw_format* shortDate = workbook_add_format(book);
    format_set_num_format_index(shortDate, 14);
    lxw_format* money = workbook_add_format(book);
    format_set_num_format(money, "#,##0.00");

    worksheet_merge_range(ledger, 0, 0, 0, 5, "某局巡察整改台账", nullptr); // the title over the table
    const char* header[] = {"序号", "反馈问题", "整改措施", "完成时限", "涉及金额（万元）", "计数"};
    for (int c = 0; c < 6; ++c)
        worksheet_write_string(ledger, 1, static_cast<lxw_col_t>(c), header[c], nullptr);
    worksheet_merge_range(ledger, 2, 0, 4, 0, "", nullptr); // one problem over its three measures
    worksheet_write_number(ledger, 2, 0, 1, nullptr);
    worksheet_merge_range(ledger, 2, 1, 4, 1, "公务用车管理不规范", nullptr);
    worksheet_write_string(ledger, 2, 2, "修订车辆管理办法", nullptr);
    worksheet_write_string(ledger, 3, 2, "清理违规使用车辆", nullptr);
    worksheet_write_string(ledger, 4, 2, "建立用车台账", nullptr);
    lxw_datetime june = {2025, 6, 30, 0, 0, 0};
    worksheet_write_datetime(ledger, 2, 3, &june, chineseDate);
    lxw_datetime march = {2024, 3, 5, 0, 0, 0};
    worksheet_write_datetime(ledger, 3, 3, &march, shortDate);
    worksheet_write_string(ledger, 4, 3, "长期坚持", nullptr);
    worksheet_write_number(ledger, 2, 4, 12.5, money);
    worksheet_write_formula_num(ledger, 2, 5, "=1+2", nullptr, 3); // the cached value, never evaluated
    worksheet_write_string(ledger, 5, 1, "已删除的问题（隐藏行）", nullptr);
    lxw_row_col_options hidden = {1, 0, 0};
    worksheet_set_row_opt(ledger, 5, LXW_DEF_ROW_HEIGHT, nullptr, &hidden);
    worksheet_write_string(ledger, 7, 0, "合计", nullptr);
    worksheet_write_string(draft, 0, 0, "草稿里的内容", nullptr);
    worksheet_hide(draft);
    worksheet_write_string(tasks, 0, 0, "任务", nullptr);
    REQUIRE(workbook_close(book) == LXW_NO_ERROR);

    const Workbook read = readXlsx(fileBytes(path));
    REQUIRE(read.sheets.size() == 2);
    CHECK(read.hiddenSheets == QStringList{QStringLiteral("草稿")});
    CHECK(read.hiddenRows == 1);
    const Sheet& sheet = read.sheets[0];
    CHECK(sheet.name == QStringLiteral("问题清单"));
    REQUIRE(sheet.rows.size() == 6);
    CHECK(sheet.rows[0].number == 1);
    CHECK(sheet.rows[0].cells == QStringList(6, QStringLiteral("某局巡察整改台账"))); // merged across
    CHECK(sheet.rows[1].cells.value(1) == QStringLiteral("反馈问题"));
    for (int r = 2; r <= 4; ++r) { // the problem's merged cells in each of its measures' rows
        INFO("row " << r);
        CHECK(sheet.rows[r].cells.value(0) == QStringLiteral("1"));
        CHECK(sheet.rows[r].cells.value(1) == QStringLiteral("公务用车管理不规范"));
    }
    CHECK(sheet.rows[2].cells.value(2) == QStringLiteral("修订车辆管理办法"));
    CHECK(sheet.rows[2].cells.value(3) == QStringLiteral("2025-06-30"));
    CHECK(sheet.rows[3].cells.value(3) == QStringLiteral("2024-03-05"));
    CHECK(sheet.rows[4].cells.value(3) == QStringLiteral("长期坚持"));
    CHECK(sheet.rows[2].cells.value(4) == QStringLiteral("12.5"));
    CHECK(sheet.rows[2].cells.value(5) == QStringLiteral("3"));
    CHECK(sheet.rows[5].number == 8); // the hidden row 6 and the blank row 7 left out
    CHECK(sheet.rows[5].cells == QStringList{QStringLiteral("合计")});
    CHECK(read.sheets[1].rows.value(0).cells == QStringList{QStringLiteral("任务")});
}

TEST_CASE("A workbook's inline strings, rich text, booleans, 1904 dates and cells without references", "[import][xlsx]") {
    const QByteArray workbook = R"(<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr date1904="1"/><sheets><sheet name="表" sheetId="1" r:id="rId1"/></sheets></workbook>)";
    const QByteArray styles = R"(<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>)";
    const QByteArray shared = R"(<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><r><t>整改</t></r><r><t xml:space="preserve">措施 </t></r><rPh sb="0" eb="2"><t>ZHENGGAI</t></rPh></si></sst>)";
    const QByteArray rows = R"(<row r="2"><c t="inlineStr"><is><t>牵头单位</t></is></c><c t="s"><v>0</v></c><c t="b"><v>1</v></c><c s="1"><v>0</v></c><c t="str"><f>A1</f><v>公式的文字</v></c></row>)";
    const Workbook read = readXlsx(package({{"xl/workbook.xml", workbook},
                                            {"xl/_rels/workbook.xml.rels", Rels1},
                                            {"xl/styles.xml", styles},
                                            {"xl/sharedStrings.xml", shared},
                                            {"xl/worksheets/sheet1.xml", sheetXml(rows)}}));
    REQUIRE(read.sheets.size() == 1);
    REQUIRE(read.sheets[0].rows.size() == 1);
    CHECK(read.sheets[0].rows[0].number == 2);
    CHECK(read.sheets[0].rows[0].cells == QStringList{QStringLiteral("牵头单位"), QStringLiteral("整改措施 "),
                                                      QStringLiteral("TRUE"), QStringLiteral("1904-01-01"),
                                                      QStringLiteral("公式的文字")});
}

TEST_CASE("What is not an .xlsx workbook is refused with what to do", "[import][xlsx]") {
    CHECK(refusal(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(600, '\0')).contains(QStringLiteral(".xls")));
    CHECK(refusal(QByteArray("序号,问题\n1,公车\n")).contains(QStringLiteral("不是 Excel 工作簿")));
    CHECK(refusal(package({{"word/document.xml", "<w:document/>"}})).contains(QStringLiteral("Word 文件")));
    QByteArray whole = package({{"xl/workbook.xml", Workbook1}, {"xl/_rels/workbook.xml.rels", Rels1},
                                {"xl/worksheets/sheet1.xml", sheetXml(R"(<row r="1"><c t="inlineStr"><is><t>x</t></is></c></row>)")}});
    CHECK(readXlsx(whole).sheets.size() == 1);
    CHECK(refusal(whole.left(whole.size() / 2)).contains(QStringLiteral("已损坏")));
    // XML cut off inside a sheet
    CHECK(refusal(package({{"xl/workbook.xml", Workbook1}, {"xl/_rels/workbook.xml.rels", Rels1},
                           {"xl/worksheets/sheet1.xml", R"(<worksheet><sheetData><row r="1"><c t="inlineStr"><is><t>x)"}}))
              .contains(QStringLiteral("已损坏")));
}

TEST_CASE("A sheet of a million rows, or XML that inflates past its limit, is refused and not read whole", "[import][xlsx]") {
    const QString many = refusal(package({{"xl/workbook.xml", Workbook1}, {"xl/_rels/workbook.xml.rels", Rels1},
                                          {"xl/worksheets/sheet1.xml",
                                           sheetXml(R"(<row r="1000000"><c t="inlineStr"><is><t>x</t></is></c></row>)")}}));
    CHECK(many.contains(QStringLiteral("1000000")));
    // 300 MB of nothing, a few hundred KB packed
    const QByteArray bomb = sheetXml(QByteArray(300 * 1024 * 1024, ' '));
    CHECK(refusal(package({{"xl/workbook.xml", Workbook1}, {"xl/_rels/workbook.xml.rels", Rels1},
                           {"xl/worksheets/sheet1.xml", bomb}}))
              .contains(QStringLiteral("过大")));
}

TEST_CASE("Cell references name their column and row", "[import][xlsx]") {
    CHECK(cellPosition(u"A1") == std::pair{0, 1});
    CHECK(cellPosition(u"AB12") == std::pair{27, 12});
    CHECK(cellPosition(u"$C$7") == std::pair{2, 7});
    CHECK(cellPosition(u"XFD1048576") == std::pair{16383, 1048576});
    CHECK(cellPosition(u"XFE1").first == -1);
    CHECK(cellPosition(u"12").first == -1);
    CHECK(cellPosition(u"A0").first == -1);
}

TEST_CASE("The workbook the fuzzer starts from reads as it was written", "[import][xlsx]") {
    const Workbook read = readXlsx(fileBytes(QStringLiteral(RECTRACK_SOURCE_DIR "/tests/fuzz/corpus/xlsx/ledger.xlsx")));
    REQUIRE(read.sheets.size() == 1);
    CHECK(read.hiddenSheets == QStringList{QStringLiteral("草稿")});
    CHECK(read.hiddenRows == 1);
    const QList<SheetRow>& rows = read.sheets[0].rows;
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].cells == QStringList{QStringLiteral("序号"), QStringLiteral("反馈问题"), QStringLiteral("整改措施"),
                                       QStringLiteral("完成时限")});
    CHECK(rows[1].cells == QStringList{QStringLiteral("1"), QStringLiteral("会议室长期被个人占用"), QStringLiteral("清理腾退"),
                                       QStringLiteral("2025-06-30")});
    CHECK(rows[2].cells == QStringList{QStringLiteral("合计"), QStringLiteral("1")});
}
