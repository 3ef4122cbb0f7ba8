#pragma once
// A prepared statement with bound values that throws rectrack::Error on failure.
// Every statement in core goes through here: no value is ever spliced into SQL text.
// Prepared statements are kept per connection and reused: compiling a statement (with the
// triggers it fires) costs more than running it. A statement in use by one Query is not
// handed to another; it goes back, reset, when its Query ends.

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <optional>

class QSqlDriver;
class QSqlError;

namespace rectrack {

class Error;

class Query {
public:
    Query(const QSqlDatabase& db, const QString& sql);
    ~Query();
    Query(const Query&) = delete;
    Query& operator=(const Query&) = delete;

    // Drops the statements kept for a connection; call before the connection is removed.
    static void forgetConnection(const QString& connectionName);
    // For the benchmark's floor: while set, every statement this thread runs is added to
    // `statements` with its values written in (nullptr stops).
    static void captureInto(QStringList* statements);
    // What a failed statement means to the user: a full disk, a read-only file, a database
    // busy in another program, a damaged file, a broken rule, or another storage failure.
    static Error errorOf(const QSqlError& error, const QString& sql, const QSqlDriver* driver);

    Query& bind(const QString& placeholder, const QVariant& value);
    Query& bind(const QString& placeholder, const std::optional<qint64>& value);
    Query& add(const QVariant& value); // next positional '?'
    Query& exec();

    // The next row; false at the end. A failed read (a damaged page) throws instead of
    // looking like the end.
    bool next() {
        if (m_query.next())
            return true;
        throwIfFailed();
        return false;
    }
    QVariant value(int column) const { return m_query.value(column); }
    QVariant value(const QString& column) const { return m_query.value(column); }
    // The names of the executed statement's result columns, in order.
    QStringList columnNames() const;
    int rowsAffected() const { return m_query.numRowsAffected(); }

    // Convenience for "SELECT one value" statements: the first column of the first row.
    QVariant scalar();

private:
    void throwIfFailed() const;

    QSqlQuery m_query;
    QString m_sql;
    QString m_connection;
    int m_nextPosition = 0;
};

// Null-aware conversions between columns and domain values.
QVariant toSql(const std::optional<qint64>& id);
QVariant toSql(const QDate& date);
QVariant toSql(const QDateTime& at);
std::optional<qint64> optionalId(const QVariant& value);
QDate dateFrom(const QVariant& value);
QDateTime dateTimeFrom(const QVariant& value);

} // namespace rectrack
