#include "LedgerViewPanel.h"

#include "LedgerExporter.h"
#include "StatusDelegate.h"
#include "common/Roles.h"
#include "dialogs/BulkEditDialog.h"
#include "ledger/DeadlineBadgeDelegate.h"
#include "main/Editor.h"
#include "services/Ledger.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>

namespace rectrack::ui {

LedgerViewPanel::LedgerViewPanel(Editor& editor, LedgerListModel::Mode mode, QWidget* parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_filters(new FilterBar(editor.ledger(), mode == LedgerListModel::Mode::Measures, this))
    , m_model(new LedgerListModel(editor.ledger(), mode, this))
    , m_view(new QTableView(this))
    , m_count(new QLabel(this))
    , m_statusButton(new QPushButton(tr("批量改状态…"), this))
    , m_reassignButton(new QPushButton(tr("批量改派…"), this))
    , m_deadlineButton(new QPushButton(tr("批量改时限…"), this))
    , m_exportButton(new QPushButton(tr("导出…"), this)) {
    m_model->setActive(false); // until shown
    const bool findings = mode == LedgerListModel::Mode::Findings;
    setObjectName(findings ? QStringLiteral("findingsViewPanel") : QStringLiteral("measuresViewPanel"));
    m_view->setObjectName(findings ? QStringLiteral("findingsTableView") : QStringLiteral("measuresTableView"));
    m_count->setObjectName(QStringLiteral("countLabel"));
    m_statusButton->setObjectName(QStringLiteral("bulkStatusButton"));
    m_reassignButton->setObjectName(QStringLiteral("bulkReassignButton"));
    m_deadlineButton->setObjectName(QStringLiteral("bulkDeadlineButton"));
    m_exportButton->setObjectName(QStringLiteral("exportLedgerButton"));
    m_exportButton->setToolTip(tr("按当前筛选导出全部字段：Excel（.xlsx）、CSV 或 PDF 表格"));

    m_model->setStatusEditor([this](const QList<Id>& ids, Status status) {
        return m_editor.bulkSetStatus(kind(), ids, status);
    });
    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::SelectedClicked);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->verticalHeader()->hide();
    m_view->setItemDelegateForColumn(LedgerListModel::DeadlineStateColumn, new DeadlineBadgeDelegate(m_view));
    m_view->setItemDelegateForColumn(LedgerListModel::StatusColumn, new StatusDelegate(m_view));
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    const int widths[LedgerListModel::ColumnCount] = {60, 320, 80, 90, 110, 130, 80, 70, 220, 80, 200, 220};
    for (int c = 0; c < LedgerListModel::ColumnCount; ++c)
        header->resizeSection(c, widths[c]);
    if (!findings) {
        m_view->setColumnHidden(LedgerListModel::LatestNoteColumn, true);
        m_view->setColumnHidden(LedgerListModel::SignOffColumn, true);
    }
    header->restoreState(QSettings().value(settingsKey()).toByteArray());

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_count, 1);
    actions->addWidget(m_statusButton);
    actions->addWidget(m_reassignButton);
    actions->addWidget(m_deadlineButton);
    actions->addWidget(m_exportButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_filters);
    layout->addLayout(actions);
    layout->addWidget(m_view, 1);

