// rectrack-cli: the ledger from the command line. Links core only.

#include "Commands.h"
#include "common/Translations.h"

#include "services/Ledger.h"
#include "storage/postgres/PostgresDatabase.h"
#include "model/Error.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QDate>

#include <memory>

using namespace rectrack;

namespace {

std::shared_ptr<const Clock> clockFrom(const QString& today) {
    if (today.isEmpty())
        return std::make_shared<SystemClock>();
    const QDate day = QDate::fromString(today, Qt::ISODate);
    if (!day.isValid())
        throw cli::UsageError{
            QCoreApplication::translate("rectrack::cli", "--today 应为 YYYY-MM-DD 格式，收到“%1”")
                .arg(today)};
    return std::make_shared<ReferenceDayClock>(day); // records keep the real time
}

} // namespace

namespace {
std::unique_ptr<QCoreApplication> makeGuiApplication(int& argc, char* argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}

// The GUI application warns that it has no runtime folder; a command-line tool has no use for one.
void quietMessages(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    if (message.startsWith(QStringLiteral("QStandardPaths: XDG_RUNTIME_DIR")))
        return;
    QTextStream(stderr) << qFormatLogMessage(type, context, message) << Qt::endl;
}

// The options every subcommand takes.
QList<QCommandLineOption> commonOptions() {
    return {QCommandLineOption(QStringLiteral("db"),
                               cli::CliText::tr("数据库文件（默认：用户数据目录中的 rectrack.sqlite）"),
                               cli::CliText::tr("文件")),
            QCommandLineOption(QStringLiteral("server"),
                               cli::CliText::tr("服务器上的台账，代替 --db（密码取自 PGPASSWORD 或 ~/.pgpass）"),
                               QStringLiteral("postgresql://USER@HOST:PORT/DB")),
            QCommandLineOption(QStringLiteral("user"),
                               cli::CliText::tr("以该账号登录（密码取自环境变量 RECTRACK_PASSWORD）；"
                                                "数据库还没有账号时，只以该名字记录修改"),
                               cli::CliText::tr("姓名")),
            QCommandLineOption(QStringLiteral("today"),
                               cli::CliText::tr("把“今天”视为该日期（只用于计算时限状态；修改记录和完成日期仍用真实时间）"),
                               QStringLiteral("YYYY-MM-DD")),
            QCommandLineOption(QStringLiteral("json"), cli::CliText::tr("以 JSON 输出"))};
}

// Where the subcommand's name is among the arguments: the first one that is neither an option
// nor the value of one (options may come before the name, as in `--db FILE findings 1`); -1
// when there is none.
int commandIndex(const QStringList& arguments) {
    QStringList takesValue;
    for (const QCommandLineOption& option : commonOptions())
        if (!option.valueName().isEmpty())
            takesValue << option.names();
    for (const cli::Command& command : cli::allCommands())
        for (const QCommandLineOption& option : command.options)
            if (!option.valueName().isEmpty())
                takesValue << option.names();
    for (int i = 1; i < arguments.size(); ++i) {
        const QString& a = arguments[i];
        if (a == u"--")
            return i + 1 < arguments.size() ? i + 1 : -1;
        if (!a.startsWith(u'-') || a == u"-")
            return i;
        QString name = a.mid(a.startsWith(QStringLiteral("--")) ? 2 : 1);
        if (name.contains(u'='))
            continue; // --db=FILE
        if (takesValue.contains(name))
            ++i;
    }
    return -1;
}

// Display width: CJK characters take two columns.
int displayWidth(const QString& text) {
    int w = 0;
    for (QChar c : text)
        w += c.unicode() >= 0x1100 ? 2 : 1;
    return w;
}

// The program's help: what it is, its subcommands (from the commands themselves) and the
// common options.
QString generalHelp() {
    QString description = cli::CliText::tr("Rectrack 整改台账命令行工具。") + QStringLiteral("\n\n") +
                          cli::CliText::tr("子命令（rectrack-cli 子命令 --help 查看它的选项）：") + u'\n';
    constexpr int Column = 32; // a longer usage puts its description on the next line
    for (const cli::Command& command : cli::allCommands()) {
        const QString usage = command.name + (command.arguments.isEmpty() ? QString() : u' ' + command.arguments);
        description += QStringLiteral("  ") + usage;
        description += displayWidth(usage) < Column - 1 ? QString(Column - displayWidth(usage), u' ')
                                                        : u'\n' + QString(Column + 2, u' ');
        description += command.description + u'\n';
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(description.trimmed());
    parser.addOptions(commonOptions());
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), cli::CliText::tr("子命令"),
                                 cli::CliText::tr("子命令 [参数]"));
    return parser.helpText();
}
} // namespace

