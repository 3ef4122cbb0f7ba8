#include "Enums.h"

#include <QCoreApplication>

namespace rectrack {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("rectrack::Enums", text); }
} // namespace

QString code(FindingKind v) { return v == FindingKind::Problem ? QStringLiteral("problem") : QStringLiteral("suggestion"); }

QString code(Status v)
{
    switch (v) {
    case Status::NotStarted: return QStringLiteral("not_started");
    case Status::InProgress: return QStringLiteral("in_progress");
    case Status::Completed: return QStringLiteral("completed");
    case Status::Ongoing: return QStringLiteral("ongoing");
    }
    return {};
}

QString code(DeadlineKind v)
{
    switch (v) {
    case DeadlineKind::None: return QStringLiteral("none");
    case DeadlineKind::Immediate: return QStringLiteral("immediate");
    case DeadlineKind::Date: return QStringLiteral("date");
    case DeadlineKind::LongTerm: return QStringLiteral("long_term");
    case DeadlineKind::Continuous: return QStringLiteral("continuous");
    }
    return {};
}

QString code(DeadlineState v)
{
    switch (v) {
    case DeadlineState::NoDeadline: return QStringLiteral("no_deadline");
    case DeadlineState::Done: return QStringLiteral("done");
    case DeadlineState::Ongoing: return QStringLiteral("ongoing");
    case DeadlineState::OnTrack: return QStringLiteral("on_track");
    case DeadlineState::DueSoon: return QStringLiteral("due_soon");
    case DeadlineState::Overdue: return QStringLiteral("overdue");
    }
    return {};
}

QString code(SignOffState v)
{
    switch (v) {
    case SignOffState::None: return QStringLiteral("none");
    case SignOffState::Requested: return QStringLiteral("requested");
    case SignOffState::Approved: return QStringLiteral("approved");
    case SignOffState::Returned: return QStringLiteral("returned");
    }
    return {};
}

QString code(InspectionKind v) { return v == InspectionKind::Xunshi ? QStringLiteral("xunshi") : QStringLiteral("xuncha"); }

QString code(InspectionType v)
{
    switch (v) {
    case InspectionType::Regular: return QStringLiteral("regular");
    case InspectionType::Special: return QStringLiteral("special");
    case InspectionType::AdHoc: return QStringLiteral("ad_hoc");
    case InspectionType::FollowUp: return QStringLiteral("follow_up");
    case InspectionType::Elevated: return QStringLiteral("elevated");
    case InspectionType::Cross: return QStringLiteral("cross");
    }
    return {};
}

QString label(FindingKind v) { return v == FindingKind::Problem ? tr("问题") : tr("意见建议"); }

QString label(Status v)
{
    switch (v) {
    case Status::NotStarted: return tr("未启动");
    case Status::InProgress: return tr("正在推进");
    case Status::Completed: return tr("已完成");
    case Status::Ongoing: return tr("长期坚持");
    }
    return {};
}

QString label(DeadlineKind v)
{
    switch (v) {
    case DeadlineKind::None: return tr("未定");
    case DeadlineKind::Immediate: return tr("立行立改");
    case DeadlineKind::Date: return tr("限期整改");
    case DeadlineKind::LongTerm: return tr("长期坚持");
    case DeadlineKind::Continuous: return tr("持续推进");
    }
    return {};
}

QString label(DeadlineState v)
{
    switch (v) {
    case DeadlineState::NoDeadline: return tr("无时限");
    case DeadlineState::Done: return tr("已完成");
    case DeadlineState::Ongoing: return tr("长期");
    case DeadlineState::OnTrack: return tr("正常");
    case DeadlineState::DueSoon: return tr("即将到期");
    case DeadlineState::Overdue: return tr("已逾期");
    }
    return {};
}

QString label(SignOffState v)
{
    switch (v) {
    case SignOffState::None: return tr("未申请");
    case SignOffState::Requested: return tr("待审核");
    case SignOffState::Approved: return tr("已销号");
    case SignOffState::Returned: return tr("已退回");
    }
    return {};
}

QString label(InspectionKind v) { return v == InspectionKind::Xunshi ? tr("巡视") : tr("巡察"); }

QString label(InspectionType v)
{
    switch (v) {
    case InspectionType::Regular: return tr("常规");
    case InspectionType::Special: return tr("专项");
    case InspectionType::AdHoc: return tr("机动");
    case InspectionType::FollowUp: return tr("回头看");
    case InspectionType::Elevated: return tr("提级");
    case InspectionType::Cross: return tr("交叉");
    }
    return {};
}

} // namespace rectrack
