#include "BulletinSource.h"

#include "Ledger.h"

#include <algorithm>

namespace rectrack {

BulletinData loadBulletinData(Ledger& ledger, Id inspectionId) {
    BulletinData data;
    data.inspection = ledger.inspections().inspection(inspectionId);
    data.round = ledger.inspections().round(data.inspection.roundId);
    if (data.inspection.inspectedUnitId)
        data.inspectedUnit = ledger.units().unit(*data.inspection.inspectedUnitId).name;
    data.stats = ledger.statistics(Scope::inspection(inspectionId));

    QHash<Id, int> categoryOrder;
    const QList<Category> categories = ledger.inspections().categories(inspectionId);
    for (qsizetype i = 0; i < categories.size(); ++i)
        categoryOrder.insert(categories[i].id, static_cast<int>(i));
    for (const Finding& finding : ledger.findings().findings(inspectionId)) {
        BulletinFinding item{finding, {}};
        for (const Measure& measure : ledger.findings().measures(finding.id)) {
            item.measures.append(measure.text);
            item.measuresCompleted += measure.status == Status::Completed ? 1 : 0;
        }
        data.findings.append(std::move(item));
    }
    // Uncategorised findings come first, as they stand in no 方面.
    std::stable_sort(data.findings.begin(), data.findings.end(), [&](const auto& a, const auto& b) {
        const auto order = [&](const BulletinFinding& f) {
            return f.finding.categoryId ? categoryOrder.value(*f.finding.categoryId, -1) : -1;
        };
        return order(a) < order(b);
    });
    return data;
}

} // namespace rectrack
