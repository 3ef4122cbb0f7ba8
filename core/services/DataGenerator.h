#pragma once
// Fills a ledger with realistic, deterministic data at scale (for manual checks and
// benchmarks): rounds, inspections, categories, findings with 1–7 measures each, units and
// people, progress notes, status changes, evidence files, sign-offs and results, in every
// status and deadline state, with text as long as in real bulletins. Same seed, same data.
// Everything goes through the repositories, so the history is complete.

#include <QList>
#include <QString>
#include <QtGlobal>
#include <functional>
#include <optional>

namespace rectrack {

class Ledger;

struct GeneratorSize {
    int findings = 1000;        // problems and suggestions
    int measuresPerFinding = 4; // on average
    int notesPerFinding = 3;    // on average
    int findingsPerInspection = 50;
    int inspectionsPerRound = 25;
    int units = 50;
    int evidenceEvery = 40; // one finding in this many gets an evidence file (0: none)
    // Inspections of these sizes come last (a typical bulletin and a very long one); their
    // findings are part of `findings`.
    QList<int> lastInspections;
    quint32 seed = 20250616;
};

// The benchmark's sizes: L is a provincial office after ten years (2,000 inspections in 80
// rounds, 100,000 findings, about 400,000 measures, 300,000 progress notes, 5,000 units);
// M is a tenth of it and S a hundredth. The last two inspections have 28 and 500 findings. Empty for anything but "S", "M" or "L".
std::optional<GeneratorSize> generatorSize(const QString& name);

struct GeneratedCounts {
    int rounds = 0;
    int inspections = 0;
    int findings = 0;
    int measures = 0;
    int notes = 0;
    int evidence = 0;
};

// progress(done, total) is called now and then; returning false cancels (what was written
// in earlier batches stays; each batch is one transaction).
GeneratedCounts generateData(Ledger& ledger, const GeneratorSize& size,
                             const std::function<bool(int, int)>& progress = {});

} // namespace rectrack
