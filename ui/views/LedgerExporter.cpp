#include "LedgerExporter.h"

#include "common/BackgroundRead.h"
#include "export/LedgerExport.h"
#include "services/Ledger.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QProgressDialog>
#include <QTimer>

#include <atomic>
#include <memory>

namespace rectrack::ui {

void exportLedger(QWidget* parent, Ledger& ledger, LedgerKind kind, const LedgerFilter& filter) {
    const QString title = ledgerTitle(kind);
    const QString suggested = QStringLiteral("%1-%2.xlsx").arg(title, ledger.today().toString(QStringLiteral("yyyyMMdd")));
    QString selected;
    const QString path = QFileDialog::getSaveFileName(
        parent, QCoreApplication::translate("rectrack::ui::LedgerExporter", "导出%1").arg(title), suggested,
        QCoreApplication::translate("rectrack::ui::LedgerExporter",
                                    "Excel 工作簿 (*.xlsx);;CSV（UTF-8，Excel 和 WPS 可打开）(*.csv);;PDF 表格 (*.pdf);;"
                                    "Word 表格（横向，表头每页重复）(*.docx)"),
        &selected);
    if (path.isEmpty())
        return;
    const TableFormat format = parseTableFormat(path.section(u'.', -1))
                                   .value_or(selected.contains(QStringLiteral("csv")) ? TableFormat::Csv
                                             : selected.contains(QStringLiteral("pdf"))  ? TableFormat::Pdf
                                             : selected.contains(QStringLiteral("docx")) ? TableFormat::Docx
                                                                                        : TableFormat::Xlsx);
    struct Shared {
        std::atomic<bool> cancel{false};
        std::atomic<int> done{0}, total{0};
        QString error;
    };
    auto shared = std::make_shared<Shared>();
    const QDate today = ledger.today();
    const QString subtitle = QCoreApplication::translate("rectrack::ui::LedgerExporter", "截至 %1").arg(today.toString(Qt::ISODate));

    QProgressDialog progress(QCoreApplication::translate("rectrack::ui::LedgerExporter", "正在导出%1…").arg(title),
                             QCoreApplication::translate("rectrack::ui::LedgerExporter", "取消"), 0, 0, parent);
    progress.setObjectName(QStringLiteral("exportProgressDialog"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    QFutureWatcher<Generational<bool>> watcher;
    QObject::connect(&progress, &QProgressDialog::canceled, &progress, [shared] { shared->cancel = true; });
    QObject::connect(&watcher, &QFutureWatcher<Generational<bool>>::finished, &progress, [&progress] { progress.done(0); });
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, &progress, [&progress, shared] {
        if (shared->total > 0) {
            progress.setMaximum(shared->total);
            progress.setValue(shared->done);
        }
    });
    ticker.start(100);
    watcher.setFuture(readInBackground(ledger.readingSource(), 0, [=](const LedgerReading& reading) {
        const LedgerViews& views = reading.views();
        try {
            return exportLedger(views, kind, filter, format, path, subtitle, [shared](int done, int total) {
                       shared->done = done;
                       shared->total = total;
                       return !shared->cancel;
                   }).has_value();
        } catch (const Error& e) {
            shared->error = e.message();
            return false;
        }
    }));
    if (!watcher.isFinished()) // else its finished signal is already on its way, or passed
        progress.exec();
    watcher.waitForFinished();
    const Generational<bool> result = watcher.result();
    if (result.value)
        QMessageBox::information(parent, QCoreApplication::translate("rectrack::ui::LedgerExporter", "导出完成"),
                                 QCoreApplication::translate("rectrack::ui::LedgerExporter", "已导出到 %1").arg(path));
    else if (!shared->cancel)
        QMessageBox::warning(parent, QCoreApplication::translate("rectrack::ui::LedgerExporter", "导出失败"),
                             shared->error.isEmpty() ? QCoreApplication::translate("rectrack::ui::LedgerExporter", "无法读取台账")
                                                     : shared->error);
}

} // namespace rectrack::ui
