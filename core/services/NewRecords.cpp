#include "NewRecords.h"

#include "Ledger.h"

#include <QCoreApplication>

namespace rectrack {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(rectrack::NewRecords)
};
} // namespace

Finding newFinding(Ledger& ledger, Id inspectionId, FindingKind kind, OptionalId categoryId) {
    Finding finding;
    finding.inspectionId = inspectionId;
    finding.kind = kind;
    finding.title = kind == FindingKind::Problem ? Text::tr("新问题") : Text::tr("新意见建议");
    finding.number = QString::number(ledger.findings().findingCount(inspectionId, kind) + 1);
    finding.categoryId = categoryId;
    return finding;
}

Measure newMeasure(Ledger& ledger, Id findingId) {
    const Finding finding = ledger.findings().finding(findingId);
    Measure measure;
    measure.findingId = finding.id;
    measure.text = Text::tr("新整改措施");
    measure.unitId = finding.leadUnitId;
    measure.deadline = finding.deadline;
    if (measure.deadline.kind == DeadlineKind::Date && !measure.deadline.date.isValid())
        measure.deadline = {};
    return measure;
}

Backup::Policy backupPolicy(Ledger& ledger) {
    const auto number = [&](const QString& key, int fallback, int most) {
        bool ok = false;
        const int value = ledger.settings().value(key).toInt(&ok);
        return ok ? qBound(1, value, most) : fallback;
    };
    Backup::Policy policy;
    policy.intervalHours = number(QStringLiteral("backup.interval_hours"), policy.intervalHours, 24 * 30);
    policy.keep = number(QStringLiteral("backup.keep"), policy.keep, 1000);
    return policy;
}

} // namespace rectrack
