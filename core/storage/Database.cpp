#include "Database.h"

#include <QCoreApplication>

#include "model/Error.h"
#include "Query.h"
#include "SqlDialect.h"
#include "postgres/PostgresDatabase.h"
#include "sqlite/SqliteDatabase.h"

#include <QDir>
#include <QSqlDriver>
#include <QSqlError>
#include <QStandardPaths>

namespace rectrack {

QString Database::defaultPath() {
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("rectrack.sqlite"));
}

// The one place that picks a backend by where the ledger is: a new backend adds its line.
std::unique_ptr<Database> Database::open(const QString& location, OpenMode mode, Checkpoints checkpoints) {
    if (ServerLocation::isServer(location))
        return PostgresDatabase::open(location, mode);
    return SqliteDatabase::open(location, mode, checkpoints);
}

QSqlDatabase Database::openReader(const QString& location, const QString& name) {
    if (ServerLocation::isServer(location))
        return PostgresDatabase::openConnection(name, ServerLocation::parse(location));
    return openSqliteReader(name, location);
}

Database::Database(QSqlDatabase db, QString path, bool readOnly)
    : m_db(std::move(db))
    , m_dialect(&SqlDialect::of(m_db))
    , m_path(std::move(path))
    , m_readOnly(readOnly) {}

Database::~Database() {
    const QString name = m_db.connectionName();
    Query::forgetConnection(name);
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

qint64 Database::dataVersion() const {
    return m_dialect->dataVersion(m_db);
}

void Database::exec(const QString& sql) {
    Query(m_db, sql).exec();
}

void Database::transaction(const std::function<void()>& work) {
    if (m_depth > 0) {
        ++m_depth;
        try {
            work();
        } catch (...) {
            --m_depth;
            throw;
        }
        --m_depth;
        return;
    }
    if (!isConnected()) // a server gone: said plainly, not as the driver's words
        throw Error(Error::Kind::Storage,
                    QCoreApplication::translate("rectrack::Database",
                                                "与服务器 %1 的连接断开了，正在自动重连。修改没有保存：连接恢复后请再保存一次。")
                        .arg(m_path));
    ++m_transactions;
    for (const QString& statement : m_dialect->beginWrite()) {
        QSqlQuery begin(m_db);
        if (!begin.exec(statement)) {
            const Error error = Query::errorOf(begin.lastError(), statement, m_db.driver());
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK")); // what began, if anything did
            throw error;
        }
    }
    m_depth = 1;
    try {
        work();
        QSqlQuery commit(m_db);
        if (!commit.exec(QStringLiteral("COMMIT")))
            throw Query::errorOf(commit.lastError(), QStringLiteral("COMMIT"), m_db.driver());
        m_depth = 0;
    } catch (...) {
        m_depth = 0;
        QSqlQuery rollback(m_db);
        rollback.exec(QStringLiteral("ROLLBACK"));
        throw;
    }
}

} // namespace rectrack
