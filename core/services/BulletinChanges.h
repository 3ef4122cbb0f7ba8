#pragma once
// An import as one change (changes/Change.h): a bulletin saved as a new inspection, or an
// earlier import updated from a newer version of its file, each applied in one transaction,
// announced, and undone as a whole (the inspection and everything the import made go; an
// update's edits, additions and removals are taken back), checked against what others did
// since. The window's undo stack and the command line apply the same objects.

#include "changes/LedgerChanges.h"
#include "services/BulletinUpdate.h"

namespace rectrack::Changes {

// BulletinImport's saveBulletin as a change; createdIn("inspections") is the new inspection.
ChangePtr importBulletin(ParsedBulletin bulletin, QString sourceHash);
// BulletinUpdate's applyBulletinUpdate as a change.
ChangePtr updateFromBulletin(UpdatePlan plan, ParsedBulletin bulletin, QString sourceHash,
                             ConfirmedRemovals confirmed);

} // namespace rectrack::Changes
