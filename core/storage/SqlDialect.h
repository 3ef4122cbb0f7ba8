#pragma once
// What differs between the database systems a ledger can live in, for the SQL that core writes
// once. Each backend implements it in its own folder (storage/sqlite/; a server backend adds
// another), and every connection finds its own through its driver (SqlDialect::of): the
// repositories, the views and the verifier stay the same SQL over any of them.
//
// What is not here because it is not SQL text — opening a ledger, its schema and upgrades,
// checkpoints, backups and integrity checks — is the backend's Database (Database.h).

#include "model/Error.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>

class QSqlDriver;
class QSqlError;

namespace rectrack {

class Query;

// A trigger written once: the event it follows, an optional condition, and the statements it
// runs, which may name the row as `new.column` and `old.column`. Each dialect wraps it in its
// own syntax (SQLite: CREATE TRIGGER … BEGIN … END; a server: a trigger function).
struct TriggerSpec {
    QString name;
    QString event;     // "INSERT", "DELETE", "UPDATE" or "UPDATE OF a, b"
    QString table;
    QString condition; // empty: always
    QStringList statements;
};

// A column of `table` that refers to a row of `parent`, and what deleting that row does.
struct ForeignKey {
    QString parent;
    QString column;
    enum class OnDelete { Cascade, SetNull, Refuse } onDelete = OnDelete::Refuse;
};

class SqlDialect {
public:
    virtual ~SqlDialect() = default;

    // The dialect of a connection or of a statement's driver. Throws Error(Storage) for a driver
    // no backend is built for.
    static const SqlDialect& of(const QSqlDatabase& db);
    static const SqlDialect& of(const QSqlDriver* driver);

    virtual QString name() const = 0; // "SQLite", "PostgreSQL"

    // The statements that begin a transaction that will write, taking the ledger's write lock at
    // once (writers take turns, as on one file: the history's chain has one head). Run as they
    // are, not prepared.
    virtual QStringList beginWrite() const = 0;
    // An SQL expression for a line break, to join texts with.
    virtual QString lineBreak() const = 0;
    // The columns of a table, in order.
    virtual QStringList columnsOf(const QSqlDatabase& db, const QString& table) const = 0;
    // The foreign keys of a table.
    virtual QList<ForeignKey> foreignKeysOf(const QSqlDatabase& db, const QString& table) const = 0;
    // The schema version the database says it has (0: none yet).
    virtual int schemaVersion(const QSqlDatabase& db) const = 0;
    // A number that changes whenever another connection has committed to the database.
    virtual qint64 dataVersion(const QSqlDatabase& db) const = 0;

    // The full-text index (search_index): the SQL naming one index row's number (finding id * 4 +
    // 1, measure id * 4 + 2, note id * 4 + 3) in a query over it, and a condition on its rows
    // that contain every one of `words` (each of three characters or more), whose values go
    // through `bind` (which returns the placeholder to write).
    virtual QString searchEntry() const = 0;
    virtual QString searchContainsAll(const QStringList& words,
                                      const std::function<QString(const QVariant&)>& bind) const = 0;

    // Whether a statement's rows may be read one at a time while other statements run on the
    // same connection (SQLite). Where they may not (a server's driver that streams rows), each
    // result is read whole when the statement runs.
    virtual bool readsRowByRow() const = 0;

    // The statements that create a trigger.
    virtual QStringList createTrigger(const TriggerSpec& trigger) const = 0;

    // What a failed statement means: DiskFull, ReadOnly, Busy, Corrupt, Invalid (a broken rule:
    // a foreign key, a check, a unique or not-null constraint), else Storage.
    virtual Error::Kind errorKind(const QSqlError& error) const = 0;

protected:
    // The keys a catalog query returns as (parent table, column, delete rule in SQL's words:
    // CASCADE, SET NULL, …), run with its table bound.
    static QList<ForeignKey> foreignKeysFrom(Query& catalog);
};

// The LIKE pattern (with ESCAPE '\\') that matches any text containing `word` as it is.
QString likeContaining(const QString& word);

} // namespace rectrack
