#pragma once
// SQLite's SQL: BEGIN IMMEDIATE, PRAGMA reads, an FTS5 trigram index, its triggers and result
// codes.

#include "storage/SqlDialect.h"

namespace rectrack {

class SqliteDialect final : public SqlDialect {
public:
    QString name() const override { return QStringLiteral("SQLite"); }
    QStringList beginWrite() const override { return {QStringLiteral("BEGIN IMMEDIATE")}; }
    QString lineBreak() const override { return QStringLiteral("char(10)"); }
    QStringList columnsOf(const QSqlDatabase& db, const QString& table) const override;
    QList<ForeignKey> foreignKeysOf(const QSqlDatabase& db, const QString& table) const override;
    int schemaVersion(const QSqlDatabase& db) const override;
    qint64 dataVersion(const QSqlDatabase& db) const override;
    QString searchEntry() const override { return QStringLiteral("search_index.rowid"); }
    QString searchContainsAll(const QStringList& words,
                              const std::function<QString(const QVariant&)>& bind) const override;
    bool readsRowByRow() const override { return true; }
    QStringList createTrigger(const TriggerSpec& trigger) const override;
    Error::Kind errorKind(const QSqlError& error) const override;
};

} // namespace rectrack
