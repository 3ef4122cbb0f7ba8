// The progress form round trip (进展填报表): a unit's form out of the ledger, filled in and saved
// again as a spreadsheet program would, and back in as edits with history, with a conflict for
// a measure the office changed meanwhile, nothing done twice, and the undo taking it all back.

#include "import/readers/ZipPackage.h"
#include "services/ProgressForms.h"
#include "storage/HistoryVerifier.h"
#include "support/TestFiles.h"
#include "support/TestLedger.h"

#include <QFile>

#include <catch2/catch.hpp>

using namespace rectrack;
using namespace rectrack::test;

namespace {
QByteArray fileBytes(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

ReturnedForm formIn(const QString& path) {
    const auto form = readProgressFormFile(path);
    REQUIRE(form);
    return *form;
}

struct Office {
    Id finance = 0, office = 0;
    Id first = 0, second = 0, done = 0, elsewhere = 0, unowned = 0;
    Id findingA = 0, findingB = 0;
};

Office makeOffice(Ledger& ledger) {
    Office o;
    o.finance = ledger.units().addUnit({0, std::nullopt, QStringLiteral("财务科"), 0});
    o.office = ledger.units().addUnit({0, std::nullopt, QStringLiteral("办公室"), 0});
    const Id inspection = makeInspection(ledger, makeRound(ledger));
    o.findingA = makeFinding(ledger, inspection, QStringLiteral("公务接待超标准"));
    o.findingB = makeFinding(ledger, inspection, QStringLiteral("专项资金拨付滞后"));
    Finding b = ledger.findings().finding(o.findingB);
    b.leadUnitId = o.finance;
    ledger.findings().updateFinding(b);
    const auto measure = [&](Id finding, const QString& text, Status status, OptionalId unit) {
        const Id id = makeMeasure(ledger, finding, status, Deadline{DeadlineKind::Date, QDate(2025, 9, 30)}, text);
        Measure m = ledger.findings().measure(id);
        m.unitId = unit;
        ledger.findings().updateMeasure(m, testToday());
        return id;
    };
    o.first = measure(o.findingA, QStringLiteral("修订公务接待管理办法"), Status::NotStarted, o.finance);
    o.second = measure(o.findingA, QStringLiteral("清退超标准接待费用"), Status::InProgress, o.finance);
    o.done = measure(o.findingA, QStringLiteral("开展专题学习"), Status::Completed, o.finance);
    o.elsewhere = measure(o.findingA, QStringLiteral("通报典型问题"), Status::NotStarted, o.office);
    o.unowned = measure(o.findingB, QStringLiteral("建立拨付台账"), Status::NotStarted, std::nullopt);
    return o;
}

int rowOf(const QList<QStringList>& rows, int keyColumn, Id measure) {
    for (int r = 1; r < rows.size(); ++r)
        if (FormKey::parse(rows[r].value(keyColumn))->measure == measure)
            return r;
    FAIL("no row for measure " << measure);
    return -1;
}

void set(QStringList& row, int column, const QString& text) {
    while (row.size() <= column)
        row << QString();
    row[column] = text;
}
} // namespace

TEST_CASE("A unit's progress form holds its open measures, locked but for the columns it fills in", "[progress-form]") {
    TestLedger ledger;
    const Office o = makeOffice(*ledger);
    const QString path = ledger.dir() + QStringLiteral("/财务科.xlsx");
    CHECK(writeProgressForm(ledger->views(), ledger->units().unit(o.finance), {}, path) == 3);

    const ReturnedForm form = formIn(path);
    QList<Id> measures;
    for (const ReturnedRow& row : form.rows) {
        measures << row.key.measure;
        CHECK(row.key.unit == o.finance);
        CHECK(row.progress.isEmpty());
    }
    CHECK(measures == QList<Id>{o.first, o.second, o.unowned}); // not the closed one, not the office's
    CHECK(form.rows[1].statusWords == QStringLiteral("正在推进"));
    CHECK(form.rows[1].key.sent == Status::InProgress);

    // the sheet is protected, the status column offers the list, the key column is hidden
    const QByteArray bytes = fileBytes(path); // the package reads from it: it must outlive it
    ZipPackage package(bytes, {QStringLiteral("damaged"), QStringLiteral("too large")});
    const QByteArray sheet = package.read(QStringLiteral("xl/worksheets/sheet1.xml"), 1 << 24, QStringLiteral("missing"));
    CHECK(sheet.contains("<sheetProtection"));
    CHECK(sheet.contains("<dataValidation type=\"list\""));
    CHECK(sheet.contains(QStringLiteral("正在推进").toUtf8()));
    CHECK(sheet.contains("hidden=\"1\""));

    // sent back as it was: nothing to change
    const FormPlan plan = planProgressForm(*ledger, form);
    CHECK(plan.unit.name == QStringLiteral("财务科"));
    CHECK(plan.changesNothing());
    CHECK(plan.conflicts.isEmpty());
    CHECK(plan.warnings.isEmpty());

    // a unit with nothing open gets no form
    const Id idle = ledger->units().addUnit({0, std::nullopt, QStringLiteral("工会"), 0});
    CHECK_THROWS_AS(writeProgressForm(ledger->views(), ledger->units().unit(idle), {}, ledger.dir() + QStringLiteral("/工会.xlsx")),
                    Error);
    CHECK_FALSE(QFile::exists(ledger.dir() + QStringLiteral("/工会.xlsx")));
}

TEST_CASE("A returned progress form comes in as edits with history: a conflict is shown, a repeat changes nothing, the undo takes it back",
          "[progress-form]") {
    TestLedger ledger;
    const Office o = makeOffice(*ledger);
    const QString sent = ledger.dir() + QStringLiteral("/财务科.xlsx");
    writeProgressForm(ledger->views(), ledger->units().unit(o.finance), {}, sent);

    // the unit fills it in; its program saves it again (shared strings, no protection, the key
    // column moved to the front)
    QList<QStringList> rows = workbookRows(sent);
    const int key = columnStarting(rows[0], QStringLiteral("校验键"));
    const int progress = columnStarting(rows[0], QStringLiteral("本次进展"));
    const int status = columnStarting(rows[0], QStringLiteral("整改状态"));
    const int completed = columnStarting(rows[0], QStringLiteral("完成日期"));
    QStringList& first = rows[rowOf(rows, key, o.first)];
    set(first, progress, QStringLiteral("已印发《公务接待管理办法》"));
    set(first, status, QStringLiteral("已完成"));
    set(first, completed, QStringLiteral("2025年6月10日"));
    set(rows[rowOf(rows, key, o.second)], progress, QStringLiteral("已清退 3 笔，余 1 笔本月内清退"));
    set(rows[rowOf(rows, key, o.unowned)], status, QStringLiteral("推进中"));
    rows << QStringList{QStringLiteral("9"), QString(), QString(), QStringLiteral("自加的一行")} ;
    set(rows.last(), progress, QStringLiteral("新增措施"));
    for (QStringList& row : rows) { // the key column first
        while (row.size() <= key)
            row << QString();
        row.prepend(row.takeAt(key));
    }
    const QString returned = ledger.dir() + QStringLiteral("/财务科（已填）.xlsx");
    writeWorkbook(returned, rows);

    // meanwhile the office rewrote the unit's third measure
    Measure changed = ledger->findings().measure(o.unowned);
    changed.text = QStringLiteral("建立专项资金拨付台账并按月通报");
    ledger->findings().updateMeasure(changed, testToday());

    const FormPlan plan = planProgressForm(*ledger, formIn(returned));
    CHECK(plan.statusChanges() == 1);
    CHECK(plan.newNotes() == 2);
    REQUIRE(plan.conflicts.size() == 1);
    CHECK(plan.conflicts[0].measure == o.unowned);
    CHECK(plan.conflicts[0].form == QStringLiteral("正在推进"));
    CHECK(plan.conflicts[0].ledger == QStringLiteral("未启动"));
    REQUIRE(plan.warnings.size() == 1);
    CHECK(plan.warnings[0].contains(QStringLiteral("没有校验键")));
    CHECK(formSummary(plan) == QStringLiteral("财务科的进展填报表：状态变更 1 条，新进展 2 条，冲突 1 条"));

    const qint64 entries = ledger->history().entryCount();
    const auto change = Changes::importProgressForm(plan);
    change->apply(*ledger);
    const Measure done = ledger->findings().measure(o.first);
    CHECK(done.status == Status::Completed);
    CHECK(done.completedDate == QDate(2025, 6, 10));
    CHECK(ledger->findings().measure(o.unowned).status == Status::NotStarted); // the conflict is not applied
    const QList<ProgressNote> notes = ledger->activity().notes(o.findingA);
    REQUIRE(notes.size() == 2);
    for (const ProgressNote& note : notes) {
        CHECK(note.author == QStringLiteral("财务科"));
        CHECK(note.date == testToday());
    }
    CHECK(ledger->history().entryCount() > entries);
    CHECK(verifyHistory(ledger->database().connection()).ok());

    // the same form again: nothing to do
    const FormPlan again = planProgressForm(*ledger, formIn(returned));
    CHECK(again.changesNothing());

    // the undo takes the whole import back
    const auto undo = change->inverse();
    REQUIRE(undo);
    undo->apply(*ledger);
    CHECK(ledger->findings().measure(o.first).status == Status::NotStarted);
    CHECK(ledger->activity().notes(o.findingA).isEmpty());
    CHECK(verifyHistory(ledger->database().connection()).ok());
}

TEST_CASE("A progress form applied after someone changed its measure since the preview writes nothing", "[progress-form]") {
    TestLedger ledger;
    const Office o = makeOffice(*ledger);
    const QString sent = ledger.dir() + QStringLiteral("/财务科.xlsx");
    writeProgressForm(ledger->views(), ledger->units().unit(o.finance), {}, sent);
    QList<QStringList> rows = workbookRows(sent);
    const int key = columnStarting(rows[0], QStringLiteral("校验键"));
    set(rows[rowOf(rows, key, o.first)], columnStarting(rows[0], QStringLiteral("整改状态")), QStringLiteral("已完成"));
    set(rows[rowOf(rows, key, o.second)], columnStarting(rows[0], QStringLiteral("本次进展")), QStringLiteral("推进中"));
    const QString returned = ledger.dir() + QStringLiteral("/回.xlsx");
    writeWorkbook(returned, rows);
    const FormPlan plan = planProgressForm(*ledger, formIn(returned));
    REQUIRE(plan.statusChanges() == 1);

    ledger->findings().setMeasureStatus(o.first, Status::InProgress, testToday()); // after the preview
    const qint64 entries = ledger->history().entryCount();
    try {
        Changes::importProgressForm(plan)->apply(*ledger);
        FAIL("a stale plan went in");
    } catch (const Error& e) {
        CHECK(e.kind() == Error::Kind::Conflict);
    }
    CHECK(ledger->history().entryCount() == entries);
    CHECK(ledger->activity().notes(o.findingA).isEmpty());
}

TEST_CASE("A progress form with a broken key, an unknown status, or from another ledger is told, not guessed", "[progress-form]") {
    TestLedger ledger;
    const Office o = makeOffice(*ledger);
    const QString sent = ledger.dir() + QStringLiteral("/财务科.xlsx");
    writeProgressForm(ledger->views(), ledger->units().unit(o.finance), {}, sent);
    QList<QStringList> rows = workbookRows(sent);
    const int key = columnStarting(rows[0], QStringLiteral("校验键"));
    const int status = columnStarting(rows[0], QStringLiteral("整改状态"));
    QStringList& first = rows[rowOf(rows, key, o.first)];
    set(first, status, QStringLiteral("差不多了"));
    QStringList& second = rows[rowOf(rows, key, o.second)];
    set(second, key, second[key].replace(QStringLiteral("m="), QStringLiteral("m=x")));
    const QString returned = ledger.dir() + QStringLiteral("/回.xlsx");
    writeWorkbook(returned, rows);
    const FormPlan plan = planProgressForm(*ledger, formIn(returned));
    CHECK(plan.changesNothing());
    REQUIRE(plan.warnings.size() == 2);
    CHECK(plan.warnings.join(u' ').contains(QStringLiteral("差不多了")));
    CHECK(plan.warnings.join(u' ').contains(QStringLiteral("校验键被改动过")));

    // a form made for a unit this ledger does not have
    for (QStringList& row : rows)
        if (const auto k = FormKey::parse(row.value(key))) {
            FormKey other = *k;
            other.unit = 9999;
            row[key] = other.text();
        }
    writeWorkbook(returned, rows);
    CHECK_THROWS_AS(planProgressForm(*ledger, formIn(returned)), Error);

    // a ledger workbook is not a form
    writeWorkbook(returned, {{QStringLiteral("序号"), QStringLiteral("问题"), QStringLiteral("整改措施")},
                             {QStringLiteral("1"), QStringLiteral("问题甲"), QStringLiteral("措施甲")}});
    CHECK_FALSE(readProgressFormFile(returned).has_value());
}
