#include "connectionpool.h"

#include "connection.h"

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

Connection *ConnectionPool::existingConnection(const QUrl &url, const QString &userId) const
{
    return m_connections.value(keyFor(url, userId));
}

Connection *ConnectionPool::connectionFor(const QUrl &url, const QString &userId)
{
    const Key key = keyFor(url, userId);
    if (Connection *existing = m_connections.value(key); existing && !existing->hasFailedFatally())
        return existing;
    std::shared_ptr<ServerSlot> &slot = m_slots[key];
    if (!slot)
        slot = std::make_shared<ServerSlot>(m_config.reconnectDelayMin, m_config.reconnectDelayMax);
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
