#pragma once
// Which findings or measures a ledger view shows, and in what order: plain values that the
// views (storage), the filter bar (ui), the exports and the command line all pass around.

#include "domain/Entities.h"
#include "domain/StatusRules.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace rectrack {

struct LedgerFilter {
    std::optional<Id> inspectionId;
    std::optional<Id> roundId;
    std::optional<FindingKind> kind;
    QList<Status> statuses;             // of the finding (问题清单) or of the measure (任务清单)
    std::optional<Id> categoryId;
    std::optional<QString> categoryTitle; // by title, across inspections ("" = no category)
    std::optional<Id> leadUnitId;         // the finding's lead unit only
    std::optional<Id> unitId;           // leads, co-owns, or owns one of the measures
    std::optional<Id> leaderId;         // the finding's leader, or the measure's responsible person
    QList<DeadlineState> deadlineStates;
    QDate deadlineFrom, deadlineTo;     // dated deadlines in this range (inclusive)
    QDate feedbackFrom, feedbackTo;     // the inspection's feedback date in this range
    std::optional<SignOffState> signOff;
    bool reopenedOnly = false;
    QString text;                       // words, all of which must occur (full-text search)

    bool operator==(const LedgerFilter&) const = default;
};

// What a view is sorted by; each compares raw values (dates, codes, numbers), not labels.
// By deadline, undated items come last going up and first going down.
enum class LedgerSort { Natural, Number, Title, Inspection, Status, Deadline, Unit, Person, LatestNote, Updated };

struct LedgerOrder {
    LedgerSort key = LedgerSort::Natural;
    bool descending = false;
};

} // namespace rectrack
