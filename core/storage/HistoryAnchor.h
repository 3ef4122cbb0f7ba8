#pragma once
// Anchors of the history's hash chain. The chain is plain SHA-256 stored beside the data, so
// someone who can write the file can rewrite an entry and recompute every hash after it; what
// they cannot recompute is a copy of the chain's head kept somewhere else. An anchor is that
// head at one moment — the last entry's number and hash — and the chain "passes through" it
// while its entry of that number still has that hash. Backups carry their own head; exported
// bulletins and ledgers record it (PDF creator, XLSX keywords, CSV footer row); the program
// keeps the anchors it has seen of each ledger in the user's data folder (AnchorStore) and warns
// when the chain no longer passes through one.

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace rectrack {

struct HistoryAnchor {
    qint64 entry = 0; // the number (id) of the last entry; 0 for an empty history
    QString hash;     // its hash (empty when entry is 0)

    // "rectrack-anchor:<entry>:<hash>", the form written into documents.
    QString text() const;
    // Finds an anchor in text: "rectrack-anchor:N:HASH", "N:HASH", or a bare 64-digit hash
    // (entry 0 then: any entry with that hash).
    static std::optional<HistoryAnchor> find(const QString& text);
    bool operator==(const HistoryAnchor&) const = default;
};

// The history's head now.
HistoryAnchor historyHead(const QSqlDatabase& db);

enum class AnchorCheck {
    Passes,   // the entry still has that hash (with an intact chain: nothing up to it was rewritten)
    Diverged, // the entry is there with another hash, or (a bare hash) no entry has it: rewritten
    Missing,  // the history is shorter than the anchor: entries were removed or it is an older copy
};
AnchorCheck checkAnchor(const QSqlDatabase& db, const HistoryAnchor& anchor);

// The anchors this user's programs have seen of each ledger, in the user's data folder (or
// $RECTRACK_ANCHORS_DIR), one small file per ledger, the newest few kept.
namespace AnchorStore {
struct Seen {
    HistoryAnchor anchor;
    QDateTime at;
};
QString folder();
void remember(const QString& ledgerPath, const HistoryAnchor& anchor, const QDateTime& at);
// After a restore the history is another one on purpose: the anchors seen before are dropped.
void forget(const QString& ledgerPath);
QList<Seen> seen(const QString& ledgerPath);
// Messages for the remembered anchors the chain no longer passes through (empty: all pass).
QStringList problems(const QSqlDatabase& db, const QString& ledgerPath);
} // namespace AnchorStore

} // namespace rectrack
