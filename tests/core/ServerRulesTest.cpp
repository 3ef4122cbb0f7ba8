// What the server enforces by itself (docs/server.md), checked from outside the program with
// psql as each kind of account: the history is written by the server's triggers (a psql edit is
// recorded and verify still holds; the bookkeeping columns cannot be set by hand), nobody but the
// owner can change it, and each role's group may do only what the role may. These run in "core on
// PostgreSQL"; on a ledger file they have nothing to check and say so.

#include "changes/Change.h"
#include "changes/LedgerChanges.h"
#include "model/Error.h"
#include "services/Ledger.h"
#include "services/SampleData.h"
#include "storage/HistoryVerifier.h"
#include "storage/Query.h"
#include "storage/postgres/PostgresSchema.h"
#include "storage/postgres/ServerRoles.h"
#include "support/PostgresServer.h"
#include "support/TestLedger.h"

#include <QRegularExpression>
#include <QUrl>

using namespace rectrack;
using namespace rectrack::test;

namespace {
QString databaseOf(const QString& url) {
    return QUrl(url).path().mid(1);
}

// psql's output and exit code, as one value the checks can print.
struct Outcome {
    int exitCode = -1;
    QString output;
    bool refused() const { return exitCode != 0 && output.contains(QStringLiteral("permission denied")); }
};

class ServerLedger {
public:
    ServerLedger() {
        Changes::loadSampleData()->apply(*ledger);
        server = PostgresServer::shared();
        database = databaseOf(ledger.path());
        prefix = PostgresSchema::groupPrefix(ledger->database().connection());
    }
    Outcome psql(const QString& sql, const QString& user = {}) const {
        Outcome outcome;
        outcome.exitCode = server->psql(database, user, sql, &outcome.output);
        outcome.output = outcome.output.trimmed();
        return outcome;
    }
    // A login role in the group of `role`, as an administrator makes one with psql.
    QString account(Role role) const {
        static int counter = 0;
        const QString name = QStringLiteral("%1_%2").arg(code(role)).arg(++counter);
        const Outcome made = psql(QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE %2")
                                      .arg(name, ServerRoles::quotedName(ServerRoles::groupOf(prefix, role))));
        INFO(made.output.toStdString());
        REQUIRE(made.exitCode == 0);
        return name;
    }
    VerifyReport verified() { return verifyHistory(ledger->database().connection()); }
    QString scalar(const QString& sql) {
        return Query(ledger->database().connection(), sql).scalar().toString();
    }

    TestLedger ledger;
    PostgresServer* server = nullptr;
    QString database;
    QString prefix;
};

} // namespace

TEST_CASE("An edit made with psql is recorded by the server and verify holds", "[server]") {
    RECTRACK_SERVER_ONLY();
    ServerLedger s;
    const qint64 before = s.ledger->history().entryCount();
    const QString version = s.scalar(QStringLiteral("SELECT row_version FROM findings WHERE id = 1"));
    const Outcome edited =
        s.psql(QStringLiteral("UPDATE findings SET title = 'psql 改的标题', outcome = E'第一行\\n\\t\"引号\" \\\\ \\u0001' "
                              "WHERE id = 1"));
    INFO(edited.output.toStdString());
    REQUIRE(edited.exitCode == 0);
    CHECK(s.ledger->history().entryCount() == before + 2); // one entry per changed value
    CHECK(s.scalar(QStringLiteral("SELECT row_version FROM findings WHERE id = 1")).toInt() == version.toInt() + 2);
    CHECK(s.scalar(QStringLiteral("SELECT new_value FROM history WHERE entity = 'findings' AND entity_id = 1 AND "
                                  "field = 'title' ORDER BY id DESC LIMIT 1")) == QStringLiteral("psql 改的标题"));
    const VerifyReport report = s.verified();
    INFO(report.problems.join(u'\n').toStdString());
    CHECK(report.ok());

    SECTION("rows made and deleted with psql are recorded too") {
        REQUIRE(s.psql(QStringLiteral("INSERT INTO progress_notes (finding_id, note_date, author, text, created_at) "
                                      "VALUES (1, '2026-12-01', '某人', '用 psql 写的进展', '2026-12-01T08:00:00.000Z')"))
                    .exitCode == 0);
        REQUIRE(s.psql(QStringLiteral("DELETE FROM measures WHERE id = (SELECT min(id) FROM measures)")).exitCode == 0);
        REQUIRE(s.psql(QStringLiteral("INSERT INTO finding_units (finding_id, unit_id) SELECT 2, min(id) FROM units "
                                      "ON CONFLICT DO NOTHING"))
                    .exitCode == 0);
        const VerifyReport after = s.verified();
        INFO(after.problems.join(u'\n').toStdString());
        CHECK(after.ok());
    }
}

