#pragma once
// The column lists and row readers shared by the repositories and the ledger views, so a
// finding or measure is read the same way everywhere. Internal to storage/.

#include "FindingRepository.h"
#include "Query.h"

namespace rectrack::rowreaders {

extern const QString FindingColumns;   // f.id ... f.row_version
extern const QString MeasureColumns;   // m.id ... m.row_version
extern const QString OpenMeasure;      // condition on m: the measure is still open
extern const QString FindingRowSelect; // %1 FindingColumns, %2 OpenMeasure; ends with the FROM/JOINs
constexpr int FindingColumnCount = 19;
constexpr int MeasureColumnCount = 11;

Finding findingFrom(const Query& q);
Measure measureFrom(const Query& q);
FindingRow findingRowFrom(const Query& q);

} // namespace rectrack::rowreaders
