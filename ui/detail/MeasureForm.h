#pragma once

#include "RecordForm.h"
#include "domain/Entities.h"

class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace rectrack::ui {

class DeadlineEditor;
class Editor;
class OptionalDateEdit;
class ResultsEditor;

// One measure (整改措施) of a finding.
class MeasureForm : public RecordForm {
    Q_OBJECT
public:
    MeasureForm(Editor& editor, QWidget* parent = nullptr);
    void load(Id measureId);
    Id measureId() const { return m_measure.id; }
    Id findingId() const { return m_measure.findingId; }
    void focusFirstField();

protected:
    bool apply() override;
    void reload() override;

private:
    Editor& m_editor;
    Measure m_measure;
    QLabel* m_findingLabel;
    QPlainTextEdit* m_text;
    QComboBox* m_unit;
    QComboBox* m_person;
    DeadlineEditor* m_deadline;
    QComboBox* m_status;
    OptionalDateEdit* m_completed;
    ResultsEditor* m_results;
};

} // namespace rectrack::ui
