// A ledger saved as CSV by Excel or WPS, in the encodings and separators they write.

#include "import/readers/CsvReader.h"
#include "model/Error.h"

#include <QStringDecoder>
#include <QStringEncoder>

#include <catch2/catch.hpp>

using namespace rectrack;

namespace {
const QString Ledger = QStringLiteral("序号,反馈问题,整改措施,完成时限\r\n"
                                      "1,\"公务用车管理不规范，\"\"一车多用\"\"\",\"修订办法\n清理车辆\",2025年6月底前\r\n"
                                      "\r\n"
                                      "2,会议室被个人占用,清理腾退,立行立改,,\r\n");

void checkLedger(const Sheet& sheet) {
    REQUIRE(sheet.rows.size() == 3);
    CHECK(sheet.rows[0].cells == QStringList{QStringLiteral("序号"), QStringLiteral("反馈问题"), QStringLiteral("整改措施"),
                                             QStringLiteral("完成时限")});
    CHECK(sheet.rows[1].cells == QStringList{QStringLiteral("1"), QStringLiteral("公务用车管理不规范，\"一车多用\""),
                                             QStringLiteral("修订办法\n清理车辆"), QStringLiteral("2025年6月底前")});
    CHECK(sheet.rows[2].number == 4); // the blank line is a row of its own, left out
    CHECK(sheet.rows[2].cells == QStringList{QStringLiteral("2"), QStringLiteral("会议室被个人占用"), QStringLiteral("清理腾退"),
                                             QStringLiteral("立行立改")});
}
} // namespace

TEST_CASE("CSV as Excel and WPS save it: UTF-8 with and without BOM, GB18030, quotes and line breaks in cells",
          "[import][csv]") {
    SECTION("UTF-8 with a BOM (Excel's \"CSV UTF-8\")") {
        const CsvSheet read = readCsv("\xEF\xBB\xBF" + Ledger.toUtf8());
        checkLedger(read.sheet);
        CHECK(read.encoding == QStringLiteral("UTF-8 (BOM)"));
    }
    SECTION("UTF-8 without a BOM (WPS)") {
        checkLedger(readCsv(Ledger.toUtf8()).sheet);
    }
    SECTION("GB18030 (Excel's plain CSV on a Chinese Windows)") {
        QStringEncoder gb18030("GB18030");
        REQUIRE(gb18030.isValid());
        const CsvSheet read = readCsv(gb18030(Ledger));
        checkLedger(read.sheet);
        CHECK(read.encoding == QStringLiteral("GB18030"));
    }
    SECTION("tab-separated (text copied out of a sheet), and semicolons") {
        QString tabs = Ledger;
        tabs.replace(u',', u'\t');
        tabs.replace(QStringLiteral("管理不规范\t"), QStringLiteral("管理不规范，")); // the comma inside the quoted cell
        checkLedger(readCsv(tabs.toUtf8()).sheet);
        QString semicolons = Ledger;
        semicolons.replace(u',', u';');
        semicolons.replace(QStringLiteral("管理不规范;"), QStringLiteral("管理不规范，"));
        checkLedger(readCsv(semicolons.toUtf8()).sheet);
    }
    SECTION("the last line without a line break, and a last cell left open") {
        const Sheet sheet = readCsv(QStringLiteral("a,b\n\"c,d").toUtf8()).sheet;
        REQUIRE(sheet.rows.size() == 2);
        CHECK(sheet.rows[1].cells == QStringList{QStringLiteral("c,d")});
    }
}

TEST_CASE("A file that is not text is refused as CSV", "[import][csv]") {
    CHECK_THROWS_AS(readCsv(QByteArray("PK\x03\x04\x00\x00\x00\x00\x01\x02\xff\xfe\x00\x00", 14)), Error);
}
