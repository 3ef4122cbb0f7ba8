// The real main window on the offscreen platform, driven through its widgets by object name;
// what the user entered is then read back from the database file.

#include "main/MainWindow.h"
#include "UiTestHelpers.h"
#include "common/OptionalDateEdit.h"
#include "detail/DetailPanel.h"
#include "detail/EvidencePanel.h"
#include "dialogs/BackupDialog.h"
#include "dialogs/OpenProblemDialog.h"
#include "services/LedgerRestore.h"
#include "storage/sqlite/Backup.h"
#include "model/Error.h"
#include "storage/HistoryVerifier.h"
#include "storage/sqlite/Integrity.h"
#include "storage/Query.h"
#include "storage/ReadConnection.h"
#include "ledger/LedgerModel.h"
#include "ledger/LedgerPanel.h"
#include "main/Editor.h"
#include "main/LedgerLocation.h"
#include "support/TestLedger.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFocusEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTest>
#include <QTreeView>
#include <QTableWidget>
#include <QTreeWidget>
#include <QTemporaryDir>

using namespace rectrack;
using namespace rectrack::test;
using rectrack::ui::MainWindow;

namespace {
template <typename T> T* child(QWidget& window, const char* name) {
    T* widget = window.findChild<T*>(QString::fromLatin1(name));
    INFO("widget " << name);
    REQUIRE(widget != nullptr);
    return widget;
}

void trigger(QWidget& window, const char* actionName) {
    QAction* action = window.findChild<QAction*>(QString::fromLatin1(actionName));
    INFO("action " << actionName);
    REQUIRE(action != nullptr);
    REQUIRE(action->isEnabled());
    action->trigger();
}

void selectComboText(QComboBox* combo, const QString& text) {
    QFocusEvent focus(QEvent::FocusIn, Qt::TabFocusReason); // the user reaches the combo: units and people fill in
    QCoreApplication::sendEvent(combo, &focus);
    const int index = combo->findText(text, Qt::MatchContains);
    INFO("combo entry " << text.toStdString());
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}
} // namespace

