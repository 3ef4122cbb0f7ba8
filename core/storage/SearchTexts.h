#pragma once
// The texts the full-text search holds, computed afresh from the ledger: one row per finding
// (its title, description, outcome and difficulties), measure and progress note, as a query of
// (entry, body, finding). What the triggers keep up to date row by row; the verifier compares
// the index with it, and a server copy fills its index from it in one statement.

#include <QString>

namespace rectrack {
class SqlDialect;

QString searchTextsQuery(const SqlDialect& dialect);

} // namespace rectrack
