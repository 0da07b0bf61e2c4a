#pragma once

#include <QtGlobal>

namespace syncscope::detail {

// Who wrote a value and when: the origin timestamp (ms since the epoch on the writing client)
// and the client file id of the writer. The local file stores 0 for writes made before the
// server allocated this file's id and reads it back as that id (LocalStore::stampOf).
struct WriteStamp
{
    qint64 timestamp = 0;
    quint64 fileId = 0;
};

// The server's conflict rule, applied identically here so that every replica converges: the
// larger (timestamp, fileId) wins, and on a full tie (same file, same millisecond) the later
// write wins. Local writes are stamped so that they win locally (LocalStore::commitLocal).
inline bool incomingWins(const WriteStamp &incoming, const WriteStamp &current)
{
    if (incoming.timestamp != current.timestamp)
        return incoming.timestamp > current.timestamp;
    return incoming.fileId >= current.fileId;
}

} // namespace syncscope::detail
