#pragma once
// Reads from the database on a worker thread, over a read-only connection of its own, so
// the window never waits for a long query. The result carries the generation it was asked
// for: a caller that has asked again since ignores older answers.

#include "storage/Error.h"
#include "storage/ReadConnection.h"

#include <QFuture>
#include <QtConcurrent/QtConcurrentRun>

namespace rectrack::ui {

template <typename T> struct Generational {
    int generation = 0;
    T value{};
    bool failed = false; // the file could not be read; value is the default
};

// work(db) runs on the worker; it must not touch widgets or the window's connection.
template <typename Work>
auto readInBackground(const QString& path, int generation, Work work)
    -> QFuture<Generational<decltype(work(std::declval<const QSqlDatabase&>()))>> {
    using T = decltype(work(std::declval<const QSqlDatabase&>()));
    return QtConcurrent::run([path, generation, work]() -> Generational<T> {
        try {
            const ReadConnection connection(path);
            return {generation, work(connection.db()), false};
        } catch (const Error&) {
            return {generation, T{}, true};
        }
    });
}

} // namespace rectrack::ui
