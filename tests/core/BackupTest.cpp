// Backups with SQLite's online backup API, restore verified by content, the integrity check.
#include "services/DataGenerator.h"
#include "services/LedgerRestore.h"
#include "storage/sqlite/Backup.h"
#include "model/Error.h"
#include "storage/HistoryVerifier.h"
#include "storage/sqlite/Integrity.h"
#include "storage/Query.h"
#include "storage/Schema.h"
#include "storage/sqlite/SqliteFile.h"
#include "support/TestLedger.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace rectrack;
using namespace rectrack::test;

namespace {
const QDateTime Noon(QDate(2025, 6, 16), QTime(12, 0));

GeneratorSize small() {
    GeneratorSize size;
    size.findings = 120;
    size.units = 10;
    size.evidenceEvery = 10;
    return size;
}

int findingCount(Ledger& ledger) {
    return Query(ledger.database().connection(), QStringLiteral("SELECT count(*) FROM findings")).scalar().toInt();
}

Error::Kind restoreError(const QString& backup, const QString& path) {
    try {
        Backup::restore(backup, path, Noon);
    } catch (const Error& e) {
        return e.kind();
    }
    FAIL("the restore went ahead");
    return Error::Kind::Storage;
}
} // namespace

TEST_CASE("A backup is one consistent file, readable by its owner only, holding what the ledger holds",
          "[file][backup]") {
    TestLedger ledger;
    generateData(*ledger, small());
    const QString path = Backup::make(ledger.path(), Backup::Reason::Manual, Noon);

    CHECK(QFileInfo(path).absolutePath() == Backup::folderFor(ledger.path()));
    CHECK(QFileInfo(path).fileName() == QStringLiteral("20250616-120000-manual.sqlite"));
    CHECK(QFile::permissions(path) == (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
    CHECK((QFile::permissions(Backup::folderFor(ledger.path())) & (QFile::ReadGroup | QFile::ReadOther)) == 0);
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    CHECK_FALSE(QFile::exists(path + QStringLiteral(".part")));
    CHECK(SqliteFile(path, SqliteFile::Mode::ReadOnly).scalar("PRAGMA journal_mode").toString() ==
          QStringLiteral("delete"));
    CHECK(checkIntegrity(path, IntegrityDepth::Full).ok);
    CHECK(contentDigest(path) == contentDigest(ledger.path()));

    // the ledger keeps working; a second copy in the same second gets its own name
    makeFinding(*ledger, ledger->inspections().inspections().first().id, QStringLiteral("备份之后"));
    const QString second = Backup::make(ledger.path(), Backup::Reason::Manual, Noon);
    CHECK(second != path);
    CHECK(contentDigest(second) != contentDigest(path));
    CHECK(Backup::list(ledger.path()).size() == 2);
}

TEST_CASE("Scheduled backups: one per interval, the newest N kept, other kinds left alone", "[file][backup]") {
    TestLedger ledger;
    makeInspection(*ledger, makeRound(*ledger));
    const Backup::Policy policy{24, 3};
    Backup::make(ledger.path(), Backup::Reason::Manual, Noon.addDays(-30));
    Backup::make(ledger.path(), Backup::Reason::Upgrade, Noon.addDays(-20));

    CHECK(Backup::makeIfDue(ledger.path(), Noon, policy).has_value());
    CHECK_FALSE(Backup::makeIfDue(ledger.path(), Noon.addSecs(23 * 3600), policy).has_value());
    for (int day = 1; day <= 5; ++day)
        CHECK(Backup::makeIfDue(ledger.path(), Noon.addDays(day), policy).has_value());

    const QList<Backup::File> files = Backup::list(ledger.path());
    QList<QDateTime> scheduled;
    for (const Backup::File& file : files)
        if (file.reason == Backup::Reason::Scheduled)
            scheduled << file.made;
    CHECK(scheduled == QList<QDateTime>{Noon.addDays(5), Noon.addDays(4), Noon.addDays(3)});
    CHECK(files.last().reason == Backup::Reason::Manual);
    CHECK(files.size() == 5);
    CHECK(Backup::label(Backup::Reason::BeforeRestore) == QStringLiteral("恢复前"));
}

TEST_CASE("Restore writes the backup back, keeps the ledger as it was, and is checked by content", "[file][backup]") {
    TestLedger ledger;
    generateData(*ledger, small());
    const int before = findingCount(*ledger);
    const QString backup = Backup::make(ledger.path(), Backup::Reason::Manual, Noon);
    const QByteArray expected = contentDigest(backup);

    const Id inspection = ledger->inspections().inspections().first().id;
    for (int i = 0; i < 5; ++i)
        makeFinding(*ledger, inspection, QStringLiteral("恢复时会撤掉的问题%1").arg(i));
    const QByteArray changed = contentDigest(ledger.path());

    SECTION("while the program has the ledger open: it reads the restored rows") {
        bool stagedWithThread = true;
        const Backup::Restored restored =
            Backup::restore(backup, ledger.path(), Noon.addSecs(60), {}, [&](Database& staged, const QString&) {
                stagedWithThread = staged.checkpointsInBackground(); // one short write: no thread for it
            });
        CHECK_FALSE(stagedWithThread);
        CHECK(findingCount(*ledger) == before);
        CHECK(contentDigest(restored.previous) == changed);
        CHECK(QFileInfo(restored.previous).fileName().endsWith(QStringLiteral("before-restore.sqlite")));
    }
    SECTION("a closed ledger") {
        ledger.close();
        Backup::restore(backup, ledger.path(), Noon.addSecs(60));
        ledger.reopen();
        CHECK(findingCount(*ledger) == before);
    }
    SECTION("a damaged ledger is moved aside, not overwritten") {
        ledger.close();
        damagePages(ledger.path(), -16);
        CHECK_FALSE(checkIntegrity(ledger.path(), IntegrityDepth::Quick).ok);
        const QByteArray damaged = [&] {
            QFile f(ledger.path());
            REQUIRE(f.open(QIODevice::ReadOnly));
            return f.readAll();
        }();
        const Backup::Restored restored = Backup::restore(backup, ledger.path(), Noon.addSecs(60));
        QFile aside(restored.previous);
        REQUIRE(aside.open(QIODevice::ReadOnly));
        CHECK(aside.readAll() == damaged);
        ledger.reopen();
        CHECK(findingCount(*ledger) == before);
    }
    CHECK(contentDigest(ledger.path()) == expected);
    CHECK(checkIntegrity(ledger.path(), IntegrityDepth::Full).ok);
    CHECK(verifyHistory(ledger->database().connection()).ok());
}

TEST_CASE("A restore is written into the restored ledger's history: who, when, from which backup, where the old one went",
          "[file][backup][history]") {
    TestLedger ledger;
    generateData(*ledger, small());
    const QString backup = Backup::make(ledger.path(), Backup::Reason::Manual, Noon);
    const qint64 entriesInBackup = ledger->history().entryCount();
    makeFinding(*ledger, ledger->inspections().inspections().first().id, QStringLiteral("恢复时会撤掉的问题"));
    ledger.clock()->set(Noon.addSecs(3600));

    QStringList steps;
    const LedgerRestore job = ledger->restoreJob(backup);
    CHECK(job.databasePath == ledger.path());
    const Backup::Restored restored = job.run([&](const QString& step) { steps << step; });
    CHECK(steps.size() == 5); // check the backup, keep the ledger, write, compare, record
    CHECK(steps.first().contains(QStringLiteral("检查备份")));

    ledger.reopen();
    CHECK(ledger->history().entryCount() == entriesInBackup + 1);
    Query last(ledger->database().connection(),
               QStringLiteral("SELECT at, actor, entity, entity_id, finding_id, field, old_value, new_value "
                              "FROM history ORDER BY id DESC LIMIT 1"));
    REQUIRE(last.exec().next());
    CHECK(dateTimeFrom(last.value(0)) == Noon.addSecs(3600));
    CHECK(last.value(1).toString() == ledger->actor());
    CHECK(last.value(2).toString() == RestoredEntity);
    CHECK(last.value(3).toLongLong() == 0);
    CHECK(last.value(4).isNull());
    CHECK(last.value(5).toString() == RestoredField);
    CHECK(last.value(6).toString() == restored.previous);
    CHECK(last.value(7).toString() == backup);
    CHECK(verifyHistory(ledger->database().connection()).ok());
}

TEST_CASE("A ledger that can be read is not restored before it is opened - a damaged one is, and the restore is recorded",
          "[file][backup][history]") {
    TestLedger ledger;
    generateData(*ledger, small());
    const QString backup = Backup::make(ledger.path(), Backup::Reason::Manual, Noon);
    const LedgerRestore job{backup, ledger.path(), ledger.clock(), QStringLiteral("系统用户")};
    try {
        restoreUnreadableLedger(job);
        FAIL("a readable ledger was replaced");
    } catch (const Error& e) {
        CHECK(e.kind() == Error::Kind::Forbidden);
    }
    ledger.close();
    damagePages(ledger.path(), -16);
    const Backup::Restored restored = restoreUnreadableLedger(job);
    CHECK(restored.previous.contains(QStringLiteral(".damaged-")));
    ledger.reopen();
    Query last(ledger->database().connection(), QStringLiteral("SELECT actor, new_value FROM history ORDER BY id DESC LIMIT 1"));
    REQUIRE(last.exec().next());
    CHECK(last.value(0).toString() == QStringLiteral("系统用户"));
    CHECK(last.value(1).toString() == backup);
    CHECK(verifyHistory(ledger->database().connection()).ok());
}

TEST_CASE("Restore refuses a backup it cannot trust and leaves the ledger untouched", "[file][backup]") {
    TestLedger ledger;
    generateData(*ledger, small());
    const QString backup = Backup::make(ledger.path(), Backup::Reason::Manual, Noon);
    makeFinding(*ledger, ledger->inspections().inspections().first().id, QStringLiteral("不能丢的问题"));
    const QByteArray current = contentDigest(ledger.path());
    const QString other = QDir(ledger.dir()).filePath(QStringLiteral("other.sqlite"));

    SECTION("a damaged backup") {
        damagePages(backup, -12);
        CHECK(restoreError(backup, ledger.path()) == Error::Kind::Corrupt);
    }
    SECTION("no such file") {
        CHECK(restoreError(other, ledger.path()) == Error::Kind::NotFound);
    }
    SECTION("a file that is not a database") {
        QFile file(other);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(10000, 'x'));
        file.close();
        CHECK(restoreError(other, ledger.path()) == Error::Kind::Corrupt);
    }
    SECTION("an SQLite database of another program") {
        execRaw(other, QStringLiteral("CREATE TABLE notes (x)"));
        CHECK(restoreError(other, ledger.path()) == Error::Kind::NotRectrack);
    }
    SECTION("a backup from a newer Rectrack") {
        execRaw(backup, QStringLiteral("PRAGMA user_version = %1").arg(Schema::CurrentVersion + 1));
        CHECK(restoreError(backup, ledger.path()) == Error::Kind::NewerVersion);
    }
    CHECK(contentDigest(ledger.path()) == current);
    CHECK(findingCount(*ledger) > 0);
}

TEST_CASE("The integrity check: whole file ok, a damaged page found, a stranger's file reported", "[file][backup]") {
    TestLedger ledger;
    generateData(*ledger, small());
    CHECK(checkIntegrity(ledger.path(), IntegrityDepth::Quick).ok);
    CHECK(checkIntegrity(ledger.path(), IntegrityDepth::Full).ok);
    ledger.close();
    damagePages(ledger.path(), -8);
    const IntegrityReport report = checkIntegrity(ledger.path(), IntegrityDepth::Quick);
    CHECK_FALSE(report.ok);
    CHECK_FALSE(report.problems.isEmpty());

    const QString text = QDir(ledger.dir()).filePath(QStringLiteral("notes.txt"));
    QFile file(text);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("这不是数据库，只是一段文字。\n");
    file.close();
    CHECK_FALSE(checkIntegrity(text, IntegrityDepth::Quick).ok);
}
