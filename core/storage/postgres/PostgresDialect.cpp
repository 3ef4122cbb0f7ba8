#include "PostgresDialect.h"

#include "storage/Query.h"

#include <QSqlError>

namespace rectrack {

QStringList PostgresDialect::beginWrite() const {
    // one round trip: the statements are sent as they are, together
    return {QStringLiteral("BEGIN; SELECT pg_advisory_xact_lock(%1)").arg(WriteLock)};
}

QStringList PostgresDialect::columnsOf(const QSqlDatabase& db, const QString& table) const {
    Query q(db, QStringLiteral("SELECT column_name FROM information_schema.columns WHERE table_schema = "
                               "current_schema() AND table_name = ? ORDER BY ordinal_position"));
    q.add(table).exec();
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    return names;
}

QList<ForeignKey> PostgresDialect::foreignKeysOf(const QSqlDatabase& db, const QString& table) const {
    Query q(db, QStringLiteral("SELECT c.confrelid::regclass::text, a.attname, CASE c.confdeltype WHEN 'c' THEN "
                               "'CASCADE' WHEN 'n' THEN 'SET NULL' ELSE 'RESTRICT' END FROM pg_constraint c "
                               "JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1] "
                               "WHERE c.contype = 'f' AND c.conrelid = to_regclass(?::text) ORDER BY c.conname DESC"));
    q.add(table);
    return foreignKeysFrom(q);
}

int PostgresDialect::schemaVersion(const QSqlDatabase& db) const {
    if (Query(db, QStringLiteral("SELECT to_regclass('rectrack_meta') IS NOT NULL")).scalar().toBool())
        return Query(db, QStringLiteral("SELECT schema_version FROM rectrack_meta")).scalar().toInt();
    return 0;
}

// Every write records history: its newest entry changes with every commit.
qint64 PostgresDialect::dataVersion(const QSqlDatabase& db) const {
    return Query(db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM history")).scalar().toLongLong();
}

// The trigram index (pg_trgm) serves LIKE: one condition per word.
QString PostgresDialect::searchContainsAll(const QStringList& words,
                                           const std::function<QString(const QVariant&)>& bind) const {
    QStringList parts;
    for (const QString& word : words)
        parts << QStringLiteral("search_index.body LIKE %1 ESCAPE '\\'").arg(bind(likeContaining(word)));
    return parts.join(QStringLiteral(" AND "));
}

QStringList PostgresDialect::createTrigger(const TriggerSpec& trigger) const {
    const QString function = trigger.name + QStringLiteral("_run");
    QString body;
    for (const QString& statement : trigger.statements)
        body += statement + QStringLiteral("; ");
    QString create = QStringLiteral("CREATE TRIGGER %1 AFTER %2 ON %3 FOR EACH ROW ")
                         .arg(trigger.name, trigger.event, trigger.table);
    if (!trigger.condition.isEmpty())
        create += QStringLiteral("WHEN (%1) ").arg(trigger.condition);
    create += QStringLiteral("EXECUTE FUNCTION %1()").arg(function);
    return {QStringLiteral("CREATE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql AS $rectrack$ BEGIN %2"
                           "RETURN NULL; END $rectrack$")
                .arg(function, body),
            create};
}

// SQLSTATE classes (https://www.postgresql.org/docs/15/errcodes-appendix.html).
Error::Kind PostgresDialect::errorKind(const QSqlError& error) const {
    const QString state = error.nativeErrorCode();
    if (state.startsWith(QStringLiteral("23")))
        return Error::Kind::Invalid; // integrity constraint violation
    if (state == u"53100")
        return Error::Kind::DiskFull;
    if (state == u"25006")
        return Error::Kind::ReadOnly; // read-only transaction (a standby, a read-only default)
    if (state == u"42501")
        return Error::Kind::Forbidden; // insufficient privilege: the server's GRANTs
    if (state == u"40001" || state == u"40P01" || state == u"55P03" || state == u"57014")
        return Error::Kind::Busy; // serialization failure, deadlock, lock not available, timeout
    if (state == u"XX001" || state == u"XX002")
        return Error::Kind::Corrupt; // data or index corrupted
    return Error::Kind::Storage;
}

} // namespace rectrack
