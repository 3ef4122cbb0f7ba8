#include "services/SampleData.h"
#include "storage/HistoryVerifier.h"
#include "storage/Query.h"
#include "support/TestLedger.h"

using namespace rectrack;
using namespace rectrack::test;

TEST_CASE("Every change is recorded with who - when - old and new value", "[history]") {
    TestLedger ledger;
    const Id inspection = makeInspection(*ledger, makeRound(*ledger));
    const Id finding = makeFinding(*ledger, inspection, QStringLiteral("原标题"));
    ledger.clock()->set(QDateTime(QDate(2025, 6, 17), QTime(10, 30), Qt::UTC));
    Finding f = ledger->findings().finding(finding);
    f.title = QStringLiteral("新标题");
    ledger->findings().updateFinding(f);
    const Id measure = makeMeasure(*ledger, finding);
    ledger->findings().removeMeasure(measure);

    const QList<HistoryEntry> entries = ledger->history().forFinding(finding);
    const auto titleChange = std::find_if(entries.begin(), entries.end(),
                                          [](const HistoryEntry& e) { return e.field == u"title"; });
    REQUIRE(titleChange != entries.end());
    CHECK(titleChange->oldValue == QStringLiteral("原标题"));
    CHECK(titleChange->newValue == QStringLiteral("新标题"));
    CHECK(titleChange->actor == QStringLiteral("tester"));
    CHECK(titleChange->at == QDateTime(QDate(2025, 6, 17), QTime(10, 30), Qt::UTC));
    // the deleted measure stays in the finding's history
    CHECK(std::any_of(entries.begin(), entries.end(), [&](const HistoryEntry& e) {
        return e.entity == u"measures" && e.action == u"delete" && e.entityId == measure;
    }));
    CHECK(std::any_of(entries.begin(), entries.end(), [&](const HistoryEntry& e) {
        return e.entity == u"measures" && e.action == u"create";
    }));
    // an update that changes nothing records nothing
    const qsizetype before = ledger->history().forFinding(finding).size();
    ledger->findings().updateFinding(ledger->findings().finding(finding));
    CHECK(ledger->history().forFinding(finding).size() == before);
}

TEST_CASE("The history is a hash chain: a rewritten entry is found", "[history]") {
    TestLedger ledger;
    const Id inspection = makeInspection(*ledger, makeRound(*ledger));
    for (int i = 0; i < 5; ++i)
        makeFinding(*ledger, inspection, QStringLiteral("问题%1").arg(i));
    CHECK_FALSE(ledger->history().firstBrokenEntry().has_value());

    const Id victim = Query(ledger->database().connection(),
                            QStringLiteral("SELECT id FROM history ORDER BY id LIMIT 1 OFFSET 3"))
                          .scalar()
                          .toLongLong();
    ledger.close();
    execRaw(ledger.path(),
            QStringLiteral("UPDATE history SET new_value = replace(new_value, '问题', '篡改') WHERE id = %1")
                .arg(victim));
    ledger.reopen();
    CHECK(ledger->history().firstBrokenEntry() == victim);
}

TEST_CASE("verify finds a row edited behind the program's back - a rewritten entry - a row without history",
          "[history][verify]") {
    TestLedger ledger;
    const Id inspection = loadSampleData(*ledger);
    const Id finding = ledger->findings().findings(inspection).first().id;
    Finding f = ledger->findings().finding(finding);
    f.title = QStringLiteral("改过一次的标题");
    f.coUnitIds = {1, 2};
    ledger->findings().updateFinding(f);
    {
        const VerifyReport clean = verifyHistory(ledger->database().connection());
        INFO(clean.problems.join(QStringLiteral("\n")).toStdString());
        CHECK(clean.ok());
        CHECK(clean.rowsChecked > 40);
    }
    ledger.close();

    SECTION("a value changed directly in SQLite") {
        execRaw(ledger.path(),
                QStringLiteral("UPDATE findings SET title = '篡改的标题' WHERE id = %1").arg(finding));
        ledger.reopen();
        const VerifyReport report = verifyHistory(ledger->database().connection());
        CHECK_FALSE(report.brokenEntry.has_value()); // the history itself is intact…
        REQUIRE(report.problems.size() == 1);        // …but the row no longer matches it
        CHECK(report.problems.first().contains(QStringLiteral("findings #%1").arg(finding)));
        CHECK(report.problems.first().contains(QStringLiteral("title")));
    }
    SECTION("a money sum and a co-unit changed directly") {
        execRaw(ledger.path(), QStringLiteral("UPDATE results SET recovered_fen = recovered_fen + 100 WHERE "
                                              "id = (SELECT min(id) FROM results WHERE recovered_fen > 0)"));
        execRaw(
            ledger.path(),
            QStringLiteral("DELETE FROM finding_units WHERE finding_id = %1 AND unit_id = 2").arg(finding));
        ledger.reopen();
        const VerifyReport report = verifyHistory(ledger->database().connection());
        CHECK(report.problems.size() == 2);
    }
    SECTION("a history entry rewritten") {
        execRaw(ledger.path(), QStringLiteral("UPDATE history SET actor = 'someone' WHERE id = 5"));
        ledger.reopen();
        CHECK(verifyHistory(ledger->database().connection()).brokenEntry == 5);
    }
    SECTION("a row inserted without history") {
        execRaw(ledger.path(), QStringLiteral("INSERT INTO units (name) VALUES ('幽灵单位')"));
        ledger.reopen();
        const VerifyReport report = verifyHistory(ledger->database().connection());
        REQUIRE(report.problems.size() == 1);
        CHECK(report.problems.first().contains(QStringLiteral("units")));
    }
}
