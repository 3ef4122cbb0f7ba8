// rectrack-cli --server URL server init | push FILE | pull -o FILE: an office's server ledger
// made, filled from a desk's file, copied back to a file (docs/server.md).
#include "Commands.h"

#include "model/Error.h"
#include "services/Ledger.h"
#include "storage/LedgerCopy.h"
#include "storage/Schema.h"
#include "storage/postgres/PostgresDatabase.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

namespace rectrack::cli {

namespace {
void printCopy(const Invocation& in, QTextStream& out, const CopiedLedger& copied, const QString& message) {
    if (in.json)
        printJson(out, QJsonObject{{QStringLiteral("rows"), copied.rows}, {QStringLiteral("entries"), copied.entries}});
    else
        out << message << Qt::endl;
}
} // namespace

int runServer(Session& s) {
    const QString usage = CliText::tr("用法：rectrack-cli --server postgresql://用户@主机:端口/数据库 server "
                                      "init | push 台账文件.sqlite | pull -o 副本.sqlite");
    const QStringList& args = s.in.args;
    if (args.isEmpty() || !ServerLocation::isServer(s.path))
        throw UsageError{usage};
    const QString verb = args[0];
    if (verb == u"init" && args.size() == 1) {
        Ledger& ledger = s.ledger(); // made, or brought up to date
        if (s.in.json)
            printJson(s.out, QJsonObject{{QStringLiteral("server"), ledger.database().path()},
                                         {QStringLiteral("schema_version"), Schema::CurrentVersion}});
        else
            s.out << CliText::tr("服务器上的台账已就绪：%1（结构版本 %2）。下一步：用 user add 为每位同事建立账号。")
                         .arg(ledger.database().path())
                         .arg(Schema::CurrentVersion)
                  << Qt::endl;
        return 0;
    }
    if (verb == u"push" && args.size() == 2) {
        const QString file = QFileInfo(args[1]).absoluteFilePath();
        if (!QFileInfo(file).isFile())
            throw Error(Error::Kind::NotFound, CliText::tr("没有台账文件 %1").arg(file));
        const auto source = Database::open(file, Database::OpenMode::Existing);
        Ledger& ledger = s.ledger();
        const CopiedLedger copied = copyLedger(*source, ledger.database());
        printCopy(s.in, s.out, copied,
                  CliText::tr("已把 %1 的 %2 行数据和 %3 条修改记录复制到 %4，核对通过。"
                              "账号已成为服务器的登录角色：请管理员用 user passwd 为每个账号设置服务器密码。")
                      .arg(file)
                      .arg(copied.rows)
                      .arg(copied.entries)
                      .arg(ledger.database().path()));
        return 0;
    }
    if (verb == u"pull" && args.size() == 1) {
        const QString output = s.in.value("output");
        if (output.isEmpty())
            throw UsageError{CliText::tr("server pull 需要 -o 副本文件")};
        const QString file = QFileInfo(output).absoluteFilePath();
        if (QFileInfo::exists(file))
            throw Error(Error::Kind::Invalid, CliText::tr("%1 已存在：离线副本只写入新文件，不覆盖").arg(file));
        const auto server = Database::open(s.path, Database::OpenMode::Existing);
        CopiedLedger copied;
        try {
            const auto copy = Database::open(file, Database::OpenMode::Create);
            copied = copyLedger(*server, *copy);
        } catch (...) {
            for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(file + suffix);
            throw;
        }
        // An offline copy is for reading: it goes nowhere back. To edit it is to fork it, by copying it.
        QFile::setPermissions(file, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
        printCopy(s.in, s.out, copied,
                  CliText::tr("已把 %1 的 %2 行数据和 %3 条修改记录复制到 %4，核对通过。"
                              "这是只读的离线副本：在副本上所做的修改不会回到服务器。")
                      .arg(server->path())
                      .arg(copied.rows)
                      .arg(copied.entries)
                      .arg(file));
        return 0;
    }
    throw UsageError{usage};
}

} // namespace rectrack::cli
