#include "ReadConnection.h"

#include "model/Error.h"
#include "Query.h"

#include <QAtomicInt>
#include <QSqlError>

namespace rectrack {

ReadConnection::ReadConnection(const QString& path) {
    static QAtomicInt counter;
    const QString name = QStringLiteral("rectrack-reader-%1").arg(counter.fetchAndAddRelaxed(1));
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open()) {
        const QString text = m_db.lastError().text();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        throw Error(Error::Kind::Storage, QStringLiteral("Cannot open %1: %2").arg(path, text));
    }
}

ReadConnection::~ReadConnection() {
    const QString name = m_db.connectionName();
    Query::forgetConnection(name);
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

} // namespace rectrack
