#pragma once

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>
#include <QTimer>

#include <chrono>
#include <optional>

namespace syncscope::server {

struct SessionStatistics
{
    quint32 sessionId = 0;
    QString realmPath;
    QString userId;
    quint64 clientFileId = 0;         // 0 until the client identified itself
    quint64 uploadedChangesets = 0;   // integrated from this session
    quint64 uploadedBytes = 0;        // changeset bytes (see protocol::changesetSize)
    quint64 downloadedChangesets = 0; // sent to this session
    quint64 downloadedBytes = 0;
    quint64 downloadCursor = 0;      // last server version sent
    quint64 uploadCursor = 0;        // last client version integrated
    quint64 latestServerVersion = 0; // realm head as last seen by this session
    QDateTime lastActivity;
};

struct ConnectionStatistics
{
    quint64 connectionId = 0; // unique within one SyncServer run
    QString peer;             // "address:port"
    QString userId;           // user of the last successful BIND, if any
    QDateTime connectedAt;
    QDateTime lastActivity;
    quint64 bytesReceived = 0; // WebSocket message payload bytes
    quint64 bytesSent = 0;
    quint64 messagesReceived = 0;
    quint64 messagesSent = 0;
    // Bytes handed to the socket and not yet written: the send queue. The server keeps it
    // near one download batch (backpressure), however large the realm.
    quint64 bytesQueued = 0;
    QList<SessionStatistics> sessions; // bound sessions, by session id
};

struct ServerTotals
{
    quint64 connectionsAccepted = 0;
    quint64 connectionsRejected = 0; // over --max-connections or wrong subprotocol
    quint64 changesetsIntegrated = 0;
    quint64 bytesIntegrated = 0;
    quint64 bytesReceived = 0; // including closed connections
    quint64 bytesSent = 0;
    // The most BINDs and UNBINDs one connection had handled in one event-loop turn: bounded by
    // ServerLimits::messagesPerTurn, so a BIND flood cannot freeze the other clients.
    quint64 maxBindsInOneTurn = 0;
    // BINDs and UNBINDs handled, all connections together: how much of a flood was worked off
    // while another client waited for an answer.
    quint64 bindsHandled = 0;
    // The most bytes of messages one read brought while reading was throttled for held
    // messages: at most ServerLimits::heldReadBytes, so each turn parses little of a flood.
    quint64 maxHeldInOneRead = 0;
};

// A cumulative histogram with fixed bucket bounds, the shape Prometheus scrapes: each bucket
// counts the observations up to its bound; observations above the last bound only count in
// count and sum.
struct Histogram
{
    explicit Histogram(QList<double> upperBounds = {});
    void observe(double value);

    QList<double> upperBounds;
    QList<quint64> bucketCounts; // cumulative, one per bound
    double sum = 0;
    quint64 count = 0;
};

// Live statistics of a SyncServer, for a monitoring view. Updated by the server's
// connections; changed() is emitted at most once per coalescing interval so a view can
// simply re-read everything when it fires.
class ServerStatistics final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerStatistics)

public:
    explicit ServerStatistics(QObject *parent = nullptr);

    QList<ConnectionStatistics> connections() const;
    std::optional<ConnectionStatistics> connection(quint64 connectionId) const;
    ServerTotals totals() const { return m_totals; }
    // Storage group commits: how long each took (seconds) and how many uploads it held.
    const Histogram &commitDuration() const { return m_commitDuration; }
    const Histogram &commitUploads() const { return m_commitUploads; }
    // From an UPLOAD's arrival to its acknowledging DOWNLOAD being sent (seconds).
    const Histogram &uploadAckLatency() const { return m_uploadAckLatency; }

    void setCoalescingInterval(std::chrono::milliseconds interval);

    // Called by the server itself.
    void updateConnection(const ConnectionStatistics &statistics);
    void removeConnection(quint64 connectionId);
    void addTraffic(quint64 received, quint64 sent);
    void addIntegrated(quint64 changesets, quint64 bytes);
    // One BIND or UNBIND handled, the connection's `bindsThisTurn`-th in this turn.
    void noteBindHandled(quint64 bindsThisTurn);
    void noteHeldInOneRead(quint64 bytes);
    void countConnection(bool accepted);
    // Cheap and frequent: these do not emit changed().
    void recordCommit(double seconds, quint64 uploads);
    void recordUploadAck(double seconds);

Q_SIGNALS:
    void changed();

private:
    void scheduleChanged();

    QMap<quint64, ConnectionStatistics> m_connections;
    ServerTotals m_totals;
    Histogram m_commitDuration;
    Histogram m_commitUploads;
    Histogram m_uploadAckLatency;
    QTimer m_changedTimer;
};

} // namespace syncscope::server
