// The ledgers as views: filters and counts against brute force through the C++ rules,
// full-text search (long and short words, hostile text), the responsibility ledger,
// extensions, bulk edits and their undo, the working-day window, the v1 → v2 upgrade.
#include "changes/LedgerChanges.h"
#include "services/BulkEdit.h"
#include "storage/sqlite/Backup.h"
#include "storage/sqlite/SqliteFile.h"
#include "services/DataGenerator.h"
#include "model/Error.h"
#include "storage/Query.h"
#include "storage/Schema.h"
#include "support/TestLedger.h"

#include <QDir>
#include <QHash>

using namespace rectrack;
using namespace rectrack::test;

namespace {

QList<FindingRow> allFindingRows(Ledger& ledger, LedgerFilter filter = {}) {
    return ledger.views().findings(filter, {}, 0, 1000000);
}

QList<MeasureListRow> allMeasureRows(Ledger& ledger, LedgerFilter filter = {}) {
    return ledger.views().measures(filter, {}, 0, 1000000);
}

Id generated(Ledger& ledger, int findings = 240) {
    GeneratorSize size;
    size.findings = findings;
    size.findingsPerInspection = 40;
    size.inspectionsPerRound = 3;
    size.units = 12;
    generateData(ledger, size);
    return allFindingRows(ledger).first().finding.inspectionId;
}

} // namespace

namespace {
// Applies the change and returns its undo.
Changes::ChangePtr applied(Ledger& ledger, Changes::ChangePtr change) {
    change->apply(ledger);
    auto undo = change->inverse();
    REQUIRE(undo);
    return undo;
}
} // namespace

TEST_CASE("Deadline-state filters and counts equal a brute-force count through the C++ rules", "[views]") {
    TestLedger ledger;
    generated(*ledger);
    const QList<FindingRow> all = allFindingRows(*ledger);
    REQUIRE(all.size() == 240);
    CHECK(ledger->views().findingCount({}) == 240);
    for (int i = 0; i < enumCount<DeadlineState>(); ++i) {
        const auto state = static_cast<DeadlineState>(i);
        INFO(code(state).toStdString());
        const auto expected = std::count_if(all.begin(), all.end(),
                                            [&](const FindingRow& r) { return ledger->deadlineState(r) == state; });
        LedgerFilter filter;
        filter.deadlineStates = {state};
        CHECK(ledger->views().findingCount(filter) == expected);
        const QList<FindingRow> rows = allFindingRows(*ledger, filter);
        CHECK(rows.size() == expected);
        CHECK(std::all_of(rows.begin(), rows.end(), [&](const FindingRow& r) { return ledger->deadlineState(r) == state; }));

        const QList<MeasureListRow> measures = allMeasureRows(*ledger);
        const auto measuresExpected = std::count_if(measures.begin(), measures.end(), [&](const MeasureListRow& m) {
            return ledger->deadlineState(m.row.measure) == state;
        });
        CHECK(ledger->views().measureCount(filter) == measuresExpected);
    }
    // the same with a wider due-soon window, counted in working days
    ledger->changePolicy(10, true);
    LedgerFilter soon;
    soon.deadlineStates = {DeadlineState::DueSoon};
    CHECK(ledger->views().findingCount(soon) ==
          std::count_if(all.begin(), all.end(), [&](const FindingRow& r) {
              return ledger->deadlineState(r) == DeadlineState::DueSoon;
          }));
}

