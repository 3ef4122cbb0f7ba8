#pragma once
// The floor: the statements Rectrack ran, with their bound values written in, timed again by
// the database's own shell: the sqlite3 command-line shell on the same file, psql on the same
// server.

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

// psql's own times (\timing) for running `statements` once on the server at `url`, summed, in
// milliseconds; empty when psql is not installed or failed.
std::optional<double> psqlMilliseconds(const QString& url, const QStringList& statements);

} // namespace rectrack::bench
