#pragma once
// Helpers that fill and read the combo boxes of the forms from core's lists.

#include "domain/Entities.h"

#include <QComboBox>

namespace rectrack {
class Ledger;
}

namespace rectrack::ui {

// Units and people (thousands in a large office) are filled in when the user first reaches
// for the combo (a click, a key, the wheel, focus) or when a value is selected in it; until
// then it holds only the "none" entry, so the window opens without building them.
void fillUnits(QComboBox* combo, rectrack::Ledger& ledger, const QString& noneText);
void fillPersons(QComboBox* combo, rectrack::Ledger& ledger, const QString& noneText);
void fillCategories(QComboBox* combo, rectrack::Ledger& ledger, Id inspectionId, const QString& noneText);
void fillRounds(QComboBox* combo, rectrack::Ledger& ledger);

template <typename E> void fillEnum(QComboBox* combo) {
    combo->clear();
    for (int i = 0; i < enumCount<E>(); ++i)
        combo->addItem(label(static_cast<E>(i)), i);
}
template <typename E> E enumValue(const QComboBox* combo) {
    return static_cast<E>(combo->currentData().toInt());
}
template <typename E> void selectEnum(QComboBox* combo, E value) {
    combo->setCurrentIndex(combo->findData(static_cast<int>(value)));
}

// Selects the entry with this id (or the "none" entry).
void selectId(QComboBox* combo, OptionalId id);
OptionalId selectedId(const QComboBox* combo);

} // namespace rectrack::ui
