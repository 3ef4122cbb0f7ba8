// The dashboard's facts and tallies (schema version 3) are kept by triggers: whatever is
// written, and however, they must equal what the ledger holds.

#include "services/DataGenerator.h"
#include "storage/sqlite/Backup.h"
#include "storage/sqlite/SqliteFile.h"
#include "storage/DashboardFacts.h"
#include "storage/Query.h"
#include "model/Error.h"
#include "storage/Schema.h"
#include "support/TestLedger.h"

#include <random>

using namespace rectrack;
using namespace rectrack::test;

namespace {
void requireAgreement(Ledger& ledger) {
    const QStringList problems = factsDisagreements(ledger);
    INFO(problems.join(u'\n').toStdString());
    REQUIRE(problems.isEmpty());
}

GeneratorSize smallSize() {
    GeneratorSize size;
    size.findings = 120;
    size.findingsPerInspection = 20;
    size.inspectionsPerRound = 3;
    size.units = 12;
    size.evidenceEvery = 5;
    return size;
}
} // namespace

TEST_CASE("The consistency checks find a tampered fact or tally", "[facts]") {
    TestLedger ledger;
    generateData(*ledger, smallSize());
    requireAgreement(*ledger);
    execRaw(ledger.path(), QStringLiteral("UPDATE finding_facts SET measures = measures + 1 WHERE finding_id = 3"));
    CHECK(factsDisagreements(*ledger).size() >= 2); // the fact, and the inspection's tally against it
    execRaw(ledger.path(), QStringLiteral("UPDATE finding_facts SET measures = measures - 1 WHERE finding_id = 3"));
    requireAgreement(*ledger);
    execRaw(ledger.path(), QStringLiteral("UPDATE tally_units SET open = open + 1 WHERE unit_id = 2"));
    CHECK(factsDisagreements(*ledger).size() == 2);
}

TEST_CASE("Facts and tallies follow every kind of write", "[facts]") {
    TestLedger ledger;
    generateData(*ledger, smallSize());
    requireAgreement(*ledger);
    std::mt19937 random(7);
    const auto pick = [&](qsizetype n) { return static_cast<int>(random() % static_cast<unsigned>(n)); };
    const QList<Inspection> inspections = ledger->inspections().inspections();
    const QList<Unit> units = ledger->units().units();
    const QDate today = ledger->today();

    for (int round = 0; round < 60; ++round) {
        const Inspection inspection = inspections[pick(inspections.size())];
        QList<Finding> findings = ledger->findings().findings(inspection.id);
        if (findings.isEmpty())
            continue;
        Finding finding = findings[pick(findings.size())];
        const QList<Measure> measures = ledger->findings().measures(finding.id);
        const int action = pick(9);
        INFO("round " << round << ", action " << action << ", finding " << finding.id);
        switch (action) {
        case 0: // a measure moves on
            if (!measures.isEmpty())
                ledger->findings().setMeasureStatus(measures[pick(measures.size())].id,
                                                    static_cast<Status>(pick(4)), today.addDays(-pick(30)));
            break;
        case 1: { // a measure's deadline moves (to any kind, dated or not)
            if (measures.isEmpty())
                break;
            Measure m = measures[pick(measures.size())];
            const auto kind = static_cast<DeadlineKind>(pick(5));
            m.deadline = {kind, kind == DeadlineKind::Date || (kind == DeadlineKind::Immediate && pick(2))
                                    ? today.addDays(pick(60) - 30)
                                    : QDate()};
            if (m.deadline.kind == DeadlineKind::LongTerm && m.status == Status::Completed)
                m.status = Status::Ongoing;
            ledger->findings().updateMeasure(m, today);
            break;
        }
        case 2: // the finding's own deadline, category and lead unit change
            finding.deadline = {DeadlineKind::Date, today.addDays(pick(40) - 20)};
            finding.categoryId = pick(3) == 0 ? std::nullopt : finding.categoryId;
            finding.leadUnitId = units[pick(units.size())].id;
            ledger->findings().updateFinding(finding);
            break;
        case 3: // a measure goes
            if (!measures.isEmpty())
                ledger->findings().removeMeasure(measures[pick(measures.size())].id);
            break;
        case 4: // a finding goes, with its measures
            ledger->findings().removeFinding(finding.id);
            break;
        case 5: // a new measure
            makeMeasure(*ledger, finding.id, static_cast<Status>(pick(3)),
                        {DeadlineKind::Immediate, pick(2) ? today.addDays(pick(10)) : QDate()});
            break;
        case 6: // closed at once, or reopened by a new open measure
            ledger->findings().setFindingStatus(finding.id, pick(2) ? Status::Completed : Status::Ongoing, today);
            break;
        case 7: // a deadline extension
            ledger->findings().extendDeadline(finding.id, std::nullopt,
                                              {DeadlineKind::Date, today.addDays(30 + pick(30))},
                                              QStringLiteral("客观原因"));
            break;
        case 8: // a finding without measures
            makeFinding(*ledger, inspection.id, QStringLiteral("新增问题"),
                        {pick(2) ? DeadlineKind::LongTerm : DeadlineKind::None, {}},
                        pick(4) == 0 ? FindingKind::Suggestion : FindingKind::Problem);
            break;
        }
        requireAgreement(*ledger);
    }
    ledger->inspections().removeInspection(inspections.first().id);
    requireAgreement(*ledger);
    // A measure moved to another finding by hand (no screen does it): both findings follow.
    const QList<Finding> last = ledger->findings().findings(inspections.last().id);
    REQUIRE(last.size() >= 2);
    const QList<Measure> moving = ledger->findings().measures(last[0].id);
    REQUIRE_FALSE(moving.isEmpty());
    execRaw(ledger.path(), QStringLiteral("UPDATE measures SET finding_id = %1 WHERE id = %2").arg(last[1].id).arg(moving[0].id));
    requireAgreement(*ledger);
}

