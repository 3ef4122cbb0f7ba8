#pragma once
// Who may do what. Every write in core asks for one of these operations first (RowStore's
// grant), so the desktop program and the CLI obey the same rules.

#include "Enums.h"

#include <QString>

namespace rectrack {

enum class Operation {
    EditLedger,      // inspections, findings, measures, units, notes, evidence, results, imports
    RequestSignOff,  // 申请对账销号
    ReviewSignOff,   // approve or return a sign-off request
    FollowUpReview,  // 回头看: confirm or reopen a closed finding
    ManageAccounts,  // add accounts, change roles, reset passwords
    ChangeSettings,  // office-wide settings: due-soon window, working-day calendar
    ChangeOwnPassword,
    LoadSampleData,  // the fictional sample plays every role: administrators only
    RestoreBackup,   // replace the ledger with a backup: administrators only
};

bool roleAllows(Role role, Operation operation);
QString label(Operation operation);

} // namespace rectrack
