#include "SheetLedger.h"

#include "domain/Deadline.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace rectrack {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(rectrack::SheetLedger)
};

// 一、 （一） 1. 1、 （1） ① at the start of a line: an item's number.
const QRegularExpression& itemMark() {
    static const QRegularExpression mark(
        QStringLiteral(R"(^\s*(?:[（(]?[一二三四五六七八九十]+[）)、.．]|[（(]\d{1,2}[）)]|\d{1,2}[.．、)）](?!\d)|[①-⑳])\s*)"));
    return mark;
}

bool isTotal(const QStringList& cells) {
    static const QRegularExpression total(QStringLiteral(R"(^(?:合\s*计|总\s*计|小\s*计)(?:$|[\s:：（(]))"));
    for (const QString& cell : cells)
        if (!cell.trimmed().isEmpty())
            return total.match(cell.trimmed()).hasMatch();
    return false;
}

QString onlyText(const QStringList& cells) {
    QString only;
    for (const QString& cell : cells) {
        const QString t = cell.trimmed();
        if (t.isEmpty())
            continue;
        if (!only.isEmpty() && t != only)
            return QString();
        only = t;
    }
    return only;
}
} // namespace

QStringList splitUnits(const QString& cell) {
    static const QRegularExpression separators(QStringLiteral(R"([、，,；;/／\n]+|\s{2,})"));
    QStringList units;
    for (const QString& part : cell.split(separators, Qt::SkipEmptyParts))
        if (const QString unit = part.trimmed(); !unit.isEmpty() && !units.contains(unit))
            units << unit;
    return units;
}

QStringList splitMeasures(const QString& cell) {
    const QStringList lines = cell.split(u'\n', Qt::SkipEmptyParts);
    QStringList items;
    int marked = 0;
    for (const QString& line : lines) {
        const auto match = itemMark().match(line);
        if (match.hasMatch()) {
            ++marked;
            items << line.mid(match.capturedLength()).trimmed();
        } else if (!items.isEmpty()) {
            items.last() += line.trimmed(); // a numbered item's text wrapped onto another line
        } else {
            items << line.trimmed();
        }
    }
    if (marked < 2) // one measure, whatever its lines
        return cell.trimmed().isEmpty() ? QStringList() : QStringList{cell.trimmed()};
    items.removeAll(QString());
    return items;
}

namespace {
// The leading unit and the co-units: several units in the leading unit's cell (办公室、财务科)
// are the first leading and the rest helping.
std::pair<QString, QStringList> unitsOf(const QString& leadCell, const QString& coCell) {
    QStringList lead = splitUnits(leadCell);
    QStringList co = splitUnits(coCell);
    const QString first = lead.isEmpty() ? QString() : lead.takeFirst();
    for (const QString& unit : lead)
        if (!co.contains(unit))
            co.prepend(unit);
    co.removeAll(first);
    return {first, co};
}

// Who answers for a problem or a measure, by when, and how far it is: its row's cells.
// A 整改时限 that says its kind (限期整改, 立行立改) beside a 时限日期 that gives the date, as the
// program's own 任务清单 writes them: one deadline.
QString deadlineOf(const QString& written, const QString& date) {
    if (date.isEmpty())
        return written;
    const Deadline own = parseDeadline(written);
    if (written.isEmpty() || own.kind == DeadlineKind::None)
        return date;
    if (own.kind == DeadlineKind::Immediate && !own.date.isValid())
        return QStringLiteral("%1（%2）").arg(written, date);
    return written;
}

template <typename Item, typename Value> void assignFrom(Item& item, const Value& value) {
    const auto [lead, others] = unitsOf(value(LedgerField::LeadUnit), value(LedgerField::CoUnits));
    item.leadUnit = lead;
    item.coUnits = others;
    item.person = value(LedgerField::Person);
    item.deadline = deadlineOf(value(LedgerField::Deadline), value(LedgerField::DeadlineDate));
    item.progress = value(LedgerField::Progress);
}
} // namespace

