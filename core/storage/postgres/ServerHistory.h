#pragma once
// On a server the history is written by the server itself: a trigger on every recorded table
// turns each inserted, updated or deleted row into hash-chained entries in exactly the form
// HistoryLog writes on a desk (so `verify` reads both alike), and keeps the row's row_version,
// created_at and updated_at in step with them. An edit made with psql is therefore recorded
// as well as the program's own, and nobody but the ledger's owner can write the history
// directly (the functions run as the owner; accounts have no right on the table).
//
// Who and when: the session's login role, at the statement's time. A session of the owner (an
// administrator's tools, `server push`, the test suite) may name the actor and the time itself
// through the settings rectrack.actor and rectrack.now, as RowStore does before each write.

#include <QStringList>

namespace rectrack::ServerHistory {

// The functions and triggers, all CREATE OR REPLACE: run on creation and again by `init` on an
// existing ledger (an upgrade).
QStringList statements();

} // namespace rectrack::ServerHistory
