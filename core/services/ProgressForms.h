#pragma once
// The progress form round trip (进展填报表): the office sends each responsible unit a workbook of
// that unit's open measures (ProgressFormSheet.h lays it out); the unit fills in this period's
// progress, the status and the completion date and sends it back; importing it applies only
// what the unit changed, as edits with history: a status change and a progress note per row,
// the note under the unit's name. A row whose measure was changed in the ledger after the form
// was made is a conflict, shown and not applied; a form imported twice changes nothing the
// second time.

#include "changes/LedgerChanges.h"
#include "export/LedgerTable.h"
#include "import/ledger/ProgressFormSheet.h"

#include <QJsonObject>

namespace rectrack {

class Ledger;
class LedgerViews;

// The form of one unit: its measures still open (未启动, 正在推进) within `scope` (an
// inspection, a round, or all), in ledger order. Reads only.
Table progressFormTable(const LedgerViews& views, const Unit& unit, const LedgerFilter& scope);
// Writes the form to `path` (XLSX, whole or not at all). Returns the number of measures in it.
int writeProgressForm(const LedgerViews& views, const Unit& unit, const LedgerFilter& scope, const QString& path);

// A unit's form's file name, 财务科进展填报表.xlsx (what a file system refuses becomes _).
QString progressFormFileName(const QString& unitName);
struct WrittenForm {
    Unit unit;
    QString path;
    int measures = 0;
};
// The form of every unit of `units` with open measures, each read once and written into `folder`
// (made when missing) under progressFormFileName. Throws Error (the folder cannot be made, a
// file cannot be written).
QList<WrittenForm> writeProgressForms(const LedgerViews& views, const QList<Unit>& units, const LedgerFilter& scope,
                                      const QString& folder);

// The returned form in the file at `path`, or nullopt when the file is not a progress form (a
// ledger workbook, a bulletin: imported as those). Throws Error when it cannot be read.
std::optional<ReturnedForm> readProgressFormFile(const QString& path);

struct FormPlan {
    struct Edit {
        int row = 0;               // in the returned sheet
        Id measure = 0;
        Id finding = 0;
        int seenVersion = 0;       // the measure's row_version when planned: checked again on apply
        QString measureText;
        std::optional<Status> status; // a status change: to this
        Status before = Status::NotStarted;
        QDate completedOn;         // with a change to 已完成: the date the unit gave (else the day of import)
        QString note;              // a progress note to add
    };
    struct Conflict {
        int row = 0;
        Id measure = 0;
        QString measureText;
        QString reason;
        QString sent;   // the status when the form was made
        QString ledger; // the status now
        QString form;   // what the unit returned
    };
    Unit unit;
    QString sheet;
    QList<Edit> edits;
    QList<Conflict> conflicts;
    QStringList warnings;

    int statusChanges() const;
    int newNotes() const;
    bool changesNothing() const { return edits.isEmpty(); }
};

// What importing the returned form would change. Reads only. Throws Error(Invalid) when the
// form names no unit of this ledger.
FormPlan planProgressForm(Ledger& ledger, const ReturnedForm& form);
// Applies the plan's edits in one transaction; a measure changed since the plan was made
// refuses the whole import (Error Conflict), writing nothing.
void applyProgressForm(Ledger& ledger, const FormPlan& plan);

// 财务科的进展填报表：状态变更 2 条，新进展 3 条，冲突 1 条
QString formSummary(const FormPlan& plan);
// import --json of a form: changes [{measure, field, old, new}], conflicts, warnings.
QJsonObject toJson(const FormPlan& plan);

namespace Changes {
// applyProgressForm as one change: undone as a whole.
ChangePtr importProgressForm(FormPlan plan);
} // namespace Changes

} // namespace rectrack
