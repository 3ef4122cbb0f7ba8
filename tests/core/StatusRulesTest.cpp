#include "domain/StatusRules.h"
#include "support/TestLedger.h"

using namespace rectrack;

namespace {
const QDate Today(2025, 6, 16);
const DeadlinePolicy Policy{7, false, {}};
Deadline dated(int days) {
    return {DeadlineKind::Date, Today.addDays(days)};
}
} // namespace

TEST_CASE("A finding's status comes from its measures", "[rules]") {
    using S = Status;
    CHECK(deriveFindingStatus({}, S::InProgress) == S::InProgress); // no measures: manual status
    CHECK(deriveFindingStatus({S::Completed, S::Completed}, S::NotStarted) == S::Completed);
    CHECK(deriveFindingStatus({S::Completed, S::Ongoing}, S::NotStarted) == S::Ongoing);
    CHECK(deriveFindingStatus({S::Ongoing}, S::NotStarted) == S::Ongoing);
    CHECK(deriveFindingStatus({S::Completed, S::NotStarted}, S::NotStarted) == S::InProgress);
    CHECK(deriveFindingStatus({S::InProgress, S::NotStarted}, S::Completed) == S::InProgress);
    CHECK(deriveFindingStatus({S::NotStarted, S::NotStarted}, S::Completed) == S::NotStarted);
    CHECK(deriveFindingStatus({S::Ongoing, S::NotStarted}, S::NotStarted) == S::InProgress);
}

TEST_CASE("Deadline state of one item", "[rules]") {
    using DS = DeadlineState;
    SECTION("closed items") {
        CHECK(deadlineState(dated(-30), Status::Completed, Today, Policy) == DS::Done);
        CHECK(deadlineState(dated(-30), Status::Ongoing, Today, Policy) == DS::Ongoing);
    }
    SECTION("dated deadlines, at every boundary") {
        CHECK(deadlineState(dated(-1), Status::InProgress, Today, Policy) == DS::Overdue);
        CHECK(deadlineState(dated(0), Status::InProgress, Today, Policy) ==
              DS::DueSoon); // due today is not late
        CHECK(deadlineState(dated(7), Status::NotStarted, Today, Policy) == DS::DueSoon);
        CHECK(deadlineState(dated(8), Status::NotStarted, Today, Policy) == DS::OnTrack);
        CHECK(deadlineState(dated(8), Status::NotStarted, Today, DeadlinePolicy{10, false, {}}) == DS::DueSoon);
    }
    SECTION("standing kinds and 立行立改") {
        CHECK(deadlineState({DeadlineKind::LongTerm, {}}, Status::InProgress, Today, Policy) == DS::Ongoing);
        CHECK(deadlineState({DeadlineKind::Continuous, {}}, Status::NotStarted, Today, Policy) ==
              DS::Ongoing);
        CHECK(deadlineState({DeadlineKind::Immediate, {}}, Status::InProgress, Today, Policy) == DS::DueSoon);
        CHECK(deadlineState({DeadlineKind::Immediate, Today.addDays(-2)}, Status::InProgress, Today,
                            Policy) == DS::Overdue);
        CHECK(deadlineState({}, Status::InProgress, Today, Policy) == DS::NoDeadline);
        CHECK(deadlineState({DeadlineKind::Date, {}}, Status::InProgress, Today, Policy) == DS::NoDeadline);
    }
}

TEST_CASE("A finding's deadline state is the most urgent of its own and its open measures'", "[rules]") {
    using DS = DeadlineState;
    OpenMeasureDeadlines none;
    CHECK(findingDeadlineState(dated(30), Status::InProgress, none, Today, Policy) == DS::OnTrack);

    OpenMeasureDeadlines late;
    late.earliestDate = Today.addDays(-3);
    late.any = true;
    CHECK(findingDeadlineState(dated(30), Status::InProgress, late, Today, Policy) == DS::Overdue);
    CHECK(findingDeadlineState({}, Status::InProgress, late, Today, Policy) == DS::Overdue);
    CHECK(findingDeadlineState(dated(30), Status::Completed, late, Today, Policy) == DS::Done);

    OpenMeasureDeadlines immediate;
    immediate.undatedImmediate = true;
    CHECK(findingDeadlineState({DeadlineKind::LongTerm, {}}, Status::InProgress, immediate, Today, Policy) ==
          DS::DueSoon);

    OpenMeasureDeadlines standing;
    standing.standing = true;
    CHECK(findingDeadlineState({}, Status::InProgress, standing, Today, Policy) == DS::Ongoing);
    CHECK(findingDeadlineState(dated(20), Status::InProgress, standing, Today, Policy) == DS::OnTrack);

    CHECK(moreUrgent(DS::Overdue, DS::DueSoon) == DS::Overdue);
    CHECK(moreUrgent(DS::Done, DS::NoDeadline) == DS::NoDeadline);
    CHECK(moreUrgent(DS::Ongoing, DS::OnTrack) == DS::OnTrack);
}

TEST_CASE("Every enum code parses back to itself", "[rules]") {
    for (int i = 0; i < enumCount<Status>(); ++i)
        CHECK(parseCode<Status>(code(static_cast<Status>(i))) == static_cast<Status>(i));
    for (int i = 0; i < enumCount<DeadlineKind>(); ++i)
        CHECK(parseCode<DeadlineKind>(code(static_cast<DeadlineKind>(i))) == static_cast<DeadlineKind>(i));
    for (int i = 0; i < enumCount<DeadlineState>(); ++i)
        CHECK(parseCode<DeadlineState>(code(static_cast<DeadlineState>(i))) == static_cast<DeadlineState>(i));
    for (int i = 0; i < enumCount<InspectionType>(); ++i)
        CHECK(parseCode<InspectionType>(code(static_cast<InspectionType>(i))) ==
              static_cast<InspectionType>(i));
    CHECK_FALSE(parseCode<Status>(QStringLiteral("done")));
}