TEST_CASE("A user creates an inspection - a finding and a measure - they are in the file after a restart",
          "[ui][window]") {
    TestLedger ledger;
    ledger->units().addUnit({0, std::nullopt, QStringLiteral("区财政局"), 0});
    ledger->units().addPerson({0, QStringLiteral("刘洋"), QStringLiteral("副区长"), std::nullopt, {}});
    {
        ModalWatcher modals;
        MainWindow window(*ledger);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));

        // An empty database greets the user.
        auto* centre = window.findChild<QStackedWidget*>();
        REQUIRE(centre);
        CHECK(child<QPushButton>(window, "welcomeSampleButton")->isVisible());

        trigger(window, "newInspectionAction");
        auto* title = child<QLineEdit>(window, "inspectionTitleLineEdit");
        clearField(title);
        typeText(title, QStringLiteral("市委第一巡察组对区财政局党组巡察整改"));
        typeText(child<QLineEdit>(window, "inspectionTeamLineEdit"), QStringLiteral("市委第一巡察组"));
        selectComboText(child<QComboBox>(window, "inspectionTypeComboBox"), QStringLiteral("专项"));
        selectComboText(child<QComboBox>(window, "inspectionUnitComboBox"), QStringLiteral("区财政局"));
        child<ui::OptionalDateEdit>(window, "inspectionFeedbackDateEdit")->setDate(QDate(2025, 3, 20));
        // what the bulletin states: typed into its row of the table
        auto* stated = child<QTableWidget>(window, "statedResultsTable");
        int lossRow = -1;
        for (int row = 0; row < stated->rowCount(); ++row)
            if (stated->item(row, 0)->data(Qt::UserRole).toString() == QStringLiteral("recovered_loss_wan_yuan"))
                lossRow = row;
        REQUIRE(lossRow >= 0);
        stated->item(lossRow, 1)->setText(QStringLiteral("948.19"));
        QTest::mouseClick(child<QPushButton>(window, "inspectionSaveButton"), Qt::LeftButton);
        CHECK_FALSE(child<QPushButton>(window, "inspectionSaveButton")->isEnabled());

        trigger(window, "newFindingAction");
        auto* findingTitle = child<QLineEdit>(window, "findingTitleLineEdit");
        clearField(findingTitle);
        typeText(findingTitle, QStringLiteral("专项资金拨付不及时"));
        typeText(child<QPlainTextEdit>(window, "findingDescriptionTextEdit"),
                 QStringLiteral("两个项目资金滞留超过半年。"));
        selectComboText(child<QComboBox>(window, "findingDeadlineKindComboBox"), QStringLiteral("限期整改"));
        child<ui::OptionalDateEdit>(window, "findingDeadlineDateEdit")->setDate(QDate(2025, 6, 10));
        selectComboText(child<QComboBox>(window, "findingLeaderComboBox"), QStringLiteral("刘洋"));
        selectComboText(child<QComboBox>(window, "findingLeadUnitComboBox"), QStringLiteral("区财政局"));
        typeText(child<QLineEdit>(window, "findingRecoveredLineEdit"), QStringLiteral("12.5"));
        QTest::mouseClick(child<QPushButton>(window, "findingSaveButton"), Qt::LeftButton);

        // The ledger shows it, overdue against the fixed clock (2025-06-16).
        auto* summary = child<QLabel>(window, "ledgerSummaryLabel");
        CHECK(summary->text().contains(QStringLiteral("反馈问题 <b>1</b> 个")));
        CHECK(summary->text().contains(QStringLiteral("逾期 <b>1</b>")));

        trigger(window, "newMeasureAction");
        auto* measureText = child<QPlainTextEdit>(window, "measureTextEdit");
        clearField(measureText);
        typeText(measureText, QStringLiteral("建立资金拨付台账，每月通报"));
        selectComboText(child<QComboBox>(window, "measureStatusComboBox"), QStringLiteral("已完成"));
        QTest::mouseClick(child<QPushButton>(window, "measureSaveButton"), Qt::LeftButton);
        CHECK(summary->text().contains(QStringLiteral("已完成 1")));
        CHECK(summary->text().contains(QStringLiteral("完成率 <b>100.0%</b>")));

        // A progress note from the detail pane.
        auto* note = child<QLineEdit>(window, "noteTextLineEdit");
        typeText(note, QStringLiteral("已拨付第一笔资金"));
        QTest::keyClick(note, Qt::Key_Return);
        CHECK(child<QTreeWidget>(window, "notesTreeWidget")->topLevelItemCount() == 1);
        window.close();
        INFO("dialogs shown: " << modals.seen().join(QStringLiteral(" / ")).toStdString());
        CHECK(modals.seen().isEmpty());
    }

    ledger.reopen();
    const QList<Inspection> inspections = ledger->inspections().inspections();
    REQUIRE(inspections.size() == 1);
    const Inspection& inspection = inspections.first();
    CHECK(inspection.title == QStringLiteral("市委第一巡察组对区财政局党组巡察整改"));
    CHECK(inspection.team == QStringLiteral("市委第一巡察组"));
    CHECK(inspection.type == InspectionType::Special);
    CHECK(inspection.feedbackDate == QDate(2025, 3, 20));
    CHECK(inspection.inspectedUnitId.has_value());
    CHECK(inspection.stated.amount(QStringLiteral("recovered_loss_wan_yuan")) == Money::parseWan(QStringLiteral("948.19")));
    const QList<Finding> findings = ledger->findings().findings(inspection.id);
    REQUIRE(findings.size() == 1);
    const Finding& f = findings.first();
    CHECK(f.title == QStringLiteral("专项资金拨付不及时"));
    CHECK(f.description == QStringLiteral("两个项目资金滞留超过半年。"));
    CHECK(f.deadline == Deadline{DeadlineKind::Date, QDate(2025, 6, 10)});
    CHECK(f.leaderId.has_value());
    CHECK(f.status == Status::Completed);
    CHECK(ledger->activity().result(f.id, std::nullopt).recovered.fen() == 12500000);
    const QList<Measure> measures = ledger->findings().measures(f.id);
    REQUIRE(measures.size() == 1);
    CHECK(measures.first().text == QStringLiteral("建立资金拨付台账，每月通报"));
    CHECK(measures.first().status == Status::Completed);
    CHECK(measures.first().completedDate == testToday());
    CHECK(ledger->activity().notes(f.id).first().text == QStringLiteral("已拨付第一笔资金"));
}

