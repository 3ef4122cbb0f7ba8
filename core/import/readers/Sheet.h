#pragma once
// A table as an office's ledger holds it, whatever it came from (an .xlsx sheet, a CSV file, a
// table in a Word or HTML document): rows of cell text, numbered as in the source.

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace rectrack {

struct SheetRow {
    int number = 0;    // the row's number in its source (1 = the first); hidden rows are left out
    QStringList cells; // from the first column; empty text for an empty cell, none after the last filled
    QSet<int> mergedFromAbove; // columns whose text is a merged area's (or a row-spanning cell's) from a row above
};

struct Sheet {
    QString name;
    QList<SheetRow> rows; // the rows that hold anything, in order
    // Whether the source says which cells are merged (a workbook, a web page's table), so that a
    // row without mergedFromAbove repeats nothing; a CSV file or an old .xls does not.
    bool knowsMerges = false;
};

} // namespace rectrack
