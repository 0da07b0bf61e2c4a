#include "connectionpool.h"

#include "connection.h"
#include "serverslot.h"

#include <QStringList>

namespace syncscope::detail {

ConnectionPool::ConnectionPool(const ClientConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
{}

ConnectionPool::~ConnectionPool()
{
    qDeleteAll(m_connections);
}

ConnectionPool::Key ConnectionPool::keyFor(const QList<QUrl> &nodes, const QString &userId)
{
    QStringList normalised;
    for (const QUrl &url : nodes)
        normalised.append(
            url.adjusted(QUrl::NormalizePathSegments | QUrl::StripTrailingSlash).toString());
    // A space never appears in a valid URL's string form, so the joined list is unambiguous.
    return {normalised.join(u' '), userId};
}

std::shared_ptr<ServerSlot> ConnectionPool::slotFor(const Key &key, const QList<QUrl> &nodes)
{
    std::shared_ptr<ServerSlot> &slot = m_slots[key];
    if (!slot)
        slot = std::make_shared<ServerSlot>(nodes, m_config.reconnectDelayMin,
                                            m_config.reconnectDelayMax);
    return slot;
}

void ConnectionPool::setNetworkConditions(const QList<QUrl> &nodes, const QString &userId,
                                          const NetworkConditions &conditions)
{
    const Key key = keyFor(nodes, userId);
    slotFor(key, nodes)->conditions = conditions;
    if (Connection *connection = m_connections.value(key))
        connection->applyNetworkConditions();
}

NetworkConditions ConnectionPool::networkConditions(const QList<QUrl> &nodes,
                                                    const QString &userId) const
{
    const std::shared_ptr<ServerSlot> slot = m_slots.value(keyFor(nodes, userId));
    return slot ? slot->conditions : NetworkConditions{};
}

Connection *ConnectionPool::existingConnection(const QList<QUrl> &nodes,
                                               const QString &userId) const
{
    return m_connections.value(keyFor(nodes, userId));
}

Connection *ConnectionPool::connectionFor(const QList<QUrl> &nodes, const QString &userId)
{
    const Key key = keyFor(nodes, userId);
    if (Connection *existing = m_connections.value(key); existing && !existing->hasFailedFatally())
        return existing;
    std::shared_ptr<ServerSlot> slot = slotFor(key, nodes);
    auto *connection = new Connection(m_config, slot);
    m_connections.insert(key, connection);
    connect(connection, &Connection::idle, this, [this, key, connection] {
        if (m_connections.value(key) == connection)
            m_connections.remove(key);
        connection->deleteLater();
    });
    return connection;
}

} // namespace syncscope::detail
