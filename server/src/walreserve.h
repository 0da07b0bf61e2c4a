#pragma once

#include <QString>
#include <QtGlobal>

struct sqlite3;

namespace syncscope::server {

// Keeps blocks that are already written and synced ahead of where SQLite appends to a
// database's write-ahead log, so that a commit's fdatasync only rewrites blocks the file has.
// A commit that grows the file must also commit the file system's journal (the new size and
// blocks), which on ext4 waits for the journal of every other writer on the disk too: on the
// bench's machine, 0.4-0.5 ms against 0.15-0.23 ms for a commit into blocks the file already
// had, and a far shorter tail. A long-running server reaches that state by itself once its
// log has grown to its limit (journal_size_limit; SQLite reuses it from the start after each
// checkpoint); after every start, the log is new and every commit grew it.
//
// Safe for SQLite: it reads a log only as far as its frames are valid (their salts match the
// header's and their checksums chain), and a frame of zeros is not; a log it restarts is
// overwritten from the start as before. SQLite deletes the log on a clean close, reserve
// included. Used only on the connection's own thread, between commits.
class WalReserve final
{
    Q_DISABLE_COPY_MOVE(WalReserve)

public:
    // Takes over `db`'s WAL hook to learn where each commit ended, and with it SQLite's
    // automatic checkpoint at `checkpointFrames` (what PRAGMA wal_autocheckpoint sets, done
    // the same way: a passive checkpoint after the commit that reached it). The reserve never
    // grows the log beyond `limitBytes` (journal_size_limit).
    WalReserve(sqlite3 *db, int checkpointFrames, qint64 limitBytes,
               qint64 chunkBytes = kDefaultChunkBytes);
    ~WalReserve(); // gives the hook back (to forwardCommitsTo()'s, or SQLite's checkpoint)

    // Hands every commit on to `hook` (a WAL hook: WalCheckpointer's) instead of doing the
    // automatic checkpoint itself; a connection has one WAL hook, and both need the commits.
    using WalHook = int (*)(void *, sqlite3 *, const char *, int);
    void forwardCommitsTo(WalHook hook, void *argument);

    static constexpr qint64 kDefaultChunkBytes = 1024 * 1024;

    // Between commits: if less than a chunk is reserved past the last commit's end, extends
    // the log with zeros to two chunks past it and syncs them. False (and *error) if that
    // failed; the log is then as SQLite left it plus what was written, which SQLite ignores.
    bool topUp(QString *error);

    // Where the last commit's frames end in the log, in bytes (0 before the first commit).
    qint64 committedEnd() const { return m_committedEnd; }

private:
    static int committed(void *self, sqlite3 *db, const char *schema, int frames);

    sqlite3 *m_db;
    int m_checkpointFrames;
    qint64 m_limitBytes;
    qint64 m_chunkBytes;
    qint64 m_frameBytes = 0;
    qint64 m_committedEnd = 0;
    WalHook m_next = nullptr;
    void *m_nextArgument = nullptr;
};

} // namespace syncscope::server
