#include "LedgerListModel.h"

#include "common/Roles.h"
#include "services/Ledger.h"

#include <QFont>

namespace rectrack::ui {

LedgerListModel::LedgerListModel(Ledger& ledger, Mode mode, QObject* parent)
    : QAbstractTableModel(parent)
    , m_ledger(ledger)
    , m_mode(mode)
    , m_loader(new QFutureWatcher<Generational<QList<Row>>>(this))
    , m_counter(new QFutureWatcher<Generational<int>>(this)) {
    connect(m_loader, &QFutureWatcher<Generational<QList<Row>>>::finished, this, [this] { applyPage(m_loader->result()); });
    connect(m_counter, &QFutureWatcher<Generational<int>>::finished, this, [this] {
        const Generational<int> count = m_counter->result();
        if (count.generation != m_generation)
            return; // the filter changed meanwhile; a newer count is on its way
        m_total = count.failed ? -1 : count.value;
        emit totalChanged(m_total);
    });
}

void LedgerListModel::setFilter(const LedgerFilter& filter) {
    m_filter = filter;
    startLoad(0, PageSize, false);
}

void LedgerListModel::refresh() {
    startLoad(0, std::max(static_cast<int>(m_rows.size()), PageSize), false);
}

void LedgerListModel::setActive(bool active) {
    m_active = active;
    if (m_active && m_readWhenActive) {
        m_readWhenActive = false;
        startLoad(0, std::max(static_cast<int>(m_rows.size()), PageSize), false);
    }
}

void LedgerListModel::startLoad(int offset, int limit, bool append) {
    if (!m_active) {
        m_readWhenActive = true;
        return;
    }
    if (!append)
        ++m_generation; // supersedes every read still under way
    m_loading = true;
    emit loadingChanged(true);
    const QString path = m_ledger.database().path();
    const LedgerFilter filter = m_filter;
    const LedgerOrder order = m_order;
    const QDate today = m_ledger.today();
    const DeadlinePolicy policy = m_ledger.policy();
    const Mode mode = m_mode;
    const int generation = m_generation;
    m_loader->setFuture(readInBackground(path, generation, [=](const QSqlDatabase& db) {
        const LedgerViews views(db, today, policy);
        QList<Row> rows;
        if (mode == Mode::Findings) {
            for (const FindingRow& f : views.findings(filter, order, offset, limit))
                rows.append(Row{f, {}, findingDeadlineState(f.finding.deadline, f.finding.status, f.openMeasures, today, policy)});
        } else {
            for (const MeasureListRow& m : views.measures(filter, order, offset, limit))
                rows.append(Row{{}, m, deadlineState(m.row.measure.deadline, m.row.measure.status, today, policy)});
        }
        return rows;
    }));
    m_loadAppend = append;
    m_loadLimit = limit;
}

void LedgerListModel::applyPage(Generational<QList<Row>> page) {
    if (page.generation != m_generation)
        return; // an older filter's rows: a newer read is under way
    m_loading = false;
    const int limit = m_loadLimit;
    if (m_loadAppend) {
        m_more = !page.failed && page.value.size() == limit;
        if (!page.value.isEmpty()) {
            const int first = static_cast<int>(m_rows.size());
            beginInsertRows({}, first, first + static_cast<int>(page.value.size()) - 1);
            m_rows.append(page.value);
            endInsertRows();
        }
        emit loadingChanged(false);
        return;
    }
    const bool sameRows = page.value.size() == m_rows.size() && [&] {
        for (int r = 0; r < page.value.size(); ++r)
            if ((m_mode == Mode::Findings ? page.value[r].finding.finding.id : page.value[r].measure.row.measure.id) !=
                idAt(r))
                return false;
        return true;
    }();
    m_more = !page.failed && page.value.size() == limit;
    if (sameRows) { // the same items in the same places: update in place, selection and scroll stay
        m_rows = std::move(page.value);
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(static_cast<int>(m_rows.size()) - 1, ColumnCount - 1));
    } else {
        beginResetModel();
        m_rows = std::move(page.value);
        endResetModel();
    }
    emit loadingChanged(false);
    countInBackground();
}

