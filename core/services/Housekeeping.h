#pragma once
// What the desktop program does in the background after it opens a ledger: SQLite's quick
// integrity check, then — only when the file is whole, so that a damaged file never pushes
// good copies out — the scheduled backup (Backup::makeIfDue). Runs on a connection of its
// own; touches nothing of the caller's.

#include "storage/sqlite/Backup.h"
#include "storage/sqlite/Integrity.h"

#include <optional>

namespace rectrack {

struct HousekeepingReport {
    IntegrityReport integrity;
    std::optional<QString> backup; // the scheduled copy made, if one was due
    QString backupError;           // why the copy could not be made (the disk is full …)
};

// Stops early (a cancelled report, no backup) once *cancel turns true: the program is closing.
HousekeepingReport runHousekeeping(const QString& databasePath, const QDateTime& now, const Backup::Policy& policy,
                                   const std::atomic_bool* cancel = nullptr);

} // namespace rectrack
