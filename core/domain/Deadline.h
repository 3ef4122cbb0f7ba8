#pragma once

#include "Enums.h"

#include <QDate>

namespace rectrack {

struct Deadline {
    DeadlineKind kind = DeadlineKind::None;
    QDate date; // set for Date; optional for Immediate

    bool operator==(const Deadline&) const = default;
    // "2025-03-31", "立行立改", "长期坚持", "立行立改（2025-01-15）"
    QString displayText() const;
};

// Turns 整改时限 as written into a deadline: 立行立改, 长期坚持, 持续推进, or a date
// ("2025年12月底" → 2025-12-31, "2025年6月30日", "2025-06-30", "2025年6月中旬" → the 20th,
// "2025年底", "2025年上半年", "2025年第三季度"); None when it says none of these. With a
// `reference` day (the feedback, the day the sheet was made), a date without its year
// ("6月底前", "9月30日", "年底前") is the first such day not before it.
Deadline parseDeadline(const QString& text, QDate reference = {});

} // namespace rectrack