TEST_CASE("The bookkeeping columns cannot be changed by hand on the server", "[server]") {
    RECTRACK_SERVER_ONLY();
    ServerLedger s;
    const QString version = s.scalar(QStringLiteral("SELECT row_version FROM findings WHERE id = 1"));
    const QString created = s.scalar(QStringLiteral("SELECT created_at FROM findings WHERE id = 1"));
    REQUIRE(s.psql(QStringLiteral("UPDATE findings SET row_version = 99, created_at = '2000-01-01T00:00:00.000Z' "
                                  "WHERE id = 1"))
                .exitCode == 0);
    CHECK(s.scalar(QStringLiteral("SELECT row_version FROM findings WHERE id = 1")) == version);
    CHECK(s.scalar(QStringLiteral("SELECT created_at FROM findings WHERE id = 1")) == created);
    CHECK(s.verified().ok());
}

TEST_CASE("The owner's rewrite of a history entry is found by verify", "[server]") {
    RECTRACK_SERVER_ONLY();
    ServerLedger s;
    REQUIRE(s.psql(QStringLiteral("UPDATE history SET new_value = '改过' WHERE id = (SELECT max(id) FROM history "
                                  "WHERE action = 'update')"))
                .exitCode == 0);
    CHECK(s.verified().brokenEntry.has_value());
}

TEST_CASE("The server refuses what an account's role may not do, even through psql", "[server]") {
    RECTRACK_SERVER_ONLY();
    ServerLedger s;
    const qint64 entries = s.ledger->history().entryCount();

    SECTION("a leader reads but cannot insert, update or delete") {
        const QString leader = s.account(Role::Leader);
        CHECK(s.psql(QStringLiteral("SELECT count(*) FROM findings"), leader).exitCode == 0);
        CHECK(s.psql(QStringLiteral("INSERT INTO units (name) VALUES ('领导加的单位')"), leader).refused());
        CHECK(s.psql(QStringLiteral("UPDATE findings SET status = 'completed'"), leader).refused());
        CHECK(s.psql(QStringLiteral("DELETE FROM progress_notes"), leader).refused());
        CHECK(s.psql(QStringLiteral("UPDATE settings SET value = 'x'"), leader).refused());
    }
    SECTION("staff edit the ledger, recorded under their own name, but not accounts or settings") {
        const QString staff = s.account(Role::Staff);
        const Outcome edited = s.psql(QStringLiteral("UPDATE findings SET outcome = '员工用 psql 写的成效' WHERE id = 2"), staff);
        INFO(edited.output.toStdString());
        CHECK(edited.exitCode == 0);
        CHECK(s.scalar(QStringLiteral("SELECT actor FROM history ORDER BY id DESC LIMIT 1")) == staff);
        // naming another actor is for the owner's sessions only
        CHECK(s.psql(QStringLiteral("SET rectrack.actor = '别人'; UPDATE findings SET difficulties = '冒名写的' WHERE id = 2"),
                     staff)
                  .exitCode == 0);
        CHECK(s.scalar(QStringLiteral("SELECT actor FROM history ORDER BY id DESC LIMIT 1")) == staff);
        CHECK(s.psql(QStringLiteral("INSERT INTO accounts (name, role, password_salt, password_hash, iterations, "
                                    "created_at) VALUES ('x', 'admin', '', '', 1, '')"),
                     staff)
                  .refused());
        CHECK(s.psql(QStringLiteral("UPDATE settings SET value = 'x'"), staff).refused());
        CHECK(s.verified().ok());
    }
    SECTION("a reviewer signs off but does not edit the ledger") {
        const QString reviewer = s.account(Role::Reviewer);
        CHECK(s.psql(QStringLiteral("UPDATE findings SET signoff_state = 'returned' WHERE id = 3"), reviewer).exitCode == 0);
        CHECK(s.psql(QStringLiteral("UPDATE findings SET title = '审核人改的' WHERE id = 3"), reviewer).refused());
        CHECK(s.psql(QStringLiteral("INSERT INTO units (name) VALUES ('审核人加的')"), reviewer).refused());
    }
    SECTION("nobody but the owner writes the history itself") {
        for (Role role : {Role::Staff, Role::Reviewer, Role::Leader, Role::Administrator}) {
            const QString user = s.account(role);
            CHECK(s.psql(QStringLiteral("UPDATE history SET actor = 'x'"), user).refused());
            CHECK(s.psql(QStringLiteral("DELETE FROM history"), user).refused());
            CHECK(s.psql(QStringLiteral("INSERT INTO history (at, actor, entity, entity_id, action, field, prev_hash, "
                                        "hash) VALUES ('', '', 'units', 1, 'delete', '*', '', '')"),
                         user)
                      .refused());
            CHECK(s.psql(QStringLiteral("SELECT rectrack_record('units', 1, NULL, 'delete', '*', NULL, NULL, '')"), user)
                      .refused());
            CHECK(s.psql(QStringLiteral("DELETE FROM search_index"), user).refused());
        }
        CHECK(s.ledger->history().entryCount() == entries);
    }
    CHECK(s.verified().ok());
}