void LedgerListModel::countInBackground() {
    const int generation = m_generation;
    if (!m_more) { // everything is loaded: no need to ask
        m_total = static_cast<int>(m_rows.size());
        emit totalChanged(m_total);
        return;
    }
    m_total = -1;
    emit totalChanged(-1);
    const QString path = m_ledger.database().path();
    const LedgerFilter filter = m_filter;
    const QDate today = m_ledger.today();
    const DeadlinePolicy policy = m_ledger.policy();
    const Mode mode = m_mode;
    m_counter->setFuture(readInBackground(path, generation, [=](const QSqlDatabase& db) {
        const LedgerViews views(db, today, policy);
        return mode == Mode::Findings ? views.findingCount(filter) : views.measureCount(filter);
    }));
}

Id LedgerListModel::idAt(int row) const {
    if (row < 0 || row >= m_rows.size())
        return 0;
    return m_mode == Mode::Findings ? m_rows[row].finding.finding.id : m_rows[row].measure.row.measure.id;
}

Id LedgerListModel::findingIdAt(int row) const {
    if (row < 0 || row >= m_rows.size())
        return 0;
    return m_mode == Mode::Findings ? m_rows[row].finding.finding.id : m_rows[row].measure.row.measure.findingId;
}

int LedgerListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int LedgerListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

bool LedgerListModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && m_more && !m_loading;
}

void LedgerListModel::fetchMore(const QModelIndex& parent) {
    if (canFetchMore(parent))
        startLoad(static_cast<int>(m_rows.size()), PageSize, true);
}

void LedgerListModel::sort(int column, Qt::SortOrder order) {
    static const LedgerSort keys[ColumnCount] = {
        LedgerSort::Number,  LedgerSort::Title,      LedgerSort::Status,  LedgerSort::Deadline,
        LedgerSort::Deadline, LedgerSort::Unit,      LedgerSort::Person,  LedgerSort::Natural,
        LedgerSort::LatestNote, LedgerSort::Natural, LedgerSort::Natural, LedgerSort::Inspection};
    const LedgerOrder wanted{column >= 0 && column < ColumnCount ? keys[column] : LedgerSort::Natural,
                             order == Qt::DescendingOrder};
    if (wanted.key == m_order.key && wanted.descending == m_order.descending)
        return;
    m_order = wanted;
    startLoad(0, PageSize, false);
}

Qt::ItemFlags LedgerListModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == StatusColumn && m_statusEditor && m_ledger.can(Operation::EditLedger)) {
        // a finding with measures takes its status from them
        const bool derived = m_mode == Mode::Findings && m_rows[index.row()].finding.measureCount > 0;
        if (!derived)
            f |= Qt::ItemIsEditable;
    }
    return f;
}

bool LedgerListModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || !index.isValid() || index.column() != StatusColumn || !m_statusEditor)
        return false;
    const int code = value.toInt();
    if (code < 0 || code >= enumCount<Status>())
        return false;
    if (!m_statusEditor({idAt(index.row())}, static_cast<Status>(code)))
        return false;
    return true; // the editor's change notification refreshes the rows
}

QVariant LedgerListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows[index.row()];
    if (role == ItemIdRole)
        return idAt(index.row());
    if (role == ItemTypeRole)
        return static_cast<int>(m_mode == Mode::Findings ? ItemType::Finding : ItemType::Measure);
    if (role == DeadlineStateRole)
        return static_cast<int>(row.state);
    return m_mode == Mode::Findings ? findingData(row, index.column(), role) : measureData(row, index.column(), role);
}

