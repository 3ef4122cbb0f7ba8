#pragma once
// 问题清单 or 任务清单 as a flat table across inspections: rows are read a page at a time
// from core's LedgerViews as the view scrolls, sorted in SQL when a header is clicked.
// Every read (pages and the count) runs on a worker thread with its own read-only
// connection, so a filter or search over 400,000 measures never freezes the window: the
// rows shown stay until the new ones arrive. The status column can be edited in place.

#include "common/BackgroundRead.h"
#include "storage/LedgerViews.h"

#include <QAbstractTableModel>
#include <QFutureWatcher>
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
    bool isLoading() const { return m_loading; }

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
    // Reads rows [offset, offset + limit) on a worker; append adds them, else they replace all.
    void startLoad(int offset, int limit, bool append);
    void applyPage(Generational<QList<Row>> page);
    void countInBackground();
    QVariant findingData(const Row& row, int column, int role) const;
    QVariant measureData(const Row& row, int column, int role) const;

    rectrack::Ledger& m_ledger;
    Mode m_mode;
    LedgerFilter m_filter;
    LedgerOrder m_order;
    QList<Row> m_rows;
    bool m_more = false;
    bool m_loading = false;
    int m_total = -1;
    int m_generation = 0;
    bool m_active = true;
    bool m_readWhenActive = false;
    bool m_loadAppend = false; // what the read under way is for
    int m_loadLimit = 0;
    QFutureWatcher<Generational<QList<Row>>>* m_loader;
    QFutureWatcher<Generational<int>>* m_counter;
    StatusEditor m_statusEditor;
};

} // namespace rectrack::ui
