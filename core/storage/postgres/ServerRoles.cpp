#include "ServerRoles.h"

#include <array>

namespace rectrack::ServerRoles {

namespace {
constexpr std::array AllRoles = {Role::Staff, Role::Reviewer, Role::Leader, Role::Administrator};

// What staff edit (Operation::EditLedger and RequestSignOff): the ledger itself, never the
// accounts, the settings or the history.
const char* const LedgerTables = "units, persons, inspection_rounds, inspections, categories, findings, finding_units, "
                                 "measures, progress_notes, evidence_blobs, evidence, results, signoffs, "
                                 "followup_reviews, deadline_extensions";
} // namespace

QString quotedName(const QString& name) {
    return u'"' + QString(name).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

QString quotedText(const QString& text) {
    return u'\'' + QString(text).replace(u'\'', QStringLiteral("''")) + u'\'';
}

QString groupOf(const QString& prefix, Role role) {
    return prefix + u'_' + code(role);
}

std::optional<Role> roleOfGroup(const QString& prefix, const QString& group) {
    for (Role role : AllRoles)
        if (groupOf(prefix, role) == group)
            return role;
    return std::nullopt;
}

QStringList statements(const QString& prefix, const QString& schema) {
    QStringList s;
    const QString tables = QStringLiteral("ALL TABLES IN SCHEMA %1").arg(quotedName(schema));
    s << QStringLiteral("REVOKE ALL ON %1 FROM PUBLIC").arg(tables);
    for (Role role : AllRoles) {
        const QString group = groupOf(prefix, role);
        s << QStringLiteral("DO $d$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = %1) THEN "
                            "CREATE ROLE %2 NOLOGIN; END IF; END $d$")
                 .arg(quotedText(group), quotedName(group));
        s << QStringLiteral("REVOKE ALL ON %1 FROM %2").arg(tables, quotedName(group));
        s << QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2").arg(quotedName(schema), quotedName(group));
        s << QStringLiteral("GRANT SELECT ON %1 TO %2").arg(tables, quotedName(group));
        s << QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA %1 TO %2").arg(quotedName(schema), quotedName(group));
    }
    const QString staff = quotedName(groupOf(prefix, Role::Staff));
    const QString reviewer = quotedName(groupOf(prefix, Role::Reviewer));
    const QString admin = quotedName(groupOf(prefix, Role::Administrator));
    s << QStringLiteral("GRANT INSERT, UPDATE, DELETE ON %1 TO %2, %3").arg(QLatin1String(LedgerTables), staff, admin);
    // a reviewer approves or returns a sign-off request and records a follow-up review
    s << QStringLiteral("GRANT INSERT ON signoffs, followup_reviews TO %1").arg(reviewer);
    s << QStringLiteral("GRANT UPDATE (status, signoff_state, reopened, row_version, updated_at) ON findings TO %1")
             .arg(reviewer);
    s << QStringLiteral("GRANT INSERT, UPDATE, DELETE ON accounts, settings TO %1").arg(admin);
    return s;
}

} // namespace rectrack::ServerRoles
