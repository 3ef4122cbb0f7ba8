#include "TaskTable.h"

#include "BulletinSource.h"
#include "Ledger.h"
#include "export/TableWriters.h"
#include "storage/HistoryAnchor.h"


namespace rectrack {

namespace {
// The table goes into an office's own documents: its words are Chinese whatever the interface
// language, as the bulletin's are.
enum Column { NumberColumn, ProblemColumn, MeasureColumn, LeaderColumn, LeadUnitColumn, CoUnitsColumn, PersonColumn, DeadlineColumn, Columns };

QList<TableColumn> taskColumns() {
    return {{QStringLiteral("序号"), TableColumn::Type::Text, 5},     {QStringLiteral("问题"), TableColumn::Type::Text, 34},
            {QStringLiteral("整改措施"), TableColumn::Type::Text, 44}, {QStringLiteral("责任领导"), TableColumn::Type::Text, 10},
            {QStringLiteral("牵头单位"), TableColumn::Type::Text, 14}, {QStringLiteral("配合单位"), TableColumn::Type::Text, 14},
            {QStringLiteral("责任人"), TableColumn::Type::Text, 9},    {QStringLiteral("整改时限"), TableColumn::Type::Text, 12}};
}
} // namespace

TaskTable loadTaskTable(Ledger& ledger, Id inspectionId) {
    const BulletinData data = loadBulletinData(ledger, inspectionId); // its findings in the bulletin's order
    QHash<Id, QString> units, people;
    for (const Unit& unit : ledger.units().units())
        units.insert(unit.id, unit.name);
    for (const Person& person : ledger.units().persons())
        people.insert(person.id, person.name);
    QHash<Id, Category> categories;
    for (const Category& category : ledger.inspections().categories(inspectionId))
        categories.insert(category.id, category);
    const auto nameOf = [](const QHash<Id, QString>& names, const OptionalId& id) {
        return id ? names.value(*id) : QString();
    };

    TaskTable tasks;
    tasks.table.title = QStringLiteral("%1整改任务分解表").arg(data.inspectedUnit.isEmpty() ? QString() : data.inspectedUnit);
    tasks.table.columns = taskColumns();
    tasks.table.anchor = historyHead(ledger.database().connection()).text();
    tasks.layout.subtitle = data.inspection.title;
    tasks.layout.mergedColumns = {NumberColumn, ProblemColumn, LeaderColumn, LeadUnitColumn, CoUnitsColumn};
    OptionalId category;
    bool first = true;
    int group = 0;
    QList<BulletinFinding> ordered; // problems, then the suggestions under a heading of their own
    for (const BulletinFinding& item : data.findings)
        if (item.finding.kind == FindingKind::Problem)
            ordered << item;
    for (const BulletinFinding& item : data.findings)
        if (item.finding.kind == FindingKind::Suggestion)
            ordered << item;
    const auto headingRow = [&tasks](const QString& text) { // across the table, merged with nothing
        QVariantList row(Columns);
        row[NumberColumn] = text;
        tasks.layout.spanningRows << static_cast<int>(tasks.table.rows.size());
        tasks.layout.groups << -1;
        tasks.table.rows << row;
    };
    bool suggestions = false;
    for (const BulletinFinding& item : ordered) {
        const Finding& finding = item.finding;
        if (finding.kind == FindingKind::Suggestion && !suggestions) {
            suggestions = true;
            headingRow(QStringLiteral("意见建议"));
        } else if (finding.kind == FindingKind::Problem && (first || finding.categoryId != category)) {
            first = false;
            category = finding.categoryId;
            if (category && categories.contains(*category)) {
                const Category& c = categories.value(*category);
                headingRow(c.number + c.title);
            }
        }
        QStringList coUnits;
        for (Id id : finding.coUnitIds)
            coUnits << units.value(id);
        QVariantList problem(Columns);
        problem[NumberColumn] = finding.number;
        problem[ProblemColumn] = finding.title;
        problem[LeaderColumn] = nameOf(people, finding.leaderId);
        problem[LeadUnitColumn] = nameOf(units, finding.leadUnitId);
        problem[CoUnitsColumn] = coUnits.join(QStringLiteral("、"));
        problem[DeadlineColumn] = deadlineText(finding.deadline);
        const QList<Measure> measures = ledger.findings().measures(finding.id);
        if (!finding.leadUnitId) { // no leading unit: the units its measures name
            QStringList measureUnits;
            for (const Measure& measure : measures)
                if (measure.unitId && !measureUnits.contains(units.value(*measure.unitId)))
                    measureUnits << units.value(*measure.unitId);
            problem[LeadUnitColumn] = measureUnits.join(QStringLiteral("、"));
        }
        if (measures.isEmpty()) {
            tasks.table.rows << problem;
            tasks.layout.groups << group++;
            continue;
        }
        for (qsizetype i = 0; i < measures.size(); ++i) {
            const Measure& measure = measures[i];
            QVariantList row = problem;
            row[MeasureColumn] = measures.size() > 1 ? QStringLiteral("%1. %2").arg(i + 1).arg(measure.text) : measure.text;
            row[PersonColumn] = nameOf(people, measure.personId);
            if (const QString deadline = deadlineText(measure.deadline); !deadline.isEmpty())
                row[DeadlineColumn] = deadline;
            tasks.table.rows << row;
            tasks.layout.groups << group;
        }
        ++group;
    }
    return tasks;
}

bool writeTaskTable(const TaskTable& tasks, const QString& path, const QString& format) {
    const auto chosen = parseTableFormat(format.isEmpty() ? path.section(u'.', -1) : format);
    if (!chosen)
        return false;
    if (*chosen == TableFormat::Docx)
        writeWordTable(tasks.table, path, tasks.layout);
    else
        writeTable(tasks.table, *chosen, path, tasks.layout.subtitle);
    return true;
}

} // namespace rectrack
