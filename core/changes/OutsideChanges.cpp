#include "OutsideChanges.h"

#include "model/Error.h"
#include "services/Ledger.h"

#include <QSqlDriver>

namespace rectrack {

OutsideChanges::OutsideChanges(Ledger& ledger, QObject* parent)
    : QObject(parent)
    , m_ledger(ledger)
    , m_lastEntry(ledger.history().lastEntryId())
    , m_version(ledger.database().dataVersion()) {
    const bool server = ledger.database().isServer();
    if (server)
        subscribe();
    connect(&m_timer, &QTimer::timeout, this, &OutsideChanges::check);
    m_timer.start(server ? ServerCheckIntervalMs : PollIntervalMs);
}

void OutsideChanges::subscribe() {
    QSqlDriver* driver = m_ledger.database().connection().driver();
    m_live = driver->subscribedToNotifications().contains(QLatin1String(Channel)) ||
             driver->subscribeToNotification(QLatin1String(Channel));
    // A reopened connection has the same driver: connected once.
    connect(driver, &QSqlDriver::notification, this, &OutsideChanges::notified, Qt::UniqueConnection);
}

void OutsideChanges::notified(const QString& name, QSqlDriver::NotificationSource source) {
    if (name == QLatin1String(Channel) && source != QSqlDriver::SelfSource)
        emit arrived();
}

void OutsideChanges::check() {
    Database& database = m_ledger.database();
    if (m_lost) {
        if (!database.reconnect())
            return; // still gone: the next check tries again
        m_lost = false;
        subscribe();
        m_everything = true;
        emit connectionRestored();
        emit arrived();
        return;
    }
    qint64 version = 0;
    try {
        version = database.dataVersion();
    } catch (const Error& e) {
        if (!database.isServer() || database.isConnected())
            return; // a file busy for a moment, a server's passing error: the next check tries again
        m_lost = true;
        m_live = false;
        emit connectionLost(e.message());
        return;
    }
    if (version != m_version)
        emit arrived();
}

ChangeScope OutsideChanges::take() {
    if (m_lost)
        return {};
    HistoryLog& history = m_ledger.history();
    const qint64 version = m_ledger.database().dataVersion();
    const Id newest = history.lastEntryId();
    const bool versionMoved = version != m_version;
    ChangeNotifier& notifier = m_ledger.notifier();
    QList<HistoryEntry> theirs;
    bool rewound = newest < m_lastEntry; // a restore brought back an older ledger
    if (!rewound)
        for (const HistoryEntry& e : history.between(m_lastEntry, newest))
            if (!notifier.announced(e.id))
                theirs.append(e);
    m_lastEntry = newest;
    m_version = version;
    notifier.forgetUpTo(newest);
    if (std::exchange(m_everything, false) || rewound || (theirs.isEmpty() && versionMoved && !m_ledger.database().isServer()))
        return ChangeScope::everything(); // changed without entries of its own: a file restored, a schema upgraded
    return theirs.isEmpty() ? ChangeScope() : ChangeScope::of(m_ledger, theirs);
}

} // namespace rectrack
