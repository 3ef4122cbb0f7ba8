#include "MainWindow.h"

#include "changes/OutsideChanges.h"

#include "DigestDialog.h"
#include "LedgerLocation.h"
#include "dialogs/ConnectServerDialog.h"
#include "bulletin/BulletinDialog.h"
#include "dashboard/DashboardPanel.h"
#include "Editor.h"
#include "WelcomePage.h"
#include "common/Roles.h"
#include "detail/DetailPanel.h"
#include "dialogs/AccountsDialog.h"
#include "dialogs/BackupDialog.h"
#include "dialogs/DeadlineSettingsDialog.h"
#include "dialogs/UnitsDialog.h"
#include "import/ImportController.h"
#include "ledger/LedgerModel.h"
#include "ledger/LedgerPanel.h"
#include "navigator/InspectionTreeModel.h"
#include "views/LedgerViewPanel.h"
#include "views/ResponsibilityPanel.h"
#include "services/NewRecords.h"
#include "services/Ledger.h"
#include "services/Housekeeping.h"
#include "services/SampleData.h"
#include "services/TaskTable.h"
#include "model/Error.h"

#include <QAction>
#include <QStandardPaths>
#include <QFileDialog>
#include <QTimer>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QMimeData>
#include <QUrl>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QProcess>
#include <QtConcurrent/QtConcurrentRun>
#include <QFutureWatcher>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QShortcut>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeView>

