#pragma once

#include "realmstorage.h"

#include <QHash>
#include <QList>

namespace syncscope::server {

class ServerSession;

// Who is bound to which realm, and the realm heads they are told about. When an upload adds
// changesets, publish() tells every bound session of that realm at once, on any connection:
// fan-out is a direct notification, never a poll.
class RealmHub final
{
    Q_DISABLE_COPY_MOVE(RealmHub)

public:
    RealmHub() = default;

    void subscribe(qint64 realmId, ServerSession *session);
    void unsubscribe(qint64 realmId, ServerSession *session);
    int subscriberCount(qint64 realmId) const;
    QList<ServerSession *> subscribers(qint64 realmId) const
    {
        return m_subscribers.value(realmId);
    }

    // The realms that have subscribers.
    QList<qint64> realms() const { return m_subscribers.keys(); }

    // `added`: the changesets of versions newHead - added.size() + 1 .. newHead, in order.
    void publish(qint64 realmId, quint64 newHead,
                 const QList<RealmStorage::StoredChangeset> &added);

private:
    QHash<qint64, QList<ServerSession *>> m_subscribers;
};

} // namespace syncscope::server
