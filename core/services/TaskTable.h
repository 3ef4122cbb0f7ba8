#pragma once
// The 整改方案 task table (任务分解表) of one inspection: one row per measure with its problem,
// 责任领导, 牵头单位, 配合单位, 责任人 and 整改时限, a 方面's heading as a row across the table,
// in the order of the bulletin. In Word the problem's cells are merged down over the rows of its
// measures; a spreadsheet repeats them.

#include "domain/Entities.h"
#include "export/WordTable.h"

namespace rectrack {

class Ledger;

struct TaskTable {
    Table table;
    WordTableLayout layout; // merged problem cells and the 方面 rows, for Word
};

// Throws Error (NotFound) when there is no such inspection.
TaskTable loadTaskTable(Ledger& ledger, Id inspectionId);

// Writes it as docx (merged cells), xlsx, csv or pdf, chosen by the file's extension or
// `format`. Throws Error; false when the format is not one of those.
bool writeTaskTable(const TaskTable& tasks, const QString& path, const QString& format = {});

} // namespace rectrack
