// Every kind of edit the window makes goes through a core Change and can be undone and redone
// on the window's undo stack, deletions included; the history records the edit, its undo and
// its redo, and the ledger still verifies.

#include "main/Editor.h"
#include "services/Ledger.h"
#include "storage/HistoryVerifier.h"
#include "support/TestLedger.h"
#include "UiTestHelpers.h"

#include <QStringList>
#include <QWidget>

#include <catch2/catch.hpp>

using namespace rectrack;
using namespace rectrack::test;

namespace {

// A small working ledger: a finding with a category, lead and co-unit, leader, a measure with its
// unit and person, a note and an evidence file; an empty round beside it.
struct Office {
    TestLedger ledger;
    Id round = 0, emptyRound = 0, inspection = 0, category = 0, finding = 0, measure = 0;
    Id unit = 0, coUnit = 0, person = 0, note = 0, evidence = 0;
    Office() {
        Ledger& l = *ledger;
        round = makeRound(l);
        emptyRound = makeRound(l, QStringLiteral("空的轮次"));
        inspection = makeInspection(l, round);
        category = l.inspections().addCategory({0, inspection, QStringLiteral("（一）"), QStringLiteral("党的领导"), 0});
        unit = l.units().addUnit({0, std::nullopt, QStringLiteral("县农业农村局"), 0});
        coUnit = l.units().addUnit({0, std::nullopt, QStringLiteral("县财政局"), 0});
        person = l.units().addPerson({0, QStringLiteral("李明"), QStringLiteral("局长"), unit, {}});
        finding = makeFinding(l, inspection, QStringLiteral("耕地撂荒整治推进缓慢"));
        Finding f = l.findings().finding(finding);
        f.categoryId = category;
        f.leadUnitId = unit;
        f.coUnitIds = {coUnit};
        f.leaderId = person;
        l.findings().updateFinding(f);
        measure = makeMeasure(l, finding);
        Measure m = l.findings().measure(measure);
        m.unitId = unit;
        m.personId = person;
        l.findings().updateMeasure(m, testToday());
        note = l.activity().addNote({0, finding, measure, testToday(), QStringLiteral("王丽"), QStringLiteral("已召开专题会")});
        evidence = l.activity().addEvidence(finding, std::nullopt, QStringLiteral("会议纪要.txt"), QByteArray("纪要内容"));
    }
};

qint64 historyCount(Ledger& ledger) {
    return ledger.history().entryCount();
}

// What an edit may change, written out: the same text before an edit and after its undo.
QString stateOf(Ledger& l, const Office& o) {
    QStringList out;
    for (const InspectionRound& r : l.inspections().rounds())
        out << QStringLiteral("round %1 %2").arg(r.id).arg(r.name);
    for (const Inspection& i : l.inspections().inspections())
        out << QStringLiteral("inspection %1 %2 %3").arg(i.id).arg(i.title, i.team);
    for (const Category& c : l.inspections().categories(o.inspection))
        out << QStringLiteral("category %1 %2 %3").arg(c.id).arg(c.title).arg(c.sortOrder);
    for (const Unit& u : l.units().units())
        out << QStringLiteral("unit %1 %2").arg(u.id).arg(u.name);
    for (const Person& p : l.units().persons())
        out << QStringLiteral("person %1 %2 %3").arg(p.id).arg(p.name, p.title);
    for (const FindingRow& row : l.views().findings(LedgerFilter{}, LedgerOrder{}, 0, 100)) {
        const Finding f = l.findings().finding(row.finding.id);
        QStringList co;
        for (Id u : f.coUnitIds)
            co << QString::number(u);
        out << QStringLiteral("finding %1 %2 cat=%3 lead=%4 co=%5 leader=%6 status=%7 signoff=%8 deadline=%9 withheld=%10")
                   .arg(f.id)
                   .arg(f.title)
                   .arg(f.categoryId.value_or(0))
                   .arg(f.leadUnitId.value_or(0))
                   .arg(co.join(u','))
                   .arg(f.leaderId.value_or(0))
                   .arg(int(f.status))
                   .arg(int(f.signOff))
                   .arg(f.deadline.displayText())
                   .arg(f.withheld);
        for (const Measure& m : l.findings().measures(f.id))
            out << QStringLiteral("measure %1 %2 unit=%3 person=%4 status=%5 deadline=%6")
                       .arg(m.id)
                       .arg(m.text)
                       .arg(m.unitId.value_or(0))
                       .arg(m.personId.value_or(0))
                       .arg(int(m.status))
                       .arg(m.deadline.displayText());
        for (const ProgressNote& n : l.activity().notes(f.id))
            out << QStringLiteral("note %1 %2").arg(n.id).arg(n.text);
        for (const EvidenceFile& e : l.activity().evidence(f.id))
            out << QStringLiteral("evidence %1 %2 %3").arg(e.id).arg(e.fileName, QString::fromUtf8(l.activity().evidenceContent(e.id)));
        out << QStringLiteral("signoffs %1").arg(l.activity().signOffs(f.id).size());
    }
    out << QStringLiteral("due soon %1").arg(l.policy().dueSoonDays);
    return out.join(u'\n');
}

struct Kind {
    QString name;
    std::function<Changes::ChangePtr(Ledger&, const Office&)> make;
    std::function<void(Ledger&, const Office&)> prepare = {}; // what the edit needs first
};

QList<Kind> everyKind() {
    return {
        {QStringLiteral("edit a finding"), [](Ledger& l, const Office& o) {
             Finding f = l.findings().finding(o.finding);
             f.title = QStringLiteral("改过的标题");
             return Changes::editFinding(f, l.activity().result(o.finding, std::nullopt));
         }},
        {QStringLiteral("mark a finding 不公开"), [](Ledger& l, const Office& o) {
             Finding f = l.findings().finding(o.finding);
             f.withheld = QStringLiteral("正在查办");
             return Changes::editFinding(f, l.activity().result(o.finding, std::nullopt));
         }},
        {QStringLiteral("edit a measure"), [](Ledger& l, const Office& o) {
             Measure m = l.findings().measure(o.measure);
             m.text = QStringLiteral("改过的措施");
             m.status = Status::Completed;
             return Changes::editMeasure(m, l.activity().result(o.finding, o.measure));
         }},
        {QStringLiteral("add a measure"), [](Ledger&, const Office& o) {
             Measure m;
             m.findingId = o.finding;
             m.text = QStringLiteral("新的措施");
             return Changes::addMeasure(m);
         }},
        {QStringLiteral("add a finding"), [](Ledger&, const Office& o) {
             Finding f;
             f.inspectionId = o.inspection;
             f.title = QStringLiteral("新的问题");
             return Changes::addFinding(f);
         }},
        {QStringLiteral("add a category"), [](Ledger&, const Office& o) {
             return Changes::addCategory({0, o.inspection, QStringLiteral("（二）"), QStringLiteral("作风建设"), 0});
         }},
        {QStringLiteral("rename a category"), [](Ledger& l, const Office& o) {
             Category c = l.inspections().category(o.category);
             c.title = QStringLiteral("改过的类别");
             return Changes::editCategory(c);
         }},
        {QStringLiteral("delete a category"), [](Ledger&, const Office& o) { return Changes::removeCategory(o.category); }},
        {QStringLiteral("add a unit"), [](Ledger&, const Office&) {
             return Changes::addUnit({0, std::nullopt, QStringLiteral("县水利局"), 0});
         }},
        {QStringLiteral("rename a unit"), [](Ledger& l, const Office& o) {
             Unit u = l.units().unit(o.unit);
             u.name = QStringLiteral("县农业农村局（改）");
             return Changes::editUnit(u);
         }},
        {QStringLiteral("delete a unit"), [](Ledger&, const Office& o) { return Changes::removeUnit(o.unit); }},
        {QStringLiteral("delete a co-unit"), [](Ledger&, const Office& o) { return Changes::removeUnit(o.coUnit); }},
        {QStringLiteral("add a person"), [](Ledger&, const Office& o) {
             return Changes::addPerson({0, QStringLiteral("张华"), QStringLiteral("副局长"), o.unit, {}});
         }},
        {QStringLiteral("edit a person"), [](Ledger& l, const Office& o) {
             Person p = l.units().person(o.person);
             p.title = QStringLiteral("党组书记");
             return Changes::editPerson(p);
         }},
        {QStringLiteral("delete a person"), [](Ledger&, const Office& o) { return Changes::removePerson(o.person); }},
        {QStringLiteral("add a note"), [](Ledger& l, const Office& o) {
             return Changes::addNote({0, o.finding, std::nullopt, testToday(), l.actor(), QStringLiteral("新的进展")});
         }},
        {QStringLiteral("delete a note"), [](Ledger&, const Office& o) { return Changes::removeNote(o.note); }},
        {QStringLiteral("attach evidence"), [](Ledger&, const Office& o) {
             return Changes::addEvidence(o.finding, o.measure, QStringLiteral("照片.jpg"), QByteArray("照片内容"));
         }},
        {QStringLiteral("delete evidence"), [](Ledger&, const Office& o) { return Changes::removeEvidence(o.evidence); }},
        {QStringLiteral("request sign-off"),
         [](Ledger&, const Office& o) {
             return Changes::signOff(o.finding, SignOffAction::Request, QStringLiteral("已整改完毕"));
         },
         [](Ledger& l, const Office& o) { l.findings().setMeasureStatus(o.measure, Status::Completed, testToday()); }},
        {QStringLiteral("approve sign-off"),
         [](Ledger&, const Office& o) {
             return Changes::signOff(o.finding, SignOffAction::Approve, QStringLiteral("同意销号"));
         },
         [](Ledger& l, const Office& o) {
             l.findings().setMeasureStatus(o.measure, Status::Completed, testToday());
             l.activity().recordSignOff(o.finding, SignOffAction::Request, QStringLiteral("已整改完毕"));
         }},
        {QStringLiteral("extend a deadline"), [](Ledger&, const Office& o) {
             return Changes::extendDeadline(o.finding, o.measure, Deadline{DeadlineKind::Date, testToday().addDays(60)},
                                            QStringLiteral("汛期无法施工"));
         }},
        {QStringLiteral("bulk status"), [](Ledger&, const Office& o) {
             return Changes::bulkSetStatus(ItemKind::Measure, {o.measure}, Status::InProgress);
         }},
        {QStringLiteral("bulk reassign"), [](Ledger&, const Office& o) {
             return Changes::bulkReassign(ItemKind::Finding, {o.finding}, o.coUnit, std::nullopt);
         }},
        {QStringLiteral("delete a measure"), [](Ledger&, const Office& o) { return Changes::removeMeasure(o.measure); }},
        {QStringLiteral("delete a finding"), [](Ledger&, const Office& o) { return Changes::removeFinding(o.finding); }},
        {QStringLiteral("delete an inspection"), [](Ledger&, const Office& o) { return Changes::removeInspection(o.inspection); }},
        {QStringLiteral("delete a round"), [](Ledger&, const Office& o) { return Changes::removeRound(o.emptyRound); }},
        {QStringLiteral("change the due-soon window"), [](Ledger&, const Office&) { return Changes::changePolicy(12, false); }},
    };
}

} // namespace

