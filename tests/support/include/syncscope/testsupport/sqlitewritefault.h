#pragma once

#include <QString>

struct sqlite3;

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

// Two connections to a new WAL database at `path`, opened through the VFS named `vfs` (nullptr:
// SQLite's default): a writer that committed `pages` new pages of one table in a row, none of
// them copied into the database file yet (automatic checkpoints off), and a checkpointer to copy
// them. Both close when it goes.
class UncopiedWal final
{
public:
    UncopiedWal(const QString &path, const char *vfs, int pages);
    ~UncopiedWal();
    UncopiedWal(const UncopiedWal &) = delete;
    UncopiedWal &operator=(const UncopiedWal &) = delete;

    bool ok() const { return m_ok; }
    sqlite3 *checkpointer() const { return m_checkpointer; }
    // A passive checkpoint on the checkpointer; SQLite's result code. With room for them,
    // `everyFrame` tells whether it copied every frame of the log.
    int checkpoint(bool *everyFrame = nullptr) const;
    // The database file alone (copied to `copyPath`, without its WAL) holds every row the
    // writer committed: the frames were all copied. Empty if so, else what is missing.
    QString checkFileAloneHoldsEveryRow(const QString &copyPath) const;

private:
    sqlite3 *m_writer = nullptr;
    sqlite3 *m_checkpointer = nullptr;
    QString m_path;
    int m_pages = 0;
    bool m_ok = false;
};

} // namespace syncscope::testsupport
