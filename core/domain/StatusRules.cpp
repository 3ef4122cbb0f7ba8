#include "StatusRules.h"

#include <algorithm>

namespace rectrack {

Status deriveFindingStatus(const QList<Status>& measures, Status manualStatus) {
    if (measures.isEmpty())
        return manualStatus;
    const auto count = [&](Status s) { return std::count(measures.begin(), measures.end(), s); };
    const auto completed = count(Status::Completed);
    const auto ongoing = count(Status::Ongoing);
    if (completed == measures.size())
        return Status::Completed;
    if (completed + ongoing == measures.size())
        return Status::Ongoing;
    if (count(Status::NotStarted) == measures.size())
        return Status::NotStarted;
    return Status::InProgress;
}

QDate DeadlinePolicy::dueSoonUntil(QDate today) const {
    if (!workingDays)
        return today.addDays(dueSoonDays);
    static const WorkCalendar weekdays;
    return (calendar ? *calendar : weekdays).addWorkingDays(today, dueSoonDays);
}

bool isClosed(Status status) {
    return status == Status::Completed || status == Status::Ongoing;
}

DeadlineState deadlineState(const Deadline& deadline, Status status, QDate today,
                            const DeadlinePolicy& policy) {
    if (status == Status::Completed)
        return DeadlineState::Done;
    if (status == Status::Ongoing)
        return DeadlineState::Ongoing;
    switch (deadline.kind) {
    case DeadlineKind::None:
        return DeadlineState::NoDeadline;
    case DeadlineKind::LongTerm:
    case DeadlineKind::Continuous:
        return DeadlineState::Ongoing;
    case DeadlineKind::Immediate:
    case DeadlineKind::Date:
        if (!deadline.date.isValid())
            return deadline.kind == DeadlineKind::Immediate ? DeadlineState::DueSoon
                                                            : DeadlineState::NoDeadline;
        if (deadline.date < today)
            return DeadlineState::Overdue;
        if (deadline.date <= policy.dueSoonUntil(today))
            return DeadlineState::DueSoon;
        return DeadlineState::OnTrack;
    }
    return DeadlineState::NoDeadline;
}

namespace {
int urgency(DeadlineState s) {
    switch (s) {
    case DeadlineState::Done:
        return 0;
    case DeadlineState::NoDeadline:
        return 1;
    case DeadlineState::Ongoing:
        return 2;
    case DeadlineState::OnTrack:
        return 3;
    case DeadlineState::DueSoon:
        return 4;
    case DeadlineState::Overdue:
        return 5;
    }
    return 0;
}
} // namespace

DeadlineState moreUrgent(DeadlineState a, DeadlineState b) {
    return urgency(a) >= urgency(b) ? a : b;
}

DeadlineState findingDeadlineState(const Deadline& own, Status status, const OpenMeasureDeadlines& measures,
                                   QDate today, const DeadlinePolicy& policy) {
    if (isClosed(status))
        return deadlineState(own, status, today, policy);
    DeadlineState state = deadlineState(own, status, today, policy);
    if (measures.earliestDate.isValid())
        state = moreUrgent(state, deadlineState({DeadlineKind::Date, measures.earliestDate},
                                                Status::InProgress, today, policy));
    if (measures.undatedImmediate)
        state = moreUrgent(state, DeadlineState::DueSoon);
    if (measures.standing)
        state = moreUrgent(state, DeadlineState::Ongoing);
    return state;
}

} // namespace rectrack
