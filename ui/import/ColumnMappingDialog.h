#pragma once
// 各列含义: what each column of a ledger sheet was taken for, column by column, as the import
// read it; the user changes what is wrong, and the sheet is read again that way.

#include <QDialog>

class QTableWidget;

namespace rectrack::ui {

class ColumnMappingDialog : public QDialog {
    Q_OBJECT
public:
    // `headers` and `fields` (field keys) per column, as ParsedBulletin::sheetHeaders and
    // sheetFields give them.
    ColumnMappingDialog(const QStringList& headers, const QStringList& fields, QWidget* parent = nullptr);

    // Every column's field as `--map` takes it: A=number,B=title,C=ignored,…
    QString mapText() const;
    // Sets column `column`'s field by its key (for tests, as a user choosing in its list).
    void choose(int column, const QString& fieldKey);

private:
    QTableWidget* m_table;
};

} // namespace rectrack::ui
