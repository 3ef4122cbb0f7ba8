#pragma once
// A prepared statement with bound values that throws rectrack::Error on failure.
// Every statement in core goes through here: no value is ever spliced into SQL text.

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <optional>

namespace rectrack {

class Query {
public:
    Query(const QSqlDatabase& db, const QString& sql);

    Query& bind(const QString& placeholder, const QVariant& value);
    Query& bind(const QString& placeholder, const std::optional<qint64>& value);
    Query& add(const QVariant& value); // next positional '?'
    Query& exec();

    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    QVariant value(const QString& column) const { return m_query.value(column); }
    qint64 lastInsertId() const { return m_query.lastInsertId().toLongLong(); }
    int rowsAffected() const { return m_query.numRowsAffected(); }

    // Convenience for "SELECT one value" statements: the first column of the first row.
    QVariant scalar();

private:
    QSqlQuery m_query;
    QString m_sql;
};

// Null-aware conversions between columns and domain values.
QVariant toSql(const std::optional<qint64>& id);
QVariant toSql(const QDate& date);
QVariant toSql(const QDateTime& at);
std::optional<qint64> optionalId(const QVariant& value);
QDate dateFrom(const QVariant& value);
QDateTime dateTimeFrom(const QVariant& value);

} // namespace rectrack
