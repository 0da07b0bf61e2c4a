#include <syncscope/server/serverstatistics.h>

#include <algorithm>

namespace syncscope::server {

namespace {

// From a fraction of a millisecond (an fsync on a fast disk) to seconds (a stalled disk).
const QList<double> kLatencyBounds = {0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
                                      0.1,    0.25,  0.5,    1,     2.5,  5,     10};
const QList<double> kGroupSizeBounds = {1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024};

qint64 steadySecond()
{
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

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

double Histogram::quantile(double q) const
{
    if (count == 0 || upperBounds.isEmpty())
        return 0;
    const double rank = q * double(count);
    double lowerBound = 0;
    quint64 below = 0;
    for (qsizetype i = 0; i < upperBounds.size(); ++i) {
        const quint64 upTo = bucketCounts.at(i);
        if (double(upTo) >= rank) {
            const quint64 inBucket = upTo - below;
            const double fraction = inBucket == 0 ? 1.0 : (rank - double(below)) / double(inBucket);
            return lowerBound + (upperBounds.at(i) - lowerBound) * fraction;
        }
        lowerBound = upperBounds.at(i);
        below = upTo;
    }
    return upperBounds.constLast(); // above the last bound: all that can be said
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
    refreshConnections();
    return m_connections.values();
}

std::optional<ConnectionStatistics> ServerStatistics::connection(quint64 connectionId) const
{
    // Only this one is brought up to date: the operator API reads a page of connections one
    // by one, and refreshing all that changed on every read copied every session's statistics
    // (10,000 at the server-scale load) for each page.
    if (const auto changed = m_changedConnections.constFind(connectionId);
        changed != m_changedConnections.constEnd()) {
        m_connections.insert(connectionId, changed.value()->takeStatistics());
        m_changedConnections.erase(changed);
    }
    const auto it = m_connections.constFind(connectionId);
    if (it == m_connections.constEnd())
        return std::nullopt;
    return *it;
}

std::optional<ConnectionStatistics>
ServerStatistics::connectionAsLastRead(quint64 connectionId) const
{
    const auto it = m_connections.constFind(connectionId);
    if (it == m_connections.constEnd())
        return std::nullopt;
    return *it;
}

QList<quint64> ServerStatistics::connectionIds() const
{
    QList<quint64> ids = m_connections.keys();
    for (auto it = m_changedConnections.cbegin(); it != m_changedConnections.cend(); ++it) {
        if (!m_connections.contains(it.key()))
            ids.append(it.key());
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

void ServerStatistics::setCoalescingInterval(std::chrono::milliseconds interval)
{
    m_changedTimer.setInterval(interval);
}

void ServerStatistics::connectionChanged(quint64 connectionId, ConnectionStatisticsSource *source)
{
    m_changedConnections.insert(connectionId, source);
    scheduleChanged();
}

void ServerStatistics::refreshConnections() const
{
    for (auto it = m_changedConnections.cbegin(); it != m_changedConnections.cend(); ++it)
        m_connections.insert(it.key(), it.value()->takeStatistics());
    m_changedConnections.clear();
}

void ServerStatistics::removeConnection(quint64 connectionId)
{
    const bool listed = m_changedConnections.remove(connectionId);
    if (m_connections.remove(connectionId) > 0 || listed)
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
    const qint64 now = steadySecond();
    advanceCommitRing(now);
    ++m_commitsPerSecond[size_t(now % (kRateSeconds + 1))];
}

void ServerStatistics::recordUploadAck(double seconds)
{
    m_uploadAckLatency.observe(seconds);
}

void ServerStatistics::advanceCommitRing(qint64 second) const
{
    if (second <= m_commitRingSecond)
        return;
    const qint64 steps = std::min<qint64>(second - m_commitRingSecond, kRateSeconds + 1);
    for (qint64 i = 1; i <= steps; ++i)
        m_commitsPerSecond[size_t((m_commitRingSecond + i) % (kRateSeconds + 1))] = 0;
    m_commitRingSecond = second;
}

double ServerStatistics::commitsPerSecond() const
{
    const qint64 now = steadySecond();
    advanceCommitRing(now);
    // The complete seconds before the current one, as many as the server has run.
    quint64 commits = 0;
    for (int i = 1; i <= kRateSeconds; ++i)
        commits += m_commitsPerSecond[size_t((now - i + kRateSeconds + 1) % (kRateSeconds + 1))];
    return double(commits) / kRateSeconds;
}

void ServerStatistics::countErrorSent(quint16 code)
{
    ++m_errorsSent[code];
    scheduleChanged();
}

void ServerStatistics::countRefusedUpload()
{
    ++m_totals.uploadsRefused;
    scheduleChanged();
}

void ServerStatistics::registerRealm(qint64 realmId, const RealmStatistics &realm)
{
    m_realmPaths.insert(realmId, realm.path);
    m_knownRealmPaths.insert(realm.path);
    if (!m_realms.isDetached()) {
        m_realmsById.clear(); // the insert below copies a shared map: every value moves
        ++m_realmsGeneration;
    }
    m_realms.insert(realm.path, realm);
    scheduleChanged();
}

RealmStatistics *ServerStatistics::realmById(qint64 realmId)
{
    // A map held by a reader's copy too is copied on the first write, which moves every value:
    // then the pointers are taken afresh. Otherwise a value stays where it is while its key
    // does (realms are never removed).
    if (!m_realms.isDetached()) {
        m_realms.detach();
        m_realmsById.clear();
        ++m_realmsGeneration;
    }
    if (const auto known = m_realmsById.constFind(realmId); known != m_realmsById.constEnd())
        return *known;
    const auto path = m_realmPaths.constFind(realmId);
    if (path == m_realmPaths.constEnd())
        return nullptr;
    RealmStatistics *realm = &m_realms[*path];
    m_realmsById.insert(realmId, realm);
    return realm;
}

void ServerStatistics::realmIntegrated(qint64 realmId, quint64 head, quint64 bytes,
                                       RealmHandle *handle)
{
    RealmStatistics *realm = nullptr;
    // A shared map is detached (moving every value) before a handle's pointer is trusted.
    if (handle && m_realms.isDetached() && handle->generation == m_realmsGeneration) {
        realm = handle->realm;
    } else {
        realm = realmById(realmId);
        if (!realm)
            return;
        if (handle)
            *handle = {realm, m_realmsGeneration};
    }
    realm->headVersion = std::max(realm->headVersion, head);
    realm->historyBytes += bytes;
    scheduleChanged();
}

void ServerStatistics::realmClientFileAdded(qint64 realmId)
{
    RealmStatistics *realm = realmById(realmId);
    if (!realm)
        return;
    ++realm->clientFiles;
    scheduleChanged();
}

void ServerStatistics::scheduleChanged()
{
    if (!m_changedTimer.isActive())
        m_changedTimer.start();
}

} // namespace syncscope::server
