#include "domain/ChineseNumerals.h"
#include "support/TestLedger.h"

using namespace rectrack;

TEST_CASE("Chinese numerals for headings", "[numerals]") {
    CHECK(chineseNumeral(1) == QStringLiteral("一"));
    CHECK(chineseNumeral(10) == QStringLiteral("十"));
    CHECK(chineseNumeral(11) == QStringLiteral("十一"));
    CHECK(chineseNumeral(20) == QStringLiteral("二十"));
    CHECK(chineseNumeral(28) == QStringLiteral("二十八"));
    CHECK(chineseNumeral(99) == QStringLiteral("九十九"));
    for (int i = 1; i <= 99; ++i)
        CHECK(parseChineseNumeral(chineseNumeral(i)) == i);
    CHECK(parseChineseNumeral(QStringLiteral("两")) == 2);
    CHECK_FALSE(parseChineseNumeral(QStringLiteral("十十")));
    CHECK_FALSE(parseChineseNumeral(QStringLiteral("一二")));
    CHECK_FALSE(parseChineseNumeral(QStringLiteral("甲")));
    CHECK_FALSE(parseChineseNumeral(QString()));
}
