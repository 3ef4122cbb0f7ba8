#pragma once
// Everything the leaders' dashboard shows for one scope, computed in SQL by StatsRepository
// (the same numbers as the ledgers and the bulletin). Computed over any connection, so the
// window does it on a worker thread.

#include "model/LedgerStats.h"

class QSqlDatabase;

namespace rectrack {

struct DashboardFigures {
    Scope scope;
    QDate today;
    LedgerStats totals;
    QList<CategoryStats> categories;
    QList<UnitStats> units;
    Trend trend;
    QList<InspectionStats> inspections;
};

DashboardFigures computeDashboard(const QSqlDatabase& db, const Scope& scope, QDate today,
                                  const DeadlinePolicy& policy);

} // namespace rectrack