TEST_CASE("Undo takes an edit back in the database - redo puts it again", "[ui][window]") {
    TestLedger ledger;
    const Id inspection = makeInspection(*ledger, makeRound(*ledger));
    const Id finding = makeFinding(*ledger, inspection, QStringLiteral("原来的标题"));
    MainWindow window(*ledger);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.selectInspection(inspection);
    window.ledgerPanel()->selectFinding(finding);

    auto* title = child<QLineEdit>(window, "findingTitleLineEdit");
    REQUIRE(title->text() == QStringLiteral("原来的标题"));
    clearField(title);
    typeText(title, QStringLiteral("改后的标题"));
    trigger(window, "saveAction");
    CHECK(ledger->findings().finding(finding).title == QStringLiteral("改后的标题"));

    trigger(window, "undoAction");
    CHECK(ledger->findings().finding(finding).title == QStringLiteral("原来的标题"));
    CHECK(title->text() == QStringLiteral("原来的标题"));
    trigger(window, "redoAction");
    CHECK(ledger->findings().finding(finding).title == QStringLiteral("改后的标题"));
    CHECK(window.ledgerPanel()->model()->index(0, ui::LedgerModel::TitleColumn).data().toString() ==
          QStringLiteral("改后的标题"));
}

TEST_CASE("Undo does not overwrite what someone else saved meanwhile - both values are shown", "[ui][window][conflict]") {
    TestLedger ledger;
    const Id inspection = makeInspection(*ledger, makeRound(*ledger));
    const Id finding = makeFinding(*ledger, inspection, QStringLiteral("原来的标题"));
    MainWindow window(*ledger);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.selectInspection(inspection);
    window.ledgerPanel()->selectFinding(finding);
    auto* title = child<QLineEdit>(window, "findingTitleLineEdit");
    clearField(title);
    typeText(title, QStringLiteral("我改的标题"));
    trigger(window, "saveAction");
    REQUIRE(ledger->findings().finding(finding).title == QStringLiteral("我改的标题"));

    // a colleague's program, on its own connection, saves another title
    execRaw(ledger.path(), QStringLiteral("UPDATE findings SET title = '同事改的标题', row_version = row_version + 1 "
                                          "WHERE id = %1").arg(finding));
    ModalWatcher watcher;
    trigger(window, "undoAction");
    REQUIRE(QTest::qWaitFor([&] { return !watcher.seen().isEmpty(); }, 5000));
    const QString shown = watcher.seen().join(u'\n');
    CHECK(shown.contains(QStringLiteral("同事改的标题")));
    CHECK(shown.contains(QStringLiteral("我改的标题")));
    CHECK(shown.contains(QStringLiteral("标题"))); // the field, by its name
    CHECK(ledger->findings().finding(finding).title == QStringLiteral("同事改的标题"));
}

