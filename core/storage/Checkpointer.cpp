#include "Checkpointer.h"

#include <QByteArray>
#include <QFile>
#include <sqlite3.h>

namespace rectrack {

namespace {
bool passiveCheckpoint(sqlite3* db) {
    return sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr) == SQLITE_OK;
}
} // namespace

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

int Checkpointer::logPages() const {
    const std::lock_guard lock(m_mutex);
    return m_walPages;
}

void Checkpointer::count(bool done) {
    if (done) {
        const std::lock_guard lock(m_mutex);
        ++m_done;
    }
}

int Checkpointer::onCommit(void* self, sqlite3* db, const char*, int walPages) {
    auto* me = static_cast<Checkpointer*>(self);
    bool wake = false;
    bool itself = false;
    {
        const std::lock_guard lock(me->m_mutex);
        me->m_lastCommit = std::chrono::steady_clock::now();
        const int written = walPages >= me->m_walPages ? walPages - me->m_walPages : walPages; // else restarted
        me->m_walPages = walPages;
        wake = walPages >= ThresholdPages && !me->m_due;
        me->m_due = me->m_due || walPages >= ThresholdPages;
        if (walPages < ForcePages) {
            me->m_writerCheckpointAt = ForcePages;
        } else if (walPages >= me->m_writerCheckpointAt) {
            if (written >= ThresholdPages) { // a large commit: the thread copies, now
                wake = me->m_now = true;
            } else {
                // Not again before another ThresholdPages: a reader of an old snapshot may
                // keep the log from being copied whole for a while.
                itself = true;
                me->m_writerCheckpointAt = walPages + ThresholdPages;
            }
        }
    }
    if (wake)
        me->m_wake.notify_one();
    if (itself) // after the commit, on the writer's own connection, as SQLite's default hook does
        me->count(passiveCheckpoint(db));
    return SQLITE_OK;
}

void Checkpointer::run() {
    sqlite3* db = nullptr;
    const QByteArray file = QFile::encodeName(m_path);
    if (sqlite3_open_v2(file.constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        db = nullptr; // nothing to do but wait for the end; the writer's close still checkpoints
    }
    if (db) {
        sqlite3_busy_timeout(db, 1000);
        // A connection finds the log on its first read: until then a checkpoint on it does
        // nothing at all (it reports -1 frames, as for a file not in WAL mode).
        sqlite3_exec(db, "PRAGMA schema_version", nullptr, nullptr, nullptr);
    }
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_due || m_stop; });
        // A pause in the writing, unless the program is closing or a large commit asked.
        while (!m_stop && !m_now) {
            const auto quietFrom = m_lastCommit + IdleTime;
            if (std::chrono::steady_clock::now() >= quietFrom)
                break;
            m_wake.wait_until(lock, quietFrom);
        }
        const bool stop = m_stop;
        m_due = m_now = false;
        lock.unlock();
        if (db)
            count(passiveCheckpoint(db));
        lock.lock();
        if (stop)
            break;
    }
    lock.unlock();
    sqlite3_close(db);
}

} // namespace rectrack
