#pragma once
// Keeps every file the program writes away from the files it must never overwrite: an open
// ledger, its write-ahead log and shared memory, its rollback journal, the backups beside it,
// and any other SQLite database. Every output (exports, bulletins, backups, saved evidence)
// asks requireSafeOutput() before it writes, so a typed path, a relative path that resolves
// to the ledger, a symbolic or hard link to it all give a clear error and change nothing.

#include <QString>

namespace rectrack::OutputGuard {

// Marks a ledger file as open in this process (its -wal, -shm and -journal files and its
// backups folder with it) until forget() is called for it.
void protectLedger(const QString& databasePath);
void forgetLedger(const QString& databasePath);

// Marks a file as in use (a backup being restored) until released.
void protectFile(const QString& path);
void forgetFile(const QString& path);

// Throws Error(Invalid) naming the file when writing `outputPath` would overwrite a protected
// file (by name after resolving links and relative parts, or by identity for hard links), or
// an existing SQLite database. Does nothing otherwise.
void requireSafeOutput(const QString& outputPath);

// The same check as a predicate, with the reason in *why.
bool isSafeOutput(const QString& outputPath, QString* why = nullptr);

} // namespace rectrack::OutputGuard
