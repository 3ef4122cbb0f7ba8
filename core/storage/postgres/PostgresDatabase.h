#pragma once
// A ledger on a PostgreSQL server, named by a URL as every PostgreSQL tool takes it:
// postgresql://user@host:5432/dbname (a Unix socket's folder as ?host=/path; sslmode and
// connect_timeout as query items). The password comes from PGPASSWORD or ~/.pgpass through
// libpq, never from the URL the program shows. The connection is Qt's QPSQL driver.

#include "storage/Database.h"

#include <QUrl>

namespace rectrack {

// A server location, parsed and checked; Error(Invalid) saying what is wrong otherwise.
struct ServerLocation {
    QString user, host, database, password;
    int port = 5432;
    QStringList options; // libpq connection options: sslmode=require, connect_timeout=10 …
    static bool isServer(const QString& location); // postgresql:// or postgres://
    static ServerLocation parse(const QString& location);
    // The URL shown and used as the ledger's name: no password in it.
    QString display() const;
};

class PostgresDatabase final : public Database {
public:
    // Create: an empty database becomes a ledger (init). Existing: it must already be one.
    static std::unique_ptr<Database> open(const QString& location, OpenMode mode);
    static QSqlDatabase openConnection(const QString& name, const ServerLocation& server);
    bool isServer() const override { return true; }
    std::optional<ServerSession> serverSession() const override;
    bool isConnected() const override;
    bool reconnect() override;

private:
    PostgresDatabase(QSqlDatabase db, QString location);
};

} // namespace rectrack
