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
#include <QSettings>
#include <QComboBox>
#include <QLabel>
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
    // What another test's export remembered for the office (its mark, 主送机关, 版记) is not
    // part of this one: the test processes share their settings.
    for (const char* name : {"formatIssuerMark", "formatAddressee", "formatCopiesTo", "formatPrinter"})
        if (auto* edit = dialog.findChild<QLineEdit*>(QString::fromLatin1(name)))
            edit->clear();
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

TEST_CASE("The bulletin dialog's official-format parts reach the PDF and the Word document", "[bulletin][ui][official]") {
    TestLedger ledger;
    loadSampleData(*ledger);
    BulletinDialog dialog(*ledger, 1);
    dialog.show();
    const int plainPages = dialog.pageCount();
    auto* mark = dialog.findChild<QLineEdit*>(QStringLiteral("formatIssuerMark"));
    auto* number = dialog.findChild<QLineEdit*>(QStringLiteral("formatDocumentNumber"));
    auto* copies = dialog.findChild<QLineEdit*>(QStringLiteral("formatCopiesTo"));
    auto* copyNumber = dialog.findChild<QLineEdit*>(QStringLiteral("formatCopyNumber"));
    REQUIRE(mark);
    REQUIRE(number);
    REQUIRE(copies);
    REQUIRE(copyNumber);
    mark->clear();
    typeText(mark, QStringLiteral("中共青禾县农业农村局党组文件"));
    typeText(number, QStringLiteral("青农党[2026]3号"));
    copies->clear();
    typeText(copies, QStringLiteral("县纪委监委"));
    typeText(copyNumber, QStringLiteral("00001234")); // two digits too many: the box takes six
    CHECK(copyNumber->text() == QStringLiteral("000012"));
    const BulletinTexts texts = dialog.texts();
    CHECK(texts.frame.issuerMark == QStringLiteral("中共青禾县农业农村局党组文件"));
    CHECK(texts.frame.copiesTo == QStringLiteral("县纪委监委"));
    CHECK_FALSE(texts.frame.printDate.isValid()); // 印发日期 left at 不写

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("official.pdf"));
    REQUIRE(dialog.exportTo(pdf));
    CHECK(dialog.pageCount() >= plainPages); // the 版头 takes room on the first page
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = readDocument(pdf, file.readAll()).text;
    CHECK(text.contains(QStringLiteral("中共青禾县农业农村局党组文件")));
    CHECK(text.contains(QStringLiteral("青农党〔2026〕3号")));
    CHECK(text.contains(QStringLiteral("抄送：县纪委监委。")));
    const QString docx = dir.filePath(QStringLiteral("official.docx"));
    REQUIRE(dialog.exportTo(docx));
    QFile word(docx);
    REQUIRE(word.open(QIODevice::ReadOnly));
    CHECK(readDocument(docx, word.readAll()).text.contains(QStringLiteral("青农党〔2026〕3号")));
    QSettings().remove(QStringLiteral("bulletin/format")); // what the export remembered: not for the next test
    if (const QString shots = qEnvironmentVariable("RECTRACK_SCREENSHOT_DIR"); !shots.isEmpty()) {
        dialog.resize(1280, 900);
        QTest::qWait(600);
        dialog.grab().save(QDir(shots).filePath(QStringLiteral("bulletin-official-format.png")));
    }
}

TEST_CASE("The bulletin dialog's public version leaves the withheld finding out and says so", "[bulletin][ui][public]") {
    TestLedger ledger;
    loadSampleData(*ledger);
    Finding withheld = ledger->findings().findings(1).first();
    withheld.withheld = QStringLiteral("正在查办");
    ledger->findings().updateFinding(withheld);
    BulletinDialog dialog(*ledger, 1);
    dialog.show();
    auto* version = dialog.findChild<QComboBox*>(QStringLiteral("bulletinVersion"));
    auto* note = dialog.findChild<QLabel*>(QStringLiteral("bulletinWithheldNote"));
    REQUIRE(version);
    REQUIRE(note);
    CHECK(note->text().contains(QStringLiteral("内部版照常列出")));
    version->setCurrentIndex(1); // 公开版
    REQUIRE(QTest::qWaitFor([&] { return note->text().contains(withheld.title); }, 5000));
    CHECK(note->text().contains(QStringLiteral("正在查办")));
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("public.pdf"));
    REQUIRE(dialog.exportTo(pdf));
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = readDocument(pdf, file.readAll()).text;
    CHECK_FALSE(text.contains(withheld.title));
    CHECK(text.contains(QStringLiteral("不予公开")));
}
