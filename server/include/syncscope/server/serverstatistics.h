#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

#include <array>
#include <chrono>
#include <optional>

namespace syncscope::server {

// Where a session is in its life: BIND received → bound, waiting for IDENT → syncing →
// ended (by an ERROR the server sent, whose code endCode holds, or by UNBIND: code 0).
enum class SessionPhase { Binding, Identifying, Syncing, Ended };

struct SessionStatistics
{
    quint32 sessionId = 0;
    SessionPhase phase = SessionPhase::Binding;
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
    // History bytes after the cursor, as the last DOWNLOAD announced them (downloadable bytes).
    quint64 bytesBehind = 0;
    quint64 refusedUploads = 0; // uploads the server refused (bad client version, storage)
    QDateTime boundAt;
    QDateTime lastActivity;
    QDateTime lastUpload;   // last UPLOAD received
    QDateTime lastDownload; // last DOWNLOAD sent
    // The last ERROR the server sent on this session (code 0: none), and for an ended session
    // the code it ended with.
    quint16 lastErrorCode = 0;
    QString lastErrorMessage;
    QDateTime lastErrorAt;
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
    // Round trip of the server's last WebSocket ping on this connection, in ms; -1 until one
    // was answered.
    qint64 roundTripMs = -1;
    QList<SessionStatistics> sessions; // bound sessions, by session id
    // The last few sessions that ended on this connection (phase Ended), newest last, so an
    // operator sees how a session ended; bounded by kEndedSessionsKept.
    QList<SessionStatistics> endedSessions;
    static constexpr qsizetype kEndedSessionsKept = 8;
};

// A realm the server opened since it started.
struct RealmStatistics
{
    QString path;
    quint64 headVersion = 0;
    quint64 historyBytes = 0; // changeset bytes stored (protocol::changesetSize)
    quint64 clientFiles = 0;  // client file ids allocated for it
};

struct ServerTotals
{
    quint64 connectionsAccepted = 0;
    quint64 connectionsRejected = 0; // over --max-connections or wrong subprotocol
    quint64 changesetsIntegrated = 0;
    quint64 bytesIntegrated = 0;
    quint64 bytesReceived = 0; // including closed connections
    quint64 bytesSent = 0;
    quint64 uploadsRefused = 0; // uploads answered with an ERROR instead of integrated
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
    // The q-quantile (0..1) estimated from the buckets as Prometheus' histogram_quantile()
    // does (linear within a bucket); 0 without observations, the last bound above it.
    double quantile(double q) const;

    QList<double> upperBounds;
    QList<quint64> bucketCounts; // cumulative, one per bound
    double sum = 0;
    quint64 count = 0;
};

// A connection that keeps its own statistics. The server reads them only when someone asks
// (a view, the operator API, a metrics scrape): copying every session's statistics whenever a
// message arrived cost the event loop more than handling the message.
class ConnectionStatisticsSource
{
public:
    // The statistics as of now. After this call the source reports its next change again
    // (ServerStatistics::connectionChanged).
    virtual ConnectionStatistics takeStatistics() = 0;

protected:
    ~ConnectionStatisticsSource() = default;
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
    // One connection, reading only its own statistics afresh (not every changed connection's).
    std::optional<ConnectionStatistics> connection(quint64 connectionId) const;
    // One connection as it was last read (by connection() or connections()), without reading
    // it again; nothing if it was never read or is closed. For a reader that has just read it
    // and writes it out a moment later: reading 100 sessions' statistics twice costs twice.
    std::optional<ConnectionStatistics> connectionAsLastRead(quint64 connectionId) const;
    // The ids of the open connections, ascending, without reading anyone's statistics: the
    // operator API visits them one by one, a few per event-loop turn.
    QList<quint64> connectionIds() const;
    ServerTotals totals() const { return m_totals; }
    // Storage group commits: how long each took (seconds) and how many uploads it held.
    const Histogram &commitDuration() const { return m_commitDuration; }
    const Histogram &commitUploads() const { return m_commitUploads; }
    // From an UPLOAD's arrival to its acknowledging DOWNLOAD being sent (seconds).
    const Histogram &uploadAckLatency() const { return m_uploadAckLatency; }
    // Group commits per second over the last complete seconds (up to 10).
    double commitsPerSecond() const;
    // ERROR messages sent to clients, by protocol error code.
    const QMap<quint16, quint64> &errorsSent() const { return m_errorsSent; }
    // Realms opened since start, by path.
    const QMap<QString, RealmStatistics> &realms() const { return m_realms; }
    QString realmPath(qint64 realmId) const { return m_realmPaths.value(realmId); }

    void setCoalescingInterval(std::chrono::milliseconds interval);

    // Called by the server itself.
    // The connection's statistics changed; they are read from `source` when next asked for.
    // The source stays valid until removeConnection().
    void connectionChanged(quint64 connectionId, ConnectionStatisticsSource *source);
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
    void countErrorSent(quint16 code);
    void countRefusedUpload();
    // Realm facts: known() says whether the realm was registered (its stored totals read once).
    bool knowsRealm(qint64 realmId) const { return m_realmPaths.contains(realmId); }
    // The same before the realm's id is known (a BIND asks storage for the totals only if not).
    bool knowsRealmPath(const QString &path) const { return m_knownRealmPaths.contains(path); }
    void registerRealm(qint64 realmId, const RealmStatistics &realm);
    // Where a realm's figures were found, kept by a caller that reports the same realm often (a
    // session): the next report skips the lookup among all realms, a cache miss or two at
    // 10,000 of them. Taken afresh whenever the figures moved (see realmById()).
    struct RealmHandle
    {
        RealmStatistics *realm = nullptr;
        quint64 generation = 0;
    };
    void realmIntegrated(qint64 realmId, quint64 head, quint64 bytes,
                         RealmHandle *handle = nullptr);
    void realmClientFileAdded(qint64 realmId);

Q_SIGNALS:
    void changed();

private:
    void scheduleChanged();
    // The realm's entry in m_realms without a walk over path keys (a string compare per level
    // for every integrated upload); nullptr if it is not registered.
    RealmStatistics *realmById(qint64 realmId);
    // Reads the statistics of the connections that changed since they were last read.
    void refreshConnections() const;

    // Mutable: reading them first brings the changed connections up to date.
    mutable QMap<quint64, ConnectionStatistics> m_connections;
    mutable QHash<quint64, ConnectionStatisticsSource *> m_changedConnections;
    ServerTotals m_totals;
    Histogram m_commitDuration;
    Histogram m_commitUploads;
    Histogram m_uploadAckLatency;
    QMap<quint16, quint64> m_errorsSent;
    QMap<QString, RealmStatistics> m_realms;
    QHash<qint64, QString> m_realmPaths;
    QHash<qint64, RealmStatistics *> m_realmsById; // into m_realms, see realmById()
    quint64 m_realmsGeneration = 1; // counts the times m_realmsById was dropped (RealmHandle)
    QSet<QString> m_knownRealmPaths;
    // Commits counted per second of the steady clock: a ring of the last seconds.
    static constexpr int kRateSeconds = 10;
    // Mutable: reading the rate moves the ring to the present second first.
    mutable std::array<quint64, kRateSeconds + 1> m_commitsPerSecond{};
    mutable qint64 m_commitRingSecond = 0; // the second the ring's newest slot counts
    void advanceCommitRing(qint64 second) const;
    QTimer m_changedTimer;
};

} // namespace syncscope::server