TEST_CASE("Filters by scope - status - unit - leader - category - dates - and sorting on raw values", "[views]") {
    TestLedger ledger;
    const Id inspection = generated(*ledger);
    const QList<FindingRow> all = allFindingRows(*ledger);
    const FindingRow sample = all[17];

    LedgerFilter byInspection;
    byInspection.inspectionId = inspection;
    CHECK(ledger->views().findingCount(byInspection) ==
          std::count_if(all.begin(), all.end(), [&](const FindingRow& r) { return r.finding.inspectionId == inspection; }));

    LedgerFilter open;
    open.statuses = {Status::NotStarted, Status::InProgress};
    CHECK(ledger->views().findingCount(open) == std::count_if(all.begin(), all.end(), [](const FindingRow& r) {
              return !isClosed(r.finding.status);
          }));
    open.kind = FindingKind::Suggestion;
    CHECK(ledger->views().findingCount(open) == std::count_if(all.begin(), all.end(), [](const FindingRow& r) {
              return !isClosed(r.finding.status) && r.finding.kind == FindingKind::Suggestion;
          }));

    LedgerFilter leader;
    leader.leaderId = sample.finding.leaderId;
    CHECK(ledger->views().findingCount(leader) == std::count_if(all.begin(), all.end(), [&](const FindingRow& r) {
              return r.finding.leaderId == sample.finding.leaderId;
          }));
    LedgerFilter category;
    category.categoryId = sample.finding.categoryId;
    CHECK(ledger->views().findingCount(category) == std::count_if(all.begin(), all.end(), [&](const FindingRow& r) {
              return r.finding.categoryId == sample.finding.categoryId;
          }));

    // a unit's 任务清单: the measures it owns (or, without an owner, whose finding it leads)
    LedgerFilter unit;
    unit.unitId = sample.finding.leadUnitId;
    const QList<MeasureListRow> measures = allMeasureRows(*ledger);
    QHash<Id, OptionalId> leadUnitOf;
    for (const FindingRow& r : all)
        leadUnitOf[r.finding.id] = r.finding.leadUnitId;
    CHECK(ledger->views().measureCount(unit) == std::count_if(measures.begin(), measures.end(), [&](const MeasureListRow& m) {
              const OptionalId owner = m.row.measure.unitId ? m.row.measure.unitId : leadUnitOf[m.row.measure.findingId];
              return owner == sample.finding.leadUnitId;
          }));

    LedgerFilter dated;
    dated.deadlineFrom = testToday();
    dated.deadlineTo = testToday().addDays(30);
    const QList<FindingRow> inRange = allFindingRows(*ledger, dated);
    CHECK(std::all_of(inRange.begin(), inRange.end(), [&](const FindingRow& r) {
        return r.finding.deadline.date >= dated.deadlineFrom && r.finding.deadline.date <= dated.deadlineTo;
    }));
    CHECK(inRange.size() == std::count_if(all.begin(), all.end(), [&](const FindingRow& r) {
              return r.finding.deadline.date.isValid() && r.finding.deadline.date >= dated.deadlineFrom &&
                     r.finding.deadline.date <= dated.deadlineTo;
          }));

    // sorted by deadline date (raw), undated last; paging returns the same order
    const QList<FindingRow> byDeadline = ledger->views().findings({}, {LedgerSort::Deadline, false}, 0, 1000);
    for (qsizetype i = 1; i < byDeadline.size(); ++i) {
        const QDate a = byDeadline[i - 1].finding.deadline.date, b = byDeadline[i].finding.deadline.date;
        CHECK((!b.isValid() || (a.isValid() && a <= b)));
    }
    const QList<FindingRow> page2 = ledger->views().findings({}, {LedgerSort::Deadline, false}, 50, 50);
    REQUIRE(page2.size() == 50);
    CHECK(page2.first().finding.id == byDeadline[50].finding.id);
    const QList<FindingRow> descending = ledger->views().findings({}, {LedgerSort::Title, true}, 0, 1000);
    for (qsizetype i = 1; i < descending.size(); ++i)
        CHECK(descending[i - 1].finding.title >= descending[i].finding.title);
}

