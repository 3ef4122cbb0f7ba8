// A ledger on the PostgreSQL server (docs/server.md): a database that is not a ledger yet is not
// opened as one, another program's database is refused, and a ledger copied with pg_dump and
// pg_restore still verifies and goes on numbering. These run in "core on PostgreSQL"; on a
// ledger file they have nothing to check and say so.

#include "changes/Change.h"
#include "changes/LedgerChanges.h"
#include "model/Error.h"
#include "services/SampleData.h"
#include "storage/HistoryVerifier.h"
#include "support/PostgresServer.h"
#include "support/TestLedger.h"

#include "storage/LedgerCopy.h"
#include "storage/Query.h"
#include "storage/Schema.h"

#include <QDir>
#include <QTemporaryDir>
#include <QProcess>
#include <QUrl>

using namespace rectrack;
using namespace rectrack::test;

namespace {
Error::Kind openError(const QString& location, Database::OpenMode mode) {
    try {
        Ledger::open(location, std::make_shared<FixedClock>(testToday()), QStringLiteral("t"), mode);
    } catch (const Error& e) {
        return e.kind();
    }
    FAIL("it opened");
    return Error::Kind::Storage;
}

QString databaseOf(const QString& url) {
    return QUrl(url).path().mid(1);
}
} // namespace

TEST_CASE("A server database becomes a ledger only by init - another program's is refused", "[server]") {
    RECTRACK_SERVER_ONLY();
    PostgresServer* server = PostgresServer::shared();
    REQUIRE(server);
    QString output;
    REQUIRE(server->psql(QStringLiteral("postgres"), {}, QStringLiteral("CREATE DATABASE empty_one"), &output) == 0);
    CHECK(openError(server->url(QStringLiteral("empty_one")), Database::OpenMode::Existing) == Error::Kind::NotFound);
    REQUIRE(server->psql(QStringLiteral("empty_one"), {}, QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"),
                         &output) == 0);
    CHECK(output.trimmed() == QStringLiteral("0")); // nothing was made

    REQUIRE(server->psql(QStringLiteral("postgres"), {}, QStringLiteral("CREATE DATABASE someone_elses"), &output) == 0);
    REQUIRE(server->psql(QStringLiteral("someone_elses"), {}, QStringLiteral("CREATE TABLE payroll (id int)"), &output) == 0);
    CHECK(openError(server->url(QStringLiteral("someone_elses")), Database::OpenMode::Create) == Error::Kind::NotRectrack);

    auto made = Ledger::open(server->url(QStringLiteral("empty_one")), std::make_shared<FixedClock>(testToday()),
                             QStringLiteral("t"), Database::OpenMode::Create);
    CHECK(made->isEmpty());
    CHECK(verifyHistory(made->database().connection()).ok());
}

TEST_CASE("A ledger copied with pg_dump and pg_restore verifies and goes on numbering", "[server]") {
    RECTRACK_SERVER_ONLY();
    TestLedger ledger;
    Changes::loadSampleData()->apply(*ledger);
    const qint64 entries = ledger->history().entryCount();
    PostgresServer* server = PostgresServer::shared();
    REQUIRE(server);
    const QString dump = QDir(ledger.dir()).filePath(QStringLiteral("ledger.dump"));
    const QString copy = QStringLiteral("%1_copy").arg(databaseOf(ledger.path()));
    QString output;
    const auto succeeded = [&output](int exitCode) { // says what the program printed when it failed
        INFO(output.toStdString());
        REQUIRE(exitCode == 0);
    };
    succeeded(server->tool(QStringLiteral("pg_dump"),
                           {QStringLiteral("-Fc"), QStringLiteral("-f"), dump, databaseOf(ledger.path())}, &output));
    succeeded(server->psql(QStringLiteral("postgres"), {}, QStringLiteral("CREATE DATABASE %1").arg(copy), &output));
    succeeded(server->tool(QStringLiteral("pg_restore"), {QStringLiteral("-d"), copy, dump}, &output));

    auto restored = Ledger::open(server->url(copy), std::make_shared<FixedClock>(testToday()), QStringLiteral("t"),
                                 Database::OpenMode::Existing);
    const VerifyReport report = verifyHistory(restored->database().connection());
    INFO(report.problems.join(u'\n').toStdString());
    CHECK(report.ok());
    CHECK(restored->history().entryCount() == entries);
    const Id lastNote = Query(restored->database().connection(), QStringLiteral("SELECT max(id) FROM progress_notes"))
                            .scalar()
                            .toLongLong();
    REQUIRE(lastNote > 0);
    const auto note = Changes::addNote({0, 1, std::nullopt, testToday(), QStringLiteral("t"), QStringLiteral("恢复后的进展")});
    note->apply(*restored); // the restored sequence goes on after the copied rows
    CHECK(*note->createdIn(QStringLiteral("progress_notes")) > lastNote);
    CHECK(verifyHistory(restored->database().connection()).ok());
}

