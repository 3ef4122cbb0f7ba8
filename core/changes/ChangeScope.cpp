#include "ChangeScope.h"

#include "services/Ledger.h"
#include "storage/Query.h"

#include <limits>

namespace rectrack {

namespace {
constexpr int ManyFindings = 50;

// A column of the row an entry is about: as the row is now, or, when it is gone, as its history
// had it just before that entry (a deletion's entry: what it held when it was deleted).
OptionalId idColumn(Ledger& ledger, const HistoryEntry& entry, const QString& column) {
    Query now(ledger.database().connection(), QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(column, entry.entity));
    now.add(entry.entityId).exec();
    if (now.next())
        return optionalId(now.value(0));
    const auto values = ledger.history().rowBefore(entry.entity, entry.entityId,
                                                   entry.action == u"delete" ? entry.id : std::numeric_limits<Id>::max());
    if (!values || !values->value(column))
        return std::nullopt;
    return values->value(column)->toLongLong();
}
} // namespace

ChangeScope ChangeScope::of(Ledger& ledger, const QList<HistoryEntry>& entries) {
    ChangeScope scope;
    for (const HistoryEntry& e : entries) {
        const bool lifetime = e.action != u"update"; // created or deleted
        if (e.entity == u"inspection_rounds") {
            scope.rounds = true;
        } else if (e.entity == u"inspections") {
            scope.rounds = true;
            if (!lifetime)
                scope.inspections.insert(e.entityId);
        } else if (e.entity == u"categories") {
            scope.referenceData = true; // the category lists of forms and filters
            if (const OptionalId inspection = idColumn(ledger, e, QStringLiteral("inspection_id")))
                scope.inspections.insert(*inspection);
        } else if (e.entity == u"findings") {
            scope.findings.insert(e.entityId);
            if (lifetime)
                if (const OptionalId inspection = idColumn(ledger, e, QStringLiteral("inspection_id")))
                    scope.findingListsOf.insert(*inspection);
        } else if (e.entity == u"units" || e.entity == u"persons") {
            scope.referenceData = true;
        } else if (e.entity == u"settings") {
            scope.settings = true;
        } else if (e.entity == u"accounts") {
            scope.accounts = true;
        } else if (e.findingId) {
            scope.findings.insert(*e.findingId);
        }
    }
    scope.many = scope.findings.size() > ManyFindings;
    return scope;
}

} // namespace rectrack
