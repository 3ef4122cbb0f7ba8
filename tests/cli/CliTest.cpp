// rectrack-cli run as a process, as a user or a script would, on a database in a temp folder.

#include "support/PostgresServer.h"
#include "support/TestLedger.h"
#include "support/TestFiles.h"
#include "import/readers/XlsxReader.h"
#include "storage/Query.h"
#include "storage/ReadConnection.h"
#include "services/Ledger.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringEncoder>
#include <QTemporaryDir>

using namespace rectrack;
using namespace rectrack::test;

namespace {
struct Run {
    int exitCode = -1;
    QString out;
    QString err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
};

class Cli {
public:
    // A ledger file, or a database of the test server when the tests run there.
    Cli()
        : m_db(testsOnServer() ? PostgresServer::shared()->newDatabase() : m_dir.filePath(QStringLiteral("cli.sqlite"))) {}
    Run operator()(QStringList args) const {
        // Only init makes a ledger; the tests below work on one it made.
        if (!testsOnServer() && !QFile::exists(m_db) && args.value(0) != u"init" &&
            args.value(0) != u"restore" && args.value(0) != u"check")
            initialise();
        args = QStringList{testsOnServer() ? QStringLiteral("--server") : QStringLiteral("--db"), m_db,
                           QStringLiteral("--today"), testToday().toString(Qt::ISODate),
                           QStringLiteral("--user"),  QStringLiteral("脚本")} +
               args;
        QProcess process;
        process.start(QStringLiteral(RECTRACK_CLI_PATH), args);
        REQUIRE(process.waitForFinished(60000));
        Run run{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
        INFO("rectrack-cli " << args.join(u' ').toStdString() << "\nstdout: " << run.out.toStdString()
                             << "\nstderr: " << run.err.toStdString());
        return run;
    }
    QString db() const { return m_db; }

private:
    void initialise() const {
        QProcess process;
        process.start(QStringLiteral(RECTRACK_CLI_PATH), {QStringLiteral("--db"), m_db, QStringLiteral("init")});
        REQUIRE(process.waitForFinished(60000));
        REQUIRE(process.exitCode() == 0);
    }

    QTemporaryDir m_dir;
    QString m_db;
};
} // namespace

TEST_CASE("init creates the database - sample loads the fictional inspection", "[cli]") {
    Cli cli;
    const Run init = cli({QStringLiteral("init")});
    CHECK(init.exitCode == 0);
    CHECK(init.out.contains(QStringLiteral("结构版本")));
    if (!testsOnServer())
        CHECK(QFile::exists(cli.db()));
    const Run sample = cli({QStringLiteral("sample"), QStringLiteral("--json")});
    REQUIRE(sample.exitCode == 0);
    CHECK(sample.json().object().value(QStringLiteral("inspection")).toInt() == 1);
}

TEST_CASE("Listings in text and JSON", "[cli]") {
    Cli cli;
    REQUIRE(cli({QStringLiteral("sample")}).exitCode == 0);

    const Run inspections = cli({QStringLiteral("inspections"), QStringLiteral("--json")});
    REQUIRE(inspections.exitCode == 0);
    const QJsonArray list = inspections.json().array();
    REQUIRE(list.size() == 1);
    CHECK(list[0][QStringLiteral("title")].toString() ==
          QStringLiteral("县委第二巡察组对青禾县农业农村局党组巡察整改"));
    CHECK(list[0][QStringLiteral("findings")].toInt() == 11);
    CHECK(cli({QStringLiteral("inspections")}).out.contains(QStringLiteral("青禾县农业农村局")));

    const Run findings = cli({QStringLiteral("findings"), QStringLiteral("1"), QStringLiteral("--json")});
    REQUIRE(findings.exitCode == 0);
    const QJsonArray rows = findings.json().array();
    REQUIRE(rows.size() == 13);
    const QJsonObject second = rows[1].toObject();
    CHECK(second[QStringLiteral("number")].toString() == QStringLiteral("2"));
    CHECK(second[QStringLiteral("status")].toString() == QStringLiteral("in_progress"));
    CHECK(second[QStringLiteral("deadline_state")].toString() == QStringLiteral("overdue"));
    CHECK(rows[12].toObject()[QStringLiteral("kind")].toString() == QStringLiteral("suggestion"));
    const Run text = cli({QStringLiteral("findings"), QStringLiteral("1")});
    CHECK(text.out.contains(QStringLiteral("已逾期")));
}

TEST_CASE("stats --json has the documented keys and agrees with core", "[cli]") {
    Cli cli;
    REQUIRE(cli({QStringLiteral("sample")}).exitCode == 0);
    const Run stats = cli({QStringLiteral("stats"), QStringLiteral("1"), QStringLiteral("--json")});
    REQUIRE(stats.exitCode == 0);
    const QJsonObject s = stats.json().object();
    for (const char* key : {"findings", "findings_completed", "findings_in_progress", "measures",
                            "measures_completed", "completion_rate", "overdue"})
        CHECK(s.contains(QString::fromLatin1(key)));
    CHECK(s[QStringLiteral("findings")].toInt() == 11);
    CHECK(s[QStringLiteral("findings_completed")].toInt() == 3);
    CHECK(s[QStringLiteral("findings_in_progress")].toInt() == 5);
    CHECK(s[QStringLiteral("measures")].toInt() == 20);
    CHECK(s[QStringLiteral("measures_completed")].toInt() == 10);
    CHECK(s[QStringLiteral("overdue")].toInt() == 1);
    CHECK(s[QStringLiteral("completion_rate")].toDouble() == Approx(0.3636));
    CHECK(s[QStringLiteral("recovered_loss_wan_yuan")].toDouble() == Approx(15.768));

    auto clock = std::make_shared<FixedClock>(testToday());
    auto ledger = Ledger::open(cli.db(), clock, QStringLiteral("t"));
    const LedgerStats core = ledger->statistics(Scope::inspection(1));
    CHECK(s[QStringLiteral("findings_ongoing")].toInt() == core.findingsOngoing);
    CHECK(s[QStringLiteral("due_soon")].toInt() == core.dueSoon());

    CHECK(cli({QStringLiteral("stats")}).out.contains(QStringLiteral("完成率 36.4%")));
    CHECK(cli({QStringLiteral("stats"), QStringLiteral("--round"), QStringLiteral("1"),
               QStringLiteral("--json")})
              .json()
              .object()[QStringLiteral("scope")]
              .toString() == QStringLiteral("round"));
}

TEST_CASE("add-note and set-status write through core - with history", "[cli]") {
    Cli cli;
    REQUIRE(cli({QStringLiteral("sample")}).exitCode == 0);
    const Run note =
        cli({QStringLiteral("add-note"), QStringLiteral("2"), QStringLiteral("周调度：复耕完成八成"),
             QStringLiteral("--date"), QStringLiteral("2025-06-15")});
    CHECK(note.exitCode == 0);
    const Run status = cli({QStringLiteral("set-status"), QStringLiteral("finding"), QStringLiteral("2"),
                            QStringLiteral("completed"), QStringLiteral("--json")});
    REQUIRE(status.exitCode == 0);
    CHECK(status.json().object()[QStringLiteral("status")].toString() == QStringLiteral("completed"));

    auto clock = std::make_shared<FixedClock>(testToday());
    auto ledger = Ledger::open(cli.db(), clock, QStringLiteral("t"));
    CHECK(ledger->activity().notes(2).first().text == QStringLiteral("周调度：复耕完成八成"));
    CHECK(ledger->activity().notes(2).first().author == QStringLiteral("脚本"));
    CHECK(ledger->findings().finding(2).status == Status::Completed);
    const QList<HistoryEntry> history = ledger->history().forFinding(2);
    CHECK(std::any_of(history.begin(), history.end(),
                      [](const HistoryEntry& e) { return e.actor == u"脚本"; }));

    const Run measure = cli({QStringLiteral("set-status"), QStringLiteral("measure"), QStringLiteral("3"),
                             QStringLiteral("in_progress")});
    CHECK(measure.exitCode == 0);
}

TEST_CASE("Errors say what is wrong and exit non-zero", "[cli]") {
    Cli cli;
    REQUIRE(cli({QStringLiteral("sample")}).exitCode == 0);
    const Run unknown = cli({QStringLiteral("frobnicate")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("frobnicate")));
    CHECK(cli({}).exitCode == 2);
    const Run missing = cli({QStringLiteral("findings"), QStringLiteral("99")});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("99")));
    CHECK(cli({QStringLiteral("findings"), QStringLiteral("abc")}).exitCode == 2);
    CHECK(cli({QStringLiteral("set-status"), QStringLiteral("finding"), QStringLiteral("2"),
               QStringLiteral("done")})
              .exitCode == 2);
    const Run derived = cli({QStringLiteral("set-status"), QStringLiteral("finding"), QStringLiteral("2"),
                             QStringLiteral("not_started")});
    CHECK(derived.exitCode == 1);
    CHECK(derived.err.contains(QStringLiteral("整改措施")));
    CHECK(cli({QStringLiteral("add-note"), QStringLiteral("2"), QStringLiteral("   ")}).exitCode == 1);

    QTemporaryDir dir;
    QFile junk(dir.filePath(QStringLiteral("junk.sqlite")));
    REQUIRE(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray(4096, '\x7f'));
    junk.close();
    QProcess process;
    process.start(QStringLiteral(RECTRACK_CLI_PATH),
                  {QStringLiteral("--db"), junk.fileName(), QStringLiteral("stats")});
    REQUIRE(process.waitForFinished(60000));
    CHECK(process.exitCode() == 1);
    CHECK(QString::fromUtf8(process.readAllStandardError()).contains(QStringLiteral("Rectrack")));
}

