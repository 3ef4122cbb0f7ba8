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

} // namespace rectrack
