#pragma once
// Every edit a user makes in the window goes through here: it is applied through core and,
// for changes to existing records, pushed on the undo stack so Ctrl+Z takes it back.
// Listeners learn what changed from the signals.

#include "domain/Entities.h"
#include "services/BulkEdit.h"

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

    // Edits of existing records (undoable). Return false when core refused; the user was told why.
    bool updateInspection(const Inspection& after);
    bool updateRound(const InspectionRound& after);
    bool updateFinding(const Finding& after, const QuantifiedResult& result);
    bool updateMeasure(const Measure& after, const QuantifiedResult& result);

    // Creations and deletions (deletions are confirmed by the caller; they clear the undo
    // stack because earlier edits may refer to what was deleted).
    std::optional<Id> addRound(const InspectionRound& round);
    std::optional<Id> addInspection(const Inspection& inspection);
    std::optional<Id> addFinding(const Finding& finding);
    std::optional<Id> addMeasure(const Measure& measure);
    bool removeRound(Id id);
    bool removeInspection(Id id);
    bool removeFinding(Id findingId);
    bool removeMeasure(Id findingId, Id measureId);
    // Anything else that changes a finding's activity (notes, evidence) or categories/units.
    bool run(const std::function<void()>& work);

    // A sign-off, follow-up review or extension of a finding: recorded in its history, not undoable.
    bool workflow(Id findingId, const std::function<void()>& work);

    // Edits of a multi-selection (or of one row in place), each one transaction and one
    // undo step that puts every item back.
    bool bulkSetStatus(ItemKind kind, const QList<Id>& ids, Status status);
    bool bulkReassign(ItemKind kind, const QList<Id>& ids, std::optional<Id> unitId, std::optional<Id> personId);
    bool bulkSetDeadline(ItemKind kind, const QList<Id>& ids, const Deadline& deadline, const QString& reason);

signals:
    void roundsChanged();
    void inspectionChanged(Id inspectionId);
    void findingsChanged(Id inspectionId); // findings added or removed
    void findingChanged(Id findingId);     // a finding, its measures or its activity changed
    void referenceDataChanged();           // units, persons or categories
    void itemsChanged();                   // many findings or measures at once (bulk edits)

private:
    bool bulk(const QString& text, const std::function<BulkSnapshot()>& apply);
    void push(const QString& text, std::function<void()> redo, std::function<void()> undo,
              std::function<void()> notify);

    rectrack::Ledger& m_ledger;
    QWidget* m_dialogParent;
    QUndoStack m_undo;
};

} // namespace rectrack::ui
