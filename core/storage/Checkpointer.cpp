#include "Checkpointer.h"

#include <QByteArray>
#include <QFile>
#include <sqlite3.h>

namespace rectrack {

Checkpointer::Checkpointer(sqlite3* writer, const QString& path)
    : m_writer(writer)
    , m_path(path) {
    sqlite3_wal_hook(m_writer, &Checkpointer::onCommit, this); // replaces the automatic checkpoint
    m_thread = std::thread([this] { run(); });
}

Checkpointer::~Checkpointer() {
    sqlite3_wal_hook(m_writer, nullptr, nullptr);
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_one();
    m_thread.join();
}

int Checkpointer::checkpointsDone() const {
    const std::lock_guard lock(m_mutex);
    return m_done;
}

int Checkpointer::onCommit(void* self, sqlite3*, const char*, int walPages) {
    if (walPages >= ThresholdPages) { // in the commit: only a signal
        auto* me = static_cast<Checkpointer*>(self);
        {
            const std::lock_guard lock(me->m_mutex);
            me->m_due = true;
        }
        me->m_wake.notify_one();
    }
    return SQLITE_OK;
}

void Checkpointer::run() {
    sqlite3* db = nullptr;
    const QByteArray file = QFile::encodeName(m_path);
    if (sqlite3_open_v2(file.constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        db = nullptr; // nothing to do but wait for the end; the writer's close still checkpoints
    }
    if (db)
        sqlite3_busy_timeout(db, 1000);
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_due || m_stop; });
        const bool stop = m_stop;
        m_due = false;
        lock.unlock();
        if (db && sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr) == SQLITE_OK) {
            const std::lock_guard done(m_mutex);
            ++m_done;
        }
        lock.lock();
        if (stop)
            break;
    }
    lock.unlock();
    sqlite3_close(db);
}

} // namespace rectrack
