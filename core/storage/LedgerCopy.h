#pragma once
// Copies a whole ledger, history included, into another that holds nothing yet: a desk's file
// onto an office's server (`server push`), a server's ledger into a new file (`server pull`).
// Rows keep their ids and the history its entries as they are, so the chain and every row still
// verify in the copy; new rows go on numbering after the copied ones. One transaction: a copy
// that would not verify, or that fails half-way, leaves the target as it was.

#include <QtGlobal>

namespace rectrack {

class Database;

struct CopiedLedger {
    qint64 rows = 0;    // rows of the ledger's tables, evidence files included
    qint64 entries = 0; // history entries
};

// Throws Error(Invalid) when the source does not verify or the target is not empty, and any
// error of the copy itself (the target then unchanged).
CopiedLedger copyLedger(Database& from, Database& to);

} // namespace rectrack
