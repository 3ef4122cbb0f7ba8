#include "InspectionTreeModel.h"

#include "common/Roles.h"
#include "services/Ledger.h"

namespace rectrack::ui {

InspectionTreeModel::InspectionTreeModel(Ledger& ledger, QObject* parent)
    : QAbstractItemModel(parent)
    , m_ledger(ledger) {
    reload();
}

void InspectionTreeModel::reload() {
    beginResetModel();
    m_rounds.clear();
    for (const InspectionRound& round : m_ledger.inspections().rounds())
        m_rounds.append(RoundNode{round, m_ledger.inspections().inspectionCount(round.id), false, {}});
    endResetModel();
}

QModelIndex InspectionTreeModel::indexOfRound(Id roundId) const {
    for (int r = 0; r < m_rounds.size(); ++r)
        if (m_rounds[r].round.id == roundId)
            return index(r, 0);
    return {};
}

QModelIndex InspectionTreeModel::indexOfInspection(Id inspectionId) {
    for (int r = 0; r < m_rounds.size(); ++r) {
        const QModelIndex roundIndex = index(r, 0);
        if (canFetchMore(roundIndex))
            fetchMore(roundIndex);
        const QList<Inspection>& list = m_rounds[r].inspections;
        for (int i = 0; i < list.size(); ++i)
            if (list[i].id == inspectionId)
                return index(i, 0, roundIndex);
    }
    return {};
}

QModelIndex InspectionTreeModel::index(int row, int column, const QModelIndex& parent) const {
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_rounds.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (isRound(parent) && row < m_rounds[parent.row()].inspections.size())
        return createIndex(row, column, quintptr(parent.row() + 1));
    return {};
}

QModelIndex InspectionTreeModel::parent(const QModelIndex& child) const {
    if (!child.isValid() || isRound(child))
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, quintptr(0));
}

int InspectionTreeModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid())
        return static_cast<int>(m_rounds.size());
    if (isRound(parent))
        return static_cast<int>(m_rounds[parent.row()].inspections.size());
    return 0;
}

int InspectionTreeModel::columnCount(const QModelIndex&) const {
    return 1;
}

bool InspectionTreeModel::hasChildren(const QModelIndex& parent) const {
    if (!parent.isValid())
        return !m_rounds.isEmpty();
    return isRound(parent) && m_rounds[parent.row()].inspectionCount > 0;
}

bool InspectionTreeModel::canFetchMore(const QModelIndex& parent) const {
    return parent.isValid() && isRound(parent) && !m_rounds[parent.row()].loaded;
}

void InspectionTreeModel::fetchMore(const QModelIndex& parent) {
    if (!canFetchMore(parent))
        return;
    RoundNode& node = m_rounds[parent.row()];
    const QList<Inspection> list = m_ledger.inspections().inspections(node.round.id);
    node.loaded = true;
    if (list.isEmpty())
        return;
    beginInsertRows(parent, 0, static_cast<int>(list.size()) - 1);
    node.inspections = list;
    node.inspectionCount = static_cast<int>(list.size());
    endInsertRows();
}

QVariant InspectionTreeModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid())
        return {};
    if (isRound(index)) {
        const RoundNode& node = m_rounds[index.row()];
        switch (role) {
        case Qt::DisplayRole:
            return node.round.name;
        case Qt::ToolTipRole:
            return tr("%1 · %2 · %3 个巡察")
                .arg(label(node.round.kind), node.round.level)
                .arg(node.inspectionCount);
        case ItemIdRole:
            return node.round.id;
        case ItemTypeRole:
            return static_cast<int>(ItemType::Round);
        case RawValueRole:
            return node.round.year;
        default:
            return {};
        }
    }
    const Inspection& inspection =
        m_rounds[static_cast<int>(index.internalId() - 1)].inspections[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return inspection.title;
    case Qt::ToolTipRole:
        return tr("%1\n%2 · 反馈日期 %3")
            .arg(inspection.title, inspection.team,
                 inspection.feedbackDate.isValid() ? inspection.feedbackDate.toString(Qt::ISODate)
                                                   : tr("未填"));
    case ItemIdRole:
        return inspection.id;
    case ItemTypeRole:
        return static_cast<int>(ItemType::Inspection);
    case RawValueRole:
        return inspection.feedbackDate;
    default:
        return {};
    }
}

QVariant InspectionTreeModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("巡察轮次 / 巡察");
    return {};
}

} // namespace rectrack::ui
