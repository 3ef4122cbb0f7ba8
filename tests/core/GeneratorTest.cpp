#include "services/DataGenerator.h"
#include "storage/Query.h"
#include "support/TestLedger.h"

using namespace rectrack;
using namespace rectrack::test;

TEST_CASE("The generator is deterministic and covers every status and deadline state", "[generator]") {
    GeneratorSize size;
    size.findings = 300;
    size.findingsPerInspection = 40;
    size.inspectionsPerRound = 3;
    size.units = 20;

    TestLedger first;
    const GeneratedCounts counts = generateData(*first, size);
    CHECK(counts.findings == 300);
    CHECK(counts.inspections == 8);
    CHECK(counts.rounds == 3);
    CHECK(counts.measures >= 300);

    TestLedger second;
    const GeneratedCounts again = generateData(*second, size);
    CHECK(again.measures == counts.measures);
    CHECK(again.notes == counts.notes);

    const LedgerStats a = first->statistics(Scope::all());
    const LedgerStats b = second->statistics(Scope::all());
    CHECK(a.measuresCompleted == b.measuresCompleted);
    CHECK(a.recovered == b.recovered);
    for (int i = 0; i < enumCount<DeadlineState>(); ++i) {
        const auto state = static_cast<DeadlineState>(i);
        INFO(code(state).toStdString());
        CHECK(a.deadlineStates.value(state) == b.deadlineStates.value(state));
        if (state != DeadlineState::NoDeadline) // every generated finding has a deadline
            CHECK(a.deadlineStates.value(state) > 0);
    }
    CHECK(a.findingsCompleted > 0);
    CHECK(a.findingsInProgress > 0);
    CHECK(a.suggestions > 0);
    CHECK_FALSE(first->history().firstBrokenEntry().has_value());
}

TEST_CASE("Generation can be cancelled between batches", "[generator]") {
    GeneratorSize size;
    size.findings = 200;
    size.findingsPerInspection = 50;
    TestLedger ledger;
    int calls = 0;
    const GeneratedCounts counts = generateData(*ledger, size, [&](int, int) { return ++calls < 2; });
    CHECK(counts.findings == 100);
    CHECK(ledger->statistics(Scope::all()).findings + ledger->statistics(Scope::all()).suggestions == 100);
}
