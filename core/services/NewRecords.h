#pragma once
// What a new record starts with when a user asks for one, decided here rather than in a
// window: a finding is numbered after the last of its kind in its inspection; a measure takes
// its finding's lead unit and deadline. And the office settings the program reads, typed.

#include "domain/Entities.h"
#include "storage/sqlite/Backup.h"

namespace rectrack {

class Ledger;

// A new finding (问题 or 意见建议) of the inspection, in the category given.
Finding newFinding(Ledger& ledger, Id inspectionId, FindingKind kind, OptionalId categoryId);
// A new measure of the finding.
Measure newMeasure(Ledger& ledger, Id findingId);

// The scheduled backups' interval and how many are kept (settings backup.interval_hours and
// backup.keep), within sensible bounds whatever the stored text says.
Backup::Policy backupPolicy(Ledger& ledger);

} // namespace rectrack
