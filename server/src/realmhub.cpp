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
    const auto it = m_subscribers.constFind(realmId);
    if (it == m_subscribers.cend())
        return;
    if (it->size() == 1) {
        // The common case (a realm one client writes): nothing is looked at after the call, so
        // neither a copy nor a second lookup of 10,000 realms' cold hash per commit is needed.
        it->constFirst()->realmAdvanced(newHead, added);
        return;
    }
    // A copy: a notified session may unsubscribe (or be destroyed) in response.
    const QList<ServerSession *> sessions = *it;
    for (ServerSession *session : sessions) {
        if (m_subscribers.value(realmId).contains(session))
            session->realmAdvanced(newHead, added);
    }
}

} // namespace syncscope::server
