#include "LedgerExport.h"

#include "storage/HistoryAnchor.h"

#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>

namespace rectrack {

namespace {

// Chunks of rows from the reading thread to the writing one. Bounded, so a slow writer holds
// back the reader instead of letting the table pile up in memory.
class ChunkQueue {
public:
    static constexpr size_t Capacity = 4;

    // False once the writer gave up: the reader stops.
    bool push(QList<QVariantList>&& chunk) {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_chunks.size() < Capacity || m_abandoned; });
        if (m_abandoned)
            return false;
        m_chunks.push_back(std::move(chunk));
        m_changed.notify_all();
        return true;
    }
    // The next chunk; nullopt once the reader is done and everything was taken.
    std::optional<QList<QVariantList>> pop() {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_chunks.empty() || m_closed; });
        if (m_chunks.empty())
            return std::nullopt;
        QList<QVariantList> chunk = std::move(m_chunks.front());
        m_chunks.pop_front();
        m_changed.notify_all();
        return chunk;
    }
    void close() { // no more chunks will come
        const std::lock_guard lock(m_mutex);
        m_closed = true;
        m_changed.notify_all();
    }
    void abandon() { // the writer takes no more
        const std::lock_guard lock(m_mutex);
        m_abandoned = true;
        m_chunks.clear();
        m_changed.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QList<QVariantList>> m_chunks;
    bool m_closed = false;
    bool m_abandoned = false;
};

std::optional<int> exportXlsx(const LedgerViews& views, LedgerKind kind, const LedgerFilter& filter,
                              const QString& path, const std::function<bool(int, int)>& progress) {
    const Table shape = ledgerTableShape(kind);
    XlsxTableWriter writer(path, shape.title, shape.columns, historyHead(views.connection()).text());
    ChunkQueue queue;
    std::exception_ptr writeFailure;
    std::thread writing([&] {
        try {
            while (std::optional<QList<QVariantList>> chunk = queue.pop())
                writer.addRows(*chunk);
        } catch (...) {
            writeFailure = std::current_exception();
            queue.abandon();
        }
    });
    bool read = false;
    try {
        read = ledgerTableRows(
            views, kind, filter, [&queue](QList<QVariantList>&& chunk) { return queue.push(std::move(chunk)); },
            progress);
    } catch (...) {
        queue.abandon();
        writing.join();
        throw; // the writer is dropped unfinished: no file
    }
    if (!read)
        queue.abandon(); // cancelled (or the writer failed): drop what is still queued
    queue.close();
    writing.join();
    if (writeFailure)
        std::rethrow_exception(writeFailure);
    if (!read)
        return std::nullopt;
    writer.finish();
    return writer.rowCount();
}

} // namespace

std::optional<int> exportLedger(const LedgerViews& views, LedgerKind kind, const LedgerFilter& filter,
                                TableFormat format, const QString& path, const QString& subtitle,
                                const std::function<bool(int, int)>& progress) {
    if (format == TableFormat::Xlsx)
        return exportXlsx(views, kind, filter, path, progress);
    if (format == TableFormat::Csv || format == TableFormat::Docx) { // written in a moment once read
        const QString anchor = historyHead(views.connection()).text();
        std::optional<Table> table = ledgerTable(views, kind, filter, progress);
        if (!table)
            return std::nullopt;
        table->anchor = anchor;
        writeTable(*table, format, path, subtitle);
        return static_cast<int>(table->rows.size());
    }
    // The PDF takes longer to draw than to read: reading is the first half of the progress,
    // drawing the second, and a cancel is heard in both.
    const auto half = [&progress](int offset) {
        return [&progress, offset](int done, int total) { return !progress || progress(offset * total + done, 2 * total); };
    };
    const QString anchor = historyHead(views.connection()).text();
    std::optional<Table> table = ledgerTable(views, kind, filter, half(0));
    if (table)
        table->anchor = anchor;
    if (!table || !writePdf(*table, path, subtitle, half(1)))
        return std::nullopt;
    return static_cast<int>(table->rows.size());
}

} // namespace rectrack
