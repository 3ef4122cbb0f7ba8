#include "Schema.h"

#include "model/Error.h"
#include "SqlDialect.h"

namespace rectrack::Schema {

int version(const QSqlDatabase& db) {
    return SqlDialect::of(db).schemaVersion(db);
}

void requireKnown(int version, const QString& location) {
    if (version > CurrentVersion)
        throw Error(Error::Kind::NewerVersion,
                    QStringLiteral("%1 was written by a newer Rectrack (schema %2; this program knows up to %3). "
                                   "Update Rectrack to open it.")
                        .arg(location)
                        .arg(version)
                        .arg(CurrentVersion));
}

} // namespace rectrack::Schema
