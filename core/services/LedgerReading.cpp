#include "LedgerReading.h"

namespace rectrack {

LedgerReading::LedgerReading(const Source& source)
    : m_source(source)
    , m_connection(source.path)
    , m_views(m_connection.db(), source.today, source.policy) {}

DashboardFigures LedgerReading::dashboard(const Scope& scope) const {
    return computeDashboard(m_connection.db(), scope, m_source.today, m_source.policy);
}

} // namespace rectrack
