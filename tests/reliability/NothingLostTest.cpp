// Nothing lost, nothing forged: each way an office could lose its work or have a record changed
// unseen, tried as a careless or hostile user would, with the real program on real files.

#include "ReliabilitySupport.h"
#include "export/AtomicSave.h"
#include "export/TableWriters.h"
#include "services/LedgerRestore.h"
#include "storage/sqlite/Backup.h"
#include "storage/HistoryLog.h"
#include "storage/HistoryVerifier.h"
#include "storage/sqlite/Integrity.h"
#include "storage/OutputGuard.h"
#include "storage/Query.h"
#include "storage/Schema.h"
#include "storage/sqlite/SqliteFile.h"
#include "support/TestLedger.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>

#include <csignal>
#include <zip.h>
#include <unistd.h>

using namespace rectrack;
using namespace rectrack::test;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList& args, const QByteArray& password = {}) {
    QProcess process;
    if (!password.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("RECTRACK_PASSWORD"), QString::fromUtf8(password));
        env.insert(QStringLiteral("RECTRACK_NEW_PASSWORD"), QString::fromUtf8(password));
        process.setProcessEnvironment(env);
    }
    process.start(QStringLiteral(RECTRACK_CLI_PATH), args);
    process.closeWriteChannel(); // nothing typed: a command that asks for input gets none
    REQUIRE(process.waitForFinished(120000));
    Run run{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
    UNSCOPED_INFO("rectrack-cli " << args.join(u' ').toStdString() << " -> " << run.exitCode
                                  << "\nstdout: " << run.out.toStdString() << "\nstderr: " << run.err.toStdString());
    return run;
}

QByteArray fileHash(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// A ledger on disk with an inspection, findings, measures, notes and evidence, closed.
struct WorkingLedger {
    TestLedger ledger;
    Id inspection = 0;
    QList<Id> findings;
    QList<Id> measures;
    WorkingLedger() {
        const Id round = makeRound(*ledger);
        inspection = makeInspection(*ledger, round);
        for (int i = 0; i < 4; ++i) {
            const Id f = makeFinding(*ledger, inspection, QStringLiteral("问题%1").arg(i));
            findings << f;
            measures << makeMeasure(*ledger, f) << makeMeasure(*ledger, f, Status::InProgress);
            ProgressNote note;
            note.findingId = f;
            note.measureId = measures.last();
            note.text = QStringLiteral("进展%1").arg(i);
            note.date = testToday();
            ledger->activity().addNote(note);
            ledger->activity().addEvidence(f, std::nullopt, QStringLiteral("佐证%1.txt").arg(i),
                                           QStringLiteral("证据内容%1").arg(i).toUtf8());
        }
    }
    QString path() const { return ledger.path(); }
    VerifyReport verify() {
        ledger.reopen();
        return verifyHistory(ledger->database().connection());
    }
};

// The ledger at `path` as another program opens it, to look at what the CLI left.
std::unique_ptr<Ledger> openExisting(const QString& path) {
    return Ledger::open(path, std::make_shared<SystemClock>(), QStringLiteral("t"), Database::OpenMode::Existing);
}

qint64 count(Ledger& ledger, const QString& sql) {
    return Query(ledger.database().connection(), sql).scalar().toLongLong();
}

} // namespace

TEST_CASE("No output of the CLI may overwrite the open ledger, its log, its backups or another database",
          "[reliability][nothing-lost]") {
    WorkingLedger work;
    work.ledger.close();
    const QString db = work.path();
    const QDir dir = QFileInfo(db).absoluteDir();
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("backup")}).exitCode == 0);
    const QString aBackup = Backup::list(db).first().path;
    QFile::link(db, dir.filePath(QStringLiteral("link.csv")));
    REQUIRE(::link(QFile::encodeName(db).constData(), QFile::encodeName(dir.filePath(QStringLiteral("hard.csv"))).constData()) == 0);
    REQUIRE(QDir().mkpath(dir.filePath(QStringLiteral("x"))));
    QFile::copy(db, dir.filePath(QStringLiteral("other.sqlite")));
    const QByteArray before = contentDigest(db);

    const QString relative = dir.filePath(QStringLiteral("x/./../")) + QFileInfo(db).fileName();
    const QList<QStringList> attempts = {
        {QStringLiteral("export"), QStringLiteral("findings"), QStringLiteral("--format"), QStringLiteral("csv"),
         QStringLiteral("-o"), db},
        {QStringLiteral("export"), QStringLiteral("measures"), QStringLiteral("--format"), QStringLiteral("xlsx"),
         QStringLiteral("-o"), db},
        {QStringLiteral("export"), QStringLiteral("findings"), QStringLiteral("--format"), QStringLiteral("pdf"),
         QStringLiteral("-o"), db},
        {QStringLiteral("export"), QStringLiteral("findings"), QStringLiteral("--format"), QStringLiteral("csv"),
         QStringLiteral("-o"), relative},
        {QStringLiteral("export"), QStringLiteral("findings"), QStringLiteral("--format"), QStringLiteral("csv"),
         QStringLiteral("-o"), dir.filePath(QStringLiteral("link.csv"))},
        {QStringLiteral("export"), QStringLiteral("findings"), QStringLiteral("--format"), QStringLiteral("csv"),
         QStringLiteral("-o"), dir.filePath(QStringLiteral("hard.csv"))},
        {QStringLiteral("export"), QStringLiteral("findings"), QStringLiteral("--format"), QStringLiteral("csv"),
         QStringLiteral("-o"), db + QStringLiteral("-wal")},
        {QStringLiteral("export"), QStringLiteral("findings"), QStringLiteral("--format"), QStringLiteral("csv"),
         QStringLiteral("-o"), aBackup},
        {QStringLiteral("export"), QStringLiteral("findings"), QStringLiteral("--format"), QStringLiteral("xlsx"),
         QStringLiteral("-o"), dir.filePath(QStringLiteral("other.sqlite"))},
        {QStringLiteral("bulletin"), QString::number(work.inspection), QStringLiteral("--format"), QStringLiteral("txt"),
         QStringLiteral("-o"), db},
        {QStringLiteral("bulletin"), QString::number(work.inspection), QStringLiteral("--format"), QStringLiteral("pdf"),
         QStringLiteral("-o"), relative},
        {QStringLiteral("backup"), QStringLiteral("-o"), db + QStringLiteral("-shm")},
        {QStringLiteral("backup"), QStringLiteral("-o"), Backup::folderFor(db) + QStringLiteral("/mine.sqlite")},
    };
    for (const QStringList& attempt : attempts) {
        const Run run = cli(QStringList{QStringLiteral("--db"), db} + attempt);
        INFO(attempt.join(u' ').toStdString() << ": " << run.err.toStdString());
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("请换")));
    }
    CHECK(contentDigest(db) == before);
    CHECK(checkIntegrity(dir.filePath(QStringLiteral("hard.csv")), IntegrityDepth::Quick).ok);
    CHECK(checkIntegrity(aBackup, IntegrityDepth::Quick).ok);
    CHECK(checkIntegrity(dir.filePath(QStringLiteral("other.sqlite")), IntegrityDepth::Quick).ok);
    CHECK_FALSE(QFile::exists(Backup::folderFor(db) + QStringLiteral("/mine.sqlite")));
    const Run verify = cli({QStringLiteral("--db"), db, QStringLiteral("verify")});
    CHECK(verify.exitCode == 0);

    // An ordinary output next to it is still written.
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("findings"), QStringLiteral("-o"),
               dir.filePath(QStringLiteral("ok.csv"))})
              .exitCode == 0);
}

