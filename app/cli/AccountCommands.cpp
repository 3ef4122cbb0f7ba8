// rectrack-cli user …, search and settings.
#include "Commands.h"

#include "changes/LedgerChanges.h"
#include "services/Ledger.h"
#include "model/Error.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace rectrack::cli {

namespace {

// The new password of an account: RECTRACK_NEW_PASSWORD, else one line of standard input.
QString newPassword() {
    if (qEnvironmentVariableIsSet("RECTRACK_NEW_PASSWORD"))
        return qEnvironmentVariable("RECTRACK_NEW_PASSWORD");
    QTextStream in(stdin);
    const QString line = in.readLine();
    if (line.isEmpty())
        throw UsageError{CliText::tr("请在环境变量 RECTRACK_NEW_PASSWORD 中或标准输入的第一行给出新密码")};
    return line;
}

Role parseRole(const QString& text) {
    if (const auto role = parseCode<Role>(text))
        return *role;
    throw UsageError{CliText::tr("角色应为 staff、reviewer、leader 或 admin，收到“%1”").arg(text)};
}

Account existing(Ledger& ledger, const QString& name) {
    if (const auto account = ledger.accounts().account(name))
        return *account;
    throw Error(Error::Kind::NotFound, CliText::tr("没有名为“%1”的账号").arg(name));
}

} // namespace

int runUser(Ledger& ledger, const Invocation& in, QTextStream& out) {
    const QString usage = CliText::tr("用法：rectrack-cli user list | add 用户名 --role 角色 | role 用户名 角色 | "
                             "passwd 用户名 | disable 用户名 | enable 用户名");
    if (in.args.isEmpty())
        throw UsageError{usage};
    const QString verb = in.args[0];
    if (verb == u"list" && in.args.size() == 1) {
        QJsonArray rows;
        for (const Account& a : ledger.accounts().accounts()) {
            if (in.json)
                rows.append(QJsonObject{{QStringLiteral("id"), a.id},
                                        {QStringLiteral("name"), a.name},
                                        {QStringLiteral("role"), code(a.role)},
                                        {QStringLiteral("active"), a.active}});
            else
                out << a.name << u'\t' << code(a.role) << u'\t' << label(a.role)
                    << (a.active ? QString() : CliText::tr("\t（已停用）")) << Qt::endl;
        }
        if (in.json)
            printJson(out, rows);
        return 0;
    }
    if (in.args.size() < 2)
        throw UsageError{usage};
    const QString name = in.args[1];
    if (verb == u"add" && in.args.size() == 2) {
        const bool first = !ledger.accounts().anyExist();
        const Role role = parseRole(in.value("role").isEmpty() ? QStringLiteral("staff") : in.value("role"));
        const auto change = Changes::addAccount(name, role, newPassword());
        change->apply(ledger);
        const Id id = *change->createdIn(QStringLiteral("accounts"));
        const Account made = existing(ledger, name);
        if (in.json)
            printJson(out, QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("role"), code(made.role)}});
        else if (ledger.database().isServer())
            out << CliText::tr("已创建账号“%1”，角色：%2。它也是服务器的登录角色：请以 --server postgresql://%1@主机/数据库 "
                               "连接，密码即刚才所设。")
                       .arg(made.name, label(made.role))
                << Qt::endl;
        else
            out << (first ? CliText::tr("已创建第一个账号“%1”，角色：%2（数据库的第一个账号总是管理员；今后请用 --user 和 "
                               "RECTRACK_PASSWORD 登录）")
                          : CliText::tr("已创建账号“%1”，角色：%2"))
                       .arg(made.name, label(made.role))
                << Qt::endl;
        return 0;
    }
    if (verb == u"role" && in.args.size() == 3) {
        Changes::setRole(existing(ledger, name).id, parseRole(in.args[2]))->apply(ledger);
        out << CliText::tr("“%1”的角色已改为 %2").arg(name, label(parseRole(in.args[2]))) << Qt::endl;
        return 0;
    }
    if (verb == u"passwd" && in.args.size() == 2) {
        Changes::setPassword(existing(ledger, name).id, newPassword())->apply(ledger);
        out << CliText::tr("“%1”的密码已修改").arg(name) << Qt::endl;
        return 0;
    }
    if ((verb == u"disable" || verb == u"enable") && in.args.size() == 2) {
        Changes::setActive(existing(ledger, name).id, verb == u"enable")->apply(ledger);
        out << (verb == u"enable" ? CliText::tr("已启用账号“%1”") : CliText::tr("已停用账号“%1”")).arg(name) << Qt::endl;
        return 0;
    }
    throw UsageError{usage};
}

