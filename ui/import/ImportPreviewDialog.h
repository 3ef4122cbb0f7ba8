#pragma once
// The import preview: what the parser found in a document, every field editable, the
// warnings, and the source text with the selected item highlighted. Saving applies the import
// as one change (undone as a whole with Ctrl+Z); a document imported before is recognised by
// its content hash and can update that import instead of duplicating it.

#include "import/ParsedBulletin.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace rectrack {
class Ledger;
}

namespace rectrack::ui {

class Editor;
class OptionalDateEdit;
class ReadingPanel;

class ImportPreviewDialog : public QDialog {
    Q_OBJECT
public:
    ImportPreviewDialog(Editor& editor, ParsedBulletin bulletin, QString sourceHash,
                        QString fileName, QWidget* parent = nullptr);

    // The inspection written by Save (valid once the dialog was accepted).
    std::optional<qint64> savedInspection() const { return m_saved; }
    // The bulletin with the user's edits applied.
    ParsedBulletin editedBulletin() const;
    QTreeWidget* tree() const { return m_tree; }

    // Writes it; returns false (and says why) when core refused. Public for tests.
    bool save();

    // The dialog's result when the user asked to read a ledger sheet again with other columns
    // (各列含义…); requestedMap() is the mapping, as --map takes it.
    static constexpr int RereadRequested = 2;
    const QString& requestedMap() const { return m_requestedMap; }
    // Opens 各列含义… (a ledger sheet only). Public for tests.
    void chooseColumns();

    // Reads the document again as the reading panel says (问题所在层级, marks). Public for tests.
    void readAgain();
    ReadingPanel* readingPanel() const { return m_readingPanel; }

private:
    void fillTree();
    void fillWarnings();
    void showSource(QTreeWidgetItem* item);
    QWidget* makeItemEditor();
    void showItem(QTreeWidgetItem* item);

    Editor& m_editor;
    rectrack::Ledger& m_ledger;
    ParsedBulletin m_bulletin;
    QString m_hash;
    QString m_requestedMap;
    std::optional<qint64> m_saved;
    QLineEdit* m_title;
    QLineEdit* m_round;
    QLineEdit* m_team;
    QLineEdit* m_unit;
    QLineEdit* m_type;
    OptionalDateEdit* m_start;
    OptionalDateEdit* m_end;
    OptionalDateEdit* m_feedback;
    QLineEdit* m_issuingBody;
    OptionalDateEdit* m_published;
    QPlainTextEdit* m_contact;
    QComboBox* m_kindOfInspection;
    QLineEdit* m_level;
    QPlainTextEdit* m_organisation;
    QPlainTextEdit* m_nextSteps;
    // the selected finding
    int m_current = -1;
    QTreeWidgetItem* m_currentItem = nullptr;
    QWidget* m_itemEditor = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_status = nullptr;
    QLineEdit* m_deadline = nullptr;
    QPlainTextEdit* m_outcomes = nullptr;
    QPlainTextEdit* m_difficulties = nullptr;
    QLabel* m_itemWarnings = nullptr;
    QLabel* m_summary;
    QTreeWidget* m_tree;
    QListWidget* m_warnings;
    QPlainTextEdit* m_source;
    ReadingPanel* m_readingPanel;
};

} // namespace rectrack::ui
