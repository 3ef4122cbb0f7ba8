#include "DashboardFigures.h"

#include "storage/StatsRepository.h"

namespace rectrack {

DashboardFigures computeDashboard(const QSqlDatabase& db, const Scope& scope, QDate today,
                                  const DeadlinePolicy& policy) {
    const StatsRepository stats(db);
    DashboardFigures f;
    f.scope = scope;
    f.today = today;
    f.totals = stats.compute(scope, today, policy);
    f.categories = stats.byCategory(scope);
    f.units = stats.byUnit(scope, today, policy);
    f.trend = stats.trend(scope, today);
    f.inspections = stats.byInspection(scope, today, policy);
    f.results = resultFigures(f.totals, stats.statedResults(scope));
    return f;
}

} // namespace rectrack
