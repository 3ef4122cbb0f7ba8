#include "Database.h"

#include "model/Error.h"
#include "Query.h"
#include "SqlDialect.h"
#include "sqlite/SqliteDatabase.h"

#include <QDir>
#include <QStandardPaths>

namespace rectrack {

QString Database::defaultPath() {
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("rectrack.sqlite"));
}

// The one place that picks a backend by where the ledger is: a new backend adds its line.
std::unique_ptr<Database> Database::open(const QString& location, OpenMode mode, Checkpoints checkpoints) {
    return SqliteDatabase::open(location, mode, checkpoints);
}

QSqlDatabase Database::openReader(const QString& location, const QString& name) {
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
    exec(m_dialect->beginWrite());
    m_depth = 1;
    try {
        work();
        exec(QStringLiteral("COMMIT"));
        m_depth = 0;
    } catch (...) {
        m_depth = 0;
        QSqlQuery rollback(m_db);
        rollback.exec(QStringLiteral("ROLLBACK"));
        throw;
    }
}

} // namespace rectrack