namespace rectrack::ui {

MainWindow::MainWindow(Ledger& ledger, QWidget* parent)
    : QMainWindow(parent)
    , m_ledger(ledger)
    , m_editor(new Editor(ledger, this))
    , m_navigatorModel(new InspectionTreeModel(ledger, this))
    , m_navigator(new QTreeView(this))
    , m_centre(new QStackedWidget(this))
    , m_welcome(new WelcomePage(this))
    , m_ledgerPanel(new LedgerPanel(ledger, this))
    , m_views(new QTabWidget(this))
    , m_findingsView(new LedgerViewPanel(*m_editor, LedgerListModel::Mode::Findings, this))
    , m_measuresView(new LedgerViewPanel(*m_editor, LedgerListModel::Mode::Measures, this))
    , m_responsibility(new ResponsibilityPanel(ledger, this))
    , m_dashboard(new DashboardPanel(ledger, false, this))
    , m_detail(new DetailPanel(*m_editor, this)) {
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    setWindowTitle(ledger.database().isServer() ? tr("整改台账 — 服务器 %1").arg(ledger.database().path())
                                                : tr("整改台账 — %1").arg(ledger.database().path()));
    m_navigator->setObjectName(QStringLiteral("navigatorTreeView"));
    m_navigator->setModel(m_navigatorModel);
    m_navigator->header()->setVisible(true);
    m_navigator->setMinimumWidth(200);

    m_views->setObjectName(QStringLiteral("viewsTabWidget"));
    m_views->setDocumentMode(true);
    m_views->addTab(m_ledgerPanel, tr("巡察台账"));
    m_views->addTab(m_findingsView, tr("问题清单"));
    m_views->addTab(m_measuresView, tr("任务清单"));
    m_views->addTab(m_responsibility, tr("责任清单"));
    m_views->addTab(m_dashboard, tr("整改进度"));
    m_centre->addWidget(m_welcome);
    m_centre->addWidget(m_views);

    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_navigator);
    splitter->addWidget(m_centre);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 6);
    splitter->setStretchFactor(2, 3);
    splitter->setSizes({250, 830, 520});
    setCentralWidget(splitter);

    createActions();
    statusBar()->addPermanentWidget(new QLabel(
        ledger.role() ? tr("操作人：%1（%2）").arg(ledger.actor(), label(*ledger.role())) : tr("未登录（只读）"), this));
    statusBar()->showMessage(ledger.database().isServer() ? tr("服务器上的台账：%1").arg(ledger.database().path())
                                                          : tr("台账文件：%1").arg(ledger.database().path()));
    if (!ledger.writeRefusal().isEmpty()) // read-only, or found tampered with: say so at once
        statusBar()->addPermanentWidget(new QLabel(tr("只读"), this));
    if (!ledger.anchorProblems().isEmpty()) {
        auto* rewritten = new QLabel(tr("修改记录被改写过"), this);
        rewritten->setObjectName(QStringLiteral("historyRewrittenLabel"));
        rewritten->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold"));
        rewritten->setToolTip(ledger.anchorProblems().join(u'\n'));
        statusBar()->addPermanentWidget(rewritten);
    }

    // Another program (a colleague's desk, the command line) may write the same ledger: what it
    // changed is read again as soon as it is told (a server) or noticed (a file).
    m_outside = new OutsideChanges(ledger, this);
    connect(m_outside, &OutsideChanges::arrived, this, &MainWindow::readOutsideChanges);
    auto* connectionLabel = new QLabel(this);
    connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    connectionLabel->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold"));
    connectionLabel->hide();
    statusBar()->addPermanentWidget(connectionLabel);
    connect(m_outside, &OutsideChanges::connectionLost, this, [this, connectionLabel](const QString& why) {
        connectionLabel->setText(tr("与服务器的连接断开，正在重连…"));
        connectionLabel->setToolTip(why);
        connectionLabel->show();
    });
    connect(m_outside, &OutsideChanges::connectionRestored, this, [this, connectionLabel] {
        connectionLabel->hide();
        statusBar()->showMessage(tr("已重新连接服务器"), 5000);
    });

    connect(m_navigator->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onNavigatorCurrentChanged);
    connect(m_ledgerPanel, &LedgerPanel::currentChanged, this, &MainWindow::onLedgerCurrentChanged);
    connect(m_findingsView, &LedgerViewPanel::itemSelected, this, &MainWindow::onViewItemSelected);
    connect(m_measuresView, &LedgerViewPanel::itemSelected, this, &MainWindow::onViewItemSelected);
    connect(m_responsibility, &ResponsibilityPanel::ownerActivated, this, [this](bool leader, Id id) {
        m_measuresView->filterBar()->clear();
        if (leader)
            m_measuresView->filterBar()->setLeader(id);
        else
            m_measuresView->filterBar()->setUnit(id);
        m_views->setCurrentWidget(m_measuresView);
    });
    connect(m_views, &QTabWidget::currentChanged, this, [this] {
        if (auto* panel = currentViewPanel(); panel && m_staleViews.remove(panel))
            panel->refresh();
        if (m_views->currentWidget() == m_responsibility)
            m_responsibility->refresh();
        if (m_views->currentWidget() == m_dashboard)
            m_dashboard->refresh();
        updateCentre(); // the dashboard takes the detail pane's room: nothing to edit there
    });
    connect(m_dashboard, &DashboardPanel::drillDown, this,
            [this](const LedgerFilter& filter, const QString& description, bool measures) {
                LedgerViewPanel* panel = measures ? m_measuresView : m_findingsView;
                panel->filterBar()->setPreset(filter, description);
                m_views->setCurrentWidget(panel);
            });
    connect(m_dashboard, &DashboardPanel::presentationRequested, this, [this] { present(); });
    connect(m_welcome, &WelcomePage::newInspectionRequested, this, &MainWindow::newInspection);
    connect(m_welcome, &WelcomePage::sampleDataRequested, this, &MainWindow::loadSampleData);

    connect(m_editor, &Editor::roundsChanged, this, [this] { reloadNavigator(); });
    connect(m_editor, &Editor::inspectionChanged, this, [this](Id) {
        reloadNavigator();
        m_ledgerPanel->refreshSummary();
        m_detail->refreshCurrent();
    });
    connect(m_editor, &Editor::findingsChanged, this, [this](Id) {
        m_ledgerPanel->reload();
        m_detail->refreshCurrent();
        refreshViews();
    });
    connect(m_editor, &Editor::findingChanged, this, [this](Id findingId) {
        m_ledgerPanel->refreshFinding(findingId);
        m_detail->refreshCurrent();
        refreshViews();
    });
    connect(m_editor, &Editor::referenceDataChanged, this, [this] {
        m_ledgerPanel->reload();
        m_detail->refreshCurrent();
        m_findingsView->filterBar()->reloadChoices();
        m_measuresView->filterBar()->reloadChoices();
        refreshViews();
    });
    connect(m_editor, &Editor::itemsChanged, this, [this] {
        m_ledgerPanel->reload();
        m_detail->refreshCurrent();
        refreshViews();
    });

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    m_ledgerPanel->view()->header()->restoreState(
        settings.value(QStringLiteral("ledger/header")).toByteArray());
    m_views->setCurrentIndex(settings.value(QStringLiteral("window/viewTab"), 0).toInt());
    if (ledger.role() == rectrack::Role::Leader) // leaders read the progress first
        m_views->setCurrentWidget(m_dashboard);

    updateCentre();
    // Open on the first inspection, so the ledger shows straight away.
    const QModelIndex firstRound = m_navigatorModel->index(0, 0);
    if (firstRound.isValid()) {
        m_navigatorModel->fetchMore(firstRound);
        m_navigator->expand(firstRound);
        const QModelIndex firstInspection = m_navigatorModel->index(0, 0, firstRound);
        m_navigator->setCurrentIndex(firstInspection.isValid() ? firstInspection : firstRound);
    }
    updateActions();
}

