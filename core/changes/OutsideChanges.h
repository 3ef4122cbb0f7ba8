#pragma once
// Changes written by other programs (a colleague's desk, the command line) to the ledger this
// one has open, told as changes of its own are: by the ChangeScope of the history entries they
// wrote, so that only what they touched is read again. On a server they are announced the
// moment they commit (LISTEN/NOTIFY, through QSqlDriver::subscribeToNotification); on a file
// they are noticed within PollIntervalMs (SQLite's data_version).
//
// A server connection that is lost is said (connectionLost); meanwhile every write is refused
// with a message (Database::transaction), nothing half-done, and the connection is made again
// by itself (connectionRestored), after which everything is read again.

#include "ChangeScope.h"

#include <QObject>
#include <QSqlDriver>
#include <QTimer>

namespace rectrack {

class Ledger;

class OutsideChanges : public QObject {
    Q_OBJECT
public:
    static constexpr int PollIntervalMs = 2000;      // a file: how often its version is read
    static constexpr int ServerCheckIntervalMs = 1000; // a server: the connection checked, missed news caught
    static constexpr auto Channel = "rectrack_changes"; // what a server's history trigger notifies

    explicit OutsideChanges(Ledger& ledger, QObject* parent = nullptr);
    // Announced by the server as they commit, rather than polled.
    bool isLive() const { return m_live; }
    bool isConnected() const { return !m_lost; }
    // What other programs changed since the last call; empty when nothing did. Throws Error when
    // the ledger cannot be read (the caller tries again at the next arrived()).
    ChangeScope take();

signals:
    // Something is there for take(): at once on a server, at the next poll on a file; again at
    // every check while it has not been taken.
    void arrived();
    void connectionLost(const QString& why);
    void connectionRestored();

private:
    void check();
    void notified(const QString& name, QSqlDriver::NotificationSource source);
    void subscribe();

    Ledger& m_ledger;
    QTimer m_timer;
    Id m_lastEntry = 0;
    qint64 m_version = 0;
    bool m_live = false;
    bool m_lost = false;
    bool m_everything = false; // after a reconnection: whatever happened meanwhile
};

} // namespace rectrack
