#pragma once

#include <QHash>
#include <QList>

#include <functional>

namespace syncscope::server {

class StorageThread;

// The periodic re-read of the heads of every realm a node serves (nodes sharing PostgreSQL:
// another node's notification may have been lost). One storage job for all of them held the
// storage thread for tens of milliseconds at 10,000 realms, and every group commit queued
// behind it: a stall every poll interval that made the acknowledgement p99. A round reads the
// realms in chunks instead, one storage job each, the next one submitted only when the
// previous one is reported, so a group commit waits for one chunk at most.
class HeadsPoll final
{
    Q_DISABLE_COPY_MOVE(HeadsPoll)

public:
    // Realms read by one storage job.
    static constexpr qsizetype kChunkRealms = 1000;

    // Called on the event loop's thread with each chunk's heads.
    using Publish = std::function<void(const QHash<qint64, quint64> &heads)>;

    HeadsPoll(StorageThread *storage, Publish publish);

    // Starts a round over these realms; false (and nothing starts) while a round is running,
    // so a slow database never piles them up.
    bool start(QList<qint64> realms);
    bool isRunning() const { return m_running; }
    // The storage thread was stopped (results not delivered are dropped): the round on it
    // never reports back, so it is forgotten and the next start() begins a new one.
    void reset();

private:
    void readNextChunk();

    StorageThread *m_storage;
    Publish m_publish;
    QList<qint64> m_realms;
    qsizetype m_next = 0;
    bool m_running = false;
    quint64 m_round = 0; // results of a round reset() forgot are ignored
};

} // namespace syncscope::server