MainWindow::~MainWindow() {
    m_closing->store(true);
}

std::optional<Id> MainWindow::currentRoundId() const {
    const QModelIndex index = m_navigator->currentIndex();
    if (!index.isValid())
        return std::nullopt;
    if (static_cast<ItemType>(index.data(ItemTypeRole).toInt()) == ItemType::Round)
        return index.data(ItemIdRole).toLongLong();
    return index.parent().data(ItemIdRole).toLongLong();
}

void MainWindow::onNavigatorCurrentChanged(const QModelIndex& current, const QModelIndex& previous) {
    if (m_restoringSelection)
        return;
    if (!m_detail->saveCurrent()) { // keep the user on what they could not save
        m_restoringSelection = true;
        m_navigator->setCurrentIndex(previous);
        m_restoringSelection = false;
        return;
    }
    m_focus = Focus::Navigator;
    {
        std::optional<Id> inspection;
        if (current.isValid() && static_cast<ItemType>(current.data(ItemTypeRole).toInt()) == ItemType::Inspection)
            inspection = current.data(ItemIdRole).toLongLong();
        const std::optional<Id> round = currentRoundId();
        m_findingsView->filterBar()->setContext(inspection, round);
        m_measuresView->filterBar()->setContext(inspection, round);
        m_responsibility->setContext(inspection, round);
        m_dashboard->setContext(inspection, round);
    }
    if (!current.isValid()) {
        m_ledgerPanel->setInspection(std::nullopt);
        m_detail->showNothing();
    } else if (static_cast<ItemType>(current.data(ItemTypeRole).toInt()) == ItemType::Round) {
        m_ledgerPanel->setInspection(std::nullopt);
        m_detail->showRound(current.data(ItemIdRole).toLongLong());
    } else {
        const Id id = current.data(ItemIdRole).toLongLong();
        if (m_ledgerPanel->inspectionId() != id)
            m_ledgerPanel->setInspection(id);
        m_detail->showInspection(id);
    }
    updateActions();
}

void MainWindow::onLedgerCurrentChanged() {
    if (m_restoringSelection)
        return;
    if (!m_detail->saveCurrent())
        return;
    const auto selection = m_ledgerPanel->current();
    if (!selection)
        return;
    m_focus = Focus::Ledger;
    if (selection->type == ItemType::Finding)
        m_detail->showFinding(selection->id);
    else
        m_detail->showMeasure(selection->id);
    updateActions();
}

void MainWindow::onViewItemSelected(Id findingId, std::optional<Id> measureId) {
    if (!m_detail->saveCurrent())
        return;
    m_focus = Focus::View;
    if (measureId)
        m_detail->showMeasure(*measureId);
    else
        m_detail->showFinding(findingId);
    updateActions();
}

