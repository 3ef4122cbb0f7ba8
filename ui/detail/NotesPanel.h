#pragma once

#include "domain/Entities.h"

#include <QWidget>

class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace rectrack::ui {

class Editor;
class OptionalDateEdit;

// 进展情况: the finding's progress notes, newest first, and a line to log a new one.
class NotesPanel : public QWidget {
    Q_OBJECT
public:
    NotesPanel(Editor& editor, QWidget* parent = nullptr);
    void setFinding(std::optional<Id> findingId, OptionalId measureId = std::nullopt);

private:
    void reload();
    void addNote();
    void removeSelected();

    Editor& m_editor;
    std::optional<Id> m_findingId;
    OptionalId m_measureId;
    QTreeWidget* m_list;
    OptionalDateEdit* m_date;
    QLineEdit* m_text;
    QPushButton* m_add;
    QPushButton* m_remove;
};

} // namespace rectrack::ui
