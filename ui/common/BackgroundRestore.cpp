#include "BackgroundRestore.h"

#include "model/Error.h"

#include <QtConcurrent/QtConcurrentRun>

namespace rectrack::ui {

BackgroundRestore::BackgroundRestore(QObject* parent)
    : QObject(parent) {
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, [this] {
        const Outcome outcome = m_watcher.result();
        m_running = false;
        if (outcome.restored)
            emit succeeded(*outcome.restored);
        else
            emit failed(outcome.error);
    });
}

BackgroundRestore::~BackgroundRestore() {
    m_watcher.waitForFinished();
}

void BackgroundRestore::start(Work work) {
    Q_ASSERT(!isRunning());
    m_running = true;
    // progressed is emitted on the worker and delivered queued, on this object's thread.
    const Backup::Progress progress = [this](const QString& step) { emit progressed(step); };
    m_watcher.setFuture(QtConcurrent::run([work = std::move(work), progress]() -> Outcome {
        try {
            return {work(progress), {}};
        } catch (const Error& e) {
            return {std::nullopt, e.message()};
        } catch (const std::exception& e) {
            return {std::nullopt, QString::fromLocal8Bit(e.what())};
        }
    }));
}

} // namespace rectrack::ui
