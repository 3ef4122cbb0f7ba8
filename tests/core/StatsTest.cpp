#include "services/SampleData.h"
#include "support/TestLedger.h"

#include <random>

using namespace rectrack;
using namespace rectrack::test;

TEST_CASE("The sample inspection has every status and deadline state - and known totals", "[stats]") {
    TestLedger ledger;
    const Id inspection = loadSampleData(*ledger);
    const LedgerStats s = ledger->statistics(Scope::inspection(inspection));
    CHECK(s.inspections == 1);
    CHECK(s.categories == 4);
    CHECK(s.findings == 11);
    CHECK(s.findingsCompleted == 3);
    CHECK(s.findingsOngoing == 1);
    CHECK(s.findingsInProgress == 5);
    CHECK(s.findingsNotStarted == 2);
    CHECK(s.suggestions == 2);
    CHECK(s.measures == 20);
    CHECK(s.measuresCompleted == 10);
    CHECK(s.completionRate() == Approx(4.0 / 11.0));
    for (int i = 0; i < enumCount<DeadlineState>(); ++i) {
        INFO(code(static_cast<DeadlineState>(i)).toStdString());
        CHECK(s.deadlineStates.value(static_cast<DeadlineState>(i)) > 0);
    }
    CHECK(s.overdue() == 1);
    CHECK(s.signedOff == 1);
    CHECK(s.reopened == 1);
    CHECK(s.rulesMade == 3);
    CHECK(s.recovered == *Money::parseWan(QStringLiteral("15.768")));
    CHECK(s.accountablePersons == 3);
    CHECK(s.fundsReturned == *Money::parseWan(QStringLiteral("3.268")));
}

TEST_CASE("Every SQL aggregate equals a brute-force count through the C++ rules", "[stats]") {
    TestLedger ledger;
    std::mt19937 random(20250616);
    const auto pick = [&](int n) { return static_cast<int>(random() % static_cast<unsigned>(n)); };
    const auto randomDeadline = [&] {
        const auto kind = static_cast<DeadlineKind>(pick(enumCount<DeadlineKind>()));
        const bool dated = kind == DeadlineKind::Date || (kind == DeadlineKind::Immediate && pick(2) == 0);
        return Deadline{kind, dated ? testToday().addDays(pick(60) - 30) : QDate()};
    };

    QList<Id> rounds = {makeRound(*ledger, QStringLiteral("甲轮")),
                        makeRound(*ledger, QStringLiteral("乙轮"))};
    QList<Id> inspections;
    for (int i = 0; i < 4; ++i)
        inspections << makeInspection(*ledger, rounds[i % 2], QStringLiteral("巡察%1").arg(i));
    ledger->rows().atomically([&] {
        for (int n = 0; n < 160; ++n) {
            const Id inspection = inspections[pick(inspections.size())];
            const auto kind = pick(5) == 0 ? FindingKind::Suggestion : FindingKind::Problem;
            const Id finding =
                makeFinding(*ledger, inspection, QStringLiteral("问题%1").arg(n), randomDeadline(), kind);
            const int measures = pick(4);
            if (measures == 0)
                ledger->findings().setFindingStatus(finding, static_cast<Status>(pick(4)), testToday());
            for (int m = 0; m < measures; ++m)
                makeMeasure(*ledger, finding, static_cast<Status>(pick(4)), randomDeadline());
            if (pick(6) == 0)
                ledger->activity().setResult({0,
                                              finding,
                                              std::nullopt,
                                              pick(3),
                                              {},
                                              Money::fromFen(pick(1000000)),
                                              pick(3),
                                              Money::fromFen(pick(5000))});
        }
    });

    const auto bruteForce = [&](const QList<Id>& scope) {
        LedgerStats s;
        for (const Id inspection : scope) {
            ++s.inspections;
            s.categories += static_cast<int>(ledger->inspections().categories(inspection).size());
            for (const FindingRow& row : ledger->findings().findingRows(inspection, 0, 100000)) {
                const Finding& f = row.finding;
                if (f.kind == FindingKind::Problem) {
                    ++s.findings;
                    s.findingsCompleted += f.status == Status::Completed;
                    s.findingsOngoing += f.status == Status::Ongoing;
                    s.findingsInProgress += f.status == Status::InProgress;
                    s.findingsNotStarted += f.status == Status::NotStarted;
                } else {
                    ++s.suggestions;
                    s.suggestionsClosed += isClosed(f.status);
                }
                s.deadlineStates[ledger->deadlineState(row)] += 1;
                for (const Measure& m : ledger->findings().measures(f.id)) {
                    ++s.measures;
                    s.measuresCompleted += m.status == Status::Completed;
                    s.measuresOngoing += m.status == Status::Ongoing;
                    s.measuresInProgress += m.status == Status::InProgress;
                    s.measuresOverdue += ledger->deadlineState(m) == DeadlineState::Overdue;
                }
                const QuantifiedResult r = ledger->activity().result(f.id, std::nullopt);
                s.rulesMade += r.rulesMade;
                s.recovered += r.recovered;
                s.accountablePersons += r.accountablePersons;
                s.fundsReturned += r.fundsReturned;
            }
        }
        return s;
    };
    const auto compare = [](const LedgerStats& sql, const LedgerStats& brute) {
        CHECK(sql.inspections == brute.inspections);
        CHECK(sql.findings == brute.findings);
        CHECK(sql.findingsCompleted == brute.findingsCompleted);
        CHECK(sql.findingsOngoing == brute.findingsOngoing);
        CHECK(sql.findingsInProgress == brute.findingsInProgress);
        CHECK(sql.findingsNotStarted == brute.findingsNotStarted);
        CHECK(sql.suggestions == brute.suggestions);
        CHECK(sql.suggestionsClosed == brute.suggestionsClosed);
        CHECK(sql.measures == brute.measures);
        CHECK(sql.measuresCompleted == brute.measuresCompleted);
        CHECK(sql.measuresOngoing == brute.measuresOngoing);
        CHECK(sql.measuresInProgress == brute.measuresInProgress);
        CHECK(sql.measuresOverdue == brute.measuresOverdue);
        for (int i = 0; i < enumCount<DeadlineState>(); ++i) {
            INFO(code(static_cast<DeadlineState>(i)).toStdString());
            CHECK(sql.deadlineStates.value(static_cast<DeadlineState>(i)) ==
                  brute.deadlineStates.value(static_cast<DeadlineState>(i)));
        }
        CHECK(sql.rulesMade == brute.rulesMade);
        CHECK(sql.recovered == brute.recovered);
        CHECK(sql.accountablePersons == brute.accountablePersons);
        CHECK(sql.fundsReturned == brute.fundsReturned);
    };

    SECTION("everything") {
        compare(ledger->statistics(Scope::all()), bruteForce(inspections));
    }
    SECTION("one round") {
        compare(ledger->statistics(Scope::round(rounds[1])), bruteForce({inspections[1], inspections[3]}));
    }
    SECTION("each inspection") {
        for (const Id inspection : inspections)
            compare(ledger->statistics(Scope::inspection(inspection)), bruteForce({inspection}));
    }
    SECTION("a week later, with a wider due-soon window") {
        ledger.clock()->advanceDays(7);
        ledger->setPolicy(DeadlinePolicy{14, false, {}});
        compare(ledger->statistics(Scope::all()), bruteForce(inspections));
    }
}
