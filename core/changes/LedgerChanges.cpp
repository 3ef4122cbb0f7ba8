#include "LedgerChanges.h"

#include "domain/Enums.h"
#include "services/Ledger.h"
#include "services/SampleData.h"

#include <QCoreApplication>

namespace rectrack::Changes {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(rectrack::LedgerChanges)
};

ChangePtr make(const QString& text, Operation operation, RepositoryChange::Write write) {
    return std::make_unique<RepositoryChange>(text, operation, std::move(write));
}

ChangePtr edit(const QString& text, std::function<void(Ledger&)> write) {
    return make(text, Operation::EditLedger, [write = std::move(write)](Ledger& ledger, RepositoryChange&) {
        write(ledger);
    });
}
} // namespace

ChangePtr addRound(const InspectionRound& round) {
    return edit(Text::tr("新建轮次“%1”").arg(round.name), [round](Ledger& l) { l.inspections().addRound(round); });
}

ChangePtr editRound(const InspectionRound& after) {
    return edit(Text::tr("修改轮次“%1”").arg(after.name), [after](Ledger& l) { l.inspections().updateRound(after); });
}

ChangePtr removeRound(Id roundId) {
    return edit(Text::tr("删除轮次"), [roundId](Ledger& l) { l.inspections().removeRound(roundId); });
}

ChangePtr addInspection(const Inspection& inspection) {
    return edit(Text::tr("新建巡察“%1”").arg(inspection.title),
                [inspection](Ledger& l) { l.inspections().addInspection(inspection); });
}

ChangePtr editInspection(const Inspection& after) {
    return edit(Text::tr("修改巡察“%1”").arg(after.title),
                [after](Ledger& l) { l.inspections().updateInspection(after, after.rowVersion); });
}

ChangePtr removeInspection(Id inspectionId) {
    return edit(Text::tr("删除巡察"), [inspectionId](Ledger& l) { l.inspections().removeInspection(inspectionId); });
}

ChangePtr addCategory(const Category& category) {
    return edit(Text::tr("新增问题类别“%1”").arg(category.title),
                [category](Ledger& l) { l.inspections().addCategory(category); });
}

ChangePtr editCategory(const Category& after) {
    return edit(Text::tr("修改问题类别“%1”").arg(after.title), [after](Ledger& l) { l.inspections().updateCategory(after); });
}

ChangePtr moveCategory(Id categoryId, int delta) {
    return edit(Text::tr("移动问题类别"), [categoryId, delta](Ledger& l) { l.inspections().moveCategory(categoryId, delta); });
}

ChangePtr removeCategory(Id categoryId) {
    return edit(Text::tr("删除问题类别"), [categoryId](Ledger& l) { l.inspections().removeCategory(categoryId); });
}

ChangePtr addFinding(const Finding& finding) {
    return edit(Text::tr("新增问题“%1”").arg(finding.title), [finding](Ledger& l) { l.findings().addFinding(finding); });
}

ChangePtr editFinding(const Finding& after, const QuantifiedResult& result) {
    return edit(Text::tr("修改问题“%1”").arg(after.title), [after, result](Ledger& l) {
        l.findings().updateFinding(after, after.rowVersion);
        l.activity().setResult(result);
    });
}

ChangePtr removeFinding(Id findingId) {
    return edit(Text::tr("删除问题"), [findingId](Ledger& l) { l.findings().removeFinding(findingId); });
}

ChangePtr addMeasure(const Measure& measure) {
    return edit(Text::tr("新增整改措施"), [measure](Ledger& l) { l.findings().addMeasure(measure); });
}

ChangePtr editMeasure(const Measure& after, const QuantifiedResult& result) {
    return edit(Text::tr("修改整改措施"), [after, result](Ledger& l) {
        l.findings().updateMeasure(after, l.recordDay(), after.rowVersion);
        l.activity().setResult(result);
    });
}

ChangePtr setMeasureStatus(Id measureId, Status status, std::optional<QDate> completedOn) {
    return edit(Text::tr("整改措施改为“%1”").arg(label(status)), [=](Ledger& l) {
        l.findings().setMeasureStatus(measureId, status, completedOn.value_or(l.recordDay()));
    });
}

ChangePtr setFindingStatus(Id findingId, Status status, std::optional<QDate> completedOn) {
    return edit(Text::tr("问题改为“%1”").arg(label(status)), [=](Ledger& l) {
        l.findings().setFindingStatus(findingId, status, completedOn.value_or(l.recordDay()));
    });
}

ChangePtr removeMeasure(Id measureId) {
    return edit(Text::tr("删除整改措施"), [measureId](Ledger& l) { l.findings().removeMeasure(measureId); });
}

ChangePtr addNote(const ProgressNote& note) {
    return edit(Text::tr("添加进展情况"), [note](Ledger& l) { l.activity().addNote(note); });
}

ChangePtr removeNote(Id noteId) {
    return edit(Text::tr("删除进展情况"), [noteId](Ledger& l) { l.activity().removeNote(noteId); });
}

ChangePtr addEvidence(Id findingId, OptionalId measureId, const QString& fileName, const QByteArray& content) {
    return edit(Text::tr("上传佐证材料“%1”").arg(fileName), [=](Ledger& l) {
        l.activity().addEvidence(findingId, measureId, fileName, content);
    });
}