LedgerViewPanel* MainWindow::currentViewPanel() const {
    return qobject_cast<LedgerViewPanel*>(m_views->currentWidget());
}

void MainWindow::showLedgerWarnings() {
    const Ledger& ledger = m_editor->ledger();
    QStringList lines = ledger.anchorProblems();
    if (!lines.isEmpty())
        lines << tr("请在“备份与恢复”中做完整检查，必要时从修改之前的备份恢复。");
    if (!ledger.writeRefusal().isEmpty())
        lines << ledger.writeRefusal();
    if (!lines.isEmpty())
        QMessageBox::warning(this, tr("台账需要核对"), lines.join(u'\n'));
}

void MainWindow::readOutsideChanges() {
    // Not while the user is typing: a reload could move the selection and so save the typing
    // over the colleague's change. The news is told again until it has been read.
    if (m_detail->hasUnsavedChanges() || QApplication::activeModalWidget())
        return; // (nor under a dialog, which may hold typing of its own)
    ChangeScope scope;
    try {
        scope = m_outside->take();
    } catch (const Error&) {
        return; // busy or gone for a moment: told again at the next check
    }
    if (scope.isEmpty())
        return;
    m_editor->ledger().notifier().announce(scope); // the views read again what it touched, as after an edit here
    statusBar()->showMessage(tr("其他人修改了台账，已更新"), 5000);
}

// After an edit only the view in sight reads again; the list views out of sight are marked
// and read when they come into sight (the responsibility ledger and the dashboard always are).
void MainWindow::refreshViews() {
    for (LedgerViewPanel* panel : {m_findingsView, m_measuresView}) {
        if (m_views->currentWidget() == panel)
            panel->refresh();
        else
            m_staleViews.insert(panel);
    }
    if (m_views->currentWidget() == m_responsibility)
        m_responsibility->refresh();
    if (m_views->currentWidget() == m_dashboard)
        m_dashboard->refresh();
}

void MainWindow::present() {
    auto* screen = new DashboardPanel(m_ledger, true);
    screen->setAttribute(Qt::WA_DeleteOnClose);
    screen->setWindowTitle(tr("整改进度 — 演示"));
    screen->setContext(m_ledgerPanel->inspectionId(), currentRoundId());
    screen->setScopeChoice(m_dashboard->scopeChoice());
    auto* close = new QShortcut(QKeySequence(Qt::Key_Escape), screen);
    connect(close, &QShortcut::activated, screen, &QWidget::close);
    auto* closeF11 = new QShortcut(QKeySequence(Qt::Key_F11), screen);
    connect(closeF11, &QShortcut::activated, screen, &QWidget::close);
    connect(this, &QObject::destroyed, screen, &QWidget::close);
    screen->showFullScreen();
    screen->refresh();
}

void MainWindow::showLate(bool overdueOnly) {
    m_findingsView->filterBar()->showQuick(overdueOnly ? FilterBar::Quick::Overdue : FilterBar::Quick::Late);
    m_views->setCurrentWidget(m_findingsView);
}

void MainWindow::showDigest() {
    if (m_ledger.isEmpty())
        return;
    DigestDialog dialog(m_ledger, this);
    if (!dialog.hasNews())
        return;
    const int choice = dialog.exec();
    if (choice == DigestDialog::ShowOverdue || choice == DigestDialog::ShowDueSoon)
        showLate(choice == DigestDialog::ShowOverdue);
}

void MainWindow::reloadNavigator() {
    const auto inspection = m_ledgerPanel->inspectionId();
    const QModelIndex current = m_navigator->currentIndex();
    const bool roundSelected =
        current.isValid() && static_cast<ItemType>(current.data(ItemTypeRole).toInt()) == ItemType::Round;
    const Id id = current.data(ItemIdRole).toLongLong();
    m_restoringSelection = true;
    m_navigatorModel->reload();
    QModelIndex again;
    if (roundSelected)
        again = m_navigatorModel->indexOfRound(id);
    else if (inspection)
        again = m_navigatorModel->indexOfInspection(*inspection);
    if (again.isValid()) {
        m_navigator->expand(again.parent());
        m_navigator->setCurrentIndex(again);
    }
    m_restoringSelection = false;
    updateCentre();
}

