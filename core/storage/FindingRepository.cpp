#include "FindingRepository.h"

#include "Error.h"
#include "Query.h"
#include "RowStore.h"

#include <QCoreApplication>
#include <QStringList>
#include <algorithm>

namespace rectrack {

namespace {

const QString FindingsTable = QStringLiteral("findings");
const QString MeasuresTable = QStringLiteral("measures");

const QString FindingColumns = QStringLiteral(
    "f.id, f.inspection_id, f.category_id, f.kind, f.number, f.sort_order, f.title, f.description, f.status, "
    "f.deadline_kind, f.deadline_date, f.leader_id, f.lead_unit_id, f.outcome, f.difficulties, "
    "f.signoff_state, "
    "f.reopened, f.row_version");
constexpr int FindingColumnCount = 18;

const QString MeasureColumns = QStringLiteral("m.id, m.finding_id, m.sort_order, m.text, m.unit_id, "
                                              "m.person_id, m.deadline_kind, m.deadline_date, m.status, "
                                              "m.completed_date, m.row_version");
constexpr int MeasureColumnCount = 11;

// Open = not yet closed: the measures whose deadlines still matter.
const QString OpenMeasure = QStringLiteral("m.status IN ('not_started','in_progress')");

Fields editableFieldsOf(const Finding& f) {
    return {{QStringLiteral("category_id"), toSql(f.categoryId)},
            {QStringLiteral("kind"), code(f.kind)},
            {QStringLiteral("number"), f.number.trimmed()},
            {QStringLiteral("sort_order"), f.sortOrder},
            {QStringLiteral("title"), f.title.trimmed()},
            {QStringLiteral("description"), f.description},
            {QStringLiteral("status"), code(f.status)},
            {QStringLiteral("deadline_kind"), code(f.deadline.kind)},
            {QStringLiteral("deadline_date"), toSql(f.deadline.date)},
            {QStringLiteral("leader_id"), toSql(f.leaderId)},
            {QStringLiteral("lead_unit_id"), toSql(f.leadUnitId)},
            {QStringLiteral("outcome"), f.outcome},
            {QStringLiteral("difficulties"), f.difficulties}};
}

Fields fieldsOf(const Measure& m) {
    return {{QStringLiteral("finding_id"), m.findingId},
            {QStringLiteral("sort_order"), m.sortOrder},
            {QStringLiteral("text"), m.text.trimmed()},
            {QStringLiteral("unit_id"), toSql(m.unitId)},
            {QStringLiteral("person_id"), toSql(m.personId)},
            {QStringLiteral("deadline_kind"), code(m.deadline.kind)},
            {QStringLiteral("deadline_date"), toSql(m.deadline.date)},
            {QStringLiteral("status"), code(m.status)},
            {QStringLiteral("completed_date"), toSql(m.completedDate)}};
}

Finding findingFrom(const Query& q) {
    Finding f;
    f.id = q.value(0).toLongLong();
    f.inspectionId = q.value(1).toLongLong();
    f.categoryId = optionalId(q.value(2));
    f.kind = parseCode<FindingKind>(q.value(3).toString()).value_or(FindingKind::Problem);
    f.number = q.value(4).toString();
    f.sortOrder = q.value(5).toInt();
    f.title = q.value(6).toString();
    f.description = q.value(7).toString();
    f.status = parseCode<Status>(q.value(8).toString()).value_or(Status::NotStarted);
    f.deadline.kind = parseCode<DeadlineKind>(q.value(9).toString()).value_or(DeadlineKind::None);
    f.deadline.date = dateFrom(q.value(10));
    f.leaderId = optionalId(q.value(11));
    f.leadUnitId = optionalId(q.value(12));
    f.outcome = q.value(13).toString();
    f.difficulties = q.value(14).toString();
    f.signOff = parseCode<SignOffState>(q.value(15).toString()).value_or(SignOffState::None);
    f.reopened = q.value(16).toInt() != 0;
    f.rowVersion = q.value(17).toInt();
    return f;
}

Measure measureFrom(const Query& q) {
    Measure m;
    m.id = q.value(0).toLongLong();
    m.findingId = q.value(1).toLongLong();
    m.sortOrder = q.value(2).toInt();
    m.text = q.value(3).toString();
    m.unitId = optionalId(q.value(4));
    m.personId = optionalId(q.value(5));
    m.deadline.kind = parseCode<DeadlineKind>(q.value(6).toString()).value_or(DeadlineKind::None);
    m.deadline.date = dateFrom(q.value(7));
    m.status = parseCode<Status>(q.value(8).toString()).value_or(Status::NotStarted);
    m.completedDate = dateFrom(q.value(9));
    m.rowVersion = q.value(10).toInt();
    return m;
}

void validate(const Finding& f) {
    if (f.title.trimmed().isEmpty())
        throw Error(Error::Kind::Invalid,
                    QCoreApplication::translate("rectrack::FindingRepository", "问题标题不能为空"));
    if (f.deadline.kind == DeadlineKind::Date && !f.deadline.date.isValid())
        throw Error(Error::Kind::Invalid, QCoreApplication::translate("rectrack::FindingRepository",
                                                                      "限期整改需要填写整改时限日期"));
}

void validate(const Measure& m) {
    if (m.text.trimmed().isEmpty())
        throw Error(Error::Kind::Invalid,
                    QCoreApplication::translate("rectrack::FindingRepository", "整改措施内容不能为空"));
    if (m.deadline.kind == DeadlineKind::Date && !m.deadline.date.isValid())
        throw Error(Error::Kind::Invalid, QCoreApplication::translate("rectrack::FindingRepository",
                                                                      "限期整改需要填写整改时限日期"));
}

// The status-dependent completion date: set when closed, cleared when reopened.
void settleCompletionDate(Measure& m, QDate today) {
    if (isClosed(m.status) && !m.completedDate.isValid())
        m.completedDate = today;
    if (!isClosed(m.status))
        m.completedDate = QDate();
}

const QString FindingRowSelect = QStringLiteral(
    "SELECT %1, c.title, p.name, u.name, "
    " (SELECT count(*) FROM measures m WHERE m.finding_id = f.id), "
    " (SELECT count(*) FROM measures m WHERE m.finding_id = f.id AND m.status IN ('completed','ongoing')), "
    " (SELECT min(m.deadline_date) FROM measures m WHERE m.finding_id = f.id AND %2 "
    "     AND m.deadline_kind IN ('date','immediate')), "
    " (SELECT count(*) FROM measures m WHERE m.finding_id = f.id AND %2 "
    "     AND m.deadline_kind = 'immediate' AND m.deadline_date IS NULL), "
    " (SELECT count(*) FROM measures m WHERE m.finding_id = f.id AND %2 "
    "     AND m.deadline_kind IN ('long_term','continuous')), "
    " (SELECT count(*) FROM measures m WHERE m.finding_id = f.id AND %2), "
    " n.text, n.note_date "
    "FROM findings f "
    "LEFT JOIN categories c ON c.id = f.category_id "
    "LEFT JOIN persons p ON p.id = f.leader_id "
    "LEFT JOIN units u ON u.id = f.lead_unit_id "
    "LEFT JOIN progress_notes n ON n.id = (SELECT n2.id FROM progress_notes n2 WHERE n2.finding_id = f.id "
    "                                      ORDER BY n2.note_date DESC, n2.id DESC LIMIT 1) ");

FindingRow findingRowFrom(const Query& q) {
    FindingRow row;
    row.finding = findingFrom(q);
    int i = FindingColumnCount;
    row.categoryTitle = q.value(i++).toString();
    row.leaderName = q.value(i++).toString();
    row.leadUnitName = q.value(i++).toString();
    row.measureCount = q.value(i++).toInt();
    row.measuresClosed = q.value(i++).toInt();
    row.openMeasures.earliestDate = dateFrom(q.value(i++));
    row.openMeasures.undatedImmediate = q.value(i++).toInt() > 0;
    row.openMeasures.standing = q.value(i++).toInt() > 0;
    row.openMeasures.any = q.value(i++).toInt() > 0;
    row.latestNote = q.value(i++).toString();
    row.latestNoteDate = dateFrom(q.value(i++));
    return row;
}
} // namespace

Finding FindingRepository::finding(Id id) const {
    Query q(m_db, QStringLiteral("SELECT %1 FROM findings f WHERE f.id = ?").arg(FindingColumns));
    q.add(id).exec();
    if (!q.next())
        throw Error(
            Error::Kind::NotFound,
            QCoreApplication::translate("rectrack::FindingRepository", "找不到编号为 %1 的问题").arg(id));
    Finding f = findingFrom(q);
    f.coUnitIds = coUnits(id);
    return f;
}

QList<Finding> FindingRepository::findings(Id inspectionId) const {
    Query q(m_db, QStringLiteral("SELECT %1 FROM findings f WHERE f.inspection_id = ? "
                                 "ORDER BY f.kind = 'suggestion', f.sort_order, f.id")
                      .arg(FindingColumns));
    q.add(inspectionId).exec();
    QList<Finding> out;
    while (q.next())
        out.append(findingFrom(q));
    for (Finding& f : out)
        f.coUnitIds = coUnits(f.id);
    return out;
}

int FindingRepository::findingCount(Id inspectionId, std::optional<FindingKind> kind) const {
    Query q(m_db, kind ? QStringLiteral("SELECT count(*) FROM findings WHERE inspection_id = ? AND kind = ?")
                       : QStringLiteral("SELECT count(*) FROM findings WHERE inspection_id = ?"));
    q.add(inspectionId);
    if (kind)
        q.add(code(*kind));
    return q.scalar().toInt();
}

QList<FindingRow> FindingRepository::findingRows(Id inspectionId, int offset, int limit) const {
    Query q(m_db,
            FindingRowSelect.arg(FindingColumns, OpenMeasure) +
                QStringLiteral("WHERE f.inspection_id = ? ORDER BY f.kind = 'suggestion', f.sort_order, f.id "
                               "LIMIT ? OFFSET ?"));
    q.add(inspectionId).add(limit).add(offset).exec();
    QList<FindingRow> out;
    while (q.next())
        out.append(findingRowFrom(q));
    return out;
}

FindingRow FindingRepository::findingRow(Id id) const {
    Query q(m_db, FindingRowSelect.arg(FindingColumns, OpenMeasure) + QStringLiteral("WHERE f.id = ?"));
    q.add(id).exec();
    if (!q.next())
        throw Error(
            Error::Kind::NotFound,
            QCoreApplication::translate("rectrack::FindingRepository", "找不到编号为 %1 的问题").arg(id));
    return findingRowFrom(q);
}

Id FindingRepository::addFinding(const Finding& finding) {
    validate(finding);
    return m_rows.atomically([&] {
        Finding f = finding;
        if (f.sortOrder == 0)
            f.sortOrder = Query(m_db, QStringLiteral("SELECT COALESCE(MAX(sort_order), 0) + 1 FROM findings "
                                                     "WHERE inspection_id = ? AND kind = ?"))
                              .add(f.inspectionId)
                              .add(code(f.kind))
                              .scalar()
                              .toInt();
        Fields fields = editableFieldsOf(f);
        fields.prepend({QStringLiteral("inspection_id"), f.inspectionId});
        fields.append({QStringLiteral("signoff_state"), code(f.signOff)});
        fields.append({QStringLiteral("reopened"), f.reopened ? 1 : 0});
        const Id id = m_rows.insert(FindingsTable, fields);
        writeCoUnits(id, f.coUnitIds);
        return id;
    });
}

void FindingRepository::updateFinding(const Finding& finding, std::optional<int> expectedVersion) {
    validate(finding);
    m_rows.atomically([&] {
        Finding f = finding;
        const int measureCount =
            Query(m_db, QStringLiteral("SELECT count(*) FROM measures WHERE finding_id = ?"))
                .add(f.id)
                .scalar()
                .toInt();
        if (measureCount > 0) // status belongs to the measures
            f.status = this->finding(f.id).status;
        m_rows.update(FindingsTable, f.id, editableFieldsOf(f), expectedVersion);
        writeCoUnits(f.id, f.coUnitIds);
    });
}

void FindingRepository::removeFinding(Id id) {
    m_rows.remove(FindingsTable, id);
}

void FindingRepository::setFindingStatus(Id id, Status status, QDate today) {
    m_rows.atomically([&] {
        const QList<Measure> list = measures(id);
        if (list.isEmpty()) {
            m_rows.update(FindingsTable, id, {{QStringLiteral("status"), code(status)}});
            return;
        }
        if (!isClosed(status))
            throw Error(Error::Kind::Invalid, QCoreApplication::translate(
                                                  "rectrack::FindingRepository",
                                                  "该问题的整改状态由其整改措施决定，请修改整改措施的状态"));
        for (Measure m : list) {
            if (isClosed(m.status))
                continue;
            m.status = status;
            updateMeasure(m, today);
        }
    });
}

void FindingRepository::setWorkflowState(Id id, SignOffState signOff, bool reopened) {
    m_rows.update(
        FindingsTable, id,
        {{QStringLiteral("signoff_state"), code(signOff)}, {QStringLiteral("reopened"), reopened ? 1 : 0}});
}

QList<Id> FindingRepository::coUnits(Id findingId) const {
    Query q(m_db, QStringLiteral("SELECT unit_id FROM finding_units WHERE finding_id = ? ORDER BY unit_id"));
    q.add(findingId).exec();
    QList<Id> out;
    while (q.next())
        out.append(q.value(0).toLongLong());
    return out;
}

void FindingRepository::writeCoUnits(Id findingId, const QList<Id>& unitIds) {
    QList<Id> wanted = unitIds;
    std::sort(wanted.begin(), wanted.end());
    wanted.erase(std::unique(wanted.begin(), wanted.end()), wanted.end());
    const QList<Id> current = coUnits(findingId);
    if (wanted == current)
        return;
    const auto join = [](const QList<Id>& ids) {
        QStringList parts;
        for (Id id : ids)
            parts << QString::number(id);
        return parts.join(u',');
    };
    Query(m_db, QStringLiteral("DELETE FROM finding_units WHERE finding_id = ?")).add(findingId).exec();
    for (Id unitId : wanted)
        Query(m_db, QStringLiteral("INSERT INTO finding_units (finding_id, unit_id) VALUES (?, ?)"))
            .add(findingId)
            .add(unitId)
            .exec();
    m_rows.history().record(FindingsTable, findingId, findingId, QStringLiteral("update"),
                            QStringLiteral("co_unit_ids"), join(current), join(wanted));
}

void FindingRepository::refreshStatus(Id findingId) {
    const QList<Measure> list = measures(findingId);
    if (list.isEmpty())
        return;
    QList<Status> statuses;
    for (const Measure& m : list)
        statuses.append(m.status);
    const Status derived = deriveFindingStatus(statuses, Status::NotStarted);
    m_rows.update(FindingsTable, findingId, {{QStringLiteral("status"), code(derived)}});
}

Measure FindingRepository::measure(Id id) const {
    Query q(m_db, QStringLiteral("SELECT %1 FROM measures m WHERE m.id = ?").arg(MeasureColumns));
    q.add(id).exec();
    if (!q.next())
        throw Error(
            Error::Kind::NotFound,
            QCoreApplication::translate("rectrack::FindingRepository", "找不到编号为 %1 的整改措施").arg(id));
    return measureFrom(q);
}

QList<Measure> FindingRepository::measures(Id findingId) const {
    Query q(m_db,
            QStringLiteral("SELECT %1 FROM measures m WHERE m.finding_id = ? ORDER BY m.sort_order, m.id")
                .arg(MeasureColumns));
    q.add(findingId).exec();
    QList<Measure> out;
    while (q.next())
        out.append(measureFrom(q));
    return out;
}

QList<MeasureRow> FindingRepository::measureRows(Id findingId) const {
    Query q(m_db,
            QStringLiteral("SELECT %1, u.name, p.name FROM measures m "
                           "LEFT JOIN units u ON u.id = m.unit_id LEFT JOIN persons p ON p.id = m.person_id "
                           "WHERE m.finding_id = ? ORDER BY m.sort_order, m.id")
                .arg(MeasureColumns));
    q.add(findingId).exec();
    QList<MeasureRow> out;
    while (q.next())
        out.append(MeasureRow{measureFrom(q), q.value(MeasureColumnCount).toString(),
                              q.value(MeasureColumnCount + 1).toString()});
    return out;
}

Id FindingRepository::addMeasure(const Measure& measure) {
    validate(measure);
    return m_rows.atomically([&] {
        Measure m = measure;
        if (m.sortOrder == 0)
            m.sortOrder =
                Query(m_db, QStringLiteral(
                                "SELECT COALESCE(MAX(sort_order), 0) + 1 FROM measures WHERE finding_id = ?"))
                    .add(m.findingId)
                    .scalar()
                    .toInt();
        settleCompletionDate(m, m_rows.now().toLocalTime().date());
        const Id id = m_rows.insert(MeasuresTable, fieldsOf(m));
        refreshStatus(m.findingId);
        return id;
    });
}

void FindingRepository::updateMeasure(const Measure& measure, QDate today,
                                      std::optional<int> expectedVersion) {
    validate(measure);
    m_rows.atomically([&] {
        Measure m = measure;
        const Id previousFinding = this->measure(m.id).findingId;
        settleCompletionDate(m, today);
        m_rows.update(MeasuresTable, m.id, fieldsOf(m), expectedVersion);
        refreshStatus(m.findingId);
        if (previousFinding != m.findingId)
            refreshStatus(previousFinding);
    });
}

void FindingRepository::removeMeasure(Id id) {
    m_rows.atomically([&] {
        const Id findingId = measure(id).findingId;
        m_rows.remove(MeasuresTable, id);
        refreshStatus(findingId);
    });
}

void FindingRepository::setMeasureStatus(Id id, Status status, QDate today) {
    m_rows.atomically([&] {
        Measure m = measure(id);
        m.status = status;
        updateMeasure(m, today);
    });
}

} // namespace rectrack
