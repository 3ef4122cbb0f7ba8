#pragma once
// The floor: the statements Rectrack ran, exactly as SQLite saw them (with their bound
// values written in), timed again by the sqlite3 command-line shell on the same file.

#include <QSqlDatabase>
#include <QStringList>
#include <functional>
#include <optional>

namespace rectrack::bench {

// Runs `work` and returns every statement it executed on `db` (trigger bodies left out).
QStringList captureStatements(const QSqlDatabase& db, const std::function<void()>& work);

// The sqlite3 shell's own "Run Time: real" for running `statements` once on `file`
// (read-only), in milliseconds; empty when the shell is not installed or failed.
std::optional<double> shellMilliseconds(const QString& file, const QStringList& statements);

} // namespace rectrack::bench
