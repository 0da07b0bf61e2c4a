#include "realmhub.h"

#include "serversession.h"

namespace syncscope::server {

RealmHub::Subscribers *RealmHub::subscribe(qint64 realmId, ServerSession *session)
{
    Subscribers &sessions = m_subscribers[realmId];
    if (!sessions.contains(session))
        sessions.append(session);
    return &sessions;
}

void RealmHub::unsubscribe(qint64 realmId, ServerSession *session)
{
    const auto it = m_subscribers.find(realmId);
    if (it == m_subscribers.end())
        return;
    it->second.removeAll(session);
    if (it->second.isEmpty())
        m_subscribers.erase(it);
}

int RealmHub::subscriberCount(qint64 realmId) const
{
    const auto it = m_subscribers.find(realmId);
    return it == m_subscribers.end() ? 0 : int(it->second.size());
}

QList<ServerSession *> RealmHub::subscribers(qint64 realmId) const
{
    const auto it = m_subscribers.find(realmId);
    return it == m_subscribers.end() ? QList<ServerSession *>{} : it->second;
}

QList<qint64> RealmHub::realms() const
{
    QList<qint64> ids;
    ids.reserve(qsizetype(m_subscribers.size()));
    for (const auto &[realmId, sessions] : m_subscribers)
        ids.append(realmId);
    return ids;
}

void RealmHub::publish(qint64 realmId, quint64 newHead,
                       const QList<RealmStorage::StoredChangeset> &added)
{
    const auto it = m_subscribers.find(realmId);
    if (it != m_subscribers.end())
        publish(it->second, realmId, newHead, added);
}

void RealmHub::publish(const Subscribers &subscribers, qint64 realmId, quint64 newHead,
                       const QList<RealmStorage::StoredChangeset> &added)
{
    if (subscribers.size() == 1) {
        // The common case (a realm one client writes): nothing is looked at after the call, so
        // neither a copy nor a lookup is needed.
        subscribers.constFirst()->realmAdvanced(newHead, added);
        return;
    }
    // A copy: a notified session may unsubscribe (or be destroyed) in response, and the last
    // one to go takes `subscribers` with it, so who is still there is looked up afresh.
    const QList<ServerSession *> sessions = subscribers;
    for (ServerSession *session : sessions) {
        const auto it = m_subscribers.find(realmId);
        if (it == m_subscribers.end())
            return;
        if (it->second.contains(session))
            session->realmAdvanced(newHead, added);
    }
}

} // namespace syncscope::server
