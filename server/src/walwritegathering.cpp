#include "walwritegathering.h"

#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <mutex>
#include <vector>

namespace syncscope::server {

namespace {

// A commit of a few thousand uploads writes a few MiB of frames; beyond this the gathered
// bytes are written and gathering starts again.
constexpr std::size_t kGatherBytes = 4 * 1024 * 1024;

sqlite3_vfs *g_platform = nullptr;
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
    sqlite3_int64 gatheredAt; // file offset of gathered[0]
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

int logClose(sqlite3_file *f)
{
    auto *file = reinterpret_cast<GatheringFile *>(f);
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
    return file->platform->pMethods->xRead(file->platform, buffer, amount, offset);
}

int logWrite(sqlite3_file *f, const void *data, int amount, sqlite3_int64 offset)
{
    auto *file = reinterpret_cast<GatheringFile *>(f);
    g_sqliteWrites.fetch_add(1, std::memory_order_relaxed);
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

int open(sqlite3_vfs *, const char *name, sqlite3_file *f, int flags, int *outFlags)
{
    if (!(flags & SQLITE_OPEN_WAL)) {
        // Not a log: the platform's file object fills the start of the allocation (which is
        // larger than it needs) and SQLite calls the platform's methods directly.
        return g_platform->xOpen(g_platform, name, f, flags, outFlags);
    }
    auto *file = reinterpret_cast<GatheringFile *>(f);
    file->base.pMethods = nullptr; // until opened: SQLite closes only what has methods
    file->platform = reinterpret_cast<sqlite3_file *>(file + 1);
    const int opened = g_platform->xOpen(g_platform, name, file->platform, flags, outFlags);
    if (opened != SQLITE_OK) {
        if (file->platform->pMethods)
            file->platform->pMethods->xClose(file->platform);
        return opened;
    }
    file->gathered = new std::vector<char>();
    file->gathered->reserve(256 * 1024);
    file->gatheredAt = 0;
    file->base.pMethods = &g_logMethods;
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
        installed = sqlite3_vfs_register(&g_vfs, 0) == SQLITE_OK;
    });
    return installed ? g_vfs.zName : nullptr;
}

WalWriteGathering::Counts WalWriteGathering::counts()
{
    return {g_platformWrites.load(std::memory_order_relaxed),
            g_sqliteWrites.load(std::memory_order_relaxed)};
}

} // namespace syncscope::server
