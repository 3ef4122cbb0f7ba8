#pragma once
// One open Rectrack ledger: a connection to the database it lives in, with that database's
// SQL dialect, and its transactions. Each backend (storage/sqlite/: a file on this desk;
// storage/postgres/: a server) derives from it to open, check and upgrade its database;
// everything above works on this interface. Not copyable; one per thread.

#include "domain/Enums.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace rectrack {

class SqlDialect;

// Who a server connection signed in as: the server's login role, whether it is the ledger's
// owner (an administrator's session, whose program may name the actor), and the Rectrack role
// of the group the server put it in (none: it may only read).
struct ServerSession {
    QString user;
    bool owner = false;
    std::optional<Role> role;
};

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

    // Opens the ledger at `location` (a file's path, or a server's postgresql:// URL) and brings
    // its schema up to date. Throws Error with a clear message when it is not a Rectrack
    // database, is newer than this program, or cannot be opened.
    static std::unique_ptr<Database> open(const QString& location, OpenMode mode = OpenMode::Create,
                                          Checkpoints checkpoints = Checkpoints::Background);
    // A connection named `name` for reading the ledger at `location` on another thread (close
    // and remove it on that thread). Throws Error.
    static QSqlDatabase openReader(const QString& location, const QString& name);
    virtual ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    const QSqlDatabase& connection() const { return m_db; }
    const SqlDialect& dialect() const { return *m_dialect; }
    // Where the ledger is: its file's absolute path, or its server's URL (without a password).
    QString path() const { return m_path; }
    // Opened for reading only: the file, its folder or its file system may not be written.
    bool isReadOnly() const { return m_readOnly; }
    // On a database server (several desks at once) rather than in a file of this desk: no file
    // backups or file checks; the server's own tools do that.
    virtual bool isServer() const { return false; }
    // On a server: the connection's account as the server knows it; nullopt for a file.
    virtual std::optional<ServerSession> serverSession() const { return std::nullopt; }
    // Changes whenever another connection (another program) commits to the ledger (on a server,
    // whenever anyone does).
    qint64 dataVersion() const;
    // Whether the connection still reaches its database (a file's always does).
    virtual bool isConnected() const { return true; }
    // Connects again after the connection was lost; whether it could.
    virtual bool reconnect() { return true; }
    // Where the copy made before the last schema upgrade went; empty if there was none.
    QString lastUpgradeBackup() const { return m_upgradeBackup; }

    // Checkpoints done so far by the log's own thread (none where there is no such log).
    virtual int checkpointsDone() const { return 0; }
    // Pages in the write-ahead log after the last commit of this connection (0 without one).
    virtual int logPages() const { return 0; }
    // The most log pages one commit of this connection has copied back into the database
    // itself (0 without a log): the rest was copied off the commit path.
    virtual int largestCommitCheckpoint() const { return 0; }
    virtual bool checkpointsInBackground() const { return false; }

    // Runs work inside one write transaction (the dialect's BEGIN ... COMMIT); any exception
    // rolls it back and propagates. Nested calls join the outer transaction.
    void transaction(const std::function<void()>& work);
    bool inTransaction() const { return m_depth > 0; }
    // Counts the outer transactions begun: what is set for one transaction only is known to be
    // set while this stays the same.
    quint64 transactionNumber() const { return m_transactions; }

    // The default database file in the user's data folder.
    static QString defaultPath();

protected:
    Database(QSqlDatabase db, QString path, bool readOnly);
    void exec(const QString& sql);
    void setUpgradeBackup(const QString& path) { m_upgradeBackup = path; }

private:
    QSqlDatabase m_db;
    const SqlDialect* m_dialect;
    QString m_path;
    QString m_upgradeBackup;
    int m_depth = 0;
    quint64 m_transactions = 0;
    bool m_readOnly = false;
};

} // namespace rectrack
