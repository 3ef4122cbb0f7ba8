#pragma once
// The right side of the window: the form of whatever is selected, and for a finding or a
// measure, the finding's progress notes, evidence and history.

#include "domain/Entities.h"

#include <QWidget>

class QStackedWidget;
class QTabWidget;

namespace rectrack::ui {

class Editor;
class EvidencePanel;
class FindingForm;
class HistoryPanel;
class InspectionForm;
class MeasureForm;
class NotesPanel;
class RecordForm;
class RoundForm;
class SignOffPanel;

class DetailPanel : public QWidget {
    Q_OBJECT
public:
    DetailPanel(Editor& editor, QWidget* parent = nullptr);

    void showNothing();
    void showRound(Id roundId);
    void showInspection(Id inspectionId);
    void showFinding(Id findingId);
    void showMeasure(Id measureId);

    // Saves the visible form if it has unsaved changes; false when core refused them.
    bool saveCurrent();
    // Re-reads the visible record unless the user is in the middle of editing it.
    void refreshCurrent();
    // The form in sight holds typing not saved yet.
    bool hasUnsavedChanges() const;
    void focusForm();
    std::optional<Id> currentFindingId() const;

    EvidencePanel* evidencePanel() const { return m_evidence; }
    SignOffPanel* signOffPanel() const { return m_signOff; }

private:
    RecordForm* currentForm() const;
    void showActivity(std::optional<Id> findingId, OptionalId measureId);

    Editor& m_editor;
    QStackedWidget* m_stack;
    QWidget* m_empty;
    RoundForm* m_round;
    InspectionForm* m_inspection;
    FindingForm* m_finding;
    MeasureForm* m_measure;
    QTabWidget* m_tabs;
    NotesPanel* m_notes;
    EvidencePanel* m_evidence;
    HistoryPanel* m_history;
    SignOffPanel* m_signOff;
};

} // namespace rectrack::ui
