#include "Enums.h"

#include <QCoreApplication>

namespace rectrack {
namespace {} // namespace

QString code(FindingKind v) {
    return v == FindingKind::Problem ? QStringLiteral("problem") : QStringLiteral("suggestion");
}

QString code(Status v) {
    switch (v) {
    case Status::NotStarted:
        return QStringLiteral("not_started");
    case Status::InProgress:
        return QStringLiteral("in_progress");
    case Status::Completed:
        return QStringLiteral("completed");
    case Status::Ongoing:
        return QStringLiteral("ongoing");
    }
    return {};
}

QString code(DeadlineKind v) {
    switch (v) {
    case DeadlineKind::None:
        return QStringLiteral("none");
    case DeadlineKind::Immediate:
        return QStringLiteral("immediate");
    case DeadlineKind::Date:
        return QStringLiteral("date");
    case DeadlineKind::LongTerm:
        return QStringLiteral("long_term");
    case DeadlineKind::Continuous:
        return QStringLiteral("continuous");
    }
    return {};
}

QString code(DeadlineState v) {
    switch (v) {
    case DeadlineState::NoDeadline:
        return QStringLiteral("no_deadline");
    case DeadlineState::Done:
        return QStringLiteral("done");
    case DeadlineState::Ongoing:
        return QStringLiteral("ongoing");
    case DeadlineState::OnTrack:
        return QStringLiteral("on_track");
    case DeadlineState::DueSoon:
        return QStringLiteral("due_soon");
    case DeadlineState::Overdue:
        return QStringLiteral("overdue");
    }
    return {};
}

QString code(SignOffState v) {
    switch (v) {
    case SignOffState::None:
        return QStringLiteral("none");
    case SignOffState::Requested:
        return QStringLiteral("requested");
    case SignOffState::Approved:
        return QStringLiteral("approved");
    case SignOffState::Returned:
        return QStringLiteral("returned");
    }
    return {};
}

QString code(InspectionKind v) {
    return v == InspectionKind::Xunshi ? QStringLiteral("xunshi") : QStringLiteral("xuncha");
}

QString code(InspectionType v) {
    switch (v) {
    case InspectionType::Regular:
        return QStringLiteral("regular");
    case InspectionType::Special:
        return QStringLiteral("special");
    case InspectionType::AdHoc:
        return QStringLiteral("ad_hoc");
    case InspectionType::FollowUp:
        return QStringLiteral("follow_up");
    case InspectionType::Elevated:
        return QStringLiteral("elevated");
    case InspectionType::Cross:
        return QStringLiteral("cross");
    }
    return {};
}

QString code(Role v) {
    switch (v) {
    case Role::Staff:
        return QStringLiteral("staff");
    case Role::Reviewer:
        return QStringLiteral("reviewer");
    case Role::Leader:
        return QStringLiteral("leader");
    case Role::Administrator:
        return QStringLiteral("admin");
    }
    return {};
}

QString label(FindingKind v) {
    return v == FindingKind::Problem ? QCoreApplication::translate("rectrack::Enums", "问题")
                                     : QCoreApplication::translate("rectrack::Enums", "意见建议");
}

QString label(Status v) {
    switch (v) {
    case Status::NotStarted:
        return QCoreApplication::translate("rectrack::Enums", "未启动");
    case Status::InProgress:
        return QCoreApplication::translate("rectrack::Enums", "正在推进");
    case Status::Completed:
        return QCoreApplication::translate("rectrack::Enums", "已完成");
    case Status::Ongoing:
        return QCoreApplication::translate("rectrack::Enums", "长期坚持");
    }
    return {};
}

QString label(DeadlineKind v) {
    switch (v) {
    case DeadlineKind::None:
        return QCoreApplication::translate("rectrack::Enums", "未定");
    case DeadlineKind::Immediate:
        return QCoreApplication::translate("rectrack::Enums", "立行立改");
    case DeadlineKind::Date:
        return QCoreApplication::translate("rectrack::Enums", "限期整改");
    case DeadlineKind::LongTerm:
        return QCoreApplication::translate("rectrack::Enums", "长期坚持");
    case DeadlineKind::Continuous:
        return QCoreApplication::translate("rectrack::Enums", "持续推进");
    }
    return {};
}

QString label(DeadlineState v) {
    switch (v) {
    case DeadlineState::NoDeadline:
        return QCoreApplication::translate("rectrack::Enums", "无时限");
    case DeadlineState::Done:
        return QCoreApplication::translate("rectrack::Enums", "已完成");
    case DeadlineState::Ongoing:
        return QCoreApplication::translate("rectrack::Enums", "长期");
    case DeadlineState::OnTrack:
        return QCoreApplication::translate("rectrack::Enums", "正常");
    case DeadlineState::DueSoon:
        return QCoreApplication::translate("rectrack::Enums", "即将到期");
    case DeadlineState::Overdue:
        return QCoreApplication::translate("rectrack::Enums", "已逾期");
    }
    return {};
}

QString label(SignOffState v) {
    switch (v) {
    case SignOffState::None:
        return QCoreApplication::translate("rectrack::Enums", "未申请");
    case SignOffState::Requested:
        return QCoreApplication::translate("rectrack::Enums", "待审核");
    case SignOffState::Approved:
        return QCoreApplication::translate("rectrack::Enums", "已销号");
    case SignOffState::Returned:
        return QCoreApplication::translate("rectrack::Enums", "已退回");
    }
    return {};
}

QString label(InspectionKind v) {
    return v == InspectionKind::Xunshi ? QCoreApplication::translate("rectrack::Enums", "巡视")
                                       : QCoreApplication::translate("rectrack::Enums", "巡察");
}

QString label(InspectionType v) {
    switch (v) {
    case InspectionType::Regular:
        return QCoreApplication::translate("rectrack::Enums", "常规");
    case InspectionType::Special:
        return QCoreApplication::translate("rectrack::Enums", "专项");
    case InspectionType::AdHoc:
        return QCoreApplication::translate("rectrack::Enums", "机动");
    case InspectionType::FollowUp:
        return QCoreApplication::translate("rectrack::Enums", "回头看");
    case InspectionType::Elevated:
        return QCoreApplication::translate("rectrack::Enums", "提级");
    case InspectionType::Cross:
        return QCoreApplication::translate("rectrack::Enums", "交叉");
    }
    return {};
}

QString label(Role v) {
    switch (v) {
    case Role::Staff:
        return QCoreApplication::translate("rectrack::Enums", "工作人员");
    case Role::Reviewer:
        return QCoreApplication::translate("rectrack::Enums", "审核人");
    case Role::Leader:
        return QCoreApplication::translate("rectrack::Enums", "领导（只读）");
    case Role::Administrator:
        return QCoreApplication::translate("rectrack::Enums", "管理员");
    }
    return {};
}

} // namespace rectrack
