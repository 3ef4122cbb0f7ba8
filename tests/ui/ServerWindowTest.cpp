// The desktop on an office's server (docs/server.md): 文件 → 连接服务器… checks the connection
// and says what is wrong in the dialog, remembers the server without its password, and the
// window says which ledger is open. On the test's throwaway PostgreSQL cluster.

#include "UiTestHelpers.h"

#include "dialogs/ConnectServerDialog.h"
#include "main/MainWindow.h"
#include "services/SampleData.h"
#include "support/PostgresServer.h"
#include "support/TestLedger.h"
#include "storage/postgres/PostgresDatabase.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>
#include <QTest>

using namespace rectrack;
using namespace rectrack::test;
using namespace rectrack::ui;

namespace {
template <typename T> T* child(QWidget* parent, const char* name) {
    T* found = parent->findChild<T*>(QString::fromLatin1(name));
    REQUIRE(found != nullptr);
    return found;
}
} // namespace

TEST_CASE("连接服务器 checks the connection, says what is wrong, remembers the server but not its password",
          "[ui][server]") {
    PostgresServer* server = PostgresServer::shared();
    if (!server) {
        SUCCEED("no PostgreSQL to connect to: " << PostgresServer::unavailableReason().toStdString());
        return;
    }
    const ServerLocation ledger = ServerLocation::parse(server->newDatabase());
    ConnectServerDialog dialog;
    dialog.show();
    auto* host = child<QLineEdit>(&dialog, "hostLineEdit");
    auto* database = child<QLineEdit>(&dialog, "databaseLineEdit");
    auto* account = child<QLineEdit>(&dialog, "accountLineEdit");
    auto* error = child<QLabel>(&dialog, "connectErrorLabel");
    auto* connectButton = child<QPushButton>(&dialog, "connectButton");
    clearField(host);
    typeText(host, ledger.host);
    child<QSpinBox>(&dialog, "portSpinBox")->setValue(ledger.port);
    clearField(account);
    typeText(account, ledger.user);
    typeText(child<QLineEdit>(&dialog, "passwordLineEdit"), QStringLiteral("口令不会被保存"));

    SECTION("a database that is not there is said in the dialog, which stays open") {
        clearField(database);
        typeText(database, QStringLiteral("no_such_ledger"));
        connectButton->click();
        CHECK(dialog.isVisible());
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK(error->text().contains(QStringLiteral("no_such_ledger")));
    }
    SECTION("the right one connects; it is remembered without its password") {
        clearField(database);
        typeText(database, ledger.database);
        child<QCheckBox>(&dialog, "keepPasswordCheckBox")->setChecked(false);
        connectButton->click();
        CHECK(dialog.result() == QDialog::Accepted);
        CHECK(dialog.server() == ledger.display());
        CHECK(dialog.password() == QStringLiteral("口令不会被保存"));
        REQUIRE_FALSE(ConnectServerDialog::recentServers().isEmpty());
        CHECK(ConnectServerDialog::recentServers().constFirst() == ledger.display());
        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK_FALSE(QString::fromUtf8(file.readAll()).contains(QStringLiteral("口令不会被保存")));

        ConnectServerDialog again; // filled in from the last server
        CHECK(child<QLineEdit>(&again, "databaseLineEdit")->text() == ledger.database);
        CHECK(child<QLineEdit>(&again, "hostLineEdit")->text() == ledger.host);
    }
}

TEST_CASE("The window on a server's ledger says so in its title and status bar", "[ui][server]") {
    PostgresServer* server = PostgresServer::shared();
    if (!server) {
        SUCCEED("no PostgreSQL to connect to: " << PostgresServer::unavailableReason().toStdString());
        return;
    }
    auto ledger = Ledger::open(server->newDatabase(), std::make_shared<FixedClock>(testToday()), QStringLiteral("t"),
                               Database::OpenMode::Existing);
    loadSampleData(*ledger);
    MainWindow window(*ledger);
    window.show();
    CHECK(window.windowTitle().contains(QStringLiteral("服务器")));
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("服务器上的台账")));
    CHECK(window.findChild<QAction*>(QStringLiteral("connectServerAction")) != nullptr);
}

TEST_CASE("A colleague's edit on the server appears in the open window - typing in progress is kept", "[ui][server]") {
    PostgresServer* server = PostgresServer::shared();
    if (!server) {
        SUCCEED("no PostgreSQL to connect to: " << PostgresServer::unavailableReason().toStdString());
        return;
    }
    auto clock = std::make_shared<FixedClock>(testToday());
    auto ledger = Ledger::open(server->newDatabase(), clock, QStringLiteral("我"), Database::OpenMode::Existing);
    const Id inspection = makeInspection(*ledger, makeRound(*ledger));
    const Id finding = makeFinding(*ledger, inspection, QStringLiteral("原来的标题"));
    checkColleagueEditsShown(*ledger, clock, inspection, finding); // told by the server (LISTEN/NOTIFY)
}
