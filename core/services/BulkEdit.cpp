#include "BulkEdit.h"

#include "Ledger.h"
#include "storage/Error.h"

#include <QCoreApplication>

namespace rectrack::BulkEdit {

namespace {
template <typename Work> BulkSnapshot inOneTransaction(Ledger& ledger, Work&& work) {
    BulkSnapshot before;
    ledger.rows().atomically([&] {
        work(before);
        for (const Finding& f : before.findings)
            before.findingsAfter.append(ledger.findings().finding(f.id));
        for (const Measure& m : before.measures)
            before.measuresAfter.append(ledger.findings().measure(m.id));
    });
    return before;
}
} // namespace

BulkSnapshot setStatus(Ledger& ledger, ItemKind kind, const QList<Id>& ids, Status status) {
    return inOneTransaction(ledger, [&](BulkSnapshot& before) {
        for (Id id : ids) {
            if (kind == ItemKind::Measure) {
                before.measures.append(ledger.findings().measure(id));
                ledger.findings().setMeasureStatus(id, status, ledger.recordDay());
                continue;
            }
            before.findings.append(ledger.findings().finding(id));
            before.measures.append(ledger.findings().measures(id));
            ledger.findings().setFindingStatus(id, status, ledger.recordDay());
        }
    });
}

BulkSnapshot reassign(Ledger& ledger, ItemKind kind, const QList<Id>& ids, std::optional<Id> unitId,
                      std::optional<Id> personId) {
    return inOneTransaction(ledger, [&](BulkSnapshot& before) {
        for (Id id : ids) {
            if (kind == ItemKind::Measure) {
                Measure m = ledger.findings().measure(id);
                before.measures.append(m);
                if (unitId)
                    m.unitId = unitId;
                if (personId)
                    m.personId = personId;
                ledger.findings().updateMeasure(m, ledger.recordDay());
                continue;
            }
            Finding f = ledger.findings().finding(id);
            before.findings.append(f);
            if (unitId)
                f.leadUnitId = unitId;
            if (personId)
                f.leaderId = personId;
            ledger.findings().updateFinding(f);
        }
    });
}

BulkSnapshot setDeadline(Ledger& ledger, ItemKind kind, const QList<Id>& ids, const Deadline& deadline,
                         const QString& reason) {
    return inOneTransaction(ledger, [&](BulkSnapshot& before) {
        for (Id id : ids) {
            if (kind == ItemKind::Measure) {
                Measure m = ledger.findings().measure(id);
                before.measures.append(m);
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
            before.findings.append(f);
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

void restore(Ledger& ledger, const BulkSnapshot& before) {
    ledger.rows().atomically([&] {
        QStringList overtaken;
        for (const Finding& f : before.findingsAfter)
            if (!ledger.findings().differencesFrom(f).isEmpty())
                overtaken << QCoreApplication::translate("rectrack::BulkEdit", "问题 #%1").arg(f.id);
        for (const Measure& m : before.measuresAfter)
            if (!ledger.findings().differencesFrom(m).isEmpty())
                overtaken << QCoreApplication::translate("rectrack::BulkEdit", "措施 #%1").arg(m.id);
        if (!overtaken.isEmpty())
            throw Error(Error::Kind::Conflict,
                        QCoreApplication::translate("rectrack::BulkEdit",
                                                    "批量修改之后，有 %1 项又被他人修改（%2），不能撤销，以免覆盖他人的修改。")
                            .arg(overtaken.size())
                            .arg(overtaken.mid(0, 5).join(QStringLiteral("、")) +
                                 (overtaken.size() > 5 ? QStringLiteral("…") : QString())));
        for (const Measure& m : before.measures)
            ledger.findings().updateMeasure(m, ledger.recordDay());
        for (const Finding& f : before.findings)
            ledger.findings().updateFinding(f);
    });
}

} // namespace rectrack::BulkEdit
