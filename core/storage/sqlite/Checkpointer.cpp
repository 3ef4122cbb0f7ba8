#include "Checkpointer.h"

#include <QByteArray>
#include <QFile>
#include <sqlite3.h>

#include <algorithm>

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

int Checkpointer::logPages() const {
    const std::lock_guard lock(m_mutex);
    return m_walPages;
}

int Checkpointer::largestWriterCopy() const {
    const std::lock_guard lock(m_mutex);
    return m_largestWriterCopy;
}

bool Checkpointer::checkpoint(sqlite3* db, bool byWriter) {
    int logged = 0;
    int copied = 0; // in all, this log's pages copied by earlier checkpoints included
    const bool done =
        sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_PASSIVE, &logged, &copied) == SQLITE_OK;
    const std::lock_guard lock(m_mutex);
    if (done) {
        ++m_done;
        if (byWriter)
            m_largestWriterCopy = std::max(m_largestWriterCopy, copied - std::min(copied, m_backfilled));
        m_backfilled = copied;
    }
    return done;
}

int Checkpointer::onCommit(void* self, sqlite3* db, const char*, int walPages) {
    auto* me = static_cast<Checkpointer*>(self);
    bool wake = false;
    bool itself = false;
    {
        const std::lock_guard lock(me->m_mutex);
        me->m_lastCommit = std::chrono::steady_clock::now();
        if (walPages < me->m_walPages) // the log started again
            me->m_backfilled = 0;
        me->m_walPages = walPages;
        wake = walPages >= ThresholdPages && !me->m_due;
        me->m_due = me->m_due || walPages >= ThresholdPages;
        if (walPages < ForcePages) {
            me->m_writerCheckpointAt = ForcePages;
            me->m_copyAsked = me->m_copyDone = false;
        } else if (walPages >= me->m_writerCheckpointAt) {
            if (!me->m_copyAsked) { // the thread copies the long log now, while the writing goes on
                wake = me->m_now = me->m_copyAsked = true;
                ++me->m_copyRequest;
            } else if (me->m_copyDone) {
                // What was written during that copy is left; copying it lets the log restart.
                // Not again before another ThresholdPages: a reader of an old snapshot may keep
                // the log from being copied whole for a while.
                itself = true;
                me->m_copyAsked = me->m_copyDone = false;
                me->m_writerCheckpointAt = walPages + ThresholdPages;
            }
        }
    }
    if (wake)
        me->m_wake.notify_one();
    if (itself) // after the commit, on the writer's own connection, as SQLite's default hook does
        me->checkpoint(db, true);
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
        const bool asked = m_copyAsked;
        const int request = m_copyRequest;
        m_due = m_now = false;
        lock.unlock();
        if (db)
            checkpoint(db, false);
        lock.lock();
        if (asked && m_copyAsked && request == m_copyRequest)
            m_copyDone = true; // the writer may finish (all of it, when this thread has no connection)
        if (stop)
            break;
    }
    lock.unlock();
    sqlite3_close(db);
}

} // namespace rectrack
