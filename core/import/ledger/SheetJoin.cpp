#include "SheetJoin.h"

#include "SheetLedger.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace rectrack {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(rectrack::SheetJoin)
};

// The columns a problem brings to each of its rows.
const QList<LedgerField> ProblemFields = {LedgerField::Number, LedgerField::Category, LedgerField::Problem,
                                          LedgerField::Leader};

// The task sheet's column that names the problem: 问题序号, 问题编号, 对应问题, 所属问题.
int referenceColumn(const LedgerColumns& columns) {
    static const QRegularExpression names(QStringLiteral("问题(序号|编号|号)|(对应|所属|针对)问题"));
    for (int c = 0; c < columns.headers.size(); ++c)
        if (names.match(QString(columns.headers[c]).remove(u' ')).hasMatch())
            return c;
    return -1;
}

// A problem's number as a key: its digits (1, 1., （1）, 问题1 are one), else its text.
QString numberKey(const QString& written) {
    QString digits;
    for (QChar c : written)
        if (c.isDigit())
            digits += c;
    if (!digits.isEmpty())
        return QString::number(digits.toLongLong());
    return written.trimmed();
}
} // namespace

std::optional<JoinedSheets> joinProblemsAndTasks(const QList<Sheet>& sheets) {
    const Sheet* problems = nullptr;
    const Sheet* tasks = nullptr;
    std::optional<LedgerColumns> problemColumns, taskColumns;
    int reference = -1;
    int problemsIndex = -1;
    for (const Sheet& sheet : sheets) {
        const std::optional<LedgerColumns> columns = recogniseColumns(sheet);
        if (!columns)
            continue;
        const bool hasProblem = columns->fields.contains(LedgerField::Problem);
        const bool hasMeasure = columns->fields.contains(LedgerField::Measure);
        if (!problems && hasProblem && !hasMeasure) {
            problems = &sheet;
            problemColumns = columns;
            problemsIndex = static_cast<int>(&sheet - sheets.constData());
        } else if (!tasks && hasMeasure) {
            if (const int r = referenceColumn(*columns); r >= 0) {
                tasks = &sheet;
                taskColumns = columns;
                reference = r;
            }
        }
    }
    if (!problems || !tasks)
        return std::nullopt;
    const SheetLedger listed = readSheetLedger(*problems, *problemColumns);
    if (listed.findings.isEmpty())
        return std::nullopt;

    JoinedSheets joined;
    joined.problemsSheet = problems->name;
    joined.tasksSheet = tasks->name;
    joined.problemsIndex = problemsIndex;
    joined.problemsColumns = *problemColumns;
    joined.sheet.name = Text::tr("%1 + %2").arg(problems->name, tasks->name);
    joined.sheet.knowsMerges = tasks->knowsMerges;
    // the columns: the problem's four, then the task sheet's own (its number, the reference and
    // anything about the problem itself left to the 问题清单)
    const int offset = static_cast<int>(ProblemFields.size());
    joined.columns.fields = ProblemFields;
    joined.columns.headers = {fieldKey(LedgerField::Number), fieldKey(LedgerField::Category),
                              fieldKey(LedgerField::Problem), fieldKey(LedgerField::Leader)};
    for (int c = 0; c < taskColumns->fields.size(); ++c) {
        const LedgerField f = taskColumns->fields[c];
        joined.columns.fields << (c == reference || ProblemFields.contains(f) ? LedgerField::Ignored : f);
        joined.columns.headers << taskColumns->headers.value(c);
    }
    joined.columns.headerFirst = joined.columns.headerLast = 0;
    joined.sheet.rows.append({0, joined.columns.headers, {}});

    // the task rows of each problem, in the task sheet's order
    QHash<QString, QList<const SheetRow*>> tasksOf;
    for (int r = taskColumns->headerLast + 1; r < tasks->rows.size(); ++r) {
        const SheetRow& row = tasks->rows[r];
        const QString key = numberKey(row.cells.value(reference));
        if (key.isEmpty())
            continue;
        tasksOf[key] << &row;
    }
    QSet<QString> used;
    for (const SheetFinding& f : listed.findings) {
        const QString key = numberKey(f.number);
        const QString category = f.category ? listed.categories.value(*f.category) : QString();
        const QStringList head{f.number, category, f.title, f.leader};
        const QList<const SheetRow*> rows = used.contains(key) ? QList<const SheetRow*>{} : tasksOf.value(key);
        used.insert(key);
        if (rows.isEmpty()) {
            joined.sheet.rows.append({f.row, head, {}});
            joined.warnings << Text::tr("问题清单第 %1 行的问题在任务清单中没有任务").arg(f.row);
            continue;
        }
        for (const SheetRow* row : rows) {
            QSet<int> merged;
            for (int c : row->mergedFromAbove)
                merged.insert(c + offset);
            joined.sheet.rows.append({row->number, head + row->cells, merged});
        }
    }
    for (int r = taskColumns->headerLast + 1; r < tasks->rows.size(); ++r) {
        const SheetRow& row = tasks->rows[r];
        const QString key = numberKey(row.cells.value(reference));
        if (!key.isEmpty() && !used.contains(key))
            joined.warnings << Text::tr("任务清单第 %1 行的问题序号“%2”在问题清单中没有，未导入")
                                   .arg(row.number)
                                   .arg(row.cells.value(reference));
    }
    return joined;
}

} // namespace rectrack
