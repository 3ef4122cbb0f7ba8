// rectrack-cli tasks: an inspection's 整改方案 task table (任务分解表), as a Word table with each
// problem merged over its measures, or as XLSX, CSV or a PDF table.
#include "Commands.h"

#include "services/Ledger.h"
#include "services/TaskTable.h"

#include <QCoreApplication>

namespace rectrack::cli {

int runTasks(Ledger& ledger, const Invocation& in, QTextStream& out) {
    const QString usage = QCoreApplication::translate(
        "rectrack::cli", "用法：rectrack-cli tasks 巡察编号 -o 文件.docx|文件.xlsx|文件.csv|文件.pdf [--format 格式]");
    bool ok = false;
    const Id inspection = in.args.size() == 1 ? in.args[0].toLongLong(&ok) : 0;
    if (!ok || inspection <= 0 || in.value("output").isEmpty())
        throw UsageError{usage};
    const TaskTable tasks = loadTaskTable(ledger, inspection);
    if (!writeTaskTable(tasks, in.value("output"), in.value("format")))
        throw UsageError{usage};
    out << QCoreApplication::translate("rectrack::cli", "已导出整改任务分解表 %1 行：%2")
               .arg(tasks.table.rows.size())
               .arg(in.value("output"))
        << Qt::endl;
    return 0;
}

} // namespace rectrack::cli
