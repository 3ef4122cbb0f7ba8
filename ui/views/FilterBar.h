#pragma once
// The filters over a ledger view: scope (this inspection, this round, everything), kind,
// status, deadline state, category, unit, leader, sign-off, a deadline date range, and the
// search box. Typing waits for a pause before the view is asked again.

#include "model/LedgerFilter.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;

namespace rectrack {
class Ledger;
}

namespace rectrack::ui {

class OptionalDateEdit;

class FilterBar : public QWidget {
    Q_OBJECT
public:
    enum class Scope { Inspection, Round, All };
    enum class Quick { Overdue, DueSoon, Late }; // Late: overdue or due soon

    FilterBar(rectrack::Ledger& ledger, bool measures, QWidget* parent = nullptr);

    // The inspection and round selected in the navigator.
    void setContext(std::optional<Id> inspectionId, std::optional<Id> roundId);
    void setScope(Scope scope);
    void showQuick(Quick quick);
    void setUnit(std::optional<Id> unitId);
    void setLeader(std::optional<Id> personId);
    void clear();
    // Shows exactly this filter (from a click on the dashboard), described in words; any
    // change in the bar goes back to the bar's own filters.
    void setPreset(const LedgerFilter& filter, const QString& description);
    bool hasPreset() const { return m_preset.has_value(); }
    // Re-reads units, people and categories (after they changed).
    void reloadChoices();
    LedgerFilter filter() const;
    QLineEdit* searchEdit() const { return m_search; }

signals:
    void filterChanged();

private:
    void changed();

    rectrack::Ledger& m_ledger;
    std::optional<Id> m_inspectionId;
    std::optional<Id> m_roundId;
    bool m_quiet = false;
    QComboBox* m_scope;
    QComboBox* m_kind;
    QComboBox* m_status;
    QComboBox* m_state;
    QComboBox* m_category;
    QComboBox* m_unit;
    QComboBox* m_leader;
    QComboBox* m_signOff;
    OptionalDateEdit* m_from;
    OptionalDateEdit* m_to;
    QLineEdit* m_search;
    QTimer* m_typing;
    QLabel* m_presetLabel;
    std::optional<LedgerFilter> m_preset;
};

} // namespace rectrack::ui
