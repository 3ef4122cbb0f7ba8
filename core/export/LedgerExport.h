#pragma once
// A ledger exported to a file: CSV, XLSX or the PDF table, whole or not at all.
//
// An XLSX is written while it is read: the reading thread hands the rows, chunk by chunk,
// to a writer thread through a short queue, so reading the ledger and writing the sheet
// overlap and the whole table is never in memory. CSV and PDF are read whole, then written.

#include "LedgerTable.h"
#include "TableWriters.h"

namespace rectrack {

// progress(done, total) after each chunk read; returning false cancels: nothing is written,
// an older file stays as it was, and nullopt comes back. Otherwise the number of rows
// written. Throws Error (the ledger cannot be read, the file cannot be written).
std::optional<int> exportLedger(const LedgerViews& views, LedgerKind kind, const LedgerFilter& filter,
                                TableFormat format, const QString& path, const QString& subtitle,
                                const std::function<bool(int, int)>& progress = {});

} // namespace rectrack
