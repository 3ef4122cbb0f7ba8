#pragma once
// The desktop's side of the change path: every edit a user makes in the window is a core
// Change (changes/LedgerChanges.h), applied here and, when it can be taken back, pushed on the
// undo stack as one QUndoCommand, so Ctrl+Z takes it back and Ctrl+Y brings it again, each
// checked in core against what others saved meanwhile. Listeners learn what changed from the
// signals, which come from the ledger's ChangeNotifier, whoever made the change.

#include "changes/LedgerChanges.h"
#include "domain/Entities.h"

#include <QObject>
#include <QUndoStack>

namespace rectrack {
class Ledger;
}

namespace rectrack::ui {

class Editor : public QObject {
    Q_OBJECT
public:
    Editor(rectrack::Ledger& ledger, QWidget* dialogParent);

    rectrack::Ledger& ledger() { return m_ledger; }
    QUndoStack* undoStack() { return &m_undo; }

    // Applies the change and pushes it on the undo stack. Returns false when core refused; the
    // user was told why.
    bool apply(Changes::ChangePtr change);
    // The same for a change that creates a record: the new row's id in `table`.
    std::optional<Id> create(Changes::ChangePtr change, const QString& table);

    // The edits of the forms, by name.
    bool updateInspection(const Inspection& after) { return apply(Changes::editInspection(after)); }
    bool updateRound(const InspectionRound& after) { return apply(Changes::editRound(after)); }
    bool updateFinding(const Finding& after, const QuantifiedResult& result) {
        return apply(Changes::editFinding(after, result));
    }
    bool updateMeasure(const Measure& after, const QuantifiedResult& result) {
        return apply(Changes::editMeasure(after, result));
    }
    std::optional<Id> addRound(const InspectionRound& round);
    std::optional<Id> addInspection(const Inspection& inspection);
    std::optional<Id> addFinding(const Finding& finding);
    std::optional<Id> addMeasure(const Measure& measure);
    bool removeRound(Id id) { return apply(Changes::removeRound(id)); }
    bool removeInspection(Id id) { return apply(Changes::removeInspection(id)); }
    bool removeFinding(Id findingId) { return apply(Changes::removeFinding(findingId)); }
    bool removeMeasure(Id measureId) { return apply(Changes::removeMeasure(measureId)); }
    bool bulkSetStatus(ItemKind kind, const QList<Id>& ids, Status status) {
        return apply(Changes::bulkSetStatus(kind, ids, status));
    }
    bool bulkReassign(ItemKind kind, const QList<Id>& ids, std::optional<Id> unitId, std::optional<Id> personId) {
        return apply(Changes::bulkReassign(kind, ids, unitId, personId));
    }
    bool bulkSetDeadline(ItemKind kind, const QList<Id>& ids, const Deadline& deadline, const QString& reason) {
        return apply(Changes::bulkSetDeadline(kind, ids, deadline, reason));
    }

signals:
    void roundsChanged();
    void inspectionChanged(Id inspectionId);
    void findingsChanged(Id inspectionId); // findings added or removed
    void findingChanged(Id findingId);     // a finding, its measures or its activity changed
    void referenceDataChanged();           // units, persons or categories
    void itemsChanged();                   // many findings or measures at once (bulk edits, settings)

private:
    bool applyAndKeep(Change& change);
    void announce(const ChangeScope& scope);

    rectrack::Ledger& m_ledger;
    QWidget* m_dialogParent;
    QUndoStack m_undo;
};

} // namespace rectrack::ui
