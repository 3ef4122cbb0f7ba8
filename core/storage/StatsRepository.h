#pragma once
// Every aggregate of the ledger, computed in SQL (never by loading items). The dashboard,
// the CLI and the bulletin all take their numbers from here. The deadline-state CASE below
// is StatusRules::findingDeadlineState written in SQL; tests compare the two on random data.

#include "domain/Entities.h"
#include "domain/StatusRules.h"

#include <QMap>
#include <QStringList>
#include <QSqlDatabase>

namespace rectrack {

struct Scope {
    enum class Kind { All, Round, Inspection };
    Kind kind = Kind::All;
    Id id = 0;
    static Scope all() { return {}; }
    static Scope round(Id id) { return {Kind::Round, id}; }
    static Scope inspection(Id id) { return {Kind::Inspection, id}; }
};

struct LedgerStats {
    int inspections = 0;
    int categories = 0;
    // Problems (反馈问题); suggestions are counted separately.
    int findings = 0;
    int findingsCompleted = 0;
    int findingsOngoing = 0;
    int findingsInProgress = 0;
    int findingsNotStarted = 0;
    int suggestions = 0;
    int suggestionsClosed = 0;
    int measures = 0; // of problems and suggestions
    int measuresCompleted = 0;
    int measuresOngoing = 0;
    int measuresInProgress = 0;
    int measuresOverdue = 0;
    int signedOff = 0; // findings and suggestions approved at sign-off (已销号)
    int reopened = 0;
    // Deadline state of every finding and suggestion.
    QMap<DeadlineState, int> deadlineStates;
    int rulesMade = 0;
    Money recovered;
    int accountablePersons = 0;
    Money fundsReturned;

    int overdue() const { return deadlineStates.value(DeadlineState::Overdue); }
    int dueSoon() const { return deadlineStates.value(DeadlineState::DueSoon); }
    // Share of problems closed (已完成 + 长期坚持), 0..1; 0 when there are none.
    double completionRate() const {
        return findings == 0 ? 0.0 : static_cast<double>(findingsCompleted + findingsOngoing) / findings;
    }
};

// 领导驾驶舱: the breakdowns of the dashboard. Problems only unless said otherwise.
struct CategoryStats {
    QString title; // categories of the same title across inspections are one bar
    int completed = 0, ongoing = 0, inProgress = 0, notStarted = 0;
    int total() const { return completed + ongoing + inProgress + notStarted; }
};

struct UnitStats { // by lead unit, problems and suggestions
    Id unitId = 0;
    QString name;
    int closed = 0;     // completed or ongoing
    int inProgress = 0; // open and not overdue
    int overdue = 0;    // open and overdue
    int total() const { return closed + inProgress + overdue; }
};

struct TrendPoint {
    QDate weekEnd;
    int total = 0;     // problems in scope
    int completed = 0; // closed (completed or ongoing) by the end of that week
};

struct Trend {
    QList<TrendPoint> points;
    QDate rectificationEnd; // the latest end of concentrated rectification in scope
    int stepDays = 7;       // a week, or more when the span is long
};

struct InspectionStats {
    Id inspectionId = 0;
    QString title;
    int findings = 0; // problems
    int closed = 0;
    int overdue = 0;  // problems and suggestions overdue
    int signedOff = 0;
    double completionRate() const { return findings == 0 ? 0.0 : static_cast<double>(closed) / findings; }
};

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
