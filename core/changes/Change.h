#pragma once
// One user edit as an object: the change path (docs/architecture.md). A front end makes one
// from what the user asked (LedgerChanges.h names them all); apply() runs it in one
// transaction through the repositories, which check the role and the row versions it was made
// from and record the history; the ledger's ChangeNotifier then announces what it touched.
//
// Every change can give its inverse, built from the history entries it wrote: the undo. The
// inverse checks, before it writes anything, that each row is still as this change left it
// (its row_version, that no one has since added under a row it would remove, that a row it
// would bring back is still gone), so that an undo never overwrites someone else's work:
// Error(Conflict) otherwise. The inverse of an inverse is the redo, checked the same way. The
// desktop wraps each change in one QUndoCommand; the command line applies the same objects.

#include "ChangeScope.h"
#include "domain/Access.h"
#include "domain/Entities.h"
#include "storage/RowStore.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <functional>
#include <memory>

namespace rectrack {

class Ledger;

class Change {
public:
    Change(QString text, Operation operation);
    virtual ~Change();
    Change(const Change&) = delete;
    Change& operator=(const Change&) = delete;

    // What the change does, for the undo menu: 修改问题“…”.
    const QString& text() const { return m_text; }
    // The right it needs (so does its inverse).
    Operation operation() const { return m_operation; }

    // Applies the change in one transaction, then announces it. Throws Error and writes
    // nothing when it is refused (a role, a check, a record changed since: Conflict).
    void apply(Ledger& ledger);

    // After apply(): the change that takes this one back, or nullptr when there is nothing to
    // take back or it cannot be (a password: the history keeps only its fingerprint).
    std::unique_ptr<Change> inverse() const;
    // After apply(): what it touched, and the history entries it wrote.
    const ChangeScope& scope() const { return m_scope; }
    const QList<HistoryEntry>& written() const { return m_written; }
    // After apply(): the id of the first row it created in `table` (a new finding …).
    OptionalId createdIn(const QString& table) const;

protected:
    // The edit itself, through the repositories; runs inside the transaction.
    virtual void write(Ledger& ledger) = 0;
    // Content the inverse will need that the history does not hold: an evidence file's bytes,
    // which go with the last record that refers to them.
    void keepBlob(const QString& sha256, const QByteArray& data) { m_blobs.insert(sha256, data); }
    const QHash<QString, QByteArray>& keptBlobs() const { return m_blobs; }

private:
    QString m_text;
    Operation m_operation;
    QList<HistoryEntry> m_written;
    QHash<QString, QHash<Id, Fields>> m_rowsAfter; // table -> row -> the values it left
    QHash<QString, QByteArray> m_blobs;
    ChangeScope m_scope;
    bool m_applied = false;

    friend class Revert;
};

// A change made of one write through the repositories: what every named change in
// LedgerChanges.h is.
class RepositoryChange final : public Change {
public:
    using Write = std::function<void(Ledger& ledger, RepositoryChange& self)>;
    RepositoryChange(QString text, Operation operation, Write write)
        : Change(std::move(text), operation)
        , m_write(std::move(write)) {}
    using Change::keepBlob;

protected:
    void write(Ledger& ledger) override { m_write(ledger, *this); }

private:
    Write m_write;
};

} // namespace rectrack