    connect(m_filters, &FilterBar::filterChanged, this, [this] { m_model->setFilter(m_filters->filter()); });
    connect(m_model, &LedgerListModel::totalChanged, this, [this] { updateCount(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { updateCount(); });
    connect(m_model, &LedgerListModel::loadingChanged, this, [this](bool loading) {
        if (!loading)
            restoreSelection();
        updateCount();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] { updateActions(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
        if (!current.isValid())
            return;
        const Id id = m_model->idAt(current.row());
        const Id finding = m_model->findingIdAt(current.row());
        emit itemSelected(finding, m_model->mode() == LedgerListModel::Mode::Measures ? std::optional<Id>(id) : std::nullopt);
    });
    connect(header, &QHeaderView::customContextMenuRequested, this, [this, header](const QPoint& at) {
        QMenu menu(this);
        for (int c = 0; c < LedgerListModel::ColumnCount; ++c) {
            QAction* action = menu.addAction(m_model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
            action->setCheckable(true);
            action->setChecked(!m_view->isColumnHidden(c));
            connect(action, &QAction::toggled, this, [this, c](bool shown) { m_view->setColumnHidden(c, !shown); });
        }
        menu.exec(header->mapToGlobal(at));
    });
    connect(m_statusButton, &QPushButton::clicked, this, [this] { bulkStatus(); });
    connect(m_reassignButton, &QPushButton::clicked, this, [this] { bulkReassign(); });
    connect(m_deadlineButton, &QPushButton::clicked, this, [this] { bulkDeadline(); });
    connect(m_exportButton, &QPushButton::clicked, this, [this] {
        exportLedger(this, m_editor.ledger(),
                     m_model->mode() == LedgerListModel::Mode::Findings ? LedgerKind::Findings : LedgerKind::Measures,
                     m_model->filter());
    });
    m_model->setFilter(m_filters->filter());
    updateActions();
}

ItemKind LedgerViewPanel::kind() const {
    return m_model->mode() == LedgerListModel::Mode::Findings ? ItemKind::Finding : ItemKind::Measure;
}

// The key names a version of the columns: a layout saved for other columns is not applied.
QString LedgerViewPanel::settingsKey() const {
    return m_model->mode() == LedgerListModel::Mode::Findings ? QStringLiteral("views/findingsHeader.v1")
                                                               : QStringLiteral("views/measuresHeader.v1");
}

void LedgerViewPanel::saveLayout() const {
    QSettings().setValue(settingsKey(), m_view->horizontalHeader()->saveState());
}

QList<Id> LedgerViewPanel::selectedIds() const {
    QList<Id> ids;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        ids << m_model->idAt(index.row());
    return ids;
}

void LedgerViewPanel::refresh() {
    // the rows come back from a worker; the selection is put back when they arrive
    m_keepSelected = selectedIds();
    const QModelIndex current = m_view->currentIndex();
    m_keepCurrent = current.isValid() ? std::optional<std::pair<Id, int>>({m_model->idAt(current.row()), current.column()})
                                      : std::nullopt;
    m_model->refresh();
}

void LedgerViewPanel::restoreSelection() {
    if (m_keepSelected.isEmpty() && !m_keepCurrent)
        return;
    const QSignalBlocker block(m_view->selectionModel());
    QItemSelection selection;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const Id id = m_model->idAt(r);
        if (m_keepSelected.contains(id))
            selection.select(m_model->index(r, 0), m_model->index(r, LedgerListModel::ColumnCount - 1));
        if (m_keepCurrent && id == m_keepCurrent->first)
            m_view->selectionModel()->setCurrentIndex(m_model->index(r, m_keepCurrent->second), QItemSelectionModel::NoUpdate);
    }
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    m_keepSelected.clear();
    m_keepCurrent.reset();
    updateActions();
}

void LedgerViewPanel::updateCount() {
    const int total = m_model->total();
    if (m_model->isLoading() && m_model->rowCount() == 0)
        m_count->setText(tr("正在查询…"));
    else
        m_count->setText(total < 0 ? tr("正在统计…（已载入 %1 项）").arg(m_model->rowCount())
                                   : tr("共 %1 项").arg(total));
}

void LedgerViewPanel::updateActions() {
    const int selected = static_cast<int>(m_view->selectionModel()->selectedRows().size());
    const bool canEdit = m_editor.ledger().can(Operation::EditLedger);
    for (QPushButton* b : {m_statusButton, m_reassignButton, m_deadlineButton})
        b->setEnabled(canEdit && selected > 0);
    if (selected > 1)
        m_count->setText(tr("共 %1 项，已选 %2 项")
                             .arg(m_model->total() < 0 ? QStringLiteral("…") : QString::number(m_model->total()))
                             .arg(selected));
    else
        updateCount();
}

void LedgerViewPanel::bulkStatus() {
    const QList<Id> ids = selectedIds();
    if (ids.isEmpty())
        return;
    BulkEditDialog dialog(m_editor.ledger(), BulkEditDialog::What::Status, kind(), static_cast<int>(ids.size()), this);
    if (dialog.exec() == QDialog::Accepted)
        m_editor.bulkSetStatus(kind(), ids, dialog.status());
}

void LedgerViewPanel::bulkReassign() {
    const QList<Id> ids = selectedIds();
    if (ids.isEmpty())
        return;
    BulkEditDialog dialog(m_editor.ledger(), BulkEditDialog::What::Reassign, kind(), static_cast<int>(ids.size()), this);
    if (dialog.exec() == QDialog::Accepted && (dialog.unitId() || dialog.personId()))
        m_editor.bulkReassign(kind(), ids, dialog.unitId(), dialog.personId());
}

void LedgerViewPanel::bulkDeadline() {
    const QList<Id> ids = selectedIds();
    if (ids.isEmpty())
        return;
    BulkEditDialog dialog(m_editor.ledger(), BulkEditDialog::What::Deadline, kind(), static_cast<int>(ids.size()), this);
    if (dialog.exec() == QDialog::Accepted)
        m_editor.bulkSetDeadline(kind(), ids, dialog.deadline(), dialog.reason());
}

void LedgerViewPanel::showEvent(QShowEvent* event) {
    m_model->setActive(true);
    QWidget::showEvent(event);
}

void LedgerViewPanel::hideEvent(QHideEvent* event) {
    m_model->setActive(false);
    QWidget::hideEvent(event);
}

} // namespace rectrack::ui
