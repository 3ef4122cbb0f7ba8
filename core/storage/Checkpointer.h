#pragma once
// Copies committed pages from the write-ahead log back into the database file on a thread
// of its own, so that no edit waits for it.
//
// SQLite's automatic checkpoint runs inside the commit that crosses its threshold: one edit
// in about sixty then paid for writing a thousand pages back and syncing the file (p99 of a
// single edit: 6–9 ms at 100,000 findings instead of under 1 ms). The writing connection
// tells this thread when the log has grown past the threshold; a passive checkpoint never
// blocks a writer or a reader.

#include <QString>
#include <condition_variable>
#include <mutex>
#include <thread>

struct sqlite3;

namespace rectrack {

class Checkpointer {
public:
    static constexpr int ThresholdPages = 1000; // SQLite's own default

    // Takes over the checkpoints of `writer` (an open connection to `path`).
    Checkpointer(sqlite3* writer, const QString& path);
    ~Checkpointer(); // a last checkpoint, then the thread ends
    Checkpointer(const Checkpointer&) = delete;
    Checkpointer& operator=(const Checkpointer&) = delete;

    int checkpointsDone() const;

private:
    static int onCommit(void* self, sqlite3* db, const char* schema, int walPages);
    void run();

    sqlite3* m_writer;
    QString m_path;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_due = false;
    bool m_stop = false;
    int m_done = 0;
    std::thread m_thread;
};

} // namespace rectrack
