#include "Access.h"

#include <QCoreApplication>

namespace rectrack {

bool roleAllows(Role role, Operation operation) {
    if (operation == Operation::ChangeOwnPassword || role == Role::Administrator)
        return true;
    switch (role) {
    case Role::Staff:
        return operation == Operation::EditLedger || operation == Operation::RequestSignOff;
    case Role::Reviewer:
        return operation == Operation::ReviewSignOff || operation == Operation::FollowUpReview;
    case Role::Leader:
    case Role::Administrator:
        break;
    }
    return false;
}

QString label(Operation operation) {
    switch (operation) {
    case Operation::EditLedger:
        return QCoreApplication::translate("rectrack::Access", "修改台账");
    case Operation::RequestSignOff:
        return QCoreApplication::translate("rectrack::Access", "申请对账销号");
    case Operation::ReviewSignOff:
        return QCoreApplication::translate("rectrack::Access", "审核对账销号");
    case Operation::FollowUpReview:
        return QCoreApplication::translate("rectrack::Access", "回头看");
    case Operation::ManageAccounts:
        return QCoreApplication::translate("rectrack::Access", "管理账号");
    case Operation::ChangeSettings:
        return QCoreApplication::translate("rectrack::Access", "修改设置");
    case Operation::ChangeOwnPassword:
        return QCoreApplication::translate("rectrack::Access", "修改自己的密码");
    case Operation::LoadSampleData:
        return QCoreApplication::translate("rectrack::Access", "载入示例数据");
    case Operation::RestoreBackup:
        return QCoreApplication::translate("rectrack::Access", "从备份恢复台账");
    }
    return {};
}

} // namespace rectrack
