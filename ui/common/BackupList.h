#pragma once
// The copies of one ledger file, newest first: time, kind, size, file (Backup::list). Shared
// by 备份与恢复 and by the dialog shown when a ledger cannot be opened.

#include <QTreeWidget>

namespace rectrack::ui {

class BackupList : public QTreeWidget {
    Q_OBJECT
public:
    explicit BackupList(QWidget* parent = nullptr);

    void showBackupsOf(const QString& databasePath);
    QString selectedBackup() const; // empty when none is selected

    // Asks for a backup file of this ledger (any file may be picked); empty when cancelled.
    static QString chooseBackupFile(QWidget* parent, const QString& databasePath);
};

} // namespace rectrack::ui