TEST_CASE("The responsibility ledger counts what each unit and leader answers for", "[views]") {
    TestLedger ledger;
    generated(*ledger);
    const QList<FindingRow> all = allFindingRows(*ledger);
    const QList<MeasureListRow> measures = allMeasureRows(*ledger);
    const QList<ResponsibilityRow> leaders = ledger->views().byLeader({});
    REQUIRE_FALSE(leaders.isEmpty());
    int findingTotal = 0;
    for (const ResponsibilityRow& r : leaders) {
        INFO(r.name.toStdString());
        const auto mine = [&](const FindingRow& f) { return f.finding.leaderId == r.id; };
        CHECK(r.findings == std::count_if(all.begin(), all.end(), mine));
        CHECK(r.findingsClosed == std::count_if(all.begin(), all.end(), [&](const FindingRow& f) {
                  return mine(f) && isClosed(f.finding.status);
              }));
        CHECK(r.findingsOverdue == std::count_if(all.begin(), all.end(), [&](const FindingRow& f) {
                  return mine(f) && ledger->deadlineState(f) == DeadlineState::Overdue;
              }));
        findingTotal += r.findings;
    }
    CHECK(findingTotal == std::count_if(all.begin(), all.end(), [](const FindingRow& f) { return f.finding.leaderId.has_value(); }));
    // units: measures by owner
    QHash<Id, OptionalId> leadUnitOf;
    for (const FindingRow& r : all)
        leadUnitOf[r.finding.id] = r.finding.leadUnitId;
    for (const ResponsibilityRow& r : ledger->views().byUnit({})) {
        CHECK(r.measuresOverdue == std::count_if(measures.begin(), measures.end(), [&](const MeasureListRow& m) {
                  const OptionalId owner = m.row.measure.unitId ? m.row.measure.unitId : leadUnitOf[m.row.measure.findingId];
                  return owner == r.id && ledger->deadlineState(m.row.measure) == DeadlineState::Overdue;
              }));
    }
    // the laggards come first
    const QList<ResponsibilityRow> units = ledger->views().byUnit({});
    for (qsizetype i = 1; i < units.size(); ++i)
        CHECK(units[i - 1].findingsOverdue + units[i - 1].measuresOverdue >= units[i].findingsOverdue + units[i].measuresOverdue);
}

TEST_CASE("Full-text search: long words by the trigram index - one and two characters too - hostile text", "[views][search]") {
    TestLedger ledger;
    const Id inspection = makeInspection(*ledger, makeRound(*ledger));
    const Id farmland = makeFinding(*ledger, inspection, QStringLiteral("耕地保护责任落实不到位"));
    const Id measure = makeMeasure(*ledger, farmland, Status::InProgress, {}, QStringLiteral("开展复耕复垦专项行动"));
    const Id funds = makeFinding(*ledger, inspection, QStringLiteral("专项资金50%未按期拨付"));
    ledger->activity().addNote({0, funds, std::nullopt, testToday(), QStringLiteral("王丽"), QStringLiteral("周调度：已拨付_首批资金")});
    const Id quote = makeFinding(*ledger, inspection, QStringLiteral("会议记录中写有\"双引号\"和'单引号'"));

    const auto ids = [&](const QString& text) {
        QList<Id> out;
        for (const SearchHit& hit : ledger->views().search(text))
            out << hit.findingId;
        std::sort(out.begin(), out.end());
        return out;
    };
    CHECK(ids(QStringLiteral("复耕复垦")) == QList<Id>{farmland});
    const QList<SearchHit> hits = ledger->views().search(QStringLiteral("复耕复垦"));
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].source == QStringLiteral("measure"));
    CHECK(hits[0].sourceId == measure);
    CHECK(hits[0].excerpt.contains(QStringLiteral("复耕复垦")));
    CHECK(ids(QStringLiteral("耕地")) == QList<Id>{farmland});          // two characters
    CHECK(ids(QStringLiteral("耕")) == QList<Id>{farmland});            // one character
    CHECK(ids(QStringLiteral("专项")) == QList<Id>{farmland, funds});   // in a measure and in a title
    CHECK(ids(QStringLiteral("首批资金")) == QList<Id>{funds});         // in a progress note
    CHECK(ids(QStringLiteral("耕地 不到位")).size() == 1);             // every word
    CHECK(ids(QStringLiteral("耕地 首批")).isEmpty());
    CHECK(ids(QStringLiteral("%")) == QList<Id>{funds});                // literal, not a wildcard
    CHECK(ids(QStringLiteral("_")) == QList<Id>{funds});
    CHECK(ids(QStringLiteral("\"双引号\"")) == QList<Id>{quote});
    CHECK(ids(QStringLiteral("'单引号'")) == QList<Id>{quote});
    CHECK(ids(QStringLiteral("'); DROP TABLE findings; --")).isEmpty());
    CHECK(ids(QStringLiteral("\\")).isEmpty());
    CHECK(ids(QStringLiteral("   ")).isEmpty());
    CHECK(ids(QStringLiteral("AND OR NOT NEAR(")).isEmpty());
    CHECK(ids(QString(QChar(0)) + QStringLiteral("耕地")) == QList<Id>{farmland}); // control characters are ignored
    CHECK(ledger->findings().findingCount(inspection) == 3);

    // the same words filter the ledgers
    LedgerFilter filter;
    filter.text = QStringLiteral("复垦");
    CHECK(ledger->views().findingCount(filter) == 1);

    // the index follows edits and deletions, whoever makes them
    Finding f = ledger->findings().finding(farmland);
    f.title = QStringLiteral("基本农田非农化");
    ledger->findings().updateFinding(f);
    CHECK(ids(QStringLiteral("耕地保护")).isEmpty());
    CHECK(ids(QStringLiteral("非农化")) == QList<Id>{farmland});
    ledger->findings().removeFinding(farmland);
    CHECK(ids(QStringLiteral("复耕复垦")).isEmpty());
    CHECK(Query(ledger->database().connection(), QStringLiteral("SELECT count(*) FROM search_index WHERE finding_id = ?"))
              .add(farmland)
              .scalar()
              .toInt() == 0);
}

