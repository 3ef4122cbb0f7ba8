#pragma once
// The schema's version, whatever database holds the ledger: each backend creates the whole
// schema in a new database and climbs its own ladder of upgrades in an older one
// (sqlite/SqliteSchema.h), and records the version it reached.

#include <QSqlDatabase>
#include <QString>

namespace rectrack::Schema {

constexpr int CurrentVersion = 6;

// The version a ledger's database says it has (0: none yet).
int version(const QSqlDatabase& db);
// Throws Error(NewerVersion) when `version` is newer than this program knows.
void requireKnown(int version, const QString& location);

} // namespace rectrack::Schema
