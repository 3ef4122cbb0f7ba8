#pragma once
// A fictional inspection written for this project (青禾县 does not exist): findings in every
// status and deadline state, dated relative to the ledger's clock so that "overdue" and
// "due soon" stay true whenever it is loaded.

namespace rectrack {

class Ledger;

// Loads the sample in one transaction; returns the new inspection's id.
long long loadSampleData(Ledger& ledger);

} // namespace rectrack
