#include "StatsRepository.h"

#include "Query.h"
#include "RowReaders.h"

#include <algorithm>

namespace rectrack {

QString StatsRepository::findingStateSql() {
    // Inputs: status, deadline_kind, deadline_date, m_date (earliest dated open measure),
    // m_immediate (open undated 立行立改 measures), m_standing (open 长期坚持/持续推进 measures).
    return findingStateSql({QStringLiteral("status"), QStringLiteral("deadline_kind"),
                            QStringLiteral("deadline_date"), QStringLiteral("m_date"),
                            QStringLiteral("m_immediate"), QStringLiteral("m_standing")});
}

QString StatsRepository::findingStateSql(const QStringList& in) {
    Q_ASSERT(in.size() == 6);
    return QStringLiteral(
               "CASE "
               " WHEN %1 = 'completed' THEN 'done' "
               " WHEN %1 = 'ongoing' THEN 'ongoing' "
               " WHEN (%2 IN ('date','immediate') AND %3 < :today) OR %4 < :today THEN 'overdue' "
               " WHEN (%2 IN ('date','immediate') AND %3 <= :soon) OR %4 <= :soon "
               "      OR (%2 = 'immediate' AND %3 IS NULL) OR %5 > 0 THEN 'due_soon' "
               " WHEN (%2 IN ('date','immediate') AND %3 IS NOT NULL) OR %4 IS NOT NULL THEN 'on_track' "
               " WHEN %2 IN ('long_term','continuous') OR %6 > 0 THEN 'ongoing' "
               " ELSE 'no_deadline' END")
        .arg(in[0], in[1], in[2], in[3], in[4], in[5]);
}

QString StatsRepository::findingStateOfF() {
    const QString open = QStringLiteral("SELECT %1 FROM measures m WHERE m.finding_id = f.id AND ") +
                         rowreaders::OpenMeasure + QStringLiteral(" AND %2");
    return findingStateSql(
        {QStringLiteral("f.status"), QStringLiteral("f.deadline_kind"), QStringLiteral("f.deadline_date"),
         u'(' + open.arg(QStringLiteral("min(m.deadline_date)"), QStringLiteral("m.deadline_kind IN ('date','immediate')")) + u')',
         u'(' + open.arg(QStringLiteral("count(*)"), QStringLiteral("m.deadline_kind = 'immediate' AND m.deadline_date IS NULL")) + u')',
         u'(' + open.arg(QStringLiteral("count(*)"), QStringLiteral("m.deadline_kind IN ('long_term','continuous')")) + u')'});
}

// The aggregates read the facts and tallies that triggers keep (DashboardFacts.h): sums
// over a few thousand tally rows, and ranges of the open findings' due days for what
// depends on today.
namespace {
const QString Closed = QStringLiteral("('completed','ongoing')");

// The scope as a condition over a row with an inspection_id (facts, tallies).
QString scopeOn(const Scope& scope, const QString& alias) {
    switch (scope.kind) {
    case Scope::Kind::All:
        return QStringLiteral(" 1 = 1 ");
    case Scope::Kind::Round:
        return QStringLiteral(" %1.inspection_id IN (SELECT id FROM inspections WHERE round_id = :scope) ").arg(alias);
    case Scope::Kind::Inspection:
        return QStringLiteral(" %1.inspection_id = :scope ").arg(alias);
    }
    return {};
}

// The scope as a condition over inspections (alias i).
QString scopeOfInspections(const Scope& scope) {
    switch (scope.kind) {
    case Scope::Kind::All:
        return QStringLiteral(" 1 = 1 ");
    case Scope::Kind::Round:
        return QStringLiteral(" i.round_id = :scope ");
    case Scope::Kind::Inspection:
        return QStringLiteral(" i.id = :scope ");
    }
    return {};
}

// The findings in scope, for tables keyed by finding (measures, results).
QString findingsInScope(const Scope& scope, const QString& column) {
    if (scope.kind == Scope::Kind::All)
        return QStringLiteral(" 1 = 1 ");
    return QStringLiteral(" %1 IN (SELECT x.finding_id FROM finding_facts x WHERE %2) ").arg(column, scopeOn(scope, QStringLiteral("x")));
}

void bindScope(Query& q, const Scope& scope) {
    if (scope.kind != Scope::Kind::All)
        q.bind(QStringLiteral(":scope"), QVariant(scope.id));
}
} // namespace

LedgerStats StatsRepository::compute(const Scope& scope, QDate today, const DeadlinePolicy& policy) const {
    LedgerStats s;
    const QString todayText = today.toString(Qt::ISODate);
    const QString soonText = policy.dueSoonUntil(today).toString(Qt::ISODate);
    const QString facts = scopeOn(scope, QStringLiteral("x"));
    Query q(m_db,
            QStringLiteral(
                "SELECT COALESCE(SUM(problems), 0), COALESCE(SUM(problems_completed), 0), "
                " COALESCE(SUM(problems_ongoing), 0), COALESCE(SUM(problems_in_progress), 0), "
                " COALESCE(SUM(problems_not_started), 0), COALESCE(SUM(suggestions), 0), "
                " COALESCE(SUM(suggestions_closed), 0), COALESCE(SUM(approved), 0), COALESCE(SUM(reopened), 0), "
                " COALESCE(SUM(measures), 0), COALESCE(SUM(measures_completed), 0), "
                " COALESCE(SUM(measures_ongoing), 0), COALESCE(SUM(measures_in_progress), 0), "
                " COALESCE(SUM(done), 0), COALESCE(SUM(ongoing), 0), COALESCE(SUM(undated_urgent), 0), "
                " COALESCE(SUM(undated_standing), 0), COALESCE(SUM(undated_none), 0), "
                // what depends on today: ranges of the open findings' due days
                " (SELECT count(*) FROM finding_facts x WHERE x.open_due < :today AND %1), "
                " (SELECT count(*) FROM finding_facts x WHERE x.open_due >= :today AND x.open_due <= :soon AND %1), "
                " (SELECT count(*) FROM finding_facts x WHERE x.open_due > :soon AND %1), "
                " (SELECT count(*) FROM finding_facts x WHERE x.open_due > :soon AND x.urgent = 1 AND %1), "
                " (SELECT count(*) FROM measures m WHERE m.status IN ('not_started','in_progress') "
                "   AND m.deadline_kind IN ('date','immediate') AND m.deadline_date < :today AND %2), "
                " (SELECT COALESCE(SUM(r.rules_made), 0) FROM results r WHERE %3), "
                " (SELECT COALESCE(SUM(r.recovered_fen), 0) FROM results r WHERE %3), "
                " (SELECT COALESCE(SUM(r.accountable_persons), 0) FROM results r WHERE %3), "
                " (SELECT COALESCE(SUM(r.funds_returned_fen), 0) FROM results r WHERE %3), "
                " (SELECT count(*) FROM inspections i WHERE %4), "
                " (SELECT count(*) FROM categories c JOIN inspections i ON i.id = c.inspection_id WHERE %4) "
                "FROM tally_inspections t WHERE %5")
                .arg(facts, findingsInScope(scope, QStringLiteral("m.finding_id")),
                     findingsInScope(scope, QStringLiteral("r.finding_id")), scopeOfInspections(scope),
                     scopeOn(scope, QStringLiteral("t"))));
    bindScope(q, scope);
    q.bind(QStringLiteral(":today"), todayText).bind(QStringLiteral(":soon"), soonText).exec();
    if (!q.next())
        return s;
    int c = 0;
    const auto next = [&] { return q.value(c++).toInt(); };
    s.findings = next();
    s.findingsCompleted = next();
    s.findingsOngoing = next();
    s.findingsInProgress = next();
    s.findingsNotStarted = next();
    s.suggestions = next();
    s.suggestionsClosed = next();
    s.signedOff = next();
    s.reopened = next();
    s.measures = next();
    s.measuresCompleted = next();
    s.measuresOngoing = next();
    s.measuresInProgress = next();
    const int done = next(), closedOngoing = next(), undatedUrgent = next(), undatedStanding = next(),
              undatedNone = next();
    const int overdue = next(), soon = next(), later = next(), laterUrgent = next();
    s.measuresOverdue = next();
    s.rulesMade = next();
    s.recovered = Money::fromFen(q.value(c++).toLongLong());
    s.accountablePersons = next();
    s.fundsReturned = Money::fromFen(q.value(c++).toLongLong());
    s.inspections = next();
    s.categories = next();
    const QList<QPair<DeadlineState, int>> states = {
        {DeadlineState::Done, done},
        {DeadlineState::Ongoing, closedOngoing + undatedStanding},
        {DeadlineState::Overdue, overdue},
        {DeadlineState::DueSoon, soon + laterUrgent + undatedUrgent},
        {DeadlineState::OnTrack, later - laterUrgent},
        {DeadlineState::NoDeadline, undatedNone}};
    for (const auto& [state, count] : states)
        if (count > 0)
            s.deadlineStates[state] = count;
    return s;
}

QList<CategoryStats> StatsRepository::byCategory(const Scope& scope) const {
    Query q(m_db, QStringLiteral("SELECT COALESCE(c.title, ''), MIN(COALESCE(c.sort_order, 1000000)), "
                                 " SUM(t.completed), SUM(t.ongoing), SUM(t.in_progress), SUM(t.not_started) "
                                 "FROM tally_categories t LEFT JOIN categories c ON c.id = t.category_id "
                                 "WHERE t.completed + t.ongoing + t.in_progress + t.not_started > 0 AND") +
                      scopeOn(scope, QStringLiteral("t")) + QStringLiteral("GROUP BY 1 ORDER BY 2, 1"));
    bindScope(q, scope);
    q.exec();
    QList<CategoryStats> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(2).toInt(), q.value(3).toInt(), q.value(4).toInt(),
                    q.value(5).toInt()});
    return out;
}

