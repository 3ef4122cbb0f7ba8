#pragma once
// Fills a ledger with realistic, deterministic data at scale (for manual checks and
// benchmarks): rounds, inspections, categories, findings with 1–7 measures each, units and
// people, notes and results, in every status and deadline state. Same seed, same data.
// Everything goes through the repositories, so the history is complete.

#include <QtGlobal>
#include <functional>

namespace rectrack {

class Ledger;

struct GeneratorSize {
    int findings = 1000;        // problems and suggestions
    int measuresPerFinding = 4; // on average
    int findingsPerInspection = 50;
    int inspectionsPerRound = 25;
    int units = 50;
    quint32 seed = 20250616;
};

struct GeneratedCounts {
    int rounds = 0;
    int inspections = 0;
    int findings = 0;
    int measures = 0;
    int notes = 0;
};

// progress(done, total) is called now and then; returning false cancels (what was written
// in earlier batches stays; each batch is one transaction).
GeneratedCounts generateData(Ledger& ledger, const GeneratorSize& size,
                             const std::function<bool(int, int)>& progress = {});

} // namespace rectrack
