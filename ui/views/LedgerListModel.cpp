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
    , m_idReader(new QFutureWatcher<Generational<QList<Id>>>(this))
    , m_refresher(new QFutureWatcher<Generational<Refresh>>(this)) {
    connect(m_loader, &QFutureWatcher<Generational<QList<Row>>>::finished, this, [this] { applyPage(m_loader->result()); });
    connect(m_idReader, &QFutureWatcher<Generational<QList<Id>>>::finished, this, [this] {
        const Generational<QList<Id>> ids = m_idReader->result();
        if (ids.generation != m_generation)
            return; // the filter changed meanwhile; newer ids are on their way
        if (ids.failed) {
            m_total = -1;
            emit totalChanged(m_total);
            return;
        }
        const auto firstPage = m_pages.value(0);
        bool samePrefix = ids.value.size() >= firstPage.size();
        for (int r = 0; samePrefix && r < firstPage.size(); ++r)
            samePrefix = ids.value[r] == (m_mode == Mode::Findings ? firstPage[r].finding.finding.id
                                                                  : firstPage[r].measure.row.measure.id);
        m_ids = ids.value;
        m_idsKnown = true;
        if (!samePrefix) { // written meanwhile: what is shown is read again by id
            m_pages.clear();
            m_extent = std::min(m_extent, static_cast<int>(m_ids.size()));
            if (m_extent > 0)
                emit dataChanged(index(0, 0), index(m_extent - 1, ColumnCount - 1));
        }
        m_total = static_cast<int>(m_ids.size());
        emit totalChanged(m_total);
    });
    connect(m_refresher, &QFutureWatcher<Generational<Refresh>>::finished, this,
            [this] { applyRefresh(m_refresher->result()); });
}

void LedgerListModel::setFilter(const LedgerFilter& filter) {
    m_filter = filter;
    startLoad(0, PageSize, false);
}

void LedgerListModel::refresh() {
    if (!m_active) {
        m_readWhenActive = true;
        return;
    }
    // The list's ids again, and the kept pages by their new ids: the same items in the same
    // places are updated in place (selection and scroll stay).
    ++m_generation;
    m_loading = true;
    emit loadingChanged(true);
    const LedgerFilter filter = m_filter;
    const LedgerOrder order = m_order;
    const Mode mode = m_mode;
    QList<int> kept = m_pages.keys();
    if (kept.isEmpty())
        kept << 0;
    m_refresher->setFuture(readInBackground(m_ledger.readingSource(), m_generation, [=](const LedgerReading& reading) {
        const LedgerViews& views = reading.views();
        Refresh r;
        r.ids = mode == Mode::Findings ? views.allFindingIds(filter, order) : views.allMeasureIds(filter, order);
        for (const int page : kept) {
            r.pages[page] = rowsOfIds(views, mode, r.ids.mid(static_cast<qsizetype>(page) * PageSize, PageSize));
        }
        return r;
    }));
}

void LedgerListModel::applyRefresh(Generational<Refresh> refresh) {
    if (refresh.generation != m_generation)
        return;
    m_loading = false;
    if (refresh.failed) {
        emit loadingChanged(false);
        return;
    }
    const bool sameIds = m_idsKnown ? refresh.value.ids == m_ids : [&] {
        const auto firstPage = m_pages.value(0);
        if (refresh.value.ids.size() < m_extent)
            return false;
        for (int r = 0; r < firstPage.size(); ++r)
            if (refresh.value.ids[r] != idAt(r))
                return false;
        return true;
    }();
    const int extent = std::clamp(std::max(m_extent, PageSize), 0, static_cast<int>(refresh.value.ids.size()));
    if (sameIds && extent == m_extent) {
        m_ids = refresh.value.ids;
        m_idsKnown = true;
        m_pages = refresh.value.pages;
        if (m_extent > 0)
            emit dataChanged(index(0, 0), index(m_extent - 1, ColumnCount - 1));
    } else {
        beginResetModel();
        m_ids = refresh.value.ids;
        m_idsKnown = true;
        m_pages = refresh.value.pages;
        m_pendingPages.clear();
        m_extent = extent;
        endResetModel();
    }
    m_more = false;
    m_total = static_cast<int>(m_ids.size());
    emit totalChanged(m_total);
    emit loadingChanged(false);
}

