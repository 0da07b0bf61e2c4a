#pragma once

#include <QString>

namespace syncscope::testsupport {

// An I/O error on one file's larger writes, at SQLite's file layer: SQLite's unix VFS lets a
// program replace the system calls it makes (xSetSystemCall, the hook SQLite's own I/O-error
// tests use). While a SqliteWriteFault lives, every pwrite() of more than `largerThan` bytes
// that SQLite makes into the file at `path` (the same inode) fails with EIO. With one page as
// the bound, only the writes our VFSs collect from several pages fail (a checkpoint's
// copy-back), never SQLite's own one-page writes. One at a time per process.
class SqliteWriteFault final
{
public:
    SqliteWriteFault(const QString &path, qint64 largerThan);
    ~SqliteWriteFault();
    SqliteWriteFault(const SqliteWriteFault &) = delete;
    SqliteWriteFault &operator=(const SqliteWriteFault &) = delete;

    // False if SQLite's default VFS does not let its system calls be replaced.
    bool installed() const { return m_installed; }
    // Writes refused so far.
    static int refusals();

private:
    bool m_installed = false;
};

} // namespace syncscope::testsupport