TEST_CASE("generate fills the database with the asked number of findings", "[cli]") {
    Cli cli;
    const Run run = cli({QStringLiteral("generate"), QStringLiteral("--findings"), QStringLiteral("120"),
                         QStringLiteral("--json")});
    REQUIRE(run.exitCode == 0);
    const QJsonObject counts = run.json().object();
    CHECK(counts[QStringLiteral("findings")].toInt() == 120);
    CHECK(counts[QStringLiteral("measures")].toInt() >= 120);
    const QJsonObject stats = cli({QStringLiteral("stats"), QStringLiteral("--json")}).json().object();
    CHECK(stats[QStringLiteral("findings")].toInt() + stats[QStringLiteral("suggestions")].toInt() == 120);
    CHECK(stats[QStringLiteral("measures")].toInt() == counts[QStringLiteral("measures")].toInt());
    CHECK(cli({QStringLiteral("generate"), QStringLiteral("--findings"), QStringLiteral("zero")}).exitCode ==
          2);
}

TEST_CASE("import saves a bulletin once - re-importing asks for --update - broken files write nothing",
          "[cli][import]") {
    Cli cli;
    QTemporaryDir dir;
    const QString bulletin = dir.filePath(QStringLiteral("通报.txt"));
    {
        QFile f(bulletin);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(
            QStringLiteral("关于县委第一巡察组对测试局党组巡察整改情况的通报\n\n"
                           "根据县委统一部署，2025年3月1日至4月30日，第一巡察组对测试局党组开展了专项巡察。"
                           "5月20日，县委巡察组向测试局党组反馈了巡察意见。\n\n二、集中整改进展情况\n\n"
                           "巡察反馈意见中指出1项2个问题；已完成整改问题1个，正在推进整改问题1个。制定整改措"
                           "施3条，已完成2条。\n\n"
                           "（一）已整改完成的问题 1 个\n\n1. "
                           "关于“资金拨付滞后。”问题的整改\n\n整改措施：①梳理台账。②限时拨付。\n\n"
                           "（二）正在推进整改的问题 1 个\n\n2. "
                           "关于“验收不规范。”问题的整改\n\n整改措施：引入第三方。\n\n"
                           "整改时限：2025年12月底\n\n存在的困难：项目多。\n")
                .toUtf8());
    }
    const Run dry =
        cli({QStringLiteral("import"), bulletin, QStringLiteral("--dry-run"), QStringLiteral("--json")});
    REQUIRE(dry.exitCode == 0);
    CHECK(dry.json().object()[QStringLiteral("inspection")].isNull());
    CHECK(cli({QStringLiteral("inspections"), QStringLiteral("--json")}).json().array().isEmpty());

    const Run first = cli({QStringLiteral("import"), bulletin, QStringLiteral("--json")});
    REQUIRE(first.exitCode == 0);
    const int id = first.json().object()[QStringLiteral("inspection")].toInt();
    CHECK(id > 0);
    const QJsonObject stats =
        cli({QStringLiteral("stats"), QString::number(id), QStringLiteral("--json")}).json().object();
    CHECK(stats[QStringLiteral("findings")].toInt() == 2);
    CHECK(stats[QStringLiteral("findings_completed")].toInt() == 1);
    CHECK(stats[QStringLiteral("measures")].toInt() == 3);
    CHECK(stats[QStringLiteral("measures_completed")].toInt() == 2);
    const QJsonArray findings =
        cli({QStringLiteral("findings"), QString::number(id), QStringLiteral("--json")}).json().array();
    CHECK(findings[1].toObject()[QStringLiteral("deadline_date")].toString() == QStringLiteral("2025-12-31"));

    const Run again = cli({QStringLiteral("import"), bulletin});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("--update")));
    const Run update =
        cli({QStringLiteral("import"), bulletin, QStringLiteral("--update"), QStringLiteral("--json")});
    REQUIRE(update.exitCode == 0);
    CHECK(update.json().object()[QStringLiteral("inspection")].toInt() == id);
    CHECK(update.json().object()[QStringLiteral("updated")].toBool());
    CHECK(cli({QStringLiteral("inspections"), QStringLiteral("--json")}).json().array().size() == 1);
    CHECK(cli({QStringLiteral("stats"), QStringLiteral("--json")})
              .json()
              .object()[QStringLiteral("findings")]
              .toInt() == 2);

    // broken input: garbage, an empty file, a text that is no bulletin, a missing file
    const auto write = [&](const QString& name, const QByteArray& bytes) {
        QFile f(dir.filePath(name));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return f.fileName();
    };
    QByteArray garbage;
    for (int i = 0; i < 5000; ++i)
        garbage.append(static_cast<char>((i * 131) % 256));
    for (const QString& file :
         {write(QStringLiteral("garbage.bin"), garbage), write(QStringLiteral("empty.txt"), {}),
          write(QStringLiteral("notes.txt"), QStringLiteral("今天开会。\n").toUtf8()),
          dir.filePath(QStringLiteral("missing.txt"))}) {
        INFO(file.toStdString());
        const Run bad = cli({QStringLiteral("import"), file});
        CHECK(bad.exitCode == 1);
        CHECK_FALSE(bad.err.isEmpty());
    }
    CHECK(cli({QStringLiteral("inspections"), QStringLiteral("--json")}).json().array().size() == 1);
}

