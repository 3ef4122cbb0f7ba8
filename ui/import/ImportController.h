#pragma once
// Runs an import for the window: reads and parses the document on a worker thread behind a
// progress dialog the user can cancel, reports a file it cannot read, then opens the preview.

#include <QObject>
#include <QString>
#include <optional>

class QWidget;

namespace rectrack {
class Ledger;
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
    std::optional<qint64> importFile(const QString& path);

signals:
    void imported(qint64 inspectionId);

private:
    Editor& m_editor;
    QWidget* m_window;
};

} // namespace rectrack::ui
