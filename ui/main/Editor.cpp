#include "Editor.h"

#include "common/Guard.h"
#include "services/Ledger.h"
#include "storage/Error.h"

#include <QMessageBox>
#include <QUndoCommand>

namespace rectrack::ui {

namespace {
// A command whose first redo already happened when it was pushed (the edit was applied and
// checked before it entered the stack).
class AppliedCommand : public QUndoCommand {
public:
    AppliedCommand(const QString& text, std::function<void()> redo, std::function<void()> undo,
                   std::function<void()> notify, QWidget* dialogParent)
        : QUndoCommand(text)
        , m_redo(std::move(redo))
        , m_undo(std::move(undo))
        , m_notify(std::move(notify))
        , m_dialogParent(dialogParent) {}
    void redo() override {
        if (m_applied) {
            m_applied = false;
            return;
        }
        perform(m_redo);
    }
    void undo() override { perform(m_undo); }

private:
    void perform(const std::function<void()>& work) {
        if (!guarded(m_dialogParent, work))
            setObsolete(true);
        m_notify();
    }
    bool m_applied = true;
    std::function<void()> m_redo, m_undo, m_notify;
    QWidget* m_dialogParent;
};
} // namespace

Editor::Editor(Ledger& ledger, QWidget* dialogParent)
    : QObject(dialogParent)
    , m_ledger(ledger)
    , m_dialogParent(dialogParent) {}

void Editor::push(const QString& text, std::function<void()> redo, std::function<void()> undo,
                  std::function<void()> notify) {
    m_undo.push(
        new AppliedCommand(text, std::move(redo), std::move(undo), std::move(notify), m_dialogParent));
}

bool Editor::updateInspection(const Inspection& after) {
    Inspection before;
    auto stored = std::make_shared<Inspection>(); // as in updateFinding
    const auto write = [this, stored](const Inspection& i, std::optional<int> version) {
        m_ledger.rows().atomically([&] {
            if (!version)
                m_ledger.inspections().requireUnchanged(*stored);
            m_ledger.inspections().updateInspection(i, version);
            *stored = m_ledger.inspections().inspection(i.id);
        });
    };
    const bool ok = guarded(m_dialogParent, [&] {
        before = m_ledger.inspections().inspection(after.id);
        write(after, after.rowVersion);
    });
    if (!ok)
        return false;
    const auto notify = [this, id = after.id] { emit inspectionChanged(id); };
    push(
        tr("修改巡察“%1”").arg(after.title), [write, after] { write(after, std::nullopt); },
        [write, before] { write(before, std::nullopt); }, notify);
    notify();
    return true;
}

bool Editor::updateRound(const InspectionRound& after) {
    InspectionRound before;
    auto stored = std::make_shared<InspectionRound>(); // as in updateFinding
    const auto write = [this, stored](const InspectionRound& r, bool checked) {
        m_ledger.rows().atomically([&] {
            if (checked)
                m_ledger.inspections().requireUnchanged(*stored);
            m_ledger.inspections().updateRound(r);
            *stored = m_ledger.inspections().round(r.id);
        });
    };
    const bool ok = guarded(m_dialogParent, [&] {
        before = m_ledger.inspections().round(after.id);
        write(after, false);
    });
    if (!ok)
        return false;
    const auto notify = [this] { emit roundsChanged(); };
    push(
        tr("修改轮次“%1”").arg(after.name), [write, after] { write(after, true); },
        [write, before] { write(before, true); }, notify);
    notify();
    return true;
}

bool Editor::updateFinding(const Finding& after, const QuantifiedResult& result) {
    Finding before;
    QuantifiedResult resultBefore;
    // The finding as the last write left it: undo and redo go ahead only while it still is,
    // so that they never overwrite what someone else saved in between.
    auto stored = std::make_shared<Finding>();
    const auto write = [this, stored](const Finding& f, const QuantifiedResult& r, std::optional<int> version) {
        m_ledger.rows().atomically([&] {
            if (!version)
                m_ledger.findings().requireUnchanged(*stored);
            m_ledger.findings().updateFinding(f, version);
            m_ledger.activity().setResult(r);
            *stored = m_ledger.findings().finding(f.id);
        });
    };
    const bool ok = guarded(m_dialogParent, [&] {
        before = m_ledger.findings().finding(after.id);
        resultBefore = m_ledger.activity().result(after.id, std::nullopt);
        write(after, result, after.rowVersion);
    });
    if (!ok)
        return false;
    const auto notify = [this, id = after.id] { emit findingChanged(id); };
    push(
        tr("修改问题“%1”").arg(after.title), [write, after, result] { write(after, result, std::nullopt); },
        [write, before, resultBefore] { write(before, resultBefore, std::nullopt); }, notify);
    notify();
    return true;
}

bool Editor::updateMeasure(const Measure& after, const QuantifiedResult& result) {
    Measure before;
    QuantifiedResult resultBefore;
    auto stored = std::make_shared<Measure>(); // as in updateFinding
    const auto write = [this, stored](const Measure& m, const QuantifiedResult& r, std::optional<int> version) {
        m_ledger.rows().atomically([&] {
            if (!version)
                m_ledger.findings().requireUnchanged(*stored);
            m_ledger.findings().updateMeasure(m, m_ledger.recordDay(), version);
            m_ledger.activity().setResult(r);
            *stored = m_ledger.findings().measure(m.id);
        });
    };
    const bool ok = guarded(m_dialogParent, [&] {
        before = m_ledger.findings().measure(after.id);
        resultBefore = m_ledger.activity().result(after.findingId, after.id);
        write(after, result, after.rowVersion);
    });
    if (!ok)
        return false;
    const auto notify = [this, id = after.findingId] { emit findingChanged(id); };
    push(
        tr("修改整改措施"), [write, after, result] { write(after, result, std::nullopt); },
        [write, before, resultBefore] { write(before, resultBefore, std::nullopt); }, notify);
    notify();
    return true;
}

std::optional<Id> Editor::addRound(const InspectionRound& round) {
    std::optional<Id> id;
    if (guarded(m_dialogParent, [&] { id = m_ledger.inspections().addRound(round); }))
        emit roundsChanged();
    return id;
}

std::optional<Id> Editor::addInspection(const Inspection& inspection) {
    std::optional<Id> id;
    if (guarded(m_dialogParent, [&] { id = m_ledger.inspections().addInspection(inspection); }))
        emit roundsChanged();
    return id;
}

std::optional<Id> Editor::addFinding(const Finding& finding) {
    std::optional<Id> id;
    if (guarded(m_dialogParent, [&] { id = m_ledger.findings().addFinding(finding); }))
        emit findingsChanged(finding.inspectionId);
    return id;
}

std::optional<Id> Editor::addMeasure(const Measure& measure) {
    std::optional<Id> id;
    if (guarded(m_dialogParent, [&] { id = m_ledger.findings().addMeasure(measure); }))
        emit findingChanged(measure.findingId);
    return id;
}

bool Editor::removeRound(Id id) {
    if (!guarded(m_dialogParent, [&] { m_ledger.inspections().removeRound(id); }))
        return false;
    m_undo.clear();
    emit roundsChanged();
    return true;
}

bool Editor::removeInspection(Id id) {
    if (!guarded(m_dialogParent, [&] { m_ledger.inspections().removeInspection(id); }))
        return false;
    m_undo.clear();
    emit roundsChanged();
    return true;
}

bool Editor::removeFinding(Id findingId) {
    Id inspectionId = 0;
    if (!guarded(m_dialogParent, [&] {
            inspectionId = m_ledger.findings().finding(findingId).inspectionId;
            m_ledger.findings().removeFinding(findingId);
        }))
        return false;
    m_undo.clear();
    emit findingsChanged(inspectionId);
    return true;
}

bool Editor::removeMeasure(Id findingId, Id measureId) {
    if (!guarded(m_dialogParent, [&] { m_ledger.findings().removeMeasure(measureId); }))
        return false;
    m_undo.clear();
    emit findingChanged(findingId);
    return true;
}

bool Editor::run(const std::function<void()>& work) {
    return guarded(m_dialogParent, work);
}

bool Editor::workflow(Id findingId, const std::function<void()>& work) {
    if (!guarded(m_dialogParent, work))
        return false;
    emit findingChanged(findingId);
    return true;
}

bool Editor::bulk(const QString& text, const std::function<BulkSnapshot()>& apply) {
    BulkSnapshot before;
    if (!guarded(m_dialogParent, [&] { before = apply(); }))
        return false;
    const auto notify = [this] { emit itemsChanged(); };
    push(
        text, [apply] { apply(); }, [this, before] { BulkEdit::restore(m_ledger, before); }, notify);
    notify();
    return true;
}

bool Editor::bulkSetStatus(ItemKind kind, const QList<Id>& ids, Status status) {
    return bulk(tr("%1 项改为“%2”").arg(ids.size()).arg(label(status)),
                [=, this] { return BulkEdit::setStatus(m_ledger, kind, ids, status); });
}

bool Editor::bulkReassign(ItemKind kind, const QList<Id>& ids, std::optional<Id> unitId,
                          std::optional<Id> personId) {
    return bulk(tr("%1 项改派责任").arg(ids.size()),
                [=, this] { return BulkEdit::reassign(m_ledger, kind, ids, unitId, personId); });
}

bool Editor::bulkSetDeadline(ItemKind kind, const QList<Id>& ids, const Deadline& deadline,
                             const QString& reason) {
    return bulk(tr("%1 项调整整改时限").arg(ids.size()),
                [=, this] { return BulkEdit::setDeadline(m_ledger, kind, ids, deadline, reason); });
}

} // namespace rectrack::ui
