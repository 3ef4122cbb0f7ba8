#include "SqliteDatabase.h"

#include "Checkpointer.h"
#include "SqliteFile.h"
#include "SqliteSchema.h"
#include "model/Error.h"
#include "storage/HistoryAnchor.h"
#include "storage/OutputGuard.h"
#include "storage/Query.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

namespace rectrack {

namespace {
QString nextConnectionName() {
    static QAtomicInt counter;
    return QStringLiteral("rectrack-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Anything that is not empty must start with SQLite's header (SQLite takes a shorter file for
// an empty database and would write over it).
void requireSqliteHeader(const QString& path, Error::Kind unreadable) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(unreadable, QStringLiteral("Cannot read %1: %2").arg(path, file.errorString()));
    if (file.read(16) != QByteArray("SQLite format 3", 16))
        throw Error(Error::Kind::NotRectrack, QStringLiteral("%1 is not a Rectrack database (not an SQLite file)").arg(path));
}

// A new connection of Qt's SQLite driver; Error(failure) saying why when it cannot be opened.
QSqlDatabase openConnection(const QString& name, const QString& path, const QString& databaseName,
                            const QString& options, Error::Kind failure) {
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(databaseName);
    db.setConnectOptions(options);
    if (!db.open()) {
        const QString text = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        throw Error(failure, QStringLiteral("Cannot open %1: %2").arg(path, text));
    }
    return db;
}

// A file that is not SQLite at all fails on its first read.
void requireReadable(const QSqlDatabase& db, const QString& path) {
    try {
        Query(db, QStringLiteral("SELECT count(*) FROM sqlite_master")).scalar();
    } catch (const Error& e) {
        if (e.kind() == Error::Kind::Corrupt) // SQLite's header, damaged pages: restore, not "not ours"
            throw;
        throw Error(Error::Kind::NotRectrack,
                    QStringLiteral("%1 is not a Rectrack database (not an SQLite file)").arg(path));
    }
}
} // namespace

QSqlDatabase openSqliteReader(const QString& name, const QString& path) {
    return openConnection(name, path, path, QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"),
                          Error::Kind::Storage);
}

std::unique_ptr<Database> SqliteDatabase::open(const QString& path, OpenMode mode, Checkpoints checkpoints) {
    const QFileInfo info(path);
    if (mode == OpenMode::Existing) {
        if (!info.exists())
            throw Error(Error::Kind::NotFound,
                        QCoreApplication::translate("rectrack::Database",
                                                    "找不到台账数据库 %1。请检查文件名；要新建台账，请用 init。")
                            .arg(path));
        if (info.isFile() && info.size() == 0)
            throw Error(Error::Kind::NotFound,
                        QCoreApplication::translate("rectrack::Database",
                                                    "%1 是一个空文件（0 字节），不是台账。要在这里新建台账，请用 init。")
                            .arg(path));
    }
    if (!info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath()))
        throw Error(Error::Kind::Storage, QStringLiteral("Cannot create folder %1").arg(info.absolutePath()));
    if (info.exists() && info.isDir())
        throw Error(Error::Kind::Storage, QStringLiteral("%1 is a folder, not a database file").arg(path));
    // A ledger the program may not write (a read-only file, folder or file system) opens for
    // reading: shown, verified, exported and backed up, never changed, and nothing is made
    // beside it. A new ledger cannot be made there: say so at once, with what to do.
    const QFileInfo folder(info.absolutePath());
    if (info.exists() && info.size() > 0 && !isWritableLedger(path))
        return openReadOnly(path);
    if ((info.exists() && !info.isWritable()) || !folder.isWritable())
        throw Error(Error::Kind::ReadOnly,
                    QCoreApplication::translate("rectrack::Database",
                                                "%1 不能写入：%2是只读的。整改台账需要写入这个文件和它旁边的日志文件。"
                                                "请检查权限，或把文件复制到可写的文件夹后再打开。")
                        .arg(path, info.exists() && !info.isWritable()
                                       ? QCoreApplication::translate("rectrack::Database", "文件")
                                       : QCoreApplication::translate("rectrack::Database", "所在文件夹")));
    const bool isNew = !info.exists() || info.size() == 0;
    if (!isNew)
        requireSqliteHeader(path, Error::Kind::Storage);
    // The connection lives in the Database only: a copy left here would still be in use when a
    // refusal below closes it (Qt warns "connection … is still in use" on stderr).
    std::unique_ptr<SqliteDatabase> database(
        new SqliteDatabase(openConnection(nextConnectionName(), path, path, QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"),
                                          Error::Kind::Storage),
                           info.absoluteFilePath(), false));
    const QSqlDatabase& db = database->connection();
    OutputGuard::protectLedger(database->path());
    if (isNew) {
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        AnchorStore::forget(path); // a new ledger where another one was: its anchors are not this one's
    }
    requireReadable(db, path);
    database->exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    database->exec(QStringLiteral("PRAGMA busy_timeout = 5000"));
    SqliteSchema::checkCompatible(db, path);
    database->exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    database->exec(
        QStringLiteral("PRAGMA synchronous = FULL")); // an acknowledged commit survives a power cut
    database->setUpgradeBackup(SqliteSchema::migrate(*database));
    const QVariant handle = db.driver()->handle();
    if (checkpoints == Checkpoints::Background && handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        database->m_checkpointer =
            std::make_unique<Checkpointer>(*static_cast<sqlite3* const*>(handle.data()), database->path());
    return database;
}

std::unique_ptr<SqliteDatabase> SqliteDatabase::openReadOnly(const QString& path) {
    requireSqliteHeader(path, Error::Kind::ReadOnly);
    std::unique_ptr<SqliteDatabase> database(
        new SqliteDatabase(openConnection(nextConnectionName(), path, readOnlyUri(path),
                                          QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=5000"),
                                          Error::Kind::ReadOnly),
                           QFileInfo(path).absoluteFilePath(), true));
    const QSqlDatabase& db = database->connection();
    OutputGuard::protectLedger(database->path());
    requireReadable(db, path);
    SqliteSchema::checkCompatible(db, path);
    if (Schema::version(db) != Schema::CurrentVersion)
        throw Error(Error::Kind::ReadOnly,
                    QCoreApplication::translate("rectrack::Database",
                                                "%1 由旧版本的整改台账写成，需要升级才能打开，但它是只读的。"
                                                "请把它复制到可写的文件夹后再打开。")
                        .arg(path));
    return database;
}

SqliteDatabase::SqliteDatabase(QSqlDatabase db, QString path, bool readOnly)
    : Database(std::move(db), std::move(path), readOnly) {}

SqliteDatabase::~SqliteDatabase() {
    m_checkpointer.reset(); // its last checkpoint, before the connection goes
    OutputGuard::forgetLedger(path());
    if (!isReadOnly())
        QSqlQuery(connection()).exec(QStringLiteral("PRAGMA optimize")); // keeps the planner's statistics fresh
}

int SqliteDatabase::checkpointsDone() const {
    return m_checkpointer ? m_checkpointer->checkpointsDone() : 0;
}

int SqliteDatabase::largestCommitCheckpoint() const {
    return m_checkpointer ? m_checkpointer->largestWriterCopy() : 0;
}

int SqliteDatabase::logPages() const {
    return m_checkpointer ? m_checkpointer->logPages() : 0;
}

} // namespace rectrack
