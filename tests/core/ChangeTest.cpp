// Core's change objects: an undo never overwrites what someone else did since, never fails
// with a storage error for a row deleted since, and takes an uploaded file's bytes with it.

#include "changes/LedgerChanges.h"
#include "services/Ledger.h"
#include "storage/HistoryVerifier.h"
#include "storage/Query.h"
#include "support/TestLedger.h"

#include <catch2/catch.hpp>

using namespace rectrack;
using namespace rectrack::test;

namespace {
// A colleague's program on the same file.
std::unique_ptr<Ledger> colleague(const TestLedger& ledger) {
    return Ledger::open(ledger.path(), std::make_shared<FixedClock>(testToday()), QStringLiteral("同事"),
                        Database::OpenMode::Existing);
}

Error::Kind refusalOf(Change& undo, Ledger& ledger) {
    try {
        undo.apply(ledger);
    } catch (const Error& e) {
        return e.kind();
    }
    FAIL("the undo went ahead");
    return Error::Kind::Storage;
}
} // namespace

TEST_CASE("An undo is refused when someone else changed the co-units since - they stay", "[changes]") {
    TestLedger ledger;
    const Id finding = makeFinding(*ledger, makeInspection(*ledger, makeRound(*ledger)));
    const Id a = ledger->units().addUnit({0, std::nullopt, QStringLiteral("甲单位"), 0});
    const Id b = ledger->units().addUnit({0, std::nullopt, QStringLiteral("乙单位"), 0});
    const Id c = ledger->units().addUnit({0, std::nullopt, QStringLiteral("丙单位"), 0});
    Finding f = ledger->findings().finding(finding);
    f.coUnitIds = {a, b};
    const auto mine = Changes::editFinding(f, ledger->activity().result(finding, std::nullopt));
    mine->apply(*ledger);
    const auto undo = mine->inverse();
    REQUIRE(undo);

    colleague(ledger)->findings().setCoUnits(finding, {a, b, c});
    const qint64 entries = ledger->history().entryCount();
    CHECK(refusalOf(*undo, *ledger) == Error::Kind::Conflict);
    CHECK(ledger->findings().finding(finding).coUnitIds == QList<Id>{a, b, c});
    CHECK(ledger->history().entryCount() == entries);
}

TEST_CASE("An undo whose old values name a row deleted since is a conflict, not a storage error", "[changes]") {
    TestLedger ledger;
    const Id finding = makeFinding(*ledger, makeInspection(*ledger, makeRound(*ledger)));
    const Id measure = makeMeasure(*ledger, finding);
    const Id before = ledger->units().addPerson({0, QStringLiteral("李明"), QString(), std::nullopt, QString()});
    const Id after = ledger->units().addPerson({0, QStringLiteral("张华"), QString(), std::nullopt, QString()});
    Measure m = ledger->findings().measure(measure);
    m.personId = before;
    ledger->findings().updateMeasure(m, testToday());
    m = ledger->findings().measure(measure);
    m.personId = after;
    const auto mine = Changes::editMeasure(m, ledger->activity().result(finding, measure));
    mine->apply(*ledger);
    const auto undo = mine->inverse();
    REQUIRE(undo);

    colleague(ledger)->units().removePerson(before); // the measure does not name it any more
    CHECK(refusalOf(*undo, *ledger) == Error::Kind::Conflict);
    CHECK(ledger->findings().measure(measure).personId == after);
    CHECK(verifyHistory(ledger->database().connection()).ok());
}

TEST_CASE("Undoing an upload takes the file's bytes out of the ledger - the redo brings them back", "[changes]") {
    TestLedger ledger;
    const Id finding = makeFinding(*ledger, makeInspection(*ledger, makeRound(*ledger)));
    const auto blobs = [&] {
        return Query(ledger->database().connection(), QStringLiteral("SELECT count(*) FROM evidence_blobs")).scalar().toInt();
    };
    const auto upload = Changes::addEvidence(finding, std::nullopt, QStringLiteral("误传的文件.pdf"), QByteArray("不该上传的内容"));
    upload->apply(*ledger);
    CHECK(blobs() == 1);
    const auto undo = upload->inverse();
    undo->apply(*ledger);
    CHECK(blobs() == 0);
    CHECK(ledger->activity().evidence(finding).isEmpty());
    const auto redo = undo->inverse();
    REQUIRE(redo);
    redo->apply(*ledger);
    const QList<EvidenceFile> files = ledger->activity().evidence(finding);
    REQUIRE(files.size() == 1);
    CHECK(ledger->activity().evidenceContent(files.first().id) == QByteArray("不该上传的内容"));
    CHECK(verifyHistory(ledger->database().connection()).ok());
}

TEST_CASE("A change announces what it touched, a deleted row's inspection included", "[changes]") {
    TestLedger ledger;
    const Id inspection = makeInspection(*ledger, makeRound(*ledger));
    const Id finding = makeFinding(*ledger, inspection);
    const Id category = ledger->inspections().addCategory({0, inspection, QStringLiteral("（一）"), QStringLiteral("类别"), 0});
    QList<ChangeScope> heard;
    QObject::connect(&ledger->notifier(), &ChangeNotifier::changed, [&](const ChangeScope& scope) { heard << scope; });

    Changes::addNote({0, finding, std::nullopt, testToday(), QStringLiteral("王丽"), QStringLiteral("进展")})->apply(*ledger);
    REQUIRE(heard.size() == 1);
    CHECK(heard.last().findings == QSet<Id>{finding});
    CHECK(heard.last().findingListsOf.isEmpty());

    Changes::removeCategory(category)->apply(*ledger);
    CHECK(heard.last().inspections == QSet<Id>{inspection});
    CHECK(heard.last().referenceData);

    Changes::removeFinding(finding)->apply(*ledger);
    CHECK(heard.last().findingListsOf == QSet<Id>{inspection}); // read from its history: the row is gone
    CHECK(heard.size() == 3);
}
