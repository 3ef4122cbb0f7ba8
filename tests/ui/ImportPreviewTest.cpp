// The import preview on the offscreen platform: the tree shows what was found, edits made in
// it are what gets saved, a second import of the same document is recognised, and the
// controller reports a file it cannot read.

#include "UiTestHelpers.h"
#include "common/OptionalDateEdit.h"
#include "import/BulletinParser.h"
#include "import/ColumnMappingDialog.h"
#include "import/ImportController.h"
#include "import/ImportPreviewDialog.h"
#include "import/ReadingPanel.h"
#include "import/ImportUpdateDialog.h"
#include "services/BulletinUpdate.h"
#include "import/readers/DocumentReader.h"
#include "main/Editor.h"
#include "storage/HistoryVerifier.h"
#include "services/BulletinFile.h"
#include "services/BulletinImport.h"
#include "support/TestLedger.h"

#include <QApplication>
#include <QPushButton>
#include <QTimer>
#include <QSettings>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace rectrack;
using namespace rectrack::test;

namespace {
QByteArray realOrFixture() {
    QFile real(QStringLiteral(RECTRACK_SHARED_REPORTS "/003_f52511ed11e6dba5.txt"));
    if (real.open(QIODevice::ReadOnly))
        return real.readAll();
    WARN("the shared reports are absent: using the project's own fixture");
    return QStringLiteral(
               "关于县委第一巡察组对测试局党组巡察整改情况的通报\n根据县委统一部署，2025年3月1日至4月30日，"
               "第一巡察组对测试局党组开展了专项巡察。\n二、集中整改进展情况\n（一）资金管理方面\n"
               "1.规范资金拨付。一是梳理台账。二是限时拨付。\n")
        .toUtf8();
}
} // namespace

