#include "domain/Money.h"
#include "support/TestLedger.h"

using rectrack::Money;

TEST_CASE("Money parses 万元 exactly into fen", "[money]") {
    CHECK(Money::parseWan(QStringLiteral("948.191724"))->fen() == 948191724);
    CHECK(Money::parseWan(QStringLiteral("12"))->fen() == 12000000);
    CHECK(Money::parseWan(QStringLiteral("0.5"))->fen() == 500000);
    CHECK(Money::parseWan(QStringLiteral("-3.25"))->fen() == -3250000);
    CHECK(Money::parseWan(QStringLiteral(".01"))->fen() == 10000);
    CHECK(Money::parseWan(QStringLiteral("１２.５"))->fen() == 12500000); // full-width digits and point
    CHECK(Money::parseWan(QStringLiteral("1,234.5"))->fen() == 1234500000);
    CHECK(Money::parseWan(QStringLiteral("3.2680000"))->fen() ==
          3268000); // trailing zeros beyond a fen are fine
}

TEST_CASE("Money refuses what is not an exact sum", "[money]") {
    CHECK_FALSE(Money::parseWan(QString()));
    CHECK_FALSE(Money::parseWan(QStringLiteral("abc")));
    CHECK_FALSE(Money::parseWan(QStringLiteral("1.2.3")));
    CHECK_FALSE(Money::parseWan(QStringLiteral("0.0000001"))); // finer than a fen
    CHECK_FALSE(Money::parseWan(QStringLiteral("1e5")));
    CHECK_FALSE(Money::parseWan(QStringLiteral("9999999999999")));
}

TEST_CASE("Money prints the shortest exact decimal and adds without rounding", "[money]") {
    CHECK(Money::fromFen(948191724).toWanString() == QStringLiteral("948.191724"));
    CHECK(Money::fromFen(12000000).toWanString() == QStringLiteral("12"));
    CHECK(Money::fromFen(-500000).toWanString() == QStringLiteral("-0.5"));
    CHECK(Money().toWanString() == QStringLiteral("0"));
    Money sum;
    for (int i = 0; i < 10; ++i)
        sum += *Money::parseWan(QStringLiteral("0.1"));
    CHECK(sum == *Money::parseWan(QStringLiteral("1")));
}