TEST_CASE("A failed write leaves facts and tallies as they were", "[facts]") {
    TestLedger ledger;
    const Id inspection = makeInspection(*ledger, makeRound(*ledger));
    const Id finding = makeFinding(*ledger, inspection, QStringLiteral("问题"), {DeadlineKind::Date, QDate(2025, 6, 1)});
    const LedgerStats before = ledger->statistics(Scope::all());
    CHECK_THROWS(ledger->rows().atomically([&] {
        makeMeasure(*ledger, finding, Status::InProgress, {DeadlineKind::Date, QDate(2025, 5, 1)});
        throw Error(Error::Kind::Invalid, QStringLiteral("interrupted"));
    }));
    const LedgerStats after = ledger->statistics(Scope::all());
    CHECK(after.measures == before.measures);
    CHECK(after.overdue() == before.overdue());
    requireAgreement(*ledger);
}

TEST_CASE("A version 2 database gets its facts and tallies, closing days kept", "[file][facts][schema]") {
    TestLedger ledger;
    generateData(*ledger, smallSize());
    const Inspection first = ledger->inspections().inspections().first();
    const auto everyFigure = [&](const Scope& scope) {
        const LedgerStats s = ledger->statistics(scope);
        QList<int> figures{s.findings, s.findingsCompleted, s.findingsOngoing, s.suggestionsClosed, s.measures,
                           s.measuresOverdue, s.signedOff, s.inspections, s.categories};
        for (int i = 0; i < enumCount<DeadlineState>(); ++i)
            figures << s.deadlineStates.value(static_cast<DeadlineState>(i));
        for (const TrendPoint& p : ledger->stats().trend(scope, ledger->today()).points)
            figures << p.completed;
        for (const UnitStats& u : ledger->stats().byUnit(scope, ledger->today(), ledger->policy()))
            figures << u.closed << u.inProgress << u.overdue;
        for (const InspectionStats& i : ledger->stats().byInspection(scope, ledger->today(), ledger->policy()))
            figures << i.findings << i.closed << i.overdue << i.signedOff;
        return figures;
    };
    const QList<int> all = everyFigure(Scope::all());
    const QList<int> one = everyFigure(Scope::inspection(first.id));
    ledger.close();
    dropVersion3(ledger.path());
    ledger.reopen();
    CHECK(Schema::version(ledger->database().connection()) == Schema::CurrentVersion);
    // the copy made before the upgrade, in the backups folder, holds the file as it was
    CHECK(QFileInfo(ledger->database().lastUpgradeBackup()).absolutePath() == Backup::folderFor(ledger.path()));
    CHECK(SqliteFile(ledger->database().lastUpgradeBackup(), SqliteFile::Mode::ReadOnly)
              .scalar("PRAGMA user_version")
              .toInt() == 2);
    requireAgreement(*ledger);
    CHECK(everyFigure(Scope::all()) == all);
    CHECK(everyFigure(Scope::inspection(first.id)) == one);
}
