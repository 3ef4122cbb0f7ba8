#pragma once
// Reads what the bulletin of one inspection says from the ledger: the inspection, its round
// and inspected unit, its findings with their measures, and its figures from StatsRepository
// (the same call the dashboard makes).

#include "bulletin/BulletinComposer.h"

namespace rectrack {

class Ledger;

// Throws Error (NotFound) when there is no such inspection.
BulletinData loadBulletinData(Ledger& ledger, Id inspectionId);

} // namespace rectrack
