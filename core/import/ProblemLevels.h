#pragma once
// Which numbering level of a bulletin holds its problems, and which their categories: the
// deepest level (above （1）) whose headings name problems (关于“…”问题的整改, 关于…的问题,
// 反馈问题一：) or are followed by 整改措施：; else the deepest whose headings carry a body of
// their own, a level of bare one-sentence headings under them being their measures; the level
// above holds the categories (or status groups). What the user chose in the preview wins.

#include "BulletinOutline.h"
#include "ParsedBulletin.h"

namespace rectrack {

struct LevelChoice {
    HeadingLevel problem = HeadingLevel::None;
    HeadingLevel category = HeadingLevel::None;
    bool guessed = false; // no heading said it was a problem: the level was inferred
};

// `inFindings[i]`: line i is in a section about the findings; `sectionHeading[i]`: it heads a
// section (一、整改落实情况) rather than being an item.
LevelChoice chooseLevels(const QList<OutlineLine>& lines, const QList<bool>& inFindings,
                         const QList<bool>& sectionHeading, const BulletinReading& reading);

} // namespace rectrack
