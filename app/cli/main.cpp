// rectrack-cli: the ledger from the command line. Links core only.

#include "Commands.h"
#include "common/Translations.h"

#include "services/Ledger.h"
#include "model/Error.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QDate>

#include <cstdio>
#include <map>
#include <memory>

using namespace rectrack;

namespace {

using Command = int (*)(Ledger&, const cli::Invocation&, QTextStream&);

const std::map<QString, Command>& commands() {
    static const std::map<QString, Command> table = {
        {QStringLiteral("init"), cli::runInit},
        {QStringLiteral("sample"), cli::runSample},
        {QStringLiteral("inspections"), cli::runInspections},
        {QStringLiteral("findings"), cli::runFindings},
        {QStringLiteral("stats"), cli::runStats},
        {QStringLiteral("add-note"), cli::runAddNote},
        {QStringLiteral("set-status"), cli::runSetStatus},
        {QStringLiteral("generate"), cli::runGenerate},
        {QStringLiteral("verify"), cli::runVerify},
        {QStringLiteral("search"), cli::runSearch},
        {QStringLiteral("user"), cli::runUser},
        {QStringLiteral("settings"), cli::runSettings},
        {QStringLiteral("export"), cli::runExport},
        {QStringLiteral("bulletin"), cli::runBulletin},
        {QStringLiteral("backup"), cli::runBackup},
        {QStringLiteral("backups"), cli::runBackups},
        {QStringLiteral("import"), [](Ledger& ledger, const cli::Invocation& in,
                                      QTextStream& out) { return cli::runImport(&ledger, in, out); }},
    };
    return table;
}

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
// The commands that read or write documents (exports, the bulletin, imports, a file's anchor).
// Any argument naming one counts: at worst a note's text starts the GUI application for nothing.
bool makesDocuments(int argc, char* argv[]) {
    static const QStringList commands = {QStringLiteral("export"), QStringLiteral("bulletin"), QStringLiteral("import"),
                                         QStringLiteral("verify")};
    for (int i = 1; i < argc; ++i)
        if (commands.contains(QString::fromLocal8Bit(argv[i])))
            return true;
    return false;
}

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
} // namespace

