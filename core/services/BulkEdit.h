#pragma once
// Edits of many findings or measures at once (a multi-selection in a ledger), each one
// transaction through the repositories, so every item gets its history entries and a
// refused item leaves all of them as they were. Front ends apply them as changes
// (Changes::bulkSetStatus …), whose inverse is the undo.

#include "domain/Entities.h"

namespace rectrack {

class Ledger;

enum class ItemKind { Finding, Measure };

namespace BulkEdit {

// Findings with measures can only be closed in bulk (completed / ongoing closes their open
// measures); their other statuses come from the measures.
void setStatus(Ledger& ledger, ItemKind kind, const QList<Id>& ids, Status status);
// Findings: lead unit and leader; measures: unit and responsible person. An empty optional
// leaves that field as it is.
void reassign(Ledger& ledger, ItemKind kind, const QList<Id>& ids, std::optional<Id> unitId,
              std::optional<Id> personId);
// With a reason, each deadline that changes is recorded as an extension (old, new, reason).
void setDeadline(Ledger& ledger, ItemKind kind, const QList<Id>& ids, const Deadline& deadline,
                 const QString& reason);

} // namespace BulkEdit
} // namespace rectrack
