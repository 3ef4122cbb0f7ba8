// The crash harness: rectrack-crash-writer makes random edits on a real file and is killed
// with SIGKILL at a random moment, round after round on the same file. After every kill the
// file must be whole, every edit the writer reported as committed must be there, no
// transaction may be half visible, and the history chain and the dashboard's facts must agree
// with the rows. 20 rounds by default; RECTRACK_CRASH_ROUNDS=500 for the long run
// (RECTRACK_CRASH_WRITER names another copy of the writer, to run it while rebuilding).
#include "ReliabilitySupport.h"

#include "domain/Enums.h"
#include "storage/HistoryVerifier.h"
#include "storage/sqlite/Integrity.h"
#include "storage/Query.h"
#include "support/TestLedger.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>

using namespace rectrack;
using namespace rectrack::test;

namespace {

// What the writer said it committed, and what it was doing when it was killed.
struct Journal {
    QHash<Id, QString> status;        // measure → last committed status (its code)
    QHash<Id, QString> pendingStatus; // measure → status of an edit begun, not confirmed
    QList<std::pair<Id, QString>> notes;   // note id, text
    QList<std::pair<Id, QString>> evidence; // evidence id, sha-256
    QList<std::array<qint64, 3>> imports;  // inspection, findings, measures
    QString inFlight;                       // the last "begin" line without its "ok"
    int commits = 0;

    void read(const QStringList& lines) {
        inFlight.clear();
        pendingStatus.clear();
        commits = 0;
        for (const QString& line : lines) {
            const QStringList w = line.split(u' ');
            if (w.value(0) == u"begin") {
                inFlight = line;
                pendingStatus.clear();
                if (w.value(1) == u"status")
                    pendingStatus[w[2].toLongLong()] = w[3];
                else if (w.value(1) == u"bulk")
                    for (const QString& id : w[3].split(u','))
                        pendingStatus[id.toLongLong()] = w[2];
                continue;
            }
            if (w.value(0) != u"ok")
                continue;
            inFlight.clear();
            pendingStatus.clear();
            ++commits;
            if (w[1] == u"status")
                status[w[2].toLongLong()] = w[3];
            else if (w[1] == u"bulk")
                for (const QString& id : w[3].split(u','))
                    status[id.toLongLong()] = w[2];
            else if (w[1] == u"note")
                notes.append({w[3].toLongLong(), w.mid(4).join(u' ')});
            else if (w[1] == u"evidence")
                evidence.append({w[2].toLongLong(), w[3]});
            else if (w[1] == u"import")
                imports.append({w[2].toLongLong(), w[3].toLongLong(), w[4].toLongLong()});
        }
    }

    QString before(Id measure) const { return status.value(measure, code(Status::NotStarted)); }

    // After a round is checked: an edit killed in flight may or may not have committed; the
    // file says which, and the next round starts from there.
    void settle(Ledger& ledger) {
        Query q(ledger.database().connection(), QStringLiteral("SELECT id, status FROM measures"));
        q.exec();
        while (q.next())
            status[q.value(0).toLongLong()] = q.value(1).toString();
    }
};

QVariant one(Ledger& ledger, const QString& sql, const QVariantList& values = {}) {
    Query q(ledger.database().connection(), sql);
    for (const QVariant& v : values)
        q.add(v);
    return q.scalar();
}

// Everything the journal says was committed is there; the in-flight edit is all or nothing.
void requireCommitted(Ledger& ledger, const Journal& journal) {
    for (auto it = journal.status.cbegin(); it != journal.status.cend(); ++it) {
        const QString stored =
            one(ledger, QStringLiteral("SELECT status FROM measures WHERE id = ?"), {it.key()}).toString();
        INFO("measure " << it.key() << " stored " << stored.toStdString() << " reported " << it.value().toStdString());
        CHECK((stored == it.value() || journal.pendingStatus.value(it.key()) == stored));
    }
    if (journal.inFlight.startsWith(QLatin1String("begin bulk"))) { // all its measures or none moved
        int moved = 0;
        for (auto it = journal.pendingStatus.cbegin(); it != journal.pendingStatus.cend(); ++it) {
            const QString stored =
                one(ledger, QStringLiteral("SELECT status FROM measures WHERE id = ?"), {it.key()}).toString();
            const QString before = journal.before(it.key());
            if (stored == it.value() && before != it.value())
                ++moved;
            else if (stored != before)
                FAIL("measure " << it.key() << " is neither as before nor as the bulk edit would leave it");
        }
        int changing = 0;
        for (auto it = journal.pendingStatus.cbegin(); it != journal.pendingStatus.cend(); ++it)
            changing += journal.before(it.key()) != it.value();
        INFO("a bulk edit killed in flight moved " << moved << " of " << changing);
        CHECK((moved == 0 || moved == changing));
    }
    for (const auto& [id, text] : journal.notes)
        CHECK(one(ledger, QStringLiteral("SELECT text FROM progress_notes WHERE id = ?"), {id}).toString() == text);
    for (const auto& [id, sha] : journal.evidence)
        CHECK(one(ledger, QStringLiteral("SELECT sha256 FROM evidence WHERE id = ?"), {id}).toString() == sha);
    for (const auto& [inspection, findings, measures] : journal.imports) {
        CHECK(one(ledger, QStringLiteral("SELECT count(*) FROM findings WHERE inspection_id = ?"), {inspection})
                  .toLongLong() == findings);
        CHECK(one(ledger,
                  QStringLiteral("SELECT count(*) FROM measures m JOIN findings f ON f.id = m.finding_id "
                                 "WHERE f.inspection_id = ?"),
                  {inspection})
                  .toLongLong() == measures);
    }
    // No import is half there: every imported inspection has all the findings of the bulletin.
    if (!journal.imports.isEmpty()) {
        const qint64 findings = journal.imports.first()[1];
        Query q(ledger.database().connection(),
                QStringLiteral("SELECT i.id, count(f.id) FROM inspections i LEFT JOIN findings f ON f.inspection_id = i.id "
                               "WHERE i.id > 1 GROUP BY i.id"));
        q.exec();
        while (q.next()) {
            INFO("inspection " << q.value(0).toLongLong());
            CHECK(q.value(1).toLongLong() == findings);
        }
    }
}

} // namespace

