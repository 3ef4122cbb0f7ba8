#include "Backup.h"

#include "storage/Database.h"
#include "model/Error.h"
#include "Integrity.h"
#include "SqliteSchema.h"
#include "SqliteFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

namespace rectrack::Backup {

namespace {
const char* token(Reason reason) {
    switch (reason) {
    case Reason::Scheduled:
        return "scheduled";
    case Reason::Upgrade:
        return "upgrade";
    case Reason::Manual:
        return "manual";
    case Reason::BeforeRestore:
        return "before-restore";
    }
    return "manual";
}

std::optional<Reason> reasonOf(const QString& text) {
    for (const Reason reason : {Reason::Scheduled, Reason::Upgrade, Reason::Manual, Reason::BeforeRestore})
        if (text == QLatin1String(token(reason)))
            return reason;
    return std::nullopt;
}

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rectrack::Backup)
};

// Makes a rename in `folder` survive a power cut.
void syncFolder(const QString& folder) {
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

// Every page of `source` into `target`, in one step: one read transaction on the source, so
// the copy is a consistent snapshot even while another connection writes.
void copyPages(const SqliteFile& source, const SqliteFile& target) {
    sqlite3_backup* backup = sqlite3_backup_init(target.handle(), "main", source.handle(), "main");
    if (!backup)
        target.fail(sqlite3_extended_errcode(target.handle()), Text::tr("备份"));
    const int stepped = sqlite3_backup_step(backup, -1);
    const int finished = sqlite3_backup_finish(backup);
    if (stepped != SQLITE_DONE)
        target.fail(stepped, Text::tr("备份"));
    if (finished != SQLITE_OK)
        target.fail(finished, Text::tr("备份"));
}

// Backups and set-aside files are named by local time, to the second: 20261123-094500.
const QString StampFormat = QStringLiteral("yyyyMMdd-HHmmss");

QString stampOf(const QDateTime& now) {
    return now.toLocalTime().toString(StampFormat);
}

void moveAside(const QString& path, const QString& to) {
    for (const char* suffix : {"", "-wal", "-shm"}) {
        const QString from = path + QLatin1String(suffix);
        if (QFile::exists(from) && !QFile::rename(from, to + QLatin1String(suffix)))
            throw Error(Error::Kind::Storage, Text::tr("无法把 %1 移到 %2。").arg(from, to));
    }
}

void requireUsableBackup(const QString& backupPath) {
    if (!QFileInfo(backupPath).isFile())
        throw Error(Error::Kind::NotFound, Text::tr("找不到备份文件 %1。").arg(backupPath));
    const IntegrityReport report = checkIntegrity(backupPath, IntegrityDepth::Full);
    if (!report.ok)
        throw Error(Error::Kind::Corrupt,
                    Text::tr("备份文件 %1 已损坏，不能用来恢复：%2").arg(backupPath, report.problems.first()));
    const SqliteFile file(backupPath, SqliteFile::Mode::ReadOnly);
    const int application = file.scalar("PRAGMA application_id").toInt();
    const int version = file.scalar("PRAGMA user_version").toInt();
    if (application != SqliteSchema::ApplicationId || version < 1)
        throw Error(Error::Kind::NotRectrack, Text::tr("%1 不是整改台账的备份。").arg(backupPath));
    if (version > Schema::CurrentVersion)
        throw Error(Error::Kind::NewerVersion,
                    Text::tr("备份 %1 由更新版本的整改台账写成（结构版本 %2），请先升级本程序。").arg(backupPath).arg(version));
}
} // namespace

namespace {
// Files a copy or a restore leaves only when it is killed half way: "*.part" in the backups
// folder. One not written to for this long belongs to no copy still running.
constexpr qint64 StaleAfterSeconds = 15 * 60;

void removeStaleParts(const QString& databasePath) {
    const QDir folder(folderFor(databasePath));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QFileInfo& info : folder.entryInfoList({QStringLiteral("*.part")}, QDir::Files | QDir::Hidden))
        if (info.lastModified().toUTC().secsTo(now) > StaleAfterSeconds)
            QFile::remove(info.absoluteFilePath());
    for (const QFileInfo& info :
         folder.entryInfoList({QStringLiteral("*.part.backups"), QStringLiteral("*.part-wal"), QStringLiteral("*.part-shm")},
                              QDir::Dirs | QDir::Files | QDir::NoDotAndDotDot | QDir::Hidden))
        if (info.lastModified().toUTC().secsTo(now) > StaleAfterSeconds) {
            if (info.isDir())
                QDir(info.absoluteFilePath()).removeRecursively();
            else
                QFile::remove(info.absoluteFilePath());
        }
}

// The staged copy of a backup and everything opening it left beside it.
void removeStaged(const QString& staged) {
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(staged + QLatin1String(suffix));
    QDir(folderFor(staged)).removeRecursively();
}

QStringList schemaOf(const SqliteFile& file, const char* schema) {
    QStringList items;
    const QByteArray sql = QByteArray("SELECT type, name, sql FROM ") + schema +
                           ".sqlite_master WHERE name NOT LIKE 'sqlite\\_stat%' ESCAPE '\\' ORDER BY type, name";
    file.each(sql.constData(), [&](const QVariantList& row) {
        items << row.value(0).toString() + u'|' + row.value(1).toString() + u'|' + row.value(2).toString();
    });
    return items;
}

