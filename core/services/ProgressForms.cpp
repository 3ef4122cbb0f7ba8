#include "ProgressForms.h"

#include "Ledger.h"
#include "domain/Deadline.h"
#include "export/TableWriters.h"
#include "import/readers/SpreadsheetFile.h"
#include "model/Error.h"
#include "storage/LedgerViews.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QSet>

namespace rectrack {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(rectrack::ProgressForms)
};

QString excerpt(const QString& text) {
    const QString flat = QString(text).replace(u'\n', u' ').simplified();
    return flat.size() > 40 ? flat.left(39) + u'…' : flat;
}

// The unit answerable for a measure: its own, else its finding's lead unit (as the 任务清单's
// unit filter has it).
OptionalId responsibleUnit(const Measure& measure, const Finding& finding) {
    return measure.unitId ? measure.unitId : finding.leadUnitId;
}
} // namespace

Table progressFormTable(const LedgerViews& views, const Unit& unit, const LedgerFilter& scope) {
    Table table;
    table.title = Text::tr("%1进展填报表").arg(unit.name);
    table.columns = {{Text::tr("序号"), TableColumn::Type::Text, 8},
                     {Text::tr("巡察"), TableColumn::Type::Text, 20},
                     {Text::tr("问题"), TableColumn::Type::Text, 36},
                     {Text::tr("整改措施"), TableColumn::Type::Text, 40},
                     {Text::tr("责任人"), TableColumn::Type::Text, 10},
                     {Text::tr("整改时限"), TableColumn::Type::Text, 14}};
    TableColumn progress{ProgressFormLayout::progressHeader(), TableColumn::Type::Text, 40};
    progress.editable = true;
    TableColumn status{ProgressFormLayout::statusHeader(), TableColumn::Type::Text, 14};
    status.editable = true;
    status.choices = ProgressFormLayout::statusChoices();
    TableColumn completed{ProgressFormLayout::completedHeader(), TableColumn::Type::Date, 14};
    completed.editable = true;
    TableColumn key{ProgressFormLayout::keyHeader(), TableColumn::Type::Text, 10};
    key.hidden = true;
    table.columns << progress << status << completed << key;

    LedgerFilter filter = scope;
    filter.unitId = unit.id;
    filter.statuses = {Status::NotStarted, Status::InProgress};
    views.eachMeasure(filter, LedgerOrder{}, [&](const QList<MeasureListRow>& rows) {
        for (const MeasureListRow& r : rows) {
            const Measure& m = r.row.measure;
            const FormKey formKey{m.id, m.rowVersion, unit.id, m.status};
            table.rows.append(QVariantList{r.findingNumber.isEmpty() ? QString() : r.findingNumber + u'-' + QString::number(m.sortOrder),
                                           r.inspectionTitle, r.findingTitle, m.text, r.row.personName,
                                           m.deadline.displayText(), QString(), label(m.status), QDate(), formKey.text()});
        }
        return true;
    });
    return table;
}

int writeProgressForm(const LedgerViews& views, const Unit& unit, const LedgerFilter& scope, const QString& path) {
    const Table table = progressFormTable(views, unit, scope);
    if (table.rows.isEmpty())
        throw Error(Error::Kind::NotFound, Text::tr("%1没有未完成的整改措施，不需要填报表。").arg(unit.name));
    writeXlsx(table, path);
    return static_cast<int>(table.rows.size());
}

QString progressFormFileName(const QString& unitName) {
    QString name = unitName;
    for (QChar& c : name)
        if (QStringView(u"/\\:*?\"<>|").contains(c))
            c = u'_';
    return Text::tr("%1进展填报表.xlsx").arg(name);
}

QList<WrittenForm> writeProgressForms(const LedgerViews& views, const QList<Unit>& units, const LedgerFilter& scope,
                                      const QString& folder) {
    if (!QDir().mkpath(folder) || !QFileInfo(folder).isDir())
        throw Error(Error::Kind::Invalid, Text::tr("%1 不是文件夹，也无法创建：各单位的填报表要放进一个文件夹").arg(folder));
    QList<WrittenForm> written;
    for (const Unit& unit : units) {
        const Table table = progressFormTable(views, unit, scope);
        if (table.rows.isEmpty())
            continue;
        const QString path = QDir(folder).filePath(progressFormFileName(unit.name));
        writeXlsx(table, path);
        written.append({unit, path, static_cast<int>(table.rows.size())});
    }
    return written;
}

