#pragma once
// 责任清单: per responsible unit or per leader, what they answer for, how much is done and
// what is overdue; the laggards first. A double click opens their 任务清单.

#include "common/BackgroundRead.h"
#include "domain/Entities.h"
#include "storage/LedgerViews.h"

#include <QFutureWatcher>

#include <QWidget>

class QComboBox;
class QLabel;
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
    // Recounts in the background; the table is replaced when the numbers arrive.
    void refresh();
    bool isLoading() const { return m_loading; }
    QTableWidget* table() const { return m_table; }
    bool byLeader() const;

signals:
    void ownerActivated(bool leader, Id id);

private:
    void showRows(const QList<ResponsibilityRow>& rows);

    rectrack::Ledger& m_ledger;
    std::optional<Id> m_inspectionId;
    std::optional<Id> m_roundId;
    QComboBox* m_scope;
    QComboBox* m_grouping;
    QTableWidget* m_table;
    QLabel* m_status;
    QFutureWatcher<Generational<QList<ResponsibilityRow>>>* m_loader;
    int m_generation = 0;
    bool m_loading = false;
};

} // namespace rectrack::ui
