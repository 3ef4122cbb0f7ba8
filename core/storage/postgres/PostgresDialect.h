#pragma once
// PostgreSQL's SQL: a write lock taken per transaction (pg_advisory_xact_lock), the catalog's
// columns, the version in rectrack_meta, a trigram index (pg_trgm) searched with LIKE, trigger
// functions in PL/pgSQL, and SQLSTATE codes.

#include "storage/SqlDialect.h"

namespace rectrack {

class PostgresDialect final : public SqlDialect {
public:
    // The advisory lock every writing transaction takes first.
    static constexpr qint64 WriteLock = 0x52435452; // 'RCTR'

    QString name() const override { return QStringLiteral("PostgreSQL"); }
    QStringList beginWrite() const override;
    QString lineBreak() const override { return QStringLiteral("chr(10)"); }
    QStringList columnsOf(const QSqlDatabase& db, const QString& table) const override;
    QList<ForeignKey> foreignKeysOf(const QSqlDatabase& db, const QString& table) const override;
    int schemaVersion(const QSqlDatabase& db) const override;
    qint64 dataVersion(const QSqlDatabase& db) const override;
    QString searchEntry() const override { return QStringLiteral("search_index.entry"); }
    QString searchContainsAll(const QStringList& words,
                              const std::function<QString(const QVariant&)>& bind) const override;
    bool readsRowByRow() const override { return false; }
    QStringList createTrigger(const TriggerSpec& trigger) const override;
    Error::Kind errorKind(const QSqlError& error) const override;
};

} // namespace rectrack
