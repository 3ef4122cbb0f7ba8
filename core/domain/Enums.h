#pragma once
// The enumerations of the domain, each with a stable code used in the database and in JSON,
// and a translated label for people. Codes never change; labels may.

#include <QString>
#include <optional>

namespace rectrack {

enum class FindingKind { Problem, Suggestion };

// Progress of a measure, and of a finding (derived from its measures when it has any).
// Ongoing: done for now and kept up for the long term (长期坚持).
enum class Status { NotStarted, InProgress, Completed, Ongoing };

enum class DeadlineKind { None, Immediate, Date, LongTerm, Continuous };

enum class DeadlineState { NoDeadline, Done, Ongoing, OnTrack, DueSoon, Overdue };

enum class SignOffState { None, Requested, Approved, Returned };

enum class InspectionKind { Xunshi, Xuncha };

enum class InspectionType { Regular, Special, AdHoc, FollowUp, Elevated, Cross };

// What an account may do (see domain/Access.h): staff edit, reviewers sign off, leaders read,
// administrators do everything, accounts included.
enum class Role { Staff, Reviewer, Leader, Administrator };

QString code(FindingKind v);
QString code(Status v);
QString code(DeadlineKind v);
QString code(DeadlineState v);
QString code(SignOffState v);
QString code(InspectionKind v);
QString code(InspectionType v);
QString code(Role v);

QString label(FindingKind v);
QString label(Status v);
QString label(DeadlineKind v);
QString label(DeadlineState v);
QString label(SignOffState v);
QString label(InspectionKind v);
QString label(InspectionType v);
QString label(Role v);

// Parse a code back; nullopt for anything unknown.
template <typename E> std::optional<E> parseCode(const QString& text);

template <typename E> constexpr int enumCount();
template <> constexpr int enumCount<FindingKind>() {
    return 2;
}
template <> constexpr int enumCount<Status>() {
    return 4;
}
template <> constexpr int enumCount<DeadlineKind>() {
    return 5;
}
template <> constexpr int enumCount<DeadlineState>() {
    return 6;
}
template <> constexpr int enumCount<SignOffState>() {
    return 4;
}
template <> constexpr int enumCount<InspectionKind>() {
    return 2;
}
template <> constexpr int enumCount<InspectionType>() {
    return 6;
}
template <> constexpr int enumCount<Role>() {
    return 4;
}

template <typename E> std::optional<E> parseCode(const QString& text) {
    for (int i = 0; i < enumCount<E>(); ++i) {
        const auto value = static_cast<E>(i);
        if (code(value) == text)
            return value;
    }
    return std::nullopt;
}

} // namespace rectrack
