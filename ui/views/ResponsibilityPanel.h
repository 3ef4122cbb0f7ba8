#pragma once
// 责任清单: per responsible unit or per leader, what they answer for, how much is done and
// what is overdue; the laggards first. A double click opens their 任务清单.

#include "domain/Entities.h"

#include <QWidget>

class QComboBox;
class QTableWidget;

namespace rectrack {
class Ledger;
}

namespace rectrack::ui {

class ResponsibilityPanel : public QWidget {
    Q_OBJECT
public:
    explicit ResponsibilityPanel(rectrack::Ledger& ledger, QWidget* parent = nullptr);
    void setContext(std::optional<Id> inspectionId, std::optional<Id> roundId);
    void refresh();
    QTableWidget* table() const { return m_table; }
    bool byLeader() const;

signals:
    void ownerActivated(bool leader, Id id);

private:
    rectrack::Ledger& m_ledger;
    std::optional<Id> m_inspectionId;
    std::optional<Id> m_roundId;
    QComboBox* m_scope;
    QComboBox* m_grouping;
    QTableWidget* m_table;
};

} // namespace rectrack::ui
