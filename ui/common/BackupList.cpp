#include "BackupList.h"

#include "storage/sqlite/Backup.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>

namespace rectrack::ui {

BackupList::BackupList(QWidget* parent)
    : QTreeWidget(parent) {
    setObjectName(QStringLiteral("backupList"));
    setHeaderLabels({tr("时间"), tr("类型"), tr("大小"), tr("文件")});
    setRootIsDecorated(false);
    header()->setSectionResizeMode(3, QHeaderView::Stretch);
}

void BackupList::showBackupsOf(const QString& databasePath) {
    clear();
    const QLocale locale;
    for (const Backup::File& file : Backup::list(databasePath)) {
        auto* item = new QTreeWidgetItem(this, {locale.toString(file.made, QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                                Backup::label(file.reason), locale.formattedDataSize(file.bytes),
                                                QFileInfo(file.path).fileName()});
        item->setData(0, Qt::UserRole, file.path);
        item->setToolTip(3, file.path);
    }
    for (int column = 0; column < 3; ++column)
        resizeColumnToContents(column);
}

QString BackupList::selectedBackup() const {
    const QTreeWidgetItem* item = currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

QString BackupList::chooseBackupFile(QWidget* parent, const QString& databasePath) {
    return QFileDialog::getOpenFileName(parent, tr("选择备份文件"), Backup::folderFor(databasePath),
                                        tr("台账备份 (*.sqlite);;所有文件 (*)"));
}

} // namespace rectrack::ui
