#include <syncscope/testsupport/sqlitewritefault.h>

#include <QFile>
#include <QScopeGuard>

#include <sqlite3.h>

#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include <cerrno>

namespace syncscope::testsupport {

namespace {

using PwriteCall = ssize_t (*)(int, const void *, size_t, off_t);

sqlite3_vfs *g_vfs = nullptr;
PwriteCall g_pwrite = nullptr;
PwriteCall g_pwrite64 = nullptr;
dev_t g_device = 0;
ino_t g_inode = 0;
qint64 g_largerThan = 0;
int g_refusals = 0;

ssize_t writeOrFail(PwriteCall real, int fd, const void *bytes, size_t count, off_t offset)
{
    struct stat status = {};
    if (qint64(count) > g_largerThan && ::fstat(fd, &status) == 0 && status.st_dev == g_device &&
        status.st_ino == g_inode) {
        ++g_refusals;
        errno = EIO;
        return -1;
    }
    return real(fd, bytes, count, offset);
}

ssize_t failingPwrite(int fd, const void *bytes, size_t count, off_t offset)
{
    return writeOrFail(g_pwrite, fd, bytes, count, offset);
}

ssize_t failingPwrite64(int fd, const void *bytes, size_t count, off_t offset)
{
    return writeOrFail(g_pwrite64, fd, bytes, count, offset);
}

} // namespace

SqliteWriteFault::SqliteWriteFault(const QString &path, qint64 largerThan)
{
    struct stat status = {};
    g_vfs = sqlite3_vfs_find("unix");
    if (!g_vfs || g_vfs->iVersion < 3 || !g_vfs->xSetSystemCall ||
        ::stat(QFile::encodeName(path).constData(), &status) != 0)
        return;
    g_device = status.st_dev;
    g_inode = status.st_ino;
    g_largerThan = largerThan;
    g_refusals = 0;
    g_pwrite = reinterpret_cast<PwriteCall>(g_vfs->xGetSystemCall(g_vfs, "pwrite"));
    g_pwrite64 = reinterpret_cast<PwriteCall>(g_vfs->xGetSystemCall(g_vfs, "pwrite64"));
    const auto replace = [](const char *name, auto function) {
        return g_vfs->xSetSystemCall(g_vfs, name,
                                     reinterpret_cast<sqlite3_syscall_ptr>(function)) == SQLITE_OK;
    };
    m_installed = (g_pwrite || g_pwrite64) && (!g_pwrite || replace("pwrite", &failingPwrite)) &&
                  (!g_pwrite64 || replace("pwrite64", &failingPwrite64));
}

SqliteWriteFault::~SqliteWriteFault()
{
    if (g_vfs && g_vfs->xSetSystemCall)
        g_vfs->xSetSystemCall(g_vfs, nullptr, nullptr); // every call back to the default
    g_inode = 0;
}

int SqliteWriteFault::refusals()
{
    return g_refusals;
}

UncopiedWal::UncopiedWal(const QString &path, const char *vfs, int pages)
    : m_path(path)
    , m_pages(pages)
{
    const QByteArray file = QFile::encodeName(path);
    const auto open = [&](sqlite3 **db) {
        return sqlite3_open_v2(file.constData(), db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                               vfs) == SQLITE_OK;
    };
    const auto exec = [](sqlite3 *db, const QByteArray &sql) {
        return sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
    };
    m_ok = open(&m_writer) && exec(m_writer, "PRAGMA journal_mode=WAL") &&
           exec(m_writer, "PRAGMA wal_autocheckpoint=0") &&
           exec(m_writer, "CREATE TABLE t(k INTEGER PRIMARY KEY, v BLOB)") &&
           open(&m_checkpointer) && exec(m_checkpointer, "PRAGMA journal_mode=WAL") &&
           exec(m_writer, "BEGIN");
    // A value of 3,000 bytes a row: one new page each, in the order of the keys.
    for (int key = 0; m_ok && key < pages; ++key)
        m_ok =
            exec(m_writer, "INSERT INTO t VALUES(" + QByteArray::number(key) + ", zeroblob(3000))");
    m_ok = m_ok && exec(m_writer, "COMMIT");
}

UncopiedWal::~UncopiedWal()
{
    sqlite3_close(m_checkpointer);
    sqlite3_close(m_writer);
}

int UncopiedWal::checkpoint(bool *everyFrame) const
{
    int logFrames = -1;
    int copiedFrames = -1;
    const int done = sqlite3_wal_checkpoint_v2(m_checkpointer, nullptr, SQLITE_CHECKPOINT_PASSIVE,
                                               &logFrames, &copiedFrames);
    if (everyFrame)
        *everyFrame = logFrames > 0 && copiedFrames == logFrames;
    return done;
}

QString UncopiedWal::checkFileAloneHoldsEveryRow(const QString &copyPath) const
{
    if (!QFile::copy(m_path, copyPath))
        return QStringLiteral("cannot copy %1 to %2").arg(m_path, copyPath);
    sqlite3 *reader = nullptr;
    const int opened = sqlite3_open_v2(QFile::encodeName(copyPath).constData(), &reader,
                                       SQLITE_OPEN_READONLY, nullptr);
    const auto closeReader = qScopeGuard([&] { sqlite3_close(reader); });
    if (opened != SQLITE_OK)
        return QString::fromUtf8(sqlite3_errstr(opened));
    sqlite3_stmt *count = nullptr;
    if (sqlite3_prepare_v2(reader, "SELECT count(*), sum(length(v)) FROM t", -1, &count, nullptr) !=
        SQLITE_OK)
        return QString::fromUtf8(sqlite3_errmsg(reader));
    const auto finalize = qScopeGuard([&] { sqlite3_finalize(count); });
    if (sqlite3_step(count) != SQLITE_ROW)
        return QString::fromUtf8(sqlite3_errmsg(reader));
    const int rows = sqlite3_column_int(count, 0);
    const qint64 bytes = sqlite3_column_int64(count, 1);
    if (rows != m_pages || bytes != qint64(m_pages) * 3000)
        return QStringLiteral("%1 rows of %2 bytes in all, not %3 of 3000 each")
            .arg(rows)
            .arg(bytes)
            .arg(m_pages);
    return {};
}

} // namespace syncscope::testsupport
