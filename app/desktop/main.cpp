// rectrack: the desktop ledger.

#include "common/Translations.h"
#include "dialogs/OpenProblemDialog.h"
#include "dialogs/SignInDialog.h"
#include "main/LedgerInstance.h"
#include "main/LedgerLocation.h"
#include "main/MainWindow.h"
#include "main/StartupProbe.h"
#include "views/LedgerViewPanel.h"
#include "services/Ledger.h"
#include "storage/postgres/PostgresDatabase.h"
#include "common/ServerPasswords.h"
#include "model/Error.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QSettings>
#include <QTabWidget>
#include <QTimer>
#include <QUrl>
#include <cstdio>

using namespace rectrack;

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Rectrack"));
    QApplication::setApplicationName(QStringLiteral("Rectrack"));
    QApplication::setApplicationVersion(QStringLiteral(RECTRACK_VERSION));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QStringLiteral("Database file, or a server's postgresql://user@host:port/database (default: rectrack.sqlite in "
                       "the user's data folder)"),
        QStringLiteral("file"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QStringLiteral("Interface language: zh_CN (default) or en"),
                                        QStringLiteral("language"));
    const QCommandLineOption todayOption(QStringLiteral("today"),
                                         QStringLiteral("Treat this date as today (YYYY-MM-DD)"),
                                         QStringLiteral("date"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"), QStringLiteral("Save a PNG of the window once it is shown, then quit"),
        QStringLiteral("file"));
    const QCommandLineOption viewOption(
        QStringLiteral("view"),
        QStringLiteral("Open on this view: ledger, findings (问题清单), measures (任务清单), responsibility or dashboard"),
        QStringLiteral("view"));
    const QCommandLineOption benchOption(
        QStringLiteral("bench-exit"),
        QStringLiteral("For rectrack-bench: quit once the ledger table has painted its first rows (first-paint), "
                       "or after scrolling it to the end (scroll); reports on standard output"),
        QStringLiteral("when"));
    parser.addOptions({dbOption, langOption, todayOption, screenshotOption, viewOption, benchOption});
    parser.addPositionalArgument(QStringLiteral("ledger"),
                                 QStringLiteral("The ledger file to open, as --db (what the file manager passes on)"),
                                 QStringLiteral("[file]"));
    parser.process(app);
    const bool unattended = parser.isSet(screenshotOption) || parser.isSet(benchOption);

    const QString language =
        parser.isSet(langOption)
            ? parser.value(langOption)
            : QSettings().value(QStringLiteral("ui/language"), QStringLiteral("zh_CN")).toString();
    app::installTranslations(language);

    std::shared_ptr<const Clock> clock = std::make_shared<SystemClock>();
    if (parser.isSet(todayOption)) {
        const QDate today = QDate::fromString(parser.value(todayOption), Qt::ISODate);
        if (!today.isValid()) {
            QMessageBox::critical(
                nullptr, QCoreApplication::translate("rectrack::app", "整改台账"),
                QCoreApplication::translate("rectrack::app", "--today 应为 YYYY-MM-DD 格式。"));
            return 2;
        }
        clock = std::make_shared<ReferenceDayClock>(today); // records keep the real time
    }

    const QString asked = parser.isSet(dbOption) ? parser.value(dbOption) : parser.positionalArguments().value(0);
    QString path = ui::ledgerToOpen(asked);
    // One window per ledger: already open in another window, that window comes forward instead.
    if (!unattended && ui::LedgerInstance(path).handOver())
        return 0;
    bool chosenAtStart = false; // another file or a new one, picked in the dialog below
    std::unique_ptr<Ledger> ledger;
    std::unique_ptr<ui::MainWindow> owner;
    // Until a ledger opens: a file that cannot be opened (damaged, not a ledger, held by another
    // program, read-only …) is explained, with a restore from its backups, another file or a new one.
    for (;;) {
        try {
            QString location = path;
            if (ServerLocation::isServer(path) && QUrl(path).password().isEmpty() &&
                !qEnvironmentVariableIsSet("PGPASSWORD")) // a password kept in the keyring when asked
                if (const auto kept = ui::ServerPasswords::read(path)) {
                    QUrl withPassword(path);
                    withPassword.setPassword(*kept);
                    location = withPassword.toString();
                }
            ledger = Ledger::open(location, clock, QString());
            if (ledger->needsSignIn()) {
                ui::SignInDialog signIn(*ledger);
                if (signIn.exec() != QDialog::Accepted)
                    return 0;
            }
            owner = std::make_unique<ui::MainWindow>(*ledger); // its first reads may meet a damaged page
            if (chosenAtStart && asked.isEmpty())
                ui::rememberLedger(path);
            break;
        } catch (const Error& e) {
            owner.reset();
            ledger.reset();
            if (unattended) {
                std::fprintf(stderr, "rectrack: %s\n", e.what());
                return 1;
            }
            ui::OpenProblemDialog problem(path, e);
            if (problem.exec() != QDialog::Accepted)
                return 1;
            if (!problem.restoreReport().isEmpty())
                QMessageBox::information(nullptr, QCoreApplication::translate("rectrack::app", "已从备份恢复"),
                                         problem.restoreReport());
            chosenAtStart = chosenAtStart || problem.pathToOpen() != path;
            path = problem.pathToOpen();
        }
    }
    ui::MainWindow& window = *owner;
    window.resize(1600, 960);
    ui::LedgerInstance instance(path);
    if (!unattended && instance.listen())
        QObject::connect(&instance, &ui::LedgerInstance::raiseRequested, &window, [&window] {
            window.setWindowState((window.windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
            window.show();
            window.raise();
            window.activateWindow();
        });
    if (parser.isSet(viewOption)) {
        // in the order of the tabs
        const QStringList views{QStringLiteral("ledger"), QStringLiteral("findings"), QStringLiteral("measures"),
                                QStringLiteral("responsibility"), QStringLiteral("dashboard")};
        if (const auto tab = views.indexOf(parser.value(viewOption)); tab >= 0)
            window.viewTabs()->setCurrentIndex(static_cast<int>(tab));
    }
    if (parser.isSet(benchOption)) {
        const QString when = parser.value(benchOption);
        auto* panel = qobject_cast<ui::LedgerViewPanel*>(window.viewTabs()->currentWidget());
        if (!panel || (when != QLatin1String("first-paint") && when != QLatin1String("scroll"))) {
            std::fprintf(stderr, "rectrack: --bench-exit first-paint|scroll needs --view findings or measures\n");
            return 2;
        }
        new ui::StartupProbe(panel->view(),
                             when == QLatin1String("scroll") ? ui::StartupProbe::Mode::Scroll
                                                             : ui::StartupProbe::Mode::FirstPaint,
                             &window);
    }
    window.show();
    if (!parser.isSet(screenshotOption) && !parser.isSet(benchOption)) {
        QTimer::singleShot(0, &window, [&window] {
            window.showLedgerWarnings();
            window.showDigest();
        });
        QTimer::singleShot(3000, &window, [&window] { window.startHousekeeping(); });
    }
    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        QTimer::singleShot(800, &window, [&window, file] {
            window.grab().save(file);
            QApplication::quit();
        });
    }
    return app.exec();
}
