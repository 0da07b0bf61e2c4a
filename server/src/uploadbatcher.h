#pragma once

#include "realmstore.h"

#include <QList>
#include <QTimer>

#include <chrono>

namespace syncscope::server {

class RealmHub;
class ServerStatistics;
class ServerSession;

// Group commit. Sessions hand their UPLOADs here instead of integrating them one by one; once
// per event-loop turn everything that arrived (on any session and connection) is integrated in
// one transaction, i.e. one fsync instead of one per upload, and only after that commit are
// the sessions told, so that they acknowledge nothing that is not durable. Their DOWNLOADs
// (acknowledgements and fan-out) are then sent at once, not after the next pass over the
// buffered uploads of every connection.
class UploadBatcher final
{
    Q_DISABLE_COPY_MOVE(UploadBatcher)

public:
    UploadBatcher(RealmStore *store, RealmHub *hub);

    void enqueue(ServerSession *session, RealmStore::PendingUpload upload);
    // The session is going away: its queued uploads are still integrated (the client sent
    // them and may have closed right after), but nobody is told.
    void forget(const ServerSession *session);
    // Integrates what is queued now (also called by the timer).
    void flush();
    qsizetype queuedUploads() const { return m_queue.size(); }
    // Where commit and acknowledgement latencies are recorded; none by default.
    void setStatistics(ServerStatistics *statistics) { m_statistics = statistics; }

private:
    struct Entry
    {
        ServerSession *session = nullptr;
        RealmStore::PendingUpload upload;
        std::chrono::steady_clock::time_point received;
    };

    RealmStore *m_store;
    RealmHub *m_hub;
    QList<Entry> m_queue;
    QList<Entry> m_inFlight; // the group being committed and reported
    QTimer m_timer;
    ServerStatistics *m_statistics = nullptr;
};

} // namespace syncscope::server
