#pragma once
// One open Rectrack database: a SQLite file with WAL, foreign keys, a busy timeout and
// durable commits, its schema brought up to date on open, its log checkpointed off the
// commit path (Checkpointer). Not copyable; one per thread.

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

namespace rectrack {

class Checkpointer;

class Database {
public:
    // Create: a missing or empty file becomes a new ledger (`init`, the desktop's new ledger and
    // its default file). Existing: the file must already be a ledger; a missing or empty file is
    // an Error(NotFound) and nothing is created, not even its folder.
    enum class OpenMode { Create, Existing };
    // Background: a thread of its own copies the log back (Checkpointer), for a ledger in use.
    // OnCommit: SQLite's own automatic checkpoint, for a file opened for one short write (the
    // copy a restore stages), which is not worth a thread.
    enum class Checkpoints { Background, OnCommit };

    // Opens and migrates the file. Throws Error with a clear message when the file is not a
    // Rectrack database, is newer than this program, or cannot be opened.
    static std::unique_ptr<Database> open(const QString& path, OpenMode mode = OpenMode::Create,
                                          Checkpoints checkpoints = Checkpoints::Background);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    const QSqlDatabase& connection() const { return m_db; }
    QString path() const { return m_path; }
    // Opened for reading only: the file, its folder or its file system may not be written.
    bool isReadOnly() const { return m_readOnly; }
    // Changes whenever another connection (another program) commits to the file: SQLite's
    // PRAGMA data_version on this connection.
    qint64 dataVersion() const;
    // Where the copy made before the last schema upgrade went; empty if there was none.
    QString lastUpgradeBackup() const { return m_upgradeBackup; }

    // Checkpoints done so far by the log's own thread (none when the driver is not SQLite's).
    int checkpointsDone() const;
    // Pages in the write-ahead log after the last commit of this connection (0 when not SQLite's).
    int logPages() const;
    // The most log pages one commit of this connection has copied back into the file itself
    // (0 when not SQLite's): the rest was copied off the commit path.
    int largestCommitCheckpoint() const;
    bool checkpointsInBackground() const { return m_checkpointer != nullptr; }

    // Runs work inside one transaction (BEGIN IMMEDIATE ... COMMIT); any exception rolls it
    // back and propagates. Nested calls join the outer transaction.
    void transaction(const std::function<void()>& work);
    bool inTransaction() const { return m_depth > 0; }

    // The default database file in the user's data folder.
    static QString defaultPath();

private:
    Database(QSqlDatabase db, QString path);
    static std::unique_ptr<Database> openReadOnly(const QString& path);
    void exec(const QString& sql);

    QSqlDatabase m_db;
    QString m_path;
    QString m_upgradeBackup;
    int m_depth = 0;
    bool m_readOnly = false;
    std::unique_ptr<Checkpointer> m_checkpointer;
};

} // namespace rectrack
