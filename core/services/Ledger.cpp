#include "Ledger.h"

#include "storage/HistoryAnchor.h"
#include "storage/Query.h"

#include <QCoreApplication>

namespace rectrack {

std::unique_ptr<Ledger> Ledger::open(const QString& path, std::shared_ptr<const Clock> clock,
                                     const QString& actor, Database::OpenMode mode) {
    return std::unique_ptr<Ledger>(new Ledger(Database::open(path, mode), std::move(clock), actor));
}

Ledger::Ledger(std::unique_ptr<Database> database, std::shared_ptr<const Clock> clock, const QString& actor)
    : m_database(std::move(database))
    , m_clock(std::move(clock))
    , m_actor(actor.isEmpty() ? defaultActor() : actor)
    , m_rows(*m_database, *m_clock, m_actor)
    , m_units(m_database->connection(), m_rows)
    , m_inspections(m_database->connection(), m_rows)
    , m_findings(m_database->connection(), m_rows)
    , m_activity(m_database->connection(), m_rows, m_findings)
    , m_accounts(m_database->connection(), m_rows)
    , m_settings(m_database->connection(), m_rows)
    , m_stats(m_database->connection()) {
    m_policy = m_settings.policy();
    m_anchorProblems = AnchorStore::problems(m_database->connection(), m_database->path());
    if (m_database->isReadOnly()) {
        m_rows.refuseWrites(QCoreApplication::translate(
                                "rectrack::Ledger",
                                "台账文件 %1 是只读的（文件、文件夹或所在的磁盘不能写入），只能查看、核对、导出和备份，不能修改。"
                                "要修改，请把它复制到可写的文件夹后再打开。")
                                .arg(m_database->path()));
        if (!m_accounts.anyExist())
            m_rows.setRole(Role::Administrator); // reads need no sign-in where none was set up
        return;
    }
    if (const auto session = m_database->serverSession(); session && !session->owner) {
        // On a server, signing in is connecting: the server knows the account and its group, and
        // records and refuses accordingly; the program follows it rather than its own table.
        m_actor = session->user;
        m_rows.setRole(session->role);
        m_signedIn = true;
    } else if (m_accounts.anyExist()) { // nobody yet: read-only until someone signs in
        m_actor.clear();
        m_rows.setRole(std::nullopt);
    } else if (const qint64 recorded = m_accounts.accountsInHistory(); recorded > 0) {
        // The history says there are accounts, the table has none: they were deleted behind the
        // program's back. Opening it as a ledger without sign-in would hand every right to
        // anyone, so nothing may be written; reading (verify, export, backup) still works.
        // Only the way out stays open: a restore from a backup (which brings the accounts back),
        // recorded under the operating-system user's name.
        m_actor = defaultActor();
        m_rows.setRole(Role::Administrator);
        m_rows.refuseWrites(QCoreApplication::translate(
                                "rectrack::Ledger",
                                "这份台账的修改记录中有 %1 个账号，但账号表是空的：账号被绕过程序删除了。"
                                "为免任何人不登录就能修改，台账只能查看，不能写入。"
                                "请用“rectrack-cli verify”查看被改动之处，并从备份恢复（rectrack-cli backups / restore）。")
                                .arg(recorded),
                            Operation::RestoreBackup);
    } else {
        m_rows.setRole(Role::Administrator);
    }
}

Ledger::~Ledger() {
    if (m_database->isReadOnly() || !m_anchorProblems.isEmpty())
        return; // a rewritten chain is not taken as the new truth
    try {
        AnchorStore::remember(m_database->path(), historyHead(m_database->connection()), m_clock->now());
    } catch (const Error&) {
    }
}

Account Ledger::signIn(const QString& name, const QString& password) {
    const Account account = m_accounts.authenticate(name, password);
    m_actor = account.name;
    m_rows.setRole(account.role);
    m_signedIn = true;
    return account;
}

void Ledger::changePolicy(int dueSoonDays, bool workingDays) {
    m_settings.setPolicy(dueSoonDays, workingDays);
    m_policy = m_settings.policy();
}

void Ledger::changeCalendar(const QString& calendarText) {
    m_settings.setCalendarText(calendarText);
    m_policy = m_settings.policy();
}

DeadlineState Ledger::deadlineState(const FindingRow& row) const {
    return findingDeadlineState(row.finding.deadline, row.finding.status, row.openMeasures, today(),
                                m_policy);
}

DeadlineState Ledger::deadlineState(const Measure& measure) const {
    return rectrack::deadlineState(measure.deadline, measure.status, today(), m_policy);
}

bool Ledger::isEmpty() const {
    return Query(m_database->connection(), QStringLiteral("SELECT count(*) FROM inspections"))
               .scalar()
               .toInt() == 0;
}

namespace {
// File backups are a file's: a server's ledger is copied with the server's own tools.
void requireFile(const Database& database) {
    if (database.isServer())
        throw Error(Error::Kind::Invalid,
                    QCoreApplication::translate("rectrack::Ledger",
                                                "服务器上的台账由服务器备份：请管理员用 pg_dump 备份、用 pg_restore "
                                                "恢复（见 docs/server.md）。本程序只备份本机的台账文件。"));
}
} // namespace

QString Ledger::backupNow() {
    requireFile(*m_database);
    return Backup::make(m_database->path(), Backup::Reason::Manual, m_clock->now());
}

LedgerRestore Ledger::restoreJob(const QString& backupPath) {
    requireFile(*m_database);
    const auto granted = m_rows.grant(Operation::RestoreBackup);
    return LedgerRestore{backupPath, m_database->path(), m_clock, m_actor};
}

QString Ledger::defaultActor() {
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name.isEmpty() ? QStringLiteral("local") : name;
}

} // namespace rectrack
