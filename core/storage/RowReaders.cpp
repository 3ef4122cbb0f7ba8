#include "RowReaders.h"

namespace rectrack::rowreaders {

const QString FindingColumns = QStringLiteral(
    "f.id, f.inspection_id, f.category_id, f.kind, f.number, f.sort_order, f.title, f.description, f.status, "
    "f.deadline_kind, f.deadline_date, f.leader_id, f.lead_unit_id, f.outcome, f.difficulties, "
    "f.signoff_state, "
    "f.reopened, f.row_version, f.withheld");

const QString MeasureColumns = QStringLiteral("m.id, m.finding_id, m.sort_order, m.text, m.unit_id, "
                                              "m.person_id, m.deadline_kind, m.deadline_date, m.status, "
                                              "m.completed_date, m.row_version");

// Open = not yet closed: the measures whose deadlines still matter.
const QString OpenMeasure = QStringLiteral("m.status IN ('not_started','in_progress')");

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
    f.withheld = q.value(18).toString();
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

const QString FindingRowSelect = QStringLiteral(
    "SELECT %1, c.title, p.name, u.name, i.title, "
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
    "JOIN inspections i ON i.id = f.inspection_id "
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
    row.inspectionTitle = q.value(i++).toString();
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
} // namespace rectrack::rowreaders
