#include "LedgerModel.h"

#include "common/Roles.h"
#include "services/Ledger.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace rectrack::ui {

LedgerModel::LedgerModel(Ledger& ledger, QObject* parent)
    : QAbstractItemModel(parent)
    , m_ledger(ledger) {}

void LedgerModel::setInspection(std::optional<Id> inspectionId) {
    m_inspectionId = inspectionId;
    reload();
}

void LedgerModel::reload() {
    beginResetModel();
    m_findings.clear();
    m_total = m_inspectionId ? m_ledger.findings().findingCount(*m_inspectionId) : 0;
    if (m_total > 0) // the first page arrives with the reset
        for (const FindingRow& row : m_ledger.findings().findingRows(*m_inspectionId, 0, PageSize))
            m_findings.append(FindingNode{row, m_ledger.deadlineState(row), false, {}});
    endResetModel();
}

void LedgerModel::refreshFinding(Id findingId) {
    for (int r = 0; r < m_findings.size(); ++r) {
        FindingNode& node = m_findings[r];
        if (node.row.finding.id != findingId)
            continue;
        node.row = m_ledger.findings().findingRow(findingId);
        node.state = m_ledger.deadlineState(node.row);
        const QModelIndex parentIndex = index(r, 0);
        if (node.measuresLoaded) {
            const QList<MeasureRow> fresh = m_ledger.findings().measureRows(findingId);
            const auto sameRecords = [&] {
                if (fresh.size() != node.measures.size())
                    return false;
                for (qsizetype i = 0; i < fresh.size(); ++i)
                    if (fresh[i].measure.id != node.measures[i].measure.id)
                        return false;
                return true;
            };
            if (sameRecords()) { // update in place: the selection stays where it is
                node.measures = fresh;
                if (!fresh.isEmpty())
                    emit dataChanged(index(0, 0, parentIndex),
                                     index(static_cast<int>(fresh.size()) - 1, ColumnCount - 1, parentIndex));
            } else {
                if (!node.measures.isEmpty()) {
                    beginRemoveRows(parentIndex, 0, static_cast<int>(node.measures.size()) - 1);
                    node.measures.clear();
                    endRemoveRows();
                }
                if (!fresh.isEmpty()) {
                    beginInsertRows(parentIndex, 0, static_cast<int>(fresh.size()) - 1);
                    node.measures = fresh;
                    endInsertRows();
                }
            }
        }
        emit dataChanged(index(r, 0), index(r, ColumnCount - 1));
        return;
    }
}

QModelIndex LedgerModel::indexOfFinding(Id findingId) {
    for (;;) {
        for (int r = 0; r < m_findings.size(); ++r)
            if (m_findings[r].row.finding.id == findingId)
                return index(r, 0);
        if (!canFetchMore({}))
            return {};
        fetchMore({});
    }
}

QModelIndex LedgerModel::indexOfMeasure(Id findingId, Id measureId) {
    const QModelIndex parentIndex = indexOfFinding(findingId);
    if (!parentIndex.isValid())
        return {};
    if (canFetchMore(parentIndex))
        fetchMore(parentIndex);
    const QList<MeasureRow>& measures = m_findings[parentIndex.row()].measures;
    for (int r = 0; r < measures.size(); ++r)
        if (measures[r].measure.id == measureId)
            return index(r, 0, parentIndex);
    return {};
}

QModelIndex LedgerModel::index(int row, int column, const QModelIndex& parent) const {
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_findings.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (isFinding(parent) && row < m_findings[parent.row()].measures.size())
        return createIndex(row, column, quintptr(parent.row() + 1));
    return {};
}

QModelIndex LedgerModel::parent(const QModelIndex& child) const {
    if (!child.isValid() || isFinding(child))
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, quintptr(0));
}

int LedgerModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid())
        return static_cast<int>(m_findings.size());
    if (parent.column() == 0 && isFinding(parent))
        return static_cast<int>(m_findings[parent.row()].measures.size());
    return 0;
}

int LedgerModel::columnCount(const QModelIndex&) const {
    return ColumnCount;
}

bool LedgerModel::hasChildren(const QModelIndex& parent) const {
    if (!parent.isValid())
        return m_total > 0;
    return parent.column() == 0 && isFinding(parent) && m_findings[parent.row()].row.measureCount > 0;
}

bool LedgerModel::canFetchMore(const QModelIndex& parent) const {
    if (!parent.isValid())
        return m_findings.size() < m_total;
    return isFinding(parent) && !m_findings[parent.row()].measuresLoaded &&
           m_findings[parent.row()].row.measureCount > 0;
}

void LedgerModel::fetchMore(const QModelIndex& parent) {
    if (!canFetchMore(parent))
        return;
    if (parent.isValid()) {
        loadMeasures(parent.row());
        return;
    }
    const QList<FindingRow> page =
        m_ledger.findings().findingRows(*m_inspectionId, static_cast<int>(m_findings.size()), PageSize);
    if (page.isEmpty()) {
        m_total = static_cast<int>(m_findings.size());
        return;
    }
    const int first = static_cast<int>(m_findings.size());
    beginInsertRows({}, first, first + static_cast<int>(page.size()) - 1);
    for (const FindingRow& row : page)
        m_findings.append(FindingNode{row, m_ledger.deadlineState(row), false, {}});
    endInsertRows();
}