TEST_CASE("Undo of an inspection or round edit does not overwrite a colleague's later change", "[ui][window][conflict]") {
    TestLedger ledger;
    const Id round = makeRound(*ledger, QStringLiteral("原来的轮次"));
    const Id inspection = makeInspection(*ledger, round, QStringLiteral("原来的巡察"));
    MainWindow window(*ledger);
    ui::Editor& editor = window.editor();
    Inspection changed = ledger->inspections().inspection(inspection);
    changed.title = QStringLiteral("我改的巡察");
    REQUIRE(editor.updateInspection(changed));
    InspectionRound renamed = ledger->inspections().round(round);
    renamed.name = QStringLiteral("我改的轮次");
    REQUIRE(editor.updateRound(renamed));

    SECTION("nobody else changed them: undo and redo go through") {
        editor.undoStack()->undo();
        CHECK(ledger->inspections().round(round).name == QStringLiteral("原来的轮次"));
        editor.undoStack()->undo();
        CHECK(ledger->inspections().inspection(inspection).title == QStringLiteral("原来的巡察"));
        editor.undoStack()->redo();
        CHECK(ledger->inspections().inspection(inspection).title == QStringLiteral("我改的巡察"));
    }
    SECTION("a colleague changed them: undo is refused with both values") {
        execRaw(ledger.path(), QStringLiteral("UPDATE inspection_rounds SET name = '同事改的轮次' WHERE id = %1").arg(round));
        execRaw(ledger.path(), QStringLiteral("UPDATE inspections SET team = '同事填的巡察组', row_version = row_version + 1 "
                                              "WHERE id = %1").arg(inspection));
        ModalWatcher watcher;
        editor.undoStack()->undo();
        REQUIRE(QTest::qWaitFor([&] { return !watcher.seen().isEmpty(); }, 5000));
        CHECK(watcher.seen().join(u'\n').contains(QStringLiteral("同事改的轮次")));
        CHECK(ledger->inspections().round(round).name == QStringLiteral("同事改的轮次"));
        editor.undoStack()->undo();
        REQUIRE(QTest::qWaitFor([&] { return watcher.seen().size() >= 2; }, 5000));
        CHECK(watcher.seen().last().contains(QStringLiteral("同事填的巡察组")));
        const Inspection stored = ledger->inspections().inspection(inspection);
        CHECK(stored.title == QStringLiteral("我改的巡察"));
        CHECK(stored.team == QStringLiteral("同事填的巡察组"));
    }
}

TEST_CASE("Unsaved edits are saved when the user moves on", "[ui][window]") {
    TestLedger ledger;
    const Id inspection = makeInspection(*ledger, makeRound(*ledger));
    const Id first = makeFinding(*ledger, inspection, QStringLiteral("第一个"));
    const Id second = makeFinding(*ledger, inspection, QStringLiteral("第二个"));
    MainWindow window(*ledger);
    window.show();
    window.selectInspection(inspection);
    window.ledgerPanel()->selectFinding(first);
    typeText(child<QLineEdit>(window, "findingTitleLineEdit"), QStringLiteral("（已改）"));
    window.ledgerPanel()->selectFinding(second);
    CHECK(ledger->findings().finding(first).title == QStringLiteral("第一个（已改）"));
    CHECK(child<QLineEdit>(window, "findingTitleLineEdit")->text() == QStringLiteral("第二个"));
}

TEST_CASE("The sample data button fills an empty database and the ledger shows it", "[ui][window]") {
    TestLedger ledger;
    MainWindow window(*ledger);
    window.show();
    QTest::mouseClick(child<QPushButton>(window, "welcomeSampleButton"), Qt::LeftButton);
    auto* view = child<QTreeView>(window, "ledgerTreeView");
    CHECK(view->model()->rowCount() == 13);
    const LedgerStats s = ledger->statistics(Scope::all());
    CHECK(child<QLabel>(window, "ledgerSummaryLabel")
              ->text()
              .contains(QStringLiteral("反馈问题 <b>%1</b> 个").arg(s.findings)));
    CHECK(child<QLabel>(window, "ledgerSummaryLabel")
              ->text()
              .contains(QStringLiteral("逾期 <b>%1</b>").arg(s.overdue())));
}

TEST_CASE("Evidence attached from a file is stored in the database", "[ui][window]") {
    TestLedger ledger;
    const Id inspection = makeInspection(*ledger, makeRound(*ledger));
    const Id finding = makeFinding(*ledger, inspection);
    QFile file(QDir(ledger.dir()).filePath(QStringLiteral("会议纪要.txt")));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("minutes");
    file.close();
    MainWindow window(*ledger);
    window.show();
    window.selectInspection(inspection);
    window.ledgerPanel()->selectFinding(finding);
    window.detailPanel()->evidencePanel()->attachFiles({file.fileName()});
    CHECK(child<QTreeWidget>(window, "evidenceTreeWidget")->topLevelItemCount() == 1);
    const QList<EvidenceFile> stored = ledger->activity().evidence(finding);
    REQUIRE(stored.size() == 1);
    CHECK(stored.first().fileName == QStringLiteral("会议纪要.txt"));
    CHECK(ledger->activity().evidenceContent(stored.first().id) == QByteArray("minutes"));
}

