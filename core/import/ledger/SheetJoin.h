#pragma once
// A ledger kept as two sheets: a 问题清单 (number, problem, category, leader …) and a 任务清单
// whose rows name the problem they serve by its number (问题序号, 对应问题编号) beside the task,
// its unit, person, deadline and progress. Joined by that number into one sheet a ledger reads:
// each problem followed by its tasks, in the 问题清单's order.

#include "LedgerColumns.h"

#include <QStringList>
#include <optional>

namespace rectrack {

struct JoinedSheets {
    Sheet sheet;            // header row first, then each problem's rows
    LedgerColumns columns;  // of `sheet`
    QString problemsSheet;  // the two sheets' names
    QString tasksSheet;
    int problemsIndex = -1;         // the 问题清单 among the sheets given, and its header: its title
    LedgerColumns problemsColumns;  // and date rows are the ledger's
    QStringList warnings;   // task rows naming no problem of the list, problems without a task
};

// The join of the first sheet that lists problems without tasks and the first that lists tasks
// by their problem's number; nullopt when the workbook has no such pair.
std::optional<JoinedSheets> joinProblemsAndTasks(const QList<Sheet>& sheets);

} // namespace rectrack
