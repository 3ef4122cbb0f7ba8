// The one Catch2 runner: a Qt application object first (offscreen, so that test discovery at
// build time needs no display), then Catch with its own arguments only.

#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QSettings>
#include <QStandardPaths>
#include <QtGlobal>

#ifdef RECTRACK_TEST_GUI
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QGuiApplication> // the PDF writers of core need fonts, so a GUI application (offscreen)
using TestApplication = QGuiApplication;
#endif

int main(int argc, char* argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    int qtArgc = 1;
    TestApplication app(qtArgc, argv);
    TestApplication::setOrganizationName(QStringLiteral("RectrackTests"));
    TestApplication::setApplicationName(QStringLiteral("RectrackTests"));
    QStandardPaths::setTestModeEnabled(true); // settings and data never touch the user's own
    QSettings().clear();                      // and no run sees what an earlier one left
    const int failed = Catch::Session().run(argc, argv);
    // Objects whose deletion a test left queued (deleteLater) are freed now, while the
    // application still exists, so that the leak checker sees only what nobody frees.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCoreApplication::processEvents();
    return failed;
}
