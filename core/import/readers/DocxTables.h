#pragma once
// The tables of a Word document (.docx), each as a sheet of cell text: the 任务分解表 of a
// 整改方案, a bulletin's table of problems. A cell merged down (w:vMerge) gives its text to each
// row it covers, marked as merged; a cell spanning columns (w:gridSpan) stands in its first
// column; a table inside a cell adds its text to that cell.

#include "Sheet.h"

#include <QByteArray>

namespace rectrack {

// Each top-level table with at least two rows. Throws Error(Invalid) when the package or its
// XML is damaged, as the Word reader does.
QList<Sheet> readDocxTables(const QByteArray& bytes);

} // namespace rectrack