TEST_CASE("Deleting a measure and then a finding asks first and removes them", "[ui][window]") {
    TestLedger ledger;
    const Id inspection = makeInspection(*ledger, makeRound(*ledger));
    const Id finding = makeFinding(*ledger, inspection, QStringLiteral("要删除的问题"));
    const Id measure = makeMeasure(*ledger, finding);
    const Id keep = makeFinding(*ledger, inspection, QStringLiteral("保留的问题"));
    MainWindow window(*ledger);
    window.show();
    window.selectInspection(inspection);

    {
        ModalWatcher refuse(false); // the user says no: nothing happens
        window.ledgerPanel()->selectMeasure(finding, measure);
        trigger(window, "deleteAction");
        QTRY_COMPARE(refuse.seen().size(), 1);
        CHECK(ledger->findings().measures(finding).size() == 1);
    }
    {
        ModalWatcher accept(true);
        window.ledgerPanel()->selectMeasure(finding, measure);
        trigger(window, "deleteAction");
        QTRY_COMPARE(accept.seen().size(), 1);
        CHECK(accept.seen().first().contains(QStringLiteral("测试措施")));
        CHECK(ledger->findings().measures(finding).isEmpty());

        window.ledgerPanel()->selectFinding(finding);
        trigger(window, "deleteAction");
        QTRY_COMPARE(accept.seen().size(), 2);
    }
    const QList<Finding> left = ledger->findings().findings(inspection);
    REQUIRE(left.size() == 1);
    CHECK(left.first().id == keep);
    CHECK(window.ledgerPanel()->model()->rowCount() == 1);
}

TEST_CASE("备份与恢复: a copy made from the window, restored after a later edit, with a restart", "[ui][window][backup]") {
    TestLedger ledger;
    const Id inspection = makeInspection(*ledger, makeRound(*ledger));
    const Id finding = makeFinding(*ledger, inspection, QStringLiteral("备份时的标题"));
    ui::BackupDialog dialog(*ledger);
    dialog.show();
    auto* list = dialog.findChild<QTreeWidget*>(QStringLiteral("backupList"));
    auto* status = dialog.findChild<QLabel*>(QStringLiteral("backupStatusLabel"));
    REQUIRE(list->topLevelItemCount() == 0);
    dialog.findChild<QPushButton*>(QStringLiteral("backupNowButton"))->click();
    REQUIRE(QTest::qWaitFor([&] { return list->topLevelItemCount() == 1; }, 20000));
    CHECK(status->text().contains(QStringLiteral("已备份到")));
    CHECK(list->topLevelItem(0)->text(1) == QStringLiteral("手动"));

    dialog.findChild<QPushButton*>(QStringLiteral("checkDatabaseButton"))->click();
    REQUIRE(QTest::qWaitFor([&] { return status->text().contains(QStringLiteral("完整检查通过")); }, 20000));

    auto renamed = ledger->findings().finding(finding);
    renamed.title = QStringLiteral("备份之后改的标题");
    ledger->findings().updateFinding(renamed);
    bool restored = false;
    QObject::connect(&dialog, &ui::BackupDialog::restored, [&] { restored = true; });
    list->setCurrentItem(list->topLevelItem(0));
    {
        ModalWatcher yes(true); // answers "replace the ledger?" with yes
        dialog.findChild<QPushButton*>(QStringLiteral("restoreSelectedButton"))->click();
    }
    // The restore runs in the background: the buttons wait, the dialog will not close, and the
    // label says what is being done.
    CHECK(dialog.isBusy());
    CHECK_FALSE(dialog.findChild<QPushButton*>(QStringLiteral("backupNowButton"))->isEnabled());
    dialog.reject();
    CHECK(dialog.isVisible());
    REQUIRE(QTest::qWaitFor([&] { return restored; }, 20000));
    CHECK_FALSE(dialog.isBusy());
    CHECK(status->text().contains(QStringLiteral("已恢复")));
    CHECK(dialog.findChild<QPushButton*>(QStringLiteral("backupNowButton"))->isEnabled());
    CHECK(ledger->findings().finding(finding).title == QStringLiteral("备份时的标题"));
    REQUIRE(QTest::qWaitFor([&] { return list->topLevelItemCount() == 2; }, 5000)); // plus the copy made before

    // The restore is in the restored ledger's history, and the chain still holds.
    ledger.reopen();
    {
        Query last(ledger->database().connection(),
                   QStringLiteral("SELECT entity, field, old_value, new_value FROM history ORDER BY id DESC LIMIT 1"));
        REQUIRE(last.exec().next());
        CHECK(last.value(0).toString() == RestoredEntity);
        CHECK(last.value(1).toString() == RestoredField);
        CHECK(last.value(2).toString().endsWith(QStringLiteral("before-restore.sqlite")));
        CHECK(last.value(3).toString().endsWith(QStringLiteral("manual.sqlite")));
    }
    CHECK(verifyHistory(ledger->database().connection()).ok());
}

