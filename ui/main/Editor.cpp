#include "Editor.h"

#include "common/Guard.h"
#include "services/Ledger.h"

#include <QUndoCommand>
#include <QWidget>

namespace rectrack::ui {

namespace {
// One change on the undo stack. Its first redo already happened when it was pushed (the change
// was applied, and checked, before it entered the stack). Undo applies the change's inverse and
// redo the inverse's inverse, each checked by core against what was saved meanwhile: a refused
// step tells the user why and leaves the stack (it cannot be retried).
class ChangeCommand : public QUndoCommand {
public:
    ChangeCommand(Changes::ChangePtr undo, Ledger& ledger, QWidget* dialogParent)
        : QUndoCommand(undo->text())
        , m_undo(std::move(undo))
        , m_ledger(ledger)
        , m_dialogParent(dialogParent) {}
    void redo() override {
        if (std::exchange(m_applied, false))
            return;
        m_undo = perform(std::move(m_redo));
    }
    void undo() override { m_redo = perform(std::move(m_undo)); }

private:
    Changes::ChangePtr perform(Changes::ChangePtr step) {
        if (!step || !guarded(m_dialogParent, [&] { step->apply(m_ledger); })) {
            setObsolete(true);
            return nullptr;
        }
        auto inverse = step->inverse();
        if (!inverse)
            setObsolete(true);
        return inverse;
    }

    bool m_applied = true;
    Changes::ChangePtr m_undo; // the inverse of what was done last
    Changes::ChangePtr m_redo; // the inverse of the last undo
    Ledger& m_ledger;
    QWidget* m_dialogParent;
};
} // namespace

Editor::Editor(Ledger& ledger, QWidget* dialogParent)
    : QObject(dialogParent)
    , m_ledger(ledger)
    , m_dialogParent(dialogParent) {
    connect(&ledger.notifier(), &ChangeNotifier::changed, this, &Editor::announce);
}

bool Editor::apply(Changes::ChangePtr change) {
    return applyAndKeep(*change);
}

bool Editor::applyAndKeep(Change& change) {
    if (!guarded(m_dialogParent, [&] { change.apply(m_ledger); }))
        return false;
    if (auto inverse = change.inverse())
        m_undo.push(new ChangeCommand(std::move(inverse), m_ledger, m_dialogParent));
    return true;
}

std::optional<Id> Editor::create(Changes::ChangePtr change, const QString& table) {
    if (!applyAndKeep(*change))
        return std::nullopt;
    return change->createdIn(table);
}

std::optional<Id> Editor::addRound(const InspectionRound& round) {
    return create(Changes::addRound(round), QStringLiteral("inspection_rounds"));
}

std::optional<Id> Editor::addInspection(const Inspection& inspection) {
    return create(Changes::addInspection(inspection), QStringLiteral("inspections"));
}

std::optional<Id> Editor::addFinding(const Finding& finding) {
    return create(Changes::addFinding(finding), QStringLiteral("findings"));
}

std::optional<Id> Editor::addMeasure(const Measure& measure) {
    return create(Changes::addMeasure(measure), QStringLiteral("measures"));
}

void Editor::announce(const ChangeScope& scope) {
    if (scope.rounds)
        emit roundsChanged();
    for (const Id inspection : scope.inspections)
        emit inspectionChanged(inspection);
    for (const Id inspection : scope.findingListsOf)
        emit findingsChanged(inspection);
    if (scope.referenceData)
        emit referenceDataChanged();
    if (scope.many || scope.settings) {
        emit itemsChanged(); // every deadline state may have moved with the settings
    } else {
        for (const Id finding : scope.findings)
            emit findingChanged(finding);
    }
}

} // namespace rectrack::ui