TEST_CASE("An extension records old and new deadline and the reason", "[views][deadline]") {
    TestLedger ledger;
    const Id inspection = makeInspection(*ledger, makeRound(*ledger));
    const Deadline june{DeadlineKind::Date, QDate(2025, 6, 30)};
    const Id finding = makeFinding(*ledger, inspection, QStringLiteral("问题"), june);
    const Id measure = makeMeasure(*ledger, finding, Status::InProgress, june);
    const Deadline september{DeadlineKind::Date, QDate(2025, 9, 30)};
    ledger->findings().extendDeadline(finding, measure, september, QStringLiteral("需待财政批复"));
    CHECK(ledger->findings().measure(measure).deadline == september);
    const QList<DeadlineExtension> list = ledger->findings().extensions(finding);
    REQUIRE(list.size() == 1);
    CHECK(list[0].measureId == measure);
    CHECK(list[0].oldDeadline == june);
    CHECK(list[0].newDeadline == september);
    CHECK(list[0].reason == QStringLiteral("需待财政批复"));
    CHECK(list[0].requestedBy == QStringLiteral("tester"));
    CHECK_THROWS_AS(ledger->findings().extendDeadline(finding, std::nullopt, september, QStringLiteral("  ")), Error);
    CHECK(ledger->findings().extensions(finding).size() == 1);
}

