#include "ImportController.h"

#include "FormImportDialog.h"
#include "ImportPreviewDialog.h"
#include "main/Editor.h"
#include "services/BulletinFile.h"
#include "services/ProgressForms.h"
#include "import/ledger/LedgerColumns.h"
#include "model/Error.h"

#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QThread>

namespace rectrack::ui {

namespace {
struct Outcome {
    std::optional<ReturnedForm> form; // a progress form a unit sent back
    std::optional<ParsedBulletin> bulletin;
    QString hash;
    QString error;
};

Outcome readAndParse(const QString& path, const QString& map) {
    Outcome outcome;
    try {
        outcome.form = map.isEmpty() ? readProgressFormFile(path) : std::nullopt;
        if (outcome.form)
            return outcome;
        BulletinFile read = readBulletinFile(path, map);
        outcome.hash = read.hash;
        outcome.bulletin = std::move(read.bulletin);
    } catch (const Error& e) {
        outcome.error = e.message();
    }
    return outcome;
}
// Reads and parses the file on a worker thread behind a progress dialog the user can cancel:
// nullopt when cancelled.
std::optional<Outcome> readWithProgress(QWidget* window, const QString& path, const QString& map) {
    QProgressDialog progress(ImportController::tr("正在读取和解析 %1…").arg(QFileInfo(path).fileName()), ImportController::tr("取消"), 0, 0,
                             window);
    progress.setObjectName(QStringLiteral("importProgressDialog"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);

    Outcome outcome;
    QThread* worker = QThread::create([&outcome, path, map] { outcome = readAndParse(path, map); });
    QEventLoop loop;
    QObject::connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    QObject::connect(&progress, &QProgressDialog::canceled, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec();
    const bool cancelled = progress.wasCanceled();
    progress.close();
    worker->wait(); // a cancelled parse finishes in the background of this wait; its result is dropped
    delete worker;
    if (cancelled)
        return std::nullopt;
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
    std::optional<Outcome> outcome = readWithProgress(m_window, path, {});
    if (!outcome)
        return std::nullopt;
    if (outcome->form) {
        importForm(*outcome->form, path);
        return std::nullopt;
    }
    if (!outcome->bulletin) {
        QMessageBox::warning(m_window, tr("无法导入"),
                             tr("无法导入 %1：\n%2").arg(QFileInfo(path).fileName(), outcome->error));
        return std::nullopt;
    }
    // A ledger sheet whose columns the user told once before: read their way.
    const QStringList headers = outcome->bulletin->sheetHeaders;
    const QString key = QStringLiteral("import/columns/") + headerSignature(headers);
    QString map = headers.isEmpty() ? QString() : QSettings().value(key).toString();
    if (!map.isEmpty()) {
        std::optional<Outcome> remembered = readWithProgress(m_window, path, map);
        if (remembered && remembered->bulletin) {
            outcome = std::move(remembered);
            outcome->bulletin->warnings.prepend(tr("各列按上次为这样的表头确认的含义读取"));
        } else {
            map.clear();
        }
    }
    while (true) {
        ImportPreviewDialog preview(m_editor, *outcome->bulletin, outcome->hash, QFileInfo(path).fileName(),
                                    m_window);
        const int result = preview.exec();
        if (result == ImportPreviewDialog::RereadRequested) {
            std::optional<Outcome> again = readWithProgress(m_window, path, preview.requestedMap());
            if (again && again->bulletin) {
                map = preview.requestedMap();
                outcome = std::move(again);
            } else if (again) {
                QMessageBox::warning(m_window, tr("无法按这些列读取"), again->error);
            }
            continue;
        }
        if (result != QDialog::Accepted || !preview.savedInspection())
            return std::nullopt;
        if (!map.isEmpty()) // confirmed by saving: remembered for files with the same header
            QSettings().setValue(key, map);
        emit imported(*preview.savedInspection());
        return preview.savedInspection();
    }
}

} // namespace rectrack::ui
