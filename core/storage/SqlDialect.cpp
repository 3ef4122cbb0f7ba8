#include "SqlDialect.h"

#include "postgres/PostgresDialect.h"
#include "sqlite/SqliteDialect.h"

#include <QSqlDriver>

namespace rectrack {

// The one place that knows every backend built in: a new one adds its line.
const SqlDialect& SqlDialect::of(const QSqlDriver* driver) {
    static const SqliteDialect sqlite;
    static const PostgresDialect postgres;
    switch (driver ? driver->dbmsType() : QSqlDriver::UnknownDbms) {
    case QSqlDriver::SQLite:
        return sqlite;
    case QSqlDriver::PostgreSQL:
        return postgres;
    default:
        throw Error(Error::Kind::Storage,
                    QStringLiteral("No Rectrack backend for the database driver %1")
                        .arg(driver ? QString::number(driver->dbmsType()) : QStringLiteral("(none)")));
    }
}

QString likeContaining(const QString& word) {
    QString escaped = word;
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
    return u'%' + escaped + u'%';
}

const SqlDialect& SqlDialect::of(const QSqlDatabase& db) {
    return of(db.driver());
}

} // namespace rectrack
