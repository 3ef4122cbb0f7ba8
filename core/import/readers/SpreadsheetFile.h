#pragma once
// A spreadsheet file as an office has it, whatever its name says: told apart by its content, a
// workbook (.xlsx: a zip package), an old Excel or WPS workbook (.xls, .et: a compound file), a
// web page saved as .xls (its tables), or text (CSV, or tab-separated saved as .xls).

#include "Sheet.h"

#include <QByteArray>
#include <QStringList>

namespace rectrack {

struct SpreadsheetRead {
    QList<Sheet> sheets;
    QString format;    // xlsx, xls, html, csv
    QString encoding;  // for text and web pages
    QStringList notes; // what was left out (hidden sheets and rows)
};

// Throws Error(Invalid) saying what to do when the file cannot be read as a spreadsheet.
SpreadsheetRead readSpreadsheet(const QString& fileName, const QByteArray& bytes);

} // namespace rectrack
