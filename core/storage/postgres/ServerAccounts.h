#pragma once
// On a server each Rectrack account is a PostgreSQL login role. The accounts table stays the
// ledger's record of them (written through RowStore, so recorded and verified like any row); a
// trigger on it keeps the login roles in step: an account added makes its login role, its role
// puts it in that group only, a disabled or deleted account can no longer log in.
//
// Its password reaches the server only as a SCRAM-SHA-256 verifier, made on the desk by libpq
// (PQencryptPasswordConn, as psql's \password does): never as text in a statement or a log.

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace rectrack::ServerAccounts {

// The trigger and the password function, all CREATE OR REPLACE.
QStringList statements();
// Sets the login password of account `name` (and the accounts row's own copy of its hash, which
// an owner's session signs in with): an administrator for anyone, everyone for themselves.
// Throws Error(Forbidden) otherwise.
void setPassword(const QSqlDatabase& db, const QString& name, const QString& password, const QString& salt,
                 const QString& hash, int iterations);

} // namespace rectrack::ServerAccounts
