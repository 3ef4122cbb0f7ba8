// The staff ledger views driven through the real window on the offscreen platform:
// filters and search, inline and bulk edits with undo, the sign-off workflow by role,
// evidence dropped on the panel, the read-only leader, the digest and the 责任清单.

#include "UiTestHelpers.h"
#include "detail/DetailPanel.h"
#include "detail/EvidencePanel.h"
#include "detail/SignOffPanel.h"
#include "main/DigestDialog.h"
#include "main/Editor.h"
#include "main/MainWindow.h"
#include "services/SampleData.h"
#include "storage/Query.h"
#include "support/TestLedger.h"
#include "export/LedgerTable.h"
#include "views/LedgerViewPanel.h"
#include "views/ResponsibilityPanel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFocusEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QTabWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QUrl>

using namespace rectrack;
using namespace rectrack::test;
using rectrack::ui::LedgerListModel;
using rectrack::ui::LedgerViewPanel;
using rectrack::ui::MainWindow;

namespace {

const QString Password = QStringLiteral("secret-123");

void selectComboText(QComboBox* combo, const QString& text) {
    QFocusEvent focus(QEvent::FocusIn, Qt::TabFocusReason); // the user reaches the combo: units and people fill in
    QCoreApplication::sendEvent(combo, &focus);
    const int index = combo->findText(text);
    INFO("combo entry " << text.toStdString());
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

template <typename T> T* child(QWidget* parent, const char* name) {
    T* widget = parent->findChild<T*>(QString::fromLatin1(name));
    INFO("widget " << name);
    REQUIRE(widget != nullptr);
    return widget;
}

// Waits until the view's rows, read on a worker, have arrived.
void settle(LedgerViewPanel* panel) {
    QTRY_VERIFY_WITH_TIMEOUT(!panel->model()->isLoading(), 20000);
}

// The row of the view whose title column contains text (loading pages as needed).
int rowWithTitle(LedgerViewPanel* panel, const QString& text) {
    LedgerListModel* model = panel->model();
    for (;;) {
        settle(panel);
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->index(r, LedgerListModel::TitleColumn).data().toString().contains(text))
                return r;
        if (!model->canFetchMore({}))
            return -1;
        model->fetchMore({});
    }
}

void pressOk(QWidget* dialog) {
    auto* buttons = dialog->findChild<QDialogButtonBox*>();
    REQUIRE(buttons != nullptr);
    buttons->button(QDialogButtonBox::Ok)->click();
}

int scalar(Ledger& ledger, const QString& sql) {
    return Query(ledger.database().connection(), sql).scalar().toInt();
}

} // namespace

TEST_CASE("问题清单: the deadline-state filter and the search box give what core counts", "[ui][views]") {
    TestLedger ledger;
    loadSampleData(*ledger);
    MainWindow window(*ledger);
    window.show();
    LedgerViewPanel* findings = window.findingsView();
    window.viewTabs()->setCurrentWidget(findings);
    settle(findings);
    CHECK(findings->model()->rowCount() == 13);
    QTRY_COMPARE(findings->model()->total(), 13);

    selectComboText(child<QComboBox>(findings, "stateFilterComboBox"), QStringLiteral("已逾期"));
    settle(findings);
    LedgerFilter overdue;
    overdue.deadlineStates = {DeadlineState::Overdue};
    const int expected = ledger->views().findingCount(overdue);
    REQUIRE(expected > 0);
    CHECK(findings->model()->rowCount() == expected);
    QTRY_VERIFY(child<QLabel>(findings, "countLabel")->text().contains(QString::number(expected)));
    for (int r = 0; r < findings->model()->rowCount(); ++r)
        CHECK(findings->model()->index(r, LedgerListModel::DeadlineStateColumn).data().toString() == QStringLiteral("已逾期"));

    child<QPushButton>(findings, "clearFilterButton")->click();
    settle(findings);
    CHECK(findings->model()->rowCount() == 13);
    QLineEdit* search = findings->filterBar()->searchEdit();
    typeText(search, QStringLiteral("复耕"));
    QTRY_COMPARE(findings->model()->rowCount(), 1);
    CHECK(findings->model()->index(0, LedgerListModel::TitleColumn).data().toString() == QStringLiteral("耕地撂荒整治推进缓慢"));
    clearField(search);
    typeText(search, QStringLiteral("车"));
    QTRY_COMPARE(findings->model()->rowCount(), ledger->views().findingCount([] {
        LedgerFilter f;
        f.text = QStringLiteral("车");
        return f;
    }()));

    // Ctrl+F goes to the search box of the current view
    window.viewTabs()->setCurrentIndex(0);
    window.findChild<QAction*>(QStringLiteral("searchAction"))->trigger();
    CHECK(window.viewTabs()->currentWidget() == findings);
}