int main(int argc, char* argv[]) {
    qInstallMessageHandler(quietMessages);
    // A command that writes or reads a document (a PDF needs fonts) runs a GUI application,
    // offscreen so that no display is needed; every other command a plain core application.
    const auto app = makesDocuments(argc, argv) ? makeGuiApplication(argc, argv)
                                                : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Rectrack"));
    QCoreApplication::setApplicationName(QStringLiteral("Rectrack"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RECTRACK_VERSION));

    app::installTranslations(qEnvironmentVariable("RECTRACK_LANG", QStringLiteral("zh_CN")));

    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "rectrack::cli", "Rectrack 整改台账命令行工具。\n\n子命令：\n"
                         "  init                         创建或升级数据库\n"
                         "  sample                       载入示例巡察\n"
                         "  inspections                  列出巡察\n"
                         "  findings 巡察编号            列出问题及其状态、时限状态\n"
                         "  stats [巡察编号] [--round N] 统计与完成率\n"
                         "  add-note 问题编号 [--] \"进展\"  添加进展情况（以 - 开头的内容放在 -- 之后）\n"
                         "  set-status finding|measure 编号 状态 [--completed-on 日期]   修改整改状态\n"
                         "  import 文件 [--dry-run] [--update [--allow-removal]]  导入整改情况通报（先核对数字）；\n"
                         "                               --update 用新版文件更新之前的导入，保留已做的工作\n"
                         "  verify [--anchor 锚点|文件]  核对修改记录的哈希链和数据是否一致，以及是否仍经过锚点\n"
                         "  check [--full]               检查数据库文件是否完好（不打开台账）\n"
                         "  backup [-o 文件]             备份台账（默认放在数据库旁的 .backups 文件夹）\n"
                         "  backups                      列出备份\n"
                         "  restore 备份文件             从备份恢复（管理员；恢复前的台账另存一份）\n"
                         "  search 文字                  全文检索问题、措施、成效和进展\n"
                         "  user list|add|role|passwd|disable|enable   管理账号（add 用 --role）\n"
                         "  settings [due-soon 天数 [--working-days] | calendar 文件]   时限提醒设置\n"
                         "  export findings|measures|responsibility --format csv|xlsx|pdf -o 文件   导出台账\n"
                         "  bulletin 巡察编号 -o 文件.pdf [--font 角色=字体]   导出整改情况通报（公文格式 PDF）\n"
                         "  generate [--findings N] [--seed N]  生成大量测试数据（约每个问题4条措施）"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QCoreApplication::translate("rectrack::cli", "数据库文件（默认：用户数据目录中的 rectrack.sqlite）"),
        QCoreApplication::translate("rectrack::cli", "文件"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QCoreApplication::translate("rectrack::cli", "以 JSON 输出"));
    const QCommandLineOption todayOption(
        QStringLiteral("today"),
        QCoreApplication::translate("rectrack::cli", "把“今天”视为该日期（只用于计算时限状态；修改记录和完成日期仍用真实时间）"),
        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption userOption(QStringLiteral("user"),
                                        QCoreApplication::translate("rectrack::cli",
                                                                    "以该账号登录（密码取自环境变量 RECTRACK_PASSWORD）；"
                                                                    "数据库还没有账号时，只以该名字记录修改"),
                                        QCoreApplication::translate("rectrack::cli", "姓名"));
    const QCommandLineOption dateOption(QStringLiteral("date"),
                                        QCoreApplication::translate("rectrack::cli", "进展日期"),
                                        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption authorOption(QStringLiteral("author"),
                                          QCoreApplication::translate("rectrack::cli", "进展填报人"),
                                          QCoreApplication::translate("rectrack::cli", "姓名"));
    const QCommandLineOption measureOption(
        QStringLiteral("measure"), QCoreApplication::translate("rectrack::cli", "进展所属的整改措施编号"),
        QCoreApplication::translate("rectrack::cli", "编号"));
    const QCommandLineOption roundOption(QStringLiteral("round"),
                                         QCoreApplication::translate("rectrack::cli", "只统计该轮次"),
                                         QCoreApplication::translate("rectrack::cli", "编号"));
    const QCommandLineOption findingsOption(QStringLiteral("findings"),
                                            QCoreApplication::translate("rectrack::cli", "生成的问题数"),
                                            QStringLiteral("N"));
    const QCommandLineOption updateOption(
        QStringLiteral("update"),
        QCoreApplication::translate("rectrack::cli", "用再次导入的文件更新之前的导入"));
    const QCommandLineOption dryRunOption(
        QStringLiteral("dry-run"), QCoreApplication::translate("rectrack::cli", "只解析和检查，不写入"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        QCoreApplication::translate("rectrack::cli", "生成数据的随机种子"),
                                        QStringLiteral("N"));
    const QCommandLineOption roleOption(QStringLiteral("role"),
                                        QCoreApplication::translate("rectrack::cli",
                                                                    "新账号的角色：staff、reviewer、leader、admin"),
                                        QStringLiteral("ROLE"));
    const QCommandLineOption workingDaysOption(
        QStringLiteral("working-days"), QCoreApplication::translate("rectrack::cli", "按工作日计算提前提醒天数"));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          QCoreApplication::translate("rectrack::cli", "导出格式：csv、xlsx、pdf"),
                                          QStringLiteral("FORMAT"));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          QCoreApplication::translate("rectrack::cli", "导出到该文件"),
                                          QCoreApplication::translate("rectrack::cli", "文件"));
    const QCommandLineOption inspectionOption(QStringLiteral("inspection"),
                                              QCoreApplication::translate("rectrack::cli", "只导出该巡察"),
                                              QStringLiteral("N"));
    const QCommandLineOption statusOption(QStringLiteral("status"),
                                          QCoreApplication::translate("rectrack::cli", "只导出这些状态（逗号分隔）"),
                                          QStringLiteral("STATUS"));
    const QCommandLineOption stateOption(QStringLiteral("state"),
                                         QCoreApplication::translate("rectrack::cli", "只导出这些时限状态（逗号分隔）"),
                                         QStringLiteral("STATE"));
    const QCommandLineOption searchOption(QStringLiteral("search"),
                                          QCoreApplication::translate("rectrack::cli", "只导出含这些文字的"),
                                          QStringLiteral("TEXT"));
    const QCommandLineOption fontOption(
        QStringLiteral("font"),
        QCoreApplication::translate("rectrack::cli", "通报用字体：title|body|heading1|heading2|page=字体名（可重复）"),
        QStringLiteral("ROLE=FAMILY"));
    const QCommandLineOption completedOnOption(
        QStringLiteral("completed-on"),
        QCoreApplication::translate("rectrack::cli", "完成日期（set-status 设为已完成时；默认今天）"),
        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption anchorOption(
        QStringLiteral("anchor"),
        QCoreApplication::translate("rectrack::cli", "verify：核对修改记录仍经过该锚点（条数:哈希，或备份、导出的通报和台账文件；可重复）"),
        QStringLiteral("ANCHOR|FILE"));
    const QCommandLineOption allowRemovalOption(
        QStringLiteral("allow-removal"),
        QCoreApplication::translate("rectrack::cli", "import --update 时，删除新文件中已没有、但已有工作的条目"));
    const QCommandLineOption fullOption(
        QStringLiteral("full"), QCoreApplication::translate("rectrack::cli", "完整检查（也核对索引和外键；较慢）"));
    parser.addOptions({anchorOption, allowRemovalOption, completedOnOption, fullOption, fontOption, dbOption, jsonOption, todayOption, userOption, dateOption, authorOption, measureOption,
                       roundOption, findingsOption, seedOption, dryRunOption, updateOption, roleOption,
                       workingDaysOption, formatOption, outputOption, inspectionOption, statusOption, stateOption,
                       searchOption});
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QCoreApplication::translate("rectrack::cli", "子命令"));
    parser.process(*app);

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        err << QCoreApplication::translate("rectrack::cli", "rectrack-cli：缺少子命令。") << Qt::endl
            << parser.helpText();
        return 2;
    }
    const auto command = commands().find(positional.first());
    const bool withoutLedger = positional.first() == u"check" || positional.first() == u"restore";
    if (command == commands().end() && !withoutLedger) {
        err << QCoreApplication::translate("rectrack::cli",
                                           "rectrack-cli：未知子命令“%1”。请用 --help 查看可用子命令。")
                   .arg(positional.first())
            << Qt::endl;
        return 2;
    }

    cli::Invocation in;
    in.args = positional.mid(1);
    in.json = parser.isSet(jsonOption);
    in.date = parser.value(dateOption);
    in.author = parser.value(authorOption);
    in.measure = parser.value(measureOption);
    in.round = parser.value(roundOption);
    in.findings = parser.value(findingsOption);
    in.seed = parser.value(seedOption);
    in.dryRun = parser.isSet(dryRunOption);
    in.update = parser.isSet(updateOption);
    in.role = parser.value(roleOption);
    in.workingDays = parser.isSet(workingDaysOption);
    in.format = parser.value(formatOption);
    in.output = parser.value(outputOption);
    in.inspection = parser.value(inspectionOption);
    in.status = parser.value(statusOption);
    in.state = parser.value(stateOption);
    in.search = parser.value(searchOption);
    in.fonts = parser.values(fontOption);
    in.full = parser.isSet(fullOption);
    in.completedOn = parser.value(completedOnOption);
    in.allowRemoval = parser.isSet(allowRemovalOption);
    in.anchors = parser.values(anchorOption);

    try {
        if (positional.first() == u"import" && in.dryRun && !in.update) // reads a document; needs no database
            return cli::runImport(nullptr, in, out);
        const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : Database::defaultPath();
        const QString user = parser.value(userOption);
        const cli::LedgerOpener open = [&] {
            // Only init makes a new ledger: a mistyped --db is an error, not a new empty ledger.
            const auto mode = positional.first() == u"init" ? Database::OpenMode::Create
                                                             : Database::OpenMode::Existing;
            auto ledger = Ledger::open(path, clockFrom(parser.value(todayOption)), user, mode);
            if (ledger->needsSignIn() && !user.isEmpty()) {
                if (!qEnvironmentVariableIsSet("RECTRACK_PASSWORD"))
                    throw cli::UsageError{QCoreApplication::translate(
                        "rectrack::cli", "以 --user 登录需要在环境变量 RECTRACK_PASSWORD 中给出密码")};
                ledger->signIn(user, qEnvironmentVariable("RECTRACK_PASSWORD"));
            }
            return ledger;
        };
        const auto signInHint = [](const Error& e, bool needsSignIn) {
            if (e.kind() == Error::Kind::Forbidden && needsSignIn)
                return Error(e.kind(), e.message() + QCoreApplication::translate(
                                                         "rectrack::cli",
                                                         " 请用 --user 用户名 登录，密码放在环境变量 RECTRACK_PASSWORD 中。"));
            return e;
        };
        if (positional.first() == u"check")
            return cli::runCheck(path, in, out);
        if (positional.first() == u"restore") {
            try {
                return cli::runRestore(path, open, in, out);
            } catch (const Error& e) {
                throw signInHint(e, e.kind() == Error::Kind::Forbidden && user.isEmpty());
            }
        }
        const auto ledger = open();
        if (positional.first() != u"verify") // verify lists them among its problems
            for (const QString& problem : ledger->anchorProblems())
                err << QCoreApplication::translate("rectrack::cli", "rectrack-cli：警告：") << problem
                    << QCoreApplication::translate("rectrack::cli", " 请用 verify 核对，必要时从备份恢复。") << Qt::endl;
        try {
            return command->second(*ledger, in, out);
        } catch (const Error& e) {
            throw signInHint(e, ledger->needsSignIn());
        }
    } catch (const cli::UsageError& e) {
        err << QStringLiteral("rectrack-cli: ") << e.message << Qt::endl;
        return 2;
    } catch (const Error& e) {
        err << QCoreApplication::translate("rectrack::cli", "rectrack-cli：错误：") << e.message()
            << Qt::endl;
        return 1;
    }
}
