// rectrack-cli forms: each responsible unit's progress form (进展填报表) as XLSX; and import of a
// form a unit sent back (run by `import` when the file is one).
#include "Commands.h"

#include "model/Error.h"
#include "services/Ledger.h"
#include "services/ProgressForms.h"
#include "storage/LedgerViews.h"

#include <QDir>
#include <QFileInfo>

namespace rectrack::cli {

namespace {
std::optional<Id> positiveId(const QString& text, const char* option) {
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const Id value = text.toLongLong(&ok);
    if (!ok || value <= 0)
        throw UsageError{CliText::tr("--%1 应为正整数编号，收到“%2”").arg(QString::fromLatin1(option), text)};
    return value;
}

Unit unitNamed(Ledger& ledger, const QString& nameOrId) {
    const QList<Unit> units = ledger.units().units();
    for (const Unit& u : units)
        if (u.name == nameOrId || QString::number(u.id) == nameOrId)
            return u;
    throw Error(Error::Kind::NotFound, CliText::tr("没有名为“%1”的单位").arg(nameOrId));
}

} // namespace

int runForms(Ledger& ledger, const Invocation& in, QTextStream& out) {
    const QString usage = CliText::tr("用法：rectrack-cli forms [--unit 单位] [--inspection N] [--round N] -o 文件或文件夹\n"
                                      "  有 --unit：该单位的填报表写到文件；没有：每个有未完成措施的单位一份，写到文件夹");
    const QString output = in.value("output");
    if (!in.args.isEmpty() || output.isEmpty())
        throw UsageError{usage};
    LedgerFilter scope;
    scope.inspectionId = positiveId(in.value("inspection"), "inspection");
    scope.roundId = positiveId(in.value("round"), "round");
    if (scope.inspectionId)
        ledger.inspections().inspection(*scope.inspectionId); // NotFound when there is none
    const LedgerViews views = ledger.views();
    if (!in.value("unit").isEmpty()) {
        const Unit unit = unitNamed(ledger, in.value("unit"));
        const int rows = writeProgressForm(views, unit, scope, output);
        out << CliText::tr("已写出%1的进展填报表（%2 条措施）：%3").arg(unit.name).arg(rows).arg(output) << Qt::endl;
        return 0;
    }
    const QList<WrittenForm> written = writeProgressForms(views, ledger.units().units(), scope, output);
    for (const WrittenForm& form : written)
        out << CliText::tr("%1：%2 条措施 → %3").arg(form.unit.name).arg(form.measures).arg(form.path) << Qt::endl;
    out << CliText::tr("共写出 %1 份进展填报表").arg(written.size()) << Qt::endl;
    return 0;
}

int runFormImport(Ledger& ledger, const ReturnedForm& form, const Invocation& in, QTextStream& out) {
    const FormPlan plan = planProgressForm(ledger, form);
    const bool apply = !in.isSet("dry-run") && !plan.changesNothing();
    if (apply)
        Changes::importProgressForm(plan)->apply(ledger);
    if (in.json) {
        QJsonObject json = toJson(plan);
        json.insert(QStringLiteral("applied"), apply);
        printJson(out, json);
        return 0;
    }
    out << formSummary(plan) << Qt::endl;
    for (const FormPlan::Edit& e : plan.edits) {
        if (e.status)
            out << CliText::tr("  第 %1 行 措施“%2”：%3 → %4").arg(e.row).arg(e.measureText, label(e.before), label(*e.status))
                << Qt::endl;
        if (!e.note.isEmpty())
            out << CliText::tr("  第 %1 行 措施“%2”：新进展“%3”").arg(e.row).arg(e.measureText, e.note) << Qt::endl;
    }
    if (!plan.conflicts.isEmpty())
        out << CliText::tr("冲突（未导入，请在台账中核对）：") << Qt::endl;
    for (const FormPlan::Conflict& c : plan.conflicts)
        out << CliText::tr("  第 %1 行 措施“%2”：%3（发出时“%4”，台账中现为“%5”，填报为“%6”）")
                   .arg(c.row)
                   .arg(c.measureText, c.reason, c.sent, c.ledger, c.form)
            << Qt::endl;
    for (const QString& warning : plan.warnings)
        out << CliText::tr("提示：") << warning << Qt::endl;
    if (apply)
        out << CliText::tr("已导入") << Qt::endl;
    else if (plan.changesNothing())
        out << CliText::tr("没有要导入的改动") << Qt::endl;
    else
        out << CliText::tr("未写入（--dry-run）") << Qt::endl;
    return 0;
}

} // namespace rectrack::cli