QList<UnitStats> StatsRepository::byUnit(const Scope& scope, QDate today, const DeadlinePolicy&) const {
    // For everything, the running totals per unit and the overdue range; for a round or an
    // inspection, its findings' facts.
    const QString sql =
        scope.kind == Scope::Kind::All
            ? QStringLiteral("SELECT u.id, u.name, t.closed, t.open - COALESCE(o.n, 0), COALESCE(o.n, 0) "
                             "FROM tally_units t JOIN units u ON u.id = t.unit_id "
                             "LEFT JOIN (SELECT x.lead_unit_id, count(*) AS n FROM finding_facts x "
                             " WHERE x.open_due < :today GROUP BY x.lead_unit_id) o ON o.lead_unit_id = t.unit_id "
                             "WHERE t.closed + t.open > 0")
            : QStringLiteral("SELECT u.id, u.name, "
                             " SUM(CASE WHEN x.status IN ") +
                  Closed +
                  QStringLiteral(" THEN 1 ELSE 0 END), "
                                 " SUM(CASE WHEN x.status NOT IN ") +
                  Closed +
                  QStringLiteral(" AND (x.open_due IS NULL OR x.open_due >= :today) THEN 1 ELSE 0 END), "
                                 " SUM(CASE WHEN x.open_due < :today THEN 1 ELSE 0 END) "
                                 "FROM finding_facts x JOIN units u ON u.id = x.lead_unit_id WHERE") +
                  scopeOn(scope, QStringLiteral("x")) + QStringLiteral("GROUP BY u.id, u.name");
    Query q(m_db, sql);
    bindScope(q, scope);
    q.bind(QStringLiteral(":today"), today.toString(Qt::ISODate));
    q.exec();
    QList<UnitStats> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toInt(),
                    q.value(4).toInt()});
    std::sort(out.begin(), out.end(), [](const UnitStats& a, const UnitStats& b) {
        if (a.overdue != b.overdue)
            return a.overdue > b.overdue;
        const double ra = a.total() ? static_cast<double>(a.closed) / a.total() : 1.0;
        const double rb = b.total() ? static_cast<double>(b.closed) / b.total() : 1.0;
        if (ra != rb)
            return ra < rb;
        return a.name < b.name;
    });
    return out;
}

