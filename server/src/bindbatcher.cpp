#include "bindbatcher.h"

#include "storagethread.h"

namespace syncscope::server {

BindBatcher::BindBatcher(StorageThread *storage)
    : m_storage(storage)
{
    // 0 ms: runs once the event loop has delivered what is readable now on every socket.
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    QObject::connect(&m_timer, &QTimer::timeout, [this] { flush(); });
}

void BindBatcher::enqueue(RealmStorage::BindRequest request, Done done)
{
    m_queue.append({std::move(request), std::move(done)});
    if (!m_committing && !m_timer.isActive())
        m_timer.start();
}

void BindBatcher::reset()
{
    m_timer.stop();
    m_queue.clear();
    m_committing = false;
}

void BindBatcher::flush()
{
    if (m_queue.isEmpty() || m_committing)
        return; // the group on the storage thread sends the next one when it is reported
    m_committing = true;
    QList<RealmStorage::BindRequest> requests;
    QList<Done> done;
    requests.reserve(m_queue.size());
    done.reserve(m_queue.size());
    for (Entry &entry : m_queue) {
        requests.append(std::move(entry.request));
        done.append(std::move(entry.done));
    }
    m_queue.clear();
    // The batcher lives as long as the storage thread's results can arrive (the server stops
    // the thread before it destroys the batcher).
    m_storage->run<QList<RealmStorage::Binding>>(
        [requests = std::move(requests)](RealmStorage &storage) {
            return storage.bindAll(requests);
        },
        [this, done = std::move(done)](const QList<RealmStorage::Binding> &results) {
            report(done, results);
        });
}

void BindBatcher::report(const QList<Done> &done, const QList<RealmStorage::Binding> &results)
{
    m_committing = false;
    for (qsizetype i = 0; i < done.size(); ++i)
        done.at(i)(i < results.size() ? results.at(i) : RealmStorage::Binding{});
    // What arrived while this group was committed is the next group.
    if (!m_queue.isEmpty() && !m_timer.isActive())
        m_timer.start();
}

} // namespace syncscope::server
