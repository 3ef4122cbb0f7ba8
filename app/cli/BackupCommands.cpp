// rectrack-cli backup, backups, restore and check: copies of the ledger, putting one back,
// and SQLite's integrity check.
#include "Commands.h"

#include "services/Ledger.h"
#include "storage/sqlite/Backup.h"
#include "model/Error.h"
#include "storage/sqlite/Integrity.h"
#include "storage/OutputGuard.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace rectrack::cli {

int runBackup(Ledger& ledger, const Invocation& in, QTextStream& out) {
    if (!in.args.isEmpty())
        throw UsageError{CliText::tr("用法：rectrack-cli backup [-o 文件]")};
    QString path = in.value("output");
    if (path.isEmpty())
        path = ledger.backupNow();
    else {
        OutputGuard::requireSafeOutput(path);
        OutputGuard::requireSafeOutput(path + QStringLiteral(".part")); // written, then renamed
        Backup::copy(ledger.database().path(), path);
    }
    if (in.json)
        printJson(out, QJsonObject{{QStringLiteral("backup"), QFileInfo(path).absoluteFilePath()},
                                   {QStringLiteral("bytes"), QFileInfo(path).size()}});
    else
        out << CliText::tr("已备份到 %1").arg(QFileInfo(path).absoluteFilePath()) << Qt::endl;
    return 0;
}

int runBackups(Ledger& ledger, const Invocation& in, QTextStream& out) {
    const QList<Backup::File> files = Backup::list(ledger.database().path());
    if (in.json) {
        QJsonArray array;
        for (const Backup::File& file : files)
            array.append(QJsonObject{{QStringLiteral("path"), file.path},
                                     {QStringLiteral("made"), file.made.toString(Qt::ISODate)},
                                     {QStringLiteral("reason"), Backup::label(file.reason)},
                                     {QStringLiteral("bytes"), file.bytes}});
        printJson(out, array);
        return 0;
    }
    if (files.isEmpty())
        out << CliText::tr("还没有备份（备份文件夹：%1）").arg(Backup::folderFor(ledger.database().path())) << Qt::endl;
    for (const Backup::File& file : files)
        out << file.made.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) << u'\t' << Backup::label(file.reason)
            << u'\t' << QLocale::system().formattedDataSize(file.bytes) << u'\t' << file.path << Qt::endl;
    return 0;
}

int runCheck(const QString& path, const Invocation& in, QTextStream& out) {
    if (!QFileInfo(path).isFile())
        throw Error(Error::Kind::NotFound, CliText::tr("找不到数据库文件 %1").arg(path));
    const IntegrityReport report = checkIntegrity(path, in.isSet("full") ? IntegrityDepth::Full : IntegrityDepth::Quick);
    if (in.json) {
        printJson(out, QJsonObject{{QStringLiteral("ok"), report.ok},
                                   {QStringLiteral("depth"), in.isSet("full") ? QStringLiteral("full") : QStringLiteral("quick")},
                                   {QStringLiteral("problems"), QJsonArray::fromStringList(report.problems)}});
    } else if (report.ok) {
        out << (in.isSet("full") ? CliText::tr("完整检查通过：页面、索引和外键都无误") : CliText::tr("快速检查通过：页面和记录无误")) << Qt::endl;
    } else {
        out << CliText::tr("数据库文件已损坏，请用 rectrack-cli restore 从备份恢复：") << Qt::endl;
        for (const QString& problem : report.problems)
            out << problem << Qt::endl;
    }
    return report.ok ? 0 : 1;
}

int runRestore(const QString& path, const LedgerOpener& open, const Invocation& in, QTextStream& out) {
    if (in.args.size() != 1)
        throw UsageError{CliText::tr("用法：rectrack-cli restore 备份文件（rectrack-cli backups 列出备份）")};
    const QString backup = in.args.first();
    Backup::Restored restored;
    const QFileInfo file(path);
    if (!file.isFile() || file.size() == 0 || !checkIntegrity(path, IntegrityDepth::Quick).ok) {
        // A missing or damaged ledger cannot be signed into; a damaged one is moved aside, not
        // overwritten.
        restored = restoreUnreadableLedger(
            LedgerRestore{backup, path, std::make_shared<SystemClock>(), Ledger::defaultActor()});
    } else {
        const std::unique_ptr<Ledger> ledger = open();
        restored = ledger->restoreBackup(backup);
    }
    const std::unique_ptr<Ledger> reopened = open(); // brings an older backup's schema up to date
    if (in.json)
        printJson(out, QJsonObject{{QStringLiteral("restored"), backup}, {QStringLiteral("previous"), restored.previous}});
    else
        out << CliText::tr("已从 %1 恢复，内容与备份核对一致。").arg(backup) << Qt::endl
            << CliText::tr("恢复前的台账保存在 %1").arg(restored.previous) << Qt::endl;
    return 0;
}

} // namespace rectrack::cli
