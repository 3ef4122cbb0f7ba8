#pragma once
// The ledger window. It only assembles: navigator on the left, ledger in the centre, the
// detail pane on the right, the actions that connect them.

#include "domain/Entities.h"

#include <QMainWindow>

#include <atomic>
#include <functional>
#include <memory>
#include <QSet>

class QAction;
class QStackedWidget;
class QTabWidget;
class QTreeView;

namespace rectrack {
class Ledger;
class OutsideChanges;
}

namespace rectrack::ui {

class DashboardPanel;
class DetailPanel;
class Editor;
class ImportController;
class InspectionTreeModel;
class LedgerPanel;
class LedgerViewPanel;
class ResponsibilityPanel;
class WelcomePage;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(rectrack::Ledger& ledger, QWidget* parent = nullptr);
    ~MainWindow() override;

    Editor& editor() { return *m_editor; }
    LedgerPanel* ledgerPanel() const { return m_ledgerPanel; }
    DetailPanel* detailPanel() const { return m_detail; }
    LedgerViewPanel* findingsView() const { return m_findingsView; }
    LedgerViewPanel* measuresView() const { return m_measuresView; }
    ResponsibilityPanel* responsibilityView() const { return m_responsibility; }
    DashboardPanel* dashboard() const { return m_dashboard; }
    // The dashboard full screen, for a meeting room (Esc closes it).
    void present();
    QTabWidget* viewTabs() const { return m_views; }

    // The user's actions, also reachable from tests.
    void newRound();
    void newInspection();
    void newFinding(FindingKind kind);
    void newMeasure();
    void deleteSelected();
    void loadSampleData();
    void selectInspection(Id inspectionId);
    // 导出整改情况通报 for the inspection in view; says so when none is.
    void openBulletin();
    // 导出整改方案任务分解表 of the inspection in view, to a file the user names (Word, Excel,
    // PDF or CSV); says so when no inspection is in view.
    void exportTaskTable();
    // The start-up digest of what is overdue and due soon; nothing when there is nothing.
    void showDigest();
    // Says at once what is wrong with the ledger as opened: its history no longer passes through
    // an anchor seen before, or nothing may be written (read-only, accounts deleted). Nothing when
    // all is well.
    void showLedgerWarnings();
    // Opens the 问题清单 across every inspection filtered to what is late.
    void showLate(bool overdueOnly);
    // 备份与恢复: the backups, a copy now, a restore, the full integrity check.
    void openBackups();
    // In the background: the quick integrity check, then the scheduled backup (once a day by
    // default); a damaged file is reported with the way to restore it.
    void startHousekeeping();
    // What happens once a backup has been restored: by default the program starts again on
    // the restored ledger. Tests put something else here.
    void setRestart(std::function<void()> restart) { m_restart = std::move(restart); }
    // 文件 → 连接服务器…: the dialog, then the program again on the server's ledger.
    void connectServer();

protected:
    void closeEvent(QCloseEvent* event) override;
    // Bulletins, ledger sheets and returned progress forms dropped on the window are imported,
    // one after another.
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    enum class Focus { Navigator, Ledger, View };
    void createActions();
    void onNavigatorCurrentChanged(const QModelIndex& current, const QModelIndex& previous);
    void onLedgerCurrentChanged();
    void onViewItemSelected(Id findingId, std::optional<Id> measureId);
    void refreshViews();
    // Reads again what another program's changes touched, told by m_outside.
    void readOutsideChanges();
    LedgerViewPanel* currentViewPanel() const;
    void reloadNavigator();
    void updateCentre();
    void updateActions();
    std::optional<Id> currentRoundId() const;

    rectrack::Ledger& m_ledger;
    Editor* m_editor;
    ImportController* m_importer = nullptr;
    InspectionTreeModel* m_navigatorModel;
    QTreeView* m_navigator;
    QStackedWidget* m_centre;
    WelcomePage* m_welcome;
    LedgerPanel* m_ledgerPanel;
    QTabWidget* m_views;
    LedgerViewPanel* m_findingsView;
    LedgerViewPanel* m_measuresView;
    ResponsibilityPanel* m_responsibility;
    DashboardPanel* m_dashboard;
    QSet<LedgerViewPanel*> m_staleViews; // edited since they were last read
    rectrack::OutsideChanges* m_outside;
    DetailPanel* m_detail;
    Focus m_focus = Focus::Navigator;
    bool m_restoringSelection = false;

    QAction* m_newFindingAction = nullptr;
    QAction* m_newSuggestionAction = nullptr;
    QAction* m_newMeasureAction = nullptr;
    QAction* m_deleteAction = nullptr;
    std::function<void()> m_restart;
    // Set when the window goes: the background housekeeping stops instead of holding up the exit.
    std::shared_ptr<std::atomic_bool> m_closing = std::make_shared<std::atomic_bool>(false);
};

} // namespace rectrack::ui
