#include "walwritegathering.h"

#include <sqlite3.h>

#include <QtGlobal>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <memory>
#include <mutex>
#include <optional>
#include <utility>
#include <vector>

namespace syncscope::server {

namespace {

// A commit of a few thousand uploads writes a few MiB of frames; beyond this the gathered
// bytes are written and gathering starts again.
constexpr std::size_t kGatherBytes = 4 * 1024 * 1024;

sqlite3_vfs *g_platform = nullptr;

// What happens when the copy-back's last collected write fails (see databaseFileControl()).
[[noreturn]] void stopOnALostCopy(const char *path, int error)
{
    qFatal("syncscope-server: writing the log's pages into %s failed (%s) after SQLite had counted "
           "them as copied; stopping, as a kill would, so that no reader takes those pages from "
           "the file: the log still holds them, and the next start copies them again",
           path ? path : "the database", sqlite3_errstr(error));
}
std::atomic<WalWriteGathering::LostCopyHandler> g_lostCopy = &stopOnALostCopy;
sqlite3_vfs g_vfs;
sqlite3_io_methods g_logMethods;
std::atomic<qint64> g_platformWrites = 0;
std::atomic<qint64> g_sqliteWrites = 0;

// What the VFS allocates for every file it opens: the platform's file object right behind our
// header (szOsFile covers both).
struct GatheringFile
{
    sqlite3_file base;      // pMethods: g_logMethods for a log, else the platform's methods
    sqlite3_file *platform; // the platform's file object, within this allocation
    std::vector<char> *gathered;
    sqlite3_int64 gatheredAt;  // file offset of gathered[0]
    struct CopyBack *copyBack; // a database file's checkpoint state (see below), else nullptr
};

sqlite3_file *platformFile(sqlite3_file *file)
{
    return reinterpret_cast<GatheringFile *>(file)->platform;
}

// The platform's VFS writes less than 128 KiB a call (the Unix one masks the length with
// 0x1ffff), so what was gathered goes out in pieces of this size: still ~16 frames a write.
constexpr std::size_t kPieceBytes = 64 * 1024;

int writePieces(sqlite3_file *platform, const char *data, std::size_t size, sqlite3_int64 offset)
{
    // Last piece first: a log that grows (the reserve's zeros) takes its new size at once, as
    // with one write, instead of being seen half extended.
    const std::size_t pieces = (size + kPieceBytes - 1) / kPieceBytes;
    for (std::size_t i = pieces; i-- > 0;) {
        const std::size_t start = i * kPieceBytes;
        const std::size_t piece = std::min(kPieceBytes, size - start);
        g_platformWrites.fetch_add(1, std::memory_order_relaxed);
        const int written = platform->pMethods->xWrite(platform, data + start, int(piece),
                                                       offset + sqlite3_int64(start));
        if (written != SQLITE_OK)
            return written;
    }
    return SQLITE_OK;
}

int writeGathered(GatheringFile *file)
{
    if (file->gathered->empty())
        return SQLITE_OK;
    const int result = writePieces(file->platform, file->gathered->data(), file->gathered->size(),
                                   file->gatheredAt);
    file->gathered->clear();
    return result;
}

// --- The checkpoint's reads of the log -------------------------------------------------------
//
// A checkpoint (SQLite's copy-back of the log into the database file) reads the log one page
// per read, in the order of the pages, mostly frames in a row. Between SQLITE_FCNTL_CKPT_START
// and SQLITE_FCNTL_CKPT_DONE on a database file (see the copy-back below), the log's reads on
// that thread are served from one read ahead of kCopyBackBytes instead. The frames a checkpoint
// copies are committed and stay as they are until it ends (SQLite's locks), and the bytes read
// ahead serve that checkpoint only: they are dropped when it ends and on any write, truncation
// or close of that log.
//
// Only where the frames come in a row: a miss reads ahead only if it starts where the previous
// read of the log ended, give or take a frame header; any other is read as asked. Under many
// small uploads to many realms a checkpoint copies the last frame of each page, scattered over
// the log, and reading 120 KiB for each of them made the checkpoint thread read ~30 times the
// bytes it copied (most of its CPU, docs/performance.md). A run of frames still costs one read
// more than before: its first.

// Below 128 KiB: the platform's VFS reads and writes less than that a call.
constexpr int kCopyBackBytes = 120 * 1024;
static_assert(kCopyBackBytes < 0x20000);

std::atomic<qint64> g_databaseWrites = 0;
std::atomic<qint64> g_platformDatabaseWrites = 0;
std::atomic<qint64> g_checkpointLogReads = 0;
std::atomic<qint64> g_platformCheckpointLogReads = 0;
std::atomic<qint64> g_platformCheckpointLogBytes = 0;

struct LogReadAhead
{
    bool checkpointing = false;  // between CKPT_START and CKPT_DONE of a database on this thread
    sqlite3_file *log = nullptr; // the log whose bytes `bytes` holds, or nullptr
    sqlite3_int64 start = 0;     // the log's offset of bytes[0]
    std::vector<char> bytes;
    sqlite3_file *lastLog = nullptr; // the log of the previous read, and where that read ended
    sqlite3_int64 lastEnd = 0;
};

// A frame's header (24 bytes) lies between one frame's page and the next.
constexpr sqlite3_int64 kFrameGapBytes = 64;

LogReadAhead &threadReadAhead()
{
    thread_local LogReadAhead readAhead;
    return readAhead;
}

bool checkpointingOnThisThread()
{
    return threadReadAhead().checkpointing;
}

void setCheckpointingOnThisThread(bool checkpointing)
{
    LogReadAhead &readAhead = threadReadAhead();
    readAhead.checkpointing = checkpointing;
    readAhead.log = nullptr;
    readAhead.bytes.clear();
    readAhead.lastLog = nullptr;
}

void forgetReadAhead(sqlite3_file *log)
{
    LogReadAhead &readAhead = threadReadAhead();
    if (readAhead.log == log) {
        readAhead.log = nullptr;
        readAhead.bytes.clear();
    }
    if (readAhead.lastLog == log)
        readAhead.lastLog = nullptr;
}

int readDuringCheckpoint(sqlite3_file *log, void *buffer, int amount, sqlite3_int64 offset)
{
    sqlite3_file *platform = platformFile(log);
    LogReadAhead &readAhead = threadReadAhead();
    g_checkpointLogReads.fetch_add(1, std::memory_order_relaxed);
    const auto holds = [&] {
        return readAhead.log == log && offset >= readAhead.start &&
               offset + amount <= readAhead.start + sqlite3_int64(readAhead.bytes.size());
    };
    const bool inARow = readAhead.lastLog == log && offset >= readAhead.lastEnd &&
                        offset - readAhead.lastEnd <= kFrameGapBytes;
    readAhead.lastLog = log;
    readAhead.lastEnd = offset + amount;
    if (!holds() && inARow && amount < kCopyBackBytes) {
        // Never past the log's end: the platform's VFS takes that as a short read.
        readAhead.log = nullptr;
        sqlite3_int64 size = 0;
        if (platform->pMethods->xFileSize(platform, &size) == SQLITE_OK &&
            offset + amount <= size) {
            readAhead.bytes.resize(
                std::size_t(std::min<sqlite3_int64>(kCopyBackBytes, size - offset)));
            g_platformCheckpointLogReads.fetch_add(1, std::memory_order_relaxed);
            g_platformCheckpointLogBytes.fetch_add(qint64(readAhead.bytes.size()),
                                                   std::memory_order_relaxed);
            if (platform->pMethods->xRead(platform, readAhead.bytes.data(),
                                          int(readAhead.bytes.size()), offset) == SQLITE_OK) {
                readAhead.log = log;
                readAhead.start = offset;
            }
        }
    }
    if (holds()) {
        std::memcpy(buffer, readAhead.bytes.data() + (offset - readAhead.start),
                    std::size_t(amount));
        return SQLITE_OK;
    }
    g_platformCheckpointLogReads.fetch_add(1, std::memory_order_relaxed);
    g_platformCheckpointLogBytes.fetch_add(amount, std::memory_order_relaxed);
    return platform->pMethods->xRead(platform, buffer, amount, offset);
}

// WalWriteGathering::SequentialReads: one file's bytes read ahead on this thread.
struct SequentialReadAhead
{
    int scopes = 0;               // SequentialReads alive on this thread
    sqlite3_file *file = nullptr; // the file whose bytes `bytes` holds, or nullptr
    sqlite3_int64 start = 0;      // the file's offset of bytes[0]
    int length = 0;               // bytes held
    // Allocated at the first use and kept for the thread (the storage thread's 120 KiB), not
    // allocated and zeroed again for every read.
    std::unique_ptr<char[]> bytes;
};

std::atomic<qint64> g_sequentialReads = 0;
std::atomic<qint64> g_platformSequentialReads = 0;

SequentialReadAhead &threadSequentialReads()
{
    thread_local SequentialReadAhead readAhead;
    return readAhead;
}

void forgetSequentialReads(sqlite3_file *file)
{
    SequentialReadAhead &ahead = threadSequentialReads();
    if (ahead.file == file)
        ahead.file = nullptr;
}

// A page read inside SequentialReads, from the bytes read ahead (refilled from this offset on
// when they do not hold it); nullopt outside one (the caller reads as usual).
std::optional<int> readSequentially(sqlite3_file *f, void *buffer, int amount, sqlite3_int64 offset)
{
    SequentialReadAhead &ahead = threadSequentialReads();
    if (ahead.scopes == 0)
        return std::nullopt;
    sqlite3_file *platform = platformFile(f);
    g_sequentialReads.fetch_add(1, std::memory_order_relaxed);
    const auto holds = [&] {
        return ahead.file == f && offset >= ahead.start &&
               offset + amount <= ahead.start + sqlite3_int64(ahead.length);
    };
    if (!holds() && amount < kCopyBackBytes) {
        // Never past the file's end: the platform's VFS takes that as a short read.
        ahead.file = nullptr;
        sqlite3_int64 size = 0;
        if (platform->pMethods->xFileSize(platform, &size) == SQLITE_OK &&
            offset + amount <= size) {
            if (!ahead.bytes)
                ahead.bytes = std::make_unique_for_overwrite<char[]>(kCopyBackBytes);
            ahead.length = int(std::min<sqlite3_int64>(kCopyBackBytes, size - offset));
            g_platformSequentialReads.fetch_add(1, std::memory_order_relaxed);
            if (platform->pMethods->xRead(platform, ahead.bytes.get(), ahead.length, offset) ==
                SQLITE_OK) {
                ahead.file = f;
                ahead.start = offset;
            }
        }
    }
    if (holds()) {
        std::memcpy(buffer, ahead.bytes.get() + (offset - ahead.start), std::size_t(amount));
        return SQLITE_OK;
    }
    g_platformSequentialReads.fetch_add(1, std::memory_order_relaxed);
    return platform->pMethods->xRead(platform, buffer, amount, offset);
}

int logClose(sqlite3_file *f)
{
    auto *file = reinterpret_cast<GatheringFile *>(f);
    forgetReadAhead(f);
    forgetSequentialReads(f);
    const int written = writeGathered(file);
    delete file->gathered;
    file->gathered = nullptr;
    const int closed = file->platform->pMethods->xClose(file->platform);
    return written != SQLITE_OK ? written : closed;
}

int logRead(sqlite3_file *f, void *buffer, int amount, sqlite3_int64 offset)
{
    auto *file = reinterpret_cast<GatheringFile *>(f);
    if (const int written = writeGathered(file); written != SQLITE_OK)
        return written;
    if (checkpointingOnThisThread())
        return readDuringCheckpoint(f, buffer, amount, offset);
    if (const std::optional<int> read = readSequentially(f, buffer, amount, offset))
        return *read;
    return file->platform->pMethods->xRead(file->platform, buffer, amount, offset);
}

int logWrite(sqlite3_file *f, const void *data, int amount, sqlite3_int64 offset)
{
    auto *file = reinterpret_cast<GatheringFile *>(f);
    g_sqliteWrites.fetch_add(1, std::memory_order_relaxed);
    forgetReadAhead(f);
    forgetSequentialReads(f);
    std::vector<char> &gathered = *file->gathered;
    const bool appends =
        !gathered.empty() && offset == file->gatheredAt + sqlite3_int64(gathered.size());
    if (appends && gathered.size() + std::size_t(amount) <= kGatherBytes) {
        const auto *bytes = static_cast<const char *>(data);
        gathered.insert(gathered.end(), bytes, bytes + amount);
        return SQLITE_OK;
    }
    // Anything else (a rewrite of an earlier frame, the header, a jump) after what was
    // gathered, in order.
    if (const int written = writeGathered(file); written != SQLITE_OK)
        return written;
    if (std::size_t(amount) >= kGatherBytes)
        return writePieces(file->platform, static_cast<const char *>(data), std::size_t(amount),
                           offset);
    const auto *bytes = static_cast<const char *>(data);
    gathered.assign(bytes, bytes + amount);
    file->gatheredAt = offset;
    return SQLITE_OK;
}

int logTruncate(sqlite3_file *f, sqlite3_int64 size)
{
    auto *file = reinterpret_cast<GatheringFile *>(f);
    forgetReadAhead(f);
    forgetSequentialReads(f);
    if (const int written = writeGathered(file); written != SQLITE_OK)
        return written;
    return file->platform->pMethods->xTruncate(file->platform, size);
}

int logSync(sqlite3_file *f, int flags)
{
    auto *file = reinterpret_cast<GatheringFile *>(f);
    if (const int written = writeGathered(file); written != SQLITE_OK)
        return written;
    return file->platform->pMethods->xSync(file->platform, flags);
}

int logFileSize(sqlite3_file *f, sqlite3_int64 *size)
{
    auto *file = reinterpret_cast<GatheringFile *>(f);
    if (const int written = writeGathered(file); written != SQLITE_OK)
        return written;
    return file->platform->pMethods->xFileSize(file->platform, size);
}

int logLock(sqlite3_file *f, int lock)
{
    return platformFile(f)->pMethods->xLock(platformFile(f), lock);
}

int logUnlock(sqlite3_file *f, int lock)
{
    return platformFile(f)->pMethods->xUnlock(platformFile(f), lock);
}

int logCheckReservedLock(sqlite3_file *f, int *out)
{
    return platformFile(f)->pMethods->xCheckReservedLock(platformFile(f), out);
}

int logFileControl(sqlite3_file *f, int op, void *argument)
{
    return platformFile(f)->pMethods->xFileControl(platformFile(f), op, argument);
}

int logSectorSize(sqlite3_file *f)
{
    return platformFile(f)->pMethods->xSectorSize(platformFile(f));
}

int logDeviceCharacteristics(sqlite3_file *f)
{
    return platformFile(f)->pMethods->xDeviceCharacteristics(platformFile(f));
}

// --- The checkpoint's writes to the database file ----------------------------------------------
//
// A checkpoint writes the database file one page per write, in the order of the pages, mostly
// in a row: the kernel then takes each 4 KiB page on its own (allocation, accounting, delayed
// allocation), a sizeable share of the server's CPU after a large upload. Between
// SQLITE_FCNTL_CKPT_START and SQLITE_FCNTL_CKPT_DONE the pages are collected into writes of up
// to kCopyBackBytes, and everything collected is written at CKPT_DONE, or before any other
// operation on the file.
//
// SQLite takes a write that returned as done, and a partial checkpoint records its frames as
// copied after CKPT_DONE without another call to the file. So only writes into blocks the file
// has are collected: pages below its size, and a growing file's new pages once their blocks are
// reserved: at the checkpoint's SQLITE_FCNTL_SIZE_HINT (the size the file grows to) the file is
// extended with fallocate() to that size, on the descriptor SQLite itself holds for it. Debian's
// SQLite is built without posix_fallocate and would answer the hint with a 1-byte write per
// 4 KiB block, as costly as the page writes themselves. Not on a descriptor opened here by the
// file's name: closing any descriptor of a file drops every POSIX lock the process holds on it,
// SQLite's own included, which would let another process (an operator's sqlite3 shell) take the
// database as unused while the server writes it. The file's size afterwards, as the platform's
// VFS sees it, tells whether that worked; if not, the new pages are written one by one as
// before. A
// collected write that fails all the same makes every later operation on the file fail, so
// that no later checkpoint or read takes the file as holding it.

struct CopyBack
{
    std::vector<char> collected;
    sqlite3_int64 collectedAt = 0; // file offset of collected[0]
    bool checkpointing = false;
    sqlite3_int64 blocksEnd = 0; // inside a checkpoint: the file has the blocks up to here
    int failed = SQLITE_OK;      // the error of a collected write that failed
    const char *name = nullptr;  // the file's path (SQLite keeps it until the file is closed)
};

// The descriptor SQLite's unix VFS holds for `platform`: the int after the three pointers that
// begin its unixFile, a layout unchanged since SQLite 3.6. Trusted only when the platform's VFS
// is "unix" and the descriptor is the file at `name` (same device and inode); -1 otherwise,
// and then nothing is reserved.
int platformDescriptor(const sqlite3_file *platform, const char *name)
{
    constexpr std::size_t kDescriptorOffset = 3 * sizeof(void *);
    if (!name || !g_platform || std::strcmp(g_platform->zName, "unix") != 0 ||
        g_platform->szOsFile < int(kDescriptorOffset + sizeof(int)))
        return -1;
    int fd = -1;
    std::memcpy(&fd, reinterpret_cast<const char *>(platform) + kDescriptorOffset, sizeof fd);
    struct stat held = {};
    struct stat named = {};
    if (fd < 0 || ::fstat(fd, &held) != 0 || ::stat(name, &named) != 0 ||
        held.st_dev != named.st_dev || held.st_ino != named.st_ino)
        return -1;
    return fd;
}

// Extends the database file to `size` bytes with blocks reserved for all of them (see above).
void reserveBlocks(const sqlite3_file *platform, const CopyBack &copyBack, sqlite3_int64 size)
{
    if (size <= copyBack.blocksEnd)
        return;
    const int fd = platformDescriptor(platform, copyBack.name);
    if (fd < 0)
        return;
    int failed = 0;
    do {
        failed = ::fallocate(fd, 0, copyBack.blocksEnd, size - copyBack.blocksEnd);
    } while (failed != 0 && errno == EINTR);
}

CopyBack &copyBackOf(sqlite3_file *f)
{
    return *reinterpret_cast<GatheringFile *>(f)->copyBack;
}

int writeCollected(sqlite3_file *f)
{
    CopyBack &copyBack = copyBackOf(f);
    if (copyBack.failed != SQLITE_OK)
        return copyBack.failed;
    if (copyBack.collected.empty())
        return SQLITE_OK;
    sqlite3_file *platform = platformFile(f);
    g_platformDatabaseWrites.fetch_add(1, std::memory_order_relaxed);
    const int written = platform->pMethods->xWrite(
        platform, copyBack.collected.data(), int(copyBack.collected.size()), copyBack.collectedAt);
    copyBack.collected.clear();
    if (written != SQLITE_OK)
        copyBack.failed = written;
    return written;
}

int databaseWrite(sqlite3_file *f, const void *data, int amount, sqlite3_int64 offset)
{
    forgetSequentialReads(f);
    CopyBack &copyBack = copyBackOf(f);
    g_databaseWrites.fetch_add(1, std::memory_order_relaxed);
    const bool collects =
        copyBack.checkpointing && amount < kCopyBackBytes && offset + amount <= copyBack.blocksEnd;
    const bool follows =
        !copyBack.collected.empty() &&
        offset == copyBack.collectedAt + sqlite3_int64(copyBack.collected.size()) &&
        copyBack.collected.size() + std::size_t(amount) <= kCopyBackBytes;
    if (!collects || !follows) {
        if (const int written = writeCollected(f); written != SQLITE_OK)
            return written;
    }
    if (!collects) {
        sqlite3_file *platform = platformFile(f);
        g_platformDatabaseWrites.fetch_add(1, std::memory_order_relaxed);
        return platform->pMethods->xWrite(platform, data, amount, offset);
    }
    if (copyBack.collected.empty()) {
        copyBack.collected.reserve(kCopyBackBytes);
        copyBack.collectedAt = offset;
    }
    const auto *bytes = static_cast<const char *>(data);
    copyBack.collected.insert(copyBack.collected.end(), bytes, bytes + amount);
    return SQLITE_OK;
}

int databaseClose(sqlite3_file *f)
{
    forgetSequentialReads(f);
    const int written = writeCollected(f);
    delete std::exchange(reinterpret_cast<GatheringFile *>(f)->copyBack, nullptr);
    const int closed = platformFile(f)->pMethods->xClose(platformFile(f));
    return written != SQLITE_OK ? written : closed;
}

int databaseRead(sqlite3_file *f, void *buffer, int amount, sqlite3_int64 offset)
{
    if (const int written = writeCollected(f); written != SQLITE_OK)
        return written;
    if (const std::optional<int> read = readSequentially(f, buffer, amount, offset))
        return *read;
    return platformFile(f)->pMethods->xRead(platformFile(f), buffer, amount, offset);
}

int databaseTruncate(sqlite3_file *f, sqlite3_int64 size)
{
    forgetSequentialReads(f);
    if (const int written = writeCollected(f); written != SQLITE_OK)
        return written;
    return platformFile(f)->pMethods->xTruncate(platformFile(f), size);
}

int databaseSync(sqlite3_file *f, int flags)
{
    if (const int written = writeCollected(f); written != SQLITE_OK)
        return written;
    return platformFile(f)->pMethods->xSync(platformFile(f), flags);
}

int databaseFileSize(sqlite3_file *f, sqlite3_int64 *size)
{
    if (const int written = writeCollected(f); written != SQLITE_OK)
        return written;
    return platformFile(f)->pMethods->xFileSize(platformFile(f), size);
}

// The size of the database file, or 0 (nothing collected) if it cannot tell.
sqlite3_int64 databaseSize(sqlite3_file *f)
{
    sqlite3_int64 size = 0;
    return platformFile(f)->pMethods->xFileSize(platformFile(f), &size) == SQLITE_OK ? size : 0;
}

int databaseFileControl(sqlite3_file *f, int op, void *argument)
{
    CopyBack &copyBack = copyBackOf(f);
    const bool writesNow = !copyBack.collected.empty() && copyBack.failed == SQLITE_OK;
    const int written = writeCollected(f);
    if (op == SQLITE_FCNTL_CKPT_DONE) { // SQLite ignores the answer: it ends the checkpoint
        copyBack.checkpointing = false;
        setCheckpointingOnThisThread(false);
        // A partial checkpoint (the log grew while it ran) now records its frames as copied,
        // in the log's index that every connection shares, without another call to this file:
        // the storage thread's connection would read these pages from the file, and its next
        // complete checkpoint would skip them before the log starts over. Only an I/O error
        // gets here (the blocks are the file's or reserved, so a full disk cannot). Stopping,
        // as a kill does, loses nothing: the next start rebuilds the index from the log.
        if (writesNow && written != SQLITE_OK)
            g_lostCopy.load()(copyBack.name, written);
    }
    if (written != SQLITE_OK)
        return written;
    sqlite3_file *platform = platformFile(f);
    const int answered = platform->pMethods->xFileControl(platform, op, argument);
    if (op == SQLITE_FCNTL_CKPT_START) {
        // Pages below the file's size overwrite blocks it has (SQLite leaves no holes).
        copyBack.checkpointing = true;
        copyBack.blocksEnd = databaseSize(f);
        setCheckpointingOnThisThread(true);
    } else if (op == SQLITE_FCNTL_SIZE_HINT && copyBack.checkpointing) {
        // Nobody else grows the file during a checkpoint: if it is that large now, it has the
        // blocks (a file that is not the one at its path anymore stays as it was).
        reserveBlocks(platformFile(f), copyBack, *static_cast<const sqlite3_int64 *>(argument));
        copyBack.blocksEnd = std::max(copyBack.blocksEnd, databaseSize(f));
    }
    return answered;
}

int databaseFetch(sqlite3_file *f, sqlite3_int64 offset, int amount, void **pointer)
{
    *pointer = nullptr;
    if (const int written = writeCollected(f); written != SQLITE_OK)
        return written;
    const sqlite3_io_methods *methods = platformFile(f)->pMethods;
    return methods->iVersion >= 3 && methods->xFetch
               ? methods->xFetch(platformFile(f), offset, amount, pointer)
               : SQLITE_OK;
}

int databaseUnfetch(sqlite3_file *f, sqlite3_int64 offset, void *pointer)
{
    const sqlite3_io_methods *methods = platformFile(f)->pMethods;
    return methods->iVersion >= 3 && methods->xUnfetch
               ? methods->xUnfetch(platformFile(f), offset, pointer)
               : SQLITE_OK;
}

int databaseShmMap(sqlite3_file *f, int region, int regionSize, int extend, void volatile **memory)
{
    const sqlite3_io_methods *methods = platformFile(f)->pMethods;
    return methods->iVersion >= 2 && methods->xShmMap
               ? methods->xShmMap(platformFile(f), region, regionSize, extend, memory)
               : SQLITE_IOERR;
}

int databaseShmLock(sqlite3_file *f, int offset, int count, int flags)
{
    const sqlite3_io_methods *methods = platformFile(f)->pMethods;
    return methods->iVersion >= 2 && methods->xShmLock
               ? methods->xShmLock(platformFile(f), offset, count, flags)
               : SQLITE_IOERR;
}

void databaseShmBarrier(sqlite3_file *f)
{
    const sqlite3_io_methods *methods = platformFile(f)->pMethods;
    if (methods->iVersion >= 2 && methods->xShmBarrier)
        methods->xShmBarrier(platformFile(f));
}

int databaseShmUnmap(sqlite3_file *f, int deleteFlag)
{
    const sqlite3_io_methods *methods = platformFile(f)->pMethods;
    return methods->iVersion >= 2 && methods->xShmUnmap
               ? methods->xShmUnmap(platformFile(f), deleteFlag)
               : SQLITE_OK;
}

sqlite3_io_methods g_databaseMethods;

void setUpDatabaseMethods()
{
    std::memset(&g_databaseMethods, 0, sizeof g_databaseMethods);
    g_databaseMethods.iVersion = 3;
    g_databaseMethods.xClose = &databaseClose;
    g_databaseMethods.xRead = &databaseRead;
    g_databaseMethods.xWrite = &databaseWrite;
    g_databaseMethods.xTruncate = &databaseTruncate;
    g_databaseMethods.xSync = &databaseSync;
    g_databaseMethods.xFileSize = &databaseFileSize;
    // Locks and the file's properties need none of the collected bytes: as for a log.
    g_databaseMethods.xLock = &logLock;
    g_databaseMethods.xUnlock = &logUnlock;
    g_databaseMethods.xCheckReservedLock = &logCheckReservedLock;
    g_databaseMethods.xFileControl = &databaseFileControl;
    g_databaseMethods.xSectorSize = &logSectorSize;
    g_databaseMethods.xDeviceCharacteristics = &logDeviceCharacteristics;
    g_databaseMethods.xShmMap = &databaseShmMap;
    g_databaseMethods.xShmLock = &databaseShmLock;
    g_databaseMethods.xShmBarrier = &databaseShmBarrier;
    g_databaseMethods.xShmUnmap = &databaseShmUnmap;
    g_databaseMethods.xFetch = &databaseFetch;
    g_databaseMethods.xUnfetch = &databaseUnfetch;
}

// Opens the platform's file object right behind our header; SQLite sees no methods (and so
// closes nothing) until the caller sets ours.
int openBehindHeader(const char *name, GatheringFile *file, int flags, int *outFlags)
{
    file->base.pMethods = nullptr;
    file->platform = reinterpret_cast<sqlite3_file *>(file + 1);
    file->gathered = nullptr;
    file->gatheredAt = 0;
    file->copyBack = nullptr;
    const int opened = g_platform->xOpen(g_platform, name, file->platform, flags, outFlags);
    if (opened != SQLITE_OK && file->platform->pMethods)
        file->platform->pMethods->xClose(file->platform);
    return opened;
}

int open(sqlite3_vfs *, const char *name, sqlite3_file *f, int flags, int *outFlags)
{
    if (!(flags & (SQLITE_OPEN_MAIN_DB | SQLITE_OPEN_WAL))) {
        // Neither the database nor a log: the platform's file object fills the start of the
        // allocation (which is larger than it needs) and SQLite calls the platform's methods
        // directly.
        return g_platform->xOpen(g_platform, name, f, flags, outFlags);
    }
    auto *file = reinterpret_cast<GatheringFile *>(f);
    if (const int opened = openBehindHeader(name, file, flags, outFlags); opened != SQLITE_OK)
        return opened;
    if (flags & SQLITE_OPEN_MAIN_DB) {
        file->copyBack = new CopyBack();
        file->copyBack->name = name;
        file->base.pMethods = &g_databaseMethods;
    } else {
        file->gathered = new std::vector<char>();
        file->gathered->reserve(256 * 1024);
        file->base.pMethods = &g_logMethods;
    }
    return SQLITE_OK;
}

// The rest of the VFS is the platform's, called with the platform's VFS.
int vfsDelete(sqlite3_vfs *, const char *name, int syncDir)
{
    return g_platform->xDelete(g_platform, name, syncDir);
}
int vfsAccess(sqlite3_vfs *, const char *name, int flags, int *out)
{
    return g_platform->xAccess(g_platform, name, flags, out);
}
int vfsFullPathname(sqlite3_vfs *, const char *name, int size, char *out)
{
    return g_platform->xFullPathname(g_platform, name, size, out);
}
void *vfsDlOpen(sqlite3_vfs *, const char *name)
{
    return g_platform->xDlOpen(g_platform, name);
}
void vfsDlError(sqlite3_vfs *, int size, char *out)
{
    g_platform->xDlError(g_platform, size, out);
}
void (*vfsDlSym(sqlite3_vfs *, void *handle, const char *symbol))(void)
{
    return g_platform->xDlSym(g_platform, handle, symbol);
}
void vfsDlClose(sqlite3_vfs *, void *handle)
{
    g_platform->xDlClose(g_platform, handle);
}
int vfsRandomness(sqlite3_vfs *, int size, char *out)
{
    return g_platform->xRandomness(g_platform, size, out);
}
int vfsSleep(sqlite3_vfs *, int microseconds)
{
    return g_platform->xSleep(g_platform, microseconds);
}
int vfsCurrentTime(sqlite3_vfs *, double *out)
{
    return g_platform->xCurrentTime(g_platform, out);
}
int vfsGetLastError(sqlite3_vfs *, int size, char *out)
{
    return g_platform->xGetLastError ? g_platform->xGetLastError(g_platform, size, out) : 0;
}
int vfsCurrentTimeInt64(sqlite3_vfs *, sqlite3_int64 *out)
{
    return g_platform->xCurrentTimeInt64(g_platform, out);
}

} // namespace

const char *WalWriteGathering::install()
{
    static std::once_flag once;
    static bool installed = false;
    std::call_once(once, [] {
        g_platform = sqlite3_vfs_find(nullptr);
        if (!g_platform || g_platform->iVersion < 2)
            return;
        std::memset(&g_vfs, 0, sizeof g_vfs);
        g_vfs.iVersion = 2;
        g_vfs.szOsFile = int(sizeof(GatheringFile)) + g_platform->szOsFile;
        g_vfs.mxPathname = g_platform->mxPathname;
        g_vfs.zName = "syncscope-wal-gathering";
        g_vfs.xOpen = &open;
        g_vfs.xDelete = &vfsDelete;
        g_vfs.xAccess = &vfsAccess;
        g_vfs.xFullPathname = &vfsFullPathname;
        g_vfs.xDlOpen = &vfsDlOpen;
        g_vfs.xDlError = &vfsDlError;
        g_vfs.xDlSym = &vfsDlSym;
        g_vfs.xDlClose = &vfsDlClose;
        g_vfs.xRandomness = &vfsRandomness;
        g_vfs.xSleep = &vfsSleep;
        g_vfs.xCurrentTime = &vfsCurrentTime;
        g_vfs.xGetLastError = &vfsGetLastError;
        g_vfs.xCurrentTimeInt64 = &vfsCurrentTimeInt64;

        std::memset(&g_logMethods, 0, sizeof g_logMethods);
        g_logMethods.iVersion = 1; // no shared memory or mapping: those are the database's
        g_logMethods.xClose = &logClose;
        g_logMethods.xRead = &logRead;
        g_logMethods.xWrite = &logWrite;
        g_logMethods.xTruncate = &logTruncate;
        g_logMethods.xSync = &logSync;
        g_logMethods.xFileSize = &logFileSize;
        g_logMethods.xLock = &logLock;
        g_logMethods.xUnlock = &logUnlock;
        g_logMethods.xCheckReservedLock = &logCheckReservedLock;
        g_logMethods.xFileControl = &logFileControl;
        g_logMethods.xSectorSize = &logSectorSize;
        g_logMethods.xDeviceCharacteristics = &logDeviceCharacteristics;
        setUpDatabaseMethods();
        installed = sqlite3_vfs_register(&g_vfs, 0) == SQLITE_OK;
    });
    return installed ? g_vfs.zName : nullptr;
}

WalWriteGathering::Counts WalWriteGathering::counts()
{
    return {g_platformWrites.load(std::memory_order_relaxed),
            g_sqliteWrites.load(std::memory_order_relaxed)};
}

WalWriteGathering::SequentialReads::SequentialReads()
{
    ++threadSequentialReads().scopes;
}

WalWriteGathering::SequentialReads::~SequentialReads()
{
    SequentialReadAhead &ahead = threadSequentialReads();
    if (--ahead.scopes == 0)
        ahead.file = nullptr;
}

WalWriteGathering::SequentialReadCounts WalWriteGathering::sequentialReadCounts()
{
    return {g_sequentialReads.load(std::memory_order_relaxed),
            g_platformSequentialReads.load(std::memory_order_relaxed)};
}

WalWriteGathering::LostCopyHandler WalWriteGathering::setLostCopyHandler(LostCopyHandler handler)
{
    return g_lostCopy.exchange(handler ? handler : &stopOnALostCopy);
}

WalWriteGathering::CopyBackCounts WalWriteGathering::copyBackCounts()
{
    return {g_databaseWrites.load(std::memory_order_relaxed),
            g_platformDatabaseWrites.load(std::memory_order_relaxed),
            g_checkpointLogReads.load(std::memory_order_relaxed),
            g_platformCheckpointLogReads.load(std::memory_order_relaxed),
            g_platformCheckpointLogBytes.load(std::memory_order_relaxed)};
}

} // namespace syncscope::server
