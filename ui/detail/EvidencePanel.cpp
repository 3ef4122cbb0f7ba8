#include "EvidencePanel.h"

#include "main/Editor.h"
#include "services/Ledger.h"
#include "export/AtomicSave.h"
#include "model/Error.h"

#include <QDesktopServices>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace rectrack::ui {

EvidencePanel::EvidencePanel(Editor& editor, QWidget* parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_list(new QTreeWidget(this)) {
    m_list->setObjectName(QStringLiteral("evidenceTreeWidget"));
    m_list->setHeaderLabels({tr("文件名"), tr("大小"), tr("添加时间"), tr("添加人")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);

    auto* buttons = new QHBoxLayout;
    const auto button = [&](const QString& text, const QString& name, auto slot) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(name);
        connect(b, &QPushButton::clicked, this, slot);
        buttons->addWidget(b);
    };
    button(tr("添加…"), QStringLiteral("addEvidenceButton"), [this] {
        const QStringList paths = QFileDialog::getOpenFileNames(this, tr("选择佐证材料"));
        attachFiles(paths);
    });
    button(tr("打开"), QStringLiteral("openEvidenceButton"), [this] { openSelected(); });
    button(tr("导出…"), QStringLiteral("exportEvidenceButton"), [this] { exportSelected(); });
    button(tr("删除"), QStringLiteral("removeEvidenceButton"), [this] { removeSelected(); });
    buttons->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, [this] { openSelected(); });
    setAcceptDrops(true);
    m_list->setAcceptDrops(false); // the panel takes the drop, wherever it lands
    m_list->setToolTip(tr("可把文件拖到这里作为佐证材料"));
    setFinding(std::nullopt);
}

namespace {
QStringList localFiles(const QMimeData* data) {
    QStringList paths;
    if (!data || !data->hasUrls())
        return paths;
    for (const QUrl& url : data->urls())
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            paths << url.toLocalFile();
    return paths;
}
} // namespace

void EvidencePanel::dragEnterEvent(QDragEnterEvent* event) {
    if (m_findingId && !localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void EvidencePanel::dropEvent(QDropEvent* event) {
    const QStringList paths = localFiles(event->mimeData());
    if (!m_findingId || paths.isEmpty())
        return;
    event->acceptProposedAction();
    attachFiles(paths);
}

void EvidencePanel::setFinding(std::optional<Id> findingId, OptionalId measureId) {
    m_findingId = findingId;
    m_measureId = measureId;
    setEnabled(findingId.has_value());
    reload();
}

void EvidencePanel::reload() {
    m_list->clear();
    if (!m_findingId)
        return;
    const QLocale locale;
    for (const EvidenceFile& e : m_editor.ledger().activity().evidence(*m_findingId)) {
        auto* item = new QTreeWidgetItem(
            m_list, {e.fileName, locale.formattedDataSize(e.size),
                     e.addedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), e.addedBy});
        item->setData(0, Qt::UserRole, e.id);
    }
}

void EvidencePanel::attachFiles(const QStringList& paths) {
    if (!m_findingId || paths.isEmpty())
        return;
    for (const QString& path : paths) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            QMessageBox::warning(this, tr("无法读取文件"),
                                 tr("无法读取 %1：%2").arg(path, file.errorString()));
            continue;
        }
        const QByteArray content = file.readAll();
        m_editor.apply(Changes::addEvidence(*m_findingId, m_measureId, QFileInfo(path).fileName(), content));
    }
    reload();
}

std::optional<Id> EvidencePanel::selectedEvidence() const {
    const QTreeWidgetItem* item = m_list->currentItem();
    return item ? std::optional<Id>(item->data(0, Qt::UserRole).toLongLong()) : std::nullopt;
}

void EvidencePanel::exportSelected() {
    const auto id = selectedEvidence();
    if (!id)
        return;
    const EvidenceFile file = m_editor.ledger().activity().evidenceFile(*id);
    const QString target = QFileDialog::getSaveFileName(
        this, tr("导出佐证材料"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(file.fileName));
    if (target.isEmpty())
        return;
    try {
        saveFileAtomically(target, m_editor.ledger().activity().evidenceContent(*id));
    } catch (const Error& e) {
        QMessageBox::warning(this, tr("导出失败"), e.message());
    }
}

void EvidencePanel::openSelected() {
    const auto id = selectedEvidence();
    if (!id)
        return;
    const EvidenceFile file = m_editor.ledger().activity().evidenceFile(*id);
    const QString dir = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                            .filePath(QStringLiteral("rectrack-evidence/%1").arg(file.id));
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(file.fileName); // fileName was reduced to a plain name by core
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(m_editor.ledger().activity().evidenceContent(*id)) < 0 ||
        !out.commit()) {
        QMessageBox::warning(this, tr("无法打开"), out.errorString());
        return;
    }
    QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

void EvidencePanel::removeSelected() {
    const auto id = selectedEvidence();
    if (!id || !m_findingId)
        return;
    if (QMessageBox::question(this, tr("删除佐证材料"),
                              tr("删除“%1”？删除会记入修改记录。").arg(m_list->currentItem()->text(0))) !=
        QMessageBox::Yes)
        return;
    if (m_editor.apply(Changes::removeEvidence(*id)))
        reload();
}

} // namespace rectrack::ui
