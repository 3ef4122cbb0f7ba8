// Several desks on one server ledger at once (docs/server.md): many processes writing the same
// findings lose nothing and keep one history; a writer killed in the middle of its transaction
// leaves nothing half-written and holds nothing up. On the throwaway test server; these run
// with RECTRACK_TEST_BACKEND=postgresql ("reliability on PostgreSQL") and say so otherwise.

#include "changes/LedgerChanges.h"
#include "storage/HistoryVerifier.h"
#include "storage/Query.h"
#include "support/PostgresServer.h"
#include "support/TestLedger.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QThread>
#include <QUrl>

#include <csignal>

using namespace rectrack;
using namespace rectrack::test;

namespace {
qint64 count(TestLedger& ledger, const QString& sql) {
    return Query(ledger->database().connection(), sql).scalar().toLongLong();
}
} // namespace

TEST_CASE("Processes adding notes to the same findings at once on a server: none lost, one history",
          "[reliability][server]") {
    RECTRACK_SERVER_ONLY();
    TestLedger ledger;
    Changes::loadSampleData()->apply(*ledger);
    const qint64 before = count(ledger, QStringLiteral("SELECT count(*) FROM progress_notes"));
    constexpr int Processes = 6;
    constexpr int NotesEach = 8;
    std::vector<std::unique_ptr<QProcess>> desks;
    for (int p = 0; p < Processes; ++p) {
        // each process a desk of its own: one rectrack-cli after another, all on findings 1-3
        QString script;
        for (int n = 0; n < NotesEach; ++n)
            script += QStringLiteral("\"$0\" --server \"$1\" add-note %1 -- 'desk%2-note%3' || exit 1; ")
                          .arg(1 + (p + n) % 3)
                          .arg(p)
                          .arg(n);
        auto desk = std::make_unique<QProcess>();
        desk->setProcessChannelMode(QProcess::MergedChannels);
        desk->start(QStringLiteral("sh"), {QStringLiteral("-c"), script, QStringLiteral(RECTRACK_CLI_PATH), ledger.path()});
        desks.push_back(std::move(desk));
    }
    for (auto& desk : desks) {
        REQUIRE(desk->waitForFinished(300000));
        INFO(QString::fromUtf8(desk->readAll()).toStdString());
        CHECK(desk->exitCode() == 0);
    }
    CHECK(count(ledger, QStringLiteral("SELECT count(*) FROM progress_notes")) == before + Processes * NotesEach);
    CHECK(count(ledger, QStringLiteral("SELECT count(DISTINCT text) FROM progress_notes WHERE text LIKE 'desk%-note%'")) ==
          Processes * NotesEach);
    const VerifyReport report = verifyHistory(ledger->database().connection());
    INFO(report.problems.join(u'\n').toStdString());
    CHECK(report.ok()); // one chain: every writer took its turn
}

TEST_CASE("A writer killed in the middle of its transaction on a server leaves nothing half-written",
          "[reliability][server]") {
    RECTRACK_SERVER_ONLY();
    TestLedger ledger;
    Changes::loadSampleData()->apply(*ledger);
    const qint64 notes = count(ledger, QStringLiteral("SELECT count(*) FROM progress_notes"));
    const qint64 entries = ledger->history().entryCount();
    const QString database = QUrl(ledger.path()).path().mid(1);

    SECTION("psql killed after it wrote, before it committed") {
        // rows written and recorded by the server's triggers, the lock taken, then the client dies
        QProcess writer;
        writer.setProcessChannelMode(QProcess::MergedChannels);
        QString output;
        PostgresServer* server = PostgresServer::shared();
        // psql left running inside its transaction, its rows written and recorded
        writer.start(server->program(QStringLiteral("psql")),
                     server->connectionOptions() + QStringList{QStringLiteral("-X"), QStringLiteral("-q"),
                                                               QStringLiteral("-d"), database});
        REQUIRE(writer.waitForStarted());
        writer.write("BEGIN;\n"
                     "INSERT INTO progress_notes (finding_id, note_date, author, text, created_at) VALUES "
                     "(1, '2026-12-01', 'x', '写了一半', '2026-12-01T00:00:00.000Z');\n"
                     "UPDATE findings SET title = '改了一半' WHERE id = 2;\n"
                     "SELECT pg_sleep(60);\n");
        REQUIRE(writer.waitForBytesWritten(5000));
        // wait until its transaction holds the write lock
        QElapsedTimer waited;
        waited.start();
        bool holding = false;
        while (!holding && waited.elapsed() < 20000) {
            REQUIRE(server->psql(database, {},
                                 QStringLiteral("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted"),
                                 &output) == 0);
            holding = output.trimmed() == u"1";
            if (!holding)
                QThread::msleep(50);
        }
        INFO(QString::fromUtf8(writer.readAll()).toStdString());
        REQUIRE(holding);
        ::kill(static_cast<pid_t>(writer.processId()), SIGKILL);
        REQUIRE(server->psql(database, {},
                             QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '%1' "
                                            "AND query LIKE '%pg_sleep(60)%' AND pid <> pg_backend_pid()")
                                 .arg(database),
                             &output) == 0); // the server notices a dead client at its next read: now
        writer.waitForFinished(10000);
    }
    SECTION("rectrack-cli killed while it generates a ledger's worth of findings") {
        QProcess generator;
        generator.start(QStringLiteral(RECTRACK_CLI_PATH),
                        {QStringLiteral("--server"), ledger.path(), QStringLiteral("generate"), QStringLiteral("--findings"),
                         QStringLiteral("20000")});
        REQUIRE(generator.waitForStarted());
        QThread::msleep(1500);
        ::kill(static_cast<pid_t>(generator.processId()), SIGKILL);
        generator.waitForFinished(10000);
    }
    // whatever committed is whole, whatever did not is gone; the next writer is not held up
    const VerifyReport report = verifyHistory(ledger->database().connection());
    INFO(report.problems.join(u'\n').toStdString());
    CHECK(report.ok());
    CHECK(count(ledger, QStringLiteral("SELECT count(*) FROM progress_notes WHERE text = '写了一半'")) == 0);
    CHECK(count(ledger, QStringLiteral("SELECT count(*) FROM findings WHERE title = '改了一半'")) == 0);
    QElapsedTimer timer;
    timer.start();
    Changes::addNote({0, 1, std::nullopt, testToday(), QStringLiteral("我"), QStringLiteral("之后写的")})->apply(*ledger);
    CHECK(timer.elapsed() < 10000);
    CHECK(count(ledger, QStringLiteral("SELECT count(*) FROM progress_notes")) >= notes + 1);
    CHECK(ledger->history().entryCount() > entries);
}
