#pragma once
// Checks that the history can be trusted and that the data agrees with it: the hash chain is
// intact, and every row of every recorded table holds exactly the values its history says it
// should (create snapshot + later updates). A row edited directly in SQLite, a history entry
// rewritten, or a row inserted without history is named.

#include "domain/Entities.h"

#include <QSqlDatabase>
#include <QStringList>

namespace rectrack {

struct VerifyReport {
    qint64 entries = 0;
    qint64 rowsChecked = 0;
    std::optional<Id> brokenEntry; // first history entry whose hash does not match
    QStringList problems;          // the first few mismatching items, in table order
    bool ok() const { return !brokenEntry && problems.isEmpty(); }
};

VerifyReport verifyHistory(const QSqlDatabase& db, int maxProblems = 20);

} // namespace rectrack
