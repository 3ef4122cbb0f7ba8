#pragma once
// Saves a parsed bulletin as an inspection — round, inspected unit, categories, findings,
// measures, outcomes, deadlines and statuses — in one transaction. The document's content
// hash is kept, so importing the same document again is recognised: it either stops, or
// (when asked) replaces the earlier import's findings in place rather than duplicating them.

#include "domain/Entities.h"
#include "import/ParsedBulletin.h"

#include <QByteArray>

namespace rectrack {

class Ledger;

QString contentHash(const QByteArray& document);


// Writes the bulletin as a new inspection in one transaction and returns its id. Throws
// Error; writes nothing then. A newer version of a bulletin already imported goes through
// BulletinUpdate, which keeps the work done on it.
Id saveBulletin(Ledger& ledger, const ParsedBulletin& bulletin, const QString& sourceHash);

// The pieces an import and an update share.
// The inspection the bulletin describes, over `base`; with createRound, its round and inspected
// unit are found or created (a write), else left as in `base`.
Inspection inspectionFrom(Ledger& ledger, const ParsedBulletin& bulletin, Inspection base, bool createRound);
// `reference`: the day a deadline without its year counts from (ParsedBulletin::deadlineReference).
Finding findingFrom(const ParsedFinding& parsed, Id inspectionId, const QList<Id>& categoryIds, QDate reference = {});
Measure measureFrom(const QString& text, Id findingId, const Finding& finding);
// A ledger sheet's measure details over `m`: its own unit and person (found by name, or added),
// its deadline, its status (when the sheet says any measure's progress) and completion date.
void applyMeasureDetails(Ledger& ledger, Measure& m, const ParsedMeasure& details, bool progressSaid, QDate reference);
// Whether a sheet's problem says the progress of any of its measures.
bool saysProgress(const ParsedFinding& parsed);
Id addParsedFinding(Ledger& ledger, const ParsedFinding& parsed, Id inspectionId, const QList<Id>& categoryIds,
                    QDate reference = {});

} // namespace rectrack