ChangePtr removeEvidence(Id evidenceId) {
    return make(Text::tr("删除佐证材料"), Operation::EditLedger, [evidenceId](Ledger& l, RepositoryChange& self) {
        // the content goes with the last record that refers to it: kept for the undo
        self.keepBlob(l.activity().evidenceFile(evidenceId).sha256, l.activity().evidenceContent(evidenceId));
        l.activity().removeEvidence(evidenceId);
    });
}

ChangePtr signOff(Id findingId, SignOffAction action, const QString& comment) {
    const QString text = action == SignOffAction::Request   ? Text::tr("申请对账销号")
                         : action == SignOffAction::Approve ? Text::tr("同意销号")
                                                            : Text::tr("退回销号申请");
    const Operation operation =
        action == SignOffAction::Request ? Operation::RequestSignOff : Operation::ReviewSignOff;
    return make(text, operation, [=](Ledger& l, RepositoryChange&) { l.activity().recordSignOff(findingId, action, comment); });
}

ChangePtr followUp(Id findingId, ReviewResult result, const QString& comment) {
    return make(Text::tr("回头看"), Operation::FollowUpReview, [=](Ledger& l, RepositoryChange&) {
        l.activity().addReview({0, findingId, l.recordDay(), l.actor(), result, comment});
    });
}

ChangePtr extendDeadline(Id findingId, OptionalId measureId, const Deadline& deadline, const QString& reason) {
    return edit(Text::tr("延期"), [=](Ledger& l) { l.findings().extendDeadline(findingId, measureId, deadline, reason); });
}

ChangePtr addUnit(const Unit& unit) {
    return edit(Text::tr("新增单位“%1”").arg(unit.name), [unit](Ledger& l) { l.units().addUnit(unit); });
}

ChangePtr editUnit(const Unit& after) {
    return edit(Text::tr("修改单位“%1”").arg(after.name), [after](Ledger& l) { l.units().updateUnit(after); });
}

ChangePtr removeUnit(Id unitId) {
    return edit(Text::tr("删除单位"), [unitId](Ledger& l) { l.units().removeUnit(unitId); });
}

ChangePtr addPerson(const Person& person) {
    return edit(Text::tr("新增人员“%1”").arg(person.name), [person](Ledger& l) { l.units().addPerson(person); });
}

ChangePtr editPerson(const Person& after) {
    return edit(Text::tr("修改人员“%1”").arg(after.name), [after](Ledger& l) { l.units().updatePerson(after); });
}

ChangePtr removePerson(Id personId) {
    return edit(Text::tr("删除人员"), [personId](Ledger& l) { l.units().removePerson(personId); });
}

ChangePtr bulkSetStatus(ItemKind kind, const QList<Id>& ids, Status status) {
    return edit(Text::tr("%1 项改为“%2”").arg(ids.size()).arg(label(status)),
                [=](Ledger& l) { BulkEdit::setStatus(l, kind, ids, status); });
}

ChangePtr bulkReassign(ItemKind kind, const QList<Id>& ids, std::optional<Id> unitId, std::optional<Id> personId) {
    return edit(Text::tr("%1 项改派责任").arg(ids.size()),
                [=](Ledger& l) { BulkEdit::reassign(l, kind, ids, unitId, personId); });
}

ChangePtr bulkSetDeadline(ItemKind kind, const QList<Id>& ids, const Deadline& deadline, const QString& reason) {
    return edit(Text::tr("%1 项调整整改时限").arg(ids.size()),
                [=](Ledger& l) { BulkEdit::setDeadline(l, kind, ids, deadline, reason); });
}

ChangePtr changePolicy(int dueSoonDays, bool workingDays) {
    return make(Text::tr("修改临期提醒天数"), Operation::ChangeSettings,
                [=](Ledger& l, RepositoryChange&) { l.changePolicy(dueSoonDays, workingDays); });
}

ChangePtr changeCalendar(const QString& calendarText) {
    return make(Text::tr("修改工作日历"), Operation::ChangeSettings,
                [=](Ledger& l, RepositoryChange&) { l.changeCalendar(calendarText); });
}

ChangePtr addAccount(const QString& name, Role role, const QString& password) {
    return make(Text::tr("新增账户“%1”").arg(name), Operation::ManageAccounts,
                [=](Ledger& l, RepositoryChange&) { l.accounts().addAccount(name, role, password); });
}

ChangePtr setRole(Id accountId, Role role) {
    return make(Text::tr("修改账户角色"), Operation::ManageAccounts,
                [=](Ledger& l, RepositoryChange&) { l.accounts().setRole(accountId, role); });
}

ChangePtr setActive(Id accountId, bool active) {
    return make(active ? Text::tr("启用账户") : Text::tr("停用账户"), Operation::ManageAccounts,
                [=](Ledger& l, RepositoryChange&) { l.accounts().setActive(accountId, active); });
}

ChangePtr setPassword(Id accountId, const QString& password) {
    return make(Text::tr("修改密码"), Operation::ChangeOwnPassword,
                [=](Ledger& l, RepositoryChange&) { l.accounts().setPassword(accountId, password, l.actor()); });
}

ChangePtr loadSampleData() {
    return make(Text::tr("载入示例数据"), Operation::LoadSampleData,
                [](Ledger& l, RepositoryChange&) { rectrack::loadSampleData(l); });
}

} // namespace rectrack::Changes
