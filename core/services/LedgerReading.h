#pragma once
// A read of the ledger away from the window's thread: a read-only connection of its own to the
// file, and the ledger's views and dashboard figures over it, seen from the day and under the
// deadline policy the ledger had when the read was asked for. No connection leaves core: a
// front end asks for a Source on its thread (Ledger::readingSource()), hands it to a worker,
// and the worker makes a LedgerReading there, uses it and lets it go, all on that thread.

#include "domain/StatusRules.h"
#include "services/DashboardFigures.h"
#include "storage/LedgerViews.h"
#include "storage/ReadConnection.h"

#include <QDate>
#include <QString>

namespace rectrack {

class LedgerReading {
public:
    // Everything a worker needs to read the ledger as the window sees it; plain values, copied
    // to the worker.
    struct Source {
        QString path;
        QDate today;
        DeadlinePolicy policy;
    };

    explicit LedgerReading(const Source& source); // throws Error when the file cannot be read
    LedgerReading(const LedgerReading&) = delete;
    LedgerReading& operator=(const LedgerReading&) = delete;

    const LedgerViews& views() const { return m_views; }
    DashboardFigures dashboard(const Scope& scope) const;

private:
    Source m_source;
    ReadConnection m_connection;
    LedgerViews m_views;
};

} // namespace rectrack
