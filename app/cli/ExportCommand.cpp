// rectrack-cli export: a ledger, filtered, as CSV, XLSX, PDF or a Word table.
#include "Commands.h"

#include "export/LedgerExport.h"
#include "services/Ledger.h"
#include "model/Error.h"

#include <QCoreApplication>

namespace rectrack::cli {

int runExport(Ledger& ledger, const Invocation& in, QTextStream& out) {
    const QString usage = QCoreApplication::translate(
        "rectrack::cli", "用法：rectrack-cli export findings|measures|responsibility --format csv|xlsx|pdf|docx -o 文件 "
                         "[--inspection N] [--round N] [--status 状态] [--state 时限状态] [--search 文字]");
    if (in.args.size() != 1 || in.value("output").isEmpty())
        throw UsageError{usage};
    const auto kind = parseLedgerKind(in.args[0]);
    const auto format = parseTableFormat(in.value("format").isEmpty() ? in.value("output").section(u'.', -1) : in.value("format"));
    if (!kind || !format)
        throw UsageError{usage};
    LedgerFilter filter;
    const auto id = [&](const QString& text, const QString& what) -> std::optional<Id> {
        if (text.isEmpty())
            return std::nullopt;
        bool ok = false;
        const Id value = text.toLongLong(&ok);
        if (!ok || value <= 0)
            throw UsageError{QCoreApplication::translate("rectrack::cli", "%1 应为正整数编号，收到“%2”").arg(what, text)};
        return value;
    };
    filter.inspectionId = id(in.value("inspection"), QStringLiteral("--inspection"));
    filter.roundId = id(in.value("round"), QStringLiteral("--round"));
    for (const QString& code : in.value("status").split(u',', Qt::SkipEmptyParts)) {
        const auto status = parseCode<Status>(code);
        if (!status)
            throw UsageError{QCoreApplication::translate("rectrack::cli", "未知状态“%1”").arg(code)};
        filter.statuses << *status;
    }
    for (const QString& code : in.value("state").split(u',', Qt::SkipEmptyParts)) {
        const auto state = parseCode<DeadlineState>(code);
        if (!state)
            throw UsageError{QCoreApplication::translate("rectrack::cli", "未知时限状态“%1”").arg(code)};
        filter.deadlineStates << *state;
    }
    filter.text = in.value("search");
    const std::optional<int> rows =
        exportLedger(ledger.views(), *kind, filter, *format, in.value("output"),
                     QCoreApplication::translate("rectrack::cli", "截至 %1").arg(ledger.today().toString(Qt::ISODate)));
    out << QCoreApplication::translate("rectrack::cli", "已导出%1 %2 行：%3")
               .arg(ledgerTitle(*kind))
               .arg(rows.value_or(0))
               .arg(in.value("output"))
        << Qt::endl;
    return 0;
}

} // namespace rectrack::cli
