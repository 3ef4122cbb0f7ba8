#include "StatsRepository.h"

#include "Query.h"
#include "RowReaders.h"

#include <QHash>
#include <algorithm>

namespace rectrack {

namespace {
QString scopeClause(const Scope& scope) {
    switch (scope.kind) {
    case Scope::Kind::All:
        return QStringLiteral(" (1 = 1 OR :scope IS NULL) ");
    case Scope::Kind::Round:
        return QStringLiteral(" i.round_id = :scope ");
    case Scope::Kind::Inspection:
        return QStringLiteral(" f.inspection_id = :scope ");
    }
    return {};
}

const QString OpenStatus = QStringLiteral("('not_started','in_progress')");
} // namespace

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

namespace {
// The scope as a condition over f (findings) and i (inspections), and its bound value.
QString scopeOf(const Scope& scope) {
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

void bindScope(Query& q, const Scope& scope) {
    if (scope.kind != Scope::Kind::All)
        q.bind(QStringLiteral(":scope"), QVariant(scope.id));
}

// Where a finding's deadline state comes from, over alias f: for everything, one pass over
// the open measures grouped by finding (joined as om); for a round or an inspection,
// index lookups per finding, which touch only the findings in scope.
struct StateSource {
    QString join;
    QString state;
};

StateSource stateSource(const Scope& scope) {
    if (scope.kind != Scope::Kind::All)
        return {QString(), StatsRepository::findingStateOfF()};
    return {QStringLiteral(
                " LEFT JOIN (SELECT m.finding_id, "
                "  MIN(CASE WHEN m.deadline_kind IN ('date','immediate') THEN m.deadline_date END) AS m_date, "
                "  SUM(CASE WHEN m.deadline_kind = 'immediate' AND m.deadline_date IS NULL THEN 1 ELSE 0 END) AS m_immediate, "
                "  SUM(CASE WHEN m.deadline_kind IN ('long_term','continuous') THEN 1 ELSE 0 END) AS m_standing "
                "  FROM measures m WHERE m.status IN ('not_started','in_progress') GROUP BY m.finding_id) om "
                " ON om.finding_id = f.id "),
            StatsRepository::findingStateSql({QStringLiteral("f.status"), QStringLiteral("f.deadline_kind"),
                                              QStringLiteral("f.deadline_date"), QStringLiteral("om.m_date"),
                                              QStringLiteral("COALESCE(om.m_immediate, 0)"),
                                              QStringLiteral("COALESCE(om.m_standing, 0)")})};
}
} // namespace

LedgerStats StatsRepository::compute(const Scope& scope, QDate today, const DeadlinePolicy& policy) const {
    LedgerStats s;
    const QString where = scopeClause(scope);
    const QVariant scopeId = scope.kind == Scope::Kind::All ? QVariant() : QVariant(scope.id);
    const QString todayText = today.toString(Qt::ISODate);
    const QString soonText = policy.dueSoonUntil(today).toString(Qt::ISODate);
    const StateSource source = stateSource(scope);

    {
        Query q(
            m_db,
            QStringLiteral(
                "SELECT "
                " COALESCE(SUM(CASE WHEN f.kind = 'problem' THEN 1 ELSE 0 END), 0), "
                " COALESCE(SUM(CASE WHEN f.kind = 'problem' AND f.status = 'completed' THEN 1 ELSE 0 END), "
                "0), "
                " COALESCE(SUM(CASE WHEN f.kind = 'problem' AND f.status = 'ongoing' THEN 1 ELSE 0 END), 0), "
                " COALESCE(SUM(CASE WHEN f.kind = 'problem' AND f.status = 'in_progress' THEN 1 ELSE 0 END), "
                "0), "
                " COALESCE(SUM(CASE WHEN f.kind = 'problem' AND f.status = 'not_started' THEN 1 ELSE 0 END), "
                "0), "
                " COALESCE(SUM(CASE WHEN f.kind = 'suggestion' THEN 1 ELSE 0 END), 0), "
                " COALESCE(SUM(CASE WHEN f.kind = 'suggestion' AND f.status IN ('completed','ongoing') THEN "
                "1 ELSE 0 END), 0), "
                " COALESCE(SUM(CASE WHEN f.signoff_state = 'approved' THEN 1 ELSE 0 END), 0), "
                " COALESCE(SUM(f.reopened), 0) "
                "FROM findings f JOIN inspections i ON i.id = f.inspection_id WHERE") +
                where);
        q.bind(QStringLiteral(":scope"), scopeId).exec();
        if (q.next()) {
            int c = 0;
            s.findings = q.value(c++).toInt();
            s.findingsCompleted = q.value(c++).toInt();
            s.findingsOngoing = q.value(c++).toInt();
            s.findingsInProgress = q.value(c++).toInt();
            s.findingsNotStarted = q.value(c++).toInt();
            s.suggestions = q.value(c++).toInt();
            s.suggestionsClosed = q.value(c++).toInt();
            s.signedOff = q.value(c++).toInt();
            s.reopened = q.value(c++).toInt();
        }
    }
    {
        Query q(m_db,
                QStringLiteral("SELECT count(*), "
                               " COALESCE(SUM(CASE WHEN m.status = 'completed' THEN 1 ELSE 0 END), 0), "
                               " COALESCE(SUM(CASE WHEN m.status = 'ongoing' THEN 1 ELSE 0 END), 0), "
                               " COALESCE(SUM(CASE WHEN m.status = 'in_progress' THEN 1 ELSE 0 END), 0), "
                               " COALESCE(SUM(CASE WHEN m.status IN ") +
                    OpenStatus +
                    QStringLiteral("   AND m.deadline_kind IN ('date','immediate') AND m.deadline_date < "
                                   ":today THEN 1 ELSE 0 END), 0) "
                                   "FROM measures m JOIN findings f ON f.id = m.finding_id JOIN inspections "
                                   "i ON i.id = f.inspection_id WHERE") +
                    where);
        q.bind(QStringLiteral(":scope"), scopeId).bind(QStringLiteral(":today"), todayText).exec();
        if (q.next()) {
            s.measures = q.value(0).toInt();
            s.measuresCompleted = q.value(1).toInt();
            s.measuresOngoing = q.value(2).toInt();
            s.measuresInProgress = q.value(3).toInt();
            s.measuresOverdue = q.value(4).toInt();
        }
    }
    {
        Query q(m_db,
                QStringLiteral("SELECT state, count(*) FROM (SELECT ") + source.state +
                    QStringLiteral(" AS state FROM findings f JOIN inspections i ON i.id = f.inspection_id") +
                    source.join + QStringLiteral(" WHERE") + where + QStringLiteral(") AS states GROUP BY state"));
        q.bind(QStringLiteral(":scope"), scopeId)
            .bind(QStringLiteral(":today"), todayText)
            .bind(QStringLiteral(":soon"), soonText)
            .exec();
        while (q.next())
            if (const auto state = parseCode<DeadlineState>(q.value(0).toString()))
                s.deadlineStates[*state] = q.value(1).toInt();
    }
    {
        Query q(m_db, QStringLiteral(
                          "SELECT COALESCE(SUM(r.rules_made), 0), COALESCE(SUM(r.recovered_fen), 0), "
                          " COALESCE(SUM(r.accountable_persons), 0), COALESCE(SUM(r.funds_returned_fen), 0) "
                          "FROM results r JOIN findings f ON f.id = r.finding_id JOIN inspections i ON i.id "
                          "= f.inspection_id WHERE") +
                          where);
        q.bind(QStringLiteral(":scope"), scopeId).exec();
        if (q.next()) {
            s.rulesMade = q.value(0).toInt();
            s.recovered = Money::fromFen(q.value(1).toLongLong());
            s.accountablePersons = q.value(2).toInt();
            s.fundsReturned = Money::fromFen(q.value(3).toLongLong());
        }
    }
    {
        const QString inspectionWhere =
            scope.kind == Scope::Kind::Inspection ? QStringLiteral(" i.id = :scope ")
            : scope.kind == Scope::Kind::Round    ? QStringLiteral(" i.round_id = :scope ")
                                                  : QStringLiteral(" (1 = 1 OR :scope IS NULL) ");
        Query q(m_db, QStringLiteral("SELECT count(*), (SELECT count(*) FROM categories c JOIN inspections i "
                                     "ON i.id = c.inspection_id WHERE") +
                          inspectionWhere + QStringLiteral(") FROM inspections i WHERE") + inspectionWhere);
        q.bind(QStringLiteral(":scope"), scopeId).exec();
        if (q.next()) {
            s.inspections = q.value(0).toInt();
            s.categories = q.value(1).toInt();
        }
    }
    return s;
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



QList<CategoryStats> StatsRepository::byCategory(const Scope& scope) const {
    Query q(m_db, QStringLiteral("SELECT COALESCE(c.title, ''), MIN(COALESCE(c.sort_order, 1000000)), "
                                 " SUM(CASE WHEN f.status = 'completed' THEN 1 ELSE 0 END), "
                                 " SUM(CASE WHEN f.status = 'ongoing' THEN 1 ELSE 0 END), "
                                 " SUM(CASE WHEN f.status = 'in_progress' THEN 1 ELSE 0 END), "
                                 " SUM(CASE WHEN f.status = 'not_started' THEN 1 ELSE 0 END) "
                                 "FROM findings f JOIN inspections i ON i.id = f.inspection_id "
                                 "LEFT JOIN categories c ON c.id = f.category_id "
                                 "WHERE f.kind = 'problem' AND") +
                  scopeOf(scope) + QStringLiteral("GROUP BY 1 ORDER BY 2, 1"));
    bindScope(q, scope);
    q.exec();
    QList<CategoryStats> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(2).toInt(), q.value(3).toInt(), q.value(4).toInt(),
                    q.value(5).toInt()});
    return out;
}

QList<UnitStats> StatsRepository::byUnit(const Scope& scope, QDate today, const DeadlinePolicy& policy) const {
    Query q(m_db, QStringLiteral("SELECT u.id, u.name, "
                                 " SUM(CASE WHEN f.status IN ('completed','ongoing') THEN 1 ELSE 0 END), "
                                 " SUM(CASE WHEN f.status NOT IN ('completed','ongoing') AND state <> 'overdue' THEN 1 ELSE 0 END), "
                                 " SUM(CASE WHEN state = 'overdue' THEN 1 ELSE 0 END) "
                                 "FROM (SELECT f.id, f.status, f.lead_unit_id, ") +
                      stateSource(scope).state +
                      QStringLiteral(" AS state FROM findings f JOIN inspections i ON i.id = f.inspection_id ") +
                      stateSource(scope).join + QStringLiteral(" WHERE f.lead_unit_id IS NOT NULL AND") +
                      scopeOf(scope) +
                      QStringLiteral(") f JOIN units u ON u.id = f.lead_unit_id GROUP BY u.id, u.name"));
    bindScope(q, scope);
    q.bind(QStringLiteral(":today"), today.toString(Qt::ISODate));
    q.bind(QStringLiteral(":soon"), policy.dueSoonUntil(today).toString(Qt::ISODate));
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
    QDate start;
    {
        Query q(m_db, QStringLiteral("SELECT MIN(i.feedback_date), MAX(i.rectification_end), "
                                     " (SELECT count(*) FROM findings f JOIN inspections i ON i.id = f.inspection_id "
                                     "  WHERE f.kind = 'problem' AND") +
                          scopeOf(scope) + QStringLiteral(") FROM inspections i WHERE") + scopeOf(scope));
        bindScope(q, scope);
        if (!q.exec().next())
            return trend;
        start = dateFrom(q.value(0));
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
    // its status last changed (from the history), else its last update.
    Query q(m_db, QStringLiteral("SELECT d, count(*) FROM (SELECT COALESCE("
                                 " (SELECT max(m.completed_date) FROM measures m WHERE m.finding_id = f.id), "
                                 " (SELECT substr(max(h.at), 1, 10) FROM history h WHERE h.entity = 'findings' "
                                 "   AND h.entity_id = f.id AND h.field = 'status'), "
                                 " substr(f.updated_at, 1, 10)) AS d "
                                 "FROM findings f JOIN inspections i ON i.id = f.inspection_id "
                                 "WHERE f.kind = 'problem' AND f.status IN ('completed','ongoing') AND") +
                  scopeOf(scope) + QStringLiteral(") GROUP BY d ORDER BY d"));
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

QList<InspectionStats> StatsRepository::byInspection(const Scope& scope, QDate today,
                                                     const DeadlinePolicy& policy) const {
    Query q(m_db, QStringLiteral("SELECT i.id, i.title, "
                                 " SUM(CASE WHEN f.kind = 'problem' THEN 1 ELSE 0 END), "
                                 " SUM(CASE WHEN f.kind = 'problem' AND f.status IN ('completed','ongoing') THEN 1 ELSE 0 END), "
                                 " SUM(CASE WHEN f.state = 'overdue' THEN 1 ELSE 0 END), "
                                 " SUM(CASE WHEN f.signoff_state = 'approved' THEN 1 ELSE 0 END) "
                                 "FROM inspections i LEFT JOIN (SELECT f.inspection_id, f.kind, f.status, f.signoff_state, ") +
                      stateSource(scope).state +
                      QStringLiteral(" AS state FROM findings f JOIN inspections i ON i.id = f.inspection_id ") +
                      stateSource(scope).join + QStringLiteral(" WHERE") + scopeOf(scope) +
                      QStringLiteral(") f ON f.inspection_id = i.id WHERE") + scopeOf(scope) +
                      QStringLiteral("GROUP BY i.id, i.title ORDER BY i.id"));
    bindScope(q, scope);
    q.bind(QStringLiteral(":today"), today.toString(Qt::ISODate));
    q.bind(QStringLiteral(":soon"), policy.dueSoonUntil(today).toString(Qt::ISODate));
    q.exec();
    QList<InspectionStats> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toInt(),
                    q.value(4).toInt(), q.value(5).toInt()});
    return out;
}

} // namespace rectrack
