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

// Turns 整改时限 as written into a deadline: 立行立改, 长期坚持, 持续推进, or a date
// ("2025年12月底" → 2025-12-31, "2025年6月30日", "2025-06-30").
Deadline parseDeadline(const QString& text);

// Writes the bulletin; with `replace`, the findings and categories of that inspection are
// replaced and its fields updated. Returns the inspection's id. Throws Error; writes nothing
// then.
Id saveBulletin(Ledger& ledger, const ParsedBulletin& bulletin, const QString& sourceHash,
                std::optional<Id> replace = {});

} // namespace rectrack
