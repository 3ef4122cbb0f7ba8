#pragma once
// Rounds and their inspections, for the navigator. Rounds load at once (there are few); the
// inspections of a round load when the round is expanded.

#include "domain/Entities.h"

#include <QAbstractItemModel>

namespace rectrack {
class Ledger;
}

namespace rectrack::ui {

class InspectionTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    explicit InspectionTreeModel(rectrack::Ledger& ledger, QObject* parent = nullptr);

    void reload();
    QModelIndex indexOfRound(Id roundId) const;
    QModelIndex indexOfInspection(Id inspectionId); // loads the round's inspections if needed

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct RoundNode {
        InspectionRound round;
        int inspectionCount = 0;
        bool loaded = false;
        QList<Inspection> inspections;
    };
    bool isRound(const QModelIndex& index) const { return index.internalId() == 0; }

    rectrack::Ledger& m_ledger;
    QList<RoundNode> m_rounds;
};

} // namespace rectrack::ui
