#include "LedgerViews.h"

#include "RowReaders.h"
#include "SqlDialect.h"
#include "StatsRepository.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <limits>

namespace rectrack {

using namespace rowreaders;

namespace {

QString codes(const QStringList& values) {
    QStringList quoted; // codes are the program's own constants, never input
    for (const QString& v : values)
        quoted << QStringLiteral("'%1'").arg(v);
    return quoted.join(u',');
}

template <typename E> QStringList codesOf(const QList<E>& values) {
    QStringList out;
    for (E v : values)
        out << code(v);
    return out;
}

// A LIMIT's value: -1 is every row, written as the largest count (not every database takes -1).
QVariant limitOf(int limit) {
    return limit < 0 ? QVariant(std::numeric_limits<qint64>::max()) : QVariant(limit);
}

QString placeholders(qsizetype count) {
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    return marks.join(u',');
}

QString excerptOf(const QString& body, const QStringList& words) {
    QString flat = body;
    flat.replace(u'\n', u' ');
    qsizetype at = -1;
    for (const QString& w : words)
        if ((at = flat.indexOf(w, 0, Qt::CaseInsensitive)) >= 0)
            break;
    at = std::max<qsizetype>(0, at);
    const qsizetype from = std::max<qsizetype>(0, at - 20);
    QString text = flat.mid(from, 60).trimmed();
    if (from > 0)
        text.prepend(u'…');
    if (from + 60 < flat.size())
        text.append(u'…');
    return text;
}

} // namespace

QStringList searchWords(const QString& text) {
    static const QRegularExpression spaces(QStringLiteral("[\\s\\x{3000}]+"));
    QString clean = text;
    clean.removeIf([](QChar c) { return c.category() == QChar::Other_Control || c.category() == QChar::Other_Format; });
    QStringList words = clean.split(spaces, Qt::SkipEmptyParts);
    words.removeDuplicates();
    return words;
}

// Conditions and the values bound to their named placeholders.
struct LedgerViews::Where {
    QStringList conditions;
    QList<std::pair<QString, QVariant>> values;

