#pragma once
// The ledger's tables and indexes, defined once: what schema versions 1, 2, 5 and 6 create, in
// SQLite's type names (INTEGER PRIMARY KEY, INTEGER, TEXT, BLOB). The SQLite backend runs them
// as they are on its ladder of upgrades; another backend maps the types to its own
// (postgres/PostgresSchema). The full-text index, the dashboard's facts (DashboardFacts) and
// where the version is kept are each backend's.

#include <QStringList>

namespace rectrack::SchemaTables {

QStringList version1();
QStringList version2();
// Version 5: the totals an inspection's bulletin states (inspections.stated_totals).
QStringList version5();
// Version 6: a finding left out of the public bulletin, and why (findings.withheld).
QStringList version6();

} // namespace rectrack::SchemaTables
