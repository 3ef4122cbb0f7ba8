#pragma once
// A throwaway PostgreSQL 15 cluster for the tests: initdb and pg_ctl of Debian's postgresql-15,
// in a temporary folder, listening only on a Unix socket in that folder, run as the
// unprivileged user "nobody" when the tests run as root (initdb refuses root). Started on first
// use, once per test program, and stopped when the program ends. Nothing is installed or left
// behind.

#include <QString>
#include <QStringList>

#include <memory>

namespace rectrack::test {

class PostgresServer {
public:
    // The running server, started now if it is not yet; nullptr when it cannot be (the reason
    // in unavailableReason()): no postgresql-15 installed.
    static PostgresServer* shared();
    static QString unavailableReason();
    ~PostgresServer();

    // A new, empty database (owned by the administrator role) and its URL.
    QString newDatabase();
    // The URL of `database` for `user` (the administrator when empty).
    QString url(const QString& database, const QString& user = {}) const;
    // The same over TCP on 127.0.0.1 with TLS (the server's own certificate for localhost as the
    // root to check it against, `sslmode` as given); empty when no certificate could be made (the
    // reason in noTlsReason()). The server takes TCP connections over TLS only.
    QString tlsUrl(const QString& database, const QString& user = {}, const QString& sslmode = QStringLiteral("verify-full")) const;
    QString noTlsReason() const { return m_noTls; }
    // Runs one of the server's client programs (pg_dump, pg_restore …) against this server as
    // the administrator; returns its exit code, its output in *output.
    int tool(const QString& program, const QStringList& arguments, QString* output = nullptr) const;
    // Runs SQL with psql as `user` on `database`; returns psql's exit code, its output in *output.
    // Members of the role password_users must give their password (SCRAM); the others are trusted.
    int psql(const QString& database, const QString& user, const QString& sql, QString* output = nullptr,
             const QString& password = {}) const;

    // A server program's path (psql, pg_dump …) and the options that reach this server as the
    // administrator, for a process a test runs itself.
    QString program(const QString& name) const { return m_bin + u'/' + name; }
    QStringList connectionOptions() const;

    static constexpr auto Administrator = "rectrack_admin";

private:
    PostgresServer() = default;
    bool start();
    QString m_dir;
    QString m_bin;
    int m_port = 0;
    QString m_certificate;
    QString m_noTls;
    bool m_started = false;
};

// Whether the tests of this program run their ledgers on the server (RECTRACK_TEST_BACKEND=postgresql).
bool testsOnServer();

} // namespace rectrack::test

// A test about the server itself: on a ledger file it has nothing to check, and says so.
#define RECTRACK_SERVER_ONLY()                                                                                         \
    if (!rectrack::test::testsOnServer()) {                                                                            \
        SUCCEED("runs on the server only (RECTRACK_TEST_BACKEND=postgresql)");                                         \
        return;                                                                                                        \
    }
