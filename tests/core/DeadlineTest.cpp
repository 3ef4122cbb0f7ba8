// 整改时限 as offices write them: with or without the year, by month, half-year or quarter.

#include "domain/Deadline.h"
#include "support/TestLedger.h"

#include <catch2/catch.hpp>

using namespace rectrack;

TEST_CASE("Deadlines written in full: days, months, parts of months, year ends, halves and quarters", "[deadline]") {
    CHECK(parseDeadline(QStringLiteral("2025年6月30日")).date == QDate(2025, 6, 30));
    CHECK(parseDeadline(QStringLiteral("2025.6.30")).date == QDate(2025, 6, 30));
    CHECK(parseDeadline(QStringLiteral("2025年6月底前")).date == QDate(2025, 6, 30));
    CHECK(parseDeadline(QStringLiteral("2025年2月")).date == QDate(2025, 2, 28));
    CHECK(parseDeadline(QStringLiteral("2025年六月底")).date == QDate(2025, 6, 30));
    CHECK(parseDeadline(QStringLiteral("2025年6月中旬")).date == QDate(2025, 6, 20));
    CHECK(parseDeadline(QStringLiteral("2025年底前")).date == QDate(2025, 12, 31));
    CHECK(parseDeadline(QStringLiteral("2025年上半年")).date == QDate(2025, 6, 30));
    CHECK(parseDeadline(QStringLiteral("2025年第三季度")).date == QDate(2025, 9, 30));
    CHECK(parseDeadline(QStringLiteral("立行立改")).kind == DeadlineKind::Immediate);
    CHECK(parseDeadline(QStringLiteral("长期坚持")).kind == DeadlineKind::LongTerm);
    CHECK(parseDeadline(QStringLiteral("持续推进")).kind == DeadlineKind::Continuous);
    CHECK(parseDeadline(QStringLiteral("按要求")).kind == DeadlineKind::None);
}

TEST_CASE("A deadline without its year is the first such day after the feedback", "[deadline]") {
    const QDate feedback(2025, 3, 20);
    CHECK(parseDeadline(QStringLiteral("6月底前"), feedback).date == QDate(2025, 6, 30));
    CHECK(parseDeadline(QStringLiteral("6月30日"), feedback).date == QDate(2025, 6, 30));
    CHECK(parseDeadline(QStringLiteral("2月底前"), feedback).date == QDate(2026, 2, 28)); // February has passed
    CHECK(parseDeadline(QStringLiteral("十二月上旬"), feedback).date == QDate(2025, 12, 10));
    CHECK(parseDeadline(QStringLiteral("年底前完成"), feedback).date == QDate(2025, 12, 31));
    CHECK(parseDeadline(QStringLiteral("立行立改（3月25日前）"), feedback).date == QDate(2025, 3, 25));
    // without a day to count from, a year-less deadline is not guessed
    CHECK(parseDeadline(QStringLiteral("6月底前")).kind == DeadlineKind::None);
    // months are not read out of other words
    CHECK(parseDeadline(QStringLiteral("每3个月通报一次"), feedback).kind == DeadlineKind::None);
}
