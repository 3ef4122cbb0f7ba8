#pragma once
// 导出: asks where, then writes a ledger (all its fields, in the view's filter) as CSV,
// XLSX or PDF on a worker thread, with a cancellable progress dialog. A failed or cancelled
// export leaves no file (core's writers write beside and rename).

#include "export/LedgerTable.h"

class QWidget;

namespace rectrack {
class Ledger;
}

namespace rectrack::ui {

void exportLedger(QWidget* parent, rectrack::Ledger& ledger, LedgerKind kind, const LedgerFilter& filter);

} // namespace rectrack::ui
