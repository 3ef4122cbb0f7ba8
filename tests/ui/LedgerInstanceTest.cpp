// One window per ledger (LedgerInstance): a second program asked to open a ledger that is open
// already hands it over and the first comes forward; another ledger, or a program that is gone,
// does not stop it.

#include "main/LedgerInstance.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace rectrack::ui;

TEST_CASE("A ledger open in one window is handed over to it, however its path is written", "[ui][instance]") {
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("台账.sqlite"));
    QFile(file).open(QIODevice::WriteOnly);
    REQUIRE(QFile::link(file, dir.filePath(QStringLiteral("link.sqlite"))));

    LedgerInstance first(file);
    REQUIRE_FALSE(first.handOver()); // nobody has it yet
    REQUIRE(first.listen());
    QSignalSpy raised(&first, &LedgerInstance::raiseRequested);

    SECTION("the same file, by another spelling or a link, goes to the open window") {
        for (const QString& same : {dir.path() + QStringLiteral("/./台账.sqlite"), dir.filePath(QStringLiteral("link.sqlite"))}) {
            CHECK(LedgerInstance(same).handOver());
        }
        CHECK(QTest::qWaitFor([&] { return raised.count() == 2; }, 3000));
    }
    SECTION("another ledger opens in its own window") {
        CHECK_FALSE(LedgerInstance(dir.filePath(QStringLiteral("另一个.sqlite"))).handOver());
        QTest::qWait(200);
        CHECK(raised.isEmpty());
    }
    SECTION("a server's ledger is the same one whatever password came with it, not for another account") {
        const QString server = QStringLiteral("postgresql://zhang@db.example:5432/ledger");
        LedgerInstance onServer(server);
        REQUIRE(onServer.listen());
        QSignalSpy serverRaised(&onServer, &LedgerInstance::raiseRequested);
        CHECK(LedgerInstance(QStringLiteral("postgresql://zhang:secret@db.example:5432/ledger")).handOver());
        CHECK_FALSE(LedgerInstance(QStringLiteral("postgresql://li@db.example:5432/ledger")).handOver());
        CHECK(QTest::qWaitFor([&] { return serverRaised.count() == 1; }, 3000));
    }
}

TEST_CASE("A window that is gone leaves nothing that stops the ledger opening again", "[ui][instance]") {
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("a.sqlite"));
    {
        LedgerInstance gone(file);
        REQUIRE(gone.listen());
    }
    LedgerInstance again(file);
    CHECK_FALSE(again.handOver());
    CHECK(again.listen());

    // a socket file left behind by a program killed with -9: taken over
    const QString name = LedgerInstance::socketName(dir.filePath(QStringLiteral("b.sqlite")));
    const QString leftover = QDir::temp().filePath(name);
    {
        QFile stale(leftover);
        REQUIRE(stale.open(QIODevice::WriteOnly));
    }
    LedgerInstance afterKill(dir.filePath(QStringLiteral("b.sqlite")));
    CHECK_FALSE(afterKill.handOver());
    CHECK(afterKill.listen());
}