TEST_CASE("The import preview shows the parse - saves the user's edits - recognises a re-import",
          "[ui][import]") {
    TestLedger ledger;
    const QByteArray bytes = realOrFixture();
    ParsedBulletin parsed = parseBulletin(readDocument(QStringLiteral("通报.txt"), bytes).text);
    parsed.format = QStringLiteral("txt");
    const QString hash = contentHash(bytes);

    QWidget window;
    ui::Editor editor(*ledger, &window);
    ui::ImportPreviewDialog preview(editor, parsed, hash, QStringLiteral("通报.txt"));
    preview.show();
    QTreeWidget* tree = preview.tree();
    REQUIRE(tree->topLevelItemCount() == parsed.categories.size());
    QTreeWidgetItem* firstItem = tree->topLevelItem(0)->child(0);
    REQUIRE(firstItem);
    CHECK(firstItem->text(1) == parsed.findings.first().title);
    CHECK(firstItem->childCount() == parsed.findings.first().measures.size());
    CHECK(preview.findChild<QListWidget*>(QStringLiteral("importWarningsListWidget"))->count() >= 1);

    tree->setCurrentItem(firstItem); // highlights its source paragraph, fills the item editor
    firstItem->setText(1, QStringLiteral("用户改过的标题"));
    auto* status = preview.findChild<QComboBox*>(QStringLiteral("importStatusComboBox"));
    REQUIRE(status->isEnabled());
    status->setCurrentIndex(status->findText(QStringLiteral("已完成")));
    CHECK(firstItem->text(2) == QStringLiteral("已完成"));
    preview.findChild<QPlainTextEdit*>(QStringLiteral("importOutcomesTextEdit"))
        ->setPlainText(QStringLiteral("成效一\n成效二"));
    preview.findChild<ui::OptionalDateEdit*>(QStringLiteral("importFeedbackDateEdit"))
        ->setOptionalDate(QDate(2024, 8, 19));
    preview.findChild<QPlainTextEdit*>(QStringLiteral("importNextStepsTextEdit"))
        ->setPlainText(QStringLiteral("继续推进"));
    auto* title = preview.findChild<QLineEdit*>(QStringLiteral("importTitleLineEdit"));
    title->setText(QStringLiteral("用户改过的通报标题"));
    const QString dir = qEnvironmentVariable("RECTRACK_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        preview.grab().save(QDir(dir).filePath(QStringLiteral("import-preview.png")));

    REQUIRE(preview.save());
    const Id id = *preview.savedInspection();
    CHECK(ledger->inspections().inspection(id).title == QStringLiteral("用户改过的通报标题"));
    const Finding first = ledger->findings().findings(id).first();
    CHECK(first.title == QStringLiteral("用户改过的标题"));
    CHECK(first.status == Status::Completed);
    CHECK(first.outcome == QStringLiteral("成效一\n成效二"));
    CHECK(ledger->inspections().inspection(id).feedbackDate == QDate(2024, 8, 19));
    CHECK(ledger->inspections().inspection(id).nextStepsText == QStringLiteral("继续推进"));
    const LedgerStats stats = ledger->statistics(Scope::inspection(id));
    CHECK(stats.categories == parsed.categories.size());
    CHECK(stats.measures == parsed.measureCount(ParsedFinding::Kind::Problem));

    SECTION("saving the same document again asks first - cancelling writes nothing") {
        ModalWatcher cancel(false);
        ui::ImportPreviewDialog again(editor, parsed, hash, QStringLiteral("通报.txt"));
        CHECK_FALSE(again.save());
        REQUIRE(cancel.seen().size() == 1);
        CHECK(cancel.seen().first().contains(QStringLiteral("用户改过的通报标题")));
        CHECK(ledger->inspections().inspections().size() == 1);
    }
    SECTION("the import is one change: undone as a whole, redone, and the history still verifies") {
        const qint64 findings = ledger->findings().findings(id).size();
        REQUIRE(editor.undoStack()->count() == 1);
        CHECK(editor.undoStack()->undoText().contains(QStringLiteral("用户改过的通报标题")));
        editor.undoStack()->undo();
        CHECK(ledger->inspections().inspections().isEmpty());
        CHECK(ledger->views().findings(LedgerFilter{}, LedgerOrder{}, 0, 10).isEmpty());
        editor.undoStack()->redo();
        REQUIRE(ledger->inspections().inspections().size() == 1);
        CHECK(ledger->inspections().inspections().first().title == QStringLiteral("用户改过的通报标题"));
        CHECK(ledger->findings().findings(ledger->inspections().inspections().first().id).size() == findings);
        const VerifyReport report = verifyHistory(ledger->database().connection());
        INFO(report.problems.join(u'\n').toStdString());
        CHECK(report.ok());
    }
}

TEST_CASE("The import controller tells the user why a file cannot be imported", "[ui][import]") {
    TestLedger ledger;
    QWidget window;
    ui::Editor editor(*ledger, &window);
    ui::ImportController controller(editor, &window);
    QFile broken(QDir(ledger.dir()).filePath(QStringLiteral("损坏.pdf")));
    REQUIRE(broken.open(QIODevice::WriteOnly));
    broken.write("%PDF-1.7\n1 0 obj << /Type /Catalog");
    broken.close();
    ModalWatcher watcher(false);
    CHECK_FALSE(controller.importFile(broken.fileName()).has_value());
    REQUIRE(watcher.seen().size() == 1);
    CHECK(watcher.seen().first().contains(QStringLiteral("PDF")));
    CHECK(ledger->inspections().inspections().isEmpty());
}

TEST_CASE("The update dialog lists each worked-on record the new version drops, kept unless ticked", "[ui][import][update]") {
    TestLedger ledger;
    const QString head = QStringLiteral("关于县委第三巡察组对示范局党组巡察整改情况的通报\n\n二、集中整改进展情况\n\n"
                                        "（一）正在推进整改的问题 2 个\n\n");
    const ParsedBulletin v1 = parseBulletin(head + QStringLiteral("1. 关于“公示不及时。”问题的整改\n\n整改措施：①按月公示。\n\n"
                                                                 "2. 关于“报销不规范。”问题的整改\n\n整改措施：①逐笔复核。\n"));
    const Id inspection = saveBulletin(*ledger, v1, QStringLiteral("v1"));
    const QList<Finding> findings = ledger->findings().findings(inspection);
    REQUIRE(findings.size() == 2);
    ProgressNote note;
    note.findingId = findings[1].id;
    note.text = QStringLiteral("已复核三个月");
    note.date = testToday();
    ledger->activity().addNote(note);
    const ParsedBulletin v2 = parseBulletin(head + QStringLiteral("1. 关于“公示不及时。”问题的整改\n\n整改措施：①按月公示。\n"));
    const UpdatePlan plan = planBulletinUpdate(*ledger, inspection, v2);

    ui::ImportUpdateDialog dialog(plan, QStringLiteral("示范局"));
    dialog.show();
    QApplication::processEvents();
    if (const QString dir = qEnvironmentVariable("RECTRACK_SCREENSHOT_DIR"); !dir.isEmpty())
        REQUIRE(dialog.grab().save(QDir(dir).filePath(QStringLiteral("dialog-import-update.png"))));
    auto* list = dialog.findChild<QListWidget*>(QStringLiteral("removalsListWidget"));
    REQUIRE(list);
    REQUIRE(list->count() == 1);
    CHECK(list->item(0)->text().contains(QStringLiteral("报销不规范")));
    CHECK(list->item(0)->text().contains(QStringLiteral("进展")));
    CHECK(list->item(0)->checkState() == Qt::Unchecked);
    CHECK(dialog.confirmedRemovals().isEmpty()); // kept unless the user ticks it
    list->item(0)->setCheckState(Qt::Checked);
    CHECK(dialog.confirmedRemovals().findings == QSet<Id>{findings[1].id});
    CHECK(dialog.confirmedRemovals().measures.isEmpty());
}

TEST_CASE("An office's ledger sheet in the import preview: each measure's status and deadline shown, its unit and person saved",
          "[ui][import][ledger-sheet]") {
    TestLedger ledger;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("任务分解表.csv"));
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("\xEF\xBB\xBF"); // as Excel saves "CSV UTF-8"
        f.write(QStringLiteral("序号,问题类别,反馈问题,整改措施,牵头单位,配合单位,责任人,完成时限,整改进展\n"
                               "1,作风建设,督查检查考核过多,统筹年度督查计划,办公室,督查室,赵六,2025年6月30日,已完成\n"
                               "1,作风建设,督查检查考核过多,精简考核指标,绩效办,,钱七,2025年9月底前,推进中\n"
                               "2,廉政建设,公务接待超标准,修订接待办法,办公室,财务科,孙八,立行立改,\n")
                    .toUtf8());
    }
    const BulletinFile read = readBulletinFile(path);
    QWidget window;
    ui::Editor editor(*ledger, &window);
    ui::ImportPreviewDialog preview(editor, read.bulletin, read.hash, QStringLiteral("任务分解表.csv"));
    preview.resize(1200, 700);
    preview.show();
    QTreeWidget* tree = preview.tree();
    REQUIRE(tree->topLevelItemCount() == 2); // the two categories
    QTreeWidgetItem* finding = tree->topLevelItem(0)->child(0);
    REQUIRE(finding);
    CHECK(finding->text(1) == QStringLiteral("督查检查考核过多"));
    REQUIRE(finding->childCount() == 2);
    CHECK(finding->child(0)->text(2) == QStringLiteral("已完成"));
    CHECK(finding->child(1)->text(3) == QStringLiteral("2025年9月底前"));
    CHECK(finding->child(1)->toolTip(1).contains(QStringLiteral("绩效办")));
    finding->setExpanded(true);
    tree->setCurrentItem(finding); // its row is shown in the sheet's text
    const QString shots = qEnvironmentVariable("RECTRACK_SCREENSHOT_DIR");
    if (!shots.isEmpty())
        preview.grab().save(QDir(shots).filePath(QStringLiteral("import-ledger-sheet.png")));

    finding->child(1)->setText(1, QString()); // the user drops a measure: its details go with it
    REQUIRE(preview.save());
    const Id id = *preview.savedInspection();
    const QList<Finding> findings = ledger->findings().findings(id);
    REQUIRE(findings.size() == 2);
    const QList<Measure> measures = ledger->findings().measures(findings[0].id);
    REQUIRE(measures.size() == 1);
    CHECK(measures[0].text == QStringLiteral("统筹年度督查计划"));
    CHECK(ledger->units().unit(*measures[0].unitId).name == QStringLiteral("办公室"));
    CHECK(ledger->units().person(*measures[0].personId).name == QStringLiteral("赵六"));
    CHECK(measures[0].status == Status::Completed);
    CHECK(findings[0].coUnitIds.size() == 2); // 督查室 and 绩效办 help 办公室
    CHECK(ledger->units().unit(*findings[1].leadUnitId).name == QStringLiteral("办公室"));
    // its one measure's progress left blank while others were said: not started
    CHECK(ledger->findings().measures(findings[1].id).value(0).status == Status::NotStarted);
    CHECK(verifyHistory(ledger->database().connection()).ok());
}

