#pragma once

// A full disk without mounting anything: SQLite's unix VFS lets a program replace the system
// calls it makes (xSetSystemCall, the hook SQLite's own I/O-error tests use). While a
// SqliteDiskQuota lives, writes by SQLite to files in one directory fail with ENOSPC once the
// directory's files would grow beyond `capacity` bytes — as a small filesystem does, so SQLite
// reports SQLITE_FULL exactly as on a full tmpfs. Works for any user, in any container.

#include <QDir>
#include <QFile>
#include <QString>

#include <sqlite3.h>

#include <algorithm>
#include <cerrno>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

namespace syncscope::reliability {

class SqliteDiskQuota
{
public:
    SqliteDiskQuota(const QString &directory, qint64 capacity)
    {
        s_directory = QDir(directory).canonicalPath() + QLatin1Char('/');
        s_capacity = capacity;
        m_vfs = sqlite3_vfs_find(nullptr);
        m_installed = m_vfs && m_vfs->iVersion >= 3 && m_vfs->xSetSystemCall;
        if (!m_installed)
            return;
        s_pwrite = reinterpret_cast<PwriteFn>(m_vfs->xGetSystemCall(m_vfs, "pwrite"));
        s_pwrite64 = reinterpret_cast<PwriteFn>(m_vfs->xGetSystemCall(m_vfs, "pwrite64"));
        s_write = reinterpret_cast<WriteFn>(m_vfs->xGetSystemCall(m_vfs, "write"));
        m_installed = (!s_pwrite || replace("pwrite", &limitedPwrite)) &&
                      (!s_pwrite64 || replace("pwrite64", &limitedPwrite64)) &&
                      (!s_write || replace("write", &limitedWrite));
    }
    ~SqliteDiskQuota()
    {
        if (m_vfs && m_vfs->xSetSystemCall)
            m_vfs->xSetSystemCall(m_vfs, nullptr, nullptr); // every call back to the default
        s_directory.clear();
    }
    bool installed() const { return m_installed; }
    // How many writes were refused for lack of space.
    static int refusals() { return s_refusals; }

private:
    using PwriteFn = ssize_t (*)(int, const void *, size_t, off_t);
    using WriteFn = ssize_t (*)(int, const void *, size_t);

    bool replace(const char *name, auto function)
    {
        return m_vfs->xSetSystemCall(m_vfs, name,
                                     reinterpret_cast<sqlite3_syscall_ptr>(function)) == SQLITE_OK;
    }

    // Whether writing `count` bytes at `offset` of `fd` would overfill the directory.
    static bool wouldOverfill(int fd, off_t offset, size_t count)
    {
        if (s_directory.isEmpty())
            return false;
        const QString path = QFile::symLinkTarget(QStringLiteral("/proc/self/fd/%1").arg(fd));
        if (!path.startsWith(s_directory))
            return false;
        struct stat file
        {};
        if (::fstat(fd, &file) != 0)
            return false;
        const qint64 growth = std::max<qint64>(0, qint64(offset) + qint64(count) - file.st_size);
        if (growth == 0)
            return false;
        qint64 used = 0;
        for (const QFileInfo &info : QDir(s_directory).entryInfoList(QDir::Files | QDir::Hidden))
            used += info.size();
        if (used + growth <= s_capacity)
            return false;
        ++s_refusals;
        return true;
    }
    static ssize_t limitedPwrite(int fd, const void *data, size_t count, off_t offset)
    {
        if (wouldOverfill(fd, offset, count)) {
            errno = ENOSPC;
            return -1;
        }
        return s_pwrite(fd, data, count, offset);
    }
    static ssize_t limitedPwrite64(int fd, const void *data, size_t count, off_t offset)
    {
        if (wouldOverfill(fd, offset, count)) {
            errno = ENOSPC;
            return -1;
        }
        return s_pwrite64(fd, data, count, offset);
    }
    static ssize_t limitedWrite(int fd, const void *data, size_t count)
    {
        if (wouldOverfill(fd, ::lseek(fd, 0, SEEK_CUR), count)) {
            errno = ENOSPC;
            return -1;
        }
        return s_write(fd, data, count);
    }

    sqlite3_vfs *m_vfs = nullptr;
    bool m_installed = false;
    static inline QString s_directory;
    static inline qint64 s_capacity = 0;
    static inline int s_refusals = 0;
    static inline PwriteFn s_pwrite = nullptr;
    static inline PwriteFn s_pwrite64 = nullptr;
    static inline WriteFn s_write = nullptr;
};

} // namespace syncscope::reliability
