#include "Query.h"

#include <QSqlRecord>

#include "model/Error.h"
#include "SqlDialect.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>

namespace rectrack {

namespace {
// Per thread (a connection lives in one thread), per connection, by SQL text.
constexpr int KeptPerConnection = 256;
thread_local QHash<QString, QHash<QString, QSqlQuery>> keptStatements;

QSqlQuery checkOut(const QSqlDatabase& db, const QString& sql) {
    auto connection = keptStatements.find(db.connectionName());
    if (connection != keptStatements.end()) {
        const auto kept = connection->find(sql);
        if (kept != connection->end()) {
            QSqlQuery query = std::move(*kept);
            connection->erase(kept);
            return query;
        }
    }
    QSqlQuery query(db);
    query.setForwardOnly(SqlDialect::of(db).readsRowByRow());
    if (!query.prepare(sql))
        throw Query::errorOf(query.lastError(), sql, db.driver());
    return query;
}
} // namespace

Query::Query(const QSqlDatabase& db, const QString& sql)
    : m_query(checkOut(db, sql))
    , m_sql(sql)
    , m_connection(db.connectionName()) {}

Query::~Query() {
    m_query.finish(); // resets the statement: no read stays open
    auto& kept = keptStatements[m_connection];
    if (kept.size() >= KeptPerConnection)
        kept.clear();
    if (!kept.contains(m_sql))
        kept.insert(m_sql, std::move(m_query));
}

void Query::forgetConnection(const QString& connectionName) {
    keptStatements.remove(connectionName);
}

namespace {
// NULL is an invalid QVariant; a null QString or QByteArray is just empty (Qt would bind NULL).
QVariant bindable(const QVariant& value) {
    if (value.typeId() == QMetaType::Bool) // flags are 0/1 integers in every backend
        return value.toBool() ? 1 : 0;
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
    m_query.bindValue(m_nextPosition++, bindable(value));
    return *this;
}

namespace {
thread_local QStringList* captured = nullptr;

// The statement with its bound values written in, as the server's own shell would take it.
QString expanded(const QString& sql, const QSqlQuery& query) {
    QString out;
    int next = 0;
    bool quoted = false;
    for (const QChar c : sql) {
        if (c == u'\'')
            quoted = !quoted;
        if (c == u'?' && !quoted) {
            QSqlField field(QString(), query.boundValue(next).metaType());
            field.setValue(query.boundValue(next++));
            out += query.driver()->formatValue(field);
        } else {
            out += c;
        }
    }
    return out;
}
} // namespace

void Query::captureInto(QStringList* statements) {
    captured = statements;
}

Query& Query::exec() {
    if (captured)
        captured->append(expanded(m_sql, m_query));
    m_nextPosition = 0;
    // RECTRACK_SLOW_SQL_MS=N writes every statement slower than N ms to standard error.
    static const int slowMs = qEnvironmentVariableIsSet("RECTRACK_SLOW_SQL_MS")
                                  ? qEnvironmentVariableIntValue("RECTRACK_SLOW_SQL_MS")
                                  : -1;
    QElapsedTimer timer;
    if (slowMs >= 0)
        timer.start();
    const bool ok = m_query.exec();
    if (slowMs >= 0 && timer.elapsed() >= slowMs)
        qWarning("slow SQL (%lld ms): %s", static_cast<long long>(timer.elapsed()), qPrintable(m_sql.simplified().left(300)));
    if (!ok)
        throw errorOf(m_query.lastError(), m_sql, m_query.driver());
    return *this;
}

void Query::throwIfFailed() const {
    const QSqlError error = m_query.lastError();
    if (error.type() != QSqlError::NoError)
        throw errorOf(error, m_sql, m_query.driver());
}

Error Query::errorOf(const QSqlError& error, const QString& sql, const QSqlDriver* driver) {
    const QString text = error.text();
    switch (SqlDialect::of(driver).errorKind(error)) {
    case Error::Kind::Invalid:
        return Error(Error::Kind::Invalid, QStringLiteral("Constraint failed: %1").arg(text));
    case Error::Kind::DiskFull:
        return Error(Error::Kind::DiskFull,
                     QCoreApplication::translate("rectrack::Query",
                                                 "磁盘已满，这次修改没有保存（已撤回，原有数据完好）。"
                                                 "请腾出磁盘空间后再试。"));
    case Error::Kind::ReadOnly:
        return Error(Error::Kind::ReadOnly,
                     QCoreApplication::translate("rectrack::Query",
                                                 "数据库文件或其所在文件夹是只读的，修改没有保存。"
                                                 "请检查文件权限，或把台账复制到可写的位置再打开。"));
    case Error::Kind::Busy:
        return Error(Error::Kind::Busy,
                     QCoreApplication::translate("rectrack::Query",
                                                 "另一个程序正在写入这个台账，等待超时，修改没有保存。请稍后再试。"));
    case Error::Kind::Forbidden:
        return Error(Error::Kind::Forbidden,
                     QCoreApplication::translate("rectrack::Query",
                                                 "服务器拒绝了这次操作：这个账号在服务器上没有这项权限（%1）。").arg(text));
    case Error::Kind::Corrupt:
        return Error(Error::Kind::Corrupt,
                     QCoreApplication::translate("rectrack::Query",
                                                 "数据库文件已损坏（%1）。请从备份恢复。").arg(text));
    default:
        return Error(Error::Kind::Storage, QStringLiteral("SQL failed: %1 [%2]").arg(text, sql));
    }
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

QStringList Query::columnNames() const {
    const QSqlRecord record = m_query.record();
    QStringList names;
    for (int i = 0; i < record.count(); ++i)
        names << record.fieldName(i);
    return names;
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
