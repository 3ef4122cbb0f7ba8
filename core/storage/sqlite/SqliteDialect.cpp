#include "SqliteDialect.h"

#include "storage/Query.h"

#include <QSqlError>

namespace rectrack {

QStringList SqliteDialect::columnsOf(const QSqlDatabase& db, const QString& table) const {
    Query q(db, QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY cid"));
    q.add(table).exec();
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    return names;
}

QList<ForeignKey> SqliteDialect::foreignKeysOf(const QSqlDatabase& db, const QString& table) const {
    Query q(db, QStringLiteral("SELECT \"table\", \"from\", on_delete FROM pragma_foreign_key_list(?)"));
    q.add(table);
    return foreignKeysFrom(q);
}

int SqliteDialect::schemaVersion(const QSqlDatabase& db) const {
    return Query(db, QStringLiteral("PRAGMA user_version")).scalar().toInt();
}

qint64 SqliteDialect::dataVersion(const QSqlDatabase& db) const {
    return Query(db, QStringLiteral("PRAGMA data_version")).scalar().toLongLong();
}

// FTS5's query language: each word a quoted string (quotes doubled), all of them required.
QString SqliteDialect::searchContainsAll(const QStringList& words,
                                         const std::function<QString(const QVariant&)>& bind) const {
    QStringList quoted;
    for (const QString& word : words)
        quoted << u'"' + QString(word).replace(u'"', QStringLiteral("\"\"")) + u'"';
    return QStringLiteral("search_index MATCH %1").arg(bind(quoted.join(QStringLiteral(" AND "))));
}

QStringList SqliteDialect::createTrigger(const TriggerSpec& trigger) const {
    QString sql = QStringLiteral("CREATE TRIGGER %1 AFTER %2 ON %3 ").arg(trigger.name, trigger.event, trigger.table);
    if (!trigger.condition.isEmpty())
        sql += QStringLiteral("WHEN ") + trigger.condition + u' ';
    sql += QStringLiteral("BEGIN ");
    for (const QString& statement : trigger.statements)
        sql += statement + QStringLiteral("; ");
    sql += QStringLiteral("END");
    return {sql};
}

Error::Kind SqliteDialect::errorKind(const QSqlError& error) const {
    const QString text = error.text();
    if (text.contains(QStringLiteral("FOREIGN KEY")) || text.contains(QStringLiteral("CHECK constraint")) ||
        text.contains(QStringLiteral("UNIQUE constraint")) || text.contains(QStringLiteral("NOT NULL")))
        return Error::Kind::Invalid;
    // SQLite's primary result codes, as Qt's driver reports them
    switch (error.nativeErrorCode().toInt() & 0xff) {
    case 13: // SQLITE_FULL
        return Error::Kind::DiskFull;
    case 8: // SQLITE_READONLY
        return Error::Kind::ReadOnly;
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return Error::Kind::Busy;
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return Error::Kind::Corrupt;
    default:
        return Error::Kind::Storage;
    }
}

} // namespace rectrack
