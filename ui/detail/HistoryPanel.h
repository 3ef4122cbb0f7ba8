#pragma once

#include "domain/Entities.h"

#include <QWidget>

class QTreeWidget;

namespace rectrack::ui {

class Editor;

// 修改记录: every change to the finding and what hangs off it, oldest first.
class HistoryPanel : public QWidget {
    Q_OBJECT
public:
    HistoryPanel(Editor& editor, QWidget* parent = nullptr);
    void setFinding(std::optional<Id> findingId);
    void reload();

private:
    Editor& m_editor;
    std::optional<Id> m_findingId;
    QTreeWidget* m_list;
};

} // namespace rectrack::ui
