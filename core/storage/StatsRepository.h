#pragma once
// Every aggregate of the ledger, computed in SQL (never by loading items). The dashboard,
// the CLI and the bulletin all take their numbers from here. The deadline-state CASE below
// is StatusRules::findingDeadlineState written in SQL; tests compare the two on random data.

#include "domain/Entities.h"
#include "domain/StatusRules.h"
#include "model/LedgerStats.h"

#include <QMap>
#include <QStringList>
#include <QSqlDatabase>

namespace rectrack {

class StatsRepository {
public:
    explicit StatsRepository(const QSqlDatabase& db)
        : m_db(db) {}

    LedgerStats compute(const Scope& scope, QDate today, const DeadlinePolicy& policy) const;
    QList<CategoryStats> byCategory(const Scope& scope) const;
    // Lead units, laggards first (most overdue, then least complete).
    QList<UnitStats> byUnit(const Scope& scope, QDate today, const DeadlinePolicy& policy) const;
    Trend trend(const Scope& scope, QDate today) const;
    QList<InspectionStats> byInspection(const Scope& scope, QDate today, const DeadlinePolicy& policy) const;
    // What the bulletins of the inspections in scope state, added up (counts and sums of money;
    // not their rates).
    StatedResults statedResults(const Scope& scope) const;

    // A finding's deadline state over alias f, its open measures read by subqueries; binds
    // :today and :soon.
    static QString findingStateOfF();

    // The SQL expression giving a finding's deadline state code from the columns status,
    // deadline_kind, deadline_date, m_date, m_immediate and m_standing (see compute()), for
    // other queries that filter on deadline state.
    static QString findingStateSql();
    // The same with other expressions for the six inputs, in that order.
    static QString findingStateSql(const QStringList& inputs);

private:
    QSqlDatabase m_db;
};

} // namespace rectrack
