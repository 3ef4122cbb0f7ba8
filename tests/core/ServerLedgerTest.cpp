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

#include "storage/Query.h"

#include <QDir>
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
    if (!testsOnServer()) {
        SUCCEED("runs on the server only (RECTRACK_TEST_BACKEND=postgresql)");
        return;
    }
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
    if (!testsOnServer()) {
        SUCCEED("runs on the server only (RECTRACK_TEST_BACKEND=postgresql)");
        return;
    }
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
