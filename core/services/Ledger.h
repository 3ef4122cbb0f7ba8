#pragma once
// The one object the UI and the CLI hold: an open database, the clock, the acting user, the
// deadline policy and the repositories over them. Every write a repository offers is one
// transaction and leaves a history entry.

#include "changes/ChangeNotifier.h"
#include "domain/Clock.h"
#include "domain/StatusRules.h"
#include "services/LedgerReading.h"
#include "services/LedgerRestore.h"
#include "storage/AccountRepository.h"
#include "storage/ActivityRepository.h"
#include "storage/Database.h"
#include "storage/FindingRepository.h"
#include "storage/HistoryAnchor.h"
#include "storage/InspectionRepository.h"
#include "storage/LedgerViews.h"
#include "storage/RowStore.h"
#include "storage/SettingsRepository.h"
#include "storage/StatsRepository.h"
#include "storage/UnitRepository.h"

#include <memory>

namespace rectrack {

class Ledger {
public:
    // Opens (creating and migrating) the database file. Throws Error.
    // Without accounts in the database, the program acts as `actor` (or the operating-system
    // user) with every right. Once accounts exist, nobody is signed in until signIn(), and
    // nothing can be changed before that.
    ~Ledger(); // remembers the history's head outside the file (AnchorStore)
    Ledger(const Ledger&) = delete;
    Ledger& operator=(const Ledger&) = delete;

    static std::unique_ptr<Ledger> open(const QString& path, std::shared_ptr<const Clock> clock,
                                        const QString& actor,
                                        Database::OpenMode mode = Database::OpenMode::Create);

    // Checks the password and acts as that account from now on. Throws Error(SignIn).
    Account signIn(const QString& name, const QString& password);
    bool needsSignIn() const { return m_accounts.anyExist() && !m_signedIn; }
    std::optional<Role> role() const { return m_rows.role(); }
    bool can(Operation operation) const { return m_rows.allows(operation); }
    // Why nothing may be written (a read-only file, accounts deleted behind the program's
    // back); empty when writes are decided by the role alone.
    const QString& writeRefusal() const { return m_rows.refusal(); }
    // Anchors this user's programs saw of this ledger that its history no longer passes through,
    // found when it was opened (HistoryAnchor.h): the chain was rewritten. Empty when all pass.
    const QStringList& anchorProblems() const { return m_anchorProblems; }
    HistoryAnchor historyAnchor() const { return historyHead(m_database->connection()); }

    Database& database() { return *m_database; }
    // Announces every change applied through core (Change::apply); the views listen here.
    ChangeNotifier& notifier() { return m_notifier; }
    UnitRepository& units() { return m_units; }
    InspectionRepository& inspections() { return m_inspections; }
    FindingRepository& findings() { return m_findings; }
    ActivityRepository& activity() { return m_activity; }
    AccountRepository& accounts() { return m_accounts; }
    SettingsRepository& settings() { return m_settings; }
    // The ledgers as filtered views, seen from today with the current deadline policy.
    LedgerViews views() const { return LedgerViews(m_database->connection(), today(), m_policy); }
    // What a worker thread needs to read the ledger as it is seen now (LedgerReading).
    LedgerReading::Source readingSource() const { return {m_database->path(), today(), m_policy}; }
    const StatsRepository& stats() const { return m_stats; }
    HistoryLog& history() { return m_rows.history(); }
    RowStore& rows() { return m_rows; }

    const Clock& clock() const { return *m_clock; }
    // The day deadlines are seen from (see Clock::today; `--today` moves it).
    QDate today() const { return m_clock->today(); }
    // The real day: the date of what is done now (a completion, a note, a review).
    QDate recordDay() const { return m_clock->recordDay(); }
    const QString& actor() const { return m_actor; }
    DeadlinePolicy policy() const { return m_policy; }
    void setPolicy(DeadlinePolicy policy) { m_policy = std::move(policy); }
    // Saves the office-wide due-soon window (and working-day counting) and uses it.
    void changePolicy(int dueSoonDays, bool workingDays);
    void changeCalendar(const QString& calendarText);

    LedgerStats statistics(const Scope& scope) const { return m_stats.compute(scope, today(), m_policy); }
    DeadlineState deadlineState(const FindingRow& row) const;
    DeadlineState deadlineState(const Measure& measure) const;
    bool isEmpty() const; // no inspections at all

    // A copy of the ledger in its backups folder, made now (Backup::make); anyone who can open
    // the ledger may make one.
    QString backupNow();
    // Administrators only, checked now (Error Forbidden): the restore of a backup into this
    // ledger's file, to run on any thread (LedgerRestore). Close and open the ledger
    // afterwards: the backup may have an older schema.
    LedgerRestore restoreJob(const QString& backupPath);
    Backup::Restored restoreBackup(const QString& backupPath) { return restoreJob(backupPath).run(); }

    // The name the program acts as when no account is given: the operating-system user.
    static QString defaultActor();

private:
    Ledger(std::unique_ptr<Database> database, std::shared_ptr<const Clock> clock, const QString& actor);

    std::unique_ptr<Database> m_database;
    std::shared_ptr<const Clock> m_clock;
    QString m_actor;
    DeadlinePolicy m_policy;
    RowStore m_rows;
    UnitRepository m_units;
    InspectionRepository m_inspections;
    FindingRepository m_findings;
    ActivityRepository m_activity;
    AccountRepository m_accounts;
    SettingsRepository m_settings;
    StatsRepository m_stats;
    ChangeNotifier m_notifier;
    bool m_signedIn = false;
    QStringList m_anchorProblems;
};

} // namespace rectrack