QVariant LedgerListModel::findingData(const Row& row, int column, int role) const {
    const FindingRow& r = row.finding;
    const Finding& f = r.finding;
    if (role == Qt::FontRole && column == TitleColumn && f.reopened) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    const bool raw = role == RawValueRole || role == Qt::EditRole;
    if (role != Qt::DisplayRole && !raw && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case InspectionColumn:
        return r.inspectionTitle;
    case NumberColumn:
        if (raw)
            return f.sortOrder;
        return f.kind == FindingKind::Suggestion ? tr("建议%1").arg(f.number) : f.number;
    case TitleColumn:
        if (role == Qt::ToolTipRole)
            return f.description.isEmpty() ? f.title : f.title + QStringLiteral("\n\n") + f.description;
        return f.reopened && !raw ? tr("【重新整改】") + f.title : f.title;
    case ContextColumn:
        return r.categoryTitle;
    case StatusColumn:
        return raw ? QVariant(static_cast<int>(f.status)) : QVariant(label(f.status));
    case DeadlineColumn:
        return raw ? QVariant(f.deadline.date) : QVariant(f.deadline.displayText());
    case DeadlineStateColumn:
        return raw ? QVariant(static_cast<int>(row.state)) : QVariant(label(row.state));
    case PersonColumn:
        return r.leaderName;
    case UnitColumn:
        return r.leadUnitName;
    case ProgressColumn:
        if (raw)
            return r.measureCount == 0 ? 0.0 : static_cast<double>(r.measuresClosed) / r.measureCount;
        return r.measureCount == 0 ? QString() : QStringLiteral("%1/%2").arg(r.measuresClosed).arg(r.measureCount);
    case LatestNoteColumn:
        if (raw)
            return r.latestNoteDate;
        return r.latestNote.isEmpty() ? QString()
                                      : r.latestNoteDate.toString(QStringLiteral("MM-dd ")) + r.latestNote.simplified();
    case SignOffColumn:
        if (raw)
            return static_cast<int>(f.signOff);
        return f.reopened ? tr("已重新打开") : label(f.signOff);
    }
    return {};
}

QVariant LedgerListModel::measureData(const Row& row, int column, int role) const {
    const MeasureListRow& r = row.measure;
    const Measure& m = r.row.measure;
    const bool raw = role == RawValueRole || role == Qt::EditRole;
    if (role != Qt::DisplayRole && !raw && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case InspectionColumn:
        return r.inspectionTitle;
    case NumberColumn:
        return raw ? QVariant(m.sortOrder) : QVariant(QStringLiteral("%1-%2").arg(r.findingNumber).arg(m.sortOrder));
    case TitleColumn:
        return m.text;
    case ContextColumn:
        return r.findingReopened && !raw ? tr("【重新整改】") + r.findingTitle : r.findingTitle;
    case StatusColumn:
        return raw ? QVariant(static_cast<int>(m.status)) : QVariant(label(m.status));
    case DeadlineColumn:
        return raw ? QVariant(m.deadline.date) : QVariant(m.deadline.displayText());
    case DeadlineStateColumn:
        return raw ? QVariant(static_cast<int>(row.state)) : QVariant(label(row.state));
    case PersonColumn:
        return r.row.personName;
    case UnitColumn:
        return r.row.unitName;
    case ProgressColumn:
        return raw ? QVariant(m.completedDate) : QVariant(m.completedDate.toString(Qt::ISODate));
    case LatestNoteColumn:
    case SignOffColumn:
        return QVariant();
    }
    return {};
}

QVariant LedgerListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    const bool findings = m_mode == Mode::Findings;
    switch (section) {
    case InspectionColumn:
        return tr("巡察");
    case NumberColumn:
        return tr("序号");
    case TitleColumn:
        return findings ? tr("问题") : tr("整改措施");
    case ContextColumn:
        return findings ? tr("类别") : tr("所属问题");
    case StatusColumn:
        return tr("状态");
    case DeadlineColumn:
        return tr("整改时限");
    case DeadlineStateColumn:
        return tr("时限状态");
    case PersonColumn:
        return findings ? tr("责任领导") : tr("责任人");
    case UnitColumn:
        return findings ? tr("牵头单位") : tr("责任单位");
    case ProgressColumn:
        return findings ? tr("措施完成") : tr("完成日期");
    case LatestNoteColumn:
        return tr("最新进展");
    case SignOffColumn:
        return tr("销号");
    }
    return {};
}

} // namespace rectrack::ui
