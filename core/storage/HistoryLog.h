#pragma once
// The append-only record of every change: who, when, which entity and field, old and new
// value. Each entry carries a SHA-256 over its content and the previous entry's hash, so a
// rewritten entry breaks the chain.

#include "domain/Entities.h"

#include <QSqlDatabase>
#include <optional>

namespace rectrack {

class Clock;

class HistoryLog {
public:
    HistoryLog(const QSqlDatabase& db, const Clock& clock, const QString& actor);

    // `at` defaults to the clock's now; a row's writer passes the time it stamps the row with, so
    // that its created_at and updated_at are the times of its entries (verify checks them).
    void record(const QString& entity, Id entityId, OptionalId findingId, const QString& action,
                const QString& field, const std::optional<QString>& oldValue,
                const std::optional<QString>& newValue, const std::optional<QDateTime>& at = std::nullopt);

    // Entries of a finding and everything that hangs off it (measures, notes, evidence, results...),
    // deleted ones included.
    QList<HistoryEntry> forFinding(Id findingId) const;
    // The entries after `afterId`, up to and with `lastId`, in order: what one change wrote.
    QList<HistoryEntry> between(Id afterId, Id lastId) const;
    // The newest entry of one row: who changed it last, and when.
    std::optional<HistoryEntry> lastEntryOf(const QString& entity, Id entityId) const;
    // The id of the newest entry (0 when there is none).
    Id lastEntryId() const;
    // A row's recorded values just before entry `beforeId`, replayed from its history (its
    // creation's snapshot, then each recorded edit); nullopt when it did not exist then. For a
    // row deleted by that entry: what it held when it was deleted.
    std::optional<QHash<QString, std::optional<QString>>> rowBefore(const QString& table, Id id, Id beforeId) const;
    // The values a creation entry's snapshot (its new_value, JSON) holds.
    static QHash<QString, std::optional<QString>> snapshotValues(const QString& snapshot);

    // Checks the whole chain; returns the id of the first entry whose hash does not match,
    // or nullopt when the chain is intact.
    std::optional<Id> firstBrokenEntry() const;
    qint64 entryCount() const;

    static QString hashOf(const QString& previousHash, const HistoryEntry& entry);
    static QString genesisHash() { return QString(64, u'0'); }

private:
    QSqlDatabase m_db;
    const Clock& m_clock;
    const QString& m_actor;
};

} // namespace rectrack
