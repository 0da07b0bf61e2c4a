#include "sqlitepagecache.h"

#include <syncscope/server/sqlitesetup.h>

#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <mutex>

namespace syncscope::server {

namespace {

// SQLite's lock byte (PENDING_BYTE) sits at 1 GiB; the page that holds it is never part of a
// database, which is why a b-tree balance parks a page there while it swaps two page numbers.
constexpr unsigned kLockByteOffset = 0x40000000u;

sqlite3_pcache_methods2 g_sqlite{}; // SQLite's own page cache, which does the work
sqlite3_pcache_methods2 g_layer{};
bool g_installed = false;
std::atomic<qint64> g_forwarded = 0;
std::atomic<qint64> g_skipped = 0;
std::atomic<qint64> g_parked = 0;

// One per page cache (a connection's database). SQLite calls a cache's methods from one
// connection at a time, so its fields need no lock.
struct Cache
{
    sqlite3_pcache *sqlite = nullptr;
    unsigned parkingKey = 0;
    // No page of this cache has a number above this, besides those parked at parkingKey.
    unsigned highestKey = 0;
    // Pages moved to parkingKey and not yet away from it. A parked page SQLite drops through
    // xUnpin is not seen here: the count then stays up, and truncations are all forwarded
    // until one drops whatever is at parkingKey.
    int parked = 0;
};

Cache *cacheOf(sqlite3_pcache *cache)
{
    return reinterpret_cast<Cache *>(cache);
}

int init(void *)
{
    return g_sqlite.xInit ? g_sqlite.xInit(g_sqlite.pArg) : SQLITE_OK;
}

void shutdown(void *)
{
    if (g_sqlite.xShutdown)
        g_sqlite.xShutdown(g_sqlite.pArg);
}

sqlite3_pcache *create(int pageSize, int extraSize, int purgeable)
{
    sqlite3_pcache *sqlite = g_sqlite.xCreate(pageSize, extraSize, purgeable);
    if (!sqlite)
        return nullptr;
    auto *cache = new (std::nothrow) Cache;
    if (!cache) {
        g_sqlite.xDestroy(sqlite);
        return nullptr;
    }
    cache->sqlite = sqlite;
    cache->parkingKey = pageSize > 0 ? kLockByteOffset / unsigned(pageSize) + 1 : 0;
    return reinterpret_cast<sqlite3_pcache *>(cache);
}

void cacheSize(sqlite3_pcache *cache, int pages)
{
    g_sqlite.xCachesize(cacheOf(cache)->sqlite, pages);
}

int pageCount(sqlite3_pcache *cache)
{
    return g_sqlite.xPagecount(cacheOf(cache)->sqlite);
}

sqlite3_pcache_page *fetch(sqlite3_pcache *cache, unsigned key, int create)
{
    Cache *c = cacheOf(cache);
    sqlite3_pcache_page *page = g_sqlite.xFetch(c->sqlite, key, create);
    if (page)
        c->highestKey = std::max(c->highestKey, key);
    return page;
}

void unpin(sqlite3_pcache *cache, sqlite3_pcache_page *page, int discard)
{
    g_sqlite.xUnpin(cacheOf(cache)->sqlite, page, discard);
}

void rekey(sqlite3_pcache *cache, sqlite3_pcache_page *page, unsigned oldKey, unsigned newKey)
{
    Cache *c = cacheOf(cache);
    g_sqlite.xRekey(c->sqlite, page, oldKey, newKey);
    if (oldKey == c->parkingKey && c->parked > 0)
        --c->parked;
    if (newKey == c->parkingKey) {
        ++c->parked;
        g_parked.fetch_add(1, std::memory_order_relaxed);
    } else {
        c->highestKey = std::max(c->highestKey, newKey);
    }
}

void truncate(sqlite3_pcache *cache, unsigned limit)
{
    Cache *c = cacheOf(cache);
    // Nothing at or beyond the limit: SQLite's cache would only walk itself to find that out.
    if (c->parked == 0 && limit > c->highestKey) {
        g_skipped.fetch_add(1, std::memory_order_relaxed);
        return;
    }
    g_forwarded.fetch_add(1, std::memory_order_relaxed);
    g_sqlite.xTruncate(c->sqlite, limit);
    if (limit <= c->parkingKey)
        c->parked = 0;
    c->highestKey = limit > 0 ? std::min(c->highestKey, limit - 1) : 0;
}

void destroy(sqlite3_pcache *cache)
{
    Cache *c = cacheOf(cache);
    g_sqlite.xDestroy(c->sqlite);
    delete c;
}

void shrink(sqlite3_pcache *cache)
{
    g_sqlite.xShrink(cacheOf(cache)->sqlite);
}

} // namespace

bool SqlitePageCache::install()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // Both fail with SQLITE_MISUSE once SQLite is initialised: then nothing changes.
        if (sqlite3_config(SQLITE_CONFIG_GETPCACHE2, &g_sqlite) != SQLITE_OK || !g_sqlite.xCreate ||
            !g_sqlite.xFetch || !g_sqlite.xTruncate)
            return;
        g_layer.iVersion = 1;
        g_layer.pArg = nullptr;
        g_layer.xInit = &init;
        g_layer.xShutdown = &shutdown;
        g_layer.xCreate = &create;
        g_layer.xCachesize = &cacheSize;
        g_layer.xPagecount = &pageCount;
        g_layer.xFetch = &fetch;
        g_layer.xUnpin = &unpin;
        g_layer.xRekey = &rekey;
        g_layer.xTruncate = &truncate;
        g_layer.xDestroy = &destroy;
        g_layer.xShrink = &shrink;
        g_installed = sqlite3_config(SQLITE_CONFIG_PCACHE2, &g_layer) == SQLITE_OK;
    });
    return g_installed;
}

bool SqlitePageCache::isInstalled()
{
    return g_installed;
}

SqlitePageCache::Counts SqlitePageCache::counts()
{
    return {g_forwarded.load(std::memory_order_relaxed), g_skipped.load(std::memory_order_relaxed),
            g_parked.load(std::memory_order_relaxed)};
}

bool prepareSqliteForServer()
{
    return SqlitePageCache::install();
}

} // namespace syncscope::server
