#include "model/Error.h"
#include "storage/Query.h"
#include "support/TestLedger.h"

using namespace rectrack;
using namespace rectrack::test;

namespace {
int count(Ledger& ledger, const QString& table) {
    return Query(ledger.database().connection(), QStringLiteral("SELECT count(*) FROM ") + table)
        .scalar()
        .toInt();
}
} // namespace

TEST_CASE("Units form a hierarchy and people belong to units", "[repo]") {
    TestLedger ledger;
    UnitRepository& units = ledger->units();
    const Id city = units.addUnit({0, std::nullopt, QStringLiteral("市财政局"), 1});
    const Id office = units.addUnit({0, city, QStringLiteral("办公室"), 1});
    const Id budget = units.addUnit({0, city, QStringLiteral("预算科"), 2});
    const QList<Unit> list = units.units();
    REQUIRE(list.size() == 3);
    CHECK(list[0].id == city); // parents before children
    CHECK(list[1].id == office);
    CHECK(list[2].id == budget);

    SECTION("a unit cannot become its own ancestor") {
        Unit u = units.unit(city);
        u.parentId = office;
        CHECK_THROWS_AS(units.updateUnit(u), Error);
    }
    SECTION("a unit with sub-units cannot be deleted; a leaf can") {
        CHECK_THROWS_AS(units.removeUnit(city), Error);
        units.removeUnit(office);
        CHECK(units.units().size() == 2);
    }
    SECTION("people, and names that find or create") {
        const Id p = units.addPerson(
            {0, QStringLiteral("张三"), QStringLiteral("局长"), city, QStringLiteral("12345")});
        CHECK(units.person(p).title == QStringLiteral("局长"));
        CHECK(units.personNamed(QStringLiteral("张三")) == p);
        const Id q = units.personNamed(QStringLiteral("李四"));
        CHECK(q != p);
        CHECK(units.unitNamed(QStringLiteral("预算科")) == budget);
        CHECK_THROWS_AS(units.addPerson({0, QStringLiteral("  "), {}, std::nullopt, {}}), Error);
    }
}

TEST_CASE("Inspections - rounds and ordered categories", "[repo]") {
    TestLedger ledger;
    InspectionRepository& repo = ledger->inspections();
    const Id round = makeRound(*ledger);
    Inspection i;
    i.roundId = round;
    i.title = QStringLiteral("市委第七巡察组对高新区党工委巡察整改");
    i.team = QStringLiteral("第七巡察组");
    i.type = InspectionType::Special;
    i.onsiteStart = QDate(2024, 4, 8);
    i.onsiteEnd = QDate(2024, 6, 14);
    i.feedbackDate = QDate(2024, 7, 17);
    i.contactText = QStringLiteral("电话：024-0000000");
    const Id id = repo.addInspection(i);
    const Inspection back = repo.inspection(id);
    CHECK(back.title == i.title);
    CHECK(back.type == InspectionType::Special);
    CHECK(back.onsiteEnd == QDate(2024, 6, 14));
    CHECK(back.feedbackDate == QDate(2024, 7, 17));
    CHECK_FALSE(back.publishedDate.isValid());
    CHECK(back.contactText == i.contactText);

    i.onsiteEnd = QDate(2024, 1, 1);
    CHECK_THROWS_AS(repo.addInspection(i), Error); // ends before it starts

    const Id c1 = repo.addCategory({0, id, QStringLiteral("（一）"), QStringLiteral("政治建设"), 0});
    const Id c2 = repo.addCategory({0, id, QStringLiteral("（二）"), QStringLiteral("作风建设"), 0});
    const Id c3 = repo.addCategory({0, id, QStringLiteral("（三）"), QStringLiteral("组织建设"), 0});
    repo.moveCategory(c3, -1);
    QList<Id> order;
    for (const Category& c : repo.categories(id))
        order << c.id;
    CHECK(order == QList<Id>{c1, c3, c2});

    CHECK_THROWS_AS(repo.removeRound(round), Error); // still has an inspection
    const Id f = makeFinding(*ledger, id);
    makeMeasure(*ledger, f);
    repo.removeInspection(id); // cascades
    CHECK(count(*ledger, QStringLiteral("findings")) == 0);
    CHECK(count(*ledger, QStringLiteral("measures")) == 0);
    CHECK(count(*ledger, QStringLiteral("categories")) == 0);
    repo.removeRound(round);
    CHECK(repo.rounds().isEmpty());
}

