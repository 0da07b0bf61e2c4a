#include "uploadbatcher.h"

#include "logging.h"
#include "realmhub.h"
#include "serversession.h"

#include <syncscope/server/serverstatistics.h>

#include <QElapsedTimer>
#include <QSet>

namespace syncscope::server {

UploadBatcher::UploadBatcher(RealmStore *store, RealmHub *hub)
    : m_store(store)
    , m_hub(hub)
{
    // 0 ms: runs once the event loop has delivered what is readable now on every socket.
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    QObject::connect(&m_timer, &QTimer::timeout, [this] { flush(); });
}

void UploadBatcher::enqueue(ServerSession *session, RealmStore::PendingUpload upload)
{
    m_queue.append({session, std::move(upload), std::chrono::steady_clock::now()});
    if (!m_timer.isActive())
        m_timer.start();
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

void UploadBatcher::flush()
{
    m_timer.stop();
    if (m_queue.isEmpty())
        return;
    m_inFlight = std::exchange(m_queue, {});
    QList<RealmStore::PendingUpload> uploads;
    uploads.reserve(m_inFlight.size());
    for (const Entry &entry : std::as_const(m_inFlight))
        uploads.append(entry.upload);
    QElapsedTimer commitTime;
    commitTime.start();
    const QList<RealmStore::Integration> results = m_store->integrateUploads(uploads);
    qCDebug(lcStorage).noquote() << "group commit of" << uploads.size() << "uploads took"
                                 << commitTime.elapsed() << "ms";
    if (m_statistics)
        m_statistics->recordCommit(double(commitTime.nsecsElapsed()) / 1e9,
                                   quint64(uploads.size()));

    // Reported only now, after the commit. A report may end sessions (a refused upload), which
    // forget() them here, so the pointers are read afresh each time.
    QSet<qint64> advancedRealms;
    for (qsizetype i = 0; i < m_inFlight.size(); ++i) {
        if (results.at(i).status == RealmStore::Integration::Status::Integrated &&
            results.at(i).integratedChangesets > 0) {
            advancedRealms.insert(m_inFlight.at(i).upload.realmId);
            // Counted here, not by the session: an upload of a session that went away is
            // integrated too.
            if (m_statistics) {
                m_statistics->addIntegrated(results.at(i).integratedChangesets,
                                            results.at(i).integratedBytes);
                m_statistics->realmIntegrated(m_inFlight.at(i).upload.realmId, results.at(i).head,
                                              results.at(i).integratedBytes);
            }
        }
        if (ServerSession *session = m_inFlight.at(i).session)
            session->uploadIntegrated(results.at(i));
    }

    // Acknowledgements and fan-out leave now, one pass per connection.
    QSet<SessionSink *> sinks;
    for (const Entry &entry : std::as_const(m_inFlight)) {
        if (entry.session)
            sinks.insert(entry.session->sink());
    }
    for (qint64 realmId : std::as_const(advancedRealms)) {
        for (ServerSession *session : m_hub->subscribers(realmId))
            sinks.insert(session->sink());
    }
    QList<std::chrono::steady_clock::time_point> acknowledged;
    if (m_statistics) {
        for (const Entry &entry : std::as_const(m_inFlight)) {
            if (entry.session)
                acknowledged.append(entry.received);
        }
    }
    m_inFlight.clear();
    for (SessionSink *sink : std::as_const(sinks))
        sink->sendDownloadsNow();
    if (m_statistics) {
        const auto sent = std::chrono::steady_clock::now();
        for (const auto received : std::as_const(acknowledged))
            m_statistics->recordUploadAck(std::chrono::duration<double>(sent - received).count());
    }
}

} // namespace syncscope::server
