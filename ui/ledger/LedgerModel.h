#pragma once
// The findings ledger of one inspection: findings as top-level rows, their measures as
// children. Findings are fetched a page at a time as the view scrolls; a finding's measures
// when it is expanded. Every cell also has a raw value (RawValueRole) for sorting.

#include "storage/FindingRepository.h"

#include <QAbstractItemModel>

namespace rectrack {
class Ledger;
}

namespace rectrack::ui {

class LedgerModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column {
        NumberColumn,
        TitleColumn,
        CategoryColumn,
        StatusColumn,
        DeadlineColumn,
        DeadlineStateColumn,
        ResponsibleColumn,
        UnitColumn,
        ProgressColumn,
        LatestNoteColumn,
        SignOffColumn,
        ColumnCount
    };
    static constexpr int PageSize = 200;

    explicit LedgerModel(rectrack::Ledger& ledger, QObject* parent = nullptr);

    void setInspection(std::optional<Id> inspectionId);
    std::optional<Id> inspectionId() const { return m_inspectionId; }
    void reload();
    // Re-reads one finding (and its measures if they were loaded) after an edit.
    void refreshFinding(Id findingId);

    QModelIndex indexOfFinding(Id findingId);               // fetches pages until found
    QModelIndex indexOfMeasure(Id findingId, Id measureId); // loads the finding's measures

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
    struct FindingNode {
        FindingRow row;
        DeadlineState state = DeadlineState::NoDeadline;
        bool measuresLoaded = false;
        QList<MeasureRow> measures;
    };
    bool isFinding(const QModelIndex& index) const { return index.internalId() == 0; }
    QVariant findingData(const FindingNode& node, int column, int role) const;
    QVariant measureData(const MeasureRow& row, int column, int role) const;
    void loadMeasures(int findingRow);

    rectrack::Ledger& m_ledger;
    std::optional<Id> m_inspectionId;
    int m_total = 0;
    QList<FindingNode> m_findings;
};

} // namespace rectrack::ui