std::optional<ReturnedForm> readProgressFormFile(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != u"xlsx" && suffix != u"xlsm" && suffix != u"xls" && suffix != u"et") // as WPS may save it again
        return std::nullopt;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Error::Kind::Invalid, Text::tr("无法读取 %1：%2").arg(path, file.errorString()));
    return readReturnedForm(Workbook{readSpreadsheet(path, file.readAll()).sheets, {}, 0});
}

int FormPlan::statusChanges() const {
    return static_cast<int>(std::count_if(edits.cbegin(), edits.cend(), [](const Edit& e) { return e.status.has_value(); }));
}

int FormPlan::newNotes() const {
    return static_cast<int>(std::count_if(edits.cbegin(), edits.cend(), [](const Edit& e) { return !e.note.isEmpty(); }));
}

FormPlan planProgressForm(Ledger& ledger, const ReturnedForm& form) {
    FormPlan plan;
    plan.sheet = form.sheet;
    plan.warnings = form.warnings;
    if (form.rows.isEmpty())
        throw Error(Error::Kind::Invalid, Text::tr("表“%1”像是进展填报表，但没有一行带校验键：无法导入。").arg(form.sheet));
    // the form's unit: the one its keys name (a copied row of another unit's form is left out)
    QHash<Id, int> units;
    for (const ReturnedRow& row : form.rows)
        ++units[row.key.unit];
    Id unitId = form.rows.first().key.unit;
    for (auto it = units.cbegin(); it != units.cend(); ++it)
        if (it.value() > units.value(unitId))
            unitId = it.key();
    try {
        plan.unit = ledger.units().unit(unitId);
    } catch (const Error&) {
        throw Error(Error::Kind::Invalid, Text::tr("这份进展填报表是为本台账中没有的单位（编号 %1）制作的：它可能来自另一份台账。").arg(unitId));
    }

    QSet<Id> seen;
    QHash<Id, QList<ProgressNote>> notesOfFinding;
    for (const ReturnedRow& row : form.rows) {
        if (row.key.unit != unitId) {
            plan.warnings << Text::tr("第 %1 行是另一个单位的填报表中的行，未导入。").arg(row.row);
            continue;
        }
        if (seen.contains(row.key.measure)) {
            plan.warnings << Text::tr("第 %1 行重复了前面的一行（同一条措施），未导入。").arg(row.row);
            continue;
        }
        seen.insert(row.key.measure);
        const std::optional<Status> returned = statusOfFormWords(row.statusWords);
        if (!row.statusWords.isEmpty() && !returned)
            plan.warnings << Text::tr("第 %1 行的整改状态“%2”认不出（可选：%3），状态未改。")
                                 .arg(row.row)
                                 .arg(row.statusWords, ProgressFormLayout::statusChoices().join(QStringLiteral("、")));
        const bool statusTouched = returned && *returned != row.key.sent;
        if (!statusTouched && row.progress.isEmpty() && row.completedText.isEmpty())
            continue; // nothing filled in

        FormPlan::Conflict conflict;
        conflict.row = row.row;
        conflict.measure = row.key.measure;
        conflict.sent = label(row.key.sent);
        conflict.form = returned ? label(*returned) : row.statusWords;
        Measure measure;
        Finding finding;
        try {
            measure = ledger.findings().measure(row.key.measure);
            finding = ledger.findings().finding(measure.findingId);
        } catch (const Error& e) {
            if (e.kind() != Error::Kind::NotFound)
                throw;
            conflict.reason = Text::tr("填报表发出后，这条措施已从台账中删除。");
            plan.conflicts << conflict;
            continue;
        }
        conflict.measureText = excerpt(measure.text);
        conflict.ledger = label(measure.status);
        if (responsibleUnit(measure, finding) != OptionalId(unitId)) {
            conflict.reason = Text::tr("填报表发出后，这条措施已改由其他单位负责。");
            plan.conflicts << conflict;
            continue;
        }

        FormPlan::Edit edit;
        edit.row = row.row;
        edit.measure = measure.id;
        edit.finding = measure.findingId;
        edit.seenVersion = measure.rowVersion;
        edit.measureText = conflict.measureText;
        edit.before = measure.status;
        if (statusTouched && measure.status != *returned) {
            if (measure.rowVersion != row.key.version) {
                conflict.reason = Text::tr("填报表发出后，台账中这条措施已被修改：状态未改，请核对后在台账中处理。");
                plan.conflicts << conflict;
            } else {
                edit.status = *returned;
            }
        }
        if (!row.completedText.isEmpty()) {
            const Deadline date = parseDeadline(row.completedText);
            if (date.kind != DeadlineKind::Date || !date.date.isValid())
                plan.warnings << Text::tr("第 %1 行的完成日期“%2”读不出，按导入当天记。").arg(row.row).arg(row.completedText);
            else if (returned != Status::Completed)
                plan.warnings << Text::tr("第 %1 行填了完成日期，但状态不是“已完成”：完成日期未用。").arg(row.row);
            else
                edit.completedOn = date.date;
        }
        if (!row.progress.isEmpty()) {
            if (!notesOfFinding.contains(finding.id))
                notesOfFinding.insert(finding.id, ledger.activity().notes(finding.id));
            const QList<ProgressNote>& notes = notesOfFinding[finding.id];
            const bool known = std::any_of(notes.cbegin(), notes.cend(), [&](const ProgressNote& n) {
                return n.measureId == OptionalId(measure.id) && n.text.trimmed() == row.progress;
            });
            if (!known)
                edit.note = row.progress;
        }
        if (edit.status || !edit.note.isEmpty())
            plan.edits << edit;
    }
    return plan;
}

