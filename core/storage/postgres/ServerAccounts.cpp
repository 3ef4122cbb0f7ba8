#include "ServerAccounts.h"

#include "model/Error.h"
#include "storage/Query.h"

#include <QCoreApplication>
#include <QSqlDriver>

#include <libpq-fe.h>

namespace rectrack::ServerAccounts {

namespace {

// The group of a Rectrack role code (ServerRoles::groupOf, in SQL).
const char* const GroupOf = R"(
CREATE OR REPLACE FUNCTION rectrack_group(p_role text) RETURNS text LANGUAGE sql STABLE AS $f$
  SELECT group_prefix || '_' || p_role FROM rectrack_meta
$f$)";

// Leaves every group of the ledger that `p_user` is in (a REVOKE of a membership that is not
// there would warn).
const char* const LeaveGroups = R"(
CREATE OR REPLACE FUNCTION rectrack_leave_groups(p_user text, p_keep text) RETURNS void LANGUAGE plpgsql AS $f$
DECLARE
  g text;
BEGIN
  FOR g IN SELECT gr.rolname FROM pg_auth_members m JOIN pg_roles gr ON gr.oid = m.roleid
           JOIN pg_roles u ON u.oid = m.member
           WHERE u.rolname = p_user AND gr.rolname IN (SELECT rectrack_group(r) FROM
                 unnest(ARRAY['staff', 'reviewer', 'leader', 'admin']) r) AND gr.rolname IS DISTINCT FROM p_keep LOOP
    EXECUTE format('REVOKE %I FROM %I', g, p_user);
  END LOOP;
END
$f$)";

// Keeps the login roles as the accounts table says. A role of that name already on the server
// (an office's existing PostgreSQL account) is taken over rather than made again.
const char* const Sync = R"(
CREATE OR REPLACE FUNCTION rectrack_account_sync() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $f$
BEGIN
  IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND NEW.name <> OLD.name) THEN
    PERFORM rectrack_leave_groups(OLD.name, NULL);
    EXECUTE format('ALTER ROLE %I NOLOGIN', OLD.name);
    IF TG_OP = 'DELETE' THEN RETURN NULL; END IF;
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = NEW.name) THEN
    EXECUTE format('CREATE ROLE %I NOLOGIN', NEW.name);
  ELSIF (SELECT rolsuper FROM pg_roles WHERE rolname = NEW.name) THEN
    RAISE EXCEPTION USING ERRCODE = '42501',
      MESSAGE = format('%s is a superuser of the server and cannot be a Rectrack account', NEW.name);
  END IF;
  PERFORM rectrack_leave_groups(NEW.name, rectrack_group(NEW.role));
  IF NOT pg_has_role(NEW.name, rectrack_group(NEW.role), 'MEMBER') THEN
    EXECUTE format('GRANT %I TO %I', rectrack_group(NEW.role), NEW.name);
  END IF;
  EXECUTE format('ALTER ROLE %I %s', NEW.name, CASE WHEN NEW.active = 1 THEN 'LOGIN' ELSE 'NOLOGIN' END);
  RETURN NULL;
END
$f$)";

// Only a verifier is taken, never a password; an administrator sets anyone's, everyone their own.
const char* const SetPassword = R"(
CREATE OR REPLACE FUNCTION rectrack_set_password(p_name text, p_verifier text, p_salt text, p_hash text,
                                                 p_iterations bigint)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $f$
BEGIN
  IF p_verifier NOT LIKE 'SCRAM-SHA-256$%' THEN
    RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'a SCRAM-SHA-256 verifier is required';
  END IF;
  IF NOT (p_name = session_user OR pg_has_role(session_user, rectrack_group('admin'), 'MEMBER')
          OR rectrack_trusted()) THEN
    RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = format('permission denied to set the password of %s', p_name);
  END IF;
  IF NOT EXISTS (SELECT FROM accounts WHERE name = p_name) THEN
    RAISE EXCEPTION USING ERRCODE = '42704', MESSAGE = format('%s is not an account of this ledger', p_name);
  END IF;
  EXECUTE format('ALTER ROLE %I PASSWORD %L', p_name, p_verifier);
  UPDATE accounts SET password_salt = p_salt, password_hash = p_hash, iterations = p_iterations WHERE name = p_name;
END
$f$)";

} // namespace

QStringList statements() {
    return {QString::fromUtf8(GroupOf),
            QString::fromUtf8(LeaveGroups),
            QString::fromUtf8(Sync),
            QString::fromUtf8(SetPassword),
            QStringLiteral("REVOKE ALL ON FUNCTION rectrack_set_password(text, text, text, text, bigint) FROM PUBLIC"),
            QStringLiteral("DO $d$ DECLARE r text; BEGIN FOREACH r IN ARRAY ARRAY['staff', 'reviewer', 'leader', "
                           "'admin'] LOOP EXECUTE format('GRANT EXECUTE ON FUNCTION rectrack_set_password(text, "
                           "text, text, text, bigint) TO %I', rectrack_group(r)); END LOOP; END $d$"),
            QStringLiteral("CREATE OR REPLACE TRIGGER accounts_login AFTER INSERT OR UPDATE OF name, role, active OR "
                           "DELETE ON accounts FOR EACH ROW EXECUTE FUNCTION rectrack_account_sync()")};
}

void setPassword(const QSqlDatabase& db, const QString& name, const QString& password, const QString& salt,
                 const QString& hash, int iterations) {
    const QVariant handle = db.driver()->handle();
    PGconn* connection = handle.isValid() ? *static_cast<PGconn* const*>(handle.constData()) : nullptr;
    if (!connection)
        throw Error(Error::Kind::Storage, QStringLiteral("No server connection to make a password verifier with"));
    char* verifier = PQencryptPasswordConn(connection, password.toUtf8().constData(), name.toUtf8().constData(),
                                           "scram-sha-256");
    if (!verifier)
        throw Error(Error::Kind::Storage, QCoreApplication::translate("rectrack::ServerAccounts", "无法生成密码校验值：%1")
                                              .arg(QString::fromUtf8(PQerrorMessage(connection)).trimmed()));
    const QString text = QString::fromUtf8(verifier);
    PQfreemem(verifier);
    Query(db, QStringLiteral("SELECT rectrack_set_password(?, ?, ?, ?, ?)"))
        .add(name)
        .add(text)
        .add(salt)
        .add(hash)
        .add(iterations)
        .exec();
}

} // namespace rectrack::ServerAccounts