TEST_CASE("The guard knows the ledgers this process has open, and forgets them when they close",
          "[reliability][nothing-lost]") {
    TestLedger ledger;
    QString why;
    CHECK_FALSE(OutputGuard::isSafeOutput(ledger.path(), &why));
    CHECK(why.contains(QFileInfo(ledger.path()).fileName()));
    CHECK_FALSE(OutputGuard::isSafeOutput(ledger.path() + QStringLiteral("-journal")));
    CHECK(OutputGuard::isSafeOutput(ledger.dir() + QStringLiteral("/report.csv")));
    REQUIRE_THROWS_AS(saveFileAtomically(ledger.path(), "x"), Error);
    ledger.close();
    // Closed, it is still a database: never overwritten.
    CHECK_FALSE(OutputGuard::isSafeOutput(ledger.path(), &why));
    QFile::remove(ledger.path());
    CHECK(OutputGuard::isSafeOutput(ledger.path()));
}

TEST_CASE("Deadlines seen from another day with --today: history, completion and note dates keep the real clock",
          "[reliability][nothing-lost]") {
    WorkingLedger work;
    work.ledger.close();
    const QString db = work.path();
    const QStringList at = {QStringLiteral("--db"), db, QStringLiteral("--today"), QStringLiteral("2020-01-15")};
    REQUIRE(cli(at + QStringList{QStringLiteral("add-note"), QString::number(work.findings[0]), QStringLiteral("x")})
                .exitCode == 0);
    REQUIRE(cli(at + QStringList{QStringLiteral("set-status"), QStringLiteral("measure"),
                                 QString::number(work.measures[0]), QStringLiteral("completed")})
                .exitCode == 0);
    const QDate realToday = QDate::currentDate();
    work.ledger.reopen();
    Ledger& ledger = *work.ledger;
    Query last(ledger.database().connection(), QStringLiteral("SELECT at FROM history ORDER BY id DESC LIMIT 3"));
    last.exec();
    int entries = 0;
    while (last.next()) {
        ++entries;
        CHECK(QDateTime::fromString(last.value(0).toString(), Qt::ISODate).toLocalTime().date() >= realToday.addDays(-1));
    }
    CHECK(entries == 3);
    CHECK(ledger.findings().measure(work.measures[0]).completedDate == realToday);
    Query note(ledger.database().connection(), QStringLiteral("SELECT note_date FROM progress_notes ORDER BY id DESC LIMIT 1"));
    CHECK(QDate::fromString(note.scalar().toString(), Qt::ISODate) == realToday);
    work.ledger.close();

    // An earlier completion is a date the user gives, recorded as such; a future one is refused.
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("set-status"), QStringLiteral("measure"),
                 QString::number(work.measures[1]), QStringLiteral("completed"), QStringLiteral("--completed-on"),
                 QStringLiteral("2026-01-05")})
                .exitCode == 0);
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("set-status"), QStringLiteral("measure"),
               QString::number(work.measures[2]), QStringLiteral("completed"), QStringLiteral("--completed-on"),
               realToday.addDays(3).toString(Qt::ISODate)})
              .exitCode == 2);
    work.ledger.reopen();
    CHECK(work.ledger->findings().measure(work.measures[1]).completedDate == QDate(2026, 1, 5));
    Query recorded(work.ledger->database().connection(),
                   QStringLiteral("SELECT new_value FROM history WHERE entity = 'measures' AND entity_id = ? "
                                  "AND field = 'completed_date' ORDER BY id DESC LIMIT 1"));
    CHECK(recorded.add(work.measures[1]).scalar().toString() == QStringLiteral("2026-01-05"));
}