TEST_CASE("The program on a staff account's connection: the server records the account, refuses the rest",
          "[server]") {
    RECTRACK_SERVER_ONLY();
    ServerLedger s;
    const QString staff = s.account(Role::Staff);
    auto desk = Ledger::open(s.server->url(s.database, staff), std::make_shared<FixedClock>(testToday()),
                             QStringLiteral("冒名的人"), Database::OpenMode::Existing);
    const auto note = Changes::addNote({0, 1, std::nullopt, testToday(), staff, QStringLiteral("员工在自己桌上写的进展")});
    note->apply(*desk);
    CHECK(s.scalar(QStringLiteral("SELECT actor FROM history ORDER BY id DESC LIMIT 1")) == staff);
    desk->rows().setRole(Role::Administrator); // a program that would let it through: the server does not
    try {
        desk->changePolicy(5, true);
        FAIL("the server let staff change the settings");
    } catch (const Error& e) {
        CHECK(e.kind() == Error::Kind::Forbidden);
    }
    note->inverse()->apply(*desk);
    const VerifyReport report = s.verified();
    INFO(report.problems.join(u'\n').toStdString());
    CHECK(report.ok());
}

TEST_CASE("An account added on a server is its login role: a SCRAM password, its role's group, no login when disabled",
          "[server]") {
    RECTRACK_SERVER_ONLY();
    ServerLedger s;
    static int counter = 0;
    const QString name = QStringLiteral("zhang_%1").arg(++counter);
    const QString password = QStringLiteral("正确的密码-123");
    Changes::addAccount(QStringLiteral("admin_%1").arg(counter), Role::Administrator, QStringLiteral("管理员的密码-000"))
        ->apply(*s.ledger); // the first account is always an administrator
    Changes::addAccount(name, Role::Leader, password)->apply(*s.ledger);
    const Id id = s.ledger->accounts().account(name)->id;
    REQUIRE(s.psql(QStringLiteral("DO $d$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'password_users') "
                                  "THEN CREATE ROLE password_users; END IF; END $d$; GRANT password_users TO %1")
                       .arg(name))
                .exitCode == 0); // so the test server asks for its password
    const auto as = [&](const QString& secret, const QString& sql) {
        Outcome outcome;
        outcome.exitCode = s.server->psql(s.database, name, sql, &outcome.output, secret);
        return outcome;
    };
    CHECK(as(password, QStringLiteral("SELECT session_user")).exitCode == 0);
    CHECK(as(QStringLiteral("错误的密码-123"), QStringLiteral("SELECT session_user")).exitCode != 0);
    CHECK(s.psql(QStringLiteral("SELECT rolpassword LIKE 'SCRAM-SHA-256$%' FROM pg_authid WHERE rolname = '%1'").arg(name))
              .output == QStringLiteral("t"));
    CHECK(as(password, QStringLiteral("INSERT INTO units (name) VALUES ('x')")).refused()); // a leader

    Changes::setRole(id, Role::Staff)->apply(*s.ledger);
    CHECK(as(password, QStringLiteral("INSERT INTO units (name) VALUES ('员工加的单位')")).exitCode == 0);
    CHECK(s.psql(QStringLiteral("SELECT count(*) FROM pg_auth_members m JOIN pg_roles u ON u.oid = m.member "
                                "JOIN pg_roles g ON g.oid = m.roleid WHERE u.rolname = '%1' AND g.rolname LIKE '%2_%%'")
                     .arg(name, s.prefix))
              .output == QStringLiteral("1")); // in the staff group only

    SECTION("a superuser of the server cannot become an account") {
        const qint64 accounts = s.ledger->accounts().accounts().size();
        CHECK_THROWS_AS(Changes::addAccount(QString::fromLatin1(PostgresServer::Administrator), Role::Staff,
                                            QStringLiteral("随便一个密码-1"))
                            ->apply(*s.ledger),
                        Error);
        CHECK(s.ledger->accounts().accounts().size() == accounts);
    }
    SECTION("the account changes its own password from its own desk") {
        QUrl url(s.server->url(s.database, name));
        url.setPassword(password);
        auto desk = Ledger::open(url.toString(), std::make_shared<FixedClock>(testToday()), {},
                                 Database::OpenMode::Existing);
        CHECK(desk->actor() == name);
        desk->accounts().setPassword(id, QStringLiteral("新的密码-456"), name);
        CHECK(as(QStringLiteral("新的密码-456"), QStringLiteral("SELECT 1")).exitCode == 0);
        CHECK(as(password, QStringLiteral("SELECT 1")).exitCode != 0);
        // but not anyone else's
        const Id other = s.ledger->accounts().accounts().constFirst().id;
        if (other != id)
            CHECK_THROWS(desk->accounts().setPassword(other, QStringLiteral("别人的密码-789"), name));
    }
    SECTION("a disabled account cannot log in; enabled again, it can") {
        Changes::setActive(id, false)->apply(*s.ledger);
        CHECK(as(password, QStringLiteral("SELECT 1")).exitCode != 0);
        Changes::setActive(id, true)->apply(*s.ledger);
        CHECK(as(password, QStringLiteral("SELECT 1")).exitCode == 0);
    }
    const VerifyReport report = s.verified();
    INFO(report.problems.join(u'\n').toStdString());
    CHECK(report.ok());
}

