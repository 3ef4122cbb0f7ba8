#pragma once
// The preview of a progress form a unit sent back (进展填报表): each change it brings (a status,
// a progress note) and each conflict (a measure the office changed after the form went out),
// with the rows they come from; 导入 applies the changes as one undoable change.

#include "services/ProgressForms.h"

#include <QDialog>

namespace rectrack::ui {

class Editor;

class FormImportDialog : public QDialog {
    Q_OBJECT
public:
    FormImportDialog(Editor& editor, FormPlan plan, const QString& fileName, QWidget* parent = nullptr);

    bool applied() const { return m_applied; }

private:
    void apply();

    Editor& m_editor;
    FormPlan m_plan;
    bool m_applied = false;
};

} // namespace rectrack::ui
