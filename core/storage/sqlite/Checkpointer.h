#pragma once
// Copies committed pages from the write-ahead log back into the database file, at a moment
// when no edit waits for it.
//
// SQLite's automatic checkpoint runs inside the commit that crosses its threshold: one edit
// in about sixty then paid for writing a thousand pages back and syncing the file (p99 of a
// single edit: 6–9 ms at 100,000 findings instead of under 1 ms). Here the writing
// connection only notes each commit, and a thread of its own runs a passive checkpoint
// (which never blocks a writer or a reader) once the log is past ThresholdPages and the
// writing has paused for IdleTime. Even off the commit path a checkpoint slows the commits
// that sync the log at the same moment, and people editing by hand always leave such pauses.
//
// A log that has caught up restarts from its beginning at the next write, but only if no
// write began in between, so under back-to-back writes (a script, the benchmark) the thread
// never gets its pause and a checkpoint from it would never let the log restart. Past
// ForcePages the thread therefore copies the log at once, pause or not, while the writing
// goes on; then the writer's next small commit checkpoints on its own connection, which only
// has the pages written meanwhile left to copy, and lets the log restart. No commit pays for
// copying the whole log (largestWriterCopy() tells), and the log stays bounded. A large commit
// (a bulk edit, an import) works the same way.

#include <QString>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

struct sqlite3;

namespace rectrack {

class Checkpointer {
public:
    static constexpr int ThresholdPages = 1000; // SQLite's own default: a checkpoint is due
    static constexpr int ForcePages = 10000;    // about 40 MB of log: the writer does it
    static constexpr std::chrono::milliseconds IdleTime{250};

    // Takes over the checkpoints of `writer` (an open connection to `path`).
    Checkpointer(sqlite3* writer, const QString& path);
    ~Checkpointer(); // a last checkpoint, then the thread ends
    Checkpointer(const Checkpointer&) = delete;
    Checkpointer& operator=(const Checkpointer&) = delete;

    int checkpointsDone() const;
    int logPages() const; // in the log after the last commit (it starts again after a checkpoint)
    // The most pages one checkpoint on the writer's connection has copied: what a commit paid.
    int largestWriterCopy() const;

private:
    static int onCommit(void* self, sqlite3* db, const char* schema, int walPages);
    void run();
    bool checkpoint(sqlite3* db, bool byWriter);

    sqlite3* m_writer;
    QString m_path;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_due = false;
    bool m_now = false; // no waiting for a pause
    bool m_copyAsked = false; // the log is long: the thread copies it before the writer finishes
    bool m_copyDone = false;
    int m_copyRequest = 0;    // which request: a copy made for an earlier one does not answer it
    bool m_stop = false;
    int m_walPages = 0;
    int m_done = 0;
    int m_backfilled = 0; // log pages already copied, as the last checkpoint reported
    int m_largestWriterCopy = 0;
    int m_writerCheckpointAt = ForcePages; // log length at which the writer next tries itself
    std::chrono::steady_clock::time_point m_lastCommit;
    std::thread m_thread;
};

} // namespace rectrack
