#include "SqlDialect.h"

#include "postgres/PostgresDialect.h"
#include "sqlite/SqliteDialect.h"
#include "Query.h"

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

QList<ForeignKey> SqlDialect::foreignKeysFrom(Query& catalog) {
    catalog.exec();
    QList<ForeignKey> keys;
    while (catalog.next()) {
        const QString rule = catalog.value(2).toString().toUpper();
        keys.append({catalog.value(0).toString(), catalog.value(1).toString(),
                     rule == u"CASCADE"    ? ForeignKey::OnDelete::Cascade
                     : rule == u"SET NULL" ? ForeignKey::OnDelete::SetNull
                                           : ForeignKey::OnDelete::Refuse});
    }
    return keys;
}

const SqlDialect& SqlDialect::of(const QSqlDatabase& db) {
    return of(db.driver());
}

} // namespace rectrack
