#include "LedgerRestore.h"

#include "storage/Database.h"
#include "model/Error.h"
#include "storage/HistoryLog.h"
#include "storage/HistoryAnchor.h"
#include "storage/sqlite/Integrity.h"
#include "storage/OutputGuard.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace rectrack {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(rectrack::LedgerRestore)
};
} // namespace

Backup::Restored LedgerRestore::run(const Backup::Progress& progress) const {
    // The entry goes into the staged copy, so it arrives with the restore or not at all.
    const auto record = [&](Database& staged, const QString& previous) {
        if (progress)
            progress(Text::tr("正在记入修改记录…"));
        HistoryLog history(staged.connection(), *clock, actor);
        staged.transaction([&] {
            history.record(RestoredEntity, 0, std::nullopt, QStringLiteral("update"), RestoredField, previous,
                           backupPath);
        });
    };
    OutputGuard::protectFile(backupPath); // no output may overwrite it meanwhile
    try {
        const Backup::Restored restored = Backup::restore(backupPath, databasePath, clock->now(), progress, record);
        OutputGuard::forgetFile(backupPath);
        AnchorStore::forget(databasePath); // the history is the backup's now, on purpose
        return restored;
    } catch (...) {
        OutputGuard::forgetFile(backupPath);
        throw;
    }
}

Backup::Restored restoreUnreadableLedger(const LedgerRestore& restore, const Backup::Progress& progress) {
    const QFileInfo file(restore.databasePath);
    if (file.isFile() && file.size() > 0 && checkIntegrity(restore.databasePath, IntegrityDepth::Quick).ok)
        throw Error(Error::Kind::Forbidden,
                    Text::tr("这个台账文件没有损坏，不能在打开之前替换。请打开它，由管理员在“备份与恢复”中恢复。"));
    return restore.run(progress);
}

} // namespace rectrack