TEST_CASE("import of the real city bulletin stores totals that match the ones it states",
          "[cli][import][real]") {
    const QString path = QStringLiteral(RECTRACK_SHARED_REPORTS "/000_489d3953438e12cd.txt");
    if (!QFile::exists(path)) {
        WARN("skipped: the shared reports are not on this machine");
        return;
    }
    Cli cli;
    const Run run = cli({QStringLiteral("import"), path, QStringLiteral("--json")});
    REQUIRE(run.exitCode == 0);
    const QJsonObject stats =
        cli({QStringLiteral("stats"), QStringLiteral("1"), QStringLiteral("--json")}).json().object();
    CHECK(stats[QStringLiteral("findings")].toInt() == 28);
    CHECK(stats[QStringLiteral("findings_completed")].toInt() == 27);
    CHECK(stats[QStringLiteral("findings_in_progress")].toInt() == 1);
    CHECK(stats[QStringLiteral("suggestions")].toInt() == 4);
    CHECK(stats[QStringLiteral("measures")].toInt() == 56);
    CHECK(stats[QStringLiteral("measures_completed")].toInt() == 52);
}

TEST_CASE("verify exits 0 on an intact ledger and 1 naming what was changed behind its back",
          "[cli][verify]") {
    Cli cli;
    REQUIRE(cli({QStringLiteral("sample")}).exitCode == 0);
    const Run ok = cli({QStringLiteral("verify"), QStringLiteral("--json")});
    CHECK(ok.exitCode == 0);
    CHECK(ok.json().object()[QStringLiteral("ok")].toBool());
    execRaw(cli.db(), QStringLiteral("UPDATE measures SET text = '被改动的措施' WHERE id = 3"));
    const Run bad = cli({QStringLiteral("verify")});
    CHECK(bad.exitCode == 1);
    CHECK(bad.out.contains(QStringLiteral("measures #3")));
}

namespace {
// rectrack-cli with a chosen user (or none) and environment, for the account tests.
Run runAs(const QString& db, const QString& user, const QString& password, QStringList args,
          const QString& newPassword = {}) {
    QStringList all{QStringLiteral("--db"), db, QStringLiteral("--today"), testToday().toString(Qt::ISODate)};
    if (!user.isEmpty())
        all << QStringLiteral("--user") << user;
    all += args;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("RECTRACK_PASSWORD"));
    env.remove(QStringLiteral("RECTRACK_NEW_PASSWORD"));
    if (!password.isEmpty())
        env.insert(QStringLiteral("RECTRACK_PASSWORD"), password);
    if (!newPassword.isEmpty())
        env.insert(QStringLiteral("RECTRACK_NEW_PASSWORD"), newPassword);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(RECTRACK_CLI_PATH), all);
    REQUIRE(process.waitForFinished(60000));
    return Run{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
               QString::fromUtf8(process.readAllStandardError())};
}
} // namespace

TEST_CASE("search finds the same as the window - in text and JSON", "[cli]") {
    Cli cli;
    REQUIRE(cli({QStringLiteral("sample")}).exitCode == 0);
    const Run json = cli({QStringLiteral("search"), QStringLiteral("复耕"), QStringLiteral("--json")});
    REQUIRE(json.exitCode == 0);
    const QJsonArray hits = json.json().array();
    REQUIRE(hits.size() >= 1);
    CHECK(hits[0].toObject().value(QStringLiteral("title")).toString() == QStringLiteral("耕地撂荒整治推进缓慢"));
    CHECK(hits[0].toObject().value(QStringLiteral("excerpt")).toString().contains(QStringLiteral("复耕")));
    const Run text = cli({QStringLiteral("search"), QStringLiteral("撂荒地全面摸排")});
    CHECK(text.out.contains(QStringLiteral("耕地撂荒整治推进缓慢")));
    CHECK(cli({QStringLiteral("search"), QStringLiteral("没有这样的内容")}).out.contains(QStringLiteral("没有找到")));
    CHECK(cli({QStringLiteral("search")}).exitCode == 2);
}

