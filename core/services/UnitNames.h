#pragma once
// Unit names an import would add that look like a unit the ledger already has, or like another
// name in the same file (局办公室 and 办公室, 计划财务股 and 计财股): said before saving, so the
// office can write one name in its sheet rather than get two units for one.

#include "domain/Entities.h"
#include "import/ParsedBulletin.h"

namespace rectrack {

struct NearUnit {
    QString name;    // as the file writes it
    QString similar; // the unit of the ledger, or the other name in the file
    bool inLedger = false;
};

// Every unit name the bulletin names (its problems' and measures' leading and helping units).
QStringList unitNamesOf(const ParsedBulletin& bulletin);

// The names of `bulletin` no unit of `units` has, each with the closest name it looks like: one
// containing the other with at most three more characters (局办公室 ⊃ 办公室), or Dice's
// coefficient over character pairs of 0.75 or more.
QList<NearUnit> nearDuplicateUnits(const QList<Unit>& units, const ParsedBulletin& bulletin);

// 单位“局办公室”与已有单位“办公室”相近：导入时将新建“局办公室”…
QString describe(const NearUnit& near);

} // namespace rectrack
