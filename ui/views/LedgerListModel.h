#pragma once
// 问题清单 or 任务清单 as a flat table across inspections, sorted in SQL when a header is
// clicked. Every read runs on a worker thread with its own read-only connection, so a
// filter or search over 400,000 measures never freezes the window: the rows shown stay
// until the new ones arrive. The status column can be edited in place.
//
// The first page is read at once; then the ids of the whole list in order (which also give
// the total). Rows are then read a page at a time by id as the view scrolls (no OFFSET), and
// only the pages around what is shown are kept: scrolling through 400,000 rows neither
// slows down nor fills memory. A row whose page is not kept shows empty until it arrives.

#include "common/BackgroundRead.h"
#include "storage/LedgerViews.h"

#include <QAbstractTableModel>
#include <QFutureWatcher>
#include <QHash>
#include <QSet>
#include <functional>

namespace rectrack {
class Ledger;
}

namespace rectrack::ui {

class LedgerListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum class Mode { Findings, Measures };
    enum Column {
        NumberColumn,
        TitleColumn,      // finding title, or measure text
        StatusColumn,
        DeadlineStateColumn,
        DeadlineColumn,
        UnitColumn,       // lead unit, or the measure's unit
        PersonColumn,     // leader, or responsible person
        ProgressColumn,   // measures closed / total (findings), completion date (measures)
        LatestNoteColumn, // findings only
        SignOffColumn,    // findings only
        ContextColumn,    // category (findings) or the finding (measures)
        InspectionColumn,
        ColumnCount
    };
    static constexpr int PageSize = 200;
    static constexpr int KeptPages = 32; // pages of rows kept around what is shown (by default)
    void setKeptPages(int pages) { m_keptPages = std::max(pages, 1); }
    int keptPageCount() const { return static_cast<int>(m_pages.size()); }
    // Applies a status typed into the status column; returns whether it was applied.
    using StatusEditor = std::function<bool(const QList<Id>& ids, Status status)>;

    LedgerListModel(rectrack::Ledger& ledger, Mode mode, QObject* parent = nullptr);

    Mode mode() const { return m_mode; }
    void setFilter(const LedgerFilter& filter);
    const LedgerFilter& filter() const { return m_filter; }
    void setStatusEditor(StatusEditor editor) { m_statusEditor = std::move(editor); }
    // Re-reads the rows loaded so far (after an edit), keeping as many rows as were loaded.
    void refresh();
    // A model out of sight reads nothing: a filter or sort set meanwhile is read once it is
    // activated. Models start active.
    void setActive(bool active);
    // The total, once the background count has finished; -1 while counting.
    int total() const { return m_total; }
    // A page is being read (the rows shown are those of the previous filter or page).
    bool isLoading() const { return m_loading || !m_pendingPages.isEmpty(); }

    Id idAt(int row) const;        // finding or measure id
    Id findingIdAt(int row) const; // the finding (itself, or the measure's)

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order) override;

signals:
    void totalChanged(int total); // -1 while counting
    void loadingChanged(bool loading);

private:
    struct Row {
        FindingRow finding;     // Findings mode
        MeasureListRow measure; // Measures mode
        DeadlineState state = DeadlineState::NoDeadline;
    };
    struct Refresh {
        QList<Id> ids;               // the whole list in order
        QHash<int, QList<Row>> pages; // the pages that were kept, read again
    };
    // Reads rows [offset, offset + limit) on a worker; append adds them, else they replace all.
    void startLoad(int offset, int limit, bool append);
    void applyPage(Generational<QList<Row>> page);
    void idsInBackground();
    void applyRefresh(Generational<Refresh> refresh);
    void requestPage(int page);
    void keepPage(int page, QList<Row> rows);
    const Row* rowAt(int row) const; // null while its page is being read
    // Reads the rows of `ids` on a worker, with their deadline states.
    QFuture<Generational<QList<Row>>> readRows(const QList<Id>& ids, int generation) const;
    // What the views read, as rows with their deadline states (on the worker).
    static QList<Row> rowsOf(const LedgerViews& views, const QList<FindingRow>& found);
    static QList<Row> rowsOf(const LedgerViews& views, const QList<MeasureListRow>& found);
    static QList<Row> rowsOfIds(const LedgerViews& views, Mode mode, const QList<Id>& ids);
    QVariant findingData(const Row& row, int column, int role) const;
    QVariant measureData(const Row& row, int column, int role) const;

    rectrack::Ledger& m_ledger;
    Mode m_mode;
    LedgerFilter m_filter;
    LedgerOrder m_order;
    QHash<int, QList<Row>> m_pages; // by page number
    mutable QHash<int, quint64> m_pageUse;
    mutable quint64 m_useTick = 0;
    QSet<int> m_pendingPages;
    QList<Id> m_ids;                // the whole list, once read
    bool m_idsKnown = false;
    int m_keptPages = KeptPages;
    bool m_inserting = false;
    int m_extent = 0;               // rows the view has
    bool m_more = false;
    bool m_loading = false;
    int m_total = -1;
    int m_generation = 0;
    bool m_active = true;
    bool m_readWhenActive = false;
    bool m_loadAppend = false; // what the read under way is for
    int m_loadLimit = 0;
    QFutureWatcher<Generational<QList<Row>>>* m_loader;
    QFutureWatcher<Generational<QList<Id>>>* m_idReader;
    QFutureWatcher<Generational<Refresh>>* m_refresher;
    StatusEditor m_statusEditor;
};

} // namespace rectrack::ui
