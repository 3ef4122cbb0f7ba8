#pragma once
// A ledger's schema on a PostgreSQL server: the tables defined once (SchemaTables, with
// SQLite's types mapped: INTEGER to BIGINT, INTEGER PRIMARY KEY to an identity column, BLOB to
// BYTEA), a trigram index (pg_trgm) for the full-text search kept by trigger functions, the
// dashboard's facts (DashboardFacts) and rectrack_meta, which marks the database as a ledger
// and holds its version. A server starts at schema version 4, this program's.

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace rectrack {
class Database;
}

namespace rectrack::PostgresSchema {

constexpr auto Application = "rectrack";
// The version of what the server itself enforces (ServerHistory's triggers, ServerRoles' grants),
// kept in rectrack_meta.rules_version apart from the tables' version.
constexpr int RulesVersion = 1;

// Every statement that makes an empty database a ledger of the current version.
QStringList creationStatements();
// Throws Error(NotRectrack / NewerVersion) when the database is not a ledger this program can use.
void checkCompatible(const QSqlDatabase& db, const QString& location);
// Makes an empty database a ledger, in one transaction (`server init`, or `init` on a server).
void create(Database& database);
// Upgrades a ledger of an earlier schema version (the owner only; others are told to ask).
void bringSchemaUpToDate(Database& database);
// Applies the server's rules (history triggers, groups and grants) to a ledger made before them,
// when the session is its owner's; throws Error(Forbidden) saying who must otherwise.
void bringRulesUpToDate(Database& database);
// For copying a whole ledger in (LedgerCopy), within its transaction: the history triggers off
// (the entries are copied with the rows; only the owner may), then on again, and each table's
// numbering set to go on after the copied rows.
void suspendRecording(const QSqlDatabase& db);
void resumeRecording(const QSqlDatabase& db);
void continueNumbering(const QSqlDatabase& db);
// Also for a whole copy: the triggers that keep the search index and the dashboard's facts off
// while the rows go in (row by row, they would take most of the copy's time), then the index
// filled in one statement and the triggers on again. The facts are copied as they are; the
// copy's verification compares both with the ledger.
void suspendDerived(const QSqlDatabase& db);
void resumeDerived(const QSqlDatabase& db);
// The planner's statistics gathered now (ANALYZE), as after any bulk load: without them, a large
// ledger just copied in was searched and counted a hundred times slower until autovacuum came by.
void gatherStatistics(const QSqlDatabase& db);
// The prefix of the ledger's group roles (ServerRoles).
QString groupPrefix(const QSqlDatabase& db);

} // namespace rectrack::PostgresSchema