TEST_CASE("CSV cells a spreadsheet would run as a formula are neutralised, numbers are not",
          "[reliability][nothing-lost]") {
    CHECK(neutralisedCsvCell(QStringLiteral("-cmd|'/C calc'!A0")) == QStringLiteral("'-cmd|'/C calc'!A0"));
    CHECK(neutralisedCsvCell(QStringLiteral("\t=1+1")) == QStringLiteral("'\t=1+1"));
    CHECK(neutralisedCsvCell(QStringLiteral("\r=1+1")) == QStringLiteral("'\r=1+1"));
    CHECK(neutralisedCsvCell(QStringLiteral("=HYPERLINK(\"x\")")) == QStringLiteral("'=HYPERLINK(\"x\")"));
    CHECK(neutralisedCsvCell(QStringLiteral("+1+2")) == QStringLiteral("'+1+2"));
    CHECK(neutralisedCsvCell(QStringLiteral("@SUM(A1)")) == QStringLiteral("'@SUM(A1)"));
    CHECK(neutralisedCsvCell(QStringLiteral("-5")) == QStringLiteral("-5"));
    CHECK(neutralisedCsvCell(QStringLiteral("+3.5")) == QStringLiteral("+3.5"));
    CHECK(neutralisedCsvCell(QStringLiteral("整改-完成")) == QStringLiteral("整改-完成"));

    TestLedger ledger;
    const Id inspection = makeInspection(*ledger, makeRound(*ledger));
    makeFinding(*ledger, inspection, QStringLiteral("-cmd|'/C calc'!A0"));
    makeFinding(*ledger, inspection, QStringLiteral("\t=1+1"));
    ledger.close();
    const QString out = ledger.dir() + QStringLiteral("/out.csv");
    REQUIRE(cli({QStringLiteral("--db"), ledger.path(), QStringLiteral("export"), QStringLiteral("findings"),
                 QStringLiteral("-o"), out})
                .exitCode == 0);
    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK(text.contains(QStringLiteral(",'-cmd|'/C calc'!A0,")));
    CHECK(text.contains(QStringLiteral(",'=1+1,"))); // the title lost its leading tab when saved
    CHECK_FALSE(text.contains(QStringLiteral(",-cmd")));
}

TEST_CASE("Only init creates a ledger: a mistyped or empty --db is an error and creates nothing",
          "[reliability][nothing-lost]") {
    QTemporaryDir dir;
    const QString typo = dir.filePath(QStringLiteral("tbase.sqllite"));
    for (const QString& command : {QStringLiteral("verify"), QStringLiteral("stats"), QStringLiteral("backups")}) {
        const Run run = cli({QStringLiteral("--db"), typo, command});
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("找不到台账数据库")));
        CHECK_FALSE(QFile::exists(typo));
    }
    const Run user = cli({QStringLiteral("--db"), typo, QStringLiteral("user"), QStringLiteral("list")});
    CHECK(user.exitCode == 1);
    const QString deep = dir.filePath(QStringLiteral("no/such/dir/x.sqlite"));
    CHECK(cli({QStringLiteral("--db"), deep, QStringLiteral("stats")}).exitCode == 1);
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("no"))));

    const QString empty = dir.filePath(QStringLiteral("empty.sqlite"));
    QFile(empty).open(QIODevice::WriteOnly);
    const Run onEmpty = cli({QStringLiteral("--db"), empty, QStringLiteral("stats")});
    CHECK(onEmpty.exitCode == 1);
    CHECK(onEmpty.err.contains(QStringLiteral("0 字节")));
    CHECK(QFileInfo(empty).size() == 0);

    CHECK(cli({QStringLiteral("--db"), typo, QStringLiteral("init")}).exitCode == 0);
    CHECK(cli({QStringLiteral("--db"), typo, QStringLiteral("verify")}).exitCode == 0);
}

