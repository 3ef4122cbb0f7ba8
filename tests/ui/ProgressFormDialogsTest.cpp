// The progress forms on the desktop: 导出进展填报表 writes every unit's form; a returned form
// dropped on the window opens its preview, whose 导入改动 is one undoable change.

#include "UiTestHelpers.h"
#include "dialogs/ProgressFormsDialog.h"
#include "import/FormImportDialog.h"
#include "import/readers/XlsxReader.h"
#include "main/Editor.h"
#include "main/MainWindow.h"
#include "services/SampleData.h"
#include "storage/HistoryVerifier.h"
#include "support/TestFiles.h"
#include "support/TestLedger.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QMimeData>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>
#include <QUrl>

using namespace rectrack;
using namespace rectrack::test;

TEST_CASE("Progress forms go out from the window, and one dropped back in is previewed, applied and undone",
          "[ui][progress-form]") {
    TestLedger ledger;
    loadSampleData(*ledger);
    ui::MainWindow window(*ledger);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    // the menu opens the dialog
    auto* action = window.findChild<QAction*>(QStringLiteral("progressFormsAction"));
    REQUIRE(action);
    {
        DialogAnswer answer([](QWidget* dialog) {
            CHECK(dialog->objectName() == QStringLiteral("progressFormsDialog"));
            static_cast<QDialog*>(dialog)->reject();
        });
        action->trigger();
        CHECK(answer.answered());
    }
    // every unit's form, to a folder
    ui::ProgressFormsDialog dialog(*ledger, std::nullopt, &window);
    CHECK_FALSE(dialog.chosenUnit().has_value());
    const QString folder = QDir(ledger.dir()).filePath(QStringLiteral("填报表"));
    const int written = dialog.exportTo(folder);
    const QStringList files = QDir(folder).entryList({QStringLiteral("*.xlsx")});
    REQUIRE(written == files.size());
    REQUIRE(written >= 3);

    // a unit fills in its first row
    QList<QStringList> rows = workbookRows(QDir(folder).filePath(files.first()));
    const QStringList header = rows[0];
    const auto column = [&](const QString& start) { return columnStarting(header, start); };
    while (rows[1].size() < header.size())
        rows[1] << QString();
    rows[1][column(QStringLiteral("整改状态"))] = QStringLiteral("已完成");
    rows[1][column(QStringLiteral("本次进展"))] = QStringLiteral("已建立长效机制");
    const Id measure = FormKey::parse(rows[1][column(QStringLiteral("校验键"))])->measure;
    const QString returned = QDir(ledger.dir()).filePath(QStringLiteral("交回.xlsx"));
    writeWorkbook(returned, rows);

    // dropped on the window
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(returned)});
    QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    CHECK(enter.isAccepted());
    int changes = 0;
    DialogAnswer answer([&](QWidget* preview) {
        CHECK(preview->objectName() == QStringLiteral("formImportDialog"));
        changes = preview->findChild<QTreeWidget*>(QStringLiteral("formChanges"))->topLevelItemCount();
        auto* button = preview->findChild<QPushButton*>(QStringLiteral("formImportButton"));
        CHECK(button->isEnabled());
        button->click();
    });
    QDropEvent drop(QPointF(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    QTRY_VERIFY_WITH_TIMEOUT(answer.answered(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(ledger->findings().measure(measure).status, Status::Completed, 10000);
    CHECK(changes == 2);

    // one change on the undo stack: undone as a whole
    QUndoStack* undo = window.editor().undoStack();
    REQUIRE(undo->count() == 1);
    CHECK(undo->undoText().contains(QStringLiteral("进展填报表")));
    undo->undo();
    CHECK(ledger->findings().measure(measure).status != Status::Completed);
    undo->redo();
    CHECK(ledger->findings().measure(measure).status == Status::Completed);
    CHECK(verifyHistory(ledger->database().connection()).ok());
}
