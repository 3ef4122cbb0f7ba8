#pragma once
// A bulletin's opening paragraphs read for its inspection: the round (十三届市委第六轮巡察), the
// team (市委第七巡察组, 区委巡察三组, 中央第五巡视组), 巡视 or 巡察, the level, the type, the inspected
// unit, the on-site period and the day the findings were fed back — in any of the ways
// bulletins write them (docs/import.md).

#include "ParsedBulletin.h"

namespace rectrack {

// Fills those fields of `out` (its title already read) from `opening`, adding a warning where
// the text was read other than as written.
void readBulletinOpening(const QString& opening, ParsedBulletin& out);

} // namespace rectrack
