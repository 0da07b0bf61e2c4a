#include "walcheckpointer.h"

#include "batchedwalvfs.h"
#include "logging.h"

#include <sqlite3.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace syncscope::detail {

WalCheckpointer &WalCheckpointer::instance()
{
    // Never destroyed (see the class); its thread ends with the process. A checkpoint cut short
    // by the process's end is one SQLite recovers from as from a killed process.
    static auto *checkpointer = new WalCheckpointer;
    return *checkpointer;
}

void WalCheckpointer::request(const QByteArray &path)
{
    enqueue(m_queue, m_requested, path);
}

void WalCheckpointer::requestWriteback(const QByteArray &path)
{
    enqueue(m_writebacks, m_writebacksRequested, path);
}

void WalCheckpointer::enqueue(QList<QByteArray> &queue, std::atomic<quint64> &count,
                              const QByteArray &path)
{
    {
        std::lock_guard lock(m_mutex);
        // A writeback is not needed while a checkpoint of the file waits: its sync writes the WAL.
        if (queue.contains(path) || (&queue == &m_writebacks && m_queue.contains(path)))
            return;
        queue.append(path);
        count.fetch_add(1);
        if (!m_thread.joinable())
            m_thread = std::thread([this] { run(); });
    }
    m_wake.notify_one();
}

void WalCheckpointer::forget(const QByteArray &path)
{
    std::unique_lock lock(m_mutex);
    m_queue.removeAll(path);
    m_writebacks.removeAll(path);
    m_done.wait(lock, [&] { return m_running != path; });
}

void WalCheckpointer::setPausedForTesting(bool paused)
{
    {
        std::lock_guard lock(m_mutex);
        m_paused = paused;
    }
    m_wake.notify_one();
}

void WalCheckpointer::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock,
                    [this] { return !m_paused && !(m_queue.isEmpty() && m_writebacks.isEmpty()); });
        const bool copy = !m_queue.isEmpty();
        m_running = copy ? m_queue.takeFirst() : m_writebacks.takeFirst();
        if (copy)
            m_writebacks.removeAll(m_running); // the checkpoint syncs the WAL first
        const QByteArray path = m_running;
        lock.unlock();
        if (copy)
            checkpoint(path);
        else
            startWriteback(path);
        lock.lock();
        m_running.clear();
        if (copy)
            m_completed.fetch_add(1);
        m_done.notify_all();
    }
}

void WalCheckpointer::checkpoint(const QByteArray &path)
{
    // Read-write but never created: a file deleted since the request stays deleted. Through
    // the store's VFS, which writes the copied pages in few large writes.
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.constData(), &db, SQLITE_OPEN_READWRITE, batchedWalVfsName()) !=
        SQLITE_OK) {
        qCDebug(lcStore) << "cannot open" << path
                         << "for a checkpoint:" << (db ? sqlite3_errmsg(db) : "out of memory");
        sqlite3_close(db);
        return;
    }
    // Only the checkpoint asked for: should this be the file's last connection (its store was
    // closed for the open-file budget meanwhile), its close leaves the WAL as the store's did.
    sqlite3_db_config(db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
    // Whatever SQLite was built to default to: the WAL is synced before its frames are copied,
    // the file before the WAL may start again over them.
    sqlite3_exec(db, "PRAGMA synchronous = FULL", nullptr, nullptr, nullptr);
    int walFrames = 0;
    int copiedFrames = 0;
    const int result =
        sqlite3_wal_checkpoint_v2(db, "main", SQLITE_CHECKPOINT_PASSIVE, &walFrames, &copiedFrames);
    if (result != SQLITE_OK)
        qCDebug(lcStore) << "checkpoint of" << path << "failed:" << sqlite3_errmsg(db);
    sqlite3_close(db);
}

void WalCheckpointer::startWriteback(const QByteArray &path)
{
    // A descriptor of its own, by name: SQLite locks no byte of a WAL (its locks are on the
    // database file and the -shm), so closing it drops none of them, and a WAL removed since
    // the request is simply not found. SYNC_FILE_RANGE_WRITE only starts the writes of the
    // pages written so far, on this thread: the store's thread goes on receiving, and a later
    // fdatasync() waits for those already under way instead of issuing them.
    const QByteArray wal = path + "-wal";
    const int fd = ::open(wal.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return;
    if (::sync_file_range(fd, 0, 0, SYNC_FILE_RANGE_WRITE) != 0)
        qCDebug(lcStore) << "cannot start writing the WAL of" << path
                         << "to the disk:" << strerror(errno);
    ::close(fd);
}

} // namespace syncscope::detail
