#include "Housekeeping.h"

#include "storage/Error.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace rectrack {

HousekeepingReport runHousekeeping(const QString& databasePath, const QDateTime& now, const Backup::Policy& policy,
                                   const std::atomic_bool* cancel) {
    HousekeepingReport report;
    report.integrity = checkIntegrity(databasePath, IntegrityDepth::Quick, cancel);
    if (!report.integrity.ok || (cancel && cancel->load()))
        return report;
    try {
        report.backup = Backup::makeIfDue(databasePath, now, policy);
    } catch (const Error& e) {
        report.backupError = e.message();
    }
    return report;
}

Backup::Restored restoreUnreadableLedger(const QString& backupPath, const QString& databasePath, const QDateTime& now) {
    const QFileInfo file(databasePath);
    if (file.isFile() && file.size() > 0 && checkIntegrity(databasePath, IntegrityDepth::Quick).ok)
        throw Error(Error::Kind::Forbidden,
                    QCoreApplication::translate("rectrack::Housekeeping",
                                                "这个台账文件没有损坏，不能在打开之前替换。请打开它，由管理员在“备份与恢复”中恢复。"));
    return Backup::restore(backupPath, databasePath, now);
}

} // namespace rectrack