TEST_CASE("verify finds every row deleted behind the program's back, and none the program deleted",
          "[reliability][nothing-lost]") {
    const QList<std::pair<QString, QString>> deletions = {
        {QStringLiteral("measures"), QStringLiteral("DELETE FROM measures WHERE id = 2")},
        {QStringLiteral("findings"), QStringLiteral("DELETE FROM findings WHERE id = 3")},
        {QStringLiteral("progress_notes"), QStringLiteral("DELETE FROM progress_notes WHERE id = 1")},
        {QStringLiteral("evidence"), QStringLiteral("DELETE FROM evidence WHERE id = 2")},
        {QStringLiteral("inspections"), QStringLiteral("DELETE FROM inspections")},
        {QStringLiteral("settings"), QStringLiteral("DELETE FROM settings")},
        {QStringLiteral("units"), QStringLiteral("DELETE FROM units")},
    };
    for (const auto& [table, sql] : deletions) {
        DYNAMIC_SECTION(sql.toStdString()) {
            WorkingLedger work;
            work.ledger->settings().setPolicy(5, true); // a settings row
            work.ledger->units().unitNamed(QStringLiteral("某单位"));
            REQUIRE(work.verify().ok());
            work.ledger.close();
            execRaw(work.path(), sql);
            const VerifyReport report = work.verify();
            CHECK_FALSE(report.ok());
            CHECK(report.problems.join(u'\n').contains(table));
        }
    }

    SECTION("deletions through the program, cascades and cleared references included, all verify") {
        WorkingLedger work;
        const Id unit = work.ledger->units().unitNamed(QStringLiteral("牵头单位"));
        const Id other = work.ledger->units().unitNamed(QStringLiteral("配合单位"));
        Finding f = work.ledger->findings().finding(work.findings[0]);
        f.leadUnitId = unit;
        f.coUnitIds = {unit, other};
        work.ledger->findings().updateFinding(f);
        Measure m = work.ledger->findings().measure(work.measures[0]);
        m.unitId = unit;
        work.ledger->findings().updateMeasure(m, testToday());
        REQUIRE(work.verify().ok());
        work.ledger->units().removeUnit(unit);         // set null on the finding and the measure, co-unit gone
        work.ledger->findings().removeFinding(work.findings[1]); // its measures, notes and evidence with it
        work.ledger->findings().removeMeasure(work.measures[4]);
        const VerifyReport report = work.verify();
        INFO(report.problems.join(u'\n').toStdString());
        CHECK(report.ok());
        // each row that went with a deleted one has its own entry
        CHECK(count(*work.ledger, QStringLiteral("SELECT count(*) FROM history WHERE action = 'delete' AND entity = "
                                                 "'progress_notes'")) == 1);
        CHECK(count(*work.ledger, QStringLiteral("SELECT count(*) FROM history WHERE action = 'delete' AND entity = "
                                                 "'evidence'")) == 1);
        CHECK(count(*work.ledger, QStringLiteral("SELECT count(*) FROM history WHERE action = 'delete' AND entity = "
                                                 "'measures'")) == 3);
        CHECK(count(*work.ledger, QStringLiteral("SELECT count(*) FROM history WHERE field = 'lead_unit_id' "
                                                 "AND new_value IS NULL")) == 1);
    }
}

TEST_CASE("Accounts deleted behind the program's back do not open the ledger to everyone",
          "[reliability][nothing-lost]") {
    TestLedger ledger;
    ledger->accounts().addAccount(QStringLiteral("boss"), Role::Administrator, QStringLiteral("secret-pass-1"));
    ledger->signIn(QStringLiteral("boss"), QStringLiteral("secret-pass-1"));
    const Id inspection = makeInspection(*ledger, makeRound(*ledger));
    makeFinding(*ledger, inspection);
    const QString backup = ledger->backupNow();
    ledger.close();
    execRaw(ledger.path(), QStringLiteral("DELETE FROM accounts"));

    ledger.reopen();
    CHECK_FALSE(ledger->can(Operation::EditLedger));
    CHECK_THROWS_AS(makeFinding(*ledger, inspection), Error);
    CHECK_THROWS_AS(ledger->accounts().addAccount(QStringLiteral("intruder"), Role::Administrator,
                                                  QStringLiteral("intruder-pass")),
                    Error);
    CHECK_FALSE(verifyHistory(ledger->database().connection()).ok());
    ledger.close();

    const QString db = ledger.path();
    const Run write = cli({QStringLiteral("--db"), db, QStringLiteral("add-note"), QStringLiteral("1"), QStringLiteral("x")});
    CHECK(write.exitCode == 1);
    CHECK(write.err.contains(QStringLiteral("账号被绕过程序删除")));
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("intruder"),
               QStringLiteral("--role"), QStringLiteral("admin")},
              "intruder-pass")
              .exitCode == 1);
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("boss"), QStringLiteral("add-note"),
               QStringLiteral("1"), QStringLiteral("x")})
              .exitCode != 0);
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("verify")}).exitCode == 1);
    // Reading and backing up still work, for the way out.
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("stats")}).exitCode == 0);
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("backup")}).exitCode == 0);
    // The way out the message points to works: a restore brings the accounts back.
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("restore"), backup}).exitCode == 0);
    auto restored = openExisting(db);
    CHECK(restored->needsSignIn());
    CHECK(restored->writeRefusal().isEmpty());
}

TEST_CASE("verify finds a replaced evidence file and a planted co-unit", "[reliability][nothing-lost]") {
    SECTION("evidence content") {
        WorkingLedger work;
        work.ledger.close();
        execRaw(work.path(), QStringLiteral("UPDATE evidence_blobs SET data = X'00112233' WHERE rowid = 1"));
        const VerifyReport report = work.verify();
        CHECK_FALSE(report.ok());
        CHECK(report.problems.join(u'\n').contains(QStringLiteral("SHA-256")));
    }
    SECTION("co-unit link") {
        WorkingLedger work;
        const Id unit = work.ledger->units().unitNamed(QStringLiteral("某单位"));
        work.ledger.close();
        execRaw(work.path(), QStringLiteral("INSERT INTO finding_units (finding_id, unit_id) VALUES (1, %1)").arg(unit));
        const VerifyReport report = work.verify();
        CHECK_FALSE(report.ok());
        CHECK(report.problems.join(u'\n').contains(QStringLiteral("co_unit_ids")));
    }
}

