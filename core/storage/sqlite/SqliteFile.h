#pragma once
// A connection of SQLite's own C API to one database file, closed when it goes out of scope.
// For the work Qt's driver cannot do: the online backup API, integrity checks and digests
// over a file that may not even be a Rectrack database. Throws Error when the file cannot
// be opened.

#include <QString>
#include <QVariant>

#include <atomic>
#include <functional>

struct sqlite3;

namespace rectrack {

// Whether the file starts with SQLite's header (false when it cannot be read).
bool hasSqliteHeader(const QString& path);

// Whether the program may write this ledger: the file and its folder (for the log beside it).
bool isWritableLedger(const QString& path);
// The URI that opens a ledger it may not write for reading only: as an immutable file where
// nobody can write it (a read-only folder or file system, no log with content beside it), so
// nothing is made there; else read-only, seeing what others commit.
QString readOnlyUri(const QString& path);

class SqliteFile {
public:
    enum class Mode { ReadOnly, ReadWrite, Create };
    SqliteFile(const QString& path, Mode mode);
    ~SqliteFile();
    SqliteFile(const SqliteFile&) = delete;
    SqliteFile& operator=(const SqliteFile&) = delete;

    sqlite3* handle() const { return m_db; }
    const QString& path() const { return m_path; }

    // Runs one statement without parameters and hands each row's columns to `row`.
    // Throws Error (classified like Query's) when it fails.
    void each(const char* sql, const std::function<void(const QVariantList&)>& row) const;
    QVariant scalar(const char* sql) const;
    void exec(const char* sql) const;

    // While *cancel is true, statements stop early (SQLITE_INTERRUPT, thrown as Error).
    void stopWhen(const std::atomic_bool* cancel);

    // The Error for SQLite result code `code` on this connection.
    [[noreturn]] void fail(int code, const QString& what) const;

private:
    sqlite3* m_db = nullptr;
    QString m_path;
};

} // namespace rectrack
