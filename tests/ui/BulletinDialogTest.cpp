// 导出整改情况通报 in the window: the preview renders the composed PDF, a title typed in the
// dialog reaches the PDF but not the ledger, and the export writes the file, as a PDF or for Word.

#include "UiTestHelpers.h"
#include "bulletin/BulletinDialog.h"
#include "import/readers/DocumentReader.h"
#include "services/Ledger.h"
#include "services/SampleData.h"
#include "support/TestLedger.h"

#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPdfDocument>
#include <QPdfView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace rectrack;
using namespace rectrack::ui;
using rectrack::test::TestLedger;
using rectrack::test::typeText;

TEST_CASE("The bulletin dialog previews the PDF and exports the user's wording without touching the data", "[bulletin][ui]") {
    TestLedger ledger;
    loadSampleData(*ledger);
    const Inspection before = ledger->inspections().inspection(1);
    BulletinDialog dialog(*ledger, 1);
    dialog.show();
    REQUIRE(dialog.pageCount() >= 2);
    auto* view = dialog.findChild<QPdfView*>(QStringLiteral("bulletinPreview"));
    REQUIRE(view);
    REQUIRE(view->document());
    REQUIRE(QTest::qWaitFor([&] { return view->document()->pageCount() == dialog.pageCount(); }, 5000));

    auto* title = dialog.findChild<QLineEdit*>(QStringLiteral("bulletinTitle"));
    REQUIRE(title);
    title->selectAll();
    typeText(title, QStringLiteral("关于测试整改的通报"));
    CHECK(dialog.texts().title == QStringLiteral("关于测试整改的通报"));
    // the preview renders again after the pause, with the new title
    REQUIRE(QTest::qWaitFor(
        [&] {
            return view->document()->metaData(QPdfDocument::MetaDataField::Title).toString() ==
                   QStringLiteral("关于测试整改的通报");
        },
        5000));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bulletin.pdf"));
    REQUIRE(dialog.exportTo(path));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll().startsWith("%PDF"));
    CHECK(ledger->inspections().inspection(1).title == before.title); // the data is as it was

    // the same wording as an editable Word document, read back by the project's Word reader
    REQUIRE(dialog.findChild<QPushButton*>(QStringLiteral("bulletinExportWordButton")));
    const QString docx = dir.filePath(QStringLiteral("bulletin.docx"));
    typeText(title, QStringLiteral("（修订）"));
    REQUIRE(dialog.exportTo(docx)); // at once, before the preview's pause is over
    QFile word(docx);
    REQUIRE(word.open(QIODevice::ReadOnly));
    const QString text = readDocument(docx, word.readAll()).text;
    CHECK(text.startsWith(QStringLiteral("关于测试整改的通报（修订）\n")));
    CHECK(text.contains(QStringLiteral("二、")));
    if (const QString shots = qEnvironmentVariable("RECTRACK_SCREENSHOT_DIR"); !shots.isEmpty()) {
        dialog.resize(1280, 860);
        QTest::qWait(300);
        dialog.grab().save(QDir(shots).filePath(QStringLiteral("bulletin-dialog.png")));
    }
}
