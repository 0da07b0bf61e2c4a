#pragma once

#include <QtGlobal>

namespace syncscope::server {

// SQLite's own page cache behind a thin layer that knows the highest page number its pages
// may have, so that the end of a commit no longer walks the whole cache for nothing.
//
// At the end of every write transaction SQLite drops the cached pages beyond the database's
// size (xTruncate). Its cache skips that when no page beyond the size was ever cached, but it
// counts a page number it only parked a page at: when a b-tree split leaves its new pages out of
// order, SQLite swaps two of them through the page number of the lock byte (1 GiB / page size
// + 1, page 262,145). From then on the cache holds "pages up to 262,145" and the next truncation
// walks every hash slot and every page of the cache (16 MiB, ~4,000 pages) to find none. At
// 10,000 sessions nearly every group commit splits an index page in the middle, and that walk
// was ~10 % of the storage thread's CPU (docs/performance.md).
//
// This layer passes every call through and forwards a truncation only when a page at or beyond
// its limit can exist: one created or moved there, or one still parked. Pages are never kept
// that SQLite asked to drop: a rollback that leaves pages beyond the restored size is forwarded.
class SqlitePageCache final
{
public:
    // Puts the layer in front of SQLite's page cache, once, for the whole process. Only possible
    // before SQLite is first initialised (the first connection opened, or a VFS registered), and
    // not while another thread may initialise it: syncscope-server's main() calls it first thing
    // (prepareSqliteForServer()). It returns false when it could not, and SQLite's cache works as
    // before.
    static bool install();
    static bool isInstalled();

    // For tests: truncations passed on to SQLite's cache, those it had nothing to drop for,
    // and pages a balance parked at the lock byte's page number.
    struct Counts
    {
        qint64 forwarded = 0;
        qint64 skipped = 0;
        qint64 parked = 0;
    };
    static Counts counts();
};

} // namespace syncscope::server
