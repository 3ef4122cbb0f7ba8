#pragma once
// The history anchor a file carries (HistoryAnchor.h): a backup or any ledger file (its own
// head), a bulletin or ledger PDF (in its creator), an XLSX (its keywords), a CSV or any text
// (the anchor written in it).

#include "storage/HistoryAnchor.h"

namespace rectrack {

// Throws Error when the file cannot be read or carries no anchor.
HistoryAnchor anchorInFile(const QString& path);

} // namespace rectrack
