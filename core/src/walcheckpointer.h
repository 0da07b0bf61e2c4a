#pragma once

#include <QByteArray>
#include <QList>
#include <QtGlobal>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace syncscope::detail {

// Copies the WAL of local files into the files themselves (SQLite's checkpoint) on a thread of
// its own, so that the thread that owns a store only appends to the WAL. SQLite's automatic
// checkpoint ran inside the COMMIT that crossed its threshold: on a bulk download it was more
// than half of the client's time in the store (every byte read back from the WAL and written
// again, with two syncs), and nothing else ran on that thread meanwhile. Here it overlaps with
// the next DOWNLOADs, on the machine's other core.
//
// Each checkpoint opens a connection of its own to the file (SQLite coordinates it with the
// store's connection through the WAL index, as for two processes), runs a PASSIVE checkpoint,
// which never blocks the store's writes, and closes it again without a checkpoint of its own:
// it holds no descriptor between checkpoints. Its connection keeps SQLite's default
// synchronous=FULL, so each checkpoint syncs the WAL before it copies and the file after:
// frames become part of the file only once they are on the disk, as with the automatic
// checkpoint.
//
// Process-wide and never destroyed, like LocalFileBudget: a store owned by a static object may
// go away after every function-local static of this library is gone.
class WalCheckpointer final
{
    Q_DISABLE_COPY_MOVE(WalCheckpointer)

public:
    static WalCheckpointer &instance();

    // Checkpoints the file at `path` (its native encoding) soon: once, however often it is asked
    // before its turn comes.
    void request(const QByteArray &path);
    // Starts writing the WAL of the file at `path` to the disk, without waiting for it and
    // without a checkpoint: for a download that streams with no checkpoint (LocalStore), so
    // that a durable write in the middle of it, which syncs the whole WAL, finds little of it
    // left to write. Once, however often it is asked before its turn; skipped when a
    // checkpoint of the file waits (its sync writes the WAL anyway).
    void requestWriteback(const QByteArray &path);
    // When this returns, no checkpoint or writeback of `path` runs or waits: for a store that goes
    // away and closes its connection with a checkpoint of its own, which must then be the last one.
    void forget(const QByteArray &path);

    // Checkpoints run to their end so far (whatever their result). For tests.
    quint64 completedCount() const { return m_completed.load(); }
    // Requests taken so far (a request for a file already waiting counts once). For tests.
    quint64 requestedCount() const { return m_requested.load(); }
    // Writebacks asked for so far (requestWriteback(), counted as requestedCount()). For tests.
    quint64 writebackRequestedCount() const { return m_writebacksRequested.load(); }
    // Holds requests back while paused (a slow disk, for tests). For tests.
    void setPausedForTesting(bool paused);

private:
    WalCheckpointer() = default;
    // Appends `path` to `queue` unless it waits there already, and wakes the thread.
    void enqueue(QList<QByteArray> &queue, std::atomic<quint64> &count, const QByteArray &path);
    void run();
    static void checkpoint(const QByteArray &path);
    static void startWriteback(const QByteArray &path);

    std::mutex m_mutex;
    std::condition_variable m_wake; // a request, or unpaused
    std::condition_variable m_done; // a checkpoint ended
    QList<QByteArray> m_queue;
    QList<QByteArray> m_writebacks; // taken after every checkpoint waiting
    QByteArray m_running;           // the file checkpointed or written back now (empty: none)
    bool m_paused = false;
    std::thread m_thread; // started with the first request
    std::atomic<quint64> m_completed{0};
    std::atomic<quint64> m_requested{0};
    std::atomic<quint64> m_writebacksRequested{0};
};

} // namespace syncscope::detail
