#pragma once
// The progress form (进展填报表) an office sends each responsible unit, as the writer lays it out
// and as it comes back: one row per open measure, the fields the unit may not change locked, a
// column each for this period's progress, the status and the completion date, and a hidden key
// per row naming the measure, the version of it the form was made from and what its status was.
//
// The key is what lets a returned form be applied as edits: the columns are found again by their
// header words, so a form whose columns were moved, or that WPS saved again, still reads. It is
// not a seal: every change a form brings is previewed and recorded under the user who imports it.

#include "domain/Entities.h"
#include "import/readers/XlsxReader.h"

#include <QStringList>

#include <optional>

namespace rectrack {

// The hidden key of one row: "rectrack-form/1 m=12 v=3 u=4 s=in_progress".
struct FormKey {
    Id measure = 0;
    int version = 0;   // the measure's row_version when the form was made
    Id unit = 0;       // the unit the form was made for
    Status sent = Status::NotStarted; // the measure's status then

    QString text() const;
    static std::optional<FormKey> parse(const QString& text);
    bool operator==(const FormKey&) const = default;
};

namespace ProgressFormLayout {
// The header words of the columns the unit fills in, and of the key; the reader finds the
// columns by these.
QString progressHeader();
QString statusHeader();
QString completedHeader();
QString keyHeader();
// The words the status list offers: the statuses' labels.
QStringList statusChoices();
} // namespace ProgressFormLayout

// One row as the unit returned it.
struct ReturnedRow {
    int row = 0;          // its number in the sheet
    FormKey key;
    QString progress;     // this period's progress, as written
    QString statusWords;  // the status cell, as written
    QString completedText;
};

struct ReturnedForm {
    QString sheet;
    QList<ReturnedRow> rows;
    QStringList warnings; // rows without a key that hold something, keys that do not read
};

// The first sheet of `workbook` laid out as a progress form (a header with the key column), or
// nullopt when it has none: then the workbook is a ledger, not a form.
std::optional<ReturnedForm> readReturnedForm(const Workbook& workbook);

// A status cell's words as a status: the list's labels (in Chinese or the translation), else
// the words offices write (已完成, 推进中 …); nullopt when they say none.
std::optional<Status> statusOfFormWords(const QString& words);

} // namespace rectrack
