#include "headspoll.h"

#include "storagethread.h"

#include <optional>

namespace syncscope::server {

HeadsPoll::HeadsPoll(StorageThread *storage, Publish publish)
    : m_storage(storage)
    , m_publish(std::move(publish))
{}

bool HeadsPoll::start(QList<qint64> realms)
{
    if (m_running || realms.isEmpty())
        return false;
    m_running = true;
    m_realms = std::move(realms);
    m_next = 0;
    ++m_round;
    readNextChunk();
    return true;
}

void HeadsPoll::reset()
{
    m_running = false;
    m_realms.clear();
    m_next = 0;
    ++m_round;
}

void HeadsPoll::readNextChunk()
{
    QList<qint64> chunk = m_realms.mid(m_next, kChunkRealms);
    m_next += chunk.size();
    // The poll lives as long as the storage thread's results can arrive (the server stops the
    // thread before it destroys the poll).
    m_storage->run<std::optional<QHash<qint64, quint64>>>(
        [chunk = std::move(chunk)](RealmStorage &storage) { return storage.heads(chunk); },
        [this, round = m_round](const std::optional<QHash<qint64, quint64>> &heads) {
            if (round != m_round)
                return;
            if (heads)
                m_publish(*heads);
            // A database that does not answer ends the round; the next interval tries again.
            if (!heads || m_next >= m_realms.size() || !m_storage->isRunning()) {
                m_running = false;
                m_realms.clear();
                return;
            }
            readNextChunk();
        });
}

} // namespace syncscope::server
