#pragma once
// An Excel or WPS workbook (.xlsx) as the office's ledger keeps it: each visible sheet as rows of
// cell text, read from the package's XML (libzip + QXmlStreamReader). Shared and inline strings;
// numbers as Excel shows them in General; a date cell (a serial number with a date format) as
// yyyy-MM-dd; a formula's cached value (never evaluated); a merged area's value in each of its
// cells (a problem spanning its measures' rows, a category row spanning the table); hidden rows
// and sheets left out. A file that is not a workbook (an old .xls or WPS .et, a password-protected
// workbook, a Word file renamed) is refused with what to do; so is a sheet of a million rows or
// more, or XML that inflates past its limit.

#include "Sheet.h"

#include <QByteArray>

namespace rectrack {

struct Workbook {
    QList<Sheet> sheets;        // the visible ones, in the workbook's order
    QStringList hiddenSheets;   // their names, left out
    int hiddenRows = 0;         // rows left out across the visible sheets
};

Workbook readXlsx(const QByteArray& bytes);

// "B12" → column 1 (from 0) and row 12; nullopt-like (-1) for a reference that is not one.
std::pair<int, int> cellPosition(QStringView reference);

} // namespace rectrack