void MainWindow::updateCentre() {
    const bool empty = m_ledger.isEmpty();
    m_centre->setCurrentWidget(empty ? static_cast<QWidget*>(m_welcome) : m_views);
    // nothing to show or edit until there is an inspection, nor beside the dashboard
    m_detail->setVisible(!empty && m_views->currentWidget() != m_dashboard);
}

void MainWindow::updateActions() {
    const bool canEdit = m_ledger.can(Operation::EditLedger);
    const bool inInspection = m_ledgerPanel->inspectionId().has_value();
    m_newFindingAction->setEnabled(canEdit && inInspection);
    m_newSuggestionAction->setEnabled(canEdit && inInspection);
    m_newMeasureAction->setEnabled(canEdit && inInspection && m_ledgerPanel->current().has_value());
    m_deleteAction->setEnabled(canEdit && m_focus != Focus::View && m_navigator->currentIndex().isValid());
}

void MainWindow::openBulletin() {
    const std::optional<Id> inspection = m_ledgerPanel->inspectionId();
    if (!inspection) {
        QMessageBox::information(this, tr("导出整改情况通报"), tr("请先在左侧选择一次巡察。"));
        return;
    }
    BulletinDialog dialog(m_editor->ledger(), *inspection, this);
    dialog.exec();
}

void MainWindow::exportTaskTable() {
    const std::optional<Id> inspection = m_ledgerPanel->inspectionId();
    if (!inspection) {
        QMessageBox::information(this, tr("导出整改方案任务分解表"), tr("请先在左侧选择一次巡察。"));
        return;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("导出整改方案任务分解表"), folder + u'/' + tr("整改任务分解表") + QStringLiteral(".docx"),
        tr("Word 表格（问题单元格合并）(*.docx);;Excel 工作簿 (*.xlsx);;PDF 表格 (*.pdf);;CSV (*.csv)"));
    if (path.isEmpty())
        return;
    try {
        const TaskTable tasks = loadTaskTable(m_editor->ledger(), *inspection);
        if (!writeTaskTable(tasks, path))
            throw Error(Error::Kind::Invalid, tr("请用 .docx、.xlsx、.pdf 或 .csv 作为文件扩展名"));
        statusBar()->showMessage(tr("已导出整改任务分解表：%1").arg(path), 8000);
    } catch (const Error& e) {
        QMessageBox::warning(this, tr("导出失败"), e.message());
    }
}

void MainWindow::selectInspection(Id inspectionId) {
    const QModelIndex index = m_navigatorModel->indexOfInspection(inspectionId);
    if (!index.isValid())
        return;
    m_navigator->expand(index.parent());
    m_navigator->setCurrentIndex(index);
}

void MainWindow::newRound() {
    if (!m_detail->saveCurrent())
        return;
    const auto id =
        m_editor->addRound({0, tr("新建轮次"), InspectionKind::Xuncha, QString(), m_ledger.today().year()});
    if (!id)
        return;
    const QModelIndex index = m_navigatorModel->indexOfRound(*id);
    m_navigator->setCurrentIndex(index);
    m_detail->focusForm();
}

void MainWindow::newInspection() {
    if (!m_detail->saveCurrent())
        return;
    std::optional<Id> roundId = currentRoundId();
    if (!roundId) {
        const auto rounds = m_ledger.inspections().rounds();
        roundId = rounds.isEmpty()
                      ? m_editor->addRound({0, tr("%1年巡察").arg(m_ledger.today().year()),
                                            InspectionKind::Xuncha, QString(), m_ledger.today().year()})
                      : std::optional<Id>(rounds.first().id);
        if (!roundId)
            return;
    }
    Inspection inspection;
    inspection.roundId = *roundId;
    inspection.title = tr("新建巡察");
    const auto id = m_editor->addInspection(inspection);
    if (!id)
        return;
    selectInspection(*id);
    m_detail->focusForm();
}