void LedgerListModel::setActive(bool active) {
    m_active = active;
    if (m_active && m_readWhenActive) {
        m_readWhenActive = false;
        if (m_pages.isEmpty() && !m_idsKnown)
            startLoad(0, PageSize, false); // first sight: the first page fast, the ids after it
        else
            refresh();
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
    const LedgerFilter filter = m_filter;
    const LedgerOrder order = m_order;
    const Mode mode = m_mode;
    const int generation = m_generation;
    m_loader->setFuture(readInBackground(m_ledger.readingSource(), generation, [=](const LedgerReading& reading) {
        const LedgerViews& views = reading.views();
        return mode == Mode::Findings ? rowsOf(views, views.findings(filter, order, offset, limit))
                                      : rowsOf(views, views.measures(filter, order, offset, limit));
    }));
    m_loadAppend = append;
    m_loadLimit = limit;
}

QFuture<Generational<QList<LedgerListModel::Row>>> LedgerListModel::readRows(const QList<Id>& ids, int generation) const {
    const Mode mode = m_mode;
    return readInBackground(m_ledger.readingSource(), generation, [=](const LedgerReading& reading) {
        return rowsOfIds(reading.views(), mode, ids);
    });
}

QList<LedgerListModel::Row> LedgerListModel::rowsOf(const LedgerViews& views, const QList<FindingRow>& found) {
    QList<Row> rows;
    rows.reserve(found.size());
    for (const FindingRow& f : found)
        rows.append(Row{f, {}, findingDeadlineState(f.finding.deadline, f.finding.status, f.openMeasures, views.today(), views.policy())});
    return rows;
}

QList<LedgerListModel::Row> LedgerListModel::rowsOf(const LedgerViews& views, const QList<MeasureListRow>& found) {
    QList<Row> rows;
    rows.reserve(found.size());
    for (const MeasureListRow& m : found)
        rows.append(Row{{}, m, deadlineState(m.row.measure.deadline, m.row.measure.status, views.today(), views.policy())});
    return rows;
}

QList<LedgerListModel::Row> LedgerListModel::rowsOfIds(const LedgerViews& views, Mode mode, const QList<Id>& ids) {
    return mode == Mode::Findings ? rowsOf(views, views.findingRows(ids)) : rowsOf(views, views.measureRows(ids));
}

void LedgerListModel::applyPage(Generational<QList<Row>> page) {
    if (page.generation != m_generation)
        return; // an older filter's rows: a newer read is under way
    m_loading = false;
    const int limit = m_loadLimit;
    m_more = !page.failed && page.value.size() == limit;
    if (m_loadAppend) { // before the ids are known: the next page by position
        if (!page.value.isEmpty()) {
            const int first = m_extent;
            m_inserting = true;
            beginInsertRows({}, first, first + static_cast<int>(page.value.size()) - 1);
            keepPage(first / PageSize, std::move(page.value));
            m_extent += static_cast<int>(m_pages.value(first / PageSize).size());
            endInsertRows();
            m_inserting = false;
        }
        emit loadingChanged(false);
        return;
    }
    beginResetModel();
    m_pages.clear();
    m_pageUse.clear();
    m_pendingPages.clear();
    m_ids.clear();
    m_idsKnown = false;
    m_extent = static_cast<int>(page.value.size());
    keepPage(0, std::move(page.value));
    endResetModel();
    emit loadingChanged(false);
    idsInBackground();
}

void LedgerListModel::idsInBackground() {
    if (!m_more) { // everything is loaded: the ids are those of the rows
        for (int r = 0; r < m_extent; ++r)
            m_ids << idAt(r);
        m_idsKnown = true;
        m_total = m_extent;
        emit totalChanged(m_total);
        return;
    }
    m_total = -1;
    emit totalChanged(-1);
    const LedgerFilter filter = m_filter;
    const LedgerOrder order = m_order;
    const Mode mode = m_mode;
    m_idReader->setFuture(readInBackground(m_ledger.readingSource(), m_generation, [=](const LedgerReading& reading) {
        const LedgerViews& views = reading.views();
        return mode == Mode::Findings ? views.allFindingIds(filter, order) : views.allMeasureIds(filter, order);
    }));
}

void LedgerListModel::keepPage(int page, QList<Row> rows) {
    m_pages.insert(page, std::move(rows));
    m_pageUse.insert(page, ++m_useTick);
    while (m_pages.size() > m_keptPages) { // the page used longest ago goes
        int oldest = page;
        quint64 oldestUse = ~quint64(0);
        for (auto it = m_pageUse.cbegin(); it != m_pageUse.cend(); ++it)
            if (it.key() != page && it.value() < oldestUse) {
                oldest = it.key();
                oldestUse = it.value();
            }
        m_pages.remove(oldest);
        m_pageUse.remove(oldest);
    }
}

void LedgerListModel::requestPage(int page) {
    if (!m_idsKnown || m_pendingPages.contains(page) || page * PageSize >= m_ids.size())
        return;
    const bool wasLoading = isLoading();
    m_pendingPages.insert(page);
    if (!wasLoading)
        emit loadingChanged(true);
    auto* watcher = new QFutureWatcher<Generational<QList<Row>>>(this);
    connect(watcher, &QFutureWatcher<Generational<QList<Row>>>::finished, this, [this, watcher, page] {
        watcher->deleteLater();
        Generational<QList<Row>> rows = watcher->result();
        if (rows.generation != m_generation || !m_pendingPages.remove(page))
            return;
        if (!rows.failed) {
            keepPage(page, std::move(rows.value));
            const int first = page * PageSize;
            const int last = std::min(first + PageSize, m_extent) - 1;
            if (first <= last)
                emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
        }
        if (!isLoading())
            emit loadingChanged(false);
    });
    watcher->setFuture(readRows(m_ids.mid(static_cast<qsizetype>(page) * PageSize, PageSize), m_generation));
}

const LedgerListModel::Row* LedgerListModel::rowAt(int row) const {
    if (row < 0 || row >= m_extent)
        return nullptr;
    const int page = row / PageSize;
    const auto it = m_pages.constFind(page);
    if (it == m_pages.cend() || row - page * PageSize >= it->size()) {
        const_cast<LedgerListModel*>(this)->requestPage(page); // shown empty until it arrives
        return nullptr;
    }
    m_pageUse[page] = ++m_useTick;
    return &(*it)[row - page * PageSize];
}

Id LedgerListModel::idAt(int row) const {
    if (row < 0 || row >= m_extent)
        return 0;
    if (m_idsKnown)
        return m_ids.value(row);
    const Row* r = rowAt(row);
    return !r ? 0 : m_mode == Mode::Findings ? r->finding.finding.id : r->measure.row.measure.id;
}

Id LedgerListModel::findingIdAt(int row) const {
    if (m_mode == Mode::Findings)
        return idAt(row);
    const Row* r = rowAt(row);
    return r ? r->measure.row.measure.findingId : 0;
}

int LedgerListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : m_extent;
}

int LedgerListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

bool LedgerListModel::canFetchMore(const QModelIndex& parent) const {
    if (parent.isValid())
        return false;
    if (m_idsKnown)
        return m_extent < m_ids.size();
    return m_more && !m_loading;
}

void LedgerListModel::fetchMore(const QModelIndex& parent) {
    if (!canFetchMore(parent) || m_inserting) // not from within our own insertion's signals
        return;
    if (!m_idsKnown) { // the ids are still being read: the next page by position
        startLoad(m_extent, PageSize, true);
        return;
    }
    const int first = m_extent;
    const int last = std::min(first + PageSize, static_cast<int>(m_ids.size())) - 1;
    m_inserting = true;
    beginInsertRows({}, first, last);
    m_extent = last + 1;
    endInsertRows();
    m_inserting = false;
    for (int page = first / PageSize; page <= last / PageSize; ++page)
        if (!m_pages.contains(page))
            requestPage(page);
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
        const Row* row = rowAt(index.row());
        const bool derived = m_mode == Mode::Findings && (!row || row->finding.measureCount > 0);
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
    if (!index.isValid() || index.row() >= m_extent)
        return {};
    if (role == ItemIdRole)
        return idAt(index.row());
    if (role == ItemTypeRole)
        return static_cast<int>(m_mode == Mode::Findings ? ItemType::Finding : ItemType::Measure);
    const Row* kept = rowAt(index.row());
    if (!kept)
        return {}; // its page is on its way
    const Row& row = *kept;
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
