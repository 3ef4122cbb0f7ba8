#include "ImportController.h"

#include "FormImportDialog.h"
#include "ImportPreviewDialog.h"
#include "main/Editor.h"
#include "services/BulletinFile.h"
#include "services/ProgressForms.h"
#include "model/Error.h"

#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QThread>

namespace rectrack::ui {

namespace {
struct Outcome {
    std::optional<ReturnedForm> form; // a progress form a unit sent back
    std::optional<ParsedBulletin> bulletin;
    QString hash;
    QString error;
};

Outcome readAndParse(const QString& path) {
    Outcome outcome;
    try {
        outcome.form = readProgressFormFile(path);
        if (outcome.form)
            return outcome;
        BulletinFile read = readBulletinFile(path);
        outcome.hash = read.hash;
        outcome.bulletin = std::move(read.bulletin);
    } catch (const Error& e) {
        outcome.error = e.message();
    }
    return outcome;
}
} // namespace

ImportController::ImportController(Editor& editor, QWidget* window)
    : QObject(window)
    , m_editor(editor)
    , m_window(window) {}

void ImportController::importForm(const ReturnedForm& form, const QString& path) {
    const QString name = QFileInfo(path).fileName();
    std::optional<FormPlan> plan;
    try {
        plan = planProgressForm(m_editor.ledger(), form);
    } catch (const Error& e) {
        QMessageBox::warning(m_window, tr("无法导入"), tr("无法导入 %1：\n%2").arg(name, e.message()));
        return;
    }
    FormImportDialog dialog(m_editor, std::move(*plan), name, m_window);
    dialog.exec();
}

void ImportController::importFiles(const QStringList& paths) {
    for (const QString& path : paths)
        importFile(path);
}

void ImportController::chooseAndImport() {
    const QString path =
        QFileDialog::getOpenFileName(m_window, tr("导入整改情况通报、反馈意见或整改台账"), QString(),
                                     tr("通报、台账和填报表 (*.txt *.html *.htm *.docx *.pdf *.xlsx *.xlsm *.xls *.et *.csv);;"
                                        "通报文件 (*.txt *.html *.htm *.docx *.pdf);;台账表格和进展填报表 (*.xlsx *.xlsm *.xls *.et *.csv);;"
                                        "所有文件 (*)"));
    if (!path.isEmpty())
        importFile(path);
}

std::optional<qint64> ImportController::importFile(const QString& path) {
    QProgressDialog progress(tr("正在读取和解析 %1…").arg(QFileInfo(path).fileName()), tr("取消"), 0, 0,
                             m_window);
    progress.setObjectName(QStringLiteral("importProgressDialog"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);

    Outcome outcome;
    QThread* worker = QThread::create([&outcome, path] { outcome = readAndParse(path); });
    QEventLoop loop;
    connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    connect(&progress, &QProgressDialog::canceled, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec();
    const bool cancelled = progress.wasCanceled();
    progress.close();
    worker->wait(); // a cancelled parse finishes in the background of this wait; its result is dropped
    delete worker;
    if (cancelled)
        return std::nullopt;
    if (outcome.form) {
        importForm(*outcome.form, path);
        return std::nullopt;
    }
    if (!outcome.bulletin) {
        QMessageBox::warning(m_window, tr("无法导入"),
                             tr("无法导入 %1：\n%2").arg(QFileInfo(path).fileName(), outcome.error));
        return std::nullopt;
    }
    ImportPreviewDialog preview(m_editor, *outcome.bulletin, outcome.hash, QFileInfo(path).fileName(),
                                m_window);
    if (preview.exec() != QDialog::Accepted || !preview.savedInspection())
        return std::nullopt;
    emit imported(*preview.savedInspection());
    return preview.savedInspection();
}

} // namespace rectrack::ui
