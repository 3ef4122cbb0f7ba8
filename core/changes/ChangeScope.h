#pragma once
// What a change touched, as the views need to know it: worked out from the history entries
// the change wrote (ChangeScope::of), so it is the same for an edit made in this window, by
// the command line or, later, at another desk.

#include "domain/Entities.h"

#include <QMetaType>
#include <QSet>

namespace rectrack {

class Ledger;

struct ChangeScope {
    bool rounds = false;        // rounds or inspections added, removed or renamed
    QSet<Id> inspections;       // an inspection's own fields or its categories changed
    QSet<Id> findingListsOf;    // findings added to or removed from these inspections
    QSet<Id> findings;          // a finding, its measures or its activity changed
    bool referenceData = false; // units, persons or categories
    bool settings = false;      // office-wide settings (deadline policy, calendar)
    bool accounts = false;
    bool many = false;          // many findings or measures at once (a bulk edit, an import)

    bool isEmpty() const {
        return !rounds && inspections.isEmpty() && findingListsOf.isEmpty() && findings.isEmpty() && !referenceData &&
               !settings && !accounts && !many;
    }
    // From the entries one change wrote, reading the ledger for what they do not say (the
    // inspection of a finding, of a category).
    static ChangeScope of(Ledger& ledger, const QList<HistoryEntry>& entries);
    // Anything may have changed: every view reads again.
    static ChangeScope everything() {
        ChangeScope scope;
        scope.rounds = scope.referenceData = scope.settings = scope.accounts = scope.many = true;
        return scope;
    }
};

} // namespace rectrack

Q_DECLARE_METATYPE(rectrack::ChangeScope)
