#pragma once
// On a server, Rectrack's roles are PostgreSQL's: one group role per Rectrack role (staff,
// reviewer, leader, admin), each granted on the ledger's tables what roleAllows gives it, and
// every account a login role in one group. The server then refuses what a role may not do,
// whatever program sends it: a leader's INSERT through psql fails as the program's would.
//
// The groups are named after the database that was made a ledger (ledger_staff, …), kept in
// rectrack_meta so that a copy (pg_dump, a template) keeps the groups its grants name.

#include "domain/Enums.h"

#include <QStringList>

namespace rectrack::ServerRoles {

QString groupOf(const QString& prefix, Role role);
// The group a login role belongs to, as a Rectrack role; nullopt for none of them.
std::optional<Role> roleOfGroup(const QString& prefix, const QString& group);
// Creates the groups that are missing and grants each its rights; repeatable.
QStringList statements(const QString& prefix, const QString& schema);
// SQL spellings: an identifier in double quotes, a text in single quotes.
QString quotedName(const QString& name);
QString quotedText(const QString& text);

} // namespace rectrack::ServerRoles