int main(int argc, char* argv[]) {
    qInstallMessageHandler(quietMessages);
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const int named = commandIndex(arguments);
    const std::optional<cli::Command> chosen = named > 0 ? cli::findCommand(arguments[named]) : std::nullopt;
    // A command that writes or reads a document (a PDF needs fonts) runs a GUI application,
    // offscreen so that no display is needed; every other command a plain core application.
    const auto app = chosen && chosen->makesDocuments ? makeGuiApplication(argc, argv)
                                                      : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Rectrack"));
    QCoreApplication::setApplicationName(QStringLiteral("Rectrack"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RECTRACK_VERSION));

    app::installTranslations(qEnvironmentVariable("RECTRACK_LANG", QStringLiteral("zh_CN")));

    QTextStream out(stdout);
    QTextStream err(stderr);

    if (named < 0) {
        if (arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h"))) {
            out << generalHelp();
            return 0;
        }
        if (arguments.contains(QStringLiteral("--version")) || arguments.contains(QStringLiteral("-v"))) {
            out << QCoreApplication::applicationName() << u' ' << QCoreApplication::applicationVersion() << Qt::endl;
            return 0;
        }
        err << cli::CliText::tr("rectrack-cli：缺少子命令。") << Qt::endl << generalHelp();
        return 2;
    }
    if (!chosen) {
        err << cli::CliText::tr("rectrack-cli：未知子命令“%1”。请用 --help 查看可用子命令。").arg(arguments[named])
            << Qt::endl;
        return 2;
    }
    const cli::Command command = *cli::findCommand(chosen->name); // its words in the installed language

    QCommandLineParser parser;
    parser.setApplicationDescription(command.description);
    parser.addOptions(commonOptions());
    parser.addOptions(command.options);
    const QCommandLineOption help = parser.addHelpOption();
    parser.addPositionalArgument(command.name, cli::CliText::tr("子命令"),
                                 command.name + (command.arguments.isEmpty() ? QString() : u' ' + command.arguments));
    QStringList rest = arguments;
    rest.removeAt(named);
    if (!parser.parse(rest)) {
        err << QStringLiteral("rectrack-cli %1: ").arg(command.name) << parser.errorText() << Qt::endl
            << cli::CliText::tr("请用 rectrack-cli %1 --help 查看它的选项。").arg(command.name) << Qt::endl;
        return 2;
    }
    if (parser.isSet(help)) {
        out << parser.helpText();
        return 0;
    }
    const cli::Invocation in(parser, parser.positionalArguments());

    const QString user = parser.value(QStringLiteral("user"));
    std::optional<cli::Session> session;
    try {
        if (parser.isSet(QStringLiteral("db")) && parser.isSet(QStringLiteral("server")))
            throw cli::UsageError{cli::CliText::tr("--db 和 --server 只能给一个")};
        if (parser.isSet(QStringLiteral("server")) && !ServerLocation::isServer(parser.value(QStringLiteral("server"))))
            throw cli::UsageError{cli::CliText::tr("--server 需要 postgresql:// 开头的地址，收到“%1”")
                                      .arg(parser.value(QStringLiteral("server")))};
        const QString path = parser.isSet(QStringLiteral("server")) ? parser.value(QStringLiteral("server"))
                             : parser.isSet(QStringLiteral("db"))   ? parser.value(QStringLiteral("db"))
                                                                    : Database::defaultPath();
        const auto clock = clockFrom(parser.value(QStringLiteral("today")));
        const cli::LedgerOpener open = [&] {
            // Only init makes a new ledger: a mistyped --db is an error, not a new empty ledger.
            auto ledger = Ledger::open(path, clock, user,
                                       command.makesLedger ? Database::OpenMode::Create : Database::OpenMode::Existing);
            if (ledger->needsSignIn() && !user.isEmpty()) {
                if (!qEnvironmentVariableIsSet("RECTRACK_PASSWORD"))
                    throw cli::UsageError{
                        cli::CliText::tr("以 --user 登录需要在环境变量 RECTRACK_PASSWORD 中给出密码")};
                ledger->signIn(user, qEnvironmentVariable("RECTRACK_PASSWORD"));
            }
            return ledger;
        };
        const auto warnOfAnchors = [&](Ledger& ledger) {
            if (command.warnsOfAnchors)
                for (const QString& problem : ledger.anchorProblems())
                    err << cli::CliText::tr("rectrack-cli：警告：") << problem
                        << cli::CliText::tr(" 请用 verify 核对，必要时从备份恢复。") << Qt::endl;
        };
        session.emplace(in, out, path, open, warnOfAnchors);
        return command.run(*session);
    } catch (const cli::UsageError& e) {
        err << QStringLiteral("rectrack-cli: ") << e.message << Qt::endl;
        return 2;
    } catch (const Error& e) {
        // Refused for want of an account: say how to sign in.
        const Ledger* opened = session ? session->openedLedger() : nullptr;
        const bool hint =
            e.kind() == Error::Kind::Forbidden && (opened ? opened->needsSignIn() : user.isEmpty());
        err << cli::CliText::tr("rectrack-cli：错误：") << e.message()
            << (hint ? cli::CliText::tr(" 请用 --user 用户名 登录，密码放在环境变量 RECTRACK_PASSWORD 中。") : QString())
            << Qt::endl;
        return 1;
    }
}
