#include "DashboardFacts.h"

#include "SqlDialect.h"

namespace rectrack::DashboardFacts {

namespace {

const QString Open = QStringLiteral("('not_started','in_progress')");
const QString Closed = QStringLiteral("('completed','ongoing')");

// Per finding, over its measures (one row per finding that has any).
QString measureAggregate(const QString& filter) {
    return QStringLiteral(
               "SELECT finding_id, count(*) AS total, "
               " SUM(CASE WHEN status = 'completed' THEN 1 ELSE 0 END) AS completed, "
               " SUM(CASE WHEN status = 'ongoing' THEN 1 ELSE 0 END) AS ongoing, "
               " SUM(CASE WHEN status = 'in_progress' THEN 1 ELSE 0 END) AS in_progress, "
               " MAX(completed_date) AS last_completed, "
               " MIN(CASE WHEN status IN %1 AND deadline_kind IN ('date','immediate') THEN deadline_date END) AS due, "
               " SUM(CASE WHEN status IN %1 AND deadline_kind = 'immediate' AND deadline_date IS NULL THEN 1 ELSE 0 END) AS urgent, "
               " SUM(CASE WHEN status IN %1 AND deadline_kind IN ('long_term','continuous') THEN 1 ELSE 0 END) AS standing "
               "FROM measures %2 GROUP BY finding_id")
        .arg(Open, filter);
}

const QString FactColumns = QStringLiteral(
    "finding_id, inspection_id, category_id, lead_unit_id, problem, status, approved, reopened, open_due, urgent, "
    "standing, measures, measures_completed, measures_ongoing, measures_in_progress, last_completed");

// The facts of the findings `filter` selects (over f), computed from the ledger, in the
// order of FactColumns, then closed_since when an expression for it is given (a closed
// finding's day comes from history, so each caller says where from).
QString freshFacts(const QString& measureFilter, const QString& filter, const QString& closedSince = {}) {
    return QStringLiteral(
               "SELECT f.id, f.inspection_id, f.category_id, f.lead_unit_id, "
               " CASE WHEN f.kind = 'problem' THEN 1 ELSE 0 END, f.status, "
               " CASE WHEN f.signoff_state = 'approved' THEN 1 ELSE 0 END, f.reopened, "
               " CASE WHEN f.status IN %1 THEN "
               "  CASE WHEN f.deadline_kind NOT IN ('date','immediate') OR f.deadline_date IS NULL THEN m.due "
               "       WHEN m.due IS NULL OR f.deadline_date < m.due THEN f.deadline_date ELSE m.due END END, "
               " CASE WHEN f.status IN %1 AND ((f.deadline_kind = 'immediate' AND f.deadline_date IS NULL) "
               "  OR COALESCE(m.urgent, 0) > 0) THEN 1 ELSE 0 END, "
               " CASE WHEN f.deadline_kind IN ('long_term','continuous') OR COALESCE(m.standing, 0) > 0 THEN 1 ELSE 0 END, "
               " COALESCE(m.total, 0), COALESCE(m.completed, 0), COALESCE(m.ongoing, 0), COALESCE(m.in_progress, 0), "
               " m.last_completed")
               .arg(Open) +
           (closedSince.isEmpty() ? QString()
                                  : QStringLiteral(", CASE WHEN f.status IN %1 THEN %2 END").arg(Closed, closedSince)) +
           QStringLiteral(" FROM findings f LEFT JOIN (") + measureAggregate(measureFilter) +
           QStringLiteral(") m ON m.finding_id = f.id WHERE ") + filter;
}

// Refreshes the facts of one finding (an expression over the trigger's row). A finding
// closed before keeps the day it was closed; one closed now takes the day of this write.
QString refreshFacts(const QString& findingId) {
    const QString select = freshFacts(
        QStringLiteral("WHERE finding_id = ") + findingId, QStringLiteral("f.id = ") + findingId,
        QStringLiteral("COALESCE((SELECT x.closed_since FROM finding_facts x WHERE x.finding_id = f.id), "
                       "substr(f.updated_at, 1, 10))"));
    QString update;
    for (const QString& column : (FactColumns + QStringLiteral(", closed_since")).split(QStringLiteral(", "))) {
        if (column == QLatin1String("finding_id"))
            continue;
        if (!update.isEmpty())
            update += QStringLiteral(", ");
        update += column + QStringLiteral(" = excluded.") + column;
    }
    return QStringLiteral("INSERT INTO finding_facts (") + FactColumns + QStringLiteral(", closed_since) ") + select +
           QStringLiteral(" ON CONFLICT (finding_id) DO UPDATE SET ") + update;
}

// What one facts row (alias r: new or old) adds to a tally: a key and counted columns.
struct Column {
    QString name;
    QString expression; // over r
    bool number = false; // added as it is; otherwise a condition that adds 1
};

struct Tally {
    QString table;
    QList<QPair<QString, QString>> keys; // column, value over r
    QString when;                        // the rows that count at all
    QList<Column> columns;
};

QList<Tally> tallies() {
    const auto open = QStringLiteral("r.status IN ") + Open;
    const auto closed = QStringLiteral("r.status IN ") + Closed;
    return {
        {QStringLiteral("tally_inspections"),
         {{QStringLiteral("inspection_id"), QStringLiteral("r.inspection_id")}},
         QStringLiteral("1 = 1"),
         {{QStringLiteral("problems"), QStringLiteral("r.problem = 1")},
          {QStringLiteral("problems_completed"), QStringLiteral("r.problem = 1 AND r.status = 'completed'")},
          {QStringLiteral("problems_ongoing"), QStringLiteral("r.problem = 1 AND r.status = 'ongoing'")},
          {QStringLiteral("problems_in_progress"), QStringLiteral("r.problem = 1 AND r.status = 'in_progress'")},
          {QStringLiteral("problems_not_started"), QStringLiteral("r.problem = 1 AND r.status = 'not_started'")},
          {QStringLiteral("suggestions"), QStringLiteral("r.problem = 0")},
          {QStringLiteral("suggestions_closed"), QStringLiteral("r.problem = 0 AND ") + closed},
          {QStringLiteral("approved"), QStringLiteral("r.approved = 1")},
          {QStringLiteral("reopened"), QStringLiteral("r.reopened = 1")},
          {QStringLiteral("measures"), QStringLiteral("r.measures"), true},
          {QStringLiteral("measures_completed"), QStringLiteral("r.measures_completed"), true},
          {QStringLiteral("measures_ongoing"), QStringLiteral("r.measures_ongoing"), true},
          {QStringLiteral("measures_in_progress"), QStringLiteral("r.measures_in_progress"), true},
          {QStringLiteral("done"), QStringLiteral("r.status = 'completed'")},
          {QStringLiteral("ongoing"), QStringLiteral("r.status = 'ongoing'")},
          {QStringLiteral("undated_urgent"), QStringLiteral("r.open_due IS NULL AND r.urgent = 1")},
          {QStringLiteral("undated_standing"),
           open + QStringLiteral(" AND r.open_due IS NULL AND r.urgent = 0 AND r.standing = 1")},
          {QStringLiteral("undated_none"),
           open + QStringLiteral(" AND r.open_due IS NULL AND r.urgent = 0 AND r.standing = 0")}}},
        {QStringLiteral("tally_categories"),
         {{QStringLiteral("inspection_id"), QStringLiteral("r.inspection_id")},
          {QStringLiteral("category_id"), QStringLiteral("COALESCE(r.category_id, 0)")}},
         QStringLiteral("r.problem = 1"),
         {{QStringLiteral("completed"), QStringLiteral("r.status = 'completed'")},
          {QStringLiteral("ongoing"), QStringLiteral("r.status = 'ongoing'")},
          {QStringLiteral("in_progress"), QStringLiteral("r.status = 'in_progress'")},
          {QStringLiteral("not_started"), QStringLiteral("r.status = 'not_started'")}}},
        {QStringLiteral("tally_units"),
         {{QStringLiteral("unit_id"), QStringLiteral("r.lead_unit_id")}},
         QStringLiteral("r.lead_unit_id IS NOT NULL"),
         {{QStringLiteral("closed"), closed}, {QStringLiteral("open"), open}}},
        {QStringLiteral("tally_closed_days"),
         {{QStringLiteral("day"), QStringLiteral("COALESCE(r.last_completed, r.closed_since)")}},
         QStringLiteral("r.problem = 1 AND ") + closed,
         {{QStringLiteral("problems"), QStringLiteral("1"), true}}},
    };
}

QString over(QString expression, const QString& alias) {
    return expression.replace(QStringLiteral("r."), alias + u'.');
}

QString counted(const Column& c, const QString& alias) {
    return c.number ? over(c.expression, alias)
                    : QStringLiteral("CASE WHEN %1 THEN 1 ELSE 0 END").arg(over(c.expression, alias));
}

QStringList keyNames(const Tally& t) {
    QStringList names;
    for (const auto& key : t.keys)
        names << key.first;
    return names;
}

QString tallyTable(const Tally& t) {
    QString sql = QStringLiteral("CREATE TABLE ") + t.table + u'(';
    for (const auto& [column, value] : t.keys)
        sql += column + (column == QLatin1String("day") ? QStringLiteral(" TEXT") : QStringLiteral(" INTEGER")) +
               QStringLiteral(" NOT NULL, ");
    for (const Column& c : t.columns)
        sql += c.name + QStringLiteral(" INTEGER NOT NULL DEFAULT 0, ");
    return sql + QStringLiteral("PRIMARY KEY (") + keyNames(t).join(QStringLiteral(", ")) + QStringLiteral("))");
}

// The statements that add (sign "+") or take away ("-") row `alias`'s part in every tally.
QStringList tallyChange(const QString& alias, const QString& sign) {
    QStringList statements;
    for (const Tally& t : tallies()) {
        QStringList values;
        QStringList match;
        for (const auto& [column, value] : t.keys) {
            values << over(value, alias);
            match << column + QStringLiteral(" = ") + over(value, alias);
        }
        QStringList sets;
        for (const Column& c : t.columns)
            sets << QStringLiteral("%1 = %1 %2 (%3)").arg(c.name, sign, counted(c, alias));
        const QString when = over(t.when, alias);
        const QString keys = keyNames(t).join(QStringLiteral(", "));
        statements << QStringLiteral("INSERT INTO %1 (%2) SELECT %3 WHERE %4 ON CONFLICT (%2) DO NOTHING")
                          .arg(t.table, keys, values.join(QStringLiteral(", ")), when);
        statements << QStringLiteral("UPDATE %1 SET %2 WHERE %3 AND %4")
                          .arg(t.table, sets.join(QStringLiteral(", ")), match.join(QStringLiteral(" AND ")), when);
    }
    return statements;
}

} // namespace

QStringList schemaStatements(const SqlDialect& dialect) {
    QStringList s;
    s << QStringLiteral(
        "CREATE TABLE finding_facts ("
        " finding_id INTEGER PRIMARY KEY REFERENCES findings(id) ON DELETE CASCADE,"
        " inspection_id INTEGER NOT NULL, category_id INTEGER, lead_unit_id INTEGER,"
        " problem INTEGER NOT NULL, status TEXT NOT NULL, approved INTEGER NOT NULL, reopened INTEGER NOT NULL,"
        " open_due TEXT, urgent INTEGER NOT NULL, standing INTEGER NOT NULL,"
        " measures INTEGER NOT NULL, measures_completed INTEGER NOT NULL, measures_ongoing INTEGER NOT NULL,"
        " measures_in_progress INTEGER NOT NULL, last_completed TEXT, closed_since TEXT)");
    // Open findings by the day they are due: overdue and due-soon counts are ranges.
    s << QStringLiteral("CREATE INDEX facts_due ON finding_facts(open_due, urgent) WHERE open_due IS NOT NULL");
    s << QStringLiteral("CREATE INDEX facts_inspection_due ON finding_facts(inspection_id, open_due, urgent) "
                        "WHERE open_due IS NOT NULL");
    s << QStringLiteral("CREATE INDEX facts_unit_due ON finding_facts(lead_unit_id, open_due) WHERE open_due IS NOT NULL");
    s << QStringLiteral("CREATE INDEX facts_inspection ON finding_facts(inspection_id)");
    // Overdue measures: a range per open status and dated kind.
    s << QStringLiteral("CREATE INDEX measures_open_due ON measures(status, deadline_kind, deadline_date)");
    for (const Tally& t : tallies())
        s << tallyTable(t);

    const auto trigger = [&](const QString& name, const QString& event, const QString& table,
                             const QString& condition, const QStringList& statements) {
        s << dialect.createTrigger({name, event, table, condition, statements});
    };
    const QString newRow = QStringLiteral("new"), oldRow = QStringLiteral("old");
    trigger(QStringLiteral("facts_tally_insert"), QStringLiteral("INSERT"), QStringLiteral("finding_facts"), {},
            tallyChange(newRow, QStringLiteral("+")));
    trigger(QStringLiteral("facts_tally_delete"), QStringLiteral("DELETE"), QStringLiteral("finding_facts"), {},
            tallyChange(oldRow, QStringLiteral("-")));
    // Refreshing a finding's facts rewrites its row; the tallies move only when it changed.
    QStringList changed;
    for (const QString& column : (FactColumns + QStringLiteral(", closed_since")).split(QStringLiteral(", ")))
        if (column != QLatin1String("finding_id"))
            changed << QStringLiteral("old.%1 IS DISTINCT FROM new.%1").arg(column);
    trigger(QStringLiteral("facts_tally_update"), QStringLiteral("UPDATE"), QStringLiteral("finding_facts"),
            changed.join(QStringLiteral(" OR ")),
            tallyChange(oldRow, QStringLiteral("-")) + tallyChange(newRow, QStringLiteral("+")));

    trigger(QStringLiteral("findings_facts_insert"), QStringLiteral("INSERT"), QStringLiteral("findings"), {},
            {refreshFacts(QStringLiteral("new.id"))});
    // Only the columns the facts are made of (a new title or description changes nothing).
    trigger(QStringLiteral("findings_facts_update"),
            QStringLiteral("UPDATE OF inspection_id, category_id, lead_unit_id, kind, status, signoff_state, "
                           "reopened, deadline_kind, deadline_date"),
            QStringLiteral("findings"), {}, {refreshFacts(QStringLiteral("new.id"))});
    trigger(QStringLiteral("findings_facts_delete"), QStringLiteral("DELETE"), QStringLiteral("findings"), {},
            {QStringLiteral("DELETE FROM finding_facts WHERE finding_id = old.id")});
    trigger(QStringLiteral("measures_facts_insert"), QStringLiteral("INSERT"), QStringLiteral("measures"), {},
            {refreshFacts(QStringLiteral("new.finding_id"))});
    trigger(QStringLiteral("measures_facts_update"),
            QStringLiteral("UPDATE OF status, deadline_kind, deadline_date, completed_date, finding_id"),
            QStringLiteral("measures"), {}, {refreshFacts(QStringLiteral("new.finding_id"))});
    trigger(QStringLiteral("measures_facts_move"), QStringLiteral("UPDATE OF finding_id"), QStringLiteral("measures"),
            QStringLiteral("old.finding_id IS DISTINCT FROM new.finding_id"),
            {refreshFacts(QStringLiteral("old.finding_id"))});
    trigger(QStringLiteral("measures_facts_delete"), QStringLiteral("DELETE"), QStringLiteral("measures"), {},
            {refreshFacts(QStringLiteral("old.finding_id"))});

    // What the file already holds. A finding closed before this version counts as closed on
    // the day its status last changed, as the burn-up chart counted it until now.
    const QString backfill = freshFacts(
        QString(), QStringLiteral("1 = 1"),
        QStringLiteral("COALESCE((SELECT substr(max(h.at), 1, 10) FROM history h WHERE h.entity = 'findings' "
                       "AND h.entity_id = f.id AND h.field = 'status'), substr(f.updated_at, 1, 10))"));
    s << QStringLiteral("INSERT INTO finding_facts (") + FactColumns + QStringLiteral(", closed_since) ") + backfill;
    return s;
}

QStringList keptTables() {
    QStringList tables{QStringLiteral("finding_facts")};
    for (const Tally& t : tallies())
        tables << t.table;
    return tables;
}

QStringList consistencyChecks() {
    QStringList checks;
    // Facts against the ledger (closed_since is history: it cannot be recomputed).
    const QString fresh = freshFacts(QString(), QStringLiteral("1 = 1"));
    const QString kept = QStringLiteral("SELECT ") + FactColumns + QStringLiteral(" FROM finding_facts");
    checks << QStringLiteral("SELECT 'facts differ from the ledger', * FROM (") + fresh + QStringLiteral(" EXCEPT ") +
                  kept + QStringLiteral(") differing");
    checks << QStringLiteral("SELECT 'facts of no finding', * FROM (") + kept + QStringLiteral(" EXCEPT ") + fresh +
                  QStringLiteral(") extra");
    // Tallies against the facts (rows of nothing but zeros are left out of both).
    for (const Tally& t : tallies()) {
        QStringList keyValues;
        for (const auto& key : t.keys)
            keyValues << key.second;
        QStringList sums;
        QStringList columns;
        QStringList zero;
        for (const Column& c : t.columns) {
            sums << QStringLiteral("SUM(") + counted(c, QStringLiteral("r")) + u')';
            columns << c.name;
            zero << c.name + QStringLiteral(" = 0");
        }
        const QString keys = keyNames(t).join(QStringLiteral(", "));
        QStringList groups;
        for (int i = 1; i <= t.keys.size(); ++i)
            groups << QString::number(i);
        const QString recount = QStringLiteral("SELECT %1, %2 FROM finding_facts r WHERE %3 GROUP BY %4")
                                    .arg(keyValues.join(QStringLiteral(", ")), sums.join(QStringLiteral(", ")),
                                         t.when, groups.join(QStringLiteral(", ")));
        const QString held = QStringLiteral("SELECT %1, %2 FROM %3 WHERE NOT (%4)")
                                 .arg(keys, columns.join(QStringLiteral(", ")), t.table,
                                      zero.join(QStringLiteral(" AND ")));
        checks << QStringLiteral("SELECT '%1 differs from the facts', * FROM (%2 EXCEPT %3) differing").arg(t.table, recount, held);
        checks << QStringLiteral("SELECT '%1 holds counts of nothing', * FROM (%2 EXCEPT %3) extra").arg(t.table, held, recount);
    }
    return checks;
}

} // namespace rectrack::DashboardFacts