Trend StatsRepository::trend(const Scope& scope, QDate today) const {
    Trend trend;
    {
        Query q(m_db, QStringLiteral("SELECT MIN(i.feedback_date), MAX(i.rectification_end), "
                                     " (SELECT COALESCE(SUM(t.problems), 0) FROM tally_inspections t WHERE") +
                          scopeOn(scope, QStringLiteral("t")) + QStringLiteral(") FROM inspections i WHERE") +
                          scopeOfInspections(scope));
        bindScope(q, scope);
        if (!q.exec().next())
            return trend;
        const QDate start = dateFrom(q.value(0));
        trend.rectificationEnd = dateFrom(q.value(1));
        if (!start.isValid() || start > today)
            return trend;
        const int total = q.value(2).toInt();
        const qint64 span = start.daysTo(today);
        trend.stepDays = 7 * static_cast<int>(std::max<qint64>(1, span / (7 * 104) + 1)); // at most about 104 points
        for (QDate end = start.addDays(trend.stepDays - 1);; end = end.addDays(trend.stepDays)) {
            trend.points.append({std::min(end, today), total, 0});
            if (end >= today)
                break;
        }
    }
    // When each closed problem was closed: its last measure's completion date, else the day
    // its status became closed.
    Query q(m_db, scope.kind == Scope::Kind::All
                      ? QStringLiteral("SELECT day, problems FROM tally_closed_days WHERE problems > 0 ORDER BY day")
                      : QStringLiteral("SELECT COALESCE(x.last_completed, x.closed_since) AS d, count(*) "
                                       "FROM finding_facts x WHERE x.problem = 1 AND x.status IN ") +
                            Closed + QStringLiteral(" AND") + scopeOn(scope, QStringLiteral("x")) +
                            QStringLiteral("GROUP BY d ORDER BY d"));
    bindScope(q, scope);
    q.exec();
    while (q.next()) {
        const QDate closed = dateFrom(q.value(0));
        const int count = q.value(1).toInt();
        for (TrendPoint& p : trend.points)
            if (!closed.isValid() || closed <= p.weekEnd)
                p.completed += count;
    }
    return trend;
}

