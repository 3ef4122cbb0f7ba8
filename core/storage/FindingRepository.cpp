#include "FindingRepository.h"

#include "model/Error.h"
#include "Query.h"
#include "RowReaders.h"
#include "RowStore.h"

#include <QCoreApplication>
#include <QStringList>
#include <algorithm>

namespace rectrack {

using namespace rowreaders;

namespace {

const QString FindingsTable = QStringLiteral("findings");
const QString MeasuresTable = QStringLiteral("measures");

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
            {QStringLiteral("difficulties"), f.difficulties},
            {QStringLiteral("withheld"), f.withheld.trimmed()}};
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
    const auto grant = m_rows.grant(Operation::EditLedger);
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
    const auto grant = m_rows.grant(Operation::EditLedger);
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
    const auto grant = m_rows.grant(Operation::EditLedger);
    m_rows.remove(FindingsTable, id);
}

void FindingRepository::setFindingStatus(Id id, Status status, QDate today) {
    const auto grant = m_rows.grant(Operation::EditLedger);
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

void FindingRepository::setCoUnits(Id findingId, const QList<Id>& unitIds) {
    const auto grant = m_rows.grant(Operation::EditLedger);
    m_rows.atomically([&] { writeCoUnits(findingId, unitIds); });
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
    m_rows.recordLinkedChange(FindingsTable, findingId, QStringLiteral("co_unit_ids"), join(current), join(wanted));
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
    const auto grant = m_rows.grant(Operation::EditLedger);
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

QList<Id> FindingRepository::addMeasures(Id findingId, const QList<Measure>& measures) {
    const auto grant = m_rows.grant(Operation::EditLedger);
    for (const Measure& m : measures)
        validate(m);
    return m_rows.atomically([&] {
        int next = Query(m_db, QStringLiteral("SELECT COALESCE(MAX(sort_order), 0) + 1 FROM measures WHERE finding_id = ?"))
                       .add(findingId)
                       .scalar()
                       .toInt();
        const QDate today = m_rows.now().toLocalTime().date();
        QList<Id> ids;
        for (Measure m : measures) {
            m.findingId = findingId;
            if (m.sortOrder == 0)
                m.sortOrder = next++;
            settleCompletionDate(m, today);
            ids << m_rows.insert(MeasuresTable, fieldsOf(m));
        }
        refreshStatus(findingId);
        return ids;
    });
}

void FindingRepository::updateMeasure(const Measure& measure, QDate today,
                                      std::optional<int> expectedVersion) {
    const auto grant = m_rows.grant(Operation::EditLedger);
    m_rows.atomically([&] { updateMeasureOf(measure, this->measure(measure.id).findingId, today, expectedVersion); });
}

void FindingRepository::updateMeasureOf(const Measure& measure, Id previousFinding, QDate today,
                                        std::optional<int> expectedVersion) {
    validate(measure);
    m_rows.atomically([&] {
        Measure m = measure;
        settleCompletionDate(m, today);
        m_rows.update(MeasuresTable, m.id, fieldsOf(m), expectedVersion);
        refreshStatus(m.findingId);
        if (previousFinding != m.findingId)
            refreshStatus(previousFinding);
    });
}

void FindingRepository::removeMeasure(Id id) {
    const auto grant = m_rows.grant(Operation::EditLedger);
    m_rows.atomically([&] {
        const Id findingId = measure(id).findingId;
        m_rows.remove(MeasuresTable, id);
        refreshStatus(findingId);
    });
}

void FindingRepository::setMeasureStatus(Id id, Status status, QDate today) {
    const auto grant = m_rows.grant(Operation::EditLedger);
    m_rows.atomically([&] {
        Measure m = measure(id);
        m.status = status;
        updateMeasureOf(m, m.findingId, today, std::nullopt);
    });
}

Id FindingRepository::extendDeadline(Id findingId, OptionalId measureId, const Deadline& newDeadline,
                                     const QString& reason) {
    const auto grant = m_rows.grant(Operation::EditLedger);
    if (reason.trimmed().isEmpty())
        throw Error(Error::Kind::Invalid,
                    QCoreApplication::translate("rectrack::FindingRepository", "延期需要写明理由"));
    return m_rows.atomically([&] {
        Deadline old;
        if (measureId) {
            Measure m = measure(*measureId);
            if (m.findingId != findingId)
                throw Error(Error::Kind::Invalid, QStringLiteral("Measure %1 is not of finding %2")
                                                      .arg(*measureId)
                                                      .arg(findingId));
            old = m.deadline;
            m.deadline = newDeadline;
            validate(m);
            m_rows.update(MeasuresTable, m.id, {{QStringLiteral("deadline_kind"), code(newDeadline.kind)},
                                                 {QStringLiteral("deadline_date"), toSql(newDeadline.date)}});
        } else {
            Finding f = finding(findingId);
            old = f.deadline;
            f.deadline = newDeadline;
            validate(f);
            m_rows.update(FindingsTable, f.id, {{QStringLiteral("deadline_kind"), code(newDeadline.kind)},
                                                 {QStringLiteral("deadline_date"), toSql(newDeadline.date)}});
        }
        return m_rows.insert(QStringLiteral("deadline_extensions"),
                             {{QStringLiteral("finding_id"), findingId},
                              {QStringLiteral("measure_id"), toSql(measureId)},
                              {QStringLiteral("old_kind"), code(old.kind)},
                              {QStringLiteral("old_date"), toSql(old.date)},
                              {QStringLiteral("new_kind"), code(newDeadline.kind)},
                              {QStringLiteral("new_date"), toSql(newDeadline.date)},
                              {QStringLiteral("reason"), reason.trimmed()},
                              {QStringLiteral("requested_by"), m_rows.actor()},
                              {QStringLiteral("requested_at"), toSql(m_rows.now())}});
    });
}

QList<DeadlineExtension> FindingRepository::extensions(Id findingId) const {
    Query q(m_db, QStringLiteral("SELECT id, finding_id, measure_id, old_kind, old_date, new_kind, new_date, reason, "
                                 "requested_by, requested_at FROM deadline_extensions WHERE finding_id = ? ORDER BY id"));
    q.add(findingId).exec();
    QList<DeadlineExtension> out;
    while (q.next()) {
        DeadlineExtension e;
        e.id = q.value(0).toLongLong();
        e.findingId = q.value(1).toLongLong();
        e.measureId = optionalId(q.value(2));
        e.oldDeadline = {parseCode<DeadlineKind>(q.value(3).toString()).value_or(DeadlineKind::None),
                         dateFrom(q.value(4))};
        e.newDeadline = {parseCode<DeadlineKind>(q.value(5).toString()).value_or(DeadlineKind::None),
                         dateFrom(q.value(6))};
        e.reason = q.value(7).toString();
        e.requestedBy = q.value(8).toString();
        e.requestedAt = dateTimeFrom(q.value(9));
        out.append(e);
    }
    return out;
}

} // namespace rectrack