    QString add(const QVariant& value) {
        const QString name = QStringLiteral(":p%1").arg(values.size());
        values.append({name, value});
        return name;
    }
    QString sql() const {
        return conditions.isEmpty() ? QStringLiteral(" WHERE 1 = 1 ")
                                    : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND ")) + u' ';
    }
    // The search_index rows that contain every word (one text: a finding's own, a measure, a note).
    // Words of three characters or more go to the dialect's index; shorter ones are too short
    // for a trigram and are looked for as they are.
    QString matchingRows(const QStringList& words, const SqlDialect& dialect) {
        QStringList longWords, parts;
        for (const QString& w : words) {
            if (w.size() >= 3)
                longWords << w;
            else
                parts << QStringLiteral("body LIKE %1 ESCAPE '\\'").arg(add(likeContaining(w)));
        }
        if (!longWords.isEmpty())
            parts.prepend(dialect.searchContainsAll(longWords, [this](const QVariant& v) { return add(v); }));
        return parts.join(QStringLiteral(" AND "));
    }
};

namespace {
void bindAll(Query& q, const QString& sql, const QList<std::pair<QString, QVariant>>& values, QDate today,
             QDate soon) {
    for (const auto& [name, value] : values)
        q.bind(name, value);
    if (sql.contains(QStringLiteral(":today")))
        q.bind(QStringLiteral(":today"), today.toString(Qt::ISODate));
    if (sql.contains(QStringLiteral(":soon")))
        q.bind(QStringLiteral(":soon"), soon.toString(Qt::ISODate));
}
} // namespace

QString LedgerViews::measureStateSql() {
    return QStringLiteral("CASE "
                          " WHEN m.status = 'completed' THEN 'done' "
                          " WHEN m.status = 'ongoing' THEN 'ongoing' "
                          " WHEN m.deadline_kind IN ('long_term','continuous') THEN 'ongoing' "
                          " WHEN m.deadline_kind = 'none' THEN 'no_deadline' "
                          " WHEN m.deadline_date IS NULL THEN "
                          "   CASE WHEN m.deadline_kind = 'immediate' THEN 'due_soon' ELSE 'no_deadline' END "
                          " WHEN m.deadline_date < :today THEN 'overdue' "
                          " WHEN m.deadline_date <= :soon THEN 'due_soon' "
                          " ELSE 'on_track' END");
}

LedgerViews::Where LedgerViews::scopeWhere(const LedgerFilter& filter) const {
    Where w;
    if (filter.inspectionId)
        w.conditions << QStringLiteral("f.inspection_id = %1").arg(w.add(*filter.inspectionId));
    if (filter.roundId)
        w.conditions << QStringLiteral("i.round_id = %1").arg(w.add(*filter.roundId));
    if (filter.kind)
        w.conditions << QStringLiteral("f.kind = %1").arg(w.add(code(*filter.kind)));
    if (filter.categoryId)
        w.conditions << QStringLiteral("f.category_id = %1").arg(w.add(*filter.categoryId));
    if (filter.categoryTitle)
        w.conditions << QStringLiteral("COALESCE((SELECT c.title FROM categories c WHERE c.id = f.category_id), '') = %1")
                            .arg(w.add(*filter.categoryTitle));
    if (filter.leadUnitId)
        w.conditions << QStringLiteral("f.lead_unit_id = %1").arg(w.add(*filter.leadUnitId));
    if (filter.signOff)
        w.conditions << QStringLiteral("f.signoff_state = %1").arg(w.add(code(*filter.signOff)));
    if (filter.reopenedOnly)
        w.conditions << QStringLiteral("f.reopened = 1");
    if (filter.feedbackFrom.isValid())
        w.conditions << QStringLiteral("i.feedback_date >= %1").arg(w.add(toSql(filter.feedbackFrom)));
    if (filter.feedbackTo.isValid())
        w.conditions << QStringLiteral("i.feedback_date <= %1").arg(w.add(toSql(filter.feedbackTo)));
    if (!filter.text.trimmed().isEmpty())
        w.conditions << QStringLiteral("f.id IN (SELECT finding_id FROM search_index WHERE %1)")
                            .arg(w.matchingRows(searchWords(filter.text), SqlDialect::of(m_db)));
    return w;
}

LedgerViews::Where LedgerViews::findingWhere(const LedgerFilter& filter) const {
    Where w = scopeWhere(filter);
    if (!filter.statuses.isEmpty())
        w.conditions << QStringLiteral("f.status IN (%1)").arg(codes(codesOf(filter.statuses)));
    if (filter.unitId) {
        const QString unit = w.add(*filter.unitId);
        w.conditions << QStringLiteral(
                            "(f.lead_unit_id = %1 OR EXISTS (SELECT 1 FROM finding_units fu WHERE fu.finding_id "
                            "= f.id AND fu.unit_id = %1) OR EXISTS (SELECT 1 FROM measures m WHERE m.finding_id "
                            "= f.id AND m.unit_id = %1))")
                            .arg(unit);
    }
    if (filter.leaderId)
        w.conditions << QStringLiteral("f.leader_id = %1").arg(w.add(*filter.leaderId));
    if (filter.deadlineFrom.isValid())
        w.conditions << QStringLiteral("f.deadline_date >= %1").arg(w.add(toSql(filter.deadlineFrom)));
    if (filter.deadlineTo.isValid())
        w.conditions << QStringLiteral("f.deadline_date <= %1").arg(w.add(toSql(filter.deadlineTo)));
    if (!filter.deadlineStates.isEmpty())
        w.conditions << QStringLiteral("(%1) IN (%2)").arg(StatsRepository::findingStateOfF(), codes(codesOf(filter.deadlineStates)));

    return w;
}

QList<FindingRow> LedgerViews::findings(const LedgerFilter& filter, LedgerOrder order, int offset,
                                        int limit) const {
    return findingRows(findingIds(filter, order, offset, limit));
}

bool LedgerViews::eachFinding(const LedgerFilter& filter, LedgerOrder order,
                              const std::function<bool(const QList<FindingRow>&)>& chunk) const {
    const QList<Id> ids = findingIds(filter, order, 0, -1);
    for (qsizetype at = 0; at < ids.size(); at += ChunkSize)
        if (!chunk(findingRows(ids.mid(at, ChunkSize))))
            return false;
    return true;
}

// Two steps: the ids in order (a sort over the filter's rows only), then the full rows of
// those ids, whose per-row subqueries run for one page instead of every match.
QList<Id> LedgerViews::findingIds(const LedgerFilter& filter, LedgerOrder order, int offset, int limit) const {
    Where w = findingWhere(filter);
    const QString direction = order.descending ? QStringLiteral(" DESC") : QString();
    const QString natural = QStringLiteral("f.inspection_id%1, f.kind = 'suggestion'%1, f.sort_order%1, f.id%1").arg(direction);
    QString by;
    switch (order.key) {
    case LedgerSort::Natural:
    case LedgerSort::Number:
        by = natural;
        break;
    case LedgerSort::Title:
        by = QStringLiteral("f.title") + direction + QStringLiteral(", f.id");
        break;
    case LedgerSort::Inspection:
        by = QStringLiteral("i.title") + direction + QStringLiteral(", ") + natural;
        break;
    case LedgerSort::Status:
        by = QStringLiteral("CASE f.status WHEN 'not_started' THEN 0 WHEN 'in_progress' THEN 1 WHEN 'ongoing' "
                            "THEN 2 ELSE 3 END") + direction + QStringLiteral(", f.id");
        break;
    case LedgerSort::Deadline:
        by = QStringLiteral("coalesce(f.deadline_date, '9999-12-31')%1, f.id%1").arg(direction);
        break;
    case LedgerSort::Unit:
        by = QStringLiteral("u.name IS NULL, u.name") + direction + QStringLiteral(", f.id");
        break;
    case LedgerSort::Person:
        by = QStringLiteral("p.name IS NULL, p.name") + direction + QStringLiteral(", f.id");
        break;
    case LedgerSort::LatestNote:
        by = QStringLiteral("n.note_date IS NULL, n.note_date") + direction + QStringLiteral(", f.id");
        break;
    case LedgerSort::Updated:
        by = QStringLiteral("f.updated_at") + direction + QStringLiteral(", f.id");
        break;
    }
    const bool byNote = order.key == LedgerSort::LatestNote;
    const QString idSql =
        QStringLiteral("SELECT f.id FROM findings f JOIN inspections i ON i.id = f.inspection_id "
                       "LEFT JOIN units u ON u.id = f.lead_unit_id LEFT JOIN persons p ON p.id = f.leader_id ") +
        (byNote ? QStringLiteral("LEFT JOIN progress_notes n ON n.id = (SELECT n2.id FROM progress_notes n2 WHERE "
                                 "n2.finding_id = f.id ORDER BY n2.note_date DESC, n2.id DESC LIMIT 1) ")
                : QString()) +
        w.sql() + QStringLiteral(" ORDER BY ") + by + QStringLiteral(" LIMIT %1 OFFSET %2").arg(w.add(limitOf(limit)), w.add(offset));
    return pageIds(idSql, w.values);
}

namespace {
// The rows read for `ids` (in whatever order SQLite gave them), in the order of `ids`:
// moved, not copied, since an export reads 400,000 of them.
template <typename Row, typename IdOf> QList<Row> inOrderOf(const QList<Id>& ids, QList<Row> rows, IdOf idOf) {
    QHash<Id, qsizetype> at;
    at.reserve(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i)
        at.insert(idOf(rows[i]), i);
    QList<Row> out;
    out.reserve(ids.size());
    for (const Id id : ids)
        if (const auto it = at.constFind(id); it != at.cend())
            out.append(std::move(rows[*it]));
    return out;
}
} // namespace

QList<FindingRow> LedgerViews::findingRows(const QList<Id>& ids) const {
    if (ids.isEmpty())
        return {};
    Query q(m_db, FindingRowSelect.arg(FindingColumns, OpenMeasure) +
                      QStringLiteral("WHERE f.id IN (%1)").arg(placeholders(ids.size())));
    for (Id id : ids)
        q.add(id);
    q.exec();
    QList<FindingRow> rows;
    rows.reserve(ids.size());
    while (q.next())
        rows.append(findingRowFrom(q));
    return inOrderOf(ids, std::move(rows), [](const FindingRow& r) { return r.finding.id; });
}

QList<Id> LedgerViews::pageIds(const QString& sql, const QList<std::pair<QString, QVariant>>& values) const {
    Query q(m_db, sql);
    bindAll(q, sql, values, m_today, m_policy.dueSoonUntil(m_today));
    q.exec();
    QList<Id> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

int LedgerViews::findingCount(const LedgerFilter& filter) const {
    Where w = findingWhere(filter);
    const QString sql = QStringLiteral("SELECT count(*) FROM findings f JOIN inspections i ON i.id = f.inspection_id") + w.sql();
    Query q(m_db, sql);
    bindAll(q, sql, w.values, m_today, m_policy.dueSoonUntil(m_today));
    return q.scalar().toInt();
}

namespace {
const QString MeasureFrom = QStringLiteral(
    " FROM measures m JOIN findings f ON f.id = m.finding_id JOIN inspections i ON i.id = f.inspection_id ");
} // namespace

LedgerViews::Where LedgerViews::measureWhere(const LedgerFilter& filter) const {
    Where w = scopeWhere(filter);
    if (!filter.statuses.isEmpty())
        w.conditions << QStringLiteral("m.status IN (%1)").arg(codes(codesOf(filter.statuses)));
    if (filter.unitId)
        w.conditions << QStringLiteral("(m.unit_id = %1 OR (m.unit_id IS NULL AND f.lead_unit_id = %1))")
                            .arg(w.add(*filter.unitId));
    if (filter.leaderId)
        w.conditions << QStringLiteral("(m.person_id = %1 OR f.leader_id = %1)").arg(w.add(*filter.leaderId));
    if (filter.deadlineFrom.isValid())
        w.conditions << QStringLiteral("m.deadline_date >= %1").arg(w.add(toSql(filter.deadlineFrom)));
    if (filter.deadlineTo.isValid())
        w.conditions << QStringLiteral("m.deadline_date <= %1").arg(w.add(toSql(filter.deadlineTo)));
    if (!filter.deadlineStates.isEmpty())
        w.conditions << QStringLiteral("(%1) IN (%2)").arg(measureStateSql(), codes(codesOf(filter.deadlineStates)));
    return w;
}

QList<MeasureListRow> LedgerViews::measures(const LedgerFilter& filter, LedgerOrder order, int offset,
                                            int limit) const {
    return measureRows(measureIds(filter, order, offset, limit));
}

bool LedgerViews::eachMeasure(const LedgerFilter& filter, LedgerOrder order,
                              const std::function<bool(const QList<MeasureListRow>&)>& chunk) const {
    const QList<Id> ids = measureIds(filter, order, 0, -1);
    for (qsizetype at = 0; at < ids.size(); at += ChunkSize)
        if (!chunk(measureRows(ids.mid(at, ChunkSize))))
            return false;
    return true;
}

namespace {
const QString MeasureJoins =
    QStringLiteral("LEFT JOIN units u ON u.id = m.unit_id LEFT JOIN persons p ON p.id = m.person_id");
} // namespace

QList<Id> LedgerViews::measureIds(const LedgerFilter& filter, LedgerOrder order, int offset, int limit) const {
    Where w = measureWhere(filter);
    const QString direction = order.descending ? QStringLiteral(" DESC") : QString();
    const QString natural =
        QStringLiteral("f.inspection_id%1, f.kind = 'suggestion'%1, f.sort_order%1, f.id%1, m.sort_order%1, m.id%1")
            .arg(direction);
    QString by;
    switch (order.key) {
    case LedgerSort::Natural:
    case LedgerSort::Number:
    case LedgerSort::LatestNote:
        by = natural;
        break;
    case LedgerSort::Title:
        by = QStringLiteral("m.text") + direction + QStringLiteral(", m.id");
        break;
    case LedgerSort::Inspection:
        by = QStringLiteral("i.title") + direction + QStringLiteral(", ") + natural;
        break;
    case LedgerSort::Status:
        by = QStringLiteral("CASE m.status WHEN 'not_started' THEN 0 WHEN 'in_progress' THEN 1 WHEN 'ongoing' "
                            "THEN 2 ELSE 3 END") + direction + QStringLiteral(", m.id");
        break;
    case LedgerSort::Deadline:
        by = QStringLiteral("coalesce(m.deadline_date, '9999-12-31')%1, m.id%1").arg(direction);
        break;
    case LedgerSort::Unit:
        by = QStringLiteral("u.name IS NULL, u.name") + direction + QStringLiteral(", m.id");
        break;
    case LedgerSort::Person:
        by = QStringLiteral("p.name IS NULL, p.name") + direction + QStringLiteral(", m.id");
        break;
    case LedgerSort::Updated:
        by = QStringLiteral("m.updated_at") + direction + QStringLiteral(", m.id");
        break;
    }
    return pageIds(QStringLiteral("SELECT m.id") + MeasureFrom + MeasureJoins + w.sql() + QStringLiteral(" ORDER BY ") + by +
                       QStringLiteral(" LIMIT %1 OFFSET %2").arg(w.add(limitOf(limit)), w.add(offset)),
                   w.values);
}

QList<MeasureListRow> LedgerViews::measureRows(const QList<Id>& ids) const {
    if (ids.isEmpty())
        return {};
    Query q(m_db, QStringLiteral("SELECT %1, u.name, p.name, f.inspection_id, i.title, f.number, f.title, f.reopened")
                          .arg(MeasureColumns) +
                      MeasureFrom + MeasureJoins + QStringLiteral(" WHERE m.id IN (%1)").arg(placeholders(ids.size())));
    for (Id id : ids)
        q.add(id);
    q.exec();
    QList<MeasureListRow> rows;
    rows.reserve(ids.size());
    while (q.next()) {
        int c = MeasureColumnCount;
        MeasureListRow& r = rows.emplace_back();
        r.row.measure = measureFrom(q);
        r.row.unitName = q.value(c++).toString();
        r.row.personName = q.value(c++).toString();
        r.inspectionId = q.value(c++).toLongLong();
        r.inspectionTitle = q.value(c++).toString();
        r.findingNumber = q.value(c++).toString();
        r.findingTitle = q.value(c++).toString();
        r.findingReopened = q.value(c++).toInt() != 0;
    }
    return inOrderOf(ids, std::move(rows), [](const MeasureListRow& r) { return r.row.measure.id; });
}

int LedgerViews::measureCount(const LedgerFilter& filter) const {
    Where w = measureWhere(filter);
    const QString sql = QStringLiteral("SELECT count(*)") + MeasureFrom + w.sql();
    Query q(m_db, sql);
    bindAll(q, sql, w.values, m_today, m_policy.dueSoonUntil(m_today));
    return q.scalar().toInt();
}

QList<ResponsibilityRow> LedgerViews::byUnit(const LedgerFilter& filter) const {
    return responsibility(filter, false);
}

QList<ResponsibilityRow> LedgerViews::byLeader(const LedgerFilter& filter) const {
    return responsibility(filter, true);
}

QList<ResponsibilityRow> LedgerViews::responsibility(const LedgerFilter& filter, bool byLeader) const {
    QHash<Id, ResponsibilityRow> rows;
    const QDate soon = m_policy.dueSoonUntil(m_today);
    const QString closed = QStringLiteral("('completed','ongoing')");
    { // findings: a unit answers for those it leads or co-owns; a leader for those they lead
        LedgerFilter scope = filter;
        scope.unitId.reset();
        scope.leaderId.reset();
        Where w = findingWhere(scope);
        const QString owners =
            byLeader ? QStringLiteral("SELECT f.leader_id AS owner, f.id AS finding FROM findings f WHERE f.leader_id "
                                      "IS NOT NULL")
                     : QStringLiteral("SELECT f.lead_unit_id AS owner, f.id AS finding FROM findings f WHERE "
                                      "f.lead_unit_id IS NOT NULL UNION SELECT fu.unit_id, fu.finding_id FROM "
                                      "finding_units fu");
        const QString sql =
            QStringLiteral("SELECT o.owner, count(*), SUM(CASE WHEN f.status IN %1 THEN 1 ELSE 0 END), "
                           "SUM(CASE WHEN (%2) = 'overdue' THEN 1 ELSE 0 END) FROM (%3) o "
                           "JOIN findings f ON f.id = o.finding JOIN inspections i ON i.id = f.inspection_id")
                .arg(closed, StatsRepository::findingStateOfF(), owners) +
            w.sql() + QStringLiteral(" GROUP BY o.owner");
        Query q(m_db, sql);
        bindAll(q, sql, w.values, m_today, soon);
        q.exec();
        while (q.next()) {
            ResponsibilityRow& r = rows[q.value(0).toLongLong()];
            r.findings = q.value(1).toInt();
            r.findingsClosed = q.value(2).toInt();
            r.findingsOverdue = q.value(3).toInt();
        }
    }
    { // measures: their own unit or person, else the finding's
        LedgerFilter scope = filter;
        scope.unitId.reset();
        scope.leaderId.reset();
        scope.statuses.clear();
        Where w = measureWhere(scope);
        const QString owner = byLeader ? QStringLiteral("COALESCE(m.person_id, f.leader_id)")
                                       : QStringLiteral("COALESCE(m.unit_id, f.lead_unit_id)");
        const QString sql =
            QStringLiteral("SELECT %1, count(*), SUM(CASE WHEN m.status IN %2 THEN 1 ELSE 0 END), "
                           "SUM(CASE WHEN (%3) = 'overdue' THEN 1 ELSE 0 END)")
                .arg(owner, closed, measureStateSql()) +
            MeasureFrom + w.sql() + QStringLiteral(" AND %1 IS NOT NULL GROUP BY 1").arg(owner);
        Query q(m_db, sql);
        bindAll(q, sql, w.values, m_today, soon);
        q.exec();
        while (q.next()) {
            ResponsibilityRow& r = rows[q.value(0).toLongLong()];
            r.measures = q.value(1).toInt();
            r.measuresClosed = q.value(2).toInt();
            r.measuresOverdue = q.value(3).toInt();
        }
    }
    const std::optional<Id> only = byLeader ? filter.leaderId : filter.unitId;
    Query names(m_db, byLeader ? QStringLiteral("SELECT id, name FROM persons") : QStringLiteral("SELECT id, name FROM units"));
    names.exec();
    QList<ResponsibilityRow> out;
    while (names.next()) {
        const Id id = names.value(0).toLongLong();
        const auto it = rows.constFind(id);
        if (it == rows.cend() || (only && *only != id))
            continue;
        ResponsibilityRow r = *it;
        r.id = id;
        r.name = names.value(1).toString();
        out.append(r);
    }
    // the laggards first: most overdue, then lowest completion
    std::sort(out.begin(), out.end(), [](const ResponsibilityRow& a, const ResponsibilityRow& b) {
        if (a.findingsOverdue + a.measuresOverdue != b.findingsOverdue + b.measuresOverdue)
            return a.findingsOverdue + a.measuresOverdue > b.findingsOverdue + b.measuresOverdue;
        if (a.completionRate() != b.completionRate())
            return a.completionRate() < b.completionRate();
        return a.name < b.name;
    });
    return out;
}

QList<SearchHit> LedgerViews::search(const QString& text, int limit) const {
    const QStringList words = searchWords(text);
    QList<SearchHit> hits;
    if (words.isEmpty() || limit <= 0)
        return hits;
    Where w;
    const SqlDialect& dialect = SqlDialect::of(m_db);
    const QString matching = w.matchingRows(words, dialect);
    // A finding can match in several of its texts: read a few more rows than asked for.
    const QString sql =
        QStringLiteral("SELECT %1, search_index.finding_id, body, f.inspection_id, i.title, f.number, "
                       "f.title FROM search_index JOIN findings f ON f.id = search_index.finding_id "
                       "JOIN inspections i ON i.id = f.inspection_id WHERE ")
            .arg(dialect.searchEntry()) +
        matching + QStringLiteral(" ORDER BY %1 DESC LIMIT %2").arg(dialect.searchEntry(), w.add(limit * 4));
    Query q(m_db, sql);
    bindAll(q, sql, w.values, m_today, m_today);
    q.exec();
    QSet<Id> seen;
    while (q.next() && hits.size() < limit) {
        const Id findingId = q.value(1).toLongLong();
        if (seen.contains(findingId))
            continue;
        seen.insert(findingId);
        const qint64 rowid = q.value(0).toLongLong();
        SearchHit hit;
        hit.findingId = findingId;
        hit.inspectionId = q.value(3).toLongLong();
        hit.inspectionTitle = q.value(4).toString();
        hit.number = q.value(5).toString();
        hit.title = q.value(6).toString();
        hit.source = rowid % 4 == 1 ? QStringLiteral("finding") : rowid % 4 == 2 ? QStringLiteral("measure")
                                                                                 : QStringLiteral("note");
        hit.sourceId = rowid / 4;
        hit.excerpt = excerptOf(q.value(2).toString(), words);
        hits.append(hit);
    }
    return hits;
}

} // namespace rectrack