TEST_CASE("任务清单: twenty measures changed in one go - undone with one Ctrl+Z", "[ui][views]") {
    TestLedger ledger;
    const Id inspection = makeInspection(*ledger, makeRound(*ledger));
    for (int i = 0; i < 20; ++i)
        makeMeasure(*ledger, makeFinding(*ledger, inspection, QStringLiteral("问题%1").arg(i)), Status::NotStarted,
                    {}, QStringLiteral("措施%1").arg(i));
    MainWindow window(*ledger);
    window.show();
    window.viewTabs()->setCurrentWidget(window.measuresView());
    LedgerViewPanel* measures = window.measuresView();
    selectComboText(child<QComboBox>(measures, "statusFilterComboBox"), QStringLiteral("未启动"));
    settle(measures);
    REQUIRE(measures->model()->rowCount() == 20);
    measures->view()->selectAll();
    CHECK(measures->selectedIds().size() == 20);
    {
        DialogAnswer answer([](QWidget* dialog) {
            selectComboText(dialog->findChild<QComboBox*>(QStringLiteral("bulkStatusComboBox")), QStringLiteral("已完成"));
            pressOk(dialog);
        });
        child<QPushButton>(measures, "bulkStatusButton")->click();
        CHECK(answer.answered());
    }
    CHECK(scalar(*ledger, QStringLiteral("SELECT count(*) FROM measures WHERE status = 'completed'")) == 20);
    CHECK(scalar(*ledger, QStringLiteral("SELECT count(*) FROM findings WHERE status = 'completed'")) == 20);
    settle(measures);
    CHECK(measures->model()->rowCount() == 0); // no longer "未启动"
    // the 问题清单, out of sight during the edit, reads again when it comes into sight
    window.viewTabs()->setCurrentWidget(window.findingsView());
    settle(window.findingsView());
    CHECK(window.findingsView()->model()->index(0, LedgerListModel::StatusColumn).data().toString() ==
          label(Status::Completed));
    window.viewTabs()->setCurrentWidget(measures);

    window.findChild<QAction*>(QStringLiteral("undoAction"))->trigger();
    CHECK(scalar(*ledger, QStringLiteral("SELECT count(*) FROM measures WHERE status = 'not_started'")) == 20);
    settle(measures);
    CHECK(measures->model()->rowCount() == 20);
    window.findChild<QAction*>(QStringLiteral("redoAction"))->trigger();
    CHECK(scalar(*ledger, QStringLiteral("SELECT count(*) FROM measures WHERE status = 'completed'")) == 20);
    window.findChild<QAction*>(QStringLiteral("undoAction"))->trigger();

    // reassign and move deadlines of a selection, with a reason recorded for each
    const Id unit = ledger->units().addUnit({0, std::nullopt, QStringLiteral("督查室"), 0});
    emit window.editor().referenceDataChanged();
    settle(measures);
    measures->view()->selectAll();
    {
        DialogAnswer answer([](QWidget* dialog) {
            selectComboText(dialog->findChild<QComboBox*>(QStringLiteral("bulkUnitComboBox")), QStringLiteral("督查室"));
            pressOk(dialog);
        });
        child<QPushButton>(measures, "bulkReassignButton")->click();
    }
    CHECK(scalar(*ledger, QStringLiteral("SELECT count(*) FROM measures WHERE unit_id = %1").arg(unit)) == 20);
    settle(measures);
    measures->view()->selectAll();
    {
        DialogAnswer answer([](QWidget* dialog) {
            selectComboText(dialog->findChild<QComboBox*>(QStringLiteral("bulkDeadlineKindComboBox")), QStringLiteral("长期坚持"));
            dialog->findChild<QPlainTextEdit*>(QStringLiteral("bulkReasonPlainTextEdit"))->setPlainText(QStringLiteral("转为长效机制"));
            pressOk(dialog);
        });
        child<QPushButton>(measures, "bulkDeadlineButton")->click();
    }
    CHECK(scalar(*ledger, QStringLiteral("SELECT count(*) FROM deadline_extensions WHERE reason = '转为长效机制'")) == 20);

    // the status cell edits in place, and that is undoable too
    settle(measures);
    const QModelIndex cell = measures->model()->index(0, LedgerListModel::StatusColumn);
    const Id first = measures->model()->idAt(0);
    REQUIRE(measures->model()->flags(cell).testFlag(Qt::ItemIsEditable));
    CHECK(measures->model()->setData(cell, static_cast<int>(Status::InProgress), Qt::EditRole));
    CHECK(ledger->findings().measure(first).status == Status::InProgress);
    window.findChild<QAction*>(QStringLiteral("undoAction"))->trigger();
    CHECK(ledger->findings().measure(first).status == Status::NotStarted);
}