TEST_CASE("Accounts from the CLI: the first is an administrator - --user with RECTRACK_PASSWORD - roles obeyed", "[cli][access]") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("accounts.sqlite"));
    REQUIRE(runAs(db, {}, {}, {QStringLiteral("init")}).exitCode == 0);
    REQUIRE(runAs(db, {}, {}, {QStringLiteral("sample")}).exitCode == 0);
    const Run first = runAs(db, {}, {}, {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("王丽"),
                                         QStringLiteral("--role"), QStringLiteral("leader")},
                            QStringLiteral("first-pass"));
    REQUIRE(first.exitCode == 0);
    CHECK(first.out.contains(QStringLiteral("管理员")));

    // From now on, changes need a signed-in account with the right role.
    const Run anonymous = runAs(db, {}, {}, {QStringLiteral("add-note"), QStringLiteral("2"), QStringLiteral("周调度")});
    CHECK(anonymous.exitCode == 1);
    CHECK(anonymous.err.contains(QStringLiteral("RECTRACK_PASSWORD")));
    CHECK(runAs(db, QStringLiteral("王丽"), {}, {QStringLiteral("stats")}).exitCode == 2); // no password given
    CHECK(runAs(db, QStringLiteral("王丽"), QStringLiteral("wrong"), {QStringLiteral("stats")}).exitCode == 1);
    CHECK(runAs(db, {}, {}, {QStringLiteral("stats"), QStringLiteral("1")}).exitCode == 0); // reading is open

    const auto admin = [&](QStringList args, const QString& newPassword = {}) {
        return runAs(db, QStringLiteral("王丽"), QStringLiteral("first-pass"), std::move(args), newPassword);
    };
    REQUIRE(admin({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("领导"), QStringLiteral("--role"),
                   QStringLiteral("leader")},
                  QStringLiteral("leader-pass"))
                .exitCode == 0);
    REQUIRE(admin({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("干事"), QStringLiteral("--role"),
                   QStringLiteral("staff")},
                  QStringLiteral("staff-pass"))
                .exitCode == 0);
    CHECK(admin({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("x"), QStringLiteral("--role"),
                 QStringLiteral("boss")},
                QStringLiteral("whatever1"))
              .exitCode == 2);
    const Run list = admin({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--json")});
    CHECK(list.json().array().size() == 3);

    const Run leaderNote = runAs(db, QStringLiteral("领导"), QStringLiteral("leader-pass"),
                                 {QStringLiteral("add-note"), QStringLiteral("2"), QStringLiteral("领导批示")});
    CHECK(leaderNote.exitCode == 1);
    CHECK(leaderNote.err.contains(QStringLiteral("无权")));
    const Run staffNote = runAs(db, QStringLiteral("干事"), QStringLiteral("staff-pass"),
                                {QStringLiteral("add-note"), QStringLiteral("2"), QStringLiteral("周调度：复耕完成八成")});
    CHECK(staffNote.exitCode == 0);
    CHECK(runAs(db, QStringLiteral("干事"), QStringLiteral("staff-pass"),
                {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("偷偷"), QStringLiteral("--role"),
                 QStringLiteral("admin")},
                QStringLiteral("sneaky-pass"))
              .exitCode == 1);
    // the note is in the history under the account's name, and the chain verifies
    const Run verify = runAs(db, {}, {}, {QStringLiteral("verify"), QStringLiteral("--json")});
    CHECK(verify.exitCode == 0);
    CHECK(runAs(db, {}, {}, {QStringLiteral("search"), QStringLiteral("复耕完成八成")}).out.contains(QStringLiteral("耕地撂荒")));
}

TEST_CASE("settings: the due-soon window and the holiday calendar", "[cli]") {
    Cli cli;
    const Run shown = cli({QStringLiteral("settings"), QStringLiteral("--json")});
    CHECK(shown.json().object().value(QStringLiteral("due_soon_days")).toInt() == 7);
    QTemporaryDir dir;
    QFile calendar(dir.filePath(QStringLiteral("holidays.txt")));
    REQUIRE(calendar.open(QIODevice::WriteOnly));
    calendar.write("2025-06-19 休\n");
    calendar.close();
    CHECK(cli({QStringLiteral("settings"), QStringLiteral("calendar"), calendar.fileName()}).exitCode == 0);
    const Run changed = cli({QStringLiteral("settings"), QStringLiteral("due-soon"), QStringLiteral("3"),
                             QStringLiteral("--working-days"), QStringLiteral("--json")});
    CHECK(changed.json().object().value(QStringLiteral("due_soon_until")).toString() == QStringLiteral("2025-06-20"));
    CHECK(cli({QStringLiteral("settings"), QStringLiteral("due-soon"), QStringLiteral("0")}).exitCode == 1);
}

TEST_CASE("export writes a ledger as CSV - XLSX - PDF - filtered - bad arguments are refused", "[cli][export]") {
    Cli cli;
    REQUIRE(cli({QStringLiteral("sample")}).exitCode == 0);
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("overdue.csv"));
    const Run overdue = cli({QStringLiteral("export"), QStringLiteral("measures"), QStringLiteral("--state"),
                             QStringLiteral("overdue"), QStringLiteral("-o"), csv});
    REQUIRE(overdue.exitCode == 0);
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF")); // the BOM Excel and WPS look for
    const QString text = QString::fromUtf8(bytes);
    CHECK(text.count(QStringLiteral("\r\n")) == 3); // the header, the one overdue measure, the history anchor
    CHECK(text.contains(QStringLiteral("修改记录锚点,rectrack-anchor:")));
    CHECK(text.contains(QStringLiteral("制定复耕复种计划")));
    for (const char* format : {"xlsx", "pdf"}) {
        const QString path = dir.filePath(QStringLiteral("findings.%1").arg(QString::fromLatin1(format)));
        CHECK(cli({QStringLiteral("export"), QStringLiteral("findings"), QStringLiteral("--format"),
                   QString::fromLatin1(format), QStringLiteral("-o"), path})
                  .exitCode == 0);
        CHECK(QFileInfo(path).size() > 1000);
    }
    CHECK(cli({QStringLiteral("export"), QStringLiteral("responsibility"), QStringLiteral("-o"),
               dir.filePath(QStringLiteral("units.xlsx"))})
              .exitCode == 0);
    { // In English the column titles are English too (they were once filed under the wrong context)
        QProcess english;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("RECTRACK_LANG"), QStringLiteral("en"));
        english.setProcessEnvironment(env);
        const QString englishCsv = dir.filePath(QStringLiteral("english.csv"));
        english.start(QStringLiteral(RECTRACK_CLI_PATH),
                      {QStringLiteral("--db"), cli.db(), QStringLiteral("export"), QStringLiteral("measures"),
                       QStringLiteral("-o"), englishCsv});
        REQUIRE(english.waitForFinished(60000));
        REQUIRE(english.exitCode() == 0);
        CHECK(QString::fromUtf8(english.readAllStandardOutput()).contains(QStringLiteral("Tasks ledger")));
        QFile written(englishCsv);
        REQUIRE(written.open(QIODevice::ReadOnly));
        const QString header = QString::fromUtf8(written.readLine());
        CHECK(header.contains(QStringLiteral("Inspection")));
        CHECK(header.contains(QStringLiteral("Responsible unit")));
    }
    CHECK(cli({QStringLiteral("export"), QStringLiteral("nonsense"), QStringLiteral("-o"), csv}).exitCode == 2);
    CHECK(cli({QStringLiteral("export"), QStringLiteral("findings"), QStringLiteral("-o"), dir.filePath(QStringLiteral("x.doc"))}).exitCode == 2);
    CHECK(cli({QStringLiteral("export"), QStringLiteral("findings"), QStringLiteral("--status"), QStringLiteral("done"),
               QStringLiteral("-o"), csv})
              .exitCode == 2);
    CHECK(cli({QStringLiteral("export"), QStringLiteral("findings"), QStringLiteral("-o"),
               dir.filePath(QStringLiteral("no/such/folder/x.csv"))})
              .exitCode == 1);
}

TEST_CASE("backup - backups - restore - check: a copy made, put back by an administrator, a damaged file reported",
          "[cli][backup][file]") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("kept.sqlite"));
    REQUIRE(runAs(db, {}, {}, {QStringLiteral("init")}).exitCode == 0);
    REQUIRE(runAs(db, {}, {}, {QStringLiteral("sample")}).exitCode == 0);
    const Run backup = runAs(db, {}, {}, {QStringLiteral("backup"), QStringLiteral("--json")});
    REQUIRE(backup.exitCode == 0);
    const QString copy = backup.json().object().value(QStringLiteral("backup")).toString();
    CHECK(QFileInfo(copy).absolutePath() == QFileInfo(db + QStringLiteral(".backups")).absoluteFilePath());
    REQUIRE(runAs(db, {}, {}, {QStringLiteral("add-note"), QStringLiteral("2"), QStringLiteral("备份之后的进展")}).exitCode == 0);
    const auto search = [&] {
        return runAs(db, {}, {}, {QStringLiteral("search"), QStringLiteral("备份之后的进展")}).out;
    };
    CHECK(search().contains(QStringLiteral("耕地撂荒")));

    const Run list = runAs(db, {}, {}, {QStringLiteral("backups"), QStringLiteral("--json")});
    REQUIRE(list.json().array().size() == 1);
    CHECK(list.json().array().first().toObject().value(QStringLiteral("reason")).toString() == QStringLiteral("手动"));
    CHECK(runAs(db, {}, {}, {QStringLiteral("check")}).out.contains(QStringLiteral("快速检查通过")));
    CHECK(runAs(db, {}, {}, {QStringLiteral("check"), QStringLiteral("--full")}).exitCode == 0);

    // With accounts, only an administrator may restore.
    REQUIRE(runAs(db, {}, {}, {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("管理员甲"), QStringLiteral("--role"),
                               QStringLiteral("admin")}, QStringLiteral("admin-pass"))
                .exitCode == 0);
    REQUIRE(runAs(db, QStringLiteral("管理员甲"), QStringLiteral("admin-pass"),
                  {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("干事"), QStringLiteral("--role"),
                   QStringLiteral("staff")}, QStringLiteral("staff-pass"))
                .exitCode == 0);
    const Run staff = runAs(db, QStringLiteral("干事"), QStringLiteral("staff-pass"), {QStringLiteral("restore"), copy});
    CHECK(staff.exitCode == 1);
    CHECK(staff.err.contains(QStringLiteral("无权")));
    CHECK(search().contains(QStringLiteral("耕地撂荒")));

    const Run restored = runAs(db, QStringLiteral("管理员甲"), QStringLiteral("admin-pass"),
                               {QStringLiteral("restore"), copy, QStringLiteral("--json")});
    REQUIRE(restored.exitCode == 0);
    const QString previous = restored.json().object().value(QStringLiteral("previous")).toString();
    CHECK(previous.endsWith(QStringLiteral("before-restore.sqlite")));
    CHECK_FALSE(search().contains(QStringLiteral("耕地撂荒"))); // the note made after the backup is gone
    // ... and kept in the copy made before the restore
    CHECK(runAs(previous, {}, {}, {QStringLiteral("search"), QStringLiteral("备份之后的进展")}).out.contains(QStringLiteral("耕地撂荒")));
    // ... and the restore is the restored ledger's last history entry, by the administrator
    {
        const ReadConnection read(db);
        Query last(read.db(), QStringLiteral("SELECT actor, field, new_value FROM history ORDER BY id DESC LIMIT 1"));
        REQUIRE(last.exec().next());
        CHECK(last.value(0).toString() == QStringLiteral("管理员甲"));
        CHECK(last.value(1).toString() == QStringLiteral("restored_from"));
        CHECK(last.value(2).toString() == copy);
    }

    // A damaged file: check says so and exits 1; restore needs no sign-in and keeps the damaged file.
    damagePages(db, 2, 3);
    const Run damaged = runAs(db, {}, {}, {QStringLiteral("check")});
    CHECK(damaged.exitCode == 1);
    CHECK(damaged.out.contains(QStringLiteral("已损坏")));
    const Run rescue = runAs(db, {}, {}, {QStringLiteral("restore"), copy});
    CHECK(rescue.exitCode == 0);
    CHECK(rescue.out.contains(QStringLiteral(".damaged-")));
    CHECK(runAs(db, {}, {}, {QStringLiteral("check"), QStringLiteral("--full")}).exitCode == 0);
    CHECK(runAs(db, {}, {}, {QStringLiteral("verify")}).exitCode == 0);

    CHECK(runAs(db, {}, {}, {QStringLiteral("restore")}).exitCode == 2);
    CHECK(runAs(db, {}, {}, {QStringLiteral("restore"), dir.filePath(QStringLiteral("none.sqlite"))}).exitCode == 1);
}

