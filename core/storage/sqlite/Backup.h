#pragma once
// Copies of a ledger made with SQLite's online backup API: a consistent snapshot taken while
// the program keeps working, written beside the database in "<file>.backups/" (readable by
// the user only), and restored the same way, page by page into the live file.
//
// Copies are made before every schema upgrade, on a schedule (keeping the newest N), when the
// user asks, and of the current ledger before a restore replaces it. A restore is verified
// by comparing the content of the restored file with the backup's.

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace rectrack {
class Database;
}

namespace rectrack::Backup {

enum class Reason { Scheduled, Upgrade, Manual, BeforeRestore };

struct File {
    QString path;
    QDateTime made; // local time, from the file name
    Reason reason = Reason::Manual;
    qint64 bytes = 0;
};

struct Policy {
    int intervalHours = 24; // a scheduled copy when the newest is older than this
    int keep = 10;          // scheduled copies kept; the oldest go first
};

// "<folder of the file>/<file name>.backups"
QString folderFor(const QString& databasePath);

// A consistent copy of `sourcePath` into `targetPath` (a new file, mode 0600, in rollback-
// journal mode so that it is one self-contained file). Written under a temporary name and
// renamed into place: a crash leaves no half-written backup. Throws Error.
void copy(const QString& sourcePath, const QString& targetPath);

// The name a copy made now for `reason` gets in folderFor(databasePath): one not taken yet.
QString freePath(const QString& databasePath, Reason reason, const QDateTime& now);

// Makes a copy in folderFor(databasePath), named by `now` and `reason`; returns its path.
QString make(const QString& databasePath, Reason reason, const QDateTime& now);

// The copies of a database, newest first.
QList<File> list(const QString& databasePath);

// Deletes the oldest copies made for `reason` beyond the newest `keep`.
void prune(const QString& databasePath, Reason reason, int keep);

// A scheduled copy when the newest scheduled one is older than the policy's interval (or
// there is none); then prunes. Returns the new copy's path, if one was made.
std::optional<QString> makeIfDue(const QString& databasePath, const QDateTime& now, const Policy& policy);

// Told what a long step is about to do ("checking the backup", ...), on the thread that works.
using Progress = std::function<void(const QString& step)>;

struct Restored {
    QString previous; // where the ledger as it was before the restore went (a copy or the damaged file)
};

// Called with the staged copy of the backup, opened and brought to this program's schema, and
// where the ledger as it was will go, before the live ledger changes: what it writes there (the
// restore's history entry) arrives with the restore, in the same transaction.
using Prepare = std::function<void(Database& staged, const QString& previous)>;

// Checks the backup (full integrity check, a Rectrack database this program can open), stages
// a copy of it (schema brought up to date, `prepare` run on it), then, holding the ledger's
// write lock (waiting up to the busy timeout for another writer, else Error(Busy)): keeps the
// current ledger as a BeforeRestore copy, replaces the ledger's content with the staged copy's
// and compares both, all in one transaction. Any failure, a kill included, leaves the ledger as
// it was and no partial file behind. A ledger that cannot be read is moved aside as
// "<file>.damaged-<time>" and the staged copy put in its place. Throws Error.
Restored restore(const QString& backupPath, const QString& databasePath, const QDateTime& now,
                 const Progress& progress = {}, const Prepare& prepare = {});

QString label(Reason reason); // 定期 / 升级前 / 手动 / 恢复前

} // namespace rectrack::Backup
