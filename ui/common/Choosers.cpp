#include "Choosers.h"

#include "services/Ledger.h"

namespace rectrack::ui {

void fillUnits(QComboBox* combo, Ledger& ledger, const QString& noneText) {
    const OptionalId keep = selectedId(combo);
    combo->clear();
    combo->addItem(noneText, QVariant());
    QMap<Id, int> depth;
    for (const Unit& u : ledger.units().units()) {
        const int d = u.parentId ? depth.value(*u.parentId) + 1 : 0;
        depth[u.id] = d;
        combo->addItem(QString(d * 2, u' ') + u.name, u.id);
    }
    selectId(combo, keep);
}

void fillPersons(QComboBox* combo, Ledger& ledger, const QString& noneText) {
    const OptionalId keep = selectedId(combo);
    combo->clear();
    combo->addItem(noneText, QVariant());
    for (const Person& p : ledger.units().persons())
        combo->addItem(p.title.isEmpty() ? p.name : QStringLiteral("%1（%2）").arg(p.name, p.title), p.id);
    selectId(combo, keep);
}

void fillCategories(QComboBox* combo, Ledger& ledger, Id inspectionId, const QString& noneText) {
    const OptionalId keep = selectedId(combo);
    combo->clear();
    combo->addItem(noneText, QVariant());
    for (const Category& c : ledger.inspections().categories(inspectionId))
        combo->addItem(c.number.isEmpty() ? c.title : c.number + c.title, c.id);
    selectId(combo, keep);
}

void fillRounds(QComboBox* combo, Ledger& ledger) {
    const OptionalId keep = selectedId(combo);
    combo->clear();
    for (const InspectionRound& r : ledger.inspections().rounds())
        combo->addItem(r.name, r.id);
    selectId(combo, keep);
}

void selectId(QComboBox* combo, OptionalId id) {
    const int index = id ? combo->findData(*id) : combo->findData(QVariant());
    combo->setCurrentIndex(std::max(index, 0));
}

OptionalId selectedId(const QComboBox* combo) {
    const QVariant data = combo->currentData();
    if (!data.isValid() || data.isNull())
        return std::nullopt;
    return data.toLongLong();
}

} // namespace rectrack::ui
