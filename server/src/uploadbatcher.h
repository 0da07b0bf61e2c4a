#pragma once

#include "grouppacer.h"
#include "realmstorage.h"

#include <QList>
#include <QSet>
#include <QTimer>

#include <chrono>

namespace syncscope::server {

class RealmHub;
class ServerStatistics;
class ServerSession;
class SessionSink;
class StorageThread;

// Group commit. Sessions hand their UPLOADs here instead of integrating them one by one;
// everything that arrived (on any session and connection) is integrated in one transaction on
// the storage thread, i.e. one fsync instead of one per upload, and only after that commit are
// the sessions told, so that they acknowledge nothing that is not durable. One group is on the
// storage thread at a time: what arrives meanwhile (the event loop keeps serving everyone) forms
// the next group, handed over as soon as the previous group's results are given to its
// sessions. The sessions' DOWNLOADs (acknowledgements and fan-out) are sent right after that,
// while the storage thread commits the next group, not after the next pass over the buffered
// uploads of every connection. Under many concurrent writers the next group may wait a few
// milliseconds more to fill up (GroupCommitPacing, decided by GroupPacer).
class UploadBatcher final
{
    Q_DISABLE_COPY_MOVE(UploadBatcher)

public:
    // queuedBudget: ServerLimits::queuedUploadBudget.
    UploadBatcher(StorageThread *storage, RealmHub *hub, qint64 queuedBudget,
                  GroupCommitPacing pacing = {});

    void enqueue(ServerSession *session, RealmStorage::PendingUpload upload);
    // The session is going away: its queued uploads are still integrated (the client sent
    // them and may have closed right after) and the realm's other sessions hear of them, but
    // nobody is acknowledged.
    void forget(const ServerSession *session);
    // Removes the session's uploads not yet handed to the storage thread.
    void dropQueued(const ServerSession *session);
    // Hands what is queued now to the storage thread, unless a group is still there (also
    // called by the timer); does not wait for the pacing.
    void flush();
    // Shutdown: integrates everything queued and waits until it is stored.
    void flushAndWait();
    qsizetype queuedUploads() const { return m_queue.size(); }

    // Memory a decoded upload holds (what the budget counts).
    static qint64 memoryOf(const QList<protocol::UploadChangeset> &changesets);
    // Uploads that wait in a session for its IDENT (which waits for the storage thread) count
    // against the same budget. holdWaiting() is false if that would exceed it, unless `first`
    // (a session's first waiting upload is always taken): the caller's connection is then
    // dropped.
    bool holdWaiting(qint64 memory, bool first);
    void releaseWaiting(qint64 memory) { m_waitingMemory -= memory; }
    // Where commit and acknowledgement latencies are recorded; none by default.
    void setStatistics(ServerStatistics *statistics) { m_statistics = statistics; }
    // While a group's results are handed to its sessions, a connection whose sessions come to
    // want to send is sent to at the end of the report (sendDownloadsNow()) instead of posting
    // a pass of its own to the event loop: one posted event and one wake-up less per
    // connection and commit.
    bool isReporting() const { return m_reporting; }
    void sendAfterReport(SessionSink *sink) { m_sinksAfterReport.insert(sink); }

private:
    struct Entry
    {
        ServerSession *session = nullptr;
        RealmStorage::PendingUpload upload;
        std::chrono::steady_clock::time_point received;
        qint64 memory = 0; // what the decoded upload holds
    };

    // Over the budget: drops the connection that holds the most queued memory in more than
    // one upload, and forgets its uploads.
    void shedBiggestHolder();

    void report(const QList<RealmStorage::Integration> &results, double commitSeconds);
    void recountQueuedWriters();
    // How long the pacing holds the queue now.
    std::chrono::milliseconds pacedWait() const;
    // Arms the timer to hand the queue over after this turn, or when the pacing lets it go.
    void scheduleHandover();

    StorageThread *m_storage;
    RealmHub *m_hub;
    QList<Entry> m_queue;
    QList<Entry> m_inFlight; // the group being committed and reported
    bool m_committing = false;
    qint64 m_queuedBudget;
    qint64 m_queuedMemory = 0;  // of m_queue
    qint64 m_waitingMemory = 0; // of uploads waiting in sessions
    QTimer m_timer;
    GroupPacer m_pacer;
    // The distinct client files (writers) of m_queue: what the pacing counts.
    QSet<quint64> m_queuedWriters;
    ServerStatistics *m_statistics = nullptr;
    bool m_reporting = false;
    QSet<SessionSink *> m_sinksAfterReport;
};

} // namespace syncscope::server
