#include "uploadbatcher.h"

#include "logging.h"
#include "realmhub.h"
#include "serversession.h"
#include "storagethread.h"

#include <syncscope/protocol/stagetrace.h>
#include <syncscope/server/serverstatistics.h>

#include <QElapsedTimer>
#include <QSet>

namespace syncscope::server {

namespace {

// The bench's finer stamps of the group commit (protocol/stagetrace.h), one per upload.
void traceUploads(const char *stage, const QList<RealmStorage::PendingUpload> &uploads)
{
    if (Q_LIKELY(!lcTrace().isDebugEnabled()))
        return;
    for (const RealmStorage::PendingUpload &upload : uploads) {
        if (!upload.changesets.isEmpty())
            protocol::traceStage(lcTrace(), stage, upload.clientFileId,
                                 upload.changesets.constLast().clientVersion);
    }
}

} // namespace

qint64 UploadBatcher::memoryOf(const QList<protocol::UploadChangeset> &changesets)
{
    // Keys (UTF-16) and values, plus per operation the Operation itself and the allocations of
    // its QString and QByteArray (~150 bytes for tiny ones); and the operations' wire form the
    // decoder kept (the message they came in stays in memory with them, until stored).
    constexpr qint64 kPerOperation = 128;
    qint64 bytes = 0;
    for (const protocol::UploadChangeset &changeset : changesets) {
        bytes += changeset.encodedOperations.size();
        for (const protocol::Operation &op : changeset.operations)
            bytes += kPerOperation + 2 * op.key.size() + op.value.size();
    }
    return bytes;
}

bool UploadBatcher::holdWaiting(qint64 memory, bool first)
{
    if (!first && m_waitingMemory + memory > m_queuedBudget)
        return false;
    m_waitingMemory += memory;
    return true;
}

UploadBatcher::UploadBatcher(StorageThread *storage, RealmHub *hub, qint64 queuedBudget,
                             GroupCommitPacing pacing)
    : m_storage(storage)
    , m_hub(hub)
    , m_queuedBudget(queuedBudget)
    , m_pacer(pacing)
{
    // 0 ms: runs once the event loop has delivered what is readable now on every socket.
    // Longer only while the pacing holds a group back; precise, since the spacing is a few ms.
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    QObject::connect(&m_timer, &QTimer::timeout, [this] { flush(); });
}

void UploadBatcher::enqueue(ServerSession *session, RealmStorage::PendingUpload upload)
{
    const qint64 memory = memoryOf(upload.changesets);
    m_queue.append({session, std::move(upload), std::chrono::steady_clock::now(), memory});
    m_queuedWriters.insert(m_queue.constLast().upload.clientFileId);
    m_queuedMemory += memory;
    if (m_queuedMemory > m_queuedBudget)
        shedBiggestHolder();
    // While a group is on the storage thread, its report hands this one over.
    if (!m_committing)
        scheduleHandover();
}

std::chrono::milliseconds UploadBatcher::pacedWait() const
{
    return std::chrono::ceil<std::chrono::milliseconds>(
        m_pacer.wait(int(m_queuedWriters.size()), GroupPacer::Clock::now()));
}

void UploadBatcher::scheduleHandover()
{
    if (m_queue.isEmpty())
        return;
    const std::chrono::milliseconds interval = pacedWait();
    // An armed timer that fires no later stays: re-arming it on every upload would cost a
    // system call each and, for the 0 ms one, let a busy loop push it back forever.
    if (m_timer.isActive() && m_timer.intervalAsDuration() <= interval)
        return;
    m_timer.start(interval);
}

void UploadBatcher::shedBiggestHolder()
{
    struct Held
    {
        qint64 memory = 0;
        int uploads = 0;
    };
    QHash<SessionSink *, Held> held;
    for (const Entry &entry : std::as_const(m_queue)) {
        if (!entry.session)
            continue;
        Held &h = held[entry.session->sink()];
        h.memory += entry.memory;
        ++h.uploads;
    }
    // One upload of a connection is always taken, however big (up to the message size).
    SessionSink *biggest = nullptr;
    qint64 most = 0;
    for (auto it = held.cbegin(); it != held.cend(); ++it) {
        if (it->uploads > 1 && it->memory > most) {
            biggest = it.key();
            most = it->memory;
        }
    }
    if (!biggest)
        return;
    // Never acknowledged, so its client sends them again after it reconnects: nothing is lost.
    m_queue.removeIf([&](const Entry &entry) {
        if (!entry.session || entry.session->sink() != biggest)
            return false;
        m_queuedMemory -= entry.memory;
        return true;
    });
    recountQueuedWriters();
    biggest->dropSoon(QStringLiteral("uploads waiting for storage exceed %1 bytes and it holds "
                                     "the most (%2 bytes)")
                          .arg(m_queuedBudget)
                          .arg(most));
}

void UploadBatcher::forget(const ServerSession *session)
{
    for (Entry &entry : m_queue) {
        if (entry.session == session)
            entry.session = nullptr;
    }
    for (Entry &entry : m_inFlight) {
        if (entry.session == session)
            entry.session = nullptr;
    }
}

void UploadBatcher::dropQueued(const ServerSession *session)
{
    m_queue.removeIf([this, session](const Entry &entry) {
        if (entry.session != session)
            return false;
        m_queuedMemory -= entry.memory;
        return true;
    });
    recountQueuedWriters();
}

void UploadBatcher::recountQueuedWriters()
{
    m_queuedWriters.clear();
    for (const Entry &entry : std::as_const(m_queue))
        m_queuedWriters.insert(entry.upload.clientFileId);
}

void UploadBatcher::flush()
{
    m_timer.stop();
    if (m_queue.isEmpty() || m_committing)
        return; // the group on the storage thread sends the next one when it is reported
    m_committing = true;
    // Swapped, not moved: the next queue starts with the capacity of the last group (the report
    // cleared it), where growing a new list to a group's size took a reallocation per doubling,
    // 2.7 % of the server's samples at 10,000 uploads a second (docs/performance.md).
    Q_ASSERT(m_inFlight.isEmpty());
    m_inFlight.swap(m_queue);
    m_queuedMemory = 0;
    const qsizetype writers = m_queuedWriters.size();
    m_pacer.handedOver(int(writers), GroupPacer::Clock::now());
    m_queuedWriters.clear();
    m_queuedWriters.reserve(writers);
    QList<RealmStorage::PendingUpload> uploads;
    uploads.reserve(m_inFlight.size());
    // The changesets move to the storage thread, which also frees them: for a huge upload
    // that alone is tens of milliseconds the event loop does not spend.
    for (Entry &entry : m_inFlight)
        uploads.append({entry.upload.realmId, entry.upload.clientFileId,
                        std::exchange(entry.upload.changesets, {})});
    struct Committed
    {
        QList<RealmStorage::Integration> results;
        double seconds = 0;
    };
    traceUploads("server-group-queued", uploads);
    m_storage->run<Committed>(
        [uploads = std::move(uploads)](RealmStorage &storage) {
            traceUploads("server-storage-began", uploads);
            QElapsedTimer commitTime;
            commitTime.start();
            Committed committed{storage.integrateUploads(uploads), 0};
            committed.seconds = double(commitTime.nsecsElapsed()) / 1e9;
            traceUploads("server-storage-committed", uploads);
            qCDebug(lcStorage).noquote() << "group commit of" << uploads.size() << "uploads took"
                                         << commitTime.elapsed() << "ms";
            return committed;
        },
        // The batcher lives as long as the storage thread's results can arrive (the server
        // stops the thread before it destroys the batcher).
        [this](Committed committed) { report(committed.results, committed.seconds); });
}

void UploadBatcher::flushAndWait()
{
    flush();
    while (m_committing || !m_queue.isEmpty()) {
        m_storage->waitForIdle(); // delivers the report, which sends the next group
        if (!m_storage->isRunning())
            break;
        flush();
    }
}

void UploadBatcher::report(const QList<RealmStorage::Integration> &results, double commitSeconds)
{
    m_committing = false;
    if (m_statistics)
        m_statistics->recordCommit(commitSeconds, quint64(m_inFlight.size()));

    // Reported only now, after the commit. A report may end sessions (a refused upload), which
    // forget() them here, so the pointers are read afresh each time.
    m_reporting = true;
    for (qsizetype i = 0; i < m_inFlight.size(); ++i) {
        if (results.at(i).status == RealmStorage::Integration::Status::Integrated &&
            results.at(i).integratedChangesets > 0) {
            // Counted here, not by the session: an upload of a session that went away is
            // integrated too.
            if (m_statistics) {
                m_statistics->addIntegrated(results.at(i).integratedChangesets,
                                            results.at(i).integratedBytes);
                ServerSession *session = m_inFlight.at(i).session;
                m_statistics->realmIntegrated(m_inFlight.at(i).upload.realmId, results.at(i).head,
                                              results.at(i).integratedBytes,
                                              session ? session->realmStatistics() : nullptr);
            }
        }
        if (ServerSession *session = m_inFlight.at(i).session) {
            session->uploadIntegrated(results.at(i));
        } else if (results.at(i).status == RealmStorage::Integration::Status::Integrated &&
                   results.at(i).integratedChangesets > 0) {
            // Its session ended (UNBIND, a dropped connection) while the upload waited, so it
            // cannot announce the new head as it does otherwise; the realm's other sessions must
            // hear of it all the same, in commit order: a MARK is answered at the head a session
            // knows, and would complete a download without these changesets.
            m_hub->publish(m_inFlight.at(i).upload.realmId, results.at(i).head,
                           results.at(i).stored);
        }
    }

    m_reporting = false;

    // Acknowledgements and fan-out leave now, one pass per connection: every connection whose
    // sessions came to want to send asked during the report (the realms' other subscribers
    // among them, told by publish()), and the uploaders' own, which may have queued an ERROR.
    // The connections without an uploader of this group go first: theirs is the fan-out that
    // another device waits for, while an uploader already has its changes durably at home and
    // only learns that the server has them too. In the order of a QSet of pointers, a reader's
    // DOWNLOAD left behind the writer's acknowledgement in about every other server process.
    QSet<SessionSink *> uploaders;
    for (const Entry &entry : std::as_const(m_inFlight)) {
        if (entry.session)
            uploaders.insert(entry.session->sink());
    }
    QList<SessionSink *> sinks;
    sinks.reserve(m_sinksAfterReport.size() + uploaders.size());
    for (SessionSink *sink : std::as_const(m_sinksAfterReport)) {
        if (!uploaders.contains(sink))
            sinks.append(sink);
    }
    m_sinksAfterReport.clear();
    for (SessionSink *sink : std::as_const(uploaders))
        sinks.append(sink);
    QList<std::chrono::steady_clock::time_point> acknowledged;
    if (m_statistics) {
        for (const Entry &entry : std::as_const(m_inFlight)) {
            if (entry.session)
                acknowledged.append(entry.received);
        }
    }
    m_inFlight.clear();
    // What arrived while this group was committed goes to the storage thread now (unless the
    // pacing holds it), before the acknowledgements are encoded and sent: that takes the event
    // loop several milliseconds for a large group, and the storage thread would otherwise wait
    // for it every time. Safe here: the results above were handed to the sessions, so a refused
    // upload has already taken its session's later uploads out of the queue (dropQueued).
    if (pacedWait() == std::chrono::milliseconds::zero())
        flush();
    else
        scheduleHandover();
    for (SessionSink *sink : std::as_const(sinks))
        sink->sendDownloadsNow();
    if (m_statistics) {
        const auto sent = std::chrono::steady_clock::now();
        for (const auto received : std::as_const(acknowledged))
            m_statistics->recordUploadAck(std::chrono::duration<double>(sent - received).count());
    }
    // Only when no group is being committed or waits does the storage thread prepare the
    // next commit (the log's reserve: a sync of its own), so that it never holds a group that
    // is ready. What arrived while the acknowledgements were sent forms the group after that.
    if (!m_committing && m_queue.isEmpty())
        m_storage->runInBackground([](RealmStorage &storage) { storage.prepareNextCommit(); });
    else if (!m_committing)
        scheduleHandover();
}

} // namespace syncscope::server
