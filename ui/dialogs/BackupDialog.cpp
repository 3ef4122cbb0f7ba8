#include "BackupDialog.h"

#include "common/BackgroundRestore.h"
#include "common/BackupList.h"
#include "common/Guard.h"
#include "services/Ledger.h"
#include "storage/sqlite/Backup.h"
#include "model/Error.h"
#include "storage/sqlite/Integrity.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace rectrack::ui {

BackupDialog::BackupDialog(Ledger& ledger, QWidget* parent)
    : QDialog(parent)
    , m_ledger(ledger)
    , m_list(new BackupList(this))
    , m_status(new QLabel(this))
    , m_restore(new BackgroundRestore(this)) {
    setObjectName(QStringLiteral("backupDialog"));
    setWindowTitle(tr("备份与恢复"));
    resize(760, 420);
    m_status->setObjectName(QStringLiteral("backupStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    const auto button = [this](const QString& text, const char* name) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(QString::fromLatin1(name));
        m_buttons << b;
        return b;
    };
    auto* now = button(tr("立即备份"), "backupNowButton");
    auto* restore = button(tr("恢复所选备份…"), "restoreSelectedButton");
    auto* restoreFile = button(tr("从其他备份文件恢复…"), "restoreFileButton");
    auto* check = button(tr("完整检查数据库"), "checkDatabaseButton");
    connect(now, &QPushButton::clicked, this, &BackupDialog::backupNow);
    connect(check, &QPushButton::clicked, this, &BackupDialog::checkNow);
    connect(restore, &QPushButton::clicked, this, [this] {
        if (const QString backup = m_list->selectedBackup(); !backup.isEmpty())
            restoreFrom(backup);
    });
    connect(restoreFile, &QPushButton::clicked, this, [this] {
        const QString file = BackupList::chooseBackupFile(this, m_ledger.database().path());
        if (!file.isEmpty())
            restoreFrom(file);
    });
    restore->setEnabled(false);
    connect(m_list, &QTreeWidget::currentItemChanged, this,
            [restore](QTreeWidgetItem* current) { restore->setEnabled(current != nullptr); });

    auto* actions = new QHBoxLayout;
    for (QPushButton* b : m_buttons)
        actions->addWidget(b);
    actions->addStretch();
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    auto* where = new QLabel(tr("备份保存在 %1（只有您能读取）。程序运行时每天自动备份一次，保留最近的若干份；"
                                "升级数据库结构之前和恢复之前也各备份一次。")
                                 .arg(Backup::folderFor(m_ledger.database().path())),
                             this);
    where->setWordWrap(true);
    layout->addWidget(where);
    layout->addWidget(m_list);
    layout->addLayout(actions);
    layout->addWidget(m_status);
    layout->addWidget(close);

    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, [this] {
        m_copying = false;
        setBusy(false);
        m_status->setText(m_watcher.result());
        reload();
    });
    connect(m_restore, &BackgroundRestore::progressed, m_status, &QLabel::setText);
    connect(m_restore, &BackgroundRestore::succeeded, this, [this](const Backup::Restored& result) {
        setBusy(false);
        m_status->setText(tr("已恢复，内容与备份核对一致。恢复前的台账保存在 %1").arg(result.previous));
        reload();
        emit restored();
    });
    connect(m_restore, &BackgroundRestore::failed, this, [this](const QString& message) {
        setBusy(false);
        m_status->setText(tr("没有恢复：%1").arg(message));
        reload();
        QMessageBox::warning(this, tr("没有恢复"), message);
    });
    reload();
}

BackupDialog::~BackupDialog() {
    m_watcher.waitForFinished();
}

void BackupDialog::reload() {
    m_list->showBackupsOf(m_ledger.database().path());
}

bool BackupDialog::isBusy() const {
    // Busy until the outcome has been delivered, not only until the worker returns: the
    // watcher stops running before its finished() reaches this dialog.
    return m_copying || m_restore->isRunning();
}

void BackupDialog::setBusy(bool busy) {
    for (QPushButton* b : m_buttons)
        b->setEnabled(!busy && (b->objectName() != u"restoreSelectedButton" || m_list->currentItem()));
}

void BackupDialog::reject() {
    if (isBusy()) { // a copy or a restore is never cut off half way
        const QString wait = tr("请等这一步完成后再关闭。");
        if (!m_status->text().endsWith(wait))
            m_status->setText(m_status->text() + u'\n' + wait);
        return;
    }
    QDialog::reject();
}

void BackupDialog::runInBackground(const QString& busyText, std::function<QString()> work) {
    m_copying = true;
    setBusy(true);
    m_status->setText(busyText);
    m_watcher.setFuture(QtConcurrent::run([work = std::move(work)]() -> QString {
        try {
            return work();
        } catch (const Error& e) {
            return e.message();
        }
    }));
}

void BackupDialog::backupNow() {
    const QString path = m_ledger.database().path();
    const QDateTime now = m_ledger.clock().now();
    runInBackground(tr("正在备份…"), [path, now] {
        return tr("已备份到 %1").arg(Backup::make(path, Backup::Reason::Manual, now));
    });
}

void BackupDialog::checkNow() {
    const QString path = m_ledger.database().path();
    runInBackground(tr("正在完整检查数据库（大的台账需要几分钟）…"), [path] {
        const IntegrityReport report = checkIntegrity(path, IntegrityDepth::Full);
        return report.ok ? tr("完整检查通过：页面、索引和外键都无误。")
                         : tr("数据库文件已损坏，请从备份恢复：\n%1").arg(report.problems.mid(0, 5).join(u'\n'));
    });
}

void BackupDialog::restoreFrom(const QString& backupPath) {
    if (QMessageBox::question(this, tr("从备份恢复"),
                              tr("用备份 %1 的内容替换当前台账？\n\n当前台账会先另存一份（“恢复前”），"
                                 "之后仍可从它恢复。恢复完成后程序将重新启动。")
                                  .arg(QFileInfo(backupPath).fileName())) != QMessageBox::Yes)
        return;
    LedgerRestore job;
    if (!guarded(this, [&] { job = m_ledger.restoreJob(backupPath); })) // administrators only
        return;
    setBusy(true);
    m_status->setText(tr("正在恢复…"));
    m_restore->start([job](const Backup::Progress& progress) { return job.run(progress); });
}

} // namespace rectrack::ui