TEST_CASE("verify finds a changed row_version, created_at or updated_at, and an upgrade sets them from the history",
          "[reliability][nothing-lost]") {
    WorkingLedger work;
    // edits of several fields at once, co-units set and changed, a unit's removal clearing them
    const Id unit = work.ledger->units().unitNamed(QStringLiteral("牵头单位"));
    const Id other = work.ledger->units().unitNamed(QStringLiteral("配合单位"));
    Finding f = work.ledger->findings().finding(work.findings[0]);
    f.title = QStringLiteral("改过的标题");
    f.description = QStringLiteral("改过的描述");
    f.coUnitIds = {unit, other};
    work.ledger->findings().updateFinding(f);
    work.ledger->findings().setMeasureStatus(work.measures[0], Status::Completed, testToday());
    work.ledger->units().removeUnit(other);
    const VerifyReport clean = work.verify();
    INFO(clean.problems.join(u'\n').toStdString());
    REQUIRE(clean.ok());
    // one version per recorded change: title, description, co-units twice, the status its measure set
    CHECK(count(*work.ledger, QStringLiteral("SELECT row_version FROM findings WHERE id = %1").arg(work.findings[0])) == 6);

    const QList<std::pair<QString, QString>> forgeries = {
        {QStringLiteral("row_version"), QStringLiteral("UPDATE findings SET row_version = row_version + 5 WHERE id = 1")},
        {QStringLiteral("row_version"), QStringLiteral("UPDATE measures SET row_version = 1 WHERE id = 1")},
        {QStringLiteral("created_at"), QStringLiteral("UPDATE findings SET created_at = '2020-01-01T08:00:00.000Z' WHERE id = 2")},
        {QStringLiteral("updated_at"), QStringLiteral("UPDATE measures SET updated_at = '2031-05-05T08:00:00.000Z' WHERE id = 3")},
        {QStringLiteral("updated_at"), QStringLiteral("UPDATE inspections SET updated_at = '2020-01-01T08:00:00.000Z'")},
        {QStringLiteral("row_version"), QStringLiteral("UPDATE units SET row_version = 9")},
    };
    for (const auto& [column, sql] : forgeries) {
        DYNAMIC_SECTION(sql.toStdString()) {
            work.ledger.close();
            execRaw(work.path(), sql);
            const VerifyReport report = work.verify();
            CHECK_FALSE(report.ok());
            INFO(report.problems.join(u'\n').toStdString());
            CHECK(report.problems.join(u'\n').contains(column));
        }
    }
    SECTION("a ledger of schema 3 gets them from its history when it is upgraded") {
        work.ledger.close();
        execRaw(work.path(), QStringLiteral("UPDATE findings SET row_version = 1, updated_at = created_at"));
        execRaw(work.path(), QStringLiteral("UPDATE measures SET row_version = 2"));
        execRaw(work.path(), QStringLiteral("ALTER TABLE inspections DROP COLUMN stated_totals"));
        execRaw(work.path(), QStringLiteral("ALTER TABLE findings DROP COLUMN withheld"));
        execRaw(work.path(), QStringLiteral("PRAGMA user_version = 3"));
        const VerifyReport report = work.verify(); // reopens: the upgrade runs
        INFO(report.problems.join(u'\n').toStdString());
        CHECK(report.ok());
        CHECK(count(*work.ledger, QStringLiteral("SELECT row_version FROM findings WHERE id = %1").arg(work.findings[0])) == 6);
        CHECK(count(*work.ledger, QStringLiteral("PRAGMA user_version")) == Schema::CurrentVersion);
    }
}

