#pragma once

#include "realmstorage.h"

#include <QList>

#include <unordered_map>

namespace syncscope::server {

class ServerSession;

// Who is bound to which realm, and the realm heads they are told about. When an upload adds
// changesets, publish() tells every bound session of that realm at once, on any connection:
// fan-out is a direct notification, never a poll.
class RealmHub final
{
    Q_DISABLE_COPY_MOVE(RealmHub)

public:
    // The sessions bound to one realm. Its address stays the same for as long as the realm has
    // a subscriber (a node of an unordered_map never moves), so a subscriber keeps it and
    // publishes through it: at 10,000 realms the hash lookup per upload was a cache miss or two
    // of its own.
    using Subscribers = QList<ServerSession *>;

    RealmHub() = default;

    // Returns the realm's subscribers, valid until this session unsubscribes.
    Subscribers *subscribe(qint64 realmId, ServerSession *session);
    void unsubscribe(qint64 realmId, ServerSession *session);
    int subscriberCount(qint64 realmId) const;
    QList<ServerSession *> subscribers(qint64 realmId) const;

    // The realms that have subscribers.
    QList<qint64> realms() const;

    // `added`: the changesets of versions newHead - added.size() + 1 .. newHead, in order.
    void publish(qint64 realmId, quint64 newHead,
                 const QList<RealmStorage::StoredChangeset> &added);
    // The same for a subscriber of the realm, through what subscribe() gave it.
    void publish(const Subscribers &subscribers, qint64 realmId, quint64 newHead,
                 const QList<RealmStorage::StoredChangeset> &added);

private:
    std::unordered_map<qint64, Subscribers> m_subscribers;
};

} // namespace syncscope::server
