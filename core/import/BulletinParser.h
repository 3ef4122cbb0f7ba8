#pragma once
// Reads a rectification bulletin (整改情况通报) or a feedback list, as text, into a
// ParsedBulletin: the inspection, categories, findings with measures and outcomes, statuses,
// the totals stated in the prose, and warnings wherever the text and the parse disagree.
// It never invents items to make numbers agree.

#include "ParsedBulletin.h"

namespace rectrack {

ParsedBulletin parseBulletin(const QString& text, const BulletinReading& reading = {});

} // namespace rectrack
