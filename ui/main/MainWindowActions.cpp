// The main window's actions, menus and toolbar: what each command is called, its shortcut,
// where it sits and what it asks the window to do. The window itself assembles the panels.

#include "MainWindow.h"

#include "DigestDialog.h"
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
#include "dialogs/ProgressFormsDialog.h"
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

#include <QAction>
#include <QTimer>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
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

void MainWindow::createActions() {
    const auto make = [this](const QString& text, const QString& name, const QKeySequence& shortcut,
                             auto slot) {
        auto* action = new QAction(text, this);
        action->setObjectName(name);
        if (!shortcut.isEmpty())
            action->setShortcut(shortcut);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    QAction* newRoundAction =
        make(tr("新建轮次"), QStringLiteral("newRoundAction"), {}, [this] { this->newRound(); });
    QAction* newInspectionAction = make(tr("新建巡察"), QStringLiteral("newInspectionAction"),
                                        QKeySequence(tr("Ctrl+Shift+N")), [this] { this->newInspection(); });
    m_newFindingAction = make(tr("新增问题"), QStringLiteral("newFindingAction"), QKeySequence(tr("Ctrl+N")),
                              [this] { newFinding(FindingKind::Problem); });
    m_newSuggestionAction = make(tr("新增意见建议"), QStringLiteral("newSuggestionAction"), {},
                                 [this] { newFinding(FindingKind::Suggestion); });
    m_newMeasureAction = make(tr("新增整改措施"), QStringLiteral("newMeasureAction"),
                              QKeySequence(tr("Ctrl+M")), [this] { newMeasure(); });
    m_deleteAction = make(tr("删除…"), QStringLiteral("deleteAction"), QKeySequence(tr("Ctrl+Delete")),
                          [this] { deleteSelected(); });
    QAction* save = make(tr("保存"), QStringLiteral("saveAction"), QKeySequence::Save,
                         [this] { m_detail->saveCurrent(); });
    auto* importer = new ImportController(*m_editor, this);
    m_importer = importer;
    connect(importer, &ImportController::imported, this, [this](qint64 id) {
        reloadNavigator();
        selectInspection(id);
    });
    QAction* importAction = make(tr("导入通报、台账或填报表…"), QStringLiteral("importAction"), QKeySequence(tr("Ctrl+I")),
                                 [importer] { importer->chooseAndImport(); });
    QAction* sample =
        make(tr("载入示例数据"), QStringLiteral("loadSampleAction"), {}, [this] { loadSampleData(); });
    QAction* units = make(tr("单位与人员…"), QStringLiteral("unitsAction"), {}, [this] {
        UnitsDialog dialog(*m_editor, this);
        dialog.exec();
    });
    QAction* refresh = make(tr("刷新"), QStringLiteral("refreshAction"), QKeySequence::Refresh, [this] {
        reloadNavigator();
        m_ledgerPanel->reload();
        m_detail->refreshCurrent();
    });
    QAction* forms = make(tr("导出进展填报表…"), QStringLiteral("progressFormsAction"), {}, [this] {
        ProgressFormsDialog dialog(m_ledger, m_ledgerPanel->inspectionId(), this);
        dialog.exec();
    });
    QAction* bulletin = make(tr("导出整改情况通报…"), QStringLiteral("bulletinAction"), QKeySequence(tr("Ctrl+Shift+B")),
                             [this] { openBulletin(); });
    QAction* taskTable = make(tr("导出整改方案任务分解表…"), QStringLiteral("taskTableAction"), {},
                              [this] { exportTaskTable(); });
    QAction* quit = make(tr("退出"), QStringLiteral("quitAction"), QKeySequence::Quit, [this] { close(); });

    QAction* undo = m_editor->undoStack()->createUndoAction(this, tr("撤销"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_editor->undoStack()->createRedoAction(this, tr("重做"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(tr("Ctrl+Shift+Z"))});

    QMenu* file = menuBar()->addMenu(tr("文件(&F)"));
    file->addAction(newRoundAction);
    file->addAction(newInspectionAction);
    file->addSeparator();
    file->addAction(importAction);
    file->addAction(sample);
    file->addSeparator();
    file->addAction(bulletin);
    file->addAction(taskTable);
    file->addAction(forms);
    file->addSeparator();
    file->addAction(make(tr("连接服务器…"), QStringLiteral("connectServerAction"), {}, [this] { connectServer(); }));
    file->addAction(make(tr("备份与恢复…"), QStringLiteral("backupAction"), {}, [this] { openBackups(); }));
    file->addSeparator();
    file->addAction(quit);
    QMenu* edit = menuBar()->addMenu(tr("编辑(&E)"));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(save);
    edit->addAction(m_deleteAction);
    edit->addAction(refresh);
    QMenu* ledgerMenu = menuBar()->addMenu(tr("台账(&L)"));
    ledgerMenu->addAction(m_newFindingAction);
    ledgerMenu->addAction(m_newSuggestionAction);
    ledgerMenu->addAction(m_newMeasureAction);
    const auto bulk = [this](void (LedgerViewPanel::*step)()) {
        return [this, step] {
            if (LedgerViewPanel* panel = currentViewPanel())
                (panel->*step)();
        };
    };
    ledgerMenu->addSeparator();
    ledgerMenu->addAction(make(tr("批量改状态…"), QStringLiteral("bulkStatusAction"), QKeySequence(tr("Ctrl+Shift+S")),
                               bulk(&LedgerViewPanel::bulkStatus)));
    ledgerMenu->addAction(make(tr("批量改派…"), QStringLiteral("bulkReassignAction"), QKeySequence(tr("Ctrl+Shift+R")),
                               bulk(&LedgerViewPanel::bulkReassign)));
    ledgerMenu->addAction(make(tr("批量改时限…"), QStringLiteral("bulkDeadlineAction"), QKeySequence(tr("Ctrl+Shift+D")),
                               bulk(&LedgerViewPanel::bulkDeadline)));

    QMenu* viewMenu = menuBar()->addMenu(tr("视图(&V)"));
    const QList<std::pair<QString, QWidget*>> tabs = {{tr("巡察台账"), m_ledgerPanel},
                                                      {tr("问题清单"), m_findingsView},
                                                      {tr("任务清单"), m_measuresView},
                                                      {tr("责任清单"), m_responsibility},
                                                      {tr("整改进度"), m_dashboard}};
    for (qsizetype i = 0; i < tabs.size(); ++i) {
        QWidget* page = tabs[i].second;
        viewMenu->addAction(make(tabs[i].first, QStringLiteral("viewTab%1Action").arg(i + 1),
                                 QKeySequence(tr("Ctrl+%1").arg(i + 1)), [this, page] { m_views->setCurrentWidget(page); }));
    }
    viewMenu->addAction(make(tr("演示模式"), QStringLiteral("presentAction"), QKeySequence(tr("F11")), [this] { present(); }));
    viewMenu->addSeparator();
    viewMenu->addAction(make(tr("搜索"), QStringLiteral("searchAction"), QKeySequence::Find, [this] {
        LedgerViewPanel* panel = currentViewPanel();
        if (!panel) {
            panel = m_findingsView;
            m_views->setCurrentWidget(panel);
        }
        panel->filterBar()->searchEdit()->setFocus();
        panel->filterBar()->searchEdit()->selectAll();
    }));
    viewMenu->addAction(make(tr("全部逾期问题"), QStringLiteral("showOverdueAction"), QKeySequence(tr("Ctrl+Shift+O")),
                             [this] { showLate(true); }));
    viewMenu->addAction(make(tr("逾期和即将到期"), QStringLiteral("showLateAction"), {}, [this] { showLate(false); }));
    viewMenu->addAction(make(tr("时限提醒…"), QStringLiteral("digestAction"), {}, [this] {
        DigestDialog dialog(m_ledger, this);
        const int choice = dialog.exec();
        if (choice == DigestDialog::ShowOverdue || choice == DigestDialog::ShowDueSoon)
            showLate(choice == DigestDialog::ShowOverdue);
    }));

    QMenu* settingsMenu = menuBar()->addMenu(tr("设置(&S)"));
    settingsMenu->addAction(units);
    settingsMenu->addAction(make(tr("时限提醒设置…"), QStringLiteral("deadlineSettingsAction"), {}, [this] {
        DeadlineSettingsDialog dialog(*m_editor, this);
        dialog.exec();
    }));
    QAction* accounts = make(tr("账号与角色…"), QStringLiteral("accountsAction"), {}, [this] {
        AccountsDialog dialog(*m_editor, this);
        dialog.exec();
    });
    accounts->setEnabled(m_ledger.can(Operation::ManageAccounts));
    settingsMenu->addAction(accounts);
    QAction* password = make(tr("修改我的密码…"), QStringLiteral("changePasswordAction"), {}, [this] {
        bool ok = false;
        const QString text = QInputDialog::getText(this, tr("修改我的密码"), tr("新密码（至少 8 个字符）："),
                                                   QLineEdit::Password, {}, &ok);
        const auto account = m_ledger.accounts().account(m_ledger.actor());
        if (ok && account && m_editor->apply(Changes::setPassword(account->id, text)))
            statusBar()->showMessage(tr("密码已修改"), 5000);
    });
    password->setEnabled(m_ledger.accounts().account(m_ledger.actor()).has_value());
    settingsMenu->addAction(password);
    QMenu* language = settingsMenu->addMenu(tr("界面语言"));
    auto* languages = new QActionGroup(this);
    const QString current =
        QSettings().value(QStringLiteral("ui/language"), QStringLiteral("zh_CN")).toString();
    for (const auto& [code, name] : {std::pair{QStringLiteral("zh_CN"), QStringLiteral("中文")},
                                     std::pair{QStringLiteral("en"), QStringLiteral("English")}}) {
        QAction* action = language->addAction(name);
        action->setCheckable(true);
        action->setChecked(code == current);
        action->setObjectName(QStringLiteral("language_%1_Action").arg(code));
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] {
            QSettings().setValue(QStringLiteral("ui/language"), code);
            QMessageBox::information(this, tr("界面语言"), tr("重新启动整改台账后生效。"));
        });
    }
    QMenu* help = menuBar()->addMenu(tr("帮助(&H)"));
    help->addAction(make(tr("关于整改台账"), QStringLiteral("aboutAction"), {}, [this] {
        QMessageBox::about(
            this, tr("关于整改台账"),
            tr("<h3>整改台账 Rectrack %1</h3><p>巡视巡察整改的问题清单、任务清单、责任清单，"
               "进展、佐证、对账销号与修改记录。</p><p>数据库：%2</p>")
                .arg(QApplication::applicationVersion(), m_ledger.database().path().toHtmlEscaped()));
    }));

    QToolBar* toolbar = addToolBar(tr("常用"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(newInspectionAction);
    toolbar->addAction(importAction);
    toolbar->addAction(m_newFindingAction);
    toolbar->addAction(m_newMeasureAction);
    toolbar->addSeparator();
    toolbar->addAction(save);
    toolbar->addAction(undo);
    toolbar->addAction(redo);
    toolbar->addSeparator();
    toolbar->addAction(m_deleteAction);
}

} // namespace rectrack::ui