int runSearch(Ledger& ledger, const Invocation& in, QTextStream& out) {
    if (in.args.isEmpty())
        throw UsageError{CliText::tr("用法：rectrack-cli search 文字 [--json]")};
    const QList<SearchHit> hits = ledger.views().search(in.args.join(u' '), 100);
    if (in.json) {
        QJsonArray rows;
        for (const SearchHit& h : hits)
            rows.append(QJsonObject{{QStringLiteral("finding"), h.findingId},
                                    {QStringLiteral("inspection"), h.inspectionId},
                                    {QStringLiteral("inspection_title"), h.inspectionTitle},
                                    {QStringLiteral("number"), h.number},
                                    {QStringLiteral("title"), h.title},
                                    {QStringLiteral("source"), h.source},
                                    {QStringLiteral("source_id"), h.sourceId},
                                    {QStringLiteral("excerpt"), h.excerpt}});
        printJson(out, rows);
        return 0;
    }
    if (hits.isEmpty()) {
        out << CliText::tr("没有找到") << Qt::endl;
        return 0;
    }
    const QMap<QString, QString> sources{{QStringLiteral("finding"), CliText::tr("问题")},
                                         {QStringLiteral("measure"), CliText::tr("措施")},
                                         {QStringLiteral("note"), CliText::tr("进展")}};
    for (const SearchHit& h : hits)
        out << h.findingId << u'\t' << h.inspectionTitle << u'\t' << h.number << u'\t' << h.title << u'\t'
            << sources.value(h.source) << u'\t' << h.excerpt << Qt::endl;
    return 0;
}

int runSettings(Ledger& ledger, const Invocation& in, QTextStream& out) {
    const QString usage =
        CliText::tr("用法：rectrack-cli settings | settings due-soon 天数 [--working-days] | settings calendar 文件");
    if (in.args.size() == 2 && in.args[0] == u"due-soon") {
        bool ok = false;
        const int days = in.args[1].toInt(&ok);
        if (!ok)
            throw UsageError{usage};
        Changes::changePolicy(days, in.isSet("working-days"))->apply(ledger);
    } else if (in.args.size() == 2 && in.args[0] == u"calendar") {
        QFile file(in.args[1]);
        if (!file.open(QIODevice::ReadOnly))
            throw Error(Error::Kind::Invalid, CliText::tr("无法读取 %1：%2").arg(in.args[1], file.errorString()));
        Changes::changeCalendar(QString::fromUtf8(file.readAll()))->apply(ledger);
    } else if (!in.args.isEmpty()) {
        throw UsageError{usage};
    }
    const DeadlinePolicy policy = ledger.policy();
    if (in.json) {
        printJson(out, QJsonObject{{QStringLiteral("due_soon_days"), policy.dueSoonDays},
                               {QStringLiteral("working_days"), policy.workingDays},
                               {QStringLiteral("due_soon_until"), policy.dueSoonUntil(ledger.today()).toString(Qt::ISODate)}});
        return 0;
    }
    out << (policy.workingDays ? CliText::tr("即将到期：%1 个工作日内（到 %2）") : CliText::tr("即将到期：%1 天内（到 %2）"))
               .arg(policy.dueSoonDays)
               .arg(policy.dueSoonUntil(ledger.today()).toString(Qt::ISODate))
        << Qt::endl;
    return 0;
}

} // namespace rectrack::cli
