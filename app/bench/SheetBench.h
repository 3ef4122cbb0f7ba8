#pragma once
// rectrack-bench --only sheet: an office's ledger workbook of 10,000 measure rows (2,500
// problems of four measures, each row with its unit, person, deadline and progress), generated,
// then read, parsed and saved into a new ledger with its history, as `import` does; and the
// peak memory of the whole.

#include "Figures.h"

#include <QString>
#include <memory>

namespace rectrack {
class Clock;
}

namespace rectrack::bench {

// Writes the workbook and the ledger in `work`. Returns 0, or 1 with the reason on stderr.
int benchSheetImport(Figures& figures, const QString& work, int measureRows, std::shared_ptr<const Clock> clock);

} // namespace rectrack::bench