TEST_CASE("Commands that make no document run without a GUI application - those that do still need one",
          "[cli]") {
    Cli cli;
    REQUIRE(cli({QStringLiteral("sample")}).exitCode == 0);
    // A platform plugin that does not exist: a GUI application aborts on it, a core one never asks.
    const auto run = [&](const QStringList& args) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("no-such-platform"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(RECTRACK_CLI_PATH), QStringList{QStringLiteral("--db"), cli.db()} + args);
        REQUIRE(process.waitForFinished(60000));
        return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                   QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
    };
    for (const QStringList& args : {QStringList{QStringLiteral("stats")}, QStringList{QStringLiteral("inspections")},
                                    QStringList{QStringLiteral("add-note"), QStringLiteral("1"), QStringLiteral("进展")},
                                    QStringList{QStringLiteral("backups")}}) {
        const Run done = run(args);
        INFO(args.join(u' ').toStdString() << ": " << done.err.toStdString());
        CHECK(done.exitCode == 0);
    }
    const QTemporaryDir dir;
    const Run pdf = run({QStringLiteral("export"), QStringLiteral("findings"), QStringLiteral("--format"),
                         QStringLiteral("pdf"), QStringLiteral("-o"), dir.filePath(QStringLiteral("台账.pdf"))});
    CHECK(pdf.exitCode != 0); // it asked for the platform: a document command is a GUI application
}

TEST_CASE("Each subcommand has its own options and help - the program's help lists every subcommand", "[cli]") {
    Cli cli;
    REQUIRE(cli({QStringLiteral("sample")}).exitCode == 0);
    // The program's help is made from the commands: every one of them is listed with its line.
    const Run help = cli({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    for (const char* name : {"init", "sample", "inspections", "findings", "stats", "add-note", "set-status", "import",
                             "verify", "check", "backup", "backups", "restore", "search", "user", "settings", "export",
                             "bulletin", "tasks", "generate"})
        CHECK(help.out.contains(QStringLiteral("\n  %1 ").arg(QString::fromLatin1(name))));
    CHECK(help.out.contains(QStringLiteral("统计与完成率")));

    // A command's help names its own options and not another command's.
    const Run exportHelp = cli({QStringLiteral("export"), QStringLiteral("--help")});
    CHECK(exportHelp.exitCode == 0);
    CHECK(exportHelp.out.contains(QStringLiteral("--format")));
    CHECK(exportHelp.out.contains(QStringLiteral("--db"))); // the common ones too
    CHECK_FALSE(exportHelp.out.contains(QStringLiteral("--completed-on")));
    CHECK_FALSE(exportHelp.out.contains(QStringLiteral("--dry-run")));

    // Another command's option is refused, saying which and where to look; nothing is written.
    const auto notesOnFirst = [&] {
        auto clock = std::make_shared<FixedClock>(testToday());
        return Ledger::open(cli.db(), clock, QStringLiteral("t"))->activity().notes(1).size();
    };
    const auto before = notesOnFirst();
    const Run stray = cli({QStringLiteral("add-note"), QStringLiteral("1"), QStringLiteral("进展"),
                           QStringLiteral("--format"), QStringLiteral("csv")});
    CHECK(stray.exitCode == 2);
    CHECK(stray.err.contains(QStringLiteral("format")));
    CHECK(stray.err.contains(QStringLiteral("add-note --help")));
    CHECK(notesOnFirst() == before);

    // Options may come before the subcommand's name, values included, and after it.
    const Run early = cli({QStringLiteral("--measure"), QStringLiteral("1"), QStringLiteral("add-note"),
                           QStringLiteral("1"), QStringLiteral("早放的选项")});
    CHECK(early.exitCode == 0);
    CHECK(early.err.isEmpty());
    CHECK(notesOnFirst() == before + 1);

    // In English, the list and a command's words are English.
    QProcess english;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("RECTRACK_LANG"), QStringLiteral("en"));
    english.setProcessEnvironment(env);
    english.start(QStringLiteral(RECTRACK_CLI_PATH), {QStringLiteral("--help")});
    REQUIRE(english.waitForFinished(60000));
    const QString englishHelp = QString::fromUtf8(english.readAllStandardOutput());
    CHECK(englishHelp.contains(QStringLiteral("stats")));
    CHECK_FALSE(englishHelp.contains(QStringLiteral("统计与完成率")));
}

TEST_CASE("server init - push - pull: a desk's ledger onto the server and back, each copy verified", "[cli][server]") {
    RECTRACK_SERVER_ONLY();
    PostgresServer* server = PostgresServer::shared();
    REQUIRE(server);
    static int counter = 0;
    const QString database = QStringLiteral("office_%1").arg(++counter);
    REQUIRE(server->psql(QStringLiteral("postgres"), {}, QStringLiteral("CREATE DATABASE %1").arg(database)) == 0);
    const QString url = server->url(database);
    const auto onServer = [&](QStringList args) {
        args = QStringList{QStringLiteral("--server"), url, QStringLiteral("--today"), testToday().toString(Qt::ISODate)} + args;
        QProcess process;
        process.start(QStringLiteral(RECTRACK_CLI_PATH), args);
        REQUIRE(process.waitForFinished(120000));
        const Run run{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                      QString::fromUtf8(process.readAllStandardError())};
        INFO("rectrack-cli " << args.join(u' ').toStdString() << "\nstdout: " << run.out.toStdString()
                             << "\nstderr: " << run.err.toStdString());
        return run;
    };
    QTemporaryDir dir;
    const QString desk = dir.filePath(QStringLiteral("desk.sqlite"));
    REQUIRE(runAs(desk, {}, {}, {QStringLiteral("init")}).exitCode == 0);
    REQUIRE(runAs(desk, {}, {}, {QStringLiteral("sample")}).exitCode == 0);
    REQUIRE(runAs(desk, {}, {}, {QStringLiteral("add-note"), QStringLiteral("2"), QStringLiteral("桌面上写的进展")}).exitCode == 0);

    const Run init = onServer({QStringLiteral("server"), QStringLiteral("init")});
    CHECK(init.exitCode == 0);
    CHECK(init.out.contains(QStringLiteral("服务器上的台账已就绪")));
    CHECK(init.out.contains(database)); // which ledger, without a password

    const Run push = onServer({QStringLiteral("server"), QStringLiteral("push"), desk, QStringLiteral("--json")});
    REQUIRE(push.exitCode == 0);
    CHECK(push.json().object().value(QStringLiteral("entries")).toInt() > 0);
    CHECK(onServer({QStringLiteral("verify")}).exitCode == 0);
    CHECK(onServer({QStringLiteral("search"), QStringLiteral("桌面上写的进展")}).out.contains(QStringLiteral("桌面上写的进展")));
    CHECK(onServer({QStringLiteral("add-note"), QStringLiteral("2"), QStringLiteral("服务器上写的进展")}).exitCode == 0);

    const Run again = onServer({QStringLiteral("server"), QStringLiteral("push"), desk});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("空的台账")));

    const QString offline = dir.filePath(QStringLiteral("offline.sqlite"));
    const Run pull = onServer({QStringLiteral("server"), QStringLiteral("pull"), QStringLiteral("-o"), offline});
    REQUIRE(pull.exitCode == 0);
    CHECK(pull.out.contains(QStringLiteral("只读")));
    CHECK(runAs(offline, {}, {}, {QStringLiteral("verify")}).exitCode == 0);
    CHECK(runAs(offline, {}, {}, {QStringLiteral("search"), QStringLiteral("服务器上写的进展")}).out.contains(QStringLiteral("服务器上写的进展")));
    // read-only for its owner and everyone (root, who runs these tests, writes anyway)
    CHECK((QFileInfo(offline).permissions() & (QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther)) == 0);
    CHECK(onServer({QStringLiteral("server"), QStringLiteral("pull"), QStringLiteral("-o"), offline}).exitCode == 1);

    CHECK(runAs(desk, {}, {}, {QStringLiteral("--server"), url, QStringLiteral("stats")}).exitCode == 2); // both
    const Run notUrl = runAs(desk, {}, {}, {QStringLiteral("server"), QStringLiteral("init")});
    CHECK(notUrl.exitCode == 2); // a file is not a server
}

