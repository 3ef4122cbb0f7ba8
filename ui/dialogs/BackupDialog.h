#pragma once
// 备份与恢复: the copies of this ledger (scheduled, before upgrades, by hand, before a
// restore), a copy made now, a restore from one of them or from any backup file, and SQLite's
// full integrity check on demand. Copies and checks run on a worker thread.

#include <QDialog>
#include <QFutureWatcher>

class QLabel;
class QPushButton;

namespace rectrack {
class Ledger;
}

namespace rectrack::ui {

class BackupList;

class BackupDialog : public QDialog {
    Q_OBJECT
public:
    BackupDialog(Ledger& ledger, QWidget* parent = nullptr);
    ~BackupDialog() override;

    void backupNow();
    void checkNow();
    // Asks, then restores; emits restored() when the ledger holds the backup's content.
    void restoreFrom(const QString& backupPath);

signals:
    void restored();

private:
    void reload();
    void runInBackground(const QString& busyText, std::function<QString()> work);

    Ledger& m_ledger;
    BackupList* m_list;
    QLabel* m_status;
    QList<QPushButton*> m_buttons;
    QFutureWatcher<QString> m_watcher;
};

} // namespace rectrack::ui
