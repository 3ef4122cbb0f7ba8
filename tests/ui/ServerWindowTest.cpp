// The desktop on an office's server (docs/server.md): 文件 → 连接服务器… checks the connection
// and says what is wrong in the dialog, remembers the server without its password, and the
// window says which ledger is open. On the test's throwaway PostgreSQL cluster.

#include "UiTestHelpers.h"

#include "changes/LedgerChanges.h"
#include "dialogs/ConnectServerDialog.h"
#include "ledger/LedgerPanel.h"
#include "storage/HistoryVerifier.h"
#include "storage/Query.h"
#include "main/MainWindow.h"
#include "services/SampleData.h"
#include "support/PostgresServer.h"
#include "support/TestLedger.h"
#include "storage/postgres/PostgresDatabase.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>
#include <QTest>
#include <QTreeWidget>
#include <QUrl>

using namespace rectrack;
using namespace rectrack::test;
using namespace rectrack::ui;

namespace {
template <typename T> T* child(QWidget* parent, const char* name) {
    T* found = parent->findChild<T*>(QString::fromLatin1(name));
    REQUIRE(found != nullptr);
    return found;
}

void trigger(QWidget& window, const char* actionName) {
    QAction* action = window.findChild<QAction*>(QString::fromLatin1(actionName));
    REQUIRE(action != nullptr);
    REQUIRE(action->isEnabled());
    action->trigger();
}

// Whether the notes the window shows include `text`.
bool showsNote(QWidget& window, const QString& text) {
    auto* notes = child<QTreeWidget>(&window, "notesTreeWidget");
    for (int i = 0; i < notes->topLevelItemCount(); ++i)
        if (notes->topLevelItem(i)->text(2) == text)
            return true;
    return false;
}

// A URL of `database` for an account, its password in it (as the connect dialog hands it on).
QString accountUrl(const PostgresServer& server, const QString& database, const QString& account,
                   const QString& password) {
    QUrl url(server.url(database, account));
    url.setPassword(password);
    return url.toString();
}

// rectrack-cli on the server as an account, the password from PGPASSWORD as every PostgreSQL
// tool takes it: its exit code and output.
std::pair<int, QString> cli(const QString& url, const QString& password, const QStringList& arguments) {
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PGPASSWORD"), password);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(RECTRACK_CLI_PATH), QStringList{QStringLiteral("--server"), url} + arguments);
    if (!process.waitForFinished(60000))
        return {-1, QStringLiteral("timed out")};
    return {process.exitCode(), QString::fromUtf8(process.readAll())};
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

TEST_CASE("Two desks and a command line, each with its own account, on one inspection at once", "[ui][server]") {
    PostgresServer* server = PostgresServer::shared();
    if (!server) {
        SUCCEED("no PostgreSQL to connect to: " << PostgresServer::unavailableReason().toStdString());
        return;
    }
    // The office: the administrator sets up the ledger and the accounts, with Chinese names as
    // offices give them; each account is a login role that must give its password.
    const QString url = server->newDatabase();
    const QString database = QUrl(url).path().mid(1);
    auto clock = std::make_shared<FixedClock>(testToday());
    auto office = Ledger::open(url, clock, QStringLiteral("管理员"), Database::OpenMode::Existing);
    loadSampleData(*office);
    const QString jia = QStringLiteral("张甲"), bing = QStringLiteral("李丙"), yi = QStringLiteral("王乙"),
                  leader = QStringLiteral("赵书记");
    const QString secret = QStringLiteral("各自的密码-2026");
    Changes::addAccount(QStringLiteral("管理员"), rectrack::Role::Administrator, QStringLiteral("管理员的密码-000"))->apply(*office);
    for (const QString& staff : {jia, bing, yi})
        Changes::addAccount(staff, rectrack::Role::Staff, secret)->apply(*office);
    Changes::addAccount(leader, rectrack::Role::Leader, secret)->apply(*office);
    QString output;
    REQUIRE(server->psql(database, {},
                         QStringLiteral("DO $d$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'password_users') "
                                        "THEN CREATE ROLE password_users; END IF; END $d$; "
                                        "GRANT password_users TO \"%1\", \"%2\", \"%3\", \"%4\"")
                             .arg(jia, bing, yi, leader),
                         &output) == 0);
    const Id inspection = office->inspections().inspections().constFirst().id;
    const Id finding = office->findings().findings(inspection).constFirst().id;

    // Two desks, each on its own account
    auto deskA = Ledger::open(accountUrl(*server, database, jia, secret), clock, {}, Database::OpenMode::Existing);
    auto deskB = Ledger::open(accountUrl(*server, database, bing, secret), clock, {}, Database::OpenMode::Existing);
    REQUIRE(deskA->actor() == jia);
    REQUIRE(deskB->actor() == bing);
    MainWindow windowA(*deskA);
    MainWindow windowB(*deskB);
    for (MainWindow* window : {&windowA, &windowB}) {
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window));
        window->selectInspection(inspection);
        window->ledgerPanel()->selectFinding(finding);
    }

