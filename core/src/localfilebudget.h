#pragma once

#include <QMutex>
#include <QtGlobal>
#include <qnamespace.h>

namespace syncscope::detail {

// How many local files this process keeps open at once. An open realm's SQLite connection holds
// three descriptors (the file, its WAL and the WAL index) and, once a realm has been read, a few
// dozen KiB of SQLite's memory: ten thousand sessions would need more descriptors than the
// usual limits allow. Beyond the budget, the least recently used store closes its connection
// and opens it again on its next use (LocalStore); nothing but the connection is dropped.
//
// Process-wide, because the descriptor limit is. A store is closed only by the thread that owns
// it (an SQLite connection of Qt's belongs to its thread): a thread that opens a file beyond the
// budget closes its own least recently used stores, never another thread's.
class LocalFileBudget final
{
    Q_DISABLE_COPY_MOVE(LocalFileBudget)

public:
    // A store that holds an open file: linked into the budget's use order while it is open.
    class Member
    {
    public:
        Member() = default;
        Q_DISABLE_COPY_MOVE(Member)

    protected:
        virtual ~Member() = default;
        // Nothing to do soon (caught up with the server, nothing queued): preferred for closing.
        virtual bool isIdle() const = 0;
        // Closing now would not interrupt anything (no call and no transaction in progress).
        virtual bool canClose() const = 0;
        // Called on the member's thread after the budget unlinked it: close the connection.
        virtual void closeForBudget() = 0;

    private:
        friend class LocalFileBudget;
        Member *m_older = nullptr;
        Member *m_newer = nullptr;
        Qt::HANDLE m_thread = nullptr;
        bool m_listed = false;
    };

    // A file's connection: its SQLite file, WAL and WAL index.
    static constexpr qint64 kDescriptorsPerFile = 3;
    // Local files may use this share of the soft RLIMIT_NOFILE; the rest is the app's and the
    // connections'.
    static constexpr qint64 kShareOfDescriptorLimit = 2; // one half
    static constexpr qint64 kMinimumFiles = 8;
    // And never more than this many: SQLite's unix VFS finds a file's lock record by walking a
    // list of every file the process has open, twice per open, so an open costs time in
    // proportion to the files already open. With 3,333 open (a 20,000 limit) those walks
    // were 57 % of the client's time at 10,000 sessions.
    static constexpr qint64 kMaximumFiles = 1024;

    static LocalFileBudget &instance();

    // Files open at once: the one set by setLimit(), or derived from the current soft
    // descriptor limit (read again each time, so a limit raised later counts), at most
    // kMaximumFiles.
    qint64 limit() const;
    // 0 goes back to the derived default. For tests and benchmarks.
    void setLimit(qint64 files);
    qint64 openCount() const;

    // `member` just opened its file: it becomes the most recently used, and as many of this
    // thread's least recently used members are closed as the budget needs (preferring idle
    // ones). `member` itself is never closed here.
    void opened(Member *member);
    // `member` (open) is being used: it becomes the most recently used.
    void used(Member *member);
    // `member` closed its file itself (or is being destroyed).
    void closed(Member *member);

private:
    LocalFileBudget() = default;
    void unlink(Member *member);
    // Lists an unlisted member as the most recently used.
    void linkAsNewest(Member *member);
    // The member to close next, unlinked; nullptr when this thread has none that can close.
    Member *takeVictim(const Member *keep);

    mutable QMutex m_mutex;
    Member *m_oldest = nullptr;
    Member *m_newest = nullptr;
    qint64 m_open = 0;
    qint64 m_limit = 0;
};

} // namespace syncscope::detail