TEST_CASE("import reads an office's own ledger sheet - each measure with its unit, person, deadline and status",
          "[cli][import][ledger-sheet]") {
    Cli cli;
    QTemporaryDir dir;
    const QString sheet = dir.filePath(QStringLiteral("整改台账.csv"));
    {
        // as Excel saves "CSV" on a Chinese Windows: GB18030, a title row above the header
        const QString text = QStringLiteral(
            "测试局巡察反馈问题整改台账,,,,,,\r\n"
            "序号,反馈问题,整改措施,牵头单位,责任人,完成时限,完成情况\r\n"
            "1,公务用车管理不规范,修订车辆管理办法,办公室,张三,2025年6月30日,已完成\r\n"
            "1,公务用车管理不规范,清理违规使用车辆,办公室、财务科,李四,立行立改,正在推进\r\n"
            "2,会议室被个人长期占用,清理腾退,后勤服务中心,王五,长期坚持,长期坚持\r\n"
            "合计,2个问题,3项措施,,,,\r\n");
        QFile f(sheet);
        REQUIRE(f.open(QIODevice::WriteOnly));
        QStringEncoder gb18030("GB18030");
        f.write(gb18030(text));
    }
    const Run dry = cli({QStringLiteral("import"), sheet, QStringLiteral("--dry-run"), QStringLiteral("--json")});
    REQUIRE(dry.exitCode == 0);
    const QJsonObject preview = dry.json().object();
    INFO(dry.out.toStdString());
    CHECK(preview[QStringLiteral("title")].toString() == QStringLiteral("测试局巡察反馈问题整改台账"));
    const QJsonArray found = preview[QStringLiteral("findings")].toArray();
    REQUIRE(found.size() == 2);
    const QJsonObject first = found[0].toObject();
    CHECK(first[QStringLiteral("status")].toString() == QStringLiteral("in_progress")); // one done, one under way
    CHECK(first[QStringLiteral("lead_unit")].toString() == QStringLiteral("办公室"));
    CHECK(first[QStringLiteral("persons")].toArray().size() == 2);
    const QJsonArray details = first[QStringLiteral("measure_details")].toArray();
    REQUIRE(details.size() == 2);
    CHECK(details[0].toObject()[QStringLiteral("deadline")].toString() == QStringLiteral("2025-06-30"));
    CHECK(details[0].toObject()[QStringLiteral("status")].toString() == QStringLiteral("completed"));
    CHECK(details[1].toObject()[QStringLiteral("deadline")].toString() == QStringLiteral("immediate"));
    CHECK(details[1].toObject()[QStringLiteral("co_units")].toArray().size() == 1); // 财务科 (办公室 leads)
    CHECK(found[1].toObject()[QStringLiteral("status")].toString() == QStringLiteral("ongoing"));

    const Run saved = cli({QStringLiteral("import"), sheet, QStringLiteral("--json")});
    REQUIRE(saved.exitCode == 0);
    const Id inspection = saved.json().object()[QStringLiteral("inspection")].toInt();
    REQUIRE(inspection > 0);
    auto ledger = Ledger::open(cli.db(), std::make_shared<FixedClock>(testToday()), QStringLiteral("t"),
                               Database::OpenMode::Existing);
    const QList<Finding> findings = ledger->findings().findings(inspection);
    REQUIRE(findings.size() == 2);
    const QList<Measure> measures = ledger->findings().measures(findings[0].id);
    REQUIRE(measures.size() == 2);
    CHECK(ledger->units().unit(*measures[0].unitId).name == QStringLiteral("办公室"));
    CHECK(ledger->units().person(*measures[1].personId).name == QStringLiteral("李四"));
    CHECK(measures[0].status == Status::Completed);
    CHECK(measures[0].deadline.date == QDate(2025, 6, 30));
    CHECK(measures[1].deadline.kind == DeadlineKind::Immediate);
    CHECK(measures[1].status == Status::InProgress);
    CHECK(ledger->findings().measures(findings[1].id).value(0).deadline.kind == DeadlineKind::LongTerm);

    SECTION("a sheet without a header it knows: refused with what to do, then read with --map") {
        const QString bare = dir.filePath(QStringLiteral("无表头.csv"));
        QFile f(bare);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("1,资金拨付滞后,限时拨付,财务科\n2,验收不规范,引入第三方,项目办\n").toUtf8());
        f.close();
        const Run refused = cli({QStringLiteral("import"), bare, QStringLiteral("--dry-run")});
        CHECK(refused.exitCode != 0);
        CHECK(refused.err.contains(QStringLiteral("--map")));
        const Run mapped = cli({QStringLiteral("import"), bare, QStringLiteral("--dry-run"), QStringLiteral("--json"),
                                QStringLiteral("--map"), QStringLiteral("A=number,B=title,C=measure,D=lead_unit")});
        REQUIRE(mapped.exitCode == 0);
        const QJsonArray two = mapped.json().object()[QStringLiteral("findings")].toArray();
        // the first row is taken for the header when a map is given for a sheet without one
        REQUIRE(two.size() == 1);
        CHECK(two[0].toObject()[QStringLiteral("title")].toString() == QStringLiteral("验收不规范"));
    }
}

