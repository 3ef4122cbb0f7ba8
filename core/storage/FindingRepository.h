#pragma once
// Findings (problems and suggestions) and their measures. A finding with measures takes its
// status from them (StatusRules); every measure write refreshes it in the same transaction.

#include "model/Error.h"
#include "domain/Entities.h"
#include "domain/StatusRules.h"

#include <QSqlDatabase>

namespace rectrack {

class RowStore;

// A finding as the ledger lists it, with the names it refers to resolved.
struct FindingRow {
    Finding finding;
    QString categoryTitle;
    QString leaderName;
    QString leadUnitName;
    QString inspectionTitle;
    int measureCount = 0;
    int measuresClosed = 0;
    OpenMeasureDeadlines openMeasures;
    QString latestNote;
    QDate latestNoteDate;
};

struct MeasureRow {
    Measure measure;
    QString unitName;
    QString personName;
};

class FindingRepository {
public:
    FindingRepository(const QSqlDatabase& db, RowStore& rows)
        : m_db(db)
        , m_rows(rows) {}

    Finding finding(Id id) const;
    QList<Finding> findings(Id inspectionId) const;
    int findingCount(Id inspectionId, std::optional<FindingKind> kind = {}) const;
    // One page of the inspection's ledger: problems first, then suggestions, each in order.
    QList<FindingRow> findingRows(Id inspectionId, int offset, int limit) const;
    FindingRow findingRow(Id id) const;

    Id addFinding(const Finding& finding); // sortOrder 0 appends at the end
    // Writes the editable fields. Status is taken only when the finding has no measures;
    // sign-off state and the reopened mark change through the sign-off workflow only.
    void updateFinding(const Finding& finding, std::optional<int> expectedVersion = {});
    void removeFinding(Id id);
    // Sets a finding's status. With measures, "completed" or "ongoing" closes every open measure;
    // other statuses must be set on the measures themselves (Error Invalid).
    void setFindingStatus(Id id, Status status, QDate today);
    void setWorkflowState(Id id, SignOffState signOff, bool reopened);

    Measure measure(Id id) const;
    QList<Measure> measures(Id findingId) const;
    QList<MeasureRow> measureRows(Id findingId) const;
    Id addMeasure(const Measure& measure); // sortOrder 0 appends at the end
    // Many measures of one finding (an import): in one transaction, the finding's status
    // refreshed once at the end rather than after each.
    QList<Id> addMeasures(Id findingId, const QList<Measure>& measures);
    // A measure set to completed without a completion date gets `today`.
    void updateMeasure(const Measure& measure, QDate today, std::optional<int> expectedVersion = {});

    void removeMeasure(Id id);
    void setMeasureStatus(Id id, Status status, QDate today);

    // 延期: moves the deadline of a finding (measureId empty) or of one of its measures and
    // records the old and new deadline with the reason (required).
    Id extendDeadline(Id findingId, OptionalId measureId, const Deadline& newDeadline, const QString& reason);
    QList<DeadlineExtension> extensions(Id findingId) const;

    // Sets a finding's co-units (recorded as its co_unit_ids): the undo of a change to them.
    void setCoUnits(Id findingId, const QList<Id>& unitIds);

private:
    // updateMeasure, its measure's finding before the edit already known (a read saved).
    void updateMeasureOf(const Measure& measure, Id previousFinding, QDate today, std::optional<int> expectedVersion);
    void writeCoUnits(Id findingId, const QList<Id>& unitIds);
    QList<Id> coUnits(Id findingId) const;
    void refreshStatus(Id findingId);

    QSqlDatabase m_db;
    RowStore& m_rows;
};

} // namespace rectrack
