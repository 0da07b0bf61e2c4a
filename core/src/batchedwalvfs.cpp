#include "batchedwalvfs.h"

#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <utility>

#include <fcntl.h>
#include <sys/stat.h>

namespace syncscope::detail {

namespace {

// Below 128 KiB: SQLite's unix VFS writes at most 0x1ffff bytes a call (it masks the length and
// takes a short write for a full disk).
constexpr int kBufferBytes = 120 * 1024;
static_assert(kBufferBytes < 0x20000);
constexpr int kWalHeaderBytes = 32;
constexpr int kFrameHeaderBytes = 24;
// How far a durable commit's sync keeps the WAL file ahead of its frames (see reserveAhead()).
constexpr sqlite3_int64 kWalReserveBytes = 256 * 1024;
// ... once the file has fewer bytes than this left past them (two small commits' worth).
constexpr sqlite3_int64 kWalReserveLowWater = 32 * 1024;
// SQLite's WAL_WRITE_LOCK: the slot of the WAL index's locks that a writer holds exclusively.
constexpr int kWalWriteLock = 0;

std::atomic<quint64> g_walWrites{0};
std::atomic<quint64> g_databaseWrites{0};
std::atomic<quint64> g_checkpointWalReads{0};
std::atomic<quint64> g_walReserves{0};

struct ThreadBuffer;

struct BatchedFile
{
    sqlite3_file base;   // its methods are kMethods
    sqlite3_file *below; // the file as the VFS below opened it (its own allocation)
    sqlite3_vfs *belowVfs;
    bool wal;
    // Main database files only: between SQLITE_FCNTL_CKPT_START and SQLITE_FCNTL_CKPT_DONE,
    // and collecting its writes there once the pages it copies have their blocks on the disk.
    bool inCheckpoint;
    bool collectingCheckpoint;
    const char *name;  // database and WAL files: valid until xClose (SQLite's promise)
    int deferredError; // a collected write that failed after SQLite was told it succeeded
    // WAL files only.
    int pageSize;                 // from the WAL header; 0 until known
    ThreadBuffer *buffer;         // holding this file's bytes, or nullptr
    sqlite3_int64 bufferStart;    // file offset of the buffer's first byte
    int bufferLength;             // bytes in the buffer
    sqlite3_int64 commitFrameEnd; // flush once the buffered bytes reach this offset (0: none)
    sqlite3_int64 writtenEnd;     // where the last write ended (after a restart: near the start)
    bool writtenSinceSync;        // frames (or a header) written that no xSync covered yet
};

// The database file whose WAL write lock this thread holds (SQLite takes it for a write
// transaction, and for a checkpoint that restarts the log), or nullptr.
thread_local const BatchedFile *t_walWriter = nullptr;

int flush(BatchedFile *file);

// The bytes one thread's WAL writes collect in. A file uses it only while it is not in use by
// another (then that file writes straight through): SQLite runs one statement of a connection
// at a time, so in practice one file per thread fills it between two flushes.
struct ThreadBuffer
{
    char *data = nullptr;
    BatchedFile *owner = nullptr; // the file whose bytes are in it
    ThreadBuffer()
        : data(static_cast<char *>(std::malloc(kBufferBytes)))
    {}
    ~ThreadBuffer()
    {
        // Only bytes of a commit that failed can wait here (every commit flushes, and so does
        // every other operation on the file): they go to their file, where SQLite overwrites
        // them anyway, rather than be read from freed memory by a file closed later.
        if (owner)
            flush(owner);
        std::free(data);
    }
    ThreadBuffer(const ThreadBuffer &) = delete;
    ThreadBuffer &operator=(const ThreadBuffer &) = delete;
};

ThreadBuffer &threadBuffer()
{
    thread_local ThreadBuffer buffer;
    return buffer;
}

// The WAL frames a checkpoint on this thread read ahead: SQLite reads them one page per read(),
// mostly in the order they were written. Valid only inside that checkpoint (between
// SQLITE_FCNTL_CKPT_START and SQLITE_FCNTL_CKPT_DONE on the database file), where the frames it
// reads (those up to the last one every reader has) cannot change: the WAL only starts again
// over them once a checkpoint has copied them all. Bytes beyond them (frames another
// connection is appending) may be in the buffer but are never asked for.
struct CheckpointReadAhead
{
    bool inCheckpoint = false;
    const BatchedFile *file = nullptr; // whose bytes are in `data` (nullptr: none)
    sqlite3_int64 start = 0;
    int length = 0;
    char *data = nullptr;
    CheckpointReadAhead()
        : data(static_cast<char *>(std::malloc(kBufferBytes)))
    {}
    ~CheckpointReadAhead() { std::free(data); }
    CheckpointReadAhead(const CheckpointReadAhead &) = delete;
    CheckpointReadAhead &operator=(const CheckpointReadAhead &) = delete;
    void forget() { file = nullptr, length = 0; }
};

CheckpointReadAhead &checkpointReadAhead()
{
    thread_local CheckpointReadAhead readAhead;
    return readAhead;
}

sqlite3_vfs g_vfs;
sqlite3_vfs *g_fallback = nullptr; // the default VFS when this one was registered

// The VFS below: the default one now (a test's shim in front of SQLite's own counts too),
// never this one.
sqlite3_vfs *below()
{
    sqlite3_vfs *vfs = sqlite3_vfs_find(nullptr);
    return vfs && vfs != &g_vfs ? vfs : g_fallback;
}

BatchedFile *batched(sqlite3_file *file)
{
    return reinterpret_cast<BatchedFile *>(file);
}

const sqlite3_io_methods *methods(BatchedFile *file)
{
    return file->below->pMethods;
}

quint32 bigEndian32(const void *bytes)
{
    const auto *b = static_cast<const unsigned char *>(bytes);
    return (quint32(b[0]) << 24) | (quint32(b[1]) << 16) | (quint32(b[2]) << 8) | quint32(b[3]);
}

bool isValidPageSize(quint32 size)
{
    // As a WAL header stores it: a power of two from 512 to 65536.
    return size >= 512 && size <= 65536 && (size & (size - 1)) == 0;
}

int flush(BatchedFile *file)
{
    if (!file->buffer)
        return SQLITE_OK;
    ThreadBuffer *buffer = std::exchange(file->buffer, nullptr);
    const int length = std::exchange(file->bufferLength, 0);
    buffer->owner = nullptr;
    (file->wal ? g_walWrites : g_databaseWrites).fetch_add(1, std::memory_order_relaxed);
    return methods(file)->xWrite(file->below, buffer->data, length, file->bufferStart);
}

int writeThrough(BatchedFile *file, const void *data, int amount, sqlite3_int64 offset)
{
    (file->wal ? g_walWrites : g_databaseWrites).fetch_add(1, std::memory_order_relaxed);
    return methods(file)->xWrite(file->below, data, amount, offset);
}

// Appends to the file's buffer (the calling thread's) when the write continues it and fits;
// flushes it first otherwise. Writes straight through when the buffer is in use by another file.
int collect(BatchedFile *file, const void *data, int amount, sqlite3_int64 offset)
{
    if (file->buffer && (offset != file->bufferStart + file->bufferLength ||
                         file->bufferLength + amount > kBufferBytes)) {
        if (const int rc = flush(file); rc != SQLITE_OK)
            return rc;
    }
    if (!file->buffer) {
        ThreadBuffer &buffer = threadBuffer();
        if (amount > kBufferBytes || !buffer.data || buffer.owner)
            return writeThrough(file, data, amount, offset);
        buffer.owner = file;
        file->buffer = &buffer;
        file->bufferStart = offset;
    }
    std::memcpy(file->buffer->data + file->bufferLength, data, size_t(amount));
    file->bufferLength += amount;
    return SQLITE_OK;
}

// The descriptor of a file that SQLite's unix VFS opened: the int after three pointers in its
// unixFile, unchanged since SQLite 3.6. Trusted only when it is the file at `name` (same device
// and inode); -1 for any other VFS below (a test's shim) or file.
int descriptorOf(const BatchedFile *file)
{
    constexpr size_t kOffset = 3 * sizeof(void *);
    const sqlite3_vfs *vfs = file->belowVfs;
    if (!file->name || !vfs || vfs->szOsFile < int(kOffset + sizeof(int)) ||
        std::strcmp(vfs->zName, "unix") != 0)
        return -1;
    int fd = -1;
    std::memcpy(&fd, reinterpret_cast<const char *>(file->below) + kOffset, sizeof(int));
    struct stat open = {};
    struct stat named = {};
    if (fd < 0 || ::fstat(fd, &open) != 0 || ::stat(file->name, &named) != 0 ||
        open.st_dev != named.st_dev || open.st_ino != named.st_ino)
        return -1;
    return fd;
}

// Reserves the disk blocks of the file up to `size` bytes, so that writing any page below it
// cannot fail for want of space.
bool reserve(const BatchedFile *file, sqlite3_int64 size)
{
    const int fd = descriptorOf(file);
    struct stat status = {};
    if (fd < 0 || ::fstat(fd, &status) != 0)
        return false;
    if (status.st_size >= size)
        return true; // the pages it overwrites have their blocks
    int rc = 0;
    do {
        rc = ::fallocate(fd, 0, status.st_size, size - status.st_size);
    } while (rc != 0 && errno == EINTR);
    return rc == 0;
}

// A checkpoint copies the WAL into the database file one page per write(), in the order of
// the pages, mostly consecutive: collected into 120 KiB writes, the kernel takes them in large
// folios instead of one 4 KiB page (and its allocation and accounting) at a time, which was
// two thirds of the cost of writing them. SQLite takes a write that returned as done, and
// after SQLITE_FCNTL_CKPT_DONE a partial checkpoint records the frames as copied without
// another call to the file: the bytes still collected then cannot fail for want of space, as
// their blocks were reserved when the checkpoint began (SQLITE_FCNTL_SIZE_HINT), or the
// checkpoint writes page by page as before.
int databaseWrite(BatchedFile *file, const void *data, int amount, sqlite3_int64 offset)
{
    if (!file->collectingCheckpoint)
        return writeThrough(file, data, amount, offset);
    return collect(file, data, amount, offset);
}

int walWrite(BatchedFile *file, const void *data, int amount, sqlite3_int64 offset)
{
    if (checkpointReadAhead().file == file)
        checkpointReadAhead().forget();
    file->writtenEnd = offset + amount;
    file->writtenSinceSync = true;
    if (offset == 0 && amount >= kWalHeaderBytes) {
        file->pageSize = 0;
        if (const quint32 size = bigEndian32(static_cast<const char *>(data) + 8);
            isValidPageSize(size))
            file->pageSize = int(size);
    } else if (file->pageSize == 0) {
        // Appending to a WAL this connection found: its header is in the file already.
        if (const int rc = flush(file); rc != SQLITE_OK)
            return rc;
        unsigned char header[kWalHeaderBytes];
        if (methods(file)->xRead(file->below, header, kWalHeaderBytes, 0) == SQLITE_OK &&
            isValidPageSize(bigEndian32(header + 8)))
            file->pageSize = int(bigEndian32(header + 8));
    }
    if (file->pageSize == 0) { // not a WAL laid out as expected: nothing is held back
        if (const int rc = flush(file); rc != SQLITE_OK)
            return rc;
        return writeThrough(file, data, amount, offset);
    }
    const sqlite3_int64 frameBytes = kFrameHeaderBytes + file->pageSize;
    // A write that starts a frame starts with its header: a commit frame says so.
    if (offset >= kWalHeaderBytes && (offset - kWalHeaderBytes) % frameBytes == 0 &&
        amount >= kFrameHeaderBytes && bigEndian32(static_cast<const char *>(data) + 4) != 0)
        file->commitFrameEnd = offset + frameBytes;

    const int rc = collect(file, data, amount, offset);
    if (file->commitFrameEnd != 0 && offset + amount >= file->commitFrameEnd) {
        file->commitFrameEnd = 0;
        if (rc == SQLITE_OK)
            return flush(file); // the commit is in the file before SQLite publishes it
    }
    return rc;
}

// Flushes the collected bytes of a checkpoint. A failure here was a write SQLite took as
// done: every later operation on the file fails with it, so a complete checkpoint (which
// truncates and syncs the file next) does not record its frames as copied.
int flushCheckpoint(BatchedFile *file)
{
    if (const int rc = flush(file); rc != SQLITE_OK && file->deferredError == SQLITE_OK)
        file->deferredError = rc;
    return file->deferredError;
}

// Every operation on a file but a write sees the file with all its writes.
#define SYNCSCOPE_FLUSHED(file)                                                                    \
    if (BatchedFile *f = batched(file); f->wal) {                                                  \
        if (const int rc = flush(f); rc != SQLITE_OK)                                              \
            return rc;                                                                             \
    } else if (const int rc = flushCheckpoint(f); rc != SQLITE_OK) {                               \
        return rc;                                                                                 \
    }

int fileClose(sqlite3_file *file)
{
    BatchedFile *f = batched(file);
    if (checkpointReadAhead().file == f)
        checkpointReadAhead().forget();
    if (t_walWriter == f) // SQLite lets go of its locks first; never keep a closed file here
        t_walWriter = nullptr;
    const int flushed = f->wal ? flush(f) : flushCheckpoint(f);
    const int closed = methods(f)->xClose(f->below);
    sqlite3_free(f->below);
    f->below = nullptr;
    return flushed != SQLITE_OK ? flushed : closed;
}

// A checkpoint's read of a WAL frame's page, from the frames read ahead (refilled from this
// page on when it is not among them); nullopt when the read is not one (then it goes below).
std::optional<int> checkpointWalRead(BatchedFile *file, void *data, int amount,
                                     sqlite3_int64 offset)
{
    CheckpointReadAhead &ahead = checkpointReadAhead();
    // A page of a frame: a page size, at the offset of a frame's page for that size (the
    // checkpoint thread's connection never writes the WAL, so it never saw the header).
    const sqlite3_int64 firstPage = kWalHeaderBytes + kFrameHeaderBytes;
    if (!ahead.inCheckpoint || !ahead.data || !isValidPageSize(quint32(amount)) ||
        amount > kBufferBytes || offset < firstPage ||
        (offset - firstPage) % (kFrameHeaderBytes + amount) != 0)
        return std::nullopt;
    if (ahead.file != file || offset < ahead.start ||
        offset + amount > ahead.start + ahead.length) {
        ahead.forget();
        sqlite3_int64 size = 0;
        if (methods(file)->xFileSize(file->below, &size) != SQLITE_OK || offset + amount > size)
            return std::nullopt;
        const int length = int(std::min<sqlite3_int64>(kBufferBytes, size - offset));
        g_checkpointWalReads.fetch_add(1, std::memory_order_relaxed);
        if (const int rc = methods(file)->xRead(file->below, ahead.data, length, offset);
            rc != SQLITE_OK)
            return rc;
        ahead.file = file;
        ahead.start = offset;
        ahead.length = length;
    }
    std::memcpy(data, ahead.data + (offset - ahead.start), size_t(amount));
    return SQLITE_OK;
}

int fileRead(sqlite3_file *file, void *data, int amount, sqlite3_int64 offset)
{
    SYNCSCOPE_FLUSHED(file);
    BatchedFile *f = batched(file);
    if (f->wal) {
        if (const std::optional<int> rc = checkpointWalRead(f, data, amount, offset))
            return *rc;
    }
    return methods(f)->xRead(f->below, data, amount, offset);
}

int fileWrite(sqlite3_file *file, const void *data, int amount, sqlite3_int64 offset)
{
    BatchedFile *f = batched(file);
    if (f->wal)
        return walWrite(f, data, amount, offset);
    if (f->deferredError != SQLITE_OK)
        return f->deferredError;
    return databaseWrite(f, data, amount, offset);
}

int fileTruncate(sqlite3_file *file, sqlite3_int64 size)
{
    SYNCSCOPE_FLUSHED(file);
    if (checkpointReadAhead().file == batched(file))
        checkpointReadAhead().forget();
    return methods(batched(file))->xTruncate(batched(file)->below, size);
}

// Whether `wal` is the log of the database whose write lock this thread holds: then no other
// connection can write to it until this one lets go.
bool holdsWriteLockOf(const BatchedFile *wal)
{
    const BatchedFile *database = t_walWriter;
    if (!database || !database->name || !wal->name)
        return false;
    const size_t length = std::strlen(database->name);
    return std::strncmp(wal->name, database->name, length) == 0 &&
           std::strcmp(wal->name + length, "-wal") == 0;
}

// A sync that makes a file longer also writes the file system's record of its size and new
// blocks: on ext4, a 16 KiB commit appended to the WAL and synced took 0.23-0.29 ms where
// the same commit over blocks the file already had took 0.09-0.12 ms (fdatasync, same disk,
// same minute). Without a checkpoint the WAL grows with every commit, the first thousand frames
// of every new realm (SQLite restarts the log from its beginning after a checkpoint and keeps
// the file's size). So the sync of a durable commit whose frames end near the file's end first
// appends zeros to kWalReserveBytes past them: that sync pays for the blocks of the next
// commits too (one in some sixteen small writes), whose syncs then flush only their data.
// SQLite reads a WAL only as far as its frames are valid (checksums chained from the header,
// salts that match it), so zeros past the last frame are never taken for one, after a crash
// either. Only while this connection holds the WAL's write lock: nobody else appends then.
// Downloads commit without a sync and never get here, so a bulk download writes no zeros.
void reserveAhead(BatchedFile *file)
{
    sqlite3_int64 size = 0;
    if (!holdsWriteLockOf(file) || methods(file)->xFileSize(file->below, &size) != SQLITE_OK ||
        size >= file->writtenEnd + kWalReserveLowWater)
        return;
    static const char zeros[64 * 1024] = {};
    const sqlite3_int64 end = file->writtenEnd + kWalReserveBytes;
    g_walReserves.fetch_add(1, std::memory_order_relaxed);
    for (sqlite3_int64 at = size; at < end; at += sizeof(zeros)) {
        // A failure (a full disk) leaves the file as long as it got: the commit's own frames
        // are written already, and its sync reports any error of theirs.
        if (methods(file)->xWrite(file->below, zeros,
                                  int(std::min<sqlite3_int64>(sizeof(zeros), end - at)),
                                  at) != SQLITE_OK)
            return;
    }
}

int fileSync(sqlite3_file *file, int flags)
{
    SYNCSCOPE_FLUSHED(file);
    BatchedFile *f = batched(file);
    if (f->wal && std::exchange(f->writtenSinceSync, false))
        reserveAhead(f);
    return methods(f)->xSync(f->below, flags);
}

int fileSize(sqlite3_file *file, sqlite3_int64 *size)
{
    SYNCSCOPE_FLUSHED(file);
    return methods(batched(file))->xFileSize(batched(file)->below, size);
}

int fileLock(sqlite3_file *file, int level)
{
    return methods(batched(file))->xLock(batched(file)->below, level);
}

int fileUnlock(sqlite3_file *file, int level)
{
    return methods(batched(file))->xUnlock(batched(file)->below, level);
}

int fileCheckReservedLock(sqlite3_file *file, int *result)
{
    return methods(batched(file))->xCheckReservedLock(batched(file)->below, result);
}

// What happens when a checkpoint's last collected write fails (see fileControl()).
[[noreturn]] void stopOnALostCopy(const char *path, int error)
{
    qFatal("Syncscope: writing the WAL's pages into %s failed (%s) after SQLite had counted them "
           "as copied; stopping, as a kill would, so that no reader takes those pages from the "
           "file: the WAL still holds them, and the next open copies them again",
           path ? path : "a local file", sqlite3_errstr(error));
}
std::atomic<LostCopyHandler> g_lostCopy = &stopOnALostCopy;

int fileControl(sqlite3_file *file, int op, void *argument)
{
    BatchedFile *f = batched(file);
    if (op == SQLITE_FCNTL_CKPT_DONE && !f->wal && f->buffer && f->deferredError == SQLITE_OK) {
        // SQLite ignores this call's answer, and a partial checkpoint (the WAL grew while it
        // ran) then records its frames as copied in the WAL index every connection shares,
        // without another call to this file: another connection would read these pages from
        // the file, and its next complete checkpoint would skip them before the WAL starts
        // over. Only an I/O error fails this write (the blocks are the file's or reserved);
        // stopping, as a kill does, loses nothing: the next open rebuilds the index.
        if (const int rc = flushCheckpoint(f); rc != SQLITE_OK)
            g_lostCopy.load()(f->name, rc);
    }
    SYNCSCOPE_FLUSHED(file);
    const int rc = methods(f)->xFileControl(f->below, op, argument);
    if (!f->wal) {
        switch (op) {
        case SQLITE_FCNTL_CKPT_START:
            checkpointReadAhead().forget();
            checkpointReadAhead().inCheckpoint = true;
            // Every page goes below the file's size, unless SIZE_HINT follows: overwrites of
            // blocks the file has (SQLite writes its files without holes).
            f->inCheckpoint = true;
            f->collectingCheckpoint = descriptorOf(f) >= 0;
            break;
        case SQLITE_FCNTL_SIZE_HINT:
            // Inside a checkpoint: the size the file has once every page is copied.
            if (f->inCheckpoint) {
                f->collectingCheckpoint = reserve(f, *static_cast<const sqlite3_int64 *>(argument));
            }
            break;
        case SQLITE_FCNTL_CKPT_DONE:
            checkpointReadAhead().forget();
            checkpointReadAhead().inCheckpoint = false;
            f->inCheckpoint = false;
            f->collectingCheckpoint = false; // flushed above
            break;
        default:
            break;
        }
    }
    return rc;
}

int fileSectorSize(sqlite3_file *file)
{
    return methods(batched(file))->xSectorSize(batched(file)->below);
}

int fileDeviceCharacteristics(sqlite3_file *file)
{
    return methods(batched(file))->xDeviceCharacteristics(batched(file)->below);
}

int fileShmMap(sqlite3_file *file, int page, int pageSize, int extend, void volatile **memory)
{
    const sqlite3_io_methods *m = methods(batched(file));
    return m->iVersion >= 2 && m->xShmMap
               ? m->xShmMap(batched(file)->below, page, pageSize, extend, memory)
               : SQLITE_IOERR;
}

int fileShmLock(sqlite3_file *file, int offset, int count, int flags)
{
    const sqlite3_io_methods *m = methods(batched(file));
    const int rc = m->iVersion >= 2 && m->xShmLock
                       ? m->xShmLock(batched(file)->below, offset, count, flags)
                       : SQLITE_IOERR;
    if (offset <= kWalWriteLock && offset + count > kWalWriteLock &&
        (flags & SQLITE_SHM_EXCLUSIVE) != 0) {
        if ((flags & SQLITE_SHM_UNLOCK) != 0) {
            if (t_walWriter == batched(file))
                t_walWriter = nullptr;
        } else if (rc == SQLITE_OK) {
            t_walWriter = batched(file);
        }
    }
    return rc;
}

void fileShmBarrier(sqlite3_file *file)
{
    const sqlite3_io_methods *m = methods(batched(file));
    if (m->iVersion >= 2 && m->xShmBarrier)
        m->xShmBarrier(batched(file)->below);
}

int fileShmUnmap(sqlite3_file *file, int deleteFlag)
{
    const sqlite3_io_methods *m = methods(batched(file));
    return m->iVersion >= 2 && m->xShmUnmap ? m->xShmUnmap(batched(file)->below, deleteFlag)
                                            : SQLITE_OK;
}

int fileFetch(sqlite3_file *file, sqlite3_int64 offset, int amount, void **pointer)
{
    SYNCSCOPE_FLUSHED(file);
    const sqlite3_io_methods *m = methods(batched(file));
    if (m->iVersion >= 3 && m->xFetch)
        return m->xFetch(batched(file)->below, offset, amount, pointer);
    *pointer = nullptr;
    return SQLITE_OK;
}

int fileUnfetch(sqlite3_file *file, sqlite3_int64 offset, void *pointer)
{
    const sqlite3_io_methods *m = methods(batched(file));
    return m->iVersion >= 3 && m->xUnfetch ? m->xUnfetch(batched(file)->below, offset, pointer)
                                           : SQLITE_OK;
}

#undef SYNCSCOPE_FLUSHED

const sqlite3_io_methods kMethods = {
    3,
    fileClose,
    fileRead,
    fileWrite,
    fileTruncate,
    fileSync,
    fileSize,
    fileLock,
    fileUnlock,
    fileCheckReservedLock,
    fileControl,
    fileSectorSize,
    fileDeviceCharacteristics,
    fileShmMap,
    fileShmLock,
    fileShmBarrier,
    fileShmUnmap,
    fileFetch,
    fileUnfetch,
};

int vfsOpen(sqlite3_vfs *, const char *name, sqlite3_file *file, int flags, int *outFlags)
{
    BatchedFile *f = batched(file);
    std::memset(f, 0, sizeof(BatchedFile));
    sqlite3_vfs *vfs = below();
    f->below = static_cast<sqlite3_file *>(sqlite3_malloc(vfs->szOsFile));
    if (!f->below)
        return SQLITE_NOMEM;
    std::memset(f->below, 0, size_t(vfs->szOsFile));
    f->belowVfs = vfs;
    const int rc = vfs->xOpen(vfs, name, f->below, flags, outFlags);
    if (!f->below->pMethods) { // nothing to close
        sqlite3_free(f->below);
        f->below = nullptr;
        return rc;
    }
    f->wal = (flags & SQLITE_OPEN_WAL) != 0;
    f->name = (flags & (SQLITE_OPEN_MAIN_DB | SQLITE_OPEN_WAL)) != 0 ? name : nullptr;
    f->base.pMethods = &kMethods; // also on failure: SQLite then closes it through fileClose()
    return rc;
}

int vfsDelete(sqlite3_vfs *, const char *name, int syncDirectory)
{
    return below()->xDelete(below(), name, syncDirectory);
}

int vfsAccess(sqlite3_vfs *, const char *name, int flags, int *result)
{
    return below()->xAccess(below(), name, flags, result);
}

int vfsFullPathname(sqlite3_vfs *, const char *name, int size, char *out)
{
    return below()->xFullPathname(below(), name, size, out);
}

void *vfsDlOpen(sqlite3_vfs *, const char *name)
{
    return below()->xDlOpen(below(), name);
}

void vfsDlError(sqlite3_vfs *, int size, char *message)
{
    below()->xDlError(below(), size, message);
}

void (*vfsDlSym(sqlite3_vfs *, void *handle, const char *symbol))(void)
{
    return below()->xDlSym(below(), handle, symbol);
}

void vfsDlClose(sqlite3_vfs *, void *handle)
{
    below()->xDlClose(below(), handle);
}

int vfsRandomness(sqlite3_vfs *, int size, char *out)
{
    return below()->xRandomness(below(), size, out);
}

int vfsSleep(sqlite3_vfs *, int microseconds)
{
    return below()->xSleep(below(), microseconds);
}

int vfsCurrentTime(sqlite3_vfs *, double *now)
{
    return below()->xCurrentTime(below(), now);
}

int vfsGetLastError(sqlite3_vfs *, int size, char *out)
{
    return below()->xGetLastError ? below()->xGetLastError(below(), size, out) : 0;
}

int vfsCurrentTimeInt64(sqlite3_vfs *, sqlite3_int64 *now)
{
    sqlite3_vfs *vfs = below();
    if (vfs->iVersion >= 2 && vfs->xCurrentTimeInt64)
        return vfs->xCurrentTimeInt64(vfs, now);
    double days = 0;
    const int rc = vfs->xCurrentTime(vfs, &days);
    *now = sqlite3_int64(days * 86400000.0);
    return rc;
}

bool registerVfs()
{
    g_fallback = sqlite3_vfs_find(nullptr);
    if (!g_fallback)
        return false;
    g_vfs.iVersion = 2;
    g_vfs.szOsFile = int(sizeof(BatchedFile));
    g_vfs.mxPathname = g_fallback->mxPathname;
    g_vfs.zName = "syncscope-batched-wal";
    g_vfs.xOpen = vfsOpen;
    g_vfs.xDelete = vfsDelete;
    g_vfs.xAccess = vfsAccess;
    g_vfs.xFullPathname = vfsFullPathname;
    g_vfs.xDlOpen = vfsDlOpen;
    g_vfs.xDlError = vfsDlError;
    g_vfs.xDlSym = vfsDlSym;
    g_vfs.xDlClose = vfsDlClose;
    g_vfs.xRandomness = vfsRandomness;
    g_vfs.xSleep = vfsSleep;
    g_vfs.xCurrentTime = vfsCurrentTime;
    g_vfs.xGetLastError = vfsGetLastError;
    g_vfs.xCurrentTimeInt64 = vfsCurrentTimeInt64;
    return sqlite3_vfs_register(&g_vfs, 0) == SQLITE_OK;
}

} // namespace

const char *batchedWalVfsName()
{
    static const bool registered = registerVfs();
    return registered ? g_vfs.zName : nullptr;
}

quint64 batchedWalWritesForTesting()
{
    return g_walWrites.load();
}

quint64 batchedDatabaseWritesForTesting()
{
    return g_databaseWrites.load();
}

quint64 batchedCheckpointWalReadsForTesting()
{
    return g_checkpointWalReads.load();
}

quint64 batchedWalReservesForTesting()
{
    return g_walReserves.load();
}

LostCopyHandler setBatchedWalLostCopyHandlerForTesting(LostCopyHandler handler)
{
    return g_lostCopy.exchange(handler ? handler : &stopOnALostCopy);
}

} // namespace syncscope::detail
