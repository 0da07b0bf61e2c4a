#pragma once

#include <QtGlobal>

namespace syncscope::server {

// A SQLite VFS over the platform's own that gathers the writes into a write-ahead log until the
// next sync (or read, size, truncate, close) and hands them to the file system as one write.
// SQLite writes a commit's frames one at a time, each as two writes (its 24-byte header and
// the page), so a group commit of a few hundred uploads made ~700 pwrite calls before its one
// fdatasync, and their per-call cost (system call, the inode's lock, the file's times) was a
// sizeable share of the storage thread (docs/performance.md). They go out in 64 KiB pieces
// (the platform writes less than 128 KiB a call), ~16 frames a write. Every other file, and every
// other operation on a log, goes straight to the platform's VFS.
//
// Durability is unchanged: SQLite syncs the log before a commit returns (synchronous=FULL), and
// the sync first writes what was gathered; a reader of the log (another connection) learns of
// frames only from the WAL index, which SQLite updates after that sync. Reads of the log on
// the same handle write what was gathered first, so they see every frame written.
//
// A checkpoint's copy-back goes through it too (every connection of the process opens its files
// with it): the pages it writes into a database file go out ~120 KiB a write, and the log's
// pages it reads come from reads of that size (see walwritegathering.cpp).
class WalWriteGathering final
{
public:
    // Registers the VFS, once; later calls do nothing. Not as the process's default: it is
    // correct only for connections that sync the log at every commit (synchronous=FULL), as the
    // server's storage does. A process that embeds the server also has the client's local files,
    // whose downloads commit without a sync while another connection checkpoints them: through
    // this VFS their frames were still gathered when that connection read them. Returns the
    // name to open a connection with (URI parameter vfs=, or sqlite3_open_v2's zVfs), nullptr
    // if SQLite has no default VFS to wrap.
    static const char *install();

    // For tests: writes of logs that reached the platform's VFS, and writes SQLite made to them.
    struct Counts
    {
        qint64 platformWrites = 0;
        qint64 sqliteWrites = 0;
    };
    static Counts counts();

    // For tests: a checkpoint's copy-back. SQLite's writes to database files and those that
    // reached the platform's VFS; SQLite's reads of a log inside a checkpoint, and those that
    // reached the platform's VFS with the bytes they read.
    struct CopyBackCounts
    {
        qint64 databaseWrites = 0;
        qint64 platformDatabaseWrites = 0;
        qint64 checkpointLogReads = 0;
        qint64 platformCheckpointLogReads = 0;
        qint64 platformCheckpointLogBytes = 0;
    };
    static CopyBackCounts copyBackCounts();

    // Called when the last collected write of a checkpoint's copy-back fails, after SQLite has
    // counted its pages as copied (the file and SQLite's error code). The default stops the
    // process at once (qFatal), as a kill would: the log still holds the pages and the next
    // start copies them again, where going on could let a reader take pages that were never
    // written. Tests put their own in (nullptr: the default again); returns the one before.
    using LostCopyHandler = void (*)(const char *path, int error);
    static LostCopyHandler setLostCopyHandler(LostCopyHandler handler);

    // While one exists on a thread, that thread's reads of database and log pages come from
    // reads of ~120 KiB ahead: one system call for ~30 consecutive pages instead of one each,
    // for a reader that walks a large value's overflow pages (a DOWNLOAD's changesets). Only
    // around reads inside one read transaction: the pages a reader takes from a file cannot
    // change before that transaction ends (SQLite's locks), but may after; what was read ahead
    // is dropped when the last one ends and on any write, truncation or close of the file.
    class SequentialReads final
    {
        Q_DISABLE_COPY_MOVE(SequentialReads)

    public:
        SequentialReads();
        ~SequentialReads();
    };
    // For tests: SQLite's page reads inside SequentialReads and those that reached the
    // platform's VFS.
    struct SequentialReadCounts
    {
        qint64 reads = 0;
        qint64 platformReads = 0;
    };
    static SequentialReadCounts sequentialReadCounts();
};

} // namespace syncscope::server
