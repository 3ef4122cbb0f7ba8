#pragma once
// Edits of many findings or measures at once (a multi-selection in a ledger), each one
// transaction through the repositories, so every item gets its history entries and a
// refused item leaves all of them as they were. Each returns what the items were before,
// for undo.

#include "domain/Entities.h"

namespace rectrack {

class Ledger;

enum class ItemKind { Finding, Measure };

struct BulkSnapshot {
    QList<Finding> findings;
    QList<Measure> measures; // the measures edited, or closed along with their findings
    // The same items right after the edit: an undo finding them otherwise has been overtaken.
    QList<Finding> findingsAfter;
    QList<Measure> measuresAfter;
};

namespace BulkEdit {

// Findings with measures can only be closed in bulk (completed / ongoing closes their open
// measures); their other statuses come from the measures.
BulkSnapshot setStatus(Ledger& ledger, ItemKind kind, const QList<Id>& ids, Status status);
// Findings: lead unit and leader; measures: unit and responsible person. An empty optional
// leaves that field as it is.
BulkSnapshot reassign(Ledger& ledger, ItemKind kind, const QList<Id>& ids, std::optional<Id> unitId,
                      std::optional<Id> personId);
// With a reason, each deadline that changes is recorded as an extension (old, new, reason).
BulkSnapshot setDeadline(Ledger& ledger, ItemKind kind, const QList<Id>& ids, const Deadline& deadline,
                         const QString& reason);
// Writes the snapshot back (the undo of any of the above). Throws Error(Conflict) and writes
// nothing when someone else has changed one of the items since the edit.
void restore(Ledger& ledger, const BulkSnapshot& before);

} // namespace BulkEdit
} // namespace rectrack
