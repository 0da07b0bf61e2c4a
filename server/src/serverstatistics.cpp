#include <syncscope/server/serverstatistics.h>

namespace syncscope::server {

ServerStatistics::ServerStatistics(QObject *parent)
    : QObject(parent)
{
    // Statistics change with every message; a view needs them a few times a second at most.
    m_changedTimer.setSingleShot(true);
    m_changedTimer.setInterval(std::chrono::milliseconds(100));
    connect(&m_changedTimer, &QTimer::timeout, this, &ServerStatistics::changed);
}

QList<ConnectionStatistics> ServerStatistics::connections() const
{
    return m_connections.values();
}

std::optional<ConnectionStatistics> ServerStatistics::connection(quint64 connectionId) const
{
    const auto it = m_connections.constFind(connectionId);
    if (it == m_connections.constEnd())
        return std::nullopt;
    return *it;
}

void ServerStatistics::setCoalescingInterval(std::chrono::milliseconds interval)
{
    m_changedTimer.setInterval(interval);
}

void ServerStatistics::updateConnection(const ConnectionStatistics &statistics)
{
    m_connections.insert(statistics.connectionId, statistics);
    scheduleChanged();
}

void ServerStatistics::removeConnection(quint64 connectionId)
{
    if (m_connections.remove(connectionId) > 0)
        scheduleChanged();
}

void ServerStatistics::addTraffic(quint64 received, quint64 sent)
{
    m_totals.bytesReceived += received;
    m_totals.bytesSent += sent;
    scheduleChanged();
}

void ServerStatistics::addIntegrated(quint64 changesets, quint64 bytes)
{
    m_totals.changesetsIntegrated += changesets;
    m_totals.bytesIntegrated += bytes;
    scheduleChanged();
}

void ServerStatistics::countConnection(bool accepted)
{
    if (accepted)
        ++m_totals.connectionsAccepted;
    else
        ++m_totals.connectionsRejected;
    scheduleChanged();
}

void ServerStatistics::scheduleChanged()
{
    if (!m_changedTimer.isActive())
        m_changedTimer.start();
}

} // namespace syncscope::server
