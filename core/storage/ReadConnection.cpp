#include "ReadConnection.h"

#include "Database.h"
#include "Query.h"

#include <QAtomicInt>

namespace rectrack {

ReadConnection::ReadConnection(const QString& location) {
    static QAtomicInt counter;
    m_db = Database::openReader(location, QStringLiteral("rectrack-reader-%1").arg(counter.fetchAndAddRelaxed(1)));
}

ReadConnection::~ReadConnection() {
    const QString name = m_db.connectionName();
    Query::forgetConnection(name);
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

} // namespace rectrack