TEST_CASE("Bulk edits are one transaction each - and undo restores every item", "[views][bulk]") {
    TestLedger ledger;
    const Id inspection = makeInspection(*ledger, makeRound(*ledger));
    QList<Id> measures;
    QList<Id> findings;
    for (int i = 0; i < 20; ++i) {
        findings << makeFinding(*ledger, inspection, QStringLiteral("问题%1").arg(i), {DeadlineKind::Date, QDate(2025, 6, 1)});
        measures << makeMeasure(*ledger, findings.last(), i % 2 ? Status::InProgress : Status::NotStarted,
                                {DeadlineKind::Date, QDate(2025, 6, 1)});
    }
    const Id unit = ledger->units().addUnit({0, std::nullopt, QStringLiteral("办公室"), 0});
    const Id person = ledger->units().addPerson({0, QStringLiteral("王丽"), QString(), unit, QString()});
    const qint64 historyBefore = Query(ledger->database().connection(), QStringLiteral("SELECT count(*) FROM history")).scalar().toLongLong();

    const auto undoStatus = applied(*ledger, Changes::bulkSetStatus(ItemKind::Measure, measures, Status::Completed));
    for (Id id : measures)
        CHECK(ledger->findings().measure(id).status == Status::Completed);
    for (Id id : findings)
        CHECK(ledger->findings().finding(id).status == Status::Completed);
    CHECK(Query(ledger->database().connection(), QStringLiteral("SELECT count(*) FROM history")).scalar().toLongLong() > historyBefore + 20);

    const auto undoReassign = applied(*ledger, Changes::bulkReassign(ItemKind::Finding, findings, unit, person));
    CHECK(ledger->findings().finding(findings[7]).leadUnitId == unit);
    CHECK(ledger->findings().finding(findings[7]).leaderId == person);

    const Deadline later{DeadlineKind::Date, QDate(2025, 12, 31)};
    const auto undoDeadline =
        applied(*ledger, Changes::bulkSetDeadline(ItemKind::Finding, findings, later, QStringLiteral("集中整改期延长")));
    CHECK(ledger->findings().finding(findings[3]).deadline == later);
    CHECK(ledger->findings().extensions(findings[3]).size() == 1);

    // undone in the order of an undo stack: the last edit first
    CHECK_THROWS_AS(undoReassign->apply(*ledger), Error); // overtaken by the deadline edit
    CHECK(ledger->findings().finding(findings[7]).leadUnitId == unit);
    undoDeadline->apply(*ledger);
    undoReassign->apply(*ledger);
    CHECK_FALSE(ledger->findings().finding(findings[7]).leadUnitId.has_value());
    undoStatus->apply(*ledger);
    for (int i = 0; i < 20; ++i) {
        CHECK(ledger->findings().measure(measures[i]).status == (i % 2 ? Status::InProgress : Status::NotStarted));
        CHECK_FALSE(ledger->findings().measure(measures[i]).completedDate.isValid());
    }

    // findings with measures cannot be set to "in progress" in bulk: nothing changes
    const QList<FindingRow> before = allFindingRows(*ledger);
    CHECK_THROWS_AS(Changes::bulkSetStatus(ItemKind::Finding, findings, Status::InProgress)->apply(*ledger), Error);
    const QList<FindingRow> after = allFindingRows(*ledger);
    for (qsizetype i = 0; i < before.size(); ++i)
        CHECK(before[i].finding.rowVersion == after[i].finding.rowVersion);
    // closing them in bulk closes their open measures, and undo reopens them
    const auto reopen = applied(*ledger, Changes::bulkSetStatus(ItemKind::Finding, findings.mid(0, 5), Status::Ongoing));
    CHECK(ledger->findings().measure(measures[1]).status == Status::Ongoing);
    reopen->apply(*ledger);
    CHECK(ledger->findings().measure(measures[1]).status == Status::InProgress);
    CHECK(ledger->findings().finding(findings[1]).status == Status::InProgress);
}

TEST_CASE("Undoing a bulk edit that someone else has overtaken is refused - nothing overwritten", "[views][bulk]") {
    TestLedger ledger;
    const Id inspection = makeInspection(*ledger, makeRound(*ledger));
    QList<Id> measures;
    for (int i = 0; i < 6; ++i)
        measures << makeMeasure(*ledger, makeFinding(*ledger, inspection));
    const auto undo = applied(*ledger, Changes::bulkSetStatus(ItemKind::Measure, measures, Status::InProgress));
    // another person, on another connection, edits one of the items
    execRaw(ledger.path(), QStringLiteral("UPDATE measures SET text = '他人的修改', row_version = row_version + 1 "
                                          "WHERE id = %1").arg(measures[4]));
    try {
        undo->apply(*ledger);
        FAIL("the undo overwrote another person's change");
    } catch (const Error& e) {
        CHECK(e.kind() == Error::Kind::Conflict);
        CHECK(e.message().contains(QStringLiteral("措施 #%1").arg(measures[4])));
    }
    for (Id id : measures)
        CHECK(ledger->findings().measure(id).status == Status::InProgress);
    CHECK(ledger->findings().measure(measures[4]).text == QStringLiteral("他人的修改"));
}

