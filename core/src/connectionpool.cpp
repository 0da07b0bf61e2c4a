#include "connectionpool.h"

#include "connection.h"
#include "serverslot.h"

namespace syncscope::detail {

ConnectionPool::ConnectionPool(const ClientConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
{}

ConnectionPool::~ConnectionPool()
{
    qDeleteAll(m_connections);
}

ConnectionPool::Key ConnectionPool::keyFor(const QUrl &url, const QString &userId)
{
    return {url.adjusted(QUrl::NormalizePathSegments | QUrl::StripTrailingSlash).toString(),
            userId};
}

std::shared_ptr<ServerSlot> ConnectionPool::slotFor(const Key &key)
{
    std::shared_ptr<ServerSlot> &slot = m_slots[key];
    if (!slot)
        slot = std::make_shared<ServerSlot>(m_config.reconnectDelayMin, m_config.reconnectDelayMax);
    return slot;
}

void ConnectionPool::setNetworkConditions(const QUrl &url, const QString &userId,
                                          const NetworkConditions &conditions)
{
    const Key key = keyFor(url, userId);
    slotFor(key)->conditions = conditions;
    if (Connection *connection = m_connections.value(key))
        connection->applyNetworkConditions();
}

NetworkConditions ConnectionPool::networkConditions(const QUrl &url, const QString &userId) const
{
    const std::shared_ptr<ServerSlot> slot = m_slots.value(keyFor(url, userId));
    return slot ? slot->conditions : NetworkConditions{};
}

Connection *ConnectionPool::existingConnection(const QUrl &url, const QString &userId) const
{
    return m_connections.value(keyFor(url, userId));
}

Connection *ConnectionPool::connectionFor(const QUrl &url, const QString &userId)
{
    const Key key = keyFor(url, userId);
    if (Connection *existing = m_connections.value(key); existing && !existing->hasFailedFatally())
        return existing;
    std::shared_ptr<ServerSlot> slot = slotFor(key);
    auto *connection = new Connection(url, m_config, slot);
    m_connections.insert(key, connection);
    connect(connection, &Connection::idle, this, [this, key, connection] {
        if (m_connections.value(key) == connection)
            m_connections.remove(key);
        connection->deleteLater();
    });
    return connection;
}

} // namespace syncscope::detail
