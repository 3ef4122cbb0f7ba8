#pragma once
// 无法打开台账: shown at start when a ledger cannot be opened. It says why, and offers what
// the user can do about it: restore the file from one of its backups (when it is damaged, or
// when copies of it exist), open another ledger or start a new one, try again (another
// program may have held it), or quit. Nothing is overwritten: a damaged file is moved aside
// by the restore.

#include "model/Error.h"

#include <QDialog>
#include <functional>

class QLabel;
class QPushButton;

namespace rectrack::ui {

class BackgroundRestore;
class BackupList;

class OpenProblemDialog : public QDialog {
    Q_OBJECT
public:
    OpenProblemDialog(const QString& path, const Error& error, QWidget* parent = nullptr);

    // The ledger to open next once the dialog is accepted: the same file (after a restore, or
    // to try again), another one, or a new one.
    QString pathToOpen() const { return m_pathToOpen; }
    // After a restore: what was restored and where the damaged file went; empty otherwise.
    QString restoreReport() const { return m_restoreReport; }

    // What the file dialogs are asked for; the tests answer without a native dialog.
    enum class FileQuestion { OpenLedger, NewLedger, BackupFile };
    void setFileChooser(std::function<QString(FileQuestion)> chooser) { m_chooseFile = std::move(chooser); }

    // Restores in the background; the dialog is accepted once the restore is done and checked.
    void restoreFrom(const QString& backupPath);
    bool isRestoring() const;
    void openAnother();
    void startNew();

    void reject() override;

private:
    QString chooseFile(FileQuestion question);
    void setBusy(bool busy);

    QString m_path;
    QString m_pathToOpen;
    QString m_restoreReport;
    QString m_restoringFrom;
    BackupList* m_backups = nullptr;
    QLabel* m_status;
    QList<QPushButton*> m_buttons;
    BackgroundRestore* m_restore;
    std::function<QString(FileQuestion)> m_chooseFile;
};

} // namespace rectrack::ui