TEST_CASE("Findings keep every field - their status follows their measures", "[repo]") {
    TestLedger ledger;
    const Id inspection = makeInspection(*ledger, makeRound(*ledger));
    UnitRepository& units = ledger->units();
    const Id lead = units.addUnit({0, std::nullopt, QStringLiteral("牵头单位"), 0});
    const Id co1 = units.addUnit({0, std::nullopt, QStringLiteral("配合单位一"), 0});
    const Id co2 = units.addUnit({0, std::nullopt, QStringLiteral("配合单位二"), 0});
    const Id leader = units.addPerson({0, QStringLiteral("王五"), QStringLiteral("副局长"), lead, {}});
    const Id category = ledger->inspections().addCategory(
        {0, inspection, QStringLiteral("（一）"), QStringLiteral("类别"), 0});

    Finding f;
    f.inspectionId = inspection;
    f.categoryId = category;
    f.number = QStringLiteral("23");
    f.title = QStringLiteral("招商引资统筹谋划不足");
    f.description = QStringLiteral("描述");
    f.deadline = {DeadlineKind::Date, QDate(2025, 12, 31)};
    f.leaderId = leader;
    f.leadUnitId = lead;
    f.coUnitIds = {co2, co1, co2};
    f.outcome = QStringLiteral("成效");
    f.difficulties = QStringLiteral("困难");
    const Id id = ledger->findings().addFinding(f);
    Finding back = ledger->findings().finding(id);
    CHECK(back.number == QStringLiteral("23"));
    CHECK(back.categoryId == category);
    CHECK(back.deadline == f.deadline);
    CHECK(back.leaderId == leader);
    CHECK(back.coUnitIds == QList<Id>{co1, co2});
    CHECK(back.sortOrder == 1);
    CHECK(back.status == Status::NotStarted);

    SECTION("without measures, the status is set by hand") {
        ledger->findings().setFindingStatus(id, Status::InProgress, testToday());
        CHECK(ledger->findings().finding(id).status == Status::InProgress);
    }
    SECTION("with measures, the status is derived and kept in step") {
        const Id m1 = makeMeasure(*ledger, id, Status::Completed);
        CHECK(ledger->findings().finding(id).status == Status::Completed);
        CHECK(ledger->findings().measure(m1).completedDate == testToday());
        const Id m2 = makeMeasure(*ledger, id, Status::NotStarted);
        CHECK(ledger->findings().finding(id).status == Status::InProgress);
        ledger->findings().setMeasureStatus(m2, Status::Ongoing, testToday());
        CHECK(ledger->findings().finding(id).status == Status::Ongoing);
        ledger->findings().setMeasureStatus(m1, Status::InProgress, testToday());
        CHECK_FALSE(ledger->findings().measure(m1).completedDate.isValid());
        CHECK(ledger->findings().finding(id).status == Status::InProgress);

        // setting the finding's status by hand is refused, except closing all its measures
        CHECK_THROWS_AS(ledger->findings().setFindingStatus(id, Status::NotStarted, testToday()), Error);
        ledger->findings().setFindingStatus(id, Status::Completed, testToday());
        CHECK(ledger->findings().measure(m1).status == Status::Completed);
        CHECK(ledger->findings().measure(m2).status == Status::Ongoing); // already closed: untouched
        CHECK(ledger->findings().finding(id).status == Status::Ongoing);

        // an edit of the finding cannot override the derived status
        Finding edit = ledger->findings().finding(id);
        edit.status = Status::NotStarted;
        edit.title = QStringLiteral("改过的标题");
        ledger->findings().updateFinding(edit);
        CHECK(ledger->findings().finding(id).status == Status::Ongoing);
        CHECK(ledger->findings().finding(id).title == QStringLiteral("改过的标题"));

        ledger->findings().removeMeasure(m1);
        ledger->findings().removeMeasure(m2);
        CHECK(ledger->findings().measures(id).isEmpty());
    }
    SECTION("the ledger row resolves names and sums measures") {
        makeMeasure(*ledger, id, Status::Completed);
        makeMeasure(*ledger, id, Status::InProgress, {DeadlineKind::Date, QDate(2025, 7, 1)});
        ledger->activity().addNote(
            {0, id, std::nullopt, QDate(2025, 6, 1), QStringLiteral("甲"), QStringLiteral("旧进展")});
        ledger->activity().addNote(
            {0, id, std::nullopt, QDate(2025, 6, 10), QStringLiteral("乙"), QStringLiteral("新进展")});
        const FindingRow row = ledger->findings().findingRow(id);
        CHECK(row.categoryTitle == QStringLiteral("类别"));
        CHECK(row.leaderName == QStringLiteral("王五"));
        CHECK(row.leadUnitName == QStringLiteral("牵头单位"));
        CHECK(row.measureCount == 2);
        CHECK(row.measuresClosed == 1);
        CHECK(row.openMeasures.earliestDate == QDate(2025, 7, 1));
        CHECK(row.latestNote == QStringLiteral("新进展"));
        CHECK(ledger->deadlineState(row) == DeadlineState::OnTrack);
    }
}

