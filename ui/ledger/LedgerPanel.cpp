#include "LedgerPanel.h"

#include "DeadlineBadgeDelegate.h"
#include "LedgerModel.h"
#include "services/Ledger.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace rectrack::ui {

LedgerPanel::LedgerPanel(Ledger& ledger, QWidget* parent)
    : QWidget(parent)
    , m_ledger(ledger)
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_model(new LedgerModel(ledger, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTreeView(this)) {
    m_title->setObjectName(QStringLiteral("ledgerTitleLabel"));
    m_summary->setObjectName(QStringLiteral("ledgerSummaryLabel"));
    m_filter->setObjectName(QStringLiteral("ledgerFilterLineEdit"));
    m_view->setObjectName(QStringLiteral("ledgerTreeView"));
    m_title->setWordWrap(true);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_filter->setPlaceholderText(tr("筛选本巡察的问题和措施（标题、内容）…"));
    m_filter->setClearButtonEnabled(true);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(RawValueRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(LedgerModel::TitleColumn);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(LedgerModel::NumberColumn, Qt::AscendingOrder);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setItemDelegateForColumn(LedgerModel::DeadlineStateColumn, new DeadlineBadgeDelegate(m_view));
    QHeaderView* header = m_view->header();
    header->setSectionsMovable(true);
    header->resizeSection(LedgerModel::NumberColumn, 80);
    header->resizeSection(LedgerModel::TitleColumn, 340);
    header->resizeSection(LedgerModel::CategoryColumn, 150);
    header->resizeSection(LedgerModel::StatusColumn, 80);
    header->resizeSection(LedgerModel::DeadlineColumn, 110);
    header->resizeSection(LedgerModel::DeadlineStateColumn, 90);
    header->resizeSection(LedgerModel::ResponsibleColumn, 90);
    header->resizeSection(LedgerModel::UnitColumn, 110);
    header->resizeSection(LedgerModel::ProgressColumn, 60);
    header->resizeSection(LedgerModel::LatestNoteColumn, 220);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &LedgerPanel::currentChanged);
    setInspection(std::nullopt);
}

void LedgerPanel::setInspection(std::optional<Id> inspectionId) {
    m_model->setInspection(inspectionId);
    if (inspectionId)
        m_view->expandAll();
    refreshSummary();
}

std::optional<Id> LedgerPanel::inspectionId() const {
    return m_model->inspectionId();
}

void LedgerPanel::reload() {
    const auto keep = current();
    m_model->reload();
    m_view->expandAll();
    refreshSummary();
    if (keep && keep->type == ItemType::Finding)
        selectFinding(keep->id);
    else if (keep)
        selectMeasure(keep->findingId, keep->id);
}

void LedgerPanel::refreshFinding(Id findingId) {
    m_model->refreshFinding(findingId);
    refreshSummary();
}

void LedgerPanel::refreshSummary() {
    const auto id = m_model->inspectionId();
    m_filter->setEnabled(id.has_value());
    if (!id) {
        m_title->setText(tr("<h2>整改台账</h2>"));
        m_summary->setText(tr("在左侧选择一个巡察，查看它的问题清单和整改措施。"));
        return;
    }
    const Inspection inspection = m_ledger.inspections().inspection(*id);
    m_title->setText(QStringLiteral("<h2>%1</h2>").arg(inspection.title.toHtmlEscaped()));
    const LedgerStats s = m_ledger.statistics(Scope::inspection(*id));
    m_summary->setText(
        tr("反馈问题 <b>%1</b> 个：已完成 %2 · 长期坚持 %3 · 正在推进 %4 · 未启动 %5 ｜ 完成率 <b>%6</b> ｜ "
           "整改措施 %7 条，已完成 %8 ｜ <span style='color:#c62828'>逾期 <b>%9</b></span> · 即将到期 %10 ｜ "
           "意见建议 %11 条 ｜ 已销号 %12")
            .arg(s.findings)
            .arg(s.findingsCompleted)
            .arg(s.findingsOngoing)
            .arg(s.findingsInProgress)
            .arg(s.findingsNotStarted)
            .arg(QString::number(s.completionRate() * 100.0, 'f', 1) + u'%')
            .arg(s.measures)
            .arg(s.measuresCompleted)
            .arg(s.overdue())
            .arg(s.dueSoon())
            .arg(s.suggestions)
            .arg(s.signedOff));
}

std::optional<LedgerPanel::Selection> LedgerPanel::current() const {
    const QModelIndex index = m_proxy->mapToSource(m_view->currentIndex());
    if (!index.isValid())
        return std::nullopt;
    const QModelIndex first = index.siblingAtColumn(0);
    Selection s;
    s.type = static_cast<ItemType>(first.data(ItemTypeRole).toInt());
    s.id = first.data(ItemIdRole).toLongLong();
    s.findingId = s.type == ItemType::Finding ? s.id : first.parent().data(ItemIdRole).toLongLong();
    return s;
}

void LedgerPanel::selectFinding(Id findingId) {
    select(m_model->indexOfFinding(findingId));
}

void LedgerPanel::selectMeasure(Id findingId, Id measureId) {
    const QModelIndex index = m_model->indexOfMeasure(findingId, measureId);
    if (index.isValid())
        m_view->expand(m_proxy->mapFromSource(index.parent()));
    select(index);
}

void LedgerPanel::select(const QModelIndex& sourceIndex) {
    const QModelIndex index = m_proxy->mapFromSource(sourceIndex);
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

} // namespace rectrack::ui