TEST_CASE("On start the ledger is checked and backed up in the background - a damaged file is reported",
          "[ui][window][backup]") {
    TestLedger ledger;
    const Id inspection = makeInspection(*ledger, makeRound(*ledger));
    for (int i = 0; i < 200; ++i)
        makeFinding(*ledger, inspection, QStringLiteral("问题%1：").arg(i) + QString(200, u'详'));
    {
        MainWindow window(*ledger);
        window.startHousekeeping();
        REQUIRE(QTest::qWaitFor([&] { return Backup::list(ledger.path()).size() == 1; }, 20000));
        CHECK(Backup::list(ledger.path()).first().reason == Backup::Reason::Scheduled);
    }
    // Damage the file behind the program's back, in pages the window does not read (a table
    // written last, at the end of the file): the check says so and offers the way out.
    execRaw(ledger.path(), QStringLiteral("CREATE TABLE scratch (x BLOB)"));
    execRaw(ledger.path(), QStringLiteral("INSERT INTO scratch SELECT zeroblob(3000) FROM findings"));
    ledger.close();
    execRaw(ledger.path(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    damagePages(ledger.path(), -40);
    ledger.reopen();
    MainWindow window(*ledger);
    ModalWatcher watcher;
    window.startHousekeeping();
    REQUIRE(QTest::qWaitFor([&] { return !watcher.seen().isEmpty(); }, 20000));
    CHECK(watcher.seen().join(u'\n').contains(QStringLiteral("已损坏")));
    CHECK(Backup::list(ledger.path()).size() == 1); // no copy of a damaged file pushed out the good one
}

TEST_CASE("A damaged ledger at start: the dialog says why, and restores it from a backup - the damaged file is kept",
          "[ui][window][backup]") {
    TestLedger ledger;
    const Id inspection = makeInspection(*ledger, makeRound(*ledger));
    for (int i = 0; i < 100; ++i)
        makeFinding(*ledger, inspection, QStringLiteral("问题%1：").arg(i) + QString(200, u'详'));
    const QString backup = ledger->backupNow();
    ledger.close();
    damagePages(ledger.path(), 2);
    Error failure(Error::Kind::Storage, QString());
    try {
        ledger.reopen();
        MainWindow window(*ledger);
        FAIL("the damaged ledger opened");
    } catch (const Error& e) {
        failure = e;
    }
    CHECK(failure.kind() == Error::Kind::Corrupt);

    ui::OpenProblemDialog dialog(ledger.path(), failure);
    dialog.show();
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("openProblemReason"))->text().contains(failure.message()));
    auto* list = dialog.findChild<QTreeWidget*>(QStringLiteral("backupList"));
    REQUIRE(list);
    REQUIRE(list->topLevelItemCount() == 1);
    CHECK(list->currentItem() == list->topLevelItem(0)); // the newest is chosen
    dialog.findChild<QPushButton*>(QStringLiteral("restoreSelectedButton"))->click();
    CHECK(dialog.isRestoring());
    CHECK_FALSE(dialog.findChild<QPushButton*>(QStringLiteral("quitButton"))->isEnabled());
    REQUIRE(QTest::qWaitFor([&] { return !dialog.isRestoring(); }, 20000));
    INFO(dialog.findChild<QLabel*>(QStringLiteral("openProblemStatus"))->text().toStdString());
    REQUIRE(dialog.result() == QDialog::Accepted);
    CHECK(dialog.pathToOpen() == ledger.path());
    CHECK(dialog.restoreReport().contains(QStringLiteral(".damaged-")));
    CHECK(QDir(ledger.dir()).entryList({QStringLiteral("*.damaged-*[0-9]")}).size() == 1); // with its -wal and -shm beside it
    ledger.reopen();
    CHECK(ledger->findings().findingCount(inspection) == 100);
    // The backup's content, and one history entry more: the restore itself.
    const qint64 entries = Query(ledger->database().connection(), QStringLiteral("SELECT count(*) FROM history")).scalar().toLongLong();
    CHECK(entries == Query(ReadConnection(backup).db(), QStringLiteral("SELECT count(*) FROM history")).scalar().toLongLong() + 1);
    CHECK(verifyHistory(ledger->database().connection()).ok());
}

