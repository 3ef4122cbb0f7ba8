#pragma once

#include "RecordForm.h"
#include "domain/Entities.h"

class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace rectrack::ui {

class StatedResultsEditor;

class Editor;
class OptionalDateEdit;

// One inspection: who inspected whom, when, the free-text parts of the bulletin, and its
// ordered categories (方面).
class InspectionForm : public RecordForm {
    Q_OBJECT
public:
    InspectionForm(Editor& editor, QWidget* parent = nullptr);
    void load(Id inspectionId);
    Id inspectionId() const { return m_inspection.id; }
    void focusFirstField();

protected:
    bool apply() override;
    void reload() override;

private:
    void reloadCategories();
    void addCategory();
    void renameCategory();
    void removeCategory();
    void moveCategory(int delta);
    std::optional<Id> selectedCategory() const;

    Editor& m_editor;
    Inspection m_inspection;
    QLineEdit* m_title;
    QComboBox* m_round;
    QLineEdit* m_team;
    QComboBox* m_unit;
    QComboBox* m_type;
    OptionalDateEdit* m_onsiteStart;
    OptionalDateEdit* m_onsiteEnd;
    OptionalDateEdit* m_feedback;
    OptionalDateEdit* m_rectificationEnd;
    QLineEdit* m_issuingBody;
    OptionalDateEdit* m_published;
    QPlainTextEdit* m_organisation;
    QPlainTextEdit* m_nextSteps;
    QPlainTextEdit* m_contact;
    QListWidget* m_categories;
    StatedResultsEditor* m_stated;
};

} // namespace rectrack::ui
