#include "realmtailcache.h"

#include <algorithm>

namespace syncscope::server {

std::optional<quint64> RealmTailCache::last(qint64 realmId) const
{
    const auto it = m_realms.constFind(realmId);
    if (it == m_realms.cend())
        return std::nullopt;
    return it->after + quint64(it->entries.size());
}

void RealmTailCache::append(qint64 realmId, quint64 after, QList<Entry> entries)
{
    if (entries.isEmpty())
        return;
    auto it = m_realms.find(realmId);
    if (it == m_realms.end()) {
        if (m_realms.size() >= kMaxRealms) {
            // The realm used longest ago makes room.
            const auto oldest = std::min_element(
                m_realms.begin(), m_realms.end(),
                [](const Tail &a, const Tail &b) { return a.lastUse < b.lastUse; });
            m_realms.erase(oldest);
        }
        it = m_realms.insert(realmId, Tail{after, {}, 0, ++m_uses});
    }
    Tail &tail = *it;
    quint64 next = tail.after + quint64(tail.entries.size()) + 1;
    for (Entry &entry : entries) {
        if (entry.changeset.serverVersion != next) {
            if (entry.changeset.serverVersion < next)
                continue; // already there
            // A gap: what follows cannot be served from here; start over after it.
            tail.entries.clear();
            tail.bytes = 0;
            tail.after = entry.changeset.serverVersion - 1;
            next = entry.changeset.serverVersion;
        }
        tail.bytes += entry.size;
        tail.entries.push_back(std::move(entry));
        ++next;
    }
    trim(tail);
}

void RealmTailCache::trim(Tail &tail)
{
    // A changeset larger than the whole budget leaves the tail empty: it is read from the
    // database by each session, as before, rather than held per realm.
    while (!tail.entries.empty() &&
           (qsizetype(tail.entries.size()) > kMaxVersions || tail.bytes > kMaxBytes)) {
        tail.bytes -= tail.entries.front().size;
        tail.entries.pop_front();
        ++tail.after;
    }
}

std::optional<RealmStorage::DownloadBatch> RealmTailCache::read(qint64 realmId,
                                                                quint64 clientFileId, quint64 from,
                                                                quint64 head, qint64 maxBytes)
{
    const auto it = m_realms.find(realmId);
    if (it == m_realms.end())
        return std::nullopt;
    Tail &tail = *it;
    const quint64 last = tail.after + quint64(tail.entries.size());
    if (from < tail.after || head > last || from > head)
        return std::nullopt;
    tail.lastUse = ++m_uses;

    RealmStorage::DownloadBatch batch;
    batch.head = head;
    batch.cursor = head;
    bool full = false;
    // Same rule as the database path: changesets join while the total stays within maxBytes;
    // one larger than that travels alone. The others' bytes after the cursor remain.
    for (quint64 version = from + 1; version <= head; ++version) {
        const Entry &entry = tail.entries.at(size_t(version - tail.after - 1));
        if (entry.changeset.originFileId == clientFileId)
            continue;
        if (full) {
            batch.remainingBytes += entry.size;
            continue;
        }
        if (!batch.changesets.isEmpty() && batch.bytes + entry.size > quint64(maxBytes)) {
            full = true;
            batch.cursor = batch.changesets.constLast().serverVersion;
            batch.remainingBytes += entry.size;
            continue;
        }
        batch.changesets.append(entry.changeset);
        batch.bytes += entry.size;
        if (batch.bytes >= quint64(maxBytes)) {
            full = true;
            batch.cursor = version;
        }
    }
    if (batch.remainingBytes == 0)
        batch.cursor = head; // only the client's own changesets are left
    return batch;
}

} // namespace syncscope::server