TEST_CASE("A ledger that cannot be opened: open another, start a new one (never over an existing file), or quit",
          "[ui][window]") {
    QTemporaryDir dir;
    const QString notALedger = dir.filePath(QStringLiteral("notes.sqlite"));
    {
        QFile file(notALedger);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("这不是数据库");
    }
    const Error failure(Error::Kind::NotRectrack, QStringLiteral("不是整改台账数据库"));
    SECTION("another ledger") {
        ui::OpenProblemDialog dialog(notALedger, failure);
        CHECK_FALSE(dialog.findChild<QTreeWidget*>(QStringLiteral("backupList"))); // no copies: nothing to restore from
        const QString other = dir.filePath(QStringLiteral("其他.sqlite"));
        dialog.setFileChooser([&](ui::OpenProblemDialog::FileQuestion q) {
            CHECK(q == ui::OpenProblemDialog::FileQuestion::OpenLedger);
            return other;
        });
        dialog.findChild<QPushButton*>(QStringLiteral("openOtherButton"))->click();
        CHECK(dialog.result() == QDialog::Accepted);
        CHECK(dialog.pathToOpen() == other);
    }
    SECTION("a new ledger, not over an existing file") {
        ui::OpenProblemDialog dialog(notALedger, failure);
        QString answer = notALedger;
        dialog.setFileChooser([&](ui::OpenProblemDialog::FileQuestion) { return answer; });
        dialog.findChild<QPushButton*>(QStringLiteral("newLedgerButton"))->click();
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK(dialog.findChild<QLabel*>(QStringLiteral("openProblemStatus"))->text().contains(QStringLiteral("已经存在")));
        answer = dir.filePath(QStringLiteral("新台账.sqlite"));
        dialog.findChild<QPushButton*>(QStringLiteral("newLedgerButton"))->click();
        CHECK(dialog.result() == QDialog::Accepted);
        CHECK(dialog.pathToOpen() == answer);
    }
    SECTION("a restore is refused for a file that is not damaged") {
        TestLedger ledger;
        const QString backup = ledger->backupNow();
        const QByteArray before = contentDigest(ledger.path());
        ui::OpenProblemDialog dialog(ledger.path(), Error(Error::Kind::Corrupt, QStringLiteral("损坏")));
        dialog.restoreFrom(backup);
        REQUIRE(QTest::qWaitFor([&] { return !dialog.isRestoring(); }, 20000));
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK(dialog.findChild<QLabel*>(QStringLiteral("openProblemStatus"))->text().contains(QStringLiteral("没有损坏")));
        CHECK(contentDigest(ledger.path()) == before);
    }
    SECTION("quit") {
        ui::OpenProblemDialog dialog(notALedger, failure);
        dialog.show();
        dialog.findChild<QPushButton*>(QStringLiteral("quitButton"))->click();
        CHECK(dialog.result() == QDialog::Rejected);
    }
    QFile file(notALedger);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == QByteArray("这不是数据库")); // untouched
}