TEST_CASE("A restore waits for a writer, keeps every acknowledged edit, and happens whole with its history entry",
          "[reliability][nothing-lost]") {
    WorkingLedger work;
    const QString backup = work.ledger->backupNow();
    work.ledger.close();
    const QString db = work.path();
    // Work acknowledged after the backup: it must survive in the set-aside copy.
    for (int i = 0; i < 5; ++i)
        REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("add-note"), QStringLiteral("1"),
                     QStringLiteral("备份之后%1").arg(i)})
                    .exitCode == 0);

    SECTION("notes added by another process while it restores are in the ledger or in the copy set aside") {
        QProcess writer; // adds notes one after another for the whole restore
        writer.start(QStringLiteral("/bin/sh"),
                     {QStringLiteral("-c"),
                      QStringLiteral("i=0; while [ $i -lt 40 ]; do \"%1\" --db \"%2\" add-note 2 \"并发$i\" >/dev/null && echo ok$i; "
                                     "i=$((i+1)); done")
                          .arg(QStringLiteral(RECTRACK_CLI_PATH), db)});
        REQUIRE(writer.waitForStarted());
        QThread::msleep(300);
        const Run restore = cli({QStringLiteral("--db"), db, QStringLiteral("restore"), backup, QStringLiteral("--json")});
        REQUIRE(writer.waitForFinished(300000));
        const QStringList acknowledged =
            QString::fromUtf8(writer.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        REQUIRE(restore.exitCode == 0);
        const QString previous =
            QJsonDocument::fromJson(restore.out.toUtf8()).object().value(QStringLiteral("previous")).toString();
        REQUIRE(QFile::exists(previous));
        const auto notesIn = [](const QString& path) {
            auto ledger = openExisting(path);
            QStringList texts;
            Query q(ledger->database().connection(), QStringLiteral("SELECT text FROM progress_notes"));
            q.exec();
            while (q.next())
                texts << q.value(0).toString();
            return texts;
        };
        const QStringList now = notesIn(db);
        const QStringList aside = notesIn(previous);
        for (const QString& ok : acknowledged) {
            const QString text = QStringLiteral("并发") + ok.mid(2);
            INFO(text.toStdString());
            CHECK((now.contains(text) || aside.contains(text)));
        }
        for (int i = 0; i < 5; ++i)
            CHECK(aside.contains(QStringLiteral("备份之后%1").arg(i)));
        CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("verify")}).exitCode == 0);
    }

    SECTION("while another program holds the write lock, it fails and changes nothing") {
        auto hold = std::make_unique<SqliteFile>(db, SqliteFile::Mode::ReadWrite);
        hold->exec("BEGIN IMMEDIATE");
        const QByteArray before = fileHash(db);
        const Run restore = cli({QStringLiteral("--db"), db, QStringLiteral("restore"), backup});
        CHECK(restore.exitCode == 1);
        hold->exec("ROLLBACK");
        hold.reset();
        CHECK(fileHash(db) == before);
        CHECK(Backup::list(db).size() == 1); // no copy set aside for a restore that did not happen
        const QDir folder(Backup::folderFor(db));
        CHECK(folder.entryList({QStringLiteral("*.part*")}, QDir::AllEntries | QDir::Hidden).isEmpty());
    }

    SECTION("killed at any moment, the restore has happened with its entry, or not at all") {
        const int rounds = qEnvironmentVariableIntValue("RECTRACK_LONG") > 0 ? 40 : 8;
        int happened = 0;
        qint64 entriesBefore = 0;
        for (int round = 0; round < rounds; ++round) {
            // A note acknowledged before this round: gone only if the backup really came back.
            const QString marker = QStringLiteral("第%1轮").arg(round);
            REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("add-note"), QStringLiteral("1"), marker}).exitCode == 0);
            QProcess restore;
            restore.start(QStringLiteral(RECTRACK_CLI_PATH), {QStringLiteral("--db"), db, QStringLiteral("restore"), backup});
            REQUIRE(restore.waitForStarted());
            QThread::msleep(QRandomGenerator::global()->bounded(5, 250));
            ::kill(static_cast<pid_t>(restore.processId()), SIGKILL);
            restore.waitForFinished();
            auto ledger = openExisting(db);
            Query q(ledger->database().connection(), QStringLiteral("SELECT count(*) FROM progress_notes WHERE text = ?"));
            const bool restored = q.add(marker).scalar().toInt() == 0;
            const qint64 entries = count(*ledger, QStringLiteral("SELECT count(*) FROM history WHERE entity = 'ledger' "
                                                                 "AND field = 'restored_from'"));
            INFO("round " << round << (restored ? ": restored" : ": not restored"));
            CHECK(entries == (restored ? 1 : entriesBefore)); // the backup has none; a restore adds one
            const VerifyReport report = verifyHistory(ledger->database().connection());
            INFO(report.problems.join(u'\n').toStdString());
            CHECK(report.ok());
            entriesBefore = entries;
            happened += restored ? 1 : 0;
        }
        // Left by a killed copy: cleaned once no copy has written it for a while.
        const QDir folder(Backup::folderFor(db));
        for (const QFileInfo& part : folder.entryInfoList({QStringLiteral("*.part*")}, QDir::AllEntries | QDir::Hidden)) {
            if (part.isDir()) {
                QDir(part.absoluteFilePath()).removeRecursively();
                continue;
            }
            QFile file(part.absoluteFilePath());
            REQUIRE(file.open(QIODevice::ReadWrite));
            file.setFileTime(QDateTime::currentDateTime().addSecs(-3600), QFileDevice::FileModificationTime);
        }
        REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("backup")}).exitCode == 0);
        CHECK(folder.entryList({QStringLiteral("*.part")}, QDir::Files | QDir::Hidden).isEmpty());
        WARN("restores killed: " << rounds << ", of which had happened: " << happened);
    }
}

TEST_CASE("import --update of a newer version keeps notes, evidence and statuses, and refuses silent removals",
          "[reliability][nothing-lost]") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("ledger.sqlite"));
    const auto write = [&](const QString& name, const QString& text) {
        QFile f(dir.filePath(name));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(text.toUtf8());
        return f.fileName();
    };
    const QString head = QStringLiteral("关于县委第二巡察组对示例局党组巡察整改情况的通报\n\n"
                                        "根据县委统一部署，第二巡察组对示例局党组开展了常规巡察。\n\n"
                                        "二、集中整改进展情况\n\n（一）正在推进整改的问题 2 个\n\n");
    const QString v1 = write(QStringLiteral("v1.txt"),
                             head + QStringLiteral("1. 关于“制度执行不严。”问题的整改\n\n整改措施：①修订内控制度。\n\n"
                                                   "2. 关于“台账登记缺失。”问题的整改\n\n整改措施：补录台账。\n"));
    const QString v2 = write(QStringLiteral("v2.txt"),
                             head + QStringLiteral("1. 关于“内部制度执行不严。”问题的整改\n\n整改措施：①修订内控制度。②开展制度培训。\n"));
    const QStringList at = {QStringLiteral("--db"), db};
    REQUIRE(cli(at + QStringList{QStringLiteral("init")}).exitCode == 0);
    REQUIRE(cli(at + QStringList{QStringLiteral("import"), v1}).exitCode == 0);
    REQUIRE(cli(at + QStringList{QStringLiteral("add-note"), QStringLiteral("1"), QStringLiteral("已修订")}).exitCode == 0);
    REQUIRE(cli(at + QStringList{QStringLiteral("add-note"), QStringLiteral("2"), QStringLiteral("已补录一半")}).exitCode == 0);
    const auto entries = [&] {
        auto ledger = openExisting(db);
        return ledger->history().entryCount();
    };
    const qint64 before = entries();

    const Run dry = cli(at + QStringList{QStringLiteral("import"), v2, QStringLiteral("--update"), QStringLiteral("--dry-run"),
                                         QStringLiteral("--json")});
    REQUIRE(dry.exitCode == 0);
    const QJsonObject plan = QJsonDocument::fromJson(dry.out.toUtf8()).object()[QStringLiteral("update")].toObject();
    CHECK(plan[QStringLiteral("findings_updated")].toInt() == 1);
    CHECK(plan[QStringLiteral("findings_removed")].toInt() == 1);
    CHECK(plan[QStringLiteral("measures_added")].toInt() == 1);
    CHECK(plan[QStringLiteral("removals_needing_confirmation")].toArray().size() == 1);
    CHECK(entries() == before);

    const Run refused = cli(at + QStringList{QStringLiteral("import"), v2, QStringLiteral("--update")});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("台账登记缺失")));
    CHECK(refused.err.contains(QStringLiteral("--allow-removal")));
    CHECK(entries() == before);

    const Run kept = cli(at + QStringList{QStringLiteral("import"), v2, QStringLiteral("--update"),
                                          QStringLiteral("--allow-removal"), QStringLiteral("--json")});
    REQUIRE(kept.exitCode == 0);
    auto ledger = openExisting(db);
    const QList<Finding> findings = ledger->findings().findings(1);
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].id == 1);
    CHECK(findings[0].title.startsWith(QStringLiteral("内部制度执行不严")));
    CHECK(ledger->activity().notes(1).size() == 1);
    CHECK(ledger->findings().measures(1).size() == 2);
    CHECK(verifyHistory(ledger->database().connection()).ok());
}