void MainWindow::newFinding(FindingKind kind) {
    const auto inspectionId = m_ledgerPanel->inspectionId();
    if (!inspectionId || !m_detail->saveCurrent())
        return;
    const auto selection = m_ledgerPanel->current();
    const OptionalId category =
        selection ? m_ledger.findings().finding(selection->findingId).categoryId : std::nullopt; // beside the selected one
    const auto id = m_editor->addFinding(rectrack::newFinding(m_ledger, *inspectionId, kind, category));
    if (!id)
        return;
    m_ledgerPanel->selectFinding(*id);
    m_detail->focusForm();
}

void MainWindow::newMeasure() {
    const auto selection = m_ledgerPanel->current();
    if (!selection || !m_detail->saveCurrent())
        return;
    const auto id = m_editor->addMeasure(rectrack::newMeasure(m_ledger, selection->findingId));
    if (!id)
        return;
    m_ledgerPanel->selectMeasure(selection->findingId, *id);
    m_detail->focusForm();
}

void MainWindow::deleteSelected() {
    if (m_focus == Focus::View)
        return; // deleting is done in the 巡察台账, where the item sits in its inspection
    if (m_focus == Focus::Ledger) {
        const auto selection = m_ledgerPanel->current();
        if (!selection)
            return;
        if (selection->type == ItemType::Finding) {
            const Finding f = m_ledger.findings().finding(selection->id);
            if (QMessageBox::question(
                    this, tr("删除问题"),
                    tr("删除问题“%1”及其全部整改措施、进展情况和佐证材料？\n删除会记入修改记录，但不能撤销。")
                        .arg(f.title)) != QMessageBox::Yes)
                return;
            m_editor->removeFinding(selection->id);
            m_detail->showNothing();
        } else {
            const Measure m = m_ledger.findings().measure(selection->id);
            if (QMessageBox::question(this, tr("删除整改措施"),
                                      tr("删除整改措施“%1”？").arg(m.text.left(40))) != QMessageBox::Yes)
                return;
            m_editor->removeMeasure(selection->id);
            m_ledgerPanel->selectFinding(selection->findingId);
        }
        return;
    }
    const QModelIndex index = m_navigator->currentIndex();
    if (!index.isValid())
        return;
    const Id id = index.data(ItemIdRole).toLongLong();
    if (static_cast<ItemType>(index.data(ItemTypeRole).toInt()) == ItemType::Round) {
        if (QMessageBox::question(this, tr("删除轮次"), tr("删除轮次“%1”？").arg(index.data().toString())) !=
            QMessageBox::Yes)
            return;
        if (m_editor->removeRound(id))
            m_detail->showNothing();
        return;
    }
    if (QMessageBox::question(
            this, tr("删除巡察"),
            tr("删除巡察“%1”及其全部问题、整改措施、进展情况和佐证材料？\n删除会记入修改记录，但不能撤销。")
                .arg(index.data().toString())) != QMessageBox::Yes)
        return;
    m_ledgerPanel->setInspection(std::nullopt);
    if (m_editor->removeInspection(id))
        m_detail->showNothing();
}

void MainWindow::loadSampleData() {
    if (!m_detail->saveCurrent())
        return;
    const std::optional<Id> id = m_editor->create(Changes::loadSampleData(), QStringLiteral("inspections"));
    if (!id)
        return;
    reloadNavigator();
    selectInspection(*id);
}

namespace {
QStringList droppedFiles(const QMimeData* mime) {
    QStringList files;
    for (const QUrl& url : mime->urls())
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            files << url.toLocalFile();
    return files;
}
} // namespace

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (m_importer && m_ledger.can(Operation::EditLedger) && !droppedFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    const QStringList files = droppedFiles(event->mimeData());
    if (files.isEmpty() || !m_importer)
        return;
    event->acceptProposedAction();
    // after the drop has finished: each import shows its own dialogs
    QTimer::singleShot(0, m_importer, [importer = m_importer, files] { importer->importFiles(files); });
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!m_detail->saveCurrent()) {
        const auto answer = QMessageBox::question(this, tr("有未保存的修改"),
                                                  tr("当前修改无法保存。仍要退出并放弃这些修改吗？"));
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/splitter"),
                      static_cast<QSplitter*>(centralWidget())->saveState());
    settings.setValue(QStringLiteral("ledger/header"), m_ledgerPanel->view()->header()->saveState());
    settings.setValue(QStringLiteral("window/viewTab"), m_views->currentIndex());
    m_findingsView->saveLayout();
    m_measuresView->saveLayout();
    event->accept();
}