TEST_CASE("The due-soon window in working days skips weekends and the holiday calendar", "[views][deadline]") {
    QStringList errors;
    const WorkCalendar calendar = WorkCalendar::parse(QStringLiteral("# 2025 国庆\n2025-10-01 休\n2025-10-02 休\n2025-10-03 假\n"
                                                                     "2025-10-06 holiday\n2025-10-07\n2025-10-08 休\n"
                                                                     "2025-09-28 班\n2025年10月11日 班\nnonsense\n"),
                                                      &errors);
    CHECK(errors.size() == 1);
    CHECK_FALSE(calendar.isWorkingDay(QDate(2025, 10, 1)));
    CHECK(calendar.isWorkingDay(QDate(2025, 9, 28)));  // a Sunday worked in exchange
    CHECK(calendar.isWorkingDay(QDate(2025, 10, 11))); // a Saturday worked in exchange
    CHECK_FALSE(calendar.isWorkingDay(QDate(2025, 10, 4)));
    // from Tuesday 30 September, three working days: 9 October (1–8 off), then 10, 11
    CHECK(calendar.addWorkingDays(QDate(2025, 9, 30), 1) == QDate(2025, 10, 9));
    CHECK(calendar.addWorkingDays(QDate(2025, 9, 30), 3) == QDate(2025, 10, 11));

    TestLedger ledger;
    CHECK(ledger->policy().dueSoonDays == 7);
    ledger->changeCalendar(QStringLiteral("2025-06-19 休\n"));
    ledger->changePolicy(3, true);
    CHECK(ledger->policy().dueSoonUntil(testToday()) == QDate(2025, 6, 20)); // Mon 16 + Tue, Wed, Fri
    CHECK_THROWS_AS(ledger->changeCalendar(QStringLiteral("next friday")), Error);
    CHECK_THROWS_AS(ledger->changePolicy(0, false), Error);
    ledger.reopen(); // kept in the database, for the CLI and every desktop
    CHECK(ledger->policy().dueSoonDays == 3);
    CHECK(ledger->policy().workingDays);
    CHECK(ledger->policy().dueSoonUntil(testToday()) == QDate(2025, 6, 20));
    const Id inspection = makeInspection(*ledger, makeRound(*ledger));
    const Id friday = makeFinding(*ledger, inspection, QStringLiteral("周五到期"), {DeadlineKind::Date, QDate(2025, 6, 20)});
    CHECK(ledger->deadlineState(ledger->findings().findingRow(friday)) == DeadlineState::DueSoon);
}

TEST_CASE("A version 1 database is upgraded with a copy kept and its text indexed", "[file][schema]") {
    TestLedger ledger;
    const Id inspection = makeInspection(*ledger, makeRound(*ledger));
    makeFinding(*ledger, inspection, QStringLiteral("旧版本中的问题标题"));
    ledger.close();
    // take the file back to version 1: what versions 2 and 3 added is not there
    dropVersion3(ledger.path());
    for (const char* sql : {"DROP TRIGGER findings_search_insert", "DROP TRIGGER findings_search_update",
                            "DROP TRIGGER findings_search_delete", "DROP TRIGGER measures_search_insert",
                            "DROP TRIGGER measures_search_update", "DROP TRIGGER measures_search_delete",
                            "DROP TRIGGER notes_search_insert", "DROP TRIGGER notes_search_update",
                            "DROP TRIGGER notes_search_delete", "DROP TABLE search_index", "DROP TABLE accounts",
                            "DROP TABLE deadline_extensions", "DROP TABLE settings", "DROP INDEX findings_deadline",
                            "DROP INDEX measures_deadline", "DROP INDEX measures_person", "DROP INDEX findings_due",
                            "DROP INDEX measures_due", "PRAGMA user_version = 1"})
        execRaw(ledger.path(), QString::fromLatin1(sql));
    ledger.reopen();
    CHECK(Schema::version(ledger->database().connection()) == Schema::CurrentVersion);
    // the copy made before the upgrade, in the backups folder, holds the file as it was
    CHECK(QFileInfo(ledger->database().lastUpgradeBackup()).absolutePath() == Backup::folderFor(ledger.path()));
    CHECK(SqliteFile(ledger->database().lastUpgradeBackup(), SqliteFile::Mode::ReadOnly)
              .scalar("PRAGMA user_version")
              .toInt() == 1);
    CHECK(ledger->views().search(QStringLiteral("旧版本")).size() == 1);
    CHECK(ledger->views().search(QStringLiteral("标题")).size() == 1);
}
