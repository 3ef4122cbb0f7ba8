#include "OpenProblemDialog.h"

#include "common/BackgroundRestore.h"
#include "common/BackupList.h"
#include "services/Ledger.h"
#include "services/LedgerRestore.h"
#include "storage/sqlite/Backup.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace rectrack::ui {

namespace {
bool offersRestore(const Error& error, const QString& path) {
    switch (error.kind()) {
    case Error::Kind::Corrupt:
        return true;
    case Error::Kind::NotRectrack:
    case Error::Kind::Storage:
        return !Backup::list(path).isEmpty(); // a ledger damaged past recognition still has its copies
    default:
        return false;
    }
}
} // namespace

OpenProblemDialog::OpenProblemDialog(const QString& path, const Error& error, QWidget* parent)
    : QDialog(parent)
    , m_path(path)
    , m_status(new QLabel(this))
    , m_restore(new BackgroundRestore(this)) {
    setObjectName(QStringLiteral("openProblemDialog"));
    setWindowTitle(tr("无法打开台账"));
    resize(760, 460);
    auto* layout = new QVBoxLayout(this);
    auto* reason = new QLabel(tr("无法打开台账文件 %1：\n\n%2").arg(QDir::toNativeSeparators(path), error.message()), this);
    reason->setObjectName(QStringLiteral("openProblemReason"));
    reason->setTextFormat(Qt::PlainText);
    reason->setWordWrap(true);
    reason->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(reason);

    auto* actions = new QHBoxLayout;
    const auto button = [this, actions](const QString& text, const char* name) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(QString::fromLatin1(name));
        actions->addWidget(b);
        m_buttons << b;
        return b;
    };
    if (offersRestore(error, path)) {
        auto* explain = new QLabel(tr("可以从下面的备份恢复这个台账。损坏的文件不会被覆盖，"
                                      "而是改名另存在同一文件夹中（.damaged-时间）。"),
                                   this);
        explain->setWordWrap(true);
        layout->addWidget(explain);
        m_backups = new BackupList(this);
        m_backups->showBackupsOf(path);
        if (m_backups->topLevelItemCount() > 0)
            m_backups->setCurrentItem(m_backups->topLevelItem(0));
        layout->addWidget(m_backups);
        auto* restore = button(tr("从所选备份恢复"), "restoreSelectedButton");
        restore->setEnabled(m_backups->currentItem() != nullptr);
        restore->setDefault(true);
        connect(restore, &QPushButton::clicked, this, [this] { restoreFrom(m_backups->selectedBackup()); });
        connect(m_backups, &QTreeWidget::currentItemChanged, this,
                [restore](QTreeWidgetItem* current) { restore->setEnabled(current != nullptr); });
        connect(button(tr("从其他备份文件恢复…"), "restoreFileButton"), &QPushButton::clicked, this, [this] {
            if (const QString file = chooseFile(FileQuestion::BackupFile); !file.isEmpty())
                restoreFrom(file);
        });
    }
    connect(button(tr("打开其他台账…"), "openOtherButton"), &QPushButton::clicked, this, &OpenProblemDialog::openAnother);
    connect(button(tr("新建台账…"), "newLedgerButton"), &QPushButton::clicked, this, &OpenProblemDialog::startNew);
    auto* retry = button(tr("重试"), "retryButton");
    if (error.kind() == Error::Kind::Busy)
        retry->setDefault(true);
    connect(retry, &QPushButton::clicked, this, [this] {
        m_pathToOpen = m_path;
        accept();
    });
    actions->addStretch();
    layout->addLayout(actions);
    connect(m_restore, &BackgroundRestore::progressed, m_status, &QLabel::setText);
    connect(m_restore, &BackgroundRestore::succeeded, this, [this](const Backup::Restored& restored) {
        m_restoreReport = tr("已从 %1 恢复台账，内容与备份核对一致。\n原来的文件保存在 %2。")
                              .arg(QDir::toNativeSeparators(m_restoringFrom), QDir::toNativeSeparators(restored.previous));
        m_pathToOpen = m_path;
        accept();
    });
    connect(m_restore, &BackgroundRestore::failed, this, [this](const QString& message) {
        setBusy(false);
        m_status->setText(tr("没有恢复：%1").arg(message));
    });
    m_status->setObjectName(QStringLiteral("openProblemStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    layout->addWidget(m_status);
    auto* quit = new QDialogButtonBox(this);
    QPushButton* quitButton = quit->addButton(tr("退出"), QDialogButtonBox::RejectRole);
    quitButton->setObjectName(QStringLiteral("quitButton"));
    m_buttons << quitButton;
    connect(quit, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(quit);
}

QString OpenProblemDialog::chooseFile(FileQuestion question) {
    if (m_chooseFile)
        return m_chooseFile(question);
    const QString folder = QFileInfo(m_path).absolutePath();
    switch (question) {
    case FileQuestion::OpenLedger:
        return QFileDialog::getOpenFileName(this, tr("打开台账"), folder, tr("整改台账 (*.sqlite);;所有文件 (*)"));
    case FileQuestion::NewLedger:
        return QFileDialog::getSaveFileName(this, tr("新建台账"), QDir(folder).filePath(tr("整改台账.sqlite")),
                                            tr("整改台账 (*.sqlite)"));
    case FileQuestion::BackupFile:
        return BackupList::chooseBackupFile(this, m_path);
    }
    return {};
}

void OpenProblemDialog::restoreFrom(const QString& backupPath) {
    if (backupPath.isEmpty() || isRestoring())
        return;
    setBusy(true);
    m_status->setText(tr("正在检查备份并恢复…"));
    m_restoringFrom = backupPath;
    const LedgerRestore job{backupPath, m_path, std::make_shared<SystemClock>(), Ledger::defaultActor()};
    m_restore->start([job](const Backup::Progress& progress) { return restoreUnreadableLedger(job, progress); });
}

void OpenProblemDialog::setBusy(bool busy) {
    for (QPushButton* b : m_buttons)
        b->setEnabled(!busy && (b->objectName() != u"restoreSelectedButton" || (m_backups && m_backups->currentItem())));
    if (m_backups)
        m_backups->setEnabled(!busy);
}

bool OpenProblemDialog::isRestoring() const {
    return m_restore->isRunning();
}

void OpenProblemDialog::reject() {
    if (isRestoring()) // a restore is never cut off half way
        return;
    QDialog::reject();
}

void OpenProblemDialog::openAnother() {
    if (const QString file = chooseFile(FileQuestion::OpenLedger); !file.isEmpty()) {
        m_pathToOpen = file;
        accept();
    }
}

void OpenProblemDialog::startNew() {
    const QString file = chooseFile(FileQuestion::NewLedger);
    if (file.isEmpty())
        return;
    if (QFileInfo::exists(file)) {
        m_status->setText(tr("%1 已经存在。新建台账请选一个新的文件名；要打开它，请用“打开其他台账”。").arg(file));
        return;
    }
    m_pathToOpen = file;
    accept();
}

} // namespace rectrack::ui
