#include "storage/sqlite/Checkpointer.h"
#include "storage/Schema.h"
#include "storage/sqlite/SqliteSchema.h"
#include "model/Error.h"
#include "storage/Query.h"
#include "support/TestLedger.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QThread>

using namespace rectrack;
using namespace rectrack::test;

namespace {
QVariant pragma(Ledger& ledger, const QString& name) {
    return Query(ledger.database().connection(), QStringLiteral("PRAGMA ") + name).scalar();
}

Error::Kind openError(const QString& path) {
    try {
        auto clock = std::make_shared<FixedClock>(testToday());
        Ledger::open(path, clock, QStringLiteral("t"));
    } catch (const Error& e) {
        return e.kind();
    }
    FAIL("the file opened");
    return Error::Kind::Storage;
}
} // namespace

TEST_CASE("A new file gets the whole schema - marked as ours - with WAL and foreign keys", "[file][schema]") {
    TestLedger ledger;
    CHECK(pragma(*ledger, QStringLiteral("user_version")).toInt() == Schema::CurrentVersion);
    CHECK(pragma(*ledger, QStringLiteral("application_id")).toInt() == SqliteSchema::ApplicationId);
    CHECK(pragma(*ledger, QStringLiteral("journal_mode")).toString() == QStringLiteral("wal"));
    CHECK(pragma(*ledger, QStringLiteral("foreign_keys")).toInt() == 1);
    CHECK(pragma(*ledger, QStringLiteral("synchronous")).toInt() == 2); // FULL
    CHECK(pragma(*ledger, QStringLiteral("busy_timeout")).toInt() >= 5000);
    const char* const expected[] = {
        "units",    "persons",       "inspection_rounds", "inspections",      "categories",
        "findings", "finding_units", "measures",          "progress_notes",   "evidence_blobs",
        "evidence", "results",       "signoffs",          "followup_reviews", "history"};
    for (const char* name : expected) {
        const QString table = QString::fromLatin1(name);
        INFO(name);
        CHECK(Query(ledger->database().connection(),
                    QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = ?"))
                  .add(table)
                  .scalar()
                  .toInt() == 1);
    }
    CHECK(ledger->database().lastUpgradeBackup().isEmpty());
    CHECK((QFile::permissions(ledger.path()) & (QFile::ReadOther | QFile::ReadGroup)) == 0);
}

TEST_CASE("Reopening keeps the data and does not migrate again", "[file][schema]") {
    TestLedger ledger;
    const Id round = makeRound(*ledger);
    ledger.reopen();
    CHECK(ledger->inspections().round(round).name == QStringLiteral("测试轮次"));
    CHECK(ledger->database().lastUpgradeBackup().isEmpty());
}

TEST_CASE("Files that are not Rectrack databases are refused and left alone", "[file][schema]") {
    QTemporaryDir dir;
    SECTION("a text file") {
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("这不是数据库，只是一段文字。\n").repeated(200));
        f.close();
        const QByteArray before = [&] {
            QFile r(path);
            r.open(QIODevice::ReadOnly);
            return r.readAll();
        }();
        CHECK(openError(path) == Error::Kind::NotRectrack);
        QFile r(path);
        REQUIRE(r.open(QIODevice::ReadOnly));
        CHECK(r.readAll() == before);
    }
    SECTION("a file shorter than an SQLite header is not taken over")
    {
        const QString path = dir.filePath(QStringLiteral("short.sqlite"));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("x");
        f.close();
        CHECK(openError(path) == Error::Kind::NotRectrack);
        QFile r(path);
        REQUIRE(r.open(QIODevice::ReadOnly));
        CHECK(r.readAll() == QByteArray("x"));
    }
    SECTION("another program's SQLite database") {
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        execRaw(path, QStringLiteral("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)"));
        CHECK(openError(path) == Error::Kind::NotRectrack);
    }
    SECTION("a database from a newer Rectrack") {
        const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
        {
            TestLedger seed; // make a real one, then copy it and bump its version
            seed.close();
            REQUIRE(QFile::copy(seed.path(), path));
        }
        execRaw(path, QStringLiteral("PRAGMA user_version = %1").arg(Schema::CurrentVersion + 1));
        CHECK(openError(path) == Error::Kind::NewerVersion);
    }
    SECTION("a folder") {
        CHECK(openError(dir.path()) == Error::Kind::Storage);
    }
}