TEST_CASE("Bad input is refused and writes nothing", "[repo]") {
    TestLedger ledger;
    const Id inspection = makeInspection(*ledger, makeRound(*ledger));
    const int historyBefore = count(*ledger, QStringLiteral("history"));
    Finding f;
    f.inspectionId = inspection;
    f.title = QStringLiteral("   ");
    CHECK_THROWS_AS(ledger->findings().addFinding(f), Error);
    f.title = QStringLiteral("有效标题");
    f.deadline = {DeadlineKind::Date, {}};
    CHECK_THROWS_AS(ledger->findings().addFinding(f), Error);
    f.deadline = {};
    f.categoryId = 999; // no such category: the foreign key fails inside the transaction
    CHECK_THROWS_AS(ledger->findings().addFinding(f), Error);
    f.categoryId = std::nullopt;
    f.coUnitIds = {4242}; // the finding row is written first, then the co-unit fails: all rolled back
    CHECK_THROWS_AS(ledger->findings().addFinding(f), Error);
    CHECK(count(*ledger, QStringLiteral("findings")) == 0);
    CHECK(count(*ledger, QStringLiteral("history")) == historyBefore);
    CHECK_FALSE(ledger->database().inTransaction());

    SECTION("hostile strings are stored exactly as given") {
        const QString hostile = QStringLiteral("'); DROP TABLE findings; -- \u202E\u200B😀 \"引号\" %1 \\n");
        f.title = hostile;
        f.coUnitIds.clear();
        const Id id = ledger->findings().addFinding(f);
        CHECK(ledger->findings().finding(id).title == hostile.trimmed());
        CHECK(count(*ledger, QStringLiteral("findings")) == 1);
    }
}

TEST_CASE("Someone else's change since loading is detected - not overwritten", "[repo]") {
    TestLedger ledger;
    const Id inspection = makeInspection(*ledger, makeRound(*ledger));
    const Id id = makeFinding(*ledger, inspection);
    Finding mine = ledger->findings().finding(id);
    // a colleague's program, on its own connection
    auto colleague = Ledger::open(ledger.path(), std::make_shared<FixedClock>(testToday()), QStringLiteral("王同事"),
                                  Database::OpenMode::Existing);
    Finding theirs = colleague->findings().finding(id);
    theirs.title = QStringLiteral("他人的修改");
    colleague->findings().updateFinding(theirs, theirs.rowVersion);
    mine.title = QStringLiteral("我的修改");
    try {
        ledger->findings().updateFinding(mine, mine.rowVersion);
        FAIL("a stale edit went through");
    } catch (const Error& e) {
        CHECK(e.kind() == Error::Kind::Conflict);
        // whose change won, and when
        CHECK(e.message().contains(QStringLiteral("王同事")));
        CHECK(e.message().contains(testToday().toString(QStringLiteral("yyyy-MM-dd"))));
        // both values, for the user to compare: only the field that differs
        REQUIRE(e.differences().size() == 1);
        CHECK(e.differences().first().field == QStringLiteral("title"));
        CHECK(e.differences().first().theirs == QStringLiteral("他人的修改"));
        CHECK(e.differences().first().yours == QStringLiteral("我的修改"));
    }
    CHECK(ledger->findings().finding(id).title == QStringLiteral("他人的修改"));
}

