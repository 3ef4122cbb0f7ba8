#include "Choosers.h"

#include "services/Ledger.h"

#include <QEvent>
#include <QStandardItemModel>
#include <functional>

namespace rectrack::ui {

namespace {
// Replaces the combo's items at once: an office has thousands of units and people, and a
// combo that measured every item's text for its width, one insertion at a time, took the
// better part of a second to start the program.
void setChoices(QComboBox* combo, const QString& noneText, const QList<QPair<QString, Id>>& choices) {
    const OptionalId keep = selectedId(combo);
    auto* model = new QStandardItemModel(static_cast<int>(choices.size()) + 1, 1, combo);
    auto* none = new QStandardItem(noneText);
    none->setData(QVariant(), Qt::UserRole);
    model->setItem(0, none);
    for (int i = 0; i < choices.size(); ++i) {
        auto* item = new QStandardItem(choices[i].first);
        item->setData(choices[i].second, Qt::UserRole);
        model->setItem(i + 1, item);
    }
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(std::max(combo->minimumContentsLength(), 12));
    combo->setModel(model); // deletes the model the combo owned before
    selectId(combo, keep);
}
} // namespace

namespace {
// The choices a combo will get once the user reaches for it.
class PendingChoices : public QObject {
public:
    PendingChoices(QComboBox* combo, std::function<void()> fill)
        : QObject(combo)
        , m_fill(std::move(fill)) {
        combo->installEventFilter(this);
    }
    static PendingChoices* of(const QComboBox* combo) { // (no Q_OBJECT: found by its C++ type)
        for (QObject* child : combo->children())
            if (auto* pending = dynamic_cast<PendingChoices*>(child))
                return pending;
        return nullptr;
    }
    void fillNow() {
        if (!m_fill)
            return;
        const auto fill = std::move(m_fill);
        m_fill = nullptr;
        parent()->removeEventFilter(this);
        setParent(nullptr);
        deleteLater();
        fill();
    }

protected:
    bool eventFilter(QObject*, QEvent* event) override {
        switch (event->type()) {
        case QEvent::MouseButtonPress:
        case QEvent::KeyPress:
        case QEvent::Wheel:
        case QEvent::FocusIn:
            fillNow(); // before the combo acts on it
            break;
        default:
            break;
        }
        return false;
    }

private:
    std::function<void()> m_fill;
};

void fillWhenNeeded(QComboBox* combo, const QString& noneText, std::function<QList<QPair<QString, Id>>()> read) {
    if (PendingChoices* pending = PendingChoices::of(combo)) { // replaced by the newer list
        combo->removeEventFilter(pending);
        delete pending;
    }
    const auto fill = [combo, noneText, read] { setChoices(combo, noneText, read()); };
    if (selectedId(combo)) { // a value is shown: keep it, with the new list
        fill();
        return;
    }
    setChoices(combo, noneText, {});
    new PendingChoices(combo, fill);
}
} // namespace

void fillUnits(QComboBox* combo, Ledger& ledger, const QString& noneText) {
    fillWhenNeeded(combo, noneText, [&ledger] {
        QHash<Id, int> depth;
        QList<QPair<QString, Id>> choices;
        for (const Unit& u : ledger.units().units()) {
            const int d = u.parentId ? depth.value(*u.parentId) + 1 : 0;
            depth[u.id] = d;
            choices.append({QString(d * 2, u' ') + u.name, u.id});
        }
        return choices;
    });
}

void fillPersons(QComboBox* combo, Ledger& ledger, const QString& noneText) {
    fillWhenNeeded(combo, noneText, [&ledger] {
        QList<QPair<QString, Id>> choices;
        for (const Person& p : ledger.units().persons())
            choices.append({p.title.isEmpty() ? p.name : QStringLiteral("%1（%2）").arg(p.name, p.title), p.id});
        return choices;
    });
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
    if (id)
        if (PendingChoices* pending = PendingChoices::of(combo))
            pending->fillNow();
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
