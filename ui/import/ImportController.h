#pragma once
// Runs an import for the window: reads and parses the document on a worker thread behind a
// progress dialog the user can cancel, reports a file it cannot read, then opens the preview.

#include <QObject>
#include <QString>
#include <optional>

class QWidget;

namespace rectrack {
class Ledger;
struct ReturnedForm;
}

namespace rectrack::ui {

class Editor;
class ImportController : public QObject {
    Q_OBJECT
public:
    ImportController(Editor& editor, QWidget* window);

    // Asks for a file, then imports it.
    void chooseAndImport();
    // Imports this file; returns the inspection saved, if the user saved one.
    // A progress form a unit sent back opens its own preview, whose changes are edits, not an
    // inspection: nullopt then.
    std::optional<qint64> importFile(const QString& path);
    // Files dropped on the window, one after another (each its own preview).
    void importFiles(const QStringList& paths);

signals:
    void imported(qint64 inspectionId);

private:
    void importForm(const ReturnedForm& form, const QString& path);

    Editor& m_editor;
    QWidget* m_window;
};

} // namespace rectrack::ui
