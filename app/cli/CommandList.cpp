// The subcommands of rectrack-cli: each with its name, arguments, description and its own
// options. main.cpp makes the help and parses the command line from this list.

#include "Commands.h"

#include "services/Ledger.h"
#include "services/ProgressForms.h"

namespace rectrack::cli {

namespace {
QCommandLineOption option(const char* name, const QString& description, const QString& valueName = {}) {
    return valueName.isEmpty() ? QCommandLineOption(QString::fromLatin1(name), description)
                               : QCommandLineOption(QString::fromLatin1(name), description, valueName);
}

QCommandLineOption outputOption(const QString& description) {
    return QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")}, description, CliText::tr("文件"));
}

using LedgerRun = int (*)(Ledger&, const Invocation&, QTextStream&);
std::function<int(Session&)> onLedger(LedgerRun run) {
    return [run](Session& s) { return run(s.ledger(), s.in, s.out); };
}

QList<Command> makeCommands() {
    QList<Command> list;
    list << Command{QStringLiteral("init"), {}, CliText::tr("创建或升级数据库"), {}, onLedger(runInit), true};
    Command server{QStringLiteral("server"), QStringLiteral("init|push|pull"),
                   CliText::tr("服务器上的台账：init 创建或升级；push 文件 把桌面台账连同修改记录搬上服务器；pull -o 文件 "
                               "取一份只读的离线副本"),
                   {outputOption(CliText::tr("server pull：副本文件"))}, runServer, true};
    list << server;
    list << Command{QStringLiteral("sample"), {}, CliText::tr("载入示例巡察"), {}, onLedger(runSample)};
    list << Command{QStringLiteral("inspections"), {}, CliText::tr("列出巡察"), {}, onLedger(runInspections)};
    list << Command{QStringLiteral("findings"), CliText::tr("巡察编号"), CliText::tr("列出问题及其状态、时限状态"), {},
                    onLedger(runFindings)};
    list << Command{QStringLiteral("stats"), CliText::tr("[巡察编号]"), CliText::tr("统计与完成率"),
                    {option("round", CliText::tr("只统计该轮次"), CliText::tr("编号"))}, onLedger(runStats)};
    list << Command{QStringLiteral("add-note"), CliText::tr("问题编号 [--] \"进展\""),
                    CliText::tr("添加进展情况（以 - 开头的内容放在 -- 之后）"),
                    {option("date", CliText::tr("进展日期"), QStringLiteral("YYYY-MM-DD")), option("author", CliText::tr("进展填报人"), CliText::tr("姓名")),
                     option("measure", CliText::tr("进展所属的整改措施编号"), CliText::tr("编号"))},
                    onLedger(runAddNote)};
    list << Command{QStringLiteral("set-status"), CliText::tr("finding|measure 编号 状态"), CliText::tr("修改整改状态"),
                    {option("completed-on", CliText::tr("完成日期（set-status 设为已完成时；默认今天）"), QStringLiteral("YYYY-MM-DD"))},
                    onLedger(runSetStatus)};
    Command import{QStringLiteral("import"), CliText::tr("文件"),
                   CliText::tr("导入整改情况通报、整改台账表格或单位交回的进展填报表（先核对数字）；--update 用新版文件更新之前的导入，保留已做的工作"),
                   {option("dry-run", CliText::tr("只解析和检查，不写入")), option("update", CliText::tr("用再次导入的文件更新之前的导入")),
                    option("allow-removal", CliText::tr("import --update 时，删除新文件中已没有、但已有工作的条目")),
                    option("inspection", CliText::tr("--update：要更新的巡察"), QStringLiteral("N")),
                    option("map", CliText::tr("台账表格（.xlsx、.xls、.csv）各列是什么，表头认不出时用：如 B=title,C=measure,D=lead_unit"),
                           QStringLiteral("COLUMN=FIELD,…"))},
                   [](Session& s) {
                       // A progress form a unit sent back: its changes, as edits of the ledger.
                       if (s.in.args.size() == 1)
                           if (const auto form = readProgressFormFile(s.in.args[0]))
                               return runFormImport(s.ledger(), *form, s.in, s.out);
                       // A dry run of a new import reads the document only: it needs no ledger.
                       const bool needsLedger = !s.in.isSet("dry-run") || s.in.isSet("update");
                       return runImport(needsLedger ? &s.ledger() : nullptr, s.in, s.out);
                   }};
    import.makesDocuments = true;
    list << import;
    Command forms{QStringLiteral("forms"), {},
                  CliText::tr("导出各责任单位的进展填报表（XLSX，只能填写进展、状态和完成日期；交回后用 import 导入）"),
                  {option("unit", CliText::tr("只导出该单位的填报表（名称或编号），-o 为文件"), CliText::tr("单位")),
                   outputOption(CliText::tr("填报表文件；不加 --unit 时为文件夹")),
                   option("inspection", CliText::tr("只含该巡察的措施"), QStringLiteral("N")),
                   option("round", CliText::tr("只含该轮次的措施"), CliText::tr("编号"))},
                  onLedger(runForms)};
    forms.makesDocuments = true;
    list << forms;
    Command verify{QStringLiteral("verify"), {},
                   CliText::tr("核对修改记录的哈希链和数据是否一致，以及是否仍经过锚点"),
                   {option("anchor", CliText::tr("verify：核对修改记录仍经过该锚点（条数:哈希，或备份、导出的通报和台账文件；可重复）"),
                           QStringLiteral("ANCHOR|FILE"))},
                   onLedger(runVerify)};
    verify.makesDocuments = true; // an anchor may be read from an exported document
    verify.warnsOfAnchors = false; // it lists them among its problems
    list << verify;
    list << Command{QStringLiteral("check"), {}, CliText::tr("检查数据库文件是否完好（不打开台账）"),
                    {option("full", CliText::tr("完整检查（也核对索引和外键；较慢）"))},
                    [](Session& s) { return runCheck(s.path, s.in, s.out); }};
    list << Command{QStringLiteral("backup"), {}, CliText::tr("备份台账（默认放在数据库旁的 .backups 文件夹）"),
                    {outputOption(CliText::tr("备份到该文件"))}, onLedger(runBackup)};
    list << Command{QStringLiteral("backups"), {}, CliText::tr("列出备份"), {}, onLedger(runBackups)};
    list << Command{QStringLiteral("restore"), CliText::tr("备份文件"), CliText::tr("从备份恢复（管理员；恢复前的台账另存一份）"), {},
                    [](Session& s) { return runRestore(s.path, s.open, s.in, s.out); }};
    list << Command{QStringLiteral("search"), CliText::tr("文字"), CliText::tr("全文检索问题、措施、成效和进展"), {},
                    onLedger(runSearch)};
    list << Command{QStringLiteral("user"), QStringLiteral("list|add|role|passwd|disable|enable"),
                    CliText::tr("管理账号（add 用 --role）"),
                    {option("role", CliText::tr("新账号的角色：staff、reviewer、leader、admin"), QStringLiteral("ROLE"))}, onLedger(runUser)};
    list << Command{QStringLiteral("settings"), CliText::tr("[due-soon 天数 [--working-days] | calendar 文件]"),
                    CliText::tr("时限提醒设置"), {option("working-days", CliText::tr("按工作日计算提前提醒天数"))}, onLedger(runSettings)};
    Command exportCommand{QStringLiteral("export"), QStringLiteral("findings|measures|responsibility"),
                          CliText::tr("导出台账"),
                          {option("format", CliText::tr("导出格式：csv、xlsx、pdf、docx"), QStringLiteral("FORMAT")), outputOption(CliText::tr("导出到该文件")),
                           option("inspection", CliText::tr("只导出该巡察"), QStringLiteral("N")), option("round", CliText::tr("只导出该轮次"), CliText::tr("编号")),
                           option("status", CliText::tr("只导出这些状态（逗号分隔）"), QStringLiteral("STATUS")),
                           option("state", CliText::tr("只导出这些时限状态（逗号分隔）"), QStringLiteral("STATE")),
                           option("search", CliText::tr("只导出含这些文字的"), QStringLiteral("TEXT"))},
                          onLedger(runExport)};
    exportCommand.makesDocuments = true;
    list << exportCommand;
    Command bulletin{QStringLiteral("bulletin"), CliText::tr("巡察编号"), CliText::tr("导出整改情况通报（公文格式 PDF，或可编辑的 Word 文档）"),
                     {outputOption(CliText::tr("导出到该文件")), option("format", CliText::tr("导出格式：pdf、docx 或 txt（默认取文件扩展名）"), QStringLiteral("FORMAT")),
                      option("font", CliText::tr("通报用字体：title|body|heading1|heading2|page=字体名（可重复）"), QStringLiteral("ROLE=FAMILY")),
                      option("copy-number", CliText::tr("份号（6位数字）"), QStringLiteral("NNNNNN")),
                      option("secrecy", CliText::tr("密级和保密期限，如 秘密★1年"), CliText::tr("文字")),
                      option("urgency", CliText::tr("紧急程度：特急或加急"), CliText::tr("文字")),
                      option("issuer-mark", CliText::tr("发文机关标志（红头），如 中共××党组文件"), CliText::tr("文字")),
                      option("doc-number", CliText::tr("发文字号，如 ××党〔2025〕3号"), CliText::tr("文字")),
                      option("signer", CliText::tr("签发人（上行文）"), CliText::tr("姓名")),
                      option("addressee", CliText::tr("主送机关"), CliText::tr("文字")),
                      option("attachment", CliText::tr("附件名称（可重复，按顺序）"), CliText::tr("名称")),
                      option("seal", CliText::tr("加盖印章：在署名和日期处留出印章位置")),
                      option("chinese-date", CliText::tr("成文日期用汉字（二〇二五年六月十六日）")),
                      option("copies-to", CliText::tr("版记：抄送"), CliText::tr("文字")),
                      option("printer", CliText::tr("版记：印发机关"), CliText::tr("文字")),
                      option("print-date", CliText::tr("版记：印发日期"), QStringLiteral("YYYY-MM-DD")),
                      option("public", CliText::tr("公开版：略去标为不公开的问题（默认内部版，列出全部）")),
                      option("count-listed-only", CliText::tr("公开版的统计数字只计列出的问题"))},
                     onLedger(runBulletin)};
    bulletin.makesDocuments = true;
    list << bulletin;
    Command tasks{QStringLiteral("tasks"), CliText::tr("巡察编号"),
                  CliText::tr("导出整改方案任务分解表（Word 表格，问题单元格合并；也可 xlsx、csv、pdf）"),
                  {outputOption(CliText::tr("导出到该文件")),
                   option("format", CliText::tr("导出格式：docx、xlsx、csv、pdf（默认取文件扩展名）"), QStringLiteral("FORMAT"))},
                  onLedger(runTasks)};
    tasks.makesDocuments = true;
    list << tasks;
    list << Command{QStringLiteral("generate"), {}, CliText::tr("生成大量测试数据（约每个问题4条措施）"),
                    {option("findings", CliText::tr("生成的问题数"), QStringLiteral("N")), option("seed", CliText::tr("生成数据的随机种子"), QStringLiteral("N"))},
                    onLedger(runGenerate)};
    return list;
}
} // namespace

QList<Command> allCommands() {
    return makeCommands();
}

std::optional<Command> findCommand(const QString& name) {
    for (const Command& command : makeCommands())
        if (command.name == name)
            return command;
    return std::nullopt;
}

Session::~Session() = default;

Ledger& Session::ledger() {
    if (!m_ledger) {
        m_ledger = open();
        if (m_opened)
            m_opened(*m_ledger);
    }
    return *m_ledger;
}

} // namespace rectrack::cli
