#include "SqliteFile.h"

#include "model/Error.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUrl>
#include <QFile>
#include <sqlite3.h>

namespace rectrack {

namespace {
Error::Kind kindOf(int code) {
    switch (code & 0xff) {
    case SQLITE_FULL:
        return Error::Kind::DiskFull;
    case SQLITE_READONLY:
        return Error::Kind::ReadOnly;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Error::Kind::Busy;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Error::Kind::Corrupt;
    default:
        return Error::Kind::Storage;
    }
}

QVariant columnValue(sqlite3_stmt* statement, int column) {
    switch (sqlite3_column_type(statement, column)) {
    case SQLITE_INTEGER:
        return QVariant(static_cast<qint64>(sqlite3_column_int64(statement, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(statement, column));
    case SQLITE_TEXT:
        return QVariant(QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, column)),
                                          sqlite3_column_bytes(statement, column)));
    case SQLITE_BLOB: {
        const void* data = sqlite3_column_blob(statement, column);
        return QVariant(QByteArray(static_cast<const char*>(data), sqlite3_column_bytes(statement, column)));
    }
    default:
        return QVariant();
    }
}
} // namespace

bool hasSqliteHeader(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(16) == QByteArray("SQLite format 3", 16);
}

bool isWritableLedger(const QString& path) {
    const QFileInfo info(path);
    return (!info.exists() || info.isWritable()) && QFileInfo(info.absolutePath()).isWritable();
}

QString readOnlyUri(const QString& path) {
    const QFileInfo log(path + QStringLiteral("-wal"));
    const QFileInfo info(path);
    const QString file = QString::fromUtf8(QUrl::fromLocalFile(info.absoluteFilePath()).toEncoded());
    // Immutable only where nobody can write it either (a read-only folder or file system):
    // elsewhere a colleague with the right may change it while it is read.
    const bool frozen = !QFileInfo(info.absolutePath()).isWritable() && !(log.exists() && log.size() > 0);
    return file + (frozen ? QStringLiteral("?immutable=1") : QStringLiteral("?mode=ro"));
}

SqliteFile::SqliteFile(const QString& path, Mode mode)
    : m_path(path) {
    int flags = mode == Mode::ReadOnly    ? SQLITE_OPEN_READONLY
                : mode == Mode::ReadWrite ? SQLITE_OPEN_READWRITE
                                          : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    QByteArray file = QFile::encodeName(path);
    if (mode == Mode::ReadOnly && QFileInfo::exists(path) && !isWritableLedger(path)) {
        file = readOnlyUri(path).toUtf8(); // a read-only file or folder: no log made beside it
        flags |= SQLITE_OPEN_URI;
    }
    const int rc = sqlite3_open_v2(file.constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString text = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_close(m_db);
        m_db = nullptr;
        throw Error(kindOf(rc), QCoreApplication::translate("rectrack::SqliteFile", "无法打开 %1：%2").arg(path, text));
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, 5000);
}

SqliteFile::~SqliteFile() {
    sqlite3_close_v2(m_db);
}

void SqliteFile::stopWhen(const std::atomic_bool* cancel) {
    sqlite3_progress_handler(
        m_db, 10000,
        [](void* flag) -> int { return static_cast<const std::atomic_bool*>(flag)->load() ? 1 : 0; },
        const_cast<std::atomic_bool*>(cancel));
}

void SqliteFile::fail(int code, const QString& what) const {
    throw Error(kindOf(code), QCoreApplication::translate("rectrack::SqliteFile", "%1 失败（%2）：%3")
                                  .arg(what, m_path, QString::fromUtf8(sqlite3_errmsg(m_db))));
}

void SqliteFile::each(const char* sql, const std::function<void(const QVariantList&)>& row) const {
    sqlite3_stmt* statement = nullptr;
    int rc = sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(statement);
        fail(rc, QString::fromUtf8(sql));
    }
    const int columns = sqlite3_column_count(statement);
    QVariantList values;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        values.clear();
        for (int c = 0; c < columns; ++c)
            values << columnValue(statement, c);
        row(values);
    }
    sqlite3_finalize(statement);
    if (rc != SQLITE_DONE)
        fail(rc, QString::fromUtf8(sql));
}

QVariant SqliteFile::scalar(const char* sql) const {
    QVariant first;
    bool seen = false;
    each(sql, [&](const QVariantList& values) {
        if (!seen && !values.isEmpty())
            first = values.first();
        seen = true;
    });
    return first;
}

void SqliteFile::exec(const char* sql) const {
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    sqlite3_free(message);
    if (rc != SQLITE_OK)
        fail(rc, QString::fromUtf8(sql));
}

} // namespace rectrack
