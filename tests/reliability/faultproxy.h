#pragma once

// A TCP proxy on 127.0.0.1 that sits between a client and a server inside a test process and
// injects the faults real networks produce: latency, low bandwidth, a blackhole (sockets stay
// open, nothing arrives, only an application-level timeout can notice), a clean close (FIN),
// a reset (RST) and a connection cut in the middle of a WebSocket frame.
// Faults apply to every connection, current and future, until healed with pass().

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

#include <chrono>
#include <memory>

namespace syncscope::reliability {

class ProxyConnection;

class FaultProxy final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FaultProxy)

public:
    enum class Direction { ClientToServer, ServerToClient };

    explicit FaultProxy(QObject *parent = nullptr);
    ~FaultProxy() override;

    // Listens on 127.0.0.1:listenPort (0 picks a free port) and forwards to
    // 127.0.0.1:upstreamPort. The upstream port may change later (a restarted server).
    bool start(quint16 upstreamPort, quint16 listenPort = 0);
    void setUpstreamPort(quint16 upstreamPort);
    quint16 port() const;
    QUrl url(const QString &scheme = QStringLiteral("ws")) const;

    // Heals every fault: no delay, no throttle, no blackhole, new connections accepted.
    // Connections that lost bytes in a blackhole are reset, because their streams are broken.
    void pass();
    void setDelay(std::chrono::milliseconds oneWayDelay);
    void setThrottle(qint64 bytesPerSecond); // per direction and connection; 0 = unlimited
    void setBlackhole(bool on);
    // Accept new connections and reset them at once (a server that is "down" behind a proxy).
    void setRefuseConnections(bool on);

    // One-shot faults on the connections open now.
    void closeConnections(); // FIN to both sides, after forwarding what is queued
    void resetConnections(); // RST to both sides, queued bytes are dropped
    // Forward `bytes` more bytes in that direction on each open connection, then reset it.
    void cutAfterBytes(Direction direction, qint64 bytes);
    // The next WebSocket frame in that direction whose payload has at least minPayload bytes
    // (on any connection, current or future) is forwarded up to the middle of its payload,
    // then that connection is reset. Fires once.
    void cutInsideNextFrame(Direction direction, qint64 minPayload = 1);

    int openConnections() const;
    int acceptedConnections() const { return m_accepted; }
    int cutsPerformed() const { return m_cuts; }
    qint64 bytesForwarded(Direction direction) const;

    // The settings each connection reads when it forwards bytes.
    struct Faults
    {
        std::chrono::milliseconds delay{0};
        qint64 bytesPerSecond = 0;
        bool blackhole = false;
    };
    const Faults &faults() const { return m_faults; }

Q_SIGNALS:
    void connectionAccepted();
    void connectionFinished();
    void cutPerformed();

private:
    void acceptPending();
    void forget(ProxyConnection *connection);
    friend class ProxyConnection;
    bool takeArmedFrameCut(Direction direction, qint64 payloadSize);
    void countForwarded(Direction direction, qint64 bytes);
    void countCut();

    QTcpServer m_server;
    quint16 m_upstreamPort = 0;
    Faults m_faults;
    bool m_refuse = false;
    qint64 m_armedFrameCutMinPayload[2] = {-1, -1};
    qint64 m_forwarded[2] = {0, 0};
    int m_accepted = 0;
    int m_cuts = 0;
    QList<ProxyConnection *> m_connections;
};

} // namespace syncscope::reliability