TEST_CASE("Every kind of edit is undone and redone, with the history recording each step", "[ui][undo]") {
    for (const Kind& kind : everyKind()) {
        DYNAMIC_SECTION(kind.name.toStdString()) {
            Office office;
            Ledger& l = *office.ledger;
            ModalWatcher refusals; // a refused step shows a message box: it is closed and kept
            QWidget window;
            ui::Editor editor(l, &window);
            int announced = 0;
            QObject::connect(&l.notifier(), &ChangeNotifier::changed, [&] { ++announced; });
            if (kind.prepare)
                kind.prepare(l, office);
            const QString before = stateOf(l, office);
            const qint64 entries = historyCount(l);

            const bool applied = editor.apply(kind.make(l, office));
            INFO(refusals.seen().join(u'\n').toStdString());
            REQUIRE(applied);
            const QString after = stateOf(l, office);
            CHECK(after != before);
            CHECK(announced == 1);
            const qint64 edited = historyCount(l);
            CHECK(edited > entries);
            REQUIRE(editor.undoStack()->canUndo());

            editor.undoStack()->undo();
            CHECK(refusals.seen().isEmpty());
            CHECK(stateOf(l, office) == before);
            const qint64 undone = historyCount(l);
            CHECK(undone > edited); // the undo is recorded, not erased
            CHECK(announced == 2);

            editor.undoStack()->redo();
            CHECK(stateOf(l, office) == after);
            CHECK(historyCount(l) > undone);
            CHECK(announced == 3);

            editor.undoStack()->undo(); // and back once more
            CHECK(stateOf(l, office) == before);
            const VerifyReport report = verifyHistory(l.database().connection());
            INFO(report.problems.join(u'\n').toStdString());
            CHECK(report.ok());
        }
    }
}