    SECTION("a note written on the command line appears on both desks") {
        const QString note = QStringLiteral("王乙在命令行写的进展");
        const auto [code, said] = cli(server->url(database, yi), secret,
                                      {QStringLiteral("add-note"), QString::number(finding), QStringLiteral("--"), note});
        INFO(said.toStdString());
        REQUIRE(code == 0);
        CHECK(QTest::qWaitFor([&] { return showsNote(windowA, note) && showsNote(windowB, note); }, 8000));
        CHECK(Query(office->database().connection(),
                    QStringLiteral("SELECT actor FROM history WHERE entity = 'progress_notes' ORDER BY id DESC LIMIT 1"))
                  .scalar()
                  .toString() == yi);
    }
    SECTION("the second desk to save the same title is told whose change won, with both values") {
        auto* titleA = child<QLineEdit>(&windowA, "findingTitleLineEdit");
        auto* titleB = child<QLineEdit>(&windowB, "findingTitleLineEdit");
        clearField(titleB);
        typeText(titleB, QStringLiteral("李丙写的标题")); // typed, not yet saved
        clearField(titleA);
        typeText(titleA, QStringLiteral("张甲写的标题"));
        trigger(windowA, "saveAction");
        REQUIRE(office->findings().finding(finding).title == QStringLiteral("张甲写的标题"));
        QTest::qWait(2500); // the news reaches desk B; what is being typed there stays
        CHECK(titleB->text() == QStringLiteral("李丙写的标题"));

        ModalWatcher watcher;
        titleB->setFocus();
        trigger(windowB, "saveAction");
        REQUIRE(QTest::qWaitFor([&] { return !watcher.seen().isEmpty(); }, 5000));
        const QString told = watcher.seen().join(u'\n');
        INFO(told.toStdString());
        CHECK(told.contains(jia));
        CHECK(told.contains(QStringLiteral("张甲写的标题")));
        CHECK(told.contains(QStringLiteral("李丙写的标题")));
        CHECK(office->findings().finding(finding).title == QStringLiteral("张甲写的标题")); // nothing lost, nothing overwritten
    }
    SECTION("the leader's account cannot write, from the command line or through psql") {
        const qint64 notes = Query(office->database().connection(), QStringLiteral("SELECT count(*) FROM progress_notes"))
                                 .scalar()
                                 .toLongLong();
        const auto [code, said] = cli(server->url(database, leader), secret,
                                      {QStringLiteral("add-note"), QString::number(finding), QStringLiteral("--"),
                                       QStringLiteral("领导想写的进展")});
        INFO(said.toStdString());
        CHECK(code != 0);
        const int psqlCode = server->psql(database, leader,
                                          QStringLiteral("INSERT INTO progress_notes (finding_id, note_date, author, text, created_at) "
                                                         "VALUES (%1, '2025-06-16', 'x', 'psql 写的', '2025-06-16')").arg(finding),
                           &output, secret);
        INFO(output.toStdString());
        CHECK(psqlCode != 0);
        CHECK(output.contains(QStringLiteral("permission denied")));
        CHECK(Query(office->database().connection(), QStringLiteral("SELECT count(*) FROM progress_notes"))
                  .scalar()
                  .toLongLong() == notes);
    }
    const VerifyReport report = verifyHistory(office->database().connection());
    INFO(report.problems.join(u'\n').toStdString());
    CHECK(report.ok());
}
