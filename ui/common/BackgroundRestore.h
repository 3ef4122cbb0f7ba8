#pragma once
// Runs a restore on a worker thread, so the window stays alive for the minute a big ledger
// takes to check, copy and compare. Says what it is doing as it goes (progressed), then
// either succeeded or failed. Shared by 备份与恢复 and by the dialog shown when a ledger
// cannot be opened.

#include "storage/sqlite/Backup.h"

#include <QFutureWatcher>
#include <QObject>

namespace rectrack::ui {

class BackgroundRestore : public QObject {
    Q_OBJECT
public:
    using Work = std::function<Backup::Restored(const Backup::Progress&)>;

    explicit BackgroundRestore(QObject* parent = nullptr);
    // Waits for a restore under way: it is never cut off half way.
    ~BackgroundRestore() override;

    // `work` runs on the worker: it must touch no widget and no connection of the window's.
    void start(Work work);
    // True from start() until succeeded or failed has been emitted.
    bool isRunning() const { return m_running; }

signals:
    void progressed(const QString& step);
    void succeeded(const rectrack::Backup::Restored& restored);
    void failed(const QString& message);

private:
    struct Outcome {
        std::optional<Backup::Restored> restored;
        QString error;
    };
    QFutureWatcher<Outcome> m_watcher;
    bool m_running = false;
};

} // namespace rectrack::ui
