// Two programs on one file: the test's own ledger and a second process (the CLI, or the
// crash writer holding a write transaction open). Reads go on while the other writes;
// writes wait for the other's commit, up to the busy timeout, then fail with a clear message;
// an edit of an item the other program changed since it was read is refused with both values.
#include "ReliabilitySupport.h"

#include "changes/LedgerChanges.h"
#include "services/DataGenerator.h"
#include "model/Error.h"
#include "storage/Query.h"
#include "support/TestLedger.h"

#include <QElapsedTimer>
#include <QProcess>

using namespace rectrack;
using namespace rectrack::test;

namespace {

// The second program, holding a write transaction open for `ms`; returns once it holds it.
void startHolder(QProcess& holder, const QString& path, int ms) {
    holder.start(qEnvironmentVariable("RECTRACK_CRASH_WRITER", QStringLiteral(RECTRACK_CRASH_WRITER)),
                 {QStringLiteral("--hold"), path, QString::number(ms)});
    REQUIRE(holder.waitForStarted(10000));
    QByteArray output;
    while (!output.contains("holding")) {
        REQUIRE(holder.waitForReadyRead(10000));
        output += holder.readAllStandardOutput();
    }
}

int notesBy(Ledger& ledger, const QString& author) {
    return Query(ledger.database().connection(), QStringLiteral("SELECT count(*) FROM progress_notes WHERE author = ?"))
        .add(author)
        .scalar()
        .toInt();
}

void prepare(TestLedger& ledger) {
    GeneratorSize size;
    size.findings = 60;
    size.units = 8;
    size.evidenceEvery = 0;
    generateData(*ledger, size);
}

ProgressNote note(Ledger& ledger) {
    return {0, ledger.inspections().inspections().isEmpty() ? 0 : 1, std::nullopt, testToday(),
            QStringLiteral("本程序"), QStringLiteral("本程序写入的进展")};
}

} // namespace

TEST_CASE("Another process writing: reads go on, a write waits for its commit and then goes in", "[reliability][concurrency]") {
    TestLedger ledger;
    prepare(ledger);
    const int findings = ledger->statistics(Scope::all()).findings;
    QProcess holder;
    startHolder(holder, ledger.path(), 1500);

    // Reads do not wait for the other program's transaction, and do not see it yet.
    CHECK(ledger->statistics(Scope::all()).findings == findings);
    CHECK(ledger->views().search(QStringLiteral("整改")).size() > 0);
    CHECK(notesBy(*ledger, QStringLiteral("另一个程序")) == 0);
    CHECK(holder.state() == QProcess::Running);
    CHECK_FALSE(holder.readAllStandardOutput().contains("released"));

    // A write waits (busy timeout) and goes in after the other's commit, which it can see.
    ledger->activity().addNote(note(*ledger));
    CHECK(notesBy(*ledger, QStringLiteral("另一个程序")) == 1);
    CHECK(notesBy(*ledger, QStringLiteral("本程序")) == 1);
    REQUIRE(holder.waitForFinished(10000));
    CHECK(holder.exitCode() == 0);
}

TEST_CASE("A write kept waiting past the busy timeout fails with a clear message and changes nothing",
          "[reliability][concurrency]") {
    TestLedger ledger;
    prepare(ledger);
    QProcess holder;
    startHolder(holder, ledger.path(), 8000);
    try {
        ledger->activity().addNote(note(*ledger));
        FAIL("the write went through while another program held the database");
    } catch (const Error& e) {
        CHECK(e.kind() == Error::Kind::Busy);
        CHECK(e.message().contains(QStringLiteral("另一个程序正在写入")));
    }
    REQUIRE(holder.waitForFinished(15000));
    CHECK(notesBy(*ledger, QStringLiteral("本程序")) == 0);
    CHECK(notesBy(*ledger, QStringLiteral("另一个程序")) == 1);
    ledger->activity().addNote(note(*ledger)); // and once it is free, writing works again
    CHECK(notesBy(*ledger, QStringLiteral("本程序")) == 1);
}

