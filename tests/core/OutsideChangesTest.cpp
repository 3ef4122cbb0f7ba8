// Another program's change reaches an open ledger as its scope (OutsideChanges): at once on a
// server (LISTEN/NOTIFY), at the next poll on a file; this program's own changes are not told
// twice; a lost server connection refuses writes, says so, and comes back by itself.

#include "changes/Change.h"
#include "changes/LedgerChanges.h"
#include "changes/OutsideChanges.h"
#include "model/Error.h"
#include "services/SampleData.h"
#include "support/PostgresServer.h"
#include "support/TestLedger.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QUrl>

using namespace rectrack;
using namespace rectrack::test;

namespace {
// Runs the event loop until `done` or `ms` have passed; how long it took, or -1.
template <typename Done> qint64 waitFor(Done&& done, int ms) {
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > ms)
            return -1;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return timer.elapsed();
}

std::unique_ptr<Ledger> secondDesk(const TestLedger& ledger, const QString& actor) {
    return Ledger::open(ledger.path(), std::make_shared<FixedClock>(testToday()), actor, Database::OpenMode::Existing);
}
} // namespace

TEST_CASE("Another program's change arrives as its scope - this program's own are not told again", "[outside]") {
    TestLedger ledger;
    Changes::loadSampleData()->apply(*ledger);
    auto colleague = secondDesk(ledger, QStringLiteral("同事"));
    OutsideChanges outside(*ledger);
    int arrivals = 0;
    QObject::connect(&outside, &OutsideChanges::arrived, [&] { ++arrivals; });
    CHECK(outside.isLive() == testsOnServer());

    Changes::addNote({0, 2, std::nullopt, testToday(), QStringLiteral("同事"), QStringLiteral("同事在另一台电脑上写的")})
        ->apply(*colleague);
    const qint64 took = waitFor([&] { return arrivals > 0; }, OutsideChanges::PollIntervalMs * 3);
    REQUIRE(took >= 0);
    if (testsOnServer())
        CHECK(took < 1000); // told as it commits, not at the next poll
    const ChangeScope scope = outside.take();
    CHECK(scope.findings.contains(2));
    CHECK_FALSE(scope.many);
    CHECK(outside.take().isEmpty()); // taken once

    // this program's own change: announced by its Change, not again as an outside one
    Changes::addNote({0, 3, std::nullopt, testToday(), QStringLiteral("我"), QStringLiteral("自己写的")})->apply(*ledger);
    waitFor([] { return false; }, 300);
    CHECK(outside.take().isEmpty());

    // two programs' changes interleaved: only the other's is told
    Changes::addNote({0, 4, std::nullopt, testToday(), QStringLiteral("同事"), QStringLiteral("同事的第二条")})->apply(*colleague);
    Changes::addNote({0, 5, std::nullopt, testToday(), QStringLiteral("我"), QStringLiteral("我的第二条")})->apply(*ledger);
    const ChangeScope both = outside.take();
    CHECK(both.findings.contains(4));
    CHECK_FALSE(both.findings.contains(5));
}

TEST_CASE("A lost server connection refuses writes with a message and comes back by itself", "[outside][server]") {
    RECTRACK_SERVER_ONLY();
    TestLedger ledger;
    Changes::loadSampleData()->apply(*ledger);
    OutsideChanges outside(*ledger);
    bool lost = false;
    bool restored = false;
    QObject::connect(&outside, &OutsideChanges::connectionLost, [&] { lost = true; });
    QObject::connect(&outside, &OutsideChanges::connectionRestored, [&] { restored = true; });
    const QString database = QUrl(ledger.path()).path().mid(1);
    QString output;
    REQUIRE(PostgresServer::shared()->psql(QStringLiteral("postgres"), {},
                                           QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                                          "WHERE datname = '%1' AND pid <> pg_backend_pid()")
                                               .arg(database),
                                           &output) == 0);
    // the next check finds it gone, or reconnects straight away
    REQUIRE(waitFor([&] { return lost || restored; }, 5000) >= 0);
    if (lost && !restored) {
        try {
            Changes::addNote({0, 2, std::nullopt, testToday(), QStringLiteral("我"), QStringLiteral("断线时写的")})->apply(*ledger);
        } catch (const Error& e) {
            CHECK(e.message().contains(QStringLiteral("连接断开")));
        }
    }
    REQUIRE(waitFor([&] { return restored; }, 5000) >= 0);
    CHECK(outside.isConnected());
    CHECK(outside.isLive());
    const auto note = Changes::addNote({0, 2, std::nullopt, testToday(), QStringLiteral("我"), QStringLiteral("重连以后写的")});
    note->apply(*ledger);
    CHECK(note->createdIn(QStringLiteral("progress_notes")).has_value());
    CHECK(outside.take().many); // after a reconnection everything is read again
}
