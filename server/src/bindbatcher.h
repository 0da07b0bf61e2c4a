#pragma once

#include "realmstorage.h"

#include <QList>
#include <QTimer>

#include <functional>

namespace syncscope::server {

class StorageThread;

// Group commit for BINDs. A BIND that asks for a new client file must make it durable before
// the SERVER IDENT answers it; one commit per BIND made a thousand new sessions wait for a
// thousand fsyncs, one after the other on the storage thread. Binds that arrive in one
// event-loop turn, and all that arrive while a group is being committed, are stored in one
// transaction (RealmStorage::bindAll) and answered after its commit.
class BindBatcher final
{
    Q_DISABLE_COPY_MOVE(BindBatcher)

public:
    // Called on the event loop's thread with the request's result; the caller checks whether
    // whoever it informs still exists.
    using Done = std::function<void(const RealmStorage::Binding &)>;

    explicit BindBatcher(StorageThread *storage);

    void enqueue(RealmStorage::BindRequest request, Done done);
    // The storage thread was stopped (results not delivered are dropped): forgets the group
    // that was on it and what was queued, so that binding works again after a restart.
    void reset();

private:
    struct Entry
    {
        RealmStorage::BindRequest request;
        Done done;
    };

    // Hands what is queued to the storage thread, unless a group is still there.
    void flush();
    void report(const QList<Done> &done, const QList<RealmStorage::Binding> &results);

    StorageThread *m_storage;
    QList<Entry> m_queue;
    bool m_committing = false;
    QTimer m_timer;
};

} // namespace syncscope::server
