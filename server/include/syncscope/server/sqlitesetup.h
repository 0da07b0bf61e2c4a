#pragma once

namespace syncscope::server {

// Puts syncscope-server's layer in front of SQLite's page cache, for the whole process (see
// server/src/sqlitepagecache.h: a commit no longer walks the cache after a b-tree balance).
// SQLite allows this only before it is first used, and not while another thread might use it,
// so syncscope-server's main() calls it first thing. A process that embeds the server and has
// used SQLite already need not call it: SQLite's own cache then works as it always did.
// Returns whether the layer is in place.
bool prepareSqliteForServer();

} // namespace syncscope::server
