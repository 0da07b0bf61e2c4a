#include <syncscope/server/serverstatistics.h>

#include <algorithm>

namespace syncscope::server {

namespace {

// From a fraction of a millisecond (an fsync on a fast disk) to seconds (a stalled disk).
const QList<double> kLatencyBounds = {0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
                                      0.1,    0.25,  0.5,    1,     2.5,  5,     10};
const QList<double> kGroupSizeBounds = {1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024};

} // namespace

Histogram::Histogram(QList<double> bounds)
    : upperBounds(std::move(bounds))
    , bucketCounts(upperBounds.size(), 0)
{}

void Histogram::observe(double value)
{
    for (qsizetype i = 0; i < upperBounds.size(); ++i) {
        if (value <= upperBounds.at(i))
            ++bucketCounts[i];
    }
    sum += value;
    ++count;
}

ServerStatistics::ServerStatistics(QObject *parent)
    : QObject(parent)
    , m_commitDuration(kLatencyBounds)
    , m_commitUploads(kGroupSizeBounds)
    , m_uploadAckLatency(kLatencyBounds)
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

void ServerStatistics::noteHeldInOneRead(quint64 bytes)
{
    m_totals.maxHeldInOneRead = std::max(m_totals.maxHeldInOneRead, bytes);
}

void ServerStatistics::noteBindHandled(quint64 bindsThisTurn)
{
    ++m_totals.bindsHandled;
    if (bindsThisTurn <= m_totals.maxBindsInOneTurn)
        return;
    m_totals.maxBindsInOneTurn = bindsThisTurn;
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

void ServerStatistics::recordCommit(double seconds, quint64 uploads)
{
    m_commitDuration.observe(seconds);
    m_commitUploads.observe(double(uploads));
}

void ServerStatistics::recordUploadAck(double seconds)
{
    m_uploadAckLatency.observe(seconds);
}

void ServerStatistics::scheduleChanged()
{
    if (!m_changedTimer.isActive())
        m_changedTimer.start();
}

} // namespace syncscope::server
