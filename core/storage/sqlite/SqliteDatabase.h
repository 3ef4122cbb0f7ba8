#pragma once
// A ledger in one SQLite file: WAL, foreign keys, a busy timeout and durable commits, its
// schema brought up to date on open (SqliteSchema), its log checkpointed off the commit path
// (Checkpointer). A file the program may not write opens for reading only.

#include "storage/Database.h"

#include <memory>

namespace rectrack {

class Checkpointer;

class SqliteDatabase final : public Database {
public:
    static std::unique_ptr<Database> open(const QString& path, OpenMode mode, Checkpoints checkpoints);
    ~SqliteDatabase() override;

    int checkpointsDone() const override;
    int logPages() const override;
    int largestCommitCheckpoint() const override;
    bool checkpointsInBackground() const override { return m_checkpointer != nullptr; }

private:
    SqliteDatabase(QSqlDatabase db, QString path, bool readOnly);
    static std::unique_ptr<SqliteDatabase> openReadOnly(const QString& path);

    std::unique_ptr<Checkpointer> m_checkpointer;
};

// A connection of Qt's SQLite driver for reading a ledger file on another thread.
QSqlDatabase openSqliteReader(const QString& name, const QString& path);

} // namespace rectrack