TEST_CASE("A ledger sheet's columns told again in the preview are read that way, and remembered for the same header",
          "[ui][import][columns]") {
    TestLedger ledger;
    QWidget window;
    ui::Editor editor(*ledger, &window);
    ui::ImportController controller(editor, &window);
    QSettings().remove(QStringLiteral("import/columns"));
    // the persons are in a column headed 备注, which the import takes for a remark
    const auto writeSheet = [&](const QString& name, const QString& person) {
        const QString path = QDir(ledger.dir()).filePath(name);
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("序号,反馈问题,整改措施,责任部门,备注\n1,车辆管理不规范,修订管理办法,办公室,%1\n").arg(person).toUtf8());
        return path;
    };
    int step = 0;
    QStringList seenPersons;
    QString seenWarnings;
    QTimer script;
    QObject::connect(&script, &QTimer::timeout, [&] {
        QWidget* modal = QApplication::activeModalWidget();
        if (!modal)
            return;
        if (auto* preview = qobject_cast<ui::ImportPreviewDialog*>(modal)) {
            if (step == 0) { // the first preview: the user opens 各列含义…
                step = 1;
                QMetaObject::invokeMethod(preview, [preview] { preview->chooseColumns(); }, Qt::QueuedConnection);
            } else if (step == 2 || step == 3) { // read again: see it, then save (or, the second file, leave)
                seenPersons = preview->editedBulletin().findings.value(0).persons;
                seenWarnings = preview->editedBulletin().warnings.join(u'\n');
                if (step == 2) {
                    step = 9;
                    preview->findChild<QPushButton*>(QStringLiteral("importSaveButton"))->click();
                } else {
                    step = 10;
                    preview->reject();
                }
            }
        } else if (auto* columns = qobject_cast<ui::ColumnMappingDialog*>(modal); columns && step == 1) {
            step = 2;
            columns->choose(4, QStringLiteral("person"));
            CHECK(columns->mapText() == QStringLiteral("A=number,B=title,C=measure,D=lead_unit,E=person"));
            columns->accept();
        }
    });
    script.start(20);
    REQUIRE(controller.importFile(writeSheet(QStringLiteral("台账一.csv"), QStringLiteral("张三"))).has_value());
    CHECK(seenPersons == QStringList{QStringLiteral("张三")});

    // another file with the same header: read the confirmed way at once
    step = 3;
    seenPersons.clear();
    CHECK_FALSE(controller.importFile(writeSheet(QStringLiteral("台账二.csv"), QStringLiteral("李四"))).has_value());
    CHECK(step == 10);
    CHECK(seenPersons == QStringList{QStringLiteral("李四")});
    CHECK(seenWarnings.contains(QStringLiteral("上次")));
    QSettings().remove(QStringLiteral("import/columns"));
}