TEST_CASE("Odd text is shown as written: emoji, right-to-left marks, markup, placeholders, 200,000 characters",
          "[ui][window][hostile]") {
    TestLedger ledger;
    const QString odd = QStringLiteral("<b>粗</b> %1 %2 😀𠀀 \u202E反向\u202C '); DROP TABLE findings; -- <img src=x>");
    const QString description = QString(200000, u'长') + QStringLiteral("\n<script>alert(1)</script>");
    const Id inspection = makeInspection(*ledger, makeRound(*ledger, odd), odd);
    const Id finding = makeFinding(*ledger, inspection, odd);
    Finding f = ledger->findings().finding(finding);
    f.description = description;
    ledger->findings().updateFinding(f);
    makeMeasure(*ledger, finding, Status::InProgress, {}, odd);
    ledger->activity().addNote(ProgressNote{0, finding, {}, ledger->today(), odd, odd});

    MainWindow window(*ledger);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.selectInspection(inspection);
    window.ledgerPanel()->selectFinding(finding);
    QApplication::processEvents();
    CHECK(child<QLineEdit>(window, "findingTitleLineEdit")->text() == odd);
    CHECK(child<QPlainTextEdit>(window, "findingDescriptionTextEdit")->toPlainText() == description);
    // nowhere is the user's markup rendered as rich text: a label shows it as plain text, or escaped
    int labelsWithTheText = 0;
    for (const QLabel* label : window.findChildren<QLabel*>()) {
        if (!label->text().contains(QStringLiteral("粗")))
            continue;
        ++labelsWithTheText;
        INFO("label " << label->objectName().toStdString() << ": " << label->text().toStdString());
        const bool plain = label->textFormat() == Qt::PlainText ||
                           (label->textFormat() == Qt::AutoText && !Qt::mightBeRichText(label->text()));
        CHECK((plain ? label->text().contains(QStringLiteral("<b>粗</b>"))
                     : label->text().contains(QStringLiteral("&lt;b&gt;粗&lt;/b&gt;"))));
    }
    CHECK(labelsWithTheText > 0);
    // the ledger's rows show it too
    const QAbstractItemModel* model = window.ledgerPanel()->findChild<QTreeView*>()->model();
    bool shown = false;
    for (int row = 0; row < model->rowCount() && !shown; ++row)
        for (int column = 0; column < model->columnCount() && !shown; ++column)
            shown = model->index(row, column).data().toString() == odd;
    CHECK(shown);
}

TEST_CASE("A ledger chosen at start is opened again next time, while it exists", "[ui][window]") {
    QSettings().remove(QStringLiteral("ledger/chosenPath"));
    QTemporaryDir dir;
    const QString chosen = dir.filePath(QStringLiteral("另一个台账.sqlite"));
    CHECK(ui::ledgerToOpen(QString()) == Database::defaultPath());
    CHECK(ui::ledgerToOpen(chosen) == chosen); // the command line always wins

    { QFile(chosen).open(QIODevice::WriteOnly); }
    ui::rememberLedger(chosen);
    CHECK(ui::ledgerToOpen(QString()) == chosen);
    CHECK(ui::ledgerToOpen(QStringLiteral("/tmp/named.sqlite")) == QStringLiteral("/tmp/named.sqlite"));

    QFile::remove(chosen); // moved away or deleted: back to the usual file, not a new empty one there
    CHECK(ui::ledgerToOpen(QString()) == Database::defaultPath());

    { QFile(chosen).open(QIODevice::WriteOnly); }
    ui::rememberLedger(Database::defaultPath()); // choosing the usual file again forgets the other
    CHECK(ui::ledgerToOpen(QString()) == Database::defaultPath());
}

TEST_CASE("What another program writes is shown without 刷新: the window notices the file changed", "[ui][window]") {
    TestLedger ledger;
    const Id inspection = makeInspection(*ledger, makeRound(*ledger));
    const Id finding = makeFinding(*ledger, inspection, QStringLiteral("原来的标题"));
    checkColleagueEditsShown(*ledger, ledger.clock(), inspection, finding);
}