TEST_CASE("The history records that a password changed, never its hash or salt - a replaced hash is still found",
          "[reliability][nothing-lost]") {
    TestLedger ledger;
    const Id boss = ledger->accounts().addAccount(QStringLiteral("boss"), Role::Administrator, QStringLiteral("first-secret"));
    ledger->signIn(QStringLiteral("boss"), QStringLiteral("first-secret"));
    CHECK_THROWS_AS(ledger->accounts().addAccount(QStringLiteral("short"), Role::Staff, QStringLiteral("1234567")), Error);
    ledger->accounts().setPassword(boss, QStringLiteral("second-secret"), QStringLiteral("boss"));
    Query secrets(ledger->database().connection(), QStringLiteral("SELECT password_hash, password_salt FROM accounts"));
    secrets.exec();
    REQUIRE(secrets.next());
    const QString hash = secrets.value(0).toString();
    const QString salt = secrets.value(1).toString();
    Query history(ledger->database().connection(),
                  QStringLiteral("SELECT count(*) FROM history WHERE coalesce(old_value, '') || coalesce(new_value, '') "
                                 "LIKE ? OR coalesce(old_value, '') || coalesce(new_value, '') LIKE ?"));
    CHECK(history.add(QStringLiteral("%") + hash.left(16) + QStringLiteral("%"))
              .add(QStringLiteral("%") + salt.left(16) + QStringLiteral("%"))
              .scalar()
              .toInt() == 0);
    Query changed(ledger->database().connection(),
                  QStringLiteral("SELECT count(*) FROM history WHERE entity = 'accounts' AND field = 'password_hash'"));
    CHECK(changed.scalar().toInt() == 1);
    CHECK(verifyHistory(ledger->database().connection()).ok());
    ledger.close();
    execRaw(ledger.path(), QStringLiteral("UPDATE accounts SET password_hash = 'aa%1'").arg(hash.mid(2)));
    ledger.reopen();
    const VerifyReport report = verifyHistory(ledger->database().connection());
    CHECK_FALSE(report.ok());
    CHECK(report.problems.join(u'\n').contains(QStringLiteral("password_hash")));
}

namespace {
// What a hostile script does: rewrites a finding's title and its history, then recomputes every
// hash after it, so that the chain alone looks intact.
void rewriteTitleAndChain(const QSqlDatabase& db, Id finding, const QString& from, const QString& to) {
    Query(db, QStringLiteral("UPDATE findings SET title = ? WHERE id = ?")).add(to).add(finding).exec();
    Query(db, QStringLiteral("UPDATE history SET new_value = replace(new_value, ?, ?) WHERE entity = 'findings' "
                             "AND entity_id = ? AND action = 'create'"))
        .add(from)
        .add(to)
        .add(finding)
        .exec();
    Query all(db, QStringLiteral("SELECT id, at, actor, entity, entity_id, action, field, old_value, new_value, "
                                 "finding_id FROM history ORDER BY id"));
    all.exec();
    QString previous = HistoryLog::genesisHash();
    QList<std::pair<Id, std::pair<QString, QString>>> rewritten;
    while (all.next()) {
        HistoryEntry e;
        e.id = all.value(0).toLongLong();
        e.at = dateTimeFrom(all.value(1));
        e.actor = all.value(2).toString();
        e.entity = all.value(3).toString();
        e.entityId = all.value(4).toLongLong();
        e.action = all.value(5).toString();
        e.field = all.value(6).toString();
        e.oldValue = all.value(7).isNull() ? std::nullopt : std::optional<QString>(all.value(7).toString());
        e.newValue = all.value(8).isNull() ? std::nullopt : std::optional<QString>(all.value(8).toString());
        e.findingId = optionalId(all.value(9));
        const QString hash = HistoryLog::hashOf(previous, e);
        rewritten.append({e.id, {previous, hash}});
        previous = hash;
    }
    for (const auto& [id, hashes] : rewritten)
        Query(db, QStringLiteral("UPDATE history SET prev_hash = ?, hash = ? WHERE id = ?"))
            .add(hashes.first)
            .add(hashes.second)
            .add(id)
            .exec();
}
} // namespace