void LedgerModel::loadMeasures(int findingRow) {
    FindingNode& node = m_findings[findingRow];
    const QList<MeasureRow> measures = m_ledger.findings().measureRows(node.row.finding.id);
    node.measuresLoaded = true;
    if (measures.isEmpty())
        return;
    beginInsertRows(index(findingRow, 0), 0, static_cast<int>(measures.size()) - 1);
    node.measures = measures;
    endInsertRows();
}

QVariant LedgerModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid())
        return {};
    if (isFinding(index))
        return findingData(m_findings[index.row()], index.column(), role);
    return measureData(m_findings[static_cast<int>(index.internalId() - 1)].measures[index.row()],
                       index.column(), role);
}

QVariant LedgerModel::findingData(const FindingNode& node, int column, int role) const {
    const Finding& f = node.row.finding;
    if (role == ItemIdRole)
        return f.id;
    if (role == ItemTypeRole)
        return static_cast<int>(ItemType::Finding);
    if (role == DeadlineStateRole)
        return static_cast<int>(node.state);
    if (role == Qt::FontRole && column == TitleColumn && f.reopened) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    const bool display = role == Qt::DisplayRole;
    const bool raw = role == RawValueRole;
    if (!display && !raw && role != Qt::ToolTipRole)
        return {};
    switch (static_cast<Column>(column)) {
    case NumberColumn:
        if (raw)
            return QVariant(f.kind == FindingKind::Suggestion ? 100000 + f.sortOrder : f.sortOrder);
        return f.kind == FindingKind::Suggestion ? tr("建议%1").arg(f.number) : f.number;
    case TitleColumn:
        if (role == Qt::ToolTipRole)
            return f.description.isEmpty() ? f.title : f.title + u'\n' + f.description;
        return f.reopened && display ? tr("【重新整改】") + f.title : f.title;
    case CategoryColumn:
        return node.row.categoryTitle;
    case StatusColumn:
        return raw ? QVariant(static_cast<int>(f.status)) : QVariant(label(f.status));
    case DeadlineColumn:
        if (raw)
            return f.deadline.date.isValid() ? QVariant(f.deadline.date)
                                             : QVariant(static_cast<int>(f.deadline.kind));
        return f.deadline.displayText();
    case DeadlineStateColumn:
        return raw ? QVariant(static_cast<int>(node.state)) : QVariant(label(node.state));
    case ResponsibleColumn:
        return node.row.leaderName;
    case UnitColumn:
        return node.row.leadUnitName;
    case ProgressColumn:
        if (raw)
            return node.row.measureCount == 0 ? -1.0
                                              : double(node.row.measuresClosed) / node.row.measureCount;
        return node.row.measureCount == 0
                   ? QString()
                   : QStringLiteral("%1/%2").arg(node.row.measuresClosed).arg(node.row.measureCount);
    case LatestNoteColumn:
        if (raw)
            return node.row.latestNoteDate;
        return node.row.latestNote.isEmpty()
                   ? QString()
                   : node.row.latestNoteDate.toString(QStringLiteral("MM-dd ")) + node.row.latestNote;
    case SignOffColumn:
        return raw ? QVariant(static_cast<int>(f.signOff)) : QVariant(label(f.signOff));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant LedgerModel::measureData(const MeasureRow& row, int column, int role) const {
    const Measure& m = row.measure;
    const DeadlineState state = m_ledger.deadlineState(m);
    if (role == ItemIdRole)
        return m.id;
    if (role == ItemTypeRole)
        return static_cast<int>(ItemType::Measure);
    if (role == DeadlineStateRole)
        return static_cast<int>(state);
    if (role == Qt::ForegroundRole && column == NumberColumn)
        return QBrush(QColor(0x6b, 0x72, 0x80));
    const bool raw = role == RawValueRole;
    if (role != Qt::DisplayRole && !raw && role != Qt::ToolTipRole)
        return {};
    switch (static_cast<Column>(column)) {
    case NumberColumn:
        return raw ? QVariant(m.sortOrder) : QVariant(tr("措施%1").arg(m.sortOrder));
    case TitleColumn:
        return m.text;
    case StatusColumn:
        return raw ? QVariant(static_cast<int>(m.status)) : QVariant(label(m.status));
    case DeadlineColumn:
        if (raw)
            return m.deadline.date.isValid() ? QVariant(m.deadline.date)
                                             : QVariant(static_cast<int>(m.deadline.kind));
        return m.deadline.displayText();
    case DeadlineStateColumn:
        return raw ? QVariant(static_cast<int>(state)) : QVariant(label(state));
    case ResponsibleColumn:
        return row.personName;
    case UnitColumn:
        return row.unitName;
    case ProgressColumn:
        if (raw)
            return m.completedDate;
        return m.completedDate.isValid() ? tr("%1 完成").arg(m.completedDate.toString(Qt::ISODate))
                                         : QString();
    default:
        return {};
    }
}

QVariant LedgerModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case NumberColumn:
        return tr("序号");
    case TitleColumn:
        return tr("问题 / 整改措施");
    case CategoryColumn:
        return tr("问题类别");
    case StatusColumn:
        return tr("整改状态");
    case DeadlineColumn:
        return tr("整改时限");
    case DeadlineStateColumn:
        return tr("时限状态");
    case ResponsibleColumn:
        return tr("责任领导 / 责任人");
    case UnitColumn:
        return tr("责任单位");
    case ProgressColumn:
        return tr("进度");
    case LatestNoteColumn:
        return tr("最新进展");
    case SignOffColumn:
        return tr("对账销号");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace rectrack::ui