TEST_CASE("A migration that fails is rolled back as a whole", "[file][schema]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("half.sqlite"));
    // Marked as ours at version 0 but already holding a conflicting table: creating the
    // schema fails half way through.
    execRaw(path, QStringLiteral("PRAGMA application_id = %1").arg(SqliteSchema::ApplicationId));
    execRaw(path, QStringLiteral("CREATE TABLE measures (x INTEGER)"));
    CHECK(openError(path) == Error::Kind::Storage);
    QTemporaryDir checkDir;
    auto clockless = [&] {
        // Nothing of the failed migration is visible: no units table, version still 0.
        const QString name = QStringLiteral("check");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            REQUIRE(db.open());
            CHECK(Query(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'units'"))
                      .scalar()
                      .toInt() == 0);
            CHECK(Query(db, QStringLiteral("PRAGMA user_version")).scalar().toInt() == 0);
        }
        QSqlDatabase::removeDatabase(name);
    };
    clockless();
}

TEST_CASE("The log is checkpointed off the commit path and nothing committed is lost", "[file][schema][durability]") {
    TestLedger ledger;
    const Id inspection = makeInspection(*ledger, makeRound(*ledger));
    const Id finding = makeFinding(*ledger, inspection);
    const Id measure = makeMeasure(*ledger, finding);
    CHECK(pragma(*ledger, QStringLiteral("synchronous")).toInt() == 2); // FULL: a commit survives a power cut
    // Single commits, as staff make them, until the log has crossed the threshold a few times.
    for (int i = 0; i < 600; ++i)
        ledger->findings().setMeasureStatus(measure, i % 2 ? Status::NotStarted : Status::InProgress, testToday());
    // Once the writing pauses, the thread copies the log, and the next write starts the log
    // from its beginning: then the log holds that one edit's frames. (The thread's checkpoints
    // once did nothing at all, and the log only grew.) A pause may also have come in the middle
    // of the edits on a loaded machine, so the check is made after pauses until it holds.
    QElapsedTimer waited;
    waited.start();
    int frames = 0;
    bool inProgress = true;
    do {
        QThread::msleep(2 * Checkpointer::IdleTime.count());
        ledger->findings().setMeasureStatus(measure, inProgress ? Status::InProgress : Status::NotStarted, testToday());
        inProgress = !inProgress;
        frames = ledger->database().logPages();
    } while (frames >= 100 && waited.elapsed() < 20000);
    CHECK(ledger->database().checkpointsDone() > 0);
    CHECK(frames < 100);
    if (!inProgress) // the last edit left it in progress: put it back as the 600th edit left it
        ledger->findings().setMeasureStatus(measure, Status::NotStarted, testToday());
    // The writer's own automatic checkpoint is off: its threshold is the thread's business.
    CHECK(pragma(*ledger, QStringLiteral("wal_autocheckpoint")).toInt() == 0);
    ledger.reopen();
    CHECK(ledger->findings().measure(measure).status == Status::NotStarted); // the 600th edit
    CHECK_FALSE(ledger->history().firstBrokenEntry().has_value());
}

TEST_CASE("Back-to-back writes with no pause still get their log checkpointed: it stays bounded", "[file][schema][durability]") {
    TestLedger ledger;
    const Id inspection = makeInspection(*ledger, makeRound(*ledger));
    const Id finding = makeFinding(*ledger, inspection);
    const Id measure = makeMeasure(*ledger, finding);
    const int pageSize = pragma(*ledger, QStringLiteral("page_size")).toInt();
    const QString wal = ledger.path() + QStringLiteral("-wal");
    qint64 largest = 0;
    // Far more than Checkpointer::ForcePages of log, written without the pause a checkpoint waits for.
    for (int i = 0; i < 4000; ++i) {
        ledger->findings().setMeasureStatus(measure, i % 2 ? Status::NotStarted : Status::InProgress, testToday());
        if (i % 100 == 0)
            largest = std::max(largest, QFileInfo(wal).size());
    }
    INFO("largest log: " << largest / 1024 << " KiB");
    CHECK(ledger->database().checkpointsDone() > 0);
    CHECK(largest < qint64(Checkpointer::ForcePages) * 3 * (pageSize + 24)); // 231 MB when it never restarted
    // ...and no commit paid for copying that long log itself: the thread copied it while the
    // writing went on, and a commit only finished what was written meanwhile (it copied all of
    // the ForcePages, 40 MB, before).
    INFO("largest copy by a commit: " << ledger->database().largestCommitCheckpoint() << " pages");
    CHECK(ledger->database().largestCommitCheckpoint() < Checkpointer::ForcePages / 2);
    CHECK(ledger->findings().measure(measure).status == Status::NotStarted);
}