void applyProgressForm(Ledger& ledger, const FormPlan& plan) {
    ledger.rows().atomically([&] {
        for (const FormPlan::Edit& edit : plan.edits) {
            if (edit.status) {
                const Measure now = ledger.findings().measure(edit.measure);
                if (now.rowVersion != edit.seenVersion)
                    throw Error(Error::Kind::Conflict,
                                Text::tr("措施“%1”在预览之后被修改了：填报表未导入，请重新导入以查看最新的对比。").arg(edit.measureText));
                ledger.findings().setMeasureStatus(edit.measure, *edit.status,
                                                   edit.completedOn.isValid() ? edit.completedOn : ledger.recordDay());
            }
            if (!edit.note.isEmpty()) {
                ProgressNote note;
                note.findingId = edit.finding;
                note.measureId = edit.measure;
                note.date = ledger.recordDay();
                note.author = plan.unit.name;
                note.text = edit.note;
                ledger.activity().addNote(note);
            }
        }
    });
}

QString formSummary(const FormPlan& plan) {
    return Text::tr("%1的进展填报表：状态变更 %2 条，新进展 %3 条，冲突 %4 条")
        .arg(plan.unit.name)
        .arg(plan.statusChanges())
        .arg(plan.newNotes())
        .arg(plan.conflicts.size());
}

QJsonObject toJson(const FormPlan& plan) {
    QJsonArray changes;
    for (const FormPlan::Edit& e : plan.edits) {
        if (e.status)
            changes.append(QJsonObject{{QStringLiteral("measure"), e.measure},
                                       {QStringLiteral("row"), e.row},
                                       {QStringLiteral("field"), QStringLiteral("status")},
                                       {QStringLiteral("old"), code(e.before)},
                                       {QStringLiteral("new"), code(*e.status)},
                                       {QStringLiteral("completed_on"), e.completedOn.isValid()
                                                                            ? QJsonValue(e.completedOn.toString(Qt::ISODate))
                                                                            : QJsonValue()}});
        if (!e.note.isEmpty())
            changes.append(QJsonObject{{QStringLiteral("measure"), e.measure},
                                       {QStringLiteral("row"), e.row},
                                       {QStringLiteral("field"), QStringLiteral("progress")},
                                       {QStringLiteral("old"), QJsonValue()},
                                       {QStringLiteral("new"), e.note}});
    }
    QJsonArray conflicts;
    for (const FormPlan::Conflict& c : plan.conflicts)
        conflicts.append(QJsonObject{{QStringLiteral("measure"), c.measure},
                                     {QStringLiteral("row"), c.row},
                                     {QStringLiteral("reason"), c.reason},
                                     {QStringLiteral("sent"), c.sent},
                                     {QStringLiteral("ledger"), c.ledger},
                                     {QStringLiteral("form"), c.form}});
    return QJsonObject{{QStringLiteral("kind"), QStringLiteral("progress_form")},
                       {QStringLiteral("unit"), plan.unit.name},
                       {QStringLiteral("unit_id"), plan.unit.id},
                       {QStringLiteral("changes"), changes},
                       {QStringLiteral("conflicts"), conflicts},
                       {QStringLiteral("warnings"), QJsonArray::fromStringList(plan.warnings)}};
}

namespace Changes {
ChangePtr importProgressForm(FormPlan plan) {
    const QString text = Text::tr("导入%1的进展填报表").arg(plan.unit.name);
    return std::make_unique<RepositoryChange>(text, Operation::EditLedger,
                                              [plan = std::move(plan)](Ledger& ledger, RepositoryChange&) {
                                                  applyProgressForm(ledger, plan);
                                              });
}
} // namespace Changes

} // namespace rectrack