StatedResults StatsRepository::statedResults(const Scope& scope) const {
    Query q(m_db, QStringLiteral("SELECT i.stated_totals FROM inspections i WHERE") + scopeOfInspections(scope) +
                      QStringLiteral("AND i.stated_totals <> ''"));
    bindScope(q, scope);
    q.exec();
    StatedResults sum;
    while (q.next()) {
        const StatedResults one = StatedResults::fromText(q.value(0).toString());
        for (auto it = one.counts.cbegin(); it != one.counts.cend(); ++it)
            sum.counts[it.key()] += it.value();
        for (auto it = one.amounts.cbegin(); it != one.amounts.cend(); ++it)
            sum.amounts[it.key()] += it.value();
    }
    return sum;
}

QList<InspectionStats> StatsRepository::byInspection(const Scope& scope, QDate today, const DeadlinePolicy&) const {
    Query q(m_db, QStringLiteral("SELECT i.id, i.title, COALESCE(t.problems, 0), "
                                 " COALESCE(t.problems_completed + t.problems_ongoing, 0), COALESCE(o.n, 0), "
                                 " COALESCE(t.approved, 0) "
                                 "FROM inspections i LEFT JOIN tally_inspections t ON t.inspection_id = i.id "
                                 "LEFT JOIN (SELECT x.inspection_id, count(*) AS n FROM finding_facts x "
                                 " WHERE x.open_due < :today AND") +
                      scopeOn(scope, QStringLiteral("x")) +
                      QStringLiteral("GROUP BY x.inspection_id) o ON o.inspection_id = i.id WHERE") +
                      scopeOfInspections(scope) + QStringLiteral("ORDER BY i.id"));
    bindScope(q, scope);
    q.bind(QStringLiteral(":today"), today.toString(Qt::ISODate));
    q.exec();
    QList<InspectionStats> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toInt(),
                    q.value(4).toInt(), q.value(5).toInt()});
    return out;
}

} // namespace rectrack