TEST_CASE("Progress forms out to every unit with open measures, one back in as edits, twice changing nothing",
          "[cli][import][progress-form]") {
    Cli cli;
    REQUIRE(cli({QStringLiteral("sample")}).exitCode == 0);
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("填报表"));
    const Run out = cli({QStringLiteral("forms"), QStringLiteral("-o"), folder});
    REQUIRE(out.exitCode == 0);
    const QStringList files = QDir(folder).entryList({QStringLiteral("*.xlsx")});
    CHECK(files.size() >= 3);
    CHECK(out.out.contains(QStringLiteral("共写出 %1 份进展填报表").arg(files.size())));
    const QString form = QDir(folder).filePath(files.first());

    // the unit fills in its first row and saves the workbook again
    QList<QStringList> rows = workbookRows(form);
    const QStringList header = rows[0];
    const auto column = [&](const QString& start) { return columnStarting(header, start); };
    while (rows[1].size() < header.size())
        rows[1] << QString();
    rows[1][column(QStringLiteral("整改状态"))] = QStringLiteral("已完成");
    rows[1][column(QStringLiteral("本次进展"))] = QStringLiteral("已按要求完成整改");
    const QString returned = dir.filePath(QStringLiteral("交回.xlsx"));
    writeWorkbook(returned, rows);

    const Run dry = cli({QStringLiteral("import"), returned, QStringLiteral("--dry-run"), QStringLiteral("--json")});
    REQUIRE(dry.exitCode == 0);
    INFO(dry.out.toStdString());
    const QJsonObject plan = dry.json().object();
    CHECK(plan[QStringLiteral("kind")].toString() == QStringLiteral("progress_form"));
    CHECK_FALSE(plan[QStringLiteral("applied")].toBool());
    const QJsonArray changes = plan[QStringLiteral("changes")].toArray();
    REQUIRE(changes.size() == 2);
    CHECK(changes[0].toObject()[QStringLiteral("field")].toString() == QStringLiteral("status"));
    CHECK(changes[0].toObject()[QStringLiteral("new")].toString() == QStringLiteral("completed"));
    CHECK(changes[1].toObject()[QStringLiteral("new")].toString() == QStringLiteral("已按要求完成整改"));

    const Run applied = cli({QStringLiteral("import"), returned});
    REQUIRE(applied.exitCode == 0);
    CHECK(applied.out.contains(QStringLiteral("状态变更 1 条，新进展 1 条")));
    CHECK(applied.out.contains(QStringLiteral("已导入")));
    const Run again = cli({QStringLiteral("import"), returned, QStringLiteral("--json")});
    REQUIRE(again.exitCode == 0);
    CHECK(again.json().object()[QStringLiteral("changes")].toArray().isEmpty());
    CHECK_FALSE(again.json().object()[QStringLiteral("applied")].toBool());
    CHECK(cli({QStringLiteral("verify")}).exitCode == 0);

    const Run unknown = cli({QStringLiteral("forms"), QStringLiteral("--unit"), QStringLiteral("没有这个单位"), QStringLiteral("-o"),
                             dir.filePath(QStringLiteral("x.xlsx"))});
    CHECK(unknown.exitCode != 0);
    CHECK(unknown.err.contains(QStringLiteral("没有名为")));
}

TEST_CASE("The 任务清单 exported as XLSX imports back as the same problems, measures, units, deadlines and statuses",
          "[cli][import][ledger-sheet][round-trip]") {
    Cli cli;
    REQUIRE(cli({QStringLiteral("generate"), QStringLiteral("--findings"), QStringLiteral("120")}).exitCode == 0);
    QTemporaryDir dir;
    const QString tasks = dir.filePath(QStringLiteral("任务清单.xlsx"));
    REQUIRE(cli({QStringLiteral("export"), QStringLiteral("measures"), QStringLiteral("--inspection"), QStringLiteral("1"),
                 QStringLiteral("-o"), tasks})
                .exitCode == 0);
    QFile file(tasks);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const Workbook book = readXlsx(file.readAll()); // a sheet past one 64 KB piece of the zip stream
    REQUIRE(book.sheets.size() == 1);

    const Run read = cli({QStringLiteral("import"), tasks, QStringLiteral("--json")});
    REQUIRE(read.exitCode == 0);
    INFO(read.err.toStdString());
    const QJsonObject imported = read.json().object();
    const Id copy = imported[QStringLiteral("inspection")].toInt();
    REQUIRE(copy > 1);

    auto ledger = Ledger::open(cli.db(), std::make_shared<FixedClock>(testToday()), QStringLiteral("t"), Database::OpenMode::Existing);
    QList<Finding> original;
    for (const Finding& f : ledger->findings().findings(1))
        if (!ledger->findings().measures(f.id).isEmpty())
            original << f;
    const QList<Finding> again = ledger->findings().findings(copy);
    REQUIRE(again.size() == original.size());
    const auto unitName = [&](OptionalId id) { return id ? ledger->units().unit(*id).name : QString(); };
    int measures = 0;
    for (qsizetype i = 0; i < original.size(); ++i) {
        INFO("problem " << original[i].number.toStdString());
        CHECK(again[i].number == original[i].number);
        CHECK(again[i].title == original[i].title);
        const QList<Measure> before = ledger->findings().measures(original[i].id);
        const QList<Measure> after = ledger->findings().measures(again[i].id);
        REQUIRE(after.size() == before.size());
        for (qsizetype m = 0; m < before.size(); ++m) {
            CHECK(after[m].text == before[m].text);
            CHECK(after[m].status == before[m].status);
            CHECK(after[m].deadline.kind == before[m].deadline.kind);
            CHECK(after[m].deadline.date == before[m].deadline.date);
            CHECK(after[m].completedDate == before[m].completedDate);
            const OptionalId unitBefore = before[m].unitId ? before[m].unitId : original[i].leadUnitId;
            CHECK(unitName(after[m].unitId) == unitName(unitBefore));
            ++measures;
        }
    }
    CHECK(measures > 150);
}