TEST_CASE("On a server with TLS the program connects over it and checks the server's certificate", "[server]") {
    RECTRACK_SERVER_ONLY();
    PostgresServer* server = PostgresServer::shared();
    REQUIRE(server != nullptr);
    const QString database = databaseOf(server->newDatabase());
    const QString url = server->tlsUrl(database);
    if (url.isEmpty()) {
        SUCCEED("no TLS on the test server: " << server->noTlsReason().toStdString());
        return;
    }
    auto clock = std::make_shared<FixedClock>(testToday());
    auto ledger = Ledger::open(url, clock, QStringLiteral("t"), Database::OpenMode::Existing);
    CHECK(Query(ledger->database().connection(), QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"))
              .scalar()
              .toBool());
    Changes::loadSampleData()->apply(*ledger); // writes go over it as over the socket
    CHECK(verifyHistory(ledger->database().connection()).ok());

    const auto refusal = [&](const QString& location) {
        try {
            Ledger::open(location, clock, QStringLiteral("t"), Database::OpenMode::Existing);
        } catch (const Error& e) {
            return e.message();
        }
        return QString();
    };
    SECTION("a connection without TLS is refused by the server, and the message says so") {
        const QString said = refusal(server->tlsUrl(database, {}, QStringLiteral("disable")));
        INFO(said.toStdString());
        CHECK(said.contains(QStringLiteral("no encryption")));
    }
    SECTION("a server whose certificate the root given does not vouch for is refused by the program") {
        QString other = server->tlsUrl(database);
        other.replace(QRegularExpression(QStringLiteral("sslrootcert=[^&]*")),
                      QStringLiteral("sslrootcert=%2Fetc%2Fssl%2Fcerts%2Fca-certificates.crt"));
        const QString said = refusal(other);
        INFO(said.toStdString());
        CHECK(said.contains(QStringLiteral("certificate verify failed")));
    }
}