void MainWindow::connectServer() {
    ConnectServerDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    rememberLedger(dialog.server()); // the next start opens it too
    if (m_restart) {
        m_restart();
        return;
    }
    // The program starts again on the server's ledger (every edit here is saved already). The
    // password goes to it as libpq takes it, in its environment, never on its command line.
    QStringList arguments = QApplication::arguments().mid(1);
    if (const qsizetype db = arguments.indexOf(QStringLiteral("--db")); db >= 0)
        arguments.remove(db, std::min<qsizetype>(2, arguments.size() - db));
    arguments << QStringLiteral("--db") << dialog.server();
    QProcess next;
    next.setProgram(QApplication::applicationFilePath());
    next.setArguments(arguments);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!dialog.password().isEmpty())
        environment.insert(QStringLiteral("PGPASSWORD"), dialog.password());
    next.setProcessEnvironment(environment);
    if (next.startDetached())
        QApplication::quit();
    else
        QMessageBox::warning(this, tr("连接服务器"), tr("无法启动新的程序窗口：%1").arg(next.errorString()));
}

void MainWindow::openBackups() {
    BackupDialog dialog(m_ledger, this);
    connect(&dialog, &BackupDialog::restored, this, [this, &dialog] {
        QMessageBox::information(&dialog, tr("已从备份恢复"), tr("台账已从备份恢复。程序将重新启动，打开恢复后的台账。"));
        dialog.accept();
        if (m_restart) {
            m_restart();
            return;
        }
        QProcess::startDetached(QApplication::applicationFilePath(), QApplication::arguments().mid(1));
        QApplication::quit();
    });
    dialog.exec();
}

void MainWindow::startHousekeeping() {
    if (m_ledger.database().isServer())
        return; // a server's ledger is checked and backed up by the server's own tools (docs/server.md)
    const QString path = m_ledger.database().path();
    const QDateTime now = m_ledger.clock().now();
    const Backup::Policy policy = backupPolicy(m_ledger);
    auto* watcher = new QFutureWatcher<HousekeepingReport>(this);
    connect(watcher, &QFutureWatcher<HousekeepingReport>::finished, this, [this, watcher] {
        const HousekeepingReport report = watcher->result();
        watcher->deleteLater();
        if (report.integrity.cancelled)
            return;
        if (!report.integrity.ok) {
            QMessageBox box(QMessageBox::Critical, tr("数据库文件已损坏"),
                            tr("检查发现这个台账文件已损坏，部分内容可能读不出来：\n%1\n\n"
                               "请不要继续修改，从最近的备份恢复。")
                                .arg(report.integrity.problems.mid(0, 3).join(u'\n')),
                            QMessageBox::NoButton, this);
            box.setObjectName(QStringLiteral("damagedLedgerMessage"));
            QPushButton* restore = box.addButton(tr("备份与恢复…"), QMessageBox::AcceptRole);
            box.addButton(tr("稍后"), QMessageBox::RejectRole);
            box.exec();
            if (box.clickedButton() == restore)
                openBackups();
            return;
        }
        if (!report.backupError.isEmpty())
            statusBar()->showMessage(tr("自动备份没有完成：%1").arg(report.backupError));
        else if (report.backup)
            statusBar()->showMessage(tr("已自动备份到 %1").arg(*report.backup), 10000);
    });
    watcher->setFuture(QtConcurrent::run(
        [path, now, policy, closing = m_closing] { return runHousekeeping(path, now, policy, closing.get()); }));
}

} // namespace rectrack::ui