TEST_CASE("An updated copy of a ledger sheet, imported with --update, changes statuses, units and deadlines as edits",
          "[cli][import][ledger-sheet][update]") {
    Cli cli;
    QTemporaryDir dir;
    const QString sheet = dir.filePath(QStringLiteral("台账.csv"));
    const auto write = [&](const QString& rows) {
        QFile f(sheet);
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write((QStringLiteral("序号,反馈问题,整改措施,牵头单位,完成时限,完成情况\n") + rows).toUtf8());
    };
    write(QStringLiteral("1,公务用车管理不规范,修订车辆管理办法,办公室,2025年6月30日,正在推进\n"
                         "2,会议室长期占用,清理腾退,后勤中心,长期坚持,未启动\n"));
    const Run first = cli({QStringLiteral("import"), sheet, QStringLiteral("--json")});
    REQUIRE(first.exitCode == 0);
    const Id inspection = first.json().object()[QStringLiteral("inspection")].toInt();
    // a month later the office's copy says more
    write(QStringLiteral("1,公务用车管理不规范,修订车辆管理办法,办公室,2025年6月30日,已完成\n"
                         "2,会议室长期被个人占用,清理腾退,机关事务中心,2025年9月30日,未启动\n"
                         "3,接待费超标,清退超标费用,财务科,立行立改,正在推进\n"));
    const Run dry = cli({QStringLiteral("import"), sheet, QStringLiteral("--update"), QStringLiteral("--dry-run"), QStringLiteral("--json")});
    REQUIRE(dry.exitCode == 0);
    const QJsonArray planned = dry.json().object()[QStringLiteral("update")].toObject()[QStringLiteral("findings")].toArray();
    REQUIRE(planned.size() == 3);
    const QJsonArray firstMeasures = planned[0].toObject()[QStringLiteral("measures")].toArray();
    CHECK(firstMeasures[0].toObject()[QStringLiteral("fields")].toArray() == QJsonArray{QStringLiteral("status")});
    const QJsonArray secondFields = planned[1].toObject()[QStringLiteral("measures")].toArray()[0].toObject()[QStringLiteral("fields")].toArray();
    CHECK(secondFields == QJsonArray{QStringLiteral("deadline"), QStringLiteral("unit")});

    REQUIRE(cli({QStringLiteral("import"), sheet, QStringLiteral("--update")}).exitCode == 0);
    {
        auto ledger = Ledger::open(cli.db(), std::make_shared<FixedClock>(testToday()), QStringLiteral("t"), Database::OpenMode::Existing);
        const QList<Finding> findings = ledger->findings().findings(inspection);
        REQUIRE(findings.size() == 3);
        CHECK(ledger->findings().measures(findings[0].id).value(0).status == Status::Completed);
        const Measure moved = ledger->findings().measures(findings[1].id).value(0);
        CHECK(ledger->units().unit(*moved.unitId).name == QStringLiteral("机关事务中心"));
        CHECK(moved.deadline.date == QDate(2025, 9, 30));
        CHECK(findings[1].title == QStringLiteral("会议室长期被个人占用"));
        CHECK(ledger->findings().measures(findings[2].id).value(0).status == Status::InProgress);
    }
    // the same copy again: nothing to change
    const Run again = cli({QStringLiteral("import"), sheet, QStringLiteral("--update"), QStringLiteral("--dry-run"), QStringLiteral("--json")});
    CHECK(again.json().object()[QStringLiteral("update")].toObject()[QStringLiteral("findings_updated")].toInt() == 0);
    CHECK(again.json().object()[QStringLiteral("update")].toObject()[QStringLiteral("measures_updated")].toInt() == 0);
    CHECK(cli({QStringLiteral("verify")}).exitCode == 0);
}

TEST_CASE("bulletin -o FILE.docx and tasks -o FILE.docx write Word documents that import again", "[cli][word]") {
    Cli cli;
    REQUIRE(cli({QStringLiteral("sample")}).exitCode == 0);
    const QTemporaryDir dir;
    const QString bulletin = dir.filePath(QStringLiteral("通报.docx"));
    const Run word = cli({QStringLiteral("bulletin"), QStringLiteral("1"), QStringLiteral("-o"), bulletin});
    REQUIRE(word.exitCode == 0);
    CHECK(word.out.contains(QStringLiteral("仿宋_GB2312"))); // the faces the document names
    const Run bulletinBack = cli({QStringLiteral("import"), bulletin, QStringLiteral("--dry-run"), QStringLiteral("--json")});
    REQUIRE(bulletinBack.exitCode == 0);
    CHECK(bulletinBack.json().object().value(QStringLiteral("format")).toString() == u"docx");
    CHECK(bulletinBack.json().object().value(QStringLiteral("findings")).toArray().size() == 13);

    // the full official format from the options; a bad 份号 or date is a usage error
    const QString official = dir.filePath(QStringLiteral("公文.docx"));
    REQUIRE(cli({QStringLiteral("bulletin"), QStringLiteral("1"), QStringLiteral("-o"), official, QStringLiteral("--issuer-mark"),
                 QStringLiteral("中共青禾县农业农村局党组文件"), QStringLiteral("--doc-number"), QStringLiteral("青农党[2026]3号"),
                 QStringLiteral("--copies-to"), QStringLiteral("县纪委监委"), QStringLiteral("--print-date"),
                 QStringLiteral("2026-09-10"), QStringLiteral("--attachment"), QStringLiteral("整改任务分解表")})
                .exitCode == 0);
    const Run officialBack = cli({QStringLiteral("import"), official, QStringLiteral("--dry-run"), QStringLiteral("--json")});
    REQUIRE(officialBack.exitCode == 0);
    CHECK(officialBack.json().object().value(QStringLiteral("findings")).toArray().size() == 13);
    CHECK(cli({QStringLiteral("bulletin"), QStringLiteral("1"), QStringLiteral("-o"), dir.filePath(QStringLiteral("x.pdf")),
               QStringLiteral("--copy-number"), QStringLiteral("12")})
              .exitCode == 2);
    CHECK(cli({QStringLiteral("bulletin"), QStringLiteral("1"), QStringLiteral("-o"), dir.filePath(QStringLiteral("x.pdf")),
               QStringLiteral("--print-date"), QStringLiteral("下周")})
              .exitCode == 2);
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("x.pdf"))));

    // --public leaves a finding marked 不公开 out, and says so
    QString withheldTitle;
    {
        auto ledger = Ledger::open(cli.db(), std::make_shared<FixedClock>(testToday()), QStringLiteral("t"));
        Finding f = ledger->findings().findings(1).first();
        f.withheld = QStringLiteral("涉密");
        ledger->findings().updateFinding(f);
        withheldTitle = f.title;
    }
    const QString publicText = dir.filePath(QStringLiteral("公开版.txt"));
    const Run publicRun = cli({QStringLiteral("bulletin"), QStringLiteral("1"), QStringLiteral("--public"), QStringLiteral("-o"), publicText});
    REQUIRE(publicRun.exitCode == 0);
    CHECK(publicRun.out.contains(QStringLiteral("公开版略去")));
    QFile publicFile(publicText);
    REQUIRE(publicFile.open(QIODevice::ReadOnly));
    CHECK_FALSE(QString::fromUtf8(publicFile.readAll()).contains(withheldTitle));
    CHECK(cli({QStringLiteral("bulletin"), QStringLiteral("1"), QStringLiteral("--count-listed-only"), QStringLiteral("-o"),
               dir.filePath(QStringLiteral("y.txt"))})
              .exitCode == 2);

    const QString tasks = dir.filePath(QStringLiteral("任务分解表.docx"));
    const Run table = cli({QStringLiteral("tasks"), QStringLiteral("1"), QStringLiteral("-o"), tasks});
    REQUIRE(table.exitCode == 0);
    const Run tasksBack = cli({QStringLiteral("import"), tasks, QStringLiteral("--dry-run"), QStringLiteral("--json")});
    REQUIRE(tasksBack.exitCode == 0);
    int measures = 0;
    for (const QJsonValue& finding : tasksBack.json().object().value(QStringLiteral("findings")).toArray())
        measures += static_cast<int>(finding.toObject().value(QStringLiteral("measures")).toArray().size());
    CHECK(tasksBack.json().object().value(QStringLiteral("findings")).toArray().size() == 13);
    CHECK(measures == 20);

    // a format it does not write, and no inspection: usage, nothing written
    CHECK(cli({QStringLiteral("tasks"), QStringLiteral("1"), QStringLiteral("-o"), dir.filePath(QStringLiteral("t.odt"))}).exitCode == 2);
    CHECK(cli({QStringLiteral("tasks"), QStringLiteral("99"), QStringLiteral("-o"), dir.filePath(QStringLiteral("t.docx"))}).exitCode != 0);
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("t.docx"))));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("t.odt"))));
}