TEST_CASE("The preview's reading is corrected by hand - the level of the problems, a heading that is not one, "
          "one merged - and the tree is read again at once",
          "[ui][import][reading]") {
    TestLedger ledger;
    // Numbered topics under areas, none of them saying it is a problem: the parser has to guess.
    const QString text = QStringLiteral(
        "关于县委第一巡察组反馈意见整改情况的通报\n"
        "根据县委统一部署，2025年3月1日至4月30日，县委第一巡察组对测试局党组开展了常规巡察。\n"
        "二、整改落实情况\n"
        "（一）资金管理方面\n"
        "1.规范资金拨付。一是梳理台账。二是限时拨付。\n"
        "2.加强预算约束。一是编制项目预算。二是开展绩效评价。\n"
        "（二）作风建设方面\n"
        "1.严格公务接待。一是清理台账。二是退回超标费用。\n"
        "2.说明：以上工作持续推进。一是定期督查。\n");
    ParsedBulletin parsed = parseBulletin(text);
    parsed.format = QStringLiteral("txt");
    REQUIRE(parsed.findings.size() == 4);
    CHECK(parsed.problemLevel == HeadingLevel::Number);

    QWidget window;
    ui::Editor editor(*ledger, &window);
    ui::ImportPreviewDialog preview(editor, parsed, contentHash(text.toUtf8()), QStringLiteral("通报.txt"));
    preview.show();
    QTreeWidget* tree = preview.tree();
    auto* doubts = preview.findChild<QLabel*>(QStringLiteral("importDoubtsLabel"));
    REQUIRE(doubts);
    CHECK(doubts->isVisible()); // a guessed level is said at the top
    CHECK(doubts->text().contains(QStringLiteral("1.")));

    // the user says the problems are the （一） headings: two problems, their 1. 2. the measures
    QComboBox* problemLevel = preview.findChild<QComboBox*>(QStringLiteral("importProblemLevelComboBox"));
    REQUIRE(problemLevel);
    problemLevel->setCurrentIndex(problemLevel->findData(static_cast<int>(HeadingLevel::Paren)));
    REQUIRE(tree->topLevelItemCount() == 2);
    CHECK(tree->topLevelItem(0)->text(1) == QStringLiteral("资金管理方面"));
    CHECK(tree->topLevelItem(0)->childCount() == 2); // 1. and 2. as its measures

    // back to the automatic reading, then mark the last item "not a problem" and merge one
    preview.findChild<QPushButton*>(QStringLiteral("importResetReadingButton"))->click();
    REQUIRE(parsed.findings.size() == 4);
    const int last = parsed.findings[3].sourceOffset;
    const int second = parsed.findings[1].sourceOffset;
    preview.readingPanel()->markNotProblem(last);
    preview.readingPanel()->mergeWithPrevious(second);
    const ParsedBulletin edited = preview.editedBulletin();
    REQUIRE(edited.findings.size() == 2);
    CHECK(edited.findings[0].title == QStringLiteral("规范资金拨付"));
    CHECK(edited.findings[0].measures.size() == 4); // its own two and the merged item's two
    CHECK(edited.findings[1].title == QStringLiteral("严格公务接待"));

    // what is saved is what the corrected tree shows
    REQUIRE(preview.save());
    const Id id = *preview.savedInspection();
    CHECK(ledger->findings().findings(id).size() == 2);
}