QByteArray quoted(const QString& name) {
    return '"' + QString(name).replace(u'"', QStringLiteral("\"\"")).toUtf8() + '"';
}

// Inside the live file's write transaction: every table's rows replaced by the staged copy's
// (attached as "restoring"), the triggers set aside meanwhile so that derived tables are copied,
// not recomputed twice; then the content of both compared.
void replaceContent(const SqliteFile& live, const std::function<void(const QString&)>& step) {
    if (schemaOf(live, "main") != schemaOf(live, "restoring"))
        throw Error(Error::Kind::Storage,
                    Text::tr("备份升级后的结构与当前台账的不同，不能恢复。请用同一版本的整改台账恢复。"));
    live.exec("PRAGMA defer_foreign_keys = ON");
    QList<std::pair<QString, QString>> triggers;
    live.each("SELECT name, sql FROM main.sqlite_master WHERE type = 'trigger'", [&](const QVariantList& row) {
        triggers.append({row.value(0).toString(), row.value(1).toString()});
    });
    for (const auto& trigger : triggers)
        live.exec(("DROP TRIGGER main." + quoted(trigger.first)).constData());
    QStringList tables;
    live.each("SELECT name FROM main.sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' "
              "AND name NOT LIKE 'sqlite\\_stat%' ESCAPE '\\' ORDER BY name",
              [&](const QVariantList& row) { tables << row.value(0).toString(); });
    for (const QString& table : tables) {
        live.exec(("DELETE FROM main." + quoted(table)).constData());
        live.exec(("INSERT INTO main." + quoted(table) + " SELECT * FROM restoring." + quoted(table)).constData());
    }
    for (const auto& trigger : triggers)
        live.exec(trigger.second.toUtf8().constData());
    step(Text::tr("正在核对恢复后的内容…"));
    if (contentDigest(live, QStringLiteral("main")) != contentDigest(live, QStringLiteral("restoring")))
        throw Error(Error::Kind::Storage, Text::tr("恢复后的台账与备份内容不一致，已撤回恢复，台账保持原样。"));
}
} // namespace

QString label(Reason reason) {
    switch (reason) {
    case Reason::Scheduled:
        return Text::tr("定期");
    case Reason::Upgrade:
        return Text::tr("升级前");
    case Reason::Manual:
        return Text::tr("手动");
    case Reason::BeforeRestore:
        return Text::tr("恢复前");
    }
    return {};
}

QString folderFor(const QString& databasePath) {
    const QFileInfo info(databasePath);
    return info.absoluteDir().filePath(info.fileName() + QStringLiteral(".backups"));
}

void copy(const QString& sourcePath, const QString& targetPath) {
    if (QFile::exists(targetPath))
        throw Error(Error::Kind::Invalid, Text::tr("%1 已经存在，不会覆盖。").arg(targetPath));
    const QString part = targetPath + QStringLiteral(".part");
    QFile::remove(part);
    {
        QFile create(part);
        if (!create.open(QIODevice::WriteOnly))
            throw Error(create.error() == QFileDevice::PermissionsError ? Error::Kind::ReadOnly : Error::Kind::Storage,
                        Text::tr("无法写入 %1：%2").arg(part, create.errorString()));
        create.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    }
    try {
        const SqliteFile source(sourcePath, SqliteFile::Mode::ReadOnly);
        const SqliteFile target(part, SqliteFile::Mode::ReadWrite);
        copyPages(source, target);
        target.exec("PRAGMA journal_mode = DELETE"); // one self-contained file
    } catch (...) {
        QFile::remove(part);
        throw;
    }
    if (!QFile::rename(part, targetPath)) {
        QFile::remove(part);
        throw Error(Error::Kind::Storage, Text::tr("无法把备份改名为 %1。").arg(targetPath));
    }
    syncFolder(QFileInfo(targetPath).absolutePath());
}

QString make(const QString& databasePath, Reason reason, const QDateTime& now) {
    const QString folder = folderFor(databasePath);
    if (!QDir().mkpath(folder))
        throw Error(Error::Kind::ReadOnly, Text::tr("无法创建备份文件夹 %1。").arg(folder));
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    removeStaleParts(databasePath);
    const QString path = freePath(databasePath, reason, now);
    copy(databasePath, path);
    return path;
}

QList<File> list(const QString& databasePath) {
    static const QRegularExpression name(
        QStringLiteral("^(\\d{8}-\\d{6})(?:-\\d+)?-(scheduled|upgrade|manual|before-restore)\\.sqlite$"));
    QList<File> files;
    const QDir folder(folderFor(databasePath));
    for (const QFileInfo& info : folder.entryInfoList({QStringLiteral("*.sqlite")}, QDir::Files)) {
        const QRegularExpressionMatch match = name.match(info.fileName());
        if (!match.hasMatch())
            continue;
        File file;
        file.path = info.absoluteFilePath();
        file.made = QDateTime::fromString(match.captured(1), StampFormat);
        file.reason = *reasonOf(match.captured(2));
        file.bytes = info.size();
        files << file;
    }
    std::sort(files.begin(), files.end(), [](const File& a, const File& b) {
        return a.made != b.made ? a.made > b.made : a.path > b.path;
    });
    return files;
}

