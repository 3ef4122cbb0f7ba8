#pragma once
// The totals a bulletin states for the whole inspection, read from its summary prose (not
// from the items): 4方面62个问题195项整改措施, 五方面17项问题56项具体表现160条任务, 已完成整改19个、
// 正在整改6个，整改完成率76%, the people handled by kind (党纪政务处分3人、诫勉2人 …), rules made,
// and money returned, recovered or saved. A count is kept only when a number stands with its
// word: text cut off after a number gives nothing rather than a guess.

#include "ParsedBulletin.h"

namespace rectrack {

// Reads `summary` (the bulletin's text outside its items) into `totals`; a key already set
// is kept (the first statement wins).
void readStatedTotals(const QString& summary, StatedTotals& totals);

// What a key means, in words: "反馈问题", "挽回经济损失（万元）" — for the JSON and the preview.
QString statedTotalLabel(const QString& key);

} // namespace rectrack
