#include "SearchTexts.h"

#include "SqlDialect.h"

namespace rectrack {

QString searchTextsQuery(const SqlDialect& dialect) {
    return QStringLiteral("SELECT id * 4 + 1 AS r, title || %1 || description || %1 || outcome || %1 || difficulties "
                          "AS b, id AS f FROM findings UNION ALL SELECT id * 4 + 2, text, finding_id FROM measures "
                          "UNION ALL SELECT id * 4 + 3, text, finding_id FROM progress_notes")
        .arg(dialect.lineBreak());
}

} // namespace rectrack
