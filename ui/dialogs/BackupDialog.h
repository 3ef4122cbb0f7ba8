#pragma once
// 备份与恢复: the copies of this ledger (scheduled, before upgrades, by hand, before a
// restore), a copy made now, a restore from one of them or from any backup file, and SQLite's
// full integrity check on demand. Copies, checks and restores run on a worker thread; the
// dialog cannot be closed while one is under way.

#include <QDialog>
#include <QFutureWatcher>

class QLabel;
class QPushButton;

namespace rectrack {
class Ledger;
}

namespace rectrack::ui {

class BackgroundRestore;
class BackupList;

class BackupDialog : public QDialog {
    Q_OBJECT
public:
    BackupDialog(Ledger& ledger, QWidget* parent = nullptr);
    ~BackupDialog() override;

    void backupNow();
    void checkNow();
    // Asks, then restores in the background; emits restored() once the ledger holds the
    // backup's content.
    void restoreFrom(const QString& backupPath);
    bool isBusy() const;

    void reject() override;

signals:
    void restored();

private:
    void reload();
    void runInBackground(const QString& busyText, std::function<QString()> work);
    void setBusy(bool busy);

    Ledger& m_ledger;
    BackupList* m_list;
    QLabel* m_status;
    QList<QPushButton*> m_buttons;
    QFutureWatcher<QString> m_watcher;
    bool m_copying = false; // a copy runs, or its result has not been shown yet
    BackgroundRestore* m_restore;
};

} // namespace rectrack::ui
