// Renders the main screens on the offscreen platform. With RECTRACK_SCREENSHOT_DIR set, the
// PNGs are written there (that is how the README's screenshot is made); either way each
// screen must paint with the widgets it is supposed to show, at the size it was given, with no
// label or button cut off by its layout (checkDrawn).

#include "detail/DetailPanel.h"
#include "dialogs/AccountsDialog.h"
#include "common/BackgroundRestore.h"
#include "dialogs/BackupDialog.h"
#include "dialogs/BulkEditDialog.h"
#include "dialogs/DeadlineSettingsDialog.h"
#include "dialogs/OpenProblemDialog.h"
#include "dialogs/SignInDialog.h"
#include "main/DigestDialog.h"
#include "main/Editor.h"
#include "ledger/LedgerPanel.h"
#include "main/MainWindow.h"
#include "dashboard/DashboardPanel.h"
#include "views/FilterBar.h"
#include "views/LedgerViewPanel.h"
#include "views/ResponsibilityPanel.h"
#include "services/SampleData.h"
#include "storage/sqlite/Backup.h"
#include "model/Error.h"
#include "support/TestLedger.h"
#include "UiTestHelpers.h"

#include <QAbstractButton>
#include <QDir>
#include <QSet>
#include <QToolButton>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>

using namespace rectrack;
using namespace rectrack::test;

namespace {
// What a screen shot can show to be wrong, checked on every screen: the grab is the size the
// window was given, something was drawn (not one flat colour), and no one-line label or button
// is narrower than its text, i.e. cut off by its layout.
// The one-line labels and buttons of `window` narrower than their text.
QStringList cutOff(QWidget& window) {
    QStringList clipped;
    for (QLabel* label : window.findChildren<QLabel*>()) {
        if (!label->isVisibleTo(&window) || label->wordWrap() || label->text().isEmpty() ||
            label->textFormat() == Qt::RichText || Qt::mightBeRichText(label->text()))
            continue;
        const int needed = label->fontMetrics().horizontalAdvance(label->text().split(u'\n').first());
        if (label->width() < needed)
            clipped << QStringLiteral("%1 “%2” (%3 < %4 px)")
                           .arg(label->objectName(), label->text())
                           .arg(label->width())
                           .arg(needed);
    }
    for (QAbstractButton* button : window.findChildren<QAbstractButton*>()) {
        if (!button->isVisibleTo(&window) || button->text().isEmpty() || qobject_cast<QToolButton*>(button))
            continue;
        const int needed = button->fontMetrics().horizontalAdvance(QString(button->text()).remove(u'&'));
        if (button->width() < needed)
            clipped << QStringLiteral("%1 “%2” (%3 < %4 px)")
                           .arg(button->objectName(), button->text())
                           .arg(button->width())
                           .arg(needed);
    }
    return clipped;
}

// Colours in a sample of the image's pixels: one or two when nothing was drawn.
qsizetype colourCount(const QImage& image) {
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 5)
        for (int x = 0; x < image.width(); x += 5)
            colours.insert(image.pixel(x, y));
    return colours.size();
}

void checkDrawn(QWidget& window, const QImage& image) {
    CHECK(image.size() == window.size() * window.devicePixelRatio());
    CHECK(colourCount(image) >= 12);
    const QStringList clipped = cutOff(window);
    INFO("cut off: " << clipped.join(QStringLiteral("; ")).toStdString());
    CHECK(clipped.isEmpty());
}

void capture(QWidget& window, const QString& name) {
    QApplication::processEvents();
    const QImage image = window.grab().toImage();
    INFO(name.toStdString());
    checkDrawn(window, image);
    const QString dir = qEnvironmentVariable("RECTRACK_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QDir().mkpath(dir);
        REQUIRE(image.save(QDir(dir).filePath(name + QStringLiteral(".png"))));
    }
}
} // namespace

TEST_CASE("The main screens render with the sample inspection", "[ui][screens]") {
    TestLedger ledger;
    ui::MainWindow empty(*ledger);
    empty.resize(1400, 860);
    empty.show();
    capture(empty, QStringLiteral("welcome"));
    empty.close();

    const Id inspection = loadSampleData(*ledger);
    ui::MainWindow window(*ledger);
    window.resize(1600, 960);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.selectInspection(inspection);
    capture(window, QStringLiteral("inspection"));

    window.ledgerPanel()->selectFinding(2);
    CHECK(window.findChild<QLineEdit*>(QStringLiteral("findingTitleLineEdit"))->text() ==
          QStringLiteral("耕地撂荒整治推进缓慢"));
    CHECK(window.findChild<QTabWidget*>(QStringLiteral("activityTabWidget"))->isVisible());
    capture(window, QStringLiteral("finding"));

    const QList<Measure> measures = ledger->findings().measures(2);
    window.ledgerPanel()->selectMeasure(2, measures.last().id);
    CHECK(window.findChild<QPlainTextEdit*>(QStringLiteral("measureTextEdit"))->toPlainText() ==
          measures.last().text);
    capture(window, QStringLiteral("measure"));

    window.findChild<QTabWidget*>(QStringLiteral("activityTabWidget"))->setCurrentIndex(3);
    capture(window, QStringLiteral("history"));

    // 问题清单 across inspections, late ones only; a signed-off finding's sign-off tab
    window.showLate(false);
    QTRY_VERIFY(!window.findingsView()->model()->isLoading());
    CHECK(window.findingsView()->model()->rowCount() > 0);
    capture(window, QStringLiteral("findings-late"));
    window.findingsView()->filterBar()->clear();
    window.ledgerPanel()->selectFinding(6);
    window.findChild<QTabWidget*>(QStringLiteral("activityTabWidget"))->setCurrentIndex(2);
    CHECK(window.findChild<QLabel*>(QStringLiteral("signOffStateLabel"))->text().contains(QStringLiteral("已销号")));
    capture(window, QStringLiteral("signoff"));
    window.viewTabs()->setCurrentWidget(window.measuresView());
    QTRY_VERIFY(!window.measuresView()->model()->isLoading());
    capture(window, QStringLiteral("tasks"));
    window.viewTabs()->setCurrentWidget(window.responsibilityView());
    QTRY_VERIFY(!window.responsibilityView()->isLoading());
    capture(window, QStringLiteral("responsibility"));
}