TEST_CASE("Sign-off by role: staff request - the reviewer returns with a reason - then approves - a follow-up reopens",
          "[ui][views][signoff]") {
    TestLedger ledger;
    const Id inspection = makeInspection(*ledger, makeRound(*ledger));
    const Id finding = makeFinding(*ledger, inspection, QStringLiteral("档案管理不规范"));
    makeMeasure(*ledger, finding, Status::Completed);
    ledger->activity().addEvidence(finding, std::nullopt, QStringLiteral("整改报告.pdf"), "%PDF");
    ledger->accounts().addAccount(QStringLiteral("管理员"), Role::Administrator, Password);
    ledger->accounts().addAccount(QStringLiteral("干事"), Role::Staff, Password);
    ledger->accounts().addAccount(QStringLiteral("审核人"), Role::Reviewer, Password);

    const auto as = [&](const QString& name, const std::function<void(MainWindow&, ui::SignOffPanel*)>& work) {
        ledger.reopen();
        ledger->signIn(name, Password);
        MainWindow window(*ledger);
        window.show();
        window.viewTabs()->setCurrentWidget(window.findingsView());
        const int row = rowWithTitle(window.findingsView(), QStringLiteral("档案管理不规范"));
        REQUIRE(row >= 0);
        window.findingsView()->view()->selectRow(row);
        work(window, window.detailPanel()->signOffPanel());
    };
    const auto answerText = [](const QString& text) {
        return [text](QWidget* dialog) {
            auto* input = qobject_cast<QInputDialog*>(dialog);
            REQUIRE(input != nullptr);
            input->setTextValue(text);
            input->accept();
        };
    };
    as(QStringLiteral("干事"), [&](MainWindow&, ui::SignOffPanel* panel) {
        CHECK_FALSE(child<QPushButton>(panel, "approveSignOffButton")->isEnabled());
        auto* request = child<QPushButton>(panel, "requestSignOffButton");
        REQUIRE(request->isEnabled());
        DialogAnswer answer(answerText(QStringLiteral("佐证材料已齐全")));
        request->click();
    });
    CHECK(ledger->findings().finding(finding).signOff == SignOffState::Requested);
    as(QStringLiteral("审核人"), [&](MainWindow&, ui::SignOffPanel* panel) {
        CHECK_FALSE(child<QPushButton>(panel, "requestSignOffButton")->isEnabled());
        DialogAnswer answer(answerText(QStringLiteral("缺少会议纪要")));
        child<QPushButton>(panel, "returnSignOffButton")->click();
    });
    CHECK(ledger->findings().finding(finding).signOff == SignOffState::Returned);
    CHECK(ledger->activity().signOffs(finding).last().comment == QStringLiteral("缺少会议纪要"));
    as(QStringLiteral("干事"), [&](MainWindow&, ui::SignOffPanel* panel) {
        DialogAnswer answer(answerText(QStringLiteral("已补充会议纪要")));
        child<QPushButton>(panel, "requestSignOffButton")->click();
    });
    CHECK(ledger->findings().finding(finding).signOff == SignOffState::Requested);
    as(QStringLiteral("审核人"), [&](MainWindow& window, ui::SignOffPanel* panel) {
        child<QPushButton>(panel, "approveSignOffButton")->click();
        settle(window.findingsView());
        CHECK(window.findingsView()->model()->index(window.findingsView()->view()->currentIndex().row(),
                                                    LedgerListModel::SignOffColumn)
                  .data()
                  .toString() == QStringLiteral("已销号"));
    });
    CHECK(ledger->findings().finding(finding).signOff == SignOffState::Approved);
    CHECK(ledger->statistics(Scope::all()).signedOff == 1);

    // 回头看 finds it rebounded: reopened, marked in the views and counted
    as(QStringLiteral("审核人"), [&](MainWindow& window, ui::SignOffPanel* panel) {
        DialogAnswer pickRebound([](QWidget* dialog) {
            auto* input = qobject_cast<QInputDialog*>(dialog);
            REQUIRE(input != nullptr);
            input->setTextValue(input->comboBoxItems().last());
            input->accept();
            // the second question: what rebounded
            QTimer::singleShot(50, [] {
                auto* second = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
                if (second) {
                    second->setTextValue(QStringLiteral("档案又出现缺失"));
                    second->accept();
                }
            });
        });
        child<QPushButton>(panel, "followUpButton")->click();
        const int row = rowWithTitle(window.findingsView(), QStringLiteral("档案管理不规范"));
        CHECK(window.findingsView()->model()->index(row, LedgerListModel::TitleColumn).data().toString().startsWith(QStringLiteral("【重新整改】")));
        CHECK(window.findingsView()->model()->index(row, LedgerListModel::SignOffColumn).data().toString() == QStringLiteral("已重新打开"));
    });
    CHECK(ledger->findings().finding(finding).reopened);
    CHECK(ledger->statistics(Scope::all()).reopened == 1);
    CHECK(ledger->statistics(Scope::all()).signedOff == 0);
}

