#pragma once
// The ledger's figures as plain values: what a scope holds (everything, a round, an
// inspection), its totals and the dashboard's breakdowns. Computed by StatsRepository, shown
// by the dashboard, the bulletin and the command line.

#include "domain/Entities.h"
#include "domain/Money.h"
#include "domain/StatusRules.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

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

} // namespace rectrack