TEST_CASE("The staff ledger's dialogs render", "[ui][screens]") {
    TestLedger ledger;
    loadSampleData(*ledger);
    ledger->accounts().addAccount(QStringLiteral("王丽"), Role::Administrator, QStringLiteral("secret-123"));
    const auto save = [](QWidget& dialog, const QString& name) {
        dialog.show();
        QApplication::processEvents();
        const QImage image = dialog.grab().toImage();
        INFO(name.toStdString());
        checkDrawn(dialog, image);
        const QString dir = qEnvironmentVariable("RECTRACK_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            REQUIRE(image.save(QDir(dir).filePath(name + QStringLiteral(".png"))));
        dialog.close();
    };
    ui::SignInDialog signIn(*ledger);
    save(signIn, QStringLiteral("dialog-signin"));
    ui::DigestDialog digest(*ledger);
    save(digest, QStringLiteral("dialog-digest"));
    ui::MainWindow window(*ledger);
    ui::BulkEditDialog bulk(*ledger, ui::BulkEditDialog::What::Deadline, ItemKind::Measure, 20);
    save(bulk, QStringLiteral("dialog-bulk-deadline"));
    ui::AccountsDialog accounts(window.editor());
    save(accounts, QStringLiteral("dialog-accounts"));
    ui::DeadlineSettingsDialog settings(window.editor());
    save(settings, QStringLiteral("dialog-deadline-settings"));
    ledger->backupNow();
    ui::BackupDialog backups(*ledger);
    save(backups, QStringLiteral("dialog-backups"));
    { // ... and while it restores: the step under way is shown, the buttons wait
        ui::BackupDialog restoring(*ledger);
        restoring.show();
        auto* worker = restoring.findChild<ui::BackgroundRestore*>();
        REQUIRE(worker);
        bool shown = false;
        QObject::connect(worker, &ui::BackgroundRestore::progressed, &restoring, [&](const QString& step) {
            if (!shown && step.contains(QStringLiteral("写入"))) {
                shown = true;
                save(restoring, QStringLiteral("dialog-backups-restoring"));
                restoring.show();
            }
        });
        {
            ModalWatcher yes(true);
            restoring.restoreFrom(Backup::list(ledger.path()).first().path);
        }
        REQUIRE(QTest::qWaitFor([&] { return !restoring.isBusy(); }, 20000));
        CHECK(shown);
        restoring.close();
    }
    ui::OpenProblemDialog problem(ledger.path(), Error(Error::Kind::Corrupt, QStringLiteral("数据库文件已损坏（database disk image is malformed）。请从备份恢复。")));
    save(problem, QStringLiteral("dialog-open-problem"));
}

TEST_CASE("The dashboard at several window sizes and in presentation", "[ui][screens][dashboard]") {
    TestLedger ledger;
    loadSampleData(*ledger);
    ui::MainWindow window(*ledger);
    window.show();
    window.viewTabs()->setCurrentWidget(window.dashboard());
    for (const QSize size : {QSize(1024, 700), QSize(1366, 768), QSize(1920, 1080)}) {
        window.resize(size);
        QTRY_VERIFY(!window.dashboard()->isLoading());
        QApplication::processEvents();
        const QImage image = window.grab().toImage();
        INFO(size.width() << "x" << size.height());
        checkDrawn(window, image);
        const QString dir = qEnvironmentVariable("RECTRACK_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            REQUIRE(image.save(QDir(dir).filePath(QStringLiteral("dashboard-%1x%2.png").arg(size.width()).arg(size.height()))));
    }
    ui::DashboardPanel presentation(*ledger, true);
    presentation.resize(1920, 1080);
    presentation.show();
    presentation.refresh();
    QTRY_VERIFY(!presentation.isLoading());
    QApplication::processEvents();
    const QImage image = presentation.grab().toImage();
    checkDrawn(presentation, image);
    const QString dir = qEnvironmentVariable("RECTRACK_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        REQUIRE(image.save(QDir(dir).filePath(QStringLiteral("dashboard-presentation.png"))));
}

TEST_CASE("The screen check finds a label cut off by its layout, and a window that drew nothing", "[ui][screens]") {
    QWidget window;
    auto* label = new QLabel(QStringLiteral("整改责任单位（牵头）"), &window);
    label->setGeometry(0, 0, 30, 20);
    auto* button = new QPushButton(QStringLiteral("导出任务清单"), &window);
    button->setGeometry(0, 30, 200, 30);
    window.resize(300, 100);
    window.show();
    QApplication::processEvents();
    const QStringList clipped = cutOff(window);
    REQUIRE(clipped.size() == 1);
    CHECK(clipped.first().contains(QStringLiteral("整改责任单位")));
    label->resize(label->sizeHint());
    CHECK(cutOff(window).isEmpty());
    QImage flat(300, 100, QImage::Format_RGB32);
    flat.fill(Qt::white);
    CHECK(colourCount(flat) < 12); // what checkDrawn refuses
    CHECK(colourCount(window.grab().toImage()) >= 12);
}
