// rectrack: the desktop ledger.

#include "common/Translations.h"
#include "dialogs/SignInDialog.h"
#include "main/MainWindow.h"
#include "services/Ledger.h"
#include "storage/Error.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

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
        QStringLiteral("Database file (default: rectrack.sqlite in the user's data folder)"),
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
    parser.addOptions({dbOption, langOption, todayOption, screenshotOption});
    parser.process(app);

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
        clock = std::make_shared<FixedClock>(today);
    }

    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : Database::defaultPath();
    std::unique_ptr<Ledger> ledger;
    try {
        ledger = Ledger::open(path, clock, QString());
    } catch (const Error& e) {
        QMessageBox::critical(
            nullptr, QCoreApplication::translate("rectrack::app", "无法打开台账"),
            QCoreApplication::translate("rectrack::app",
                                        "无法打开数据库文件：\n%1\n\n%2\n\n可以用 --db 指定另一个文件。")
                .arg(path, e.message()));
        return 1;
    }

    if (ledger->needsSignIn()) {
        ui::SignInDialog signIn(*ledger);
        if (signIn.exec() != QDialog::Accepted)
            return 0;
    }

    ui::MainWindow window(*ledger);
    window.resize(1600, 960);
    window.show();
    if (!parser.isSet(screenshotOption))
        QTimer::singleShot(0, &window, [&window] { window.showDigest(); });
    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        QTimer::singleShot(800, &window, [&window, file] {
            window.grab().save(file);
            QApplication::quit();
        });
    }
    return app.exec();
}
