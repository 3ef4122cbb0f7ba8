#pragma once
// The centre of the window: the selected inspection's totals in one line, a quick filter,
// and the findings ledger with its measures.

#include "common/Roles.h"
#include "domain/Entities.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

namespace rectrack {
class Ledger;
}

namespace rectrack::ui {

class LedgerModel;

class LedgerPanel : public QWidget {
    Q_OBJECT
public:
    LedgerPanel(rectrack::Ledger& ledger, QWidget* parent = nullptr);

    void setInspection(std::optional<Id> inspectionId);
    std::optional<Id> inspectionId() const;
    void reload();
    void refreshFinding(Id findingId);
    void refreshSummary();
    void selectFinding(Id findingId);
    void selectMeasure(Id findingId, Id measureId);
    QTreeView* view() const { return m_view; }
    LedgerModel* model() const { return m_model; }

    struct Selection {
        ItemType type = ItemType::Finding;
        Id id = 0;
        Id findingId = 0;
    };
    std::optional<Selection> current() const;

signals:
    void currentChanged();

private:
    void select(const QModelIndex& sourceIndex);

    rectrack::Ledger& m_ledger;
    QLabel* m_title;
    QLabel* m_summary;
    QLineEdit* m_filter;
    LedgerModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTreeView* m_view;
};

} // namespace rectrack::ui
