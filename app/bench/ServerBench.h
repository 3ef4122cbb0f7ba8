#pragma once
// rectrack-bench --server URL: the same ledger on a PostgreSQL server (docs/performance.md):
// pushed there from a generated file, then the dashboard and the search beside psql running the
// same statements, one desk's status edits, 16 desks editing at once, and how long another
// desk waits to hear of a change.

#include "Figures.h"

#include <QString>
#include <memory>

namespace rectrack {
class Clock;
class Ledger;
}

namespace rectrack::bench {

struct ServerRun {
    QString url;       // an empty database, or a ledger pushed earlier (--reuse)
    QString file;      // the generated ledger file it is filled from when empty
    int runs = 5;
    int clients = 16;
    std::shared_ptr<const Clock> clock;
};

// Returns the process exit code (0, or 1 with the reason on standard error).
int benchServer(Figures& figures, const ServerRun& run);

} // namespace rectrack::bench
