#include "realmhub.h"

#include "serversession.h"

namespace syncscope::server {

void RealmHub::subscribe(qint64 realmId, ServerSession *session)
{
    QList<ServerSession *> &sessions = m_subscribers[realmId];
    if (!sessions.contains(session))
        sessions.append(session);
}

void RealmHub::unsubscribe(qint64 realmId, ServerSession *session)
{
    auto it = m_subscribers.find(realmId);
    if (it == m_subscribers.end())
        return;
    it->removeAll(session);
    if (it->isEmpty())
        m_subscribers.erase(it);
}

int RealmHub::subscriberCount(qint64 realmId) const
{
    return int(m_subscribers.value(realmId).size());
}

void RealmHub::publish(qint64 realmId, quint64 newHead,
                       const QList<RealmStorage::StoredChangeset> &added)
{
    // A copy: a notified session may unsubscribe (or be destroyed) in response.
    const QList<ServerSession *> sessions = m_subscribers.value(realmId);
    for (ServerSession *session : sessions) {
        if (m_subscribers.value(realmId).contains(session))
            session->realmAdvanced(newHead, added);
    }
}

} // namespace syncscope::server
