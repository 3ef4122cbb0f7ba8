#pragma once
// Local user accounts: a name, a role and a salted, stretched password. Written through
// RowStore like every other record, so a role changed behind the program's back is caught
// by `verify`. On a server each account is also a login role of the server (ServerAccounts),
// whose password is set there.

#include "domain/Entities.h"

#include <QSqlDatabase>

namespace rectrack {

class RowStore;

struct Account {
    Id id = 0;
    QString name;
    Role role = Role::Staff;
    bool active = true;
};

class AccountRepository {
public:
    static constexpr int MinimumPasswordLength = 8;

    AccountRepository(const QSqlDatabase& db, RowStore& rows)
        : m_db(db)
        , m_rows(rows) {}

    // Accounts whose history does not end in their deletion: what the table should hold.
    qint64 accountsInHistory() const;
    bool anyExist() const;
    QList<Account> accounts() const;
    std::optional<Account> account(const QString& name) const;

    // The first account of a database is always an administrator, whatever role is asked.
    Id addAccount(const QString& name, Role role, const QString& password);
    // The last active administrator cannot be demoted or deactivated.
    void setRole(Id id, Role role);
    void setActive(Id id, bool active);
    // An administrator may set anyone's; everyone else only their own (name given).
    void setPassword(Id id, const QString& password, const QString& actingName);

    // The account when name and password match an active account; throws Error(SignIn).
    Account authenticate(const QString& name, const QString& password) const;

private:
    void requireAnotherAdministrator(Id id) const;

    QSqlDatabase m_db;
    RowStore& m_rows;
};

} // namespace rectrack