namespace {
Id notStartedMeasure(Ledger& ledger) {
    const Id id = Query(ledger.database().connection(),
                        QStringLiteral("SELECT id FROM measures WHERE status = 'not_started' ORDER BY id LIMIT 1"))
                      .scalar()
                      .toLongLong();
    REQUIRE(id > 0);
    return id;
}

// Another user, 李四, marks the measure completed with the command line.
void completeFromTheCli(const QString& path, Id measureId) {
    QProcess cli;
    cli.start(QStringLiteral(RECTRACK_CLI_PATH),
              {QStringLiteral("--db"), path, QStringLiteral("--user"), QStringLiteral("李四"), QStringLiteral("set-status"),
               QStringLiteral("measure"), QString::number(measureId), QStringLiteral("completed")});
    REQUIRE(cli.waitForFinished(30000));
    INFO(cli.readAllStandardError().toStdString());
    REQUIRE(cli.exitCode() == 0);
}

// A conflict that names the status: the CLI's "completed" against this program's.
void checkStatusConflict(const Error& e, const QString& yours) {
    CHECK(e.kind() == Error::Kind::Conflict);
    bool statusShown = false;
    for (const Error::Difference& d : e.differences())
        if (d.field == u"status") {
            statusShown = true;
            CHECK(d.theirs == QStringLiteral("completed"));
            CHECK(d.yours == yours);
        }
    CHECK(statusShown);
}
} // namespace

TEST_CASE("An item changed by the CLI since this program read it is not overwritten - both values reported",
          "[reliability][concurrency]") {
    TestLedger ledger;
    prepare(ledger);
    const Id measureId = notStartedMeasure(*ledger);
    Measure mine = ledger->findings().measure(measureId); // this program opens the measure

    completeFromTheCli(ledger.path(), measureId); // meanwhile another user completes it

    mine.text += QStringLiteral("（补充）");
    try { // the edit the desktop's form makes: the same core object the CLI's edit went through
        Changes::editMeasure(mine, ledger->activity().result(mine.findingId, measureId))->apply(*ledger);
        FAIL("the stale edit overwrote the other user's change");
    } catch (const Error& e) {
        checkStatusConflict(e, QStringLiteral("not_started"));
    }
    const Measure stored = ledger->findings().measure(measureId);
    CHECK(stored.status == Status::Completed);
    CHECK_FALSE(stored.text.endsWith(QStringLiteral("（补充）")));
}

TEST_CASE("An undo does not overwrite what the CLI changed since - the CLI's edit and the desktop's are the same core change",
          "[reliability][concurrency]") {
    TestLedger ledger;
    prepare(ledger);
    const Id measureId = notStartedMeasure(*ledger);
    // this program marks the measure in progress; its undo is ready
    const auto mine = Changes::setMeasureStatus(measureId, Status::InProgress);
    mine->apply(*ledger);
    const auto undo = mine->inverse();
    REQUIRE(undo);

    completeFromTheCli(ledger.path(), measureId); // another user then completes it

    const qint64 entries = ledger->history().entryCount();
    try {
        undo->apply(*ledger);
        FAIL("the undo overwrote the other user's change");
    } catch (const Error& e) {
        checkStatusConflict(e, QStringLiteral("in_progress"));
    }
    CHECK(ledger->findings().measure(measureId).status == Status::Completed);
    CHECK(ledger->history().entryCount() == entries); // nothing written
    const Id last = ledger->history().lastEntryId();
    CHECK(ledger->history().between(last - 1, last).first().actor == QStringLiteral("李四"));
}

TEST_CASE("The other way round: an edit on the CLI's side made from a stale read is refused the same way",
          "[reliability][concurrency]") {
    TestLedger ledger; // the desktop
    prepare(ledger);
    const Id measureId = notStartedMeasure(*ledger);
    // The command line's side, opened on the same file as rectrack-cli opens it.
    auto cli = Ledger::open(ledger.path(), std::make_shared<FixedClock>(testToday()), QStringLiteral("李四"),
                            Database::OpenMode::Existing);
    Measure theirs = cli->findings().measure(measureId); // read before the desktop's edit

    Changes::setMeasureStatus(measureId, Status::Completed)->apply(*ledger); // the desktop completes it

    theirs.text += QStringLiteral("（命令行补充）");
    try {
        Changes::editMeasure(theirs, cli->activity().result(theirs.findingId, measureId))->apply(*cli);
        FAIL("the command line's stale edit overwrote the desktop's change");
    } catch (const Error& e) {
        checkStatusConflict(e, QStringLiteral("not_started"));
    }
    CHECK(ledger->findings().measure(measureId).status == Status::Completed);
    CHECK_FALSE(ledger->findings().measure(measureId).text.endsWith(QStringLiteral("（命令行补充）")));
}
