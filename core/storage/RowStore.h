#pragma once
// Writes rows and records each change in the history. Table and column names come from
// core's own code (the repositories), never from input; every value is bound.

#include "Database.h"
#include "model/Error.h"
#include "HistoryLog.h"
#include "SqlDialect.h"
#include "domain/Access.h"

#include <QList>
#include <QVariant>
#include <type_traits>
#include <utility>

namespace rectrack {

using Fields = QList<std::pair<QString, QVariant>>;

class RowStore {
public:
    RowStore(Database& database, const Clock& clock, const QString& actor);

    // Permission to write, held for the length of one operation. Every public write of a
    // repository takes one first; RowStore refuses any write made while none is held, so a
    // write path that forgot to ask fails loudly instead of slipping past the role check.
    class Grant {
    public:
        explicit Grant(RowStore& rows)
            : m_rows(rows) {
            ++m_rows.m_grants;
        }
        ~Grant() { --m_rows.m_grants; }
        Grant(const Grant&) = delete;
        Grant& operator=(const Grant&) = delete;

    private:
        RowStore& m_rows;
    };
    // Throws Error(Forbidden) when the acting role may not perform the operation.
    [[nodiscard]] Grant grant(Operation operation);
    // The acting account's role; empty when nobody is signed in (read-only).
    void setRole(std::optional<Role> role) { m_role = role; }
    std::optional<Role> role() const { return m_role; }
    bool allows(Operation operation) const {
        return (m_refusal.isEmpty() || m_refusalAllows == operation) && m_role && roleAllows(*m_role, operation);
    }
    // From now on every write is refused with this reason (a ledger found tampered with, or one
    // that cannot be written), except `allowed` when given (the restore that is the way out).
    void refuseWrites(const QString& reason, std::optional<Operation> allowed = {}) {
        m_refusal = reason;
        m_refusalAllows = allowed;
    }
    const QString& refusal() const { return m_refusal; }

    // Runs work in one transaction (joining an outer one) and returns what it returns.
    template <typename Work> auto atomically(Work&& work) {
        if constexpr (std::is_void_v<decltype(work())>) {
            m_database.transaction(work);
        } else {
            decltype(work()) result{};
            m_database.transaction([&] { result = work(); });
            return result;
        }
    }

    // The tables whose rows are written here only, so whose every row has a history.
    static const QStringList& recordedTables();

    // A table that refers to another by a foreign key, and what SQLite does to its rows when
    // the row referred to is deleted.
    struct Dependent {
        QString table;
        QString column;
        using OnDelete = ForeignKey::OnDelete;
        OnDelete onDelete = OnDelete::Refuse;
    };
    // The recorded tables (and the co-unit link) that refer to `table`, children listed before
    // the tables they hang from; read from the schema once.
    QList<Dependent> dependentsOf(const QString& table) const;
    // A table's columns that hold values: all but its id and bookkeeping; read from the schema once.
    QStringList valueColumnsOf(const QString& table) const;

    Id insert(const QString& table, const Fields& fields);
    // Updates the changed fields only and records one history entry per changed field; the
    // row_version goes up by one per entry (so it is 1 + the row's update entries since its
    // creation, which verify checks) and updated_at becomes the entries' time. With expectedVersion, a row changed by someone else meanwhile throws
    // Error(Conflict). Returns whether anything changed.
    bool update(const QString& table, Id id, const Fields& fields, std::optional<int> expectedVersion = {});
    // Deletes the row, and first, each with its own history entry, every recorded row that
    // SQLite would otherwise delete or clear with it (ON DELETE CASCADE / SET NULL, and a unit's
    // place among a finding's co-units), so that no row ever disappears or changes unrecorded.
    void remove(const QString& table, Id id);
    // Brings back a deleted row under its own id, with the values its history last had: the
    // undo of a deletion. Recorded as the row's creation.
    void reinstate(const QString& table, Id id, const Fields& fields);
    bool exists(const QString& table, Id id) const;
    // The row's values, its bookkeeping (id, row_version, created_at, updated_at) left out and,
    // for a finding, its co-units (co_unit_ids) added; nullopt when it is not there.
    std::optional<Fields> values(const QString& table, Id id) const;
    // Whether any row (or co-unit link) refers to this one.
    bool hasDependents(const QString& table, Id id) const;
    // A change kept outside the row (a finding's co-units, in their link table), recorded as an
    // edit of the row: its history entry, a row_version one up and the row's updated_at.
    void recordLinkedChange(const QString& table, Id id, const QString& field, const QString& before,
                            const QString& after);

    // Current values of the given columns; throws NotFound.
    QVariantList read(const QString& table, Id id, const QStringList& columns) const;
    // The fields whose stored value (theirs) differs from `expected` (yours), with the values
    // as values() gives them (a finding's co_unit_ids included); throws NotFound.
    QList<Error::Difference> differences(const QString& table, Id id, const Fields& expected) const;

    HistoryLog& history() { return m_history; }
    Database& database() { return m_database; }
    // On a server its triggers write the history (ServerHistory): before a write they are told
    // the actor and the time (which they take from the owner's sessions only). Nothing on a file.
    void announce(const QDateTime& at);
    const QString& actor() const { return m_actor; }
    QDateTime now() const;
    static std::optional<QString> historyText(const QVariant& value);
    // What the history keeps of a column's value: the value itself, except for a secret (an
    // account's password hash and salt), of which it keeps a short fingerprint: enough for
    // verify to notice a replaced hash, not the hash itself.
    static std::optional<QString> historyText(const QString& table, const QString& column, const QVariant& value);

private:
    bool hasTimestamps(const QString& table) const;
    OptionalId findingOf(const QString& table, Id id) const;
    Id insertRow(const QString& table, const Fields& fields);
    bool updateRow(const QString& table, Id id, const Fields& fields, std::optional<int> expectedVersion);
    void removeRow(const QString& table, Id id);
    void settleDependents(const QString& table, Id id);
    void requireGrant() const;
    void recordEntry(const QString& table, Id id, OptionalId findingId, const QString& action, const QString& field,
                     const std::optional<QString>& oldValue, const std::optional<QString>& newValue,
                     const QDateTime& at);

    Database& m_database;
    QSqlDatabase m_db;
    const Clock& m_clock;
    const QString& m_actor;
    HistoryLog m_history;
    std::optional<Role> m_role;
    QString m_refusal;
    std::optional<Operation> m_refusalAllows;
    int m_grants = 0;
    bool m_serverRecords = false;
    // What announce() last told the server, in which transaction.
    struct Announced {
        quint64 transaction = 0;
        QString at;
        bool operator==(const Announced&) const = default;
    };
    Announced m_announced;
};

} // namespace rectrack
