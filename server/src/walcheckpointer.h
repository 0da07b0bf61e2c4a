#pragma once

#include <QString>
#include <QtGlobal>

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
// the automatic checkpoint). The WAL starts over once a pass has copied everything before a
// commit; while commits keep coming faster than the passes copy, it grows, and from
// `inlineFrames` on the writer copies the rest itself after a commit that finds no pass running
// (it never waits for one), which bounds the WAL's size.
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
    };
    struct Passes
    {
        int background = 0; // passes run on the checkpointer's thread
        int inlined = 0;    // passes the writer ran itself (the WAL reached inlineFrames)
    };

    WalCheckpointer() = default;
    ~WalCheckpointer();

    // Opens a connection of its own to `databasePath`, starts the thread and takes over the
    // automatic checkpoints of `writer` (its WAL hook). False with *error if it cannot.
    bool start(sqlite3 *writer, const QString &databasePath, Thresholds thresholds, QString *error);
    // Waits for a running pass, ends the thread and closes its connection; the writer's
    // connection checkpoints on its own again. Call before closing the writer's connection.
    void stop();
    Passes passes() const;

    // The WAL hook start() installs on the writer (`self` is this checkpointer), for a hook
    // that takes the writer's commits first and hands them on (WalReserve).
    static int walHook(void *self, sqlite3 *db, const char *schema, int frames);

private:
    void committed(sqlite3 *db, const char *schema, int frames);
    void run();

    sqlite3 *m_writer = nullptr;
    sqlite3 *m_connection = nullptr;
    Thresholds m_thresholds;
    // The writer's thread only: WAL frames when the last pass was asked for (0 after the WAL
    // started over) and after the last commit.
    int m_requestedAt = 0;
    int m_lastFrames = 0;

    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_requested = false;
    bool m_running = false; // a pass is under way
    bool m_stopping = false;
    Passes m_passes;
    std::thread m_thread;
};

} // namespace syncscope::server
