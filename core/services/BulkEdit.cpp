#include "BulkEdit.h"

#include "Ledger.h"

namespace rectrack::BulkEdit {

void setStatus(Ledger& ledger, ItemKind kind, const QList<Id>& ids, Status status) {
    ledger.rows().atomically([&] {
        for (Id id : ids) {
            if (kind == ItemKind::Measure) {
                ledger.findings().setMeasureStatus(id, status, ledger.recordDay());
                continue;
            }
            ledger.findings().setFindingStatus(id, status, ledger.recordDay());
        }
    });
}

void reassign(Ledger& ledger, ItemKind kind, const QList<Id>& ids, std::optional<Id> unitId,
              std::optional<Id> personId) {
    ledger.rows().atomically([&] {
        for (Id id : ids) {
            if (kind == ItemKind::Measure) {
                Measure m = ledger.findings().measure(id);
                if (unitId)
                    m.unitId = unitId;
                if (personId)
                    m.personId = personId;
                ledger.findings().updateMeasure(m, ledger.recordDay());
                continue;
            }
            Finding f = ledger.findings().finding(id);
            if (unitId)
                f.leadUnitId = unitId;
            if (personId)
                f.leaderId = personId;
            ledger.findings().updateFinding(f);
        }
    });
}

void setDeadline(Ledger& ledger, ItemKind kind, const QList<Id>& ids, const Deadline& deadline,
                 const QString& reason) {
    ledger.rows().atomically([&] {
        for (Id id : ids) {
            if (kind == ItemKind::Measure) {
                Measure m = ledger.findings().measure(id);
                if (m.deadline == deadline)
                    continue;
                if (!reason.trimmed().isEmpty()) {
                    ledger.findings().extendDeadline(m.findingId, m.id, deadline, reason);
                } else {
                    m.deadline = deadline;
                    ledger.findings().updateMeasure(m, ledger.recordDay());
                }
                continue;
            }
            Finding f = ledger.findings().finding(id);
            if (f.deadline == deadline)
                continue;
            if (!reason.trimmed().isEmpty()) {
                ledger.findings().extendDeadline(f.id, std::nullopt, deadline, reason);
            } else {
                f.deadline = deadline;
                ledger.findings().updateFinding(f);
            }
        }
    });
}

} // namespace rectrack::BulkEdit
