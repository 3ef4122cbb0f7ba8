// The dashboard's breakdowns against brute-force counts over the same random data (fixed
// seed, fixed clock), and the ledger filter a click makes gives exactly the counted items.
#include "services/DataGenerator.h"
#include "storage/Query.h"
#include "support/TestLedger.h"

#include <QHash>

using namespace rectrack;
using namespace rectrack::test;

namespace {
struct Fixture {
    TestLedger ledger;
    QList<FindingRow> rows;
    Fixture() {
        GeneratorSize size;
        size.findings = 300;
        size.findingsPerInspection = 30;
        size.inspectionsPerRound = 4;
        size.units = 15;
        generateData(*ledger, size);
        rows = ledger->views().findings({}, {}, 0, 100000);
    }
    QList<FindingRow> inScope(const Scope& scope) {
        QList<FindingRow> out;
        for (const FindingRow& r : rows) {
            const Inspection i = ledger->inspections().inspection(r.finding.inspectionId);
            if (scope.kind == Scope::Kind::All || (scope.kind == Scope::Kind::Round && i.roundId == scope.id) ||
                (scope.kind == Scope::Kind::Inspection && i.id == scope.id))
                out.append(r);
        }
        return out;
    }
};

QList<Scope> scopesOf(Ledger& ledger) {
    const Inspection first = ledger.inspections().inspections().first();
    return {Scope::all(), Scope::round(first.roundId), Scope::inspection(first.id)};
}
} // namespace

TEST_CASE("Dashboard by category - by unit - by inspection equal brute force", "[stats][dashboard]") {
    Fixture fx;
    Ledger& ledger = *fx.ledger;
    for (const Scope& scope : scopesOf(ledger)) {
        INFO("scope kind " << static_cast<int>(scope.kind));
        const QList<FindingRow> rows = fx.inScope(scope);

        QHash<QString, CategoryStats> categories;
        for (const FindingRow& r : rows) {
            if (r.finding.kind != FindingKind::Problem)
                continue;
            CategoryStats& c = categories[r.categoryTitle];
            c.completed += r.finding.status == Status::Completed;
            c.ongoing += r.finding.status == Status::Ongoing;
            c.inProgress += r.finding.status == Status::InProgress;
            c.notStarted += r.finding.status == Status::NotStarted;
        }
        const QList<CategoryStats> sql = ledger.stats().byCategory(scope);
        CHECK(sql.size() == categories.size());
        for (const CategoryStats& c : sql) {
            INFO(c.title.toStdString());
            const CategoryStats& b = categories[c.title];
            CHECK(c.completed == b.completed);
            CHECK(c.ongoing == b.ongoing);
            CHECK(c.inProgress == b.inProgress);
            CHECK(c.notStarted == b.notStarted);
            // the click on that bar: the same findings in the ledger
            LedgerFilter filter;
            filter.kind = FindingKind::Problem;
            filter.categoryTitle = c.title;
            if (scope.kind == Scope::Kind::Round)
                filter.roundId = scope.id;
            if (scope.kind == Scope::Kind::Inspection)
                filter.inspectionId = scope.id;
            CHECK(ledger.views().findingCount(filter) == c.total());
        }

        QHash<Id, UnitStats> units;
        for (const FindingRow& r : rows) {
            if (!r.finding.leadUnitId)
                continue;
            UnitStats& u = units[*r.finding.leadUnitId];
            if (isClosed(r.finding.status))
                ++u.closed;
            else if (ledger.deadlineState(r) == DeadlineState::Overdue)
                ++u.overdue;
            else
                ++u.inProgress;
        }
        const QList<UnitStats> unitStats = ledger.stats().byUnit(scope, ledger.today(), ledger.policy());
        CHECK(unitStats.size() == units.size());
        for (qsizetype i = 0; i < unitStats.size(); ++i) {
            const UnitStats& u = unitStats[i];
            CHECK(u.closed == units[u.unitId].closed);
            CHECK(u.inProgress == units[u.unitId].inProgress);
            CHECK(u.overdue == units[u.unitId].overdue);
            if (i > 0)
                CHECK(unitStats[i - 1].overdue >= u.overdue);
            LedgerFilter filter;
            filter.leadUnitId = u.unitId;
            filter.deadlineStates = {DeadlineState::Overdue};
            if (scope.kind == Scope::Kind::Round)
                filter.roundId = scope.id;
            if (scope.kind == Scope::Kind::Inspection)
                filter.inspectionId = scope.id;
            CHECK(ledger.views().findingCount(filter) == u.overdue);
        }

        for (const InspectionStats& s : ledger.stats().byInspection(scope, ledger.today(), ledger.policy())) {
            const LedgerStats whole = ledger.statistics(Scope::inspection(s.inspectionId));
            CHECK(s.findings == whole.findings);
            CHECK(s.closed == whole.findingsCompleted + whole.findingsOngoing);
            CHECK(s.overdue == whole.overdue());
            CHECK(s.signedOff == whole.signedOff);
            CHECK(s.completionRate() == Approx(whole.completionRate()));
        }
    }
}

TEST_CASE("The burn-up: weekly totals from feedback - closings counted on the day they happened", "[stats][dashboard]") {
    TestLedger ledger;
    const Id round = makeRound(*ledger);
    Inspection inspection;
    inspection.roundId = round;
    inspection.title = QStringLiteral("巡察");
    inspection.feedbackDate = QDate(2025, 5, 1);
    inspection.rectificationEnd = QDate(2025, 6, 1);
    const Id id = ledger->inspections().addInspection(inspection);
    const Id a = makeFinding(*ledger, id, QStringLiteral("甲"));
    const Id b = makeFinding(*ledger, id, QStringLiteral("乙"));
    makeFinding(*ledger, id, QStringLiteral("丙"));
    const Id ma = makeMeasure(*ledger, a);
    Measure m = ledger->findings().measure(ma);
    m.status = Status::Completed;
    m.completedDate = QDate(2025, 5, 10);
    ledger->findings().updateMeasure(m, testToday());
    ledger.clock()->set(QDateTime(QDate(2025, 5, 20), QTime(10, 0), Qt::UTC)); // b closed without measures
    ledger->findings().setFindingStatus(b, Status::Completed, QDate(2025, 5, 20));
    ledger.clock()->set(QDateTime(testToday(), QTime(9, 0), Qt::UTC));

    const Trend trend = ledger->stats().trend(Scope::inspection(id), testToday());
    CHECK(trend.rectificationEnd == QDate(2025, 6, 1));
    REQUIRE(trend.points.size() == 7); // 1 May .. 16 June, weekly
    CHECK(trend.points.first().weekEnd == QDate(2025, 5, 7));
    CHECK(trend.points.last().weekEnd == testToday());
    const QList<int> completed = {0, 1, 2, 2, 2, 2, 2};
    for (qsizetype i = 0; i < trend.points.size(); ++i) {
        INFO(trend.points[i].weekEnd.toString(Qt::ISODate).toStdString());
        CHECK(trend.points[i].total == 3);
        CHECK(trend.points[i].completed == completed[i]);
    }
    CHECK(ledger->stats().trend(Scope::inspection(makeInspection(*ledger, round)), testToday()).points.isEmpty());
}
