#pragma once
// 问题清单 or 任务清单 across inspections: the filter bar, the count, the bulk actions on a
// multi-selection, and the table (columns chosen from the header's menu; order, widths and
// choice remembered).

#include "FilterBar.h"
#include "LedgerListModel.h"
#include "services/BulkEdit.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace rectrack::ui {

class Editor;

class LedgerViewPanel : public QWidget {
    Q_OBJECT
public:
    LedgerViewPanel(Editor& editor, LedgerListModel::Mode mode, QWidget* parent = nullptr);

    FilterBar* filterBar() const { return m_filters; }
    LedgerListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QList<Id> selectedIds() const;
    void refresh();
    void saveLayout() const;

    // The bulk actions (also reachable from tests).
    void bulkStatus();
    void bulkReassign();
    void bulkDeadline();

signals:
    // The user moved to a row: a finding (measureId empty) or a measure of it.
    void itemSelected(Id findingId, std::optional<Id> measureId);

protected:
    // Out of sight, the list reads nothing (the program starts without reading the other list).
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void updateCount();
    void restoreSelection();
    void updateActions();
    QString settingsKey() const;
    ItemKind kind() const;

    Editor& m_editor;
    FilterBar* m_filters;
    LedgerListModel* m_model;
    QTableView* m_view;
    QLabel* m_count;
    QPushButton* m_statusButton;
    QPushButton* m_reassignButton;
    QPushButton* m_deadlineButton;
    QPushButton* m_exportButton;
    QList<Id> m_keepSelected;                        // put back once a refresh arrives
    std::optional<std::pair<Id, int>> m_keepCurrent; // id and column
};

} // namespace rectrack::ui
