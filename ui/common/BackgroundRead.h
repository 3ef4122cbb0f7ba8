#pragma once
// Reads the ledger on a worker thread, through a LedgerReading of its own (core's read session:
// its own read-only connection), so the window never waits for a long query. The result
// carries the generation it was asked for: a caller that has asked again since ignores older
// answers.

#include "services/LedgerReading.h"
#include "model/Error.h"

#include <QFuture>
#include <QtConcurrent/QtConcurrentRun>

namespace rectrack::ui {

template <typename T> struct Generational {
    int generation = 0;
    T value{};
    bool failed = false; // the file could not be read; value is the default
};

// work(reading) runs on the worker; it must not touch widgets or the window's ledger.
template <typename Work>
auto readInBackground(const LedgerReading::Source& source, int generation, Work work)
    -> QFuture<Generational<decltype(work(std::declval<const LedgerReading&>()))>> {
    using T = decltype(work(std::declval<const LedgerReading&>()));
    return QtConcurrent::run([source, generation, work]() -> Generational<T> {
        try {
            const LedgerReading reading(source);
            return {generation, work(reading), false};
        } catch (const Error&) {
            return {generation, T{}, true};
        }
    });
}

} // namespace rectrack::ui