TEST_CASE("A desk's ledger pushed onto a server verifies there, goes on numbering, and comes back into a file whole",
          "[server]") {
    RECTRACK_SERVER_ONLY();
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("desk.sqlite"));
    auto clock = std::make_shared<FixedClock>(testToday());
    qint64 entries = 0;
    {
        auto desk = Ledger::open(file, clock, QStringLiteral("桌面"));
        Changes::loadSampleData()->apply(*desk);
        Changes::addNote({0, 1, std::nullopt, testToday(), QStringLiteral("桌面"), QStringLiteral("含\t制表符和\"引号\"的进展")})
            ->apply(*desk);
        entries = desk->history().entryCount();
    }
    PostgresServer* server = PostgresServer::shared();
    REQUIRE(server);
    const QString url = server->newDatabase();
    auto office = Ledger::open(url, clock, QStringLiteral("管理员"), Database::OpenMode::Existing);
    {
        const auto source = Database::open(file, Database::OpenMode::Existing);
        const CopiedLedger copied = copyLedger(*source, office->database());
        CHECK(copied.entries == entries);
        CHECK(copied.rows > 0);
    }
    CHECK(office->history().entryCount() == entries);
    VerifyReport report = verifyHistory(office->database().connection());
    INFO(report.problems.join(u'\n').toStdString());
    CHECK(report.ok());
    CHECK(!office->views().search(QStringLiteral("制表符"), 10).isEmpty()); // the search index was filled
    // the planner has its statistics at once, not when autovacuum comes by
    CHECK(Query(office->database().connection(),
                QStringLiteral("SELECT count(*) FROM pg_stat_user_tables WHERE relname IN ('findings', 'measures', "
                               "'search_index', 'finding_facts', 'history') AND last_analyze IS NOT NULL"))
              .scalar()
              .toInt() == 5);
    // and the search index's and facts' triggers are on again: a new note is found

    // the server goes on after the copied rows, its triggers on again
    const auto note = Changes::addNote({0, 1, std::nullopt, testToday(), QStringLiteral("管理员"), QStringLiteral("上了服务器以后的进展")});
    note->apply(*office);
    CHECK(office->history().entryCount() > entries);
    CHECK(verifyHistory(office->database().connection()).ok());
    CHECK(!office->views().search(QStringLiteral("上了服务器"), 10).isEmpty());

    SECTION("a second push into a ledger that holds something is refused, and changes nothing") {
        const qint64 now = office->history().entryCount();
        const auto source = Database::open(file, Database::OpenMode::Existing);
        try {
            copyLedger(*source, office->database());
            FAIL("it copied into a ledger that holds data");
        } catch (const Error& e) {
            CHECK(e.kind() == Error::Kind::Invalid);
        }
        CHECK(office->history().entryCount() == now);
    }
    SECTION("pulled into a new file, the server's ledger verifies there too") {
        const QString copyFile = dir.filePath(QStringLiteral("offline.sqlite"));
        {
            const auto copy = Database::open(copyFile, Database::OpenMode::Create);
            copyLedger(office->database(), *copy);
        }
        auto offline = Ledger::open(copyFile, clock, QStringLiteral("离线"), Database::OpenMode::Existing);
        CHECK(offline->history().entryCount() == office->history().entryCount());
        report = verifyHistory(offline->database().connection());
        INFO(report.problems.join(u'\n').toStdString());
        CHECK(report.ok());
    }
    SECTION("a desk's ledger that does not verify is not pushed") {
        execRaw(file, QStringLiteral("UPDATE findings SET title = '绕过程序改的' WHERE id = 1"));
        const QString other = server->newDatabase();
        auto empty = Ledger::open(other, clock, QStringLiteral("管理员"), Database::OpenMode::Existing);
        const auto source = Database::open(file, Database::OpenMode::Existing);
        CHECK_THROWS_AS(copyLedger(*source, empty->database()), Error);
        CHECK(empty->history().entryCount() == 0);
    }
}

TEST_CASE("A server ledger of schema 4 is upgraded by its owner to keep stated totals and withheld findings, and still verifies",
          "[server]") {
    RECTRACK_SERVER_ONLY();
    PostgresServer* server = PostgresServer::shared();
    REQUIRE(server);
    QString output;
    REQUIRE(server->psql(QStringLiteral("postgres"), {}, QStringLiteral("CREATE DATABASE older_one"), &output) == 0);
    const QString url = server->url(QStringLiteral("older_one"));
    {
        auto ledger = Ledger::open(url, std::make_shared<FixedClock>(testToday()), QStringLiteral("t"),
                                   Database::OpenMode::Create);
        const Id inspection = makeInspection(*ledger, makeRound(*ledger));
        Finding finding;
        finding.inspectionId = inspection;
        finding.title = QStringLiteral("某问题");
        ledger->findings().addFinding(finding);
    }
    // as version 4 left it: no stated totals, nothing withheld
    REQUIRE(server->psql(QStringLiteral("older_one"), {},
                         QStringLiteral("ALTER TABLE inspections DROP COLUMN stated_totals; "
                                        "ALTER TABLE findings DROP COLUMN withheld; "
                                        "UPDATE rectrack_meta SET schema_version = 4"),
                         &output) == 0);
    auto ledger = Ledger::open(url, std::make_shared<FixedClock>(testToday()), QStringLiteral("t"),
                               Database::OpenMode::Existing);
    CHECK(Schema::version(ledger->database().connection()) == Schema::CurrentVersion);
    Inspection inspection = ledger->inspections().inspections().first();
    inspection.stated.counts[QStringLiteral("problems")] = 28;
    ledger->inspections().updateInspection(inspection);
    CHECK(ledger->inspections().inspection(inspection.id).stated.count(QStringLiteral("problems")) == 28);
    Finding finding = ledger->findings().findings(inspection.id).first();
    finding.withheld = QStringLiteral("正在查办");
    ledger->findings().updateFinding(finding);
    CHECK(ledger->findings().finding(finding.id).withheld == QStringLiteral("正在查办"));
    const VerifyReport report = verifyHistory(ledger->database().connection());
    INFO(report.problems.join(u'\n').toStdString());
    CHECK(report.ok());
}
