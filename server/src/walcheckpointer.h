#pragma once

#include <QString>
#include <QtGlobal>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

struct sqlite3;

namespace syncscope::server {

// Copies SQLite's write-ahead log back into the database file on a thread and connection of
// its own, so that the storage thread, which commits the uploads, goes on committing meanwhile.
// SQLite's automatic checkpoint ran inside the COMMIT that crossed its threshold: the storage
// thread read 64 MiB of WAL back, wrote it into the database file and fsync'ed it before it
// could report that commit or take the next group (four times for a 256 MiB upload), while the
// second core had nothing to do.
//
// Durability is the WAL's, unchanged: a commit is durable once its frames are synced (the
// writer's synchronous=FULL); a checkpoint copies only committed frames, syncs the database file
// (the checkpointer's connection is synchronous=FULL too) and only then may the WAL start over.
//
// The writer's commits decide when: every `backgroundFrames` new frames of WAL ask the thread
// for a pass (so a page that many commits rewrite is copied once per that many frames, as with
// the automatic checkpoint). The WAL starts over only at a transaction that finds all of it
// copied, and under a steady stream of commits no pass ever does: each copies what was there
// when it began while the writer appends. So the thread repeats its pass over what was
// appended meanwhile (less each time) until at most `finishFrames` are left, and the writer
// copies that remainder itself between two commits (finishBetweenCommits(), once the commit
// before has been reported), which lets the next transaction start the WAL over. Before, the
// rest waited for `inlineFrames`: at 10,000 uploads a second the writer copied half the WAL
// itself every ~1.3 s, 25-60 ms inside a commit whose uploads waited for it. From
// `inlineFrames` on the writer still copies the rest itself after a commit that finds no pass
// running (it never waits for one), which bounds the WAL's size.
class WalCheckpointer final
{
    Q_DISABLE_COPY_MOVE(WalCheckpointer)

public:
    struct Thresholds
    {
        // 64 MiB of 4 KiB pages, as SQLite's automatic checkpoint was set before. 256 MiB wrote
        // a large burst once while it arrived, but at 10,000 uploads a second the WAL reached
        // 512 MiB every few seconds and the group commit after each copy took 200-280 ms (the
        // server-scale ack p99 went from ~30 to 150-170 ms); at 64 MiB the copies take 10-20 ms.
        int backgroundFrames = 16384;
        int inlineFrames = 32768;
        // At most this much of a WAL that a background pass copied in part is left to the
        // writer: about one group commit at 10,000 uploads a second, 1-10 ms to copy and sync
        // on the bench's disk (1,024 frames took 15-23 ms; the thread's extra passes are
        // cheaper than the writer's wait).
        int finishFrames = 256;
    };
    struct Passes
    {
        int background = 0; // passes run on the checkpointer's thread
        int inlined = 0;    // passes the writer ran itself (the WAL reached inlineFrames)
        int finished = 0;   // remainders of a background copy the writer copied itself
    };

    WalCheckpointer() = default;
    ~WalCheckpointer();

    // Opens a connection of its own to `databasePath`, starts the thread and takes over the
    // automatic checkpoints of `writer` (its WAL hook). False with *error if it cannot.
    // vfs: the writer's VFS by name (nullptr: the default), so both see the log alike.
    bool start(sqlite3 *writer, const QString &databasePath, const char *vfs, Thresholds thresholds,
               QString *error);
    // Waits for a running pass, ends the thread and closes its connection; the writer's
    // connection checkpoints on its own again. Call before closing the writer's connection.
    void stop();
    Passes passes() const;
    // On the writer's thread, outside a transaction: copies what a background pass left of the
    // WAL if that is at most finishFrames, so that the next commit starts the WAL over. True
    // if it did.
    bool finishBetweenCommits();

    // The WAL hook start() installs on the writer (`self` is this checkpointer), for a hook
    // that takes the writer's commits first and hands them on (WalReserve).
    static int walHook(void *self, sqlite3 *db, const char *schema, int frames);

private:
    void committed(sqlite3 *db, const char *schema, int frames);
    // A passive checkpoint on the writer's connection, right after one of its commits.
    void copyOnWriter(sqlite3 *db, const char *schema, int frames, const char *why);
    void run();

    sqlite3 *m_writer = nullptr;
    sqlite3 *m_connection = nullptr;
    Thresholds m_thresholds;
    // The writer's thread only: WAL frames when the last pass was asked for (0 after the WAL
    // started over) and after the last commit.
    int m_requestedAt = 0;
    int m_lastFrames = 0;
    // The WAL's length after the writer's last commit, for the thread's catch-up passes.
    std::atomic<int> m_walFrames = 0;

    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_requested = false;
    bool m_running = false; // a pass is under way
    // Counts the WAL's fresh starts, so that a pass that began before one does not report
    // frames of the old WAL as copied.
    quint64 m_generation = 0;
    // Frames of the current WAL the last finished background pass left copied, until the
    // writer acts on them (0: none), and the most any pass copied of it.
    int m_copied = 0;
    int m_passCopied = 0;
    bool m_stopping = false;
    Passes m_passes;
    std::thread m_thread;
};

} // namespace syncscope::server
