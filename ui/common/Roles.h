#pragma once

#include <Qt>

namespace rectrack::ui {

// Roles shared by the models of the ledger window.
enum Role {
    RawValueRole = Qt::UserRole + 1, // dates, numbers and codes for sorting and filtering
    ItemIdRole,                      // the record's id
    ItemTypeRole,                    // an ItemType
    DeadlineStateRole,               // rectrack::DeadlineState as int
};

enum class ItemType { Round, Inspection, Finding, Measure };

} // namespace rectrack::ui
