#pragma once
// Everything the leaders' dashboard shows for one scope, computed in SQL by StatsRepository
// (the same numbers as the ledgers and the bulletin). Computed over any connection, so the
// window does it on a worker thread.

#include "model/LedgerStats.h"
#include "model/ResultFigures.h"

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
    // The quantified results: as the bulletins stated them, or as the findings add up.
    QList<ResultFigure> results;
};

DashboardFigures computeDashboard(const QSqlDatabase& db, const Scope& scope, QDate today,
                                  const DeadlinePolicy& policy);

} // namespace rectrack