TEST_CASE("Notes - evidence and quantified results", "[repo]") {
    TestLedger ledger;
    const Id inspection = makeInspection(*ledger, makeRound(*ledger));
    const Id finding = makeFinding(*ledger, inspection);
    ActivityRepository& activity = ledger->activity();

    SECTION("notes come newest first and need text and a date") {
        activity.addNote(
            {0, finding, std::nullopt, QDate(2025, 5, 1), QStringLiteral("甲"), QStringLiteral("一")});
        activity.addNote(
            {0, finding, std::nullopt, QDate(2025, 6, 1), QStringLiteral("乙"), QStringLiteral("二")});
        CHECK(activity.notes(finding).first().text == QStringLiteral("二"));
        CHECK_THROWS_AS(
            activity.addNote({0, finding, std::nullopt, QDate(2025, 6, 1), {}, QStringLiteral(" ")}), Error);
        CHECK_THROWS_AS(activity.addNote({0, finding, std::nullopt, QDate(), {}, QStringLiteral("x")}),
                        Error);
        CHECK_THROWS_AS(activity.addNote({0, 999, std::nullopt, QDate(2025, 6, 1), {}, QStringLiteral("x")}),
                        Error);
    }
    SECTION("evidence is stored once per content, named safely, and goes when unreferenced") {
        const QByteArray content("会议纪要内容");
        const Id a = activity.addEvidence(finding, std::nullopt, QStringLiteral("../../etc/passwd"), content);
        const Id b =
            activity.addEvidence(finding, std::nullopt, QStringLiteral("C:\\Users\\x\\纪要.docx"), content);
        CHECK(activity.evidenceFile(a).fileName == QStringLiteral("passwd"));
        CHECK(activity.evidenceFile(b).fileName == QStringLiteral("纪要.docx"));
        CHECK(activity.evidenceFile(a).addedBy == QStringLiteral("tester"));
        CHECK(count(*ledger, QStringLiteral("evidence_blobs")) == 1);
        CHECK(activity.evidenceContent(b) == content);
        activity.removeEvidence(a);
        CHECK(count(*ledger, QStringLiteral("evidence_blobs")) == 1);
        activity.removeEvidence(b);
        CHECK(count(*ledger, QStringLiteral("evidence_blobs")) == 0);
        const Id c = activity.addEvidence(finding, std::nullopt, QStringLiteral(".."), QByteArray());
        CHECK(activity.evidenceFile(c).fileName == QStringLiteral("未命名文件"));
    }
    SECTION("results are one row per finding or measure, exact, and removed when emptied") {
        QuantifiedResult r;
        r.findingId = finding;
        r.rulesMade = 2;
        r.recovered = *Money::parseWan(QStringLiteral("948.191724"));
        activity.setResult(r);
        CHECK(activity.result(finding, std::nullopt).recovered.fen() == 948191724);
        r.accountablePersons = 3;
        activity.setResult(r);
        CHECK(count(*ledger, QStringLiteral("results")) == 1);
        CHECK(activity.result(finding, std::nullopt).accountablePersons == 3);
        activity.setResult(QuantifiedResult{0, finding, std::nullopt, 0, {}, {}, 0, {}});
        CHECK(count(*ledger, QStringLiteral("results")) == 0);
        r.rulesMade = -1;
        CHECK_THROWS_AS(activity.setResult(r), Error);
    }
}