SheetLedger readSheetLedger(const Sheet& sheet, const LedgerColumns& columns) {
    SheetLedger ledger;
    ledger.sheet = sheet.name;
    ledger.columns = columns;
    QHash<LedgerField, int> columnOf;
    for (qsizetype c = 0; c < columns.fields.size(); ++c)
        if (columns.fields[c] != LedgerField::Ignored && !columnOf.contains(columns.fields[c]))
            columnOf.insert(columns.fields[c], static_cast<int>(c));
    std::optional<int> category;
    const auto categoryNamed = [&](QString name) {
        name = name.trimmed();
        if (const auto mark = itemMark().match(name); mark.hasMatch())
            name = name.mid(mark.capturedLength()).trimmed();
        const qsizetype known = ledger.categories.indexOf(name);
        if (known >= 0)
            return static_cast<int>(known);
        ledger.categories << name;
        return static_cast<int>(ledger.categories.size() - 1);
    };

    for (qsizetype r = columns.headerLast + 1; r < sheet.rows.size(); ++r) {
        const SheetRow& row = sheet.rows[r];
        const auto value = [&](LedgerField field) {
            const auto column = columnOf.constFind(field);
            return column == columnOf.constEnd() ? QString() : row.cells.value(*column).trimmed();
        };
        if (std::all_of(row.cells.cbegin(), row.cells.cend(), [](const QString& c) { return c.trimmed().isEmpty(); }))
            continue; // a blank row
        if (isTotal(row.cells)) {
            ledger.skipped << Text::tr("第 %1 行是合计行，未导入").arg(row.number);
            continue;
        }
        const QString problem = value(LedgerField::Problem);
        const QString measure = value(LedgerField::Measure);
        const QString number = value(LedgerField::Number);
        // A category's row: its one text spanning the table (merged across), or standing where
        // no problem or measure is, or a heading (一、…方面) in the problem's column with no measure.
        static const QRegularExpression heading(QStringLiteral(R"(^[一二三四五六七八九十]+[、.．]|方面$)"));
        static const QRegularExpression words(QStringLiteral(R"(\p{Han})"));
        const QString only = onlyText(row.cells);
        const bool categoryRow =
            !only.isEmpty() && only.contains(words) &&
            ((problem == only && measure == only) || (problem.isEmpty() && measure.isEmpty()) ||
             (measure.isEmpty() && problem == only && heading.match(only).hasMatch()));
        if (categoryRow) {
            category = categoryNamed(only);
            continue;
        }
        if (!value(LedgerField::Category).isEmpty())
            category = categoryNamed(value(LedgerField::Category));

        SheetFinding* current = ledger.findings.isEmpty() ? nullptr : &ledger.findings.last();
        const bool newNumber = !number.isEmpty() && (!current || number != current->number);
        const bool newProblem = !problem.isEmpty() && (!current || problem != current->title);
        if (newNumber || newProblem) {
            if (problem.isEmpty()) {
                ledger.warnings << Text::tr("第 %1 行有序号“%2”但没有问题，未导入").arg(row.number).arg(number);
                continue;
            }
            SheetFinding finding;
            finding.row = row.number;
            finding.number = number;
            finding.category = category;
            finding.title = problem;
            finding.leader = value(LedgerField::Leader);
            assignFrom(finding, value);
            finding.outcome = value(LedgerField::Outcome);
            finding.remark = value(LedgerField::Remark);
            ledger.findings.append(finding);
            current = &ledger.findings.last();
        } else if (!current) {
            if (!measure.isEmpty())
                ledger.warnings << Text::tr("第 %1 行有整改措施但前面没有问题，未导入").arg(row.number);
            else
                ledger.skipped << Text::tr("第 %1 行没有问题也没有措施，未导入").arg(row.number);
            continue;
        } else {
            // the same problem on another row: what it adds (an outcome written lower down)
            if (current->outcome.isEmpty())
                current->outcome = value(LedgerField::Outcome);
            if (current->leader.isEmpty())
                current->leader = value(LedgerField::Leader);
        }
        if (measure.isEmpty()) {
            if (problem.isEmpty() && number.isEmpty())
                ledger.skipped << Text::tr("第 %1 行没有问题也没有措施，未导入").arg(row.number);
            continue;
        }
        for (const QString& text : splitMeasures(measure)) {
            // a measure merged over several rows of its own sub-items repeats on the rows below
            // it: where the sheet says which cells are merged, only there; where it cannot (CSV,
            // .xls), the same words right below are taken for the same measure
            const bool below = !current->measures.isEmpty() && current->measures.last().text == text &&
                               current->measures.last().row != row.number;
            const bool repeated = below && (sheet.knowsMerges ? row.mergedFromAbove.contains(columnOf.value(LedgerField::Measure))
                                                              : true);
            if (repeated)
                continue;
            SheetMeasure m;
            m.row = row.number;
            m.text = text;
            assignFrom(m, value);
            m.completedOn = value(LedgerField::CompletedOn);
            current->measures.append(m);
        }
    }
    return ledger;
}

} // namespace rectrack
