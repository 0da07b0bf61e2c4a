#pragma once

#include "realmstorage.h"

#include <syncscope/protocol/messages.h>

#include <QHash>
#include <QList>

#include <deque>
#include <optional>

namespace syncscope::server {

// The latest changesets of each realm a node serves, decoded, so that a change is read from the
// database once and then sent to every bound session from memory: with PostgreSQL, one remote
// change would otherwise cost one query per session (10,000 sessions, 10,000 queries).
//
// A realm's tail is a contiguous run of server versions (first, last]; it holds at most
// kMaxVersions changesets and kMaxBytes of them, dropping the oldest. A client further
// behind than the tail reads from the database as before. Used on the storage thread only.
class RealmTailCache final
{
public:
    static constexpr qsizetype kMaxVersions = 1000;
    static constexpr quint64 kMaxBytes = 1024 * 1024;
    static constexpr qsizetype kMaxRealms = 256;

    struct Entry
    {
        protocol::DownloadChangeset changeset;
        quint64 size = 0; // protocol::changesetSize(), as stored in byte_size
    };

    // The version the tail ends at; nullopt if the realm has none.
    std::optional<quint64> last(qint64 realmId) const;
    // Appends changesets that continue the tail without a gap (the first must be last() + 1,
    // or the tail is empty and `after` says where they start). Anything else is ignored.
    void append(qint64 realmId, quint64 after, QList<Entry> entries);

    // A DOWNLOAD batch for (from, head] from memory, as RealmStorage::readDownload() would read
    // it; nullopt if the tail does not cover that range.
    std::optional<RealmStorage::DownloadBatch> read(qint64 realmId, quint64 clientFileId,
                                                    quint64 from, quint64 head, qint64 maxBytes);

private:
    struct Tail
    {
        quint64 after = 0; // the run holds versions after..after+size
        std::deque<Entry> entries;
        quint64 bytes = 0;
        quint64 lastUse = 0;
    };
    void trim(Tail &tail);

    QHash<qint64, Tail> m_realms;
    quint64 m_uses = 0;
};

} // namespace syncscope::server
