#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <memory>
#include <vector>

class QWebSocket;
class QWebSocketServer;

namespace syncscope::server {

class ServerStatistics;
struct ConnectionStatistics;
struct ServerCounts;

// The operator API (docs/operator.md): a WebSocket listener of its own speaking the
// subprotocol syncscope-operator.v1 with JSON text messages. A peer first authenticates with
// an operator token ("hello"), then may subscribe to a paged snapshot and coalesced deltas of
// the server's statistics, and act on connections. Everything a peer controls is bounded:
// message size, time to authenticate, the number of peers, and what may queue for a reader.
class OperatorEndpoint final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OperatorEndpoint)

public:
    static constexpr char kSubprotocol[] = "syncscope-operator.v1";
    static constexpr qint64 kMaxMessageBytes = 16 * 1024;
    static constexpr int kMaxPeers = 32;
    static constexpr int kHelloTimeoutMs = 10'000;
    static constexpr int kDeltaIntervalMs = 250; // at most 4 deltas a second per subscriber
    // A round (snapshot or delta) that took t of the server's time is followed by the next no
    // sooner than t * this: one subscriber costs the server at most about 1/50 of a core,
    // however many sessions change.
    static constexpr int kCostFactor = 50;
    // A round goes out in slices (a walk over up to kSliceItems sessions or realms, or one
    // page), each followed by a pause of this times its cost: while a round goes out it takes
    // at most 1/50 of the event loop, in slices of a millisecond or two, instead of one burst
    // that the sync connections' acknowledgements wait behind. A server near the limit of its
    // core has no room for bursts: its acknowledgements queue behind any.
    static constexpr int kSliceGapFactor = 49;
    static constexpr qsizetype kSliceItems = 1000;
    // Pages are written while the peer's socket holds less than this; the rest follows as it
    // drains, so a snapshot of 100,000 sessions is never all in memory at once.
    static constexpr qint64 kPageHighWaterBytes = 256 * 1024;
    static constexpr int kDefaultPageSize = 500; // sessions per message
    static constexpr int kMaxPageSize = 5000;
    // Queued for one reader beyond this, it is dropped: a subscriber that never reads must
    // not make the server hold an ever-growing backlog.
    static constexpr qint64 kMaxQueuedBytes = 4 * 1024 * 1024;

    struct Actions
    {
        // Closes a sync connection, telling the client why; false if there is no such id.
        std::function<bool(quint64 connectionId, const QString &reason)> disconnect;
        // Ends one session with session_closed: fatal (the SDK goes Invalid) or not (the SDK
        // backs off and binds again); false if there is no such session.
        std::function<bool(quint64 connectionId, quint32 sessionId, bool fatal,
                           const QString &reason)>
            endSession;
        // Refuses the user's binds until then and ends its bound sessions (not fatally);
        // returns how many ended.
        std::function<int(const QString &userId, const QDateTime &until)> refuseUser;
    };

    OperatorEndpoint(QByteArray secret, const ServerStatistics *statistics, Actions actions,
                     QObject *parent = nullptr);
    ~OperatorEndpoint() override;

    // The database file whose size (with its write-ahead log) the server facts report.
    void setStorageFile(const QString &path) { m_storageFile = path; }
    // What the server listens on (sync, operator, metrics URLs), for the server facts.
    void setListenAddresses(const QStringList &urls) { m_listenAddresses = urls; }
    // Every node sharing the database, as the latest heartbeat found them (PostgreSQL only); a
    // node that came, went, turned stale or changed its counts is sent to subscribers.
    void setNodes(const QJsonArray &nodes);

    // TLS when `tls` has a certificate.
    bool listen(const QHostAddress &address, quint16 port, const QSslConfiguration &tls);
    QString errorString() const;
    QHostAddress serverAddress() const;
    quint16 serverPort() const;
    bool isSecure() const;

private:
    struct Peer;

    void acceptPending();
    void onMessage(Peer *peer, const QString &text);
    void handleHello(Peer *peer, const QJsonObject &message);
    void handleSubscribe(Peer *peer, const QJsonObject &message);
    void handleDisconnect(Peer *peer, const QJsonObject &message);
    void handleEndSession(Peer *peer, const QJsonObject &message);
    void handleRefuseUser(Peer *peer, const QJsonObject &message);
    void sendSnapshot(Peer *peer);
    void sendDelta(Peer *peer);
    void startRound(Peer *peer, bool snapshot);
    void step(Peer *peer);
    void walk(Peer *peer);
    void sendPage(Peer *peer);
    bool hasRoomForPage(const Peer *peer) const;
    QJsonObject serverFacts(const ServerCounts &counts) const;
    qint64 storageBytes() const;
    bool send(Peer *peer, const QJsonObject &message);
    bool sendText(Peer *peer, const QString &json); // compact JSON text
    void fail(Peer *peer, const QString &code, const QString &message);
    void drop(Peer *peer, int closeCode, const QString &reason);
    void onStatisticsChanged();

    QByteArray m_secret;
    const ServerStatistics *m_statistics;
    Actions m_actions;
    std::unique_ptr<QWebSocketServer> m_server;
    QHash<QWebSocket *, Peer *> m_peers;
    std::vector<std::unique_ptr<Peer>> m_retired; // gone, deleted on the next event-loop turn
    QDateTime m_startedAt;
    QString m_storageFile;
    QStringList m_listenAddresses;
    QJsonArray m_nodes;
};

} // namespace syncscope::server
