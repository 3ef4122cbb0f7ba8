#include "OutputGuard.h"

#include "storage/sqlite/Backup.h"
#include "model/Error.h"
#include "storage/sqlite/SqliteFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>

#include <sys/stat.h>

namespace rectrack::OutputGuard {

namespace {

enum class What { Ledger, LedgerPart, Backups, InUse };

struct Protected {
    QString path; // resolved
    What what;
    QString ledger; // the ledger it belongs to, for the message
};

QMutex& mutex() {
    static QMutex m;
    return m;
}

// Protected paths, counted: a ledger may be open twice (a restore opens a second connection).
QHash<QString, int>& ledgers() {
    static QHash<QString, int> h;
    return h;
}
QHash<QString, int>& files() {
    static QHash<QString, int> h;
    return h;
}

// The path a write to `path` would really reach: symbolic links followed (dangling ones too),
// relative parts and the folder's own links resolved. The file itself need not exist.
QString resolved(const QString& path) {
    QString current = QFileInfo(path).absoluteFilePath();
    for (int hops = 0; hops < 40; ++hops) {
        const QFileInfo info(current);
        if (!info.isSymLink())
            break;
        const QString target = info.symLinkTarget();
        if (target.isEmpty())
            break;
        current = QFileInfo(target).absoluteFilePath();
    }
    const QFileInfo info(current);
    if (info.exists())
        return info.canonicalFilePath();
    const QString folder = info.absoluteDir().canonicalPath();
    return folder.isEmpty() ? QDir::cleanPath(current) : QDir(folder).filePath(info.fileName());
}

bool sameFile(const QString& a, const QString& b) {
    struct stat sa {};
    struct stat sb {};
    if (::stat(QFile::encodeName(a).constData(), &sa) != 0 || ::stat(QFile::encodeName(b).constData(), &sb) != 0)
        return false;
    return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

QList<Protected> protectedNow() {
    QList<Protected> all;
    const QMutexLocker lock(&mutex());
    for (auto it = ledgers().cbegin(); it != ledgers().cend(); ++it) {
        const QString& ledger = it.key();
        all.append({resolved(ledger), What::Ledger, ledger});
        for (const char* suffix : {"-wal", "-shm", "-journal"})
            all.append({resolved(ledger + QLatin1String(suffix)), What::LedgerPart, ledger});
        all.append({resolved(Backup::folderFor(ledger)), What::Backups, ledger});
    }
    for (auto it = files().cbegin(); it != files().cend(); ++it)
        all.append({resolved(it.key()), What::InUse, it.key()});
    return all;
}

QString tr(const char* text) {
    return QCoreApplication::translate("rectrack::OutputGuard", text);
}

} // namespace

void protectLedger(const QString& databasePath) {
    const QMutexLocker lock(&mutex());
    ++ledgers()[QFileInfo(databasePath).absoluteFilePath()];
}

void forgetLedger(const QString& databasePath) {
    const QMutexLocker lock(&mutex());
    const QString key = QFileInfo(databasePath).absoluteFilePath();
    if (auto it = ledgers().find(key); it != ledgers().end() && --it.value() <= 0)
        ledgers().erase(it);
}

void protectFile(const QString& path) {
    const QMutexLocker lock(&mutex());
    ++files()[QFileInfo(path).absoluteFilePath()];
}

void forgetFile(const QString& path) {
    const QMutexLocker lock(&mutex());
    const QString key = QFileInfo(path).absoluteFilePath();
    if (auto it = files().find(key); it != files().end() && --it.value() <= 0)
        files().erase(it);
}

bool isSafeOutput(const QString& outputPath, QString* why) {
    const auto refuse = [&](const QString& reason) {
        if (why)
            *why = reason;
        return false;
    };
    if (outputPath.trimmed().isEmpty())
        return refuse(tr("没有给出要写入的文件名。"));
    const QString target = resolved(outputPath);
    const bool exists = QFileInfo::exists(target);
    for (const Protected& p : protectedNow()) {
        const bool hit = p.what == What::Backups
                             ? (target == p.path || target.startsWith(p.path + u'/'))
                             : (target == p.path || (exists && sameFile(target, p.path)));
        if (!hit)
            continue;
        switch (p.what) {
        case What::Ledger:
            return refuse(tr("%1 是正在使用的台账数据库，不能把导出或备份写到这个文件上，否则台账会被覆盖。"
                             "请换一个文件名。")
                              .arg(outputPath));
        case What::LedgerPart:
            return refuse(tr("%1 是台账数据库 %2 的日志文件，不能写入。请换一个文件名。").arg(outputPath, p.ledger));
        case What::Backups:
            return refuse(tr("%1 在台账 %2 的备份文件夹中，那里只放程序自己做的备份。请换一个位置。")
                              .arg(outputPath, p.ledger));
        case What::InUse:
            return refuse(tr("%1 正在使用中（正从它恢复），不能写入。请换一个文件名。").arg(outputPath));
        }
    }
    if (exists && QFileInfo(target).isDir())
        return refuse(tr("%1 是一个文件夹，不能作为导出文件。").arg(outputPath));
    if (exists && hasSqliteHeader(target))
        return refuse(tr("%1 是一个数据库文件（可能是另一份台账），不会被覆盖。请换一个文件名。").arg(outputPath));
    return true;
}

void requireSafeOutput(const QString& outputPath) {
    QString why;
    if (!isSafeOutput(outputPath, &why))
        throw Error(Error::Kind::Invalid, why);
}

} // namespace rectrack::OutputGuard
