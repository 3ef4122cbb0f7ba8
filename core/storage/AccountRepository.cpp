#include "AccountRepository.h"

#include "model/Error.h"
#include "Password.h"
#include "Query.h"
#include "RowStore.h"
#include "domain/UnicodeText.h"
#include "postgres/ServerAccounts.h"

#include <QCoreApplication>

namespace rectrack {

namespace {
const QString AccountsTable = QStringLiteral("accounts");

// Q_DECLARE_TR_FUNCTIONS, not a free tr(): lupdate files a free tr() under the wrong
// context, and the translation is then never found.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(rectrack::AccountRepository)
};

Account accountFrom(const Query& q) {
    return Account{q.value(0).toLongLong(), q.value(1).toString(),
                   parseCode<Role>(q.value(2).toString()).value_or(Role::Leader), q.value(3).toInt() != 0};
}

Password::Hashed hashedPassword(const QString& password) {
    if (password.size() < AccountRepository::MinimumPasswordLength)
        throw Error(Error::Kind::Invalid,
                    Text::tr("密码至少需要 %1 个字符").arg(AccountRepository::MinimumPasswordLength));
    return Password::hash(password);
}

Fields passwordFields(const Password::Hashed& hashed) {
    return {{QStringLiteral("password_salt"), hashed.salt},
            {QStringLiteral("password_hash"), hashed.hash},
            {QStringLiteral("iterations"), hashed.iterations}};
}
// On a server: the account's login password (and the row's copy of its hash), set there.
void setLoginPassword(RowStore& rows, const QString& name, const QString& password, const Password::Hashed& hashed) {
    rows.announce(rows.now());
    ServerAccounts::setPassword(rows.database().connection(), name, password, hashed.salt, hashed.hash,
                                hashed.iterations);
}
} // namespace

bool AccountRepository::anyExist() const {
    return Query(m_db, QStringLiteral("SELECT count(*) FROM accounts")).scalar().toInt() > 0;
}

qint64 AccountRepository::accountsInHistory() const {
    return Query(m_db, QStringLiteral("SELECT count(*) FROM history h WHERE h.entity = 'accounts' AND h.id = "
                                      "(SELECT max(id) FROM history l WHERE l.entity = 'accounts' "
                                      "AND l.entity_id = h.entity_id) AND h.action <> 'delete'"))
        .scalar()
        .toLongLong();
}

QList<Account> AccountRepository::accounts() const {
    Query q(m_db, QStringLiteral("SELECT id, name, role, active FROM accounts ORDER BY name"));
    q.exec();
    QList<Account> out;
    while (q.next())
        out.append(accountFrom(q));
    return out;
}

std::optional<Account> AccountRepository::account(const QString& name) const {
    Query q(m_db, QStringLiteral("SELECT id, name, role, active FROM accounts WHERE name = ?"));
    q.add(name.trimmed()).exec();
    if (!q.next())
        return std::nullopt;
    return accountFrom(q);
}

Id AccountRepository::addAccount(const QString& name, Role role, const QString& password) {
    const auto grant = m_rows.grant(Operation::ManageAccounts);
    const QString clean = name.trimmed();
    if (clean.isEmpty() || clean.size() > 64)
        throw Error(Error::Kind::Invalid, Text::tr("用户名不能为空，且不超过 64 个字符"));
    if (!isPrintable(clean))
        throw Error(Error::Kind::Invalid, Text::tr("用户名不能含控制字符"));
    const Password::Hashed hashed = hashedPassword(password);
    Fields fields = passwordFields(hashed);
    return m_rows.atomically([&] {
        if (account(clean))
            throw Error(Error::Kind::Invalid, Text::tr("用户名“%1”已存在").arg(clean));
        const Role actual = anyExist() ? role : Role::Administrator;
        fields.prepend({QStringLiteral("role"), code(actual)});
        fields.prepend({QStringLiteral("name"), clean});
        fields.append({QStringLiteral("active"), 1});
        fields.append({QStringLiteral("created_at"), toSql(m_rows.now())});
        const Id id = m_rows.insert(AccountsTable, fields); // on a server: its login role too
        if (m_rows.database().isServer())
            setLoginPassword(m_rows, clean, password, hashed);
        return id;
    });
}

void AccountRepository::requireAnotherAdministrator(Id id) const {
    const int others = Query(m_db, QStringLiteral("SELECT count(*) FROM accounts WHERE role = 'admin' "
                                                  "AND active = 1 AND id <> ?"))
                           .add(id)
                           .scalar()
                           .toInt();
    if (others == 0)
        throw Error(Error::Kind::Invalid, Text::tr("至少要保留一个启用的管理员账号"));
}

void AccountRepository::setRole(Id id, Role role) {
    const auto grant = m_rows.grant(Operation::ManageAccounts);
    m_rows.atomically([&] {
        if (role != Role::Administrator)
            requireAnotherAdministrator(id);
        m_rows.update(AccountsTable, id, {{QStringLiteral("role"), code(role)}});
    });
}

void AccountRepository::setActive(Id id, bool active) {
    const auto grant = m_rows.grant(Operation::ManageAccounts);
    m_rows.atomically([&] {
        if (!active)
            requireAnotherAdministrator(id);
        m_rows.update(AccountsTable, id, {{QStringLiteral("active"), active ? 1 : 0}});
    });
}

void AccountRepository::setPassword(Id id, const QString& password, const QString& actingName) {
    const QString own = m_rows.read(AccountsTable, id, {QStringLiteral("name")}).constFirst().toString();
    const auto grant =
        m_rows.grant(own == actingName ? Operation::ChangeOwnPassword : Operation::ManageAccounts);
    const Password::Hashed hashed = hashedPassword(password);
    if (m_rows.database().isServer()) // nobody but an administrator may write the accounts table there
        m_rows.atomically([&] { setLoginPassword(m_rows, own, password, hashed); });
    else
        m_rows.update(AccountsTable, id, passwordFields(hashed));
}

Account AccountRepository::authenticate(const QString& name, const QString& password) const {
    Query q(m_db, QStringLiteral("SELECT id, name, role, active, password_salt, password_hash, iterations "
                                 "FROM accounts WHERE name = ?"));
    q.add(name.trimmed()).exec();
    const bool found = q.next();
    const Password::Hashed stored{found ? q.value(4).toString() : QStringLiteral("00"),
                                  found ? q.value(5).toString() : QString(64, u'0'),
                                  found ? q.value(6).toInt() : Password::DefaultIterations};
    // The key is derived even for an unknown name, so timing does not tell which names exist.
    const bool ok = Password::matches(password, stored) && found;
    if (!ok || q.value(3).toInt() == 0)
        throw Error(Error::Kind::SignIn, Text::tr("用户名或密码不正确，或账号已停用"));
    return accountFrom(q);
}

} // namespace rectrack