TEST_CASE("Evidence dropped on the panel is attached - stored once by content", "[ui][views][evidence]") {
    TestLedger ledger;
    const Id inspection = makeInspection(*ledger, makeRound(*ledger));
    const Id finding = makeFinding(*ledger, inspection, QStringLiteral("问题"));
    MainWindow window(*ledger);
    window.show();
    window.detailPanel()->showFinding(finding);
    ui::EvidencePanel* panel = window.detailPanel()->evidencePanel();
    QFile file(QDir(ledger.dir()).filePath(QStringLiteral("会议纪要.txt")));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("第一次整改专题会议纪要");
    file.close();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(file.fileName()), QUrl::fromLocalFile(file.fileName())});
    QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(panel, &enter);
    CHECK(enter.isAccepted());
    QDropEvent drop(QPointF(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(panel, &drop);
    const QList<EvidenceFile> files = ledger->activity().evidence(finding);
    REQUIRE(files.size() == 2);
    CHECK(files[0].fileName == QStringLiteral("会议纪要.txt"));
    CHECK(scalar(*ledger, QStringLiteral("SELECT count(*) FROM evidence_blobs")) == 1);
    CHECK(ledger->activity().evidenceContent(files[0].id) == QByteArray("第一次整改专题会议纪要"));
}

TEST_CASE("A leader's window reads everything and changes nothing", "[ui][views][access]") {
    TestLedger ledger;
    loadSampleData(*ledger);
    ledger->accounts().addAccount(QStringLiteral("管理员"), Role::Administrator, Password);
    ledger->accounts().addAccount(QStringLiteral("书记"), Role::Leader, Password);
    ledger.reopen();
    ledger->signIn(QStringLiteral("书记"), Password);
    MainWindow window(*ledger);
    window.show();
    settle(window.findingsView());
    CHECK(window.findingsView()->model()->rowCount() == 0); // out of sight: nothing read yet
    window.viewTabs()->setCurrentWidget(window.measuresView());
    settle(window.measuresView());
    window.viewTabs()->setCurrentWidget(window.findingsView());
    settle(window.findingsView());
    CHECK(window.findingsView()->model()->rowCount() == 13);
    CHECK_FALSE(window.findChild<QAction*>(QStringLiteral("newFindingAction"))->isEnabled());
    CHECK_FALSE(window.findChild<QAction*>(QStringLiteral("accountsAction"))->isEnabled());
    window.findingsView()->view()->selectAll();
    CHECK_FALSE(child<QPushButton>(window.findingsView(), "bulkStatusButton")->isEnabled());
    const QModelIndex cell = window.measuresView()->model()->index(0, LedgerListModel::StatusColumn);
    CHECK_FALSE(window.measuresView()->model()->flags(cell).testFlag(Qt::ItemIsEditable));
    window.findingsView()->view()->selectRow(0);
    ui::SignOffPanel* panel = window.detailPanel()->signOffPanel();
    for (const char* name : {"requestSignOffButton", "approveSignOffButton", "returnSignOffButton", "followUpButton",
                             "extendDeadlineButton"})
        CHECK_FALSE(child<QPushButton>(panel, name)->isEnabled());
}

TEST_CASE("The start-up digest shows only when something is late - and opens the late findings", "[ui][views]") {
    TestLedger empty;
    CHECK_FALSE(ui::DigestDialog(*empty).hasNews());

    TestLedger ledger;
    loadSampleData(*ledger);
    ui::DigestDialog digest(*ledger);
    REQUIRE(digest.hasNews());
    CHECK(digest.overdue() == ledger->statistics(Scope::all()).overdue());
    CHECK(child<QLabel>(&digest, "digestSummaryLabel")->text().contains(QStringLiteral("已逾期")));

    MainWindow window(*ledger);
    window.show();
    {
        DialogAnswer answer([](QWidget* dialog) {
            dialog->findChild<QPushButton*>(QStringLiteral("showOverdueButton"))->click();
        });
        window.showDigest();
        CHECK(answer.answered());
    }
    CHECK(window.viewTabs()->currentWidget() == window.findingsView());
    settle(window.findingsView());
    CHECK(window.findingsView()->model()->rowCount() == ledger->statistics(Scope::all()).overdue());
}

TEST_CASE("责任清单: units ranked by what is overdue - a double click opens the unit's 任务清单", "[ui][views]") {
    TestLedger ledger;
    loadSampleData(*ledger);
    MainWindow window(*ledger);
    window.show();
    window.viewTabs()->setCurrentWidget(window.responsibilityView());
    QTableWidget* table = child<QTableWidget>(window.responsibilityView(), "responsibilityTableWidget");
    QTRY_VERIFY(!window.responsibilityView()->isLoading());
    REQUIRE(table->rowCount() > 0);
    const QString unit = table->item(0, 0)->text();
    const Id unitId = table->item(0, 0)->data(Qt::UserRole).toLongLong();
    LedgerFilter filter;
    filter.unitId = unitId;
    emit table->cellDoubleClicked(0, 0);
    CHECK(window.viewTabs()->currentWidget() == window.measuresView());
    settle(window.measuresView());
    CHECK(window.measuresView()->model()->rowCount() == ledger->views().measureCount(filter));
    for (int r = 0; r < window.measuresView()->model()->rowCount(); ++r)
        CHECK(window.measuresView()->model()->index(r, LedgerListModel::UnitColumn).data().toString() == unit);
}

TEST_CASE("The status cell is edited in place with the keyboard: F2, pick, Enter", "[ui][views]") {
    TestLedger ledger;
    const Id inspection = makeInspection(*ledger, makeRound(*ledger));
    const Id measure = makeMeasure(*ledger, makeFinding(*ledger, inspection), Status::NotStarted, {}, QStringLiteral("建立台账"));
    MainWindow window(*ledger);
    window.show();
    window.viewTabs()->setCurrentWidget(window.measuresView());
    QTableView* view = window.measuresView()->view();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    settle(window.measuresView());
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, LedgerListModel::StatusColumn));
    QTest::keyClick(view, Qt::Key_F2);
    auto* combo = view->findChild<QComboBox*>(QStringLiteral("inlineStatusComboBox"));
    REQUIRE(combo != nullptr);
    combo->setCurrentIndex(combo->findData(static_cast<int>(Status::InProgress)));
    QTest::keyClick(combo, Qt::Key_Return);
    QTRY_COMPARE(ledger->findings().measure(measure).status, Status::InProgress);
    QTRY_COMPARE(view->model()->index(0, LedgerListModel::StatusColumn).data().toString(), QStringLiteral("正在推进"));
    QTest::keyClick(view, Qt::Key_Down); // the view still answers the keyboard after the edit
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(ledger->findings().measure(measure).status, Status::NotStarted);
}

