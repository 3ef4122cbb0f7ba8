#pragma once
// The tables of a web page or of an "Excel" file that is a web page (what many office systems
// export as .xls), each as a sheet of cell text, read through Qt's HTML reader (QTextDocument):
// a cell spanning rows or columns gives its text to each place it covers, as a merged area of a
// workbook does; nested tables are read as tables of their own.

#include "Sheet.h"

#include <QByteArray>

namespace rectrack {

// Whether the bytes look like HTML (a page saved as .xls or .et).
bool looksLikeHtml(const QByteArray& bytes);

// Each table with at least two rows; `encoding` gets the charset the bytes were read in.
QList<Sheet> readHtmlTables(const QByteArray& bytes, QString* encoding = nullptr);

} // namespace rectrack
