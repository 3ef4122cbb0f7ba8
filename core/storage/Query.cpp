#include "Query.h"

#include "Error.h"

#include <QSqlError>

namespace rectrack {

Query::Query(const QSqlDatabase& db, const QString& sql)
    : m_query(db)
    , m_sql(sql) {
    m_query.setForwardOnly(true);
    if (!m_query.prepare(sql))
        throw Error(Error::Kind::Storage,
                    QStringLiteral("SQL prepare failed: %1 [%2]").arg(m_query.lastError().text(), sql));
}

namespace {
// NULL is an invalid QVariant; a null QString or QByteArray is just empty (Qt would bind NULL).
QVariant bindable(const QVariant& value) {
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QString(QStringLiteral(""));
    if (value.typeId() == QMetaType::QByteArray && value.toByteArray().isNull())
        return QByteArray("");
    return value;
}
} // namespace

Query& Query::bind(const QString& placeholder, const QVariant& value) {
    m_query.bindValue(placeholder, bindable(value));
    return *this;
}

Query& Query::bind(const QString& placeholder, const std::optional<qint64>& value) {
    return bind(placeholder, toSql(value));
}

Query& Query::add(const QVariant& value) {
    m_query.addBindValue(bindable(value));
    return *this;
}

Query& Query::exec() {
    if (!m_query.exec()) {
        const QSqlError error = m_query.lastError();
        const QString text = error.text();
        if (text.contains(QStringLiteral("FOREIGN KEY")) ||
            text.contains(QStringLiteral("CHECK constraint")) ||
            text.contains(QStringLiteral("UNIQUE constraint")) || text.contains(QStringLiteral("NOT NULL")))
            throw Error(Error::Kind::Invalid, QStringLiteral("Constraint failed: %1").arg(text));
        throw Error(Error::Kind::Storage, QStringLiteral("SQL failed: %1 [%2]").arg(text, m_sql));
    }
    return *this;
}

QVariant Query::scalar() {
    exec();
    return next() ? value(0) : QVariant();
}

QVariant toSql(const std::optional<qint64>& id) {
    return id ? QVariant(*id) : QVariant();
}

QVariant toSql(const QDate& date) {
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QVariant toSql(const QDateTime& at) {
    return at.isValid() ? QVariant(at.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
}

std::optional<qint64> optionalId(const QVariant& value) {
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

QDate dateFrom(const QVariant& value) {
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QDateTime dateTimeFrom(const QVariant& value) {
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

} // namespace rectrack
