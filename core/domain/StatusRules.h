#pragma once
// The business rules of progress and deadlines. Pure functions: no database, no clock.
// The SQL aggregates in StatsRepository implement the same rules; tests hold them together.

#include "Deadline.h"
#include "Enums.h"

#include "WorkCalendar.h"

#include <QDate>
#include <QList>
#include <memory>

namespace rectrack {

struct DeadlinePolicy {
    int dueSoonDays = 7; // "due soon" = deadline within this many days from today (inclusive)
    // Count the window in working days (weekends and the calendar's holidays skipped).
    bool workingDays = false;
    std::shared_ptr<const WorkCalendar> calendar; // empty: Monday to Friday

    // The last day that is still "due soon" seen from today.
    QDate dueSoonUntil(QDate today) const;
};

// A finding with measures takes its status from them:
// all completed -> completed; all completed or ongoing -> ongoing; any started -> in progress;
// none started -> not started. Without measures it keeps its own (manual) status.
Status deriveFindingStatus(const QList<Status>& measureStatuses, Status manualStatus);

bool isClosed(Status status); // completed or ongoing: nothing more is due

// Deadline state of one item (a measure, or a finding by its own deadline).
//  closed items: done / ongoing; 长期坚持 and 持续推进: ongoing; a date before today: overdue;
//  a date within the policy's window, or 立行立改 without a date: due soon; a later date: on track;
//  no deadline: no deadline.
DeadlineState deadlineState(const Deadline& deadline, Status status, QDate today,
                            const DeadlinePolicy& policy);

// The more urgent of two states (overdue > due soon > on track > ongoing > no deadline > done).
DeadlineState moreUrgent(DeadlineState a, DeadlineState b);

// What a finding's deadline state needs to know about its open measures.
struct OpenMeasureDeadlines {
    QDate earliestDate;            // earliest date among open measures with a dated deadline
    bool undatedImmediate = false; // an open 立行立改 measure without a date
    bool standing = false;         // an open 长期坚持 / 持续推进 measure
    bool any = false;              // any open measure at all
};

// A finding's state: done/ongoing when closed, else the most urgent of its own deadline and
// those of its open measures.
DeadlineState findingDeadlineState(const Deadline& own, Status status, const OpenMeasureDeadlines& measures,
                                   QDate today, const DeadlinePolicy& policy);

} // namespace rectrack
