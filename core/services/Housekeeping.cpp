#include "Housekeeping.h"

#include "model/Error.h"

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

} // namespace rectrack
