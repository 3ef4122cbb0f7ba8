#pragma once
// Putting a backup back into a ledger's file. Backup::restore writes the backup's pages and
// checks the content; then the restored ledger is opened (its schema brought up to date) and
// the restore itself is written into its history, chained like every other change: who
// restored, when, from which backup, and where the ledger as it was went. A LedgerRestore
// works on connections of its own, so it may run on any thread.

#include "domain/Clock.h"
#include "storage/sqlite/Backup.h"

#include <memory>

namespace rectrack {

struct LedgerRestore {
    QString backupPath;
    QString databasePath;
    std::shared_ptr<const Clock> clock;
    QString actor; // who the history entry names

    // Throws Error, leaving the ledger as it was when the backup is unusable.
    Backup::Restored run(const Backup::Progress& progress = {}) const;
};

// The history entry a restore leaves: this entity, entity id 0, an update of this field from
// where the ledger as it was went to the backup's path.
inline const QString RestoredEntity = QStringLiteral("ledger");
inline const QString RestoredField = QStringLiteral("restored_from");

// Restores a ledger that cannot be opened, so that nobody can sign in to it: only when the file
// fails the quick integrity check (or is missing or empty); the damaged file is moved aside,
// not overwritten. A ledger that can be read is restored by an administrator through
// Ledger::restoreJob; here it is refused with Error(Forbidden).
Backup::Restored restoreUnreadableLedger(const LedgerRestore& restore, const Backup::Progress& progress = {});

} // namespace rectrack
