#pragma once
// A read-only connection of its own to a ledger (Database::openReader), for work on another
// thread (the ledger views count their rows in the background). Open it, use it and close it
// on the same thread.

#include <QSqlDatabase>
#include <QString>

namespace rectrack {

class ReadConnection {
public:
    explicit ReadConnection(const QString& location); // throws Error
    ~ReadConnection();
    ReadConnection(const ReadConnection&) = delete;
    ReadConnection& operator=(const ReadConnection&) = delete;

    const QSqlDatabase& db() const { return m_db; }

private:
    QSqlDatabase m_db;
};

} // namespace rectrack
