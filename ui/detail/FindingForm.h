#pragma once

#include "RecordForm.h"
#include "domain/Entities.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace rectrack::ui {

class DeadlineEditor;
class Editor;
class ResultsEditor;

// One finding (problem or suggestion): every field of the ledger row.
class FindingForm : public RecordForm {
    Q_OBJECT
public:
    FindingForm(Editor& editor, QWidget* parent = nullptr);
    void load(Id findingId);
    Id findingId() const { return m_finding.id; }
    void focusFirstField();

protected:
    bool apply() override;
    void reload() override;

private:
    Editor& m_editor;
    Finding m_finding;
    bool m_hasMeasures = false;
    QComboBox* m_kind;
    QLineEdit* m_number;
    QComboBox* m_category;
    QLineEdit* m_title;
    QPlainTextEdit* m_description;
    QComboBox* m_status;
    QLabel* m_statusHint;
    DeadlineEditor* m_deadline;
    QComboBox* m_leader;
    QComboBox* m_leadUnit;
    QListWidget* m_coUnits;
    QPlainTextEdit* m_outcome;
    QPlainTextEdit* m_difficulties;
    QComboBox* m_withheld; // 不公开的理由; empty: public
    ResultsEditor* m_results;
    QLabel* m_workflow;
};

} // namespace rectrack::ui
