#pragma once
// A ledger file's schema: its version lives in PRAGMA user_version, the file is marked as ours
// with PRAGMA application_id. A new file gets the whole schema; an older one climbs the ladder
// of migrations inside one transaction, after a copy of the file has been written.

#include "storage/Schema.h"

namespace rectrack {
class Database;
}

namespace rectrack::SqliteSchema {

constexpr int ApplicationId = 0x52435452; // 'RCTR'

// Throws Error(NotRectrack / NewerVersion) when the file cannot be used by this program.
void checkCompatible(const QSqlDatabase& db, const QString& path);
// Creates or upgrades; returns the path of the copy kept before an upgrade (empty if none).
QString migrate(Database& database);

} // namespace rectrack::SqliteSchema