TEST_CASE("A recomputed chain is caught by its anchors: verify --anchor, exported files and the anchors kept outside",
          "[reliability][nothing-lost][anchor]") {
    QTemporaryDir anchors;
    qputenv("RECTRACK_ANCHORS_DIR", anchors.path().toUtf8());
    WorkingLedger work;
    work.ledger.close();
    const QString db = work.path();
    const QDir dir = QFileInfo(db).absoluteDir();
    const QStringList at = {QStringLiteral("--db"), db};
    const Run verify = cli(at + QStringList{QStringLiteral("verify"), QStringLiteral("--json")});
    REQUIRE(verify.exitCode == 0);
    const QString head = QJsonDocument::fromJson(verify.out.toUtf8())
                             .object()[QStringLiteral("head")]
                             .toObject()[QStringLiteral("anchor")]
                             .toString();
    REQUIRE(head.startsWith(QStringLiteral("rectrack-anchor:")));
    const QStringList files = {dir.filePath(QStringLiteral("l.csv")), dir.filePath(QStringLiteral("l.xlsx")),
                               dir.filePath(QStringLiteral("l.pdf")), dir.filePath(QStringLiteral("b.pdf"))};
    REQUIRE(cli(at + QStringList{QStringLiteral("export"), QStringLiteral("findings"), QStringLiteral("-o"), files[0]}).exitCode == 0);
    REQUIRE(cli(at + QStringList{QStringLiteral("export"), QStringLiteral("measures"), QStringLiteral("-o"), files[1]}).exitCode == 0);
    REQUIRE(cli(at + QStringList{QStringLiteral("export"), QStringLiteral("findings"), QStringLiteral("-o"), files[2]}).exitCode == 0);
    REQUIRE(cli(at + QStringList{QStringLiteral("bulletin"), QString::number(work.inspection), QStringLiteral("-o"), files[3]}).exitCode == 0);
    const Run backup = cli(at + QStringList{QStringLiteral("backup"), QStringLiteral("--json")});
    REQUIRE(backup.exitCode == 0);
    const QString copy = QJsonDocument::fromJson(backup.out.toUtf8()).object()[QStringLiteral("backup")].toString();
    for (const QString& anchor : files + QStringList{copy, head})
        CHECK(cli(at + QStringList{QStringLiteral("verify"), QStringLiteral("--anchor"), anchor}).exitCode == 0);

    {
        auto ledger = openExisting(db);
        rewriteTitleAndChain(ledger->database().connection(), work.findings[0], QStringLiteral("问题0"),
                             QStringLiteral("没有问题"));
        // The chain and the rows agree again: on its own, verify cannot tell.
        CHECK(verifyHistory(ledger->database().connection()).ok());
    }
    for (const QString& anchor : files + QStringList{copy, head}) {
        const Run run = cli(at + QStringList{QStringLiteral("verify"), QStringLiteral("--anchor"), anchor});
        INFO(anchor.toStdString());
        CHECK(run.exitCode == 1);
        CHECK(run.out.contains(QStringLiteral("改写")));
    }
    // The anchors this user's programs saw are checked without being asked for.
    const Run plain = cli(at + QStringList{QStringLiteral("verify")});
    CHECK(plain.exitCode == 1);
    const Run stats = cli(at + QStringList{QStringLiteral("stats")});
    CHECK(stats.exitCode == 0);
    CHECK(stats.err.contains(QStringLiteral("警告")));
    qunsetenv("RECTRACK_ANCHORS_DIR");
}

TEST_CASE("verify rebuilds the derived tables in thought: planted search text and a changed tally are named",
          "[reliability][nothing-lost]") {
    SECTION("text planted in the search index") {
        WorkingLedger work;
        work.ledger.close();
        execRaw(work.path(), QStringLiteral("INSERT INTO search_index (rowid, body, finding_id) VALUES (4000, '伪造的整改成效', 1)"));
        const VerifyReport report = work.verify();
        CHECK_FALSE(report.ok());
        CHECK(report.problems.join(u'\n').contains(QStringLiteral("全文检索索引")));
    }
    SECTION("a tally changed by hand") {
        WorkingLedger work;
        work.ledger.close();
        execRaw(work.path(), QStringLiteral("UPDATE tally_inspections SET problems = problems + 5"));
        const VerifyReport report = work.verify();
        CHECK_FALSE(report.ok());
        CHECK(report.problems.join(u'\n').contains(QStringLiteral("统计汇总表")));
    }
}

TEST_CASE("A Word file whose body inflates past the limit is refused as it inflates", "[reliability][nothing-lost]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bomb.docx"));
    {
        int error = 0;
        zip_t* archive = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
        REQUIRE(archive);
        // 70 MB of one letter: a few hundred kilobytes once compressed
        static QByteArray body = QByteArray("<w:document><w:body><w:p><w:t>") + QByteArray(70 * 1024 * 1024, 'a') +
                                 QByteArray("</w:t></w:p></w:body></w:document>");
        zip_source_t* source = zip_source_buffer(archive, body.constData(), static_cast<zip_uint64_t>(body.size()), 0);
        REQUIRE(zip_file_add(archive, "word/document.xml", source, ZIP_FL_OVERWRITE) >= 0);
        REQUIRE(zip_close(archive) == 0);
        body.clear();
        body.squeeze();
    }
    CHECK(QFileInfo(path).size() < 2 * 1024 * 1024);
    const Run run = cli({QStringLiteral("import"), path, QStringLiteral("--dry-run")});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("过大")));
}
