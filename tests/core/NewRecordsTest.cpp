// What a new finding or measure starts with, and the typed backup settings.

#include "services/Ledger.h"
#include "services/NewRecords.h"
#include "support/TestLedger.h"

#include <catch2/catch.hpp>

using namespace rectrack;
using namespace rectrack::test;

TEST_CASE("A new finding is numbered after the last of its kind - a new measure takes its finding's unit and deadline",
          "[records]") {
    TestLedger ledger;
    const Id inspection = makeInspection(*ledger, makeRound(*ledger));
    const Id category = ledger->inspections().addCategory({0, inspection, QStringLiteral("（一）"), QStringLiteral("党的领导"), 0});
    makeFinding(*ledger, inspection);
    makeFinding(*ledger, inspection);

    const Finding problem = newFinding(*ledger, inspection, FindingKind::Problem, category);
    CHECK(problem.number == QStringLiteral("3"));
    CHECK(problem.categoryId == category);
    CHECK(problem.title == QStringLiteral("新问题"));
    const Finding suggestion = newFinding(*ledger, inspection, FindingKind::Suggestion, std::nullopt);
    CHECK(suggestion.number == QStringLiteral("1")); // counted apart from the problems
    CHECK(suggestion.title == QStringLiteral("新意见建议"));

    const Id unit = ledger->units().addUnit({0, std::nullopt, QStringLiteral("县农业农村局"), 0});
    Finding f = ledger->findings().finding(ledger->findings().addFinding(problem));
    f.leadUnitId = unit;
    f.deadline = {DeadlineKind::Date, QDate(2026, 6, 30)};
    ledger->findings().updateFinding(f);
    const Measure measure = newMeasure(*ledger, f.id);
    CHECK(measure.findingId == f.id);
    CHECK(measure.unitId == unit);
    CHECK(measure.deadline == f.deadline);
    CHECK(measure.text == QStringLiteral("新整改措施"));
}

TEST_CASE("The backup settings are read typed and kept within bounds", "[records][backup]") {
    TestLedger ledger;
    CHECK(backupPolicy(*ledger).intervalHours == 24);
    CHECK(backupPolicy(*ledger).keep == 10);
    ledger->settings().setValue(QStringLiteral("backup.interval_hours"), QStringLiteral("6"));
    ledger->settings().setValue(QStringLiteral("backup.keep"), QStringLiteral("100000"));
    CHECK(backupPolicy(*ledger).intervalHours == 6);
    CHECK(backupPolicy(*ledger).keep == 1000);
    ledger->settings().setValue(QStringLiteral("backup.interval_hours"), QStringLiteral("每天"));
    CHECK(backupPolicy(*ledger).intervalHours == 24); // text that is not a number: the default
}
