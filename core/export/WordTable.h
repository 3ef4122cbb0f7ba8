#pragma once
// A table as a Word document (.docx) in landscape A4: a title (and a subtitle) over a table whose
// header row repeats on every page, columns as wide as the table's columns ask, page numbers at
// the foot. The attachment an office puts under a 整改方案 or a report: the 任务分解表 with one
// problem merged down over the rows of its measures, the three ledgers.

#include "LedgerTable.h"

namespace rectrack {

struct WordTableLayout {
    QString subtitle;
    // Rows of one group (same number) share one cell in each merged column, merged down.
    QList<int> mergedColumns;
    QList<int> groups; // per row; empty: no merging
    // Rows written as one cell across the whole table, in bold: a 方面's heading.
    QList<int> spanningRows;
};

// The document's bytes. Throws Error(Storage) when the package cannot be made.
QByteArray wordTable(const Table& table, const WordTableLayout& layout = {});
// Writes it through a temporary file renamed at the end. Throws Error.
void writeWordTable(const Table& table, const QString& path, const WordTableLayout& layout = {});

} // namespace rectrack