TEST_CASE("The 任务清单 exports its filter to Excel - every field - and says where", "[ui][views][export]") {
    TestLedger ledger;
    loadSampleData(*ledger);
    MainWindow window(*ledger);
    window.show();
    window.viewTabs()->setCurrentWidget(window.measuresView());
    LedgerViewPanel* measures = window.measuresView();
    selectComboText(child<QComboBox>(measures, "statusFilterComboBox"), QStringLiteral("正在推进"));
    settle(measures);
    const QString path = QDir(ledger.dir()).filePath(QStringLiteral("正在推进.xlsx"));
    {
        DialogAnswer chooseFile([&](QWidget* dialog) {
            auto* files = qobject_cast<QFileDialog*>(dialog);
            REQUIRE(files != nullptr);
            // typed, as a user does: selectFile alone may be overtaken by the dialog's own first
            // selection of the suggested name while its folder is still loading
            auto* name = files->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
            REQUIRE(name != nullptr);
            name->setText(path);
            static_cast<QDialog*>(files)->accept(); // QFileDialog's own accept, public through QDialog
        });
        QStringList messages; // the "done" message; the progress dialog is left to finish
        QTimer boxes;
        QObject::connect(&boxes, &QTimer::timeout, [&messages] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                messages << box->text();
                box->accept();
            }
        });
        boxes.start(20);
        child<QPushButton>(measures, "exportLedgerButton")->click();
        CHECK(chooseFile.answered());
        QTRY_VERIFY(messages.size() == 1);
        INFO("the message: " << messages.first().toStdString());
        CHECK(messages.first().contains(path));
    }
    REQUIRE(QFile::exists(path));
    CHECK(QFileInfo(path).size() > 1000);
    LedgerFilter filter;
    filter.statuses = {Status::InProgress};
    CHECK(ledgerTable(ledger->views(), LedgerKind::Measures, filter)->rows.size() == measures->model()->rowCount());
}