TEST_CASE("SIGKILL at random moments loses no committed edit and leaves nothing half-written", "[reliability][crash]") {
    const QString bulletin = fixturePath(QStringLiteral("import/feedback-list.txt"));
    const int rounds = qEnvironmentVariableIsSet("RECTRACK_CRASH_ROUNDS")
                           ? qEnvironmentVariableIntValue("RECTRACK_CRASH_ROUNDS")
                           : 20;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crash.sqlite"));
    QRandomGenerator random(20251123);
    CrashFigures figures;
    Journal journal;
    for (int round = 1; round <= rounds; ++round) {
        INFO("round " << round);
        QProcess writer;
        writer.setProcessChannelMode(QProcess::SeparateChannels);
        writer.start(qEnvironmentVariable("RECTRACK_CRASH_WRITER", QStringLiteral(RECTRACK_CRASH_WRITER)),
                     {path, QString::number(round), bulletin});
        REQUIRE(writer.waitForStarted(10000));
        QByteArray output;
        QElapsedTimer ready;
        ready.start();
        while (!output.contains("ready\n")) {
            REQUIRE(writer.state() == QProcess::Running);
            REQUIRE(ready.elapsed() < 60000);
            writer.waitForReadyRead(100);
            output += writer.readAllStandardOutput();
        }
        const int lifeMs = 5 + random.bounded(400);
        QElapsedTimer life;
        life.start();
        while (life.elapsed() < lifeMs) {
            writer.waitForReadyRead(5);
            output += writer.readAllStandardOutput();
        }
        writer.kill(); // SIGKILL
        REQUIRE(writer.waitForFinished(10000));
        output += writer.readAllStandardOutput();
        INFO("writer's errors: " << writer.readAllStandardError().toStdString());
        REQUIRE(writer.exitStatus() == QProcess::CrashExit);

        journal.read(QString::fromUtf8(output).split(u'\n', Qt::SkipEmptyParts));
        figures.add(journal.commits, !journal.inFlight.isEmpty());

        const IntegrityReport integrity = checkIntegrity(path, IntegrityDepth::Full);
        INFO(integrity.problems.join(u'\n').toStdString());
        REQUIRE(integrity.ok);
        auto ledger = Ledger::open(path, std::make_shared<FixedClock>(testToday()), QStringLiteral("harness"));
        requireCommitted(*ledger, journal);
        const VerifyReport history = verifyHistory(ledger->database().connection());
        INFO(history.problems.join(u'\n').toStdString());
        REQUIRE(history.ok());
        const QStringList facts = factsDisagreements(*ledger);
        INFO(facts.join(u'\n').toStdString());
        REQUIRE(facts.isEmpty());
        journal.settle(*ledger);
    }
    figures.print(rounds);
}