void prune(const QString& databasePath, Reason reason, int keep) {
    int kept = 0;
    for (const File& file : list(databasePath)) {
        if (file.reason != reason)
            continue;
        if (kept < keep)
            ++kept;
        else
            QFile::remove(file.path);
    }
}

std::optional<QString> makeIfDue(const QString& databasePath, const QDateTime& now, const Policy& policy) {
    for (const File& file : list(databasePath))
        if (file.reason == Reason::Scheduled && file.made.secsTo(now) < qint64(policy.intervalHours) * 3600)
            return std::nullopt;
    const QString path = make(databasePath, Reason::Scheduled, now);
    prune(databasePath, Reason::Scheduled, qMax(1, policy.keep));
    return path;
}


QString freePath(const QString& databasePath, Reason reason, const QDateTime& now) {
    const QString folder = folderFor(databasePath);
    const QString stamp = stampOf(now);
    QString path = QDir(folder).filePath(QStringLiteral("%1-%2.sqlite").arg(stamp, QLatin1String(token(reason))));
    for (int n = 2; QFile::exists(path); ++n)
        path = QDir(folder).filePath(QStringLiteral("%1-%2-%3.sqlite").arg(stamp).arg(n).arg(QLatin1String(token(reason))));
    return path;
}

Restored restore(const QString& backupPath, const QString& databasePath, const QDateTime& now,
                 const Progress& progress, const Prepare& prepare) {
    const auto step = [&progress](const QString& text) {
        if (progress)
            progress(text);
    };
    step(Text::tr("正在完整检查备份…"));
    requireUsableBackup(backupPath);
    const QString folder = folderFor(databasePath);
    if (!QDir().mkpath(folder))
        throw Error(Error::Kind::ReadOnly, Text::tr("无法创建备份文件夹 %1。").arg(folder));
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    removeStaleParts(databasePath);

    const QFileInfo current(databasePath);
    const bool readable =
        current.exists() && current.size() > 0 && checkIntegrity(databasePath, IntegrityDepth::Quick).ok;
    Restored restored;
    restored.previous = readable ? freePath(databasePath, Reason::BeforeRestore, now)
                                 : current.exists() ? databasePath + QStringLiteral(".damaged-") + stampOf(now)
                                                    : QString();

    // The backup as it will arrive: a copy, brought to this program's schema, with what must come
    // with it (the restore's history entry) written in, so the live ledger takes all of it in one
    // transaction or none of it.
    const QString staged = QDir(folder).filePath(QStringLiteral("restoring-%1.sqlite.part").arg(stampOf(now)));
    removeStaged(staged);
    try {
        copy(backupPath, staged);
        {
            const std::unique_ptr<Database> database =
                Database::open(staged, Database::OpenMode::Existing, Database::Checkpoints::OnCommit);
            if (prepare)
                prepare(*database, restored.previous);
        }
        if (readable) {
            // Into the live file, so that another program that has it open sees the restored
            // ledger on its next read instead of a file swapped under it. The write lock is
            // taken first (waiting for a writer to finish): from then on nobody else commits, so
            // the copy of the ledger as it was holds every edit acknowledged before the restore.
            const SqliteFile live(databasePath, SqliteFile::Mode::ReadWrite);
            const QByteArray attach = QByteArray("ATTACH DATABASE '") +
                                      QString(staged).replace(u'\'', QStringLiteral("''")).toUtf8() +
                                      QByteArray("' AS restoring");
            live.exec(attach.constData());
            live.exec("BEGIN IMMEDIATE");
            try {
                step(Text::tr("正在另存当前台账…"));
                copy(databasePath, restored.previous);
                step(Text::tr("正在写入备份的内容…"));
                replaceContent(live, step);
                live.exec("COMMIT");
            } catch (...) {
                // SQLite may have rolled back by itself (a full disk at COMMIT): the first error is
                // the one to report, so this one may not throw.
                if (!sqlite3_get_autocommit(live.handle()))
                    sqlite3_exec(live.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
                QFile::remove(restored.previous);
                throw;
            }
            sqlite3_exec(live.handle(), "DETACH DATABASE restoring", nullptr, nullptr, nullptr); // closes anyway
        } else {
            if (current.exists())
                moveAside(databasePath, restored.previous);
            step(Text::tr("正在写入备份的内容…"));
            copy(staged, databasePath);
            step(Text::tr("正在核对恢复后的内容…"));
            if (contentDigest(databasePath) != contentDigest(staged))
                throw Error(Error::Kind::Storage,
                            Text::tr("恢复后的台账与备份内容不一致。恢复前的台账保存在 %1。").arg(restored.previous));
        }
    } catch (...) {
        removeStaged(staged);
        throw;
    }
    removeStaged(staged);
    return restored;
}

} // namespace rectrack::Backup
