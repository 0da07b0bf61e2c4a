#include "faultproxy.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <sys/socket.h>

#include <algorithm>
#include <deque>
#include <optional>
#include <utility>

Q_LOGGING_CATEGORY(lcFaultProxy, "syncscope.tests.faultproxy")

namespace syncscope::reliability {

namespace {

using Clock = std::chrono::steady_clock;
using namespace std::chrono_literals;

int index(FaultProxy::Direction direction)
{
    return direction == FaultProxy::Direction::ClientToServer ? 0 : 1;
}

// Qt has no linger option: SO_LINGER {on, 0 s} makes close() send RST instead of FIN.
void abortWithReset(QTcpSocket *socket)
{
    if (socket->socketDescriptor() != -1) {
        const linger hard{1, 0};
        ::setsockopt(static_cast<int>(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard,
                     sizeof hard);
    }
    socket->abort();
}

// Follows RFC 6455 framing in one direction of a plain ws:// stream, after the HTTP upgrade,
// so that a cut can land exactly inside a frame's payload.
class WebSocketFrameTracker
{
public:
    // Calls onFrame(payloadStartOffset, payloadLength) for every frame header completed in
    // `data`, which starts at absolute stream offset `offset`.
    template <typename OnFrame> void feed(QByteArrayView data, qint64 offset, OnFrame onFrame)
    {
        qsizetype i = 0;
        while (i < data.size()) {
            switch (m_stage) {
            case Stage::Handshake:
                m_tail = (m_tail << 8) | static_cast<quint8>(data[i++]);
                if (m_tail == 0x0d0a0d0a) // "\r\n\r\n" ends the HTTP upgrade
                    m_stage = Stage::Header;
                break;
            case Stage::Header:
                m_header.append(data[i++]);
                if (m_header.size() == headerSize()) {
                    const qint64 length = payloadLength();
                    onFrame(offset + i, length);
                    m_header.clear();
                    if (length > 0) {
                        m_payloadLeft = length;
                        m_stage = Stage::Payload;
                    }
                }
                break;
            case Stage::Payload: {
                const qint64 skip = std::min<qint64>(m_payloadLeft, data.size() - i);
                i += skip;
                m_payloadLeft -= skip;
                if (m_payloadLeft == 0)
                    m_stage = Stage::Header;
                break;
            }
            }
        }
    }

private:
    qsizetype headerSize() const
    {
        if (m_header.size() < 2)
            return 2;
        const int length7 = static_cast<quint8>(m_header[1]) & 0x7f;
        const bool masked = (static_cast<quint8>(m_header[1]) & 0x80) != 0;
        return 2 + (length7 == 126 ? 2 : length7 == 127 ? 8 : 0) + (masked ? 4 : 0);
    }
    qint64 payloadLength() const
    {
        const int length7 = static_cast<quint8>(m_header[1]) & 0x7f;
        const int extra = length7 == 126 ? 2 : length7 == 127 ? 8 : 0;
        if (extra == 0)
            return length7;
        quint64 length = 0;
        for (int k = 0; k < extra; ++k)
            length = (length << 8) | static_cast<quint8>(m_header[2 + k]);
        return static_cast<qint64>(std::min<quint64>(length, quint64(1) << 62));
    }

    enum class Stage { Handshake, Header, Payload };
    Stage m_stage = Stage::Handshake;
    quint32 m_tail = 0;
    QByteArray m_header;
    qint64 m_payloadLeft = 0;
};

} // namespace

// One accepted client socket and its upstream socket, with one pipe per direction.
class ProxyConnection final : public QObject
{
public:
    ProxyConnection(FaultProxy *proxy, QTcpSocket *client, quint16 upstreamPort)
        : QObject(proxy)
        , m_proxy(proxy)
        , m_client(client)
        , m_upstream(new QTcpSocket(this))
    {
        m_client->setParent(this);
        m_pipes[0].direction = FaultProxy::Direction::ClientToServer;
        m_pipes[0].from = m_client;
        m_pipes[0].to = m_upstream;
        m_pipes[1].direction = FaultProxy::Direction::ServerToClient;
        m_pipes[1].from = m_upstream;
        m_pipes[1].to = m_client;
        m_pump.setSingleShot(true);
        m_pump.setTimerType(Qt::PreciseTimer);
        connect(&m_pump, &QTimer::timeout, this, &ProxyConnection::pump);

        for (Pipe &pipe : m_pipes) {
            connect(pipe.from, &QTcpSocket::readyRead, this, [this, &pipe] { receive(pipe); });
            connect(pipe.from, &QTcpSocket::disconnected, this, [this, &pipe] {
                receive(pipe);
                pipe.sourceClosed = true;
                pump();
            });
            connect(pipe.to, &QTcpSocket::bytesWritten, this, [this] {
                if (m_resetPending)
                    finishResetIfFlushed();
            });
        }
        connect(m_upstream, &QTcpSocket::connected, this, &ProxyConnection::pump);
        connect(m_upstream, &QTcpSocket::errorOccurred, this, [this] {
            if (!m_upstreamEverConnected) {
                qCDebug(lcFaultProxy) << "upstream unreachable:" << m_upstream->errorString();
                reset();
            }
        });
        connect(m_upstream, &QTcpSocket::connected, this,
                [this] { m_upstreamEverConnected = true; });
        for (QTcpSocket *socket : {m_client, m_upstream})
            connect(socket, &QTcpSocket::stateChanged, this, &ProxyConnection::finishIfDone);

        m_upstream->connectToHost(QHostAddress::LocalHost, upstreamPort);
        receive(m_pipes[0]);
    }

    ~ProxyConnection() override
    {
        // The sockets are children and die after this body; they must not call back into us.
        m_client->disconnect(this);
        m_upstream->disconnect(this);
    }

    // RST both sides now; anything queued is dropped.
    void reset()
    {
        if (m_finished)
            return;
        m_resetPending = true; // no FIN from close handlers while the RSTs go out
        m_pump.stop();
        for (Pipe &pipe : m_pipes)
            pipe.queue.clear();
        abortWithReset(m_client);
        abortWithReset(m_upstream);
        finishIfDone();
    }

    // FIN both sides once every queued byte was forwarded.
    void close()
    {
        for (Pipe &pipe : m_pipes)
            pipe.sourceClosed = true;
        pump();
    }

    void cutAfter(FaultProxy::Direction direction, qint64 bytes)
    {
        Pipe &pipe = m_pipes[index(direction)];
        pipe.cutAt = pipe.forwarded + bytes;
        pump();
    }

    bool poisoned() const { return m_pipes[0].poisoned || m_pipes[1].poisoned; }
    void pumpSoon() { pump(); }

private:
    struct Chunk
    {
        Clock::time_point due;
        QByteArray bytes;
    };
    struct Pipe
    {
        FaultProxy::Direction direction = FaultProxy::Direction::ClientToServer;
        QTcpSocket *from = nullptr;
        QTcpSocket *to = nullptr;
        std::deque<Chunk> queue;
        qint64 received = 0;  // bytes read from `from` and not discarded
        qint64 forwarded = 0; // bytes written to `to`
        std::optional<qint64> cutAt;
        WebSocketFrameTracker tracker;
        double budget = 0;
        Clock::time_point refilled = Clock::now();
        bool poisoned = false; // lost bytes in a blackhole: the stream can never be valid again
        bool sourceClosed = false;
        bool sinkClosed = false;
    };

    void receive(Pipe &pipe)
    {
        if (m_finished || m_resetPending || !pipe.from->isOpen())
            return;
        const QByteArray data = pipe.from->readAll();
        if (data.isEmpty())
            return;
        const FaultProxy::Faults &faults = m_proxy->faults();
        if (faults.blackhole || pipe.poisoned) {
            pipe.poisoned = true;
            return;
        }
        pipe.tracker.feed(data, pipe.received, [this, &pipe](qint64 payloadStart, qint64 length) {
            if (m_proxy->takeArmedFrameCut(pipe.direction, length)) {
                const qint64 at = payloadStart + length / 2;
                pipe.cutAt = pipe.cutAt ? std::min(*pipe.cutAt, at) : at;
                qCDebug(lcFaultProxy) << "cutting a frame of" << length << "bytes at offset" << at;
            }
        });
        pipe.received += data.size();
        pipe.queue.push_back({Clock::now() + faults.delay, data});
        pump();
    }

    void pump()
    {
        if (m_finished || m_resetPending)
            return;
        const FaultProxy::Faults &faults = m_proxy->faults();
        const Clock::time_point now = Clock::now();
        std::optional<Clock::time_point> wakeUp;
        for (Pipe &pipe : m_pipes) {
            if (pipe.to->state() != QAbstractSocket::ConnectedState)
                continue;
            if (faults.bytesPerSecond > 0) {
                const double seconds = std::chrono::duration<double>(now - pipe.refilled).count();
                const double burst = std::max(faults.bytesPerSecond / 50.0, 512.0);
                pipe.budget = std::clamp(pipe.budget + seconds * faults.bytesPerSecond, 0.0, burst);
            } else {
                pipe.budget = 0; // a throttle switched on later starts from an empty bucket
            }
            pipe.refilled = now;
            while (!pipe.queue.empty() && pipe.queue.front().due <= now) {
                Chunk &chunk = pipe.queue.front();
                qint64 n = chunk.bytes.size();
                if (faults.bytesPerSecond > 0)
                    n = std::min<qint64>(n, static_cast<qint64>(pipe.budget));
                if (pipe.cutAt)
                    n = std::min(n, *pipe.cutAt - pipe.forwarded);
                if (n > 0) {
                    pipe.to->write(chunk.bytes.constData(), n);
                    pipe.forwarded += n;
                    if (faults.bytesPerSecond > 0)
                        pipe.budget -= static_cast<double>(n);
                    m_proxy->countForwarded(pipe.direction, n);
                    chunk.bytes.remove(0, n);
                    if (chunk.bytes.isEmpty())
                        pipe.queue.pop_front();
                }
                if (pipe.cutAt && pipe.forwarded >= *pipe.cutAt) {
                    m_proxy->countCut();
                    resetAfterFlush(pipe.to);
                    return;
                }
                if (n <= 0) { // out of bandwidth budget until the next tick
                    wakeUp = std::min(wakeUp.value_or(now + 10ms), now + 10ms);
                    break;
                }
            }
            if (!pipe.queue.empty() && pipe.queue.front().due > now)
                wakeUp = std::min(wakeUp.value_or(pipe.queue.front().due), pipe.queue.front().due);
            if (pipe.queue.empty() && pipe.sourceClosed && !pipe.sinkClosed && !pipe.poisoned) {
                pipe.sinkClosed = true;
                pipe.to->disconnectFromHost();
            }
        }
        if (wakeUp) {
            const auto wait = std::chrono::ceil<std::chrono::milliseconds>(*wakeUp - now);
            m_pump.start(std::max(wait, 0ms));
        }
    }

    // A cut must deliver its partial frame before the RST, or the peer would never see it.
    void resetAfterFlush(QTcpSocket *sink)
    {
        m_resetPending = true;
        m_resetSink = sink;
        sink->flush();
        QTimer::singleShot(2s, this, [this] { reset(); }); // a peer that stopped reading
        finishResetIfFlushed();
    }
    void finishResetIfFlushed()
    {
        if (m_resetSink && m_resetSink->bytesToWrite() == 0)
            reset();
    }

    void finishIfDone()
    {
        if (m_finished)
            return;
        const bool clientGone = m_client->state() == QAbstractSocket::UnconnectedState;
        const bool upstreamGone = m_upstream->state() == QAbstractSocket::UnconnectedState;
        // A connection with a poisoned pipe lingers half-open on purpose: a blackhole does not
        // tell the other side anything. pass() resets it.
        if (clientGone && upstreamGone) {
            m_finished = true;
            m_pump.stop();
            m_proxy->forget(this);
            deleteLater();
        } else if ((clientGone || upstreamGone) && m_proxy->faults().blackhole) {
            // The FIN is lost in the blackhole like every other byte.
            m_pipes[clientGone ? 0 : 1].poisoned = true;
        } else if ((clientGone || upstreamGone) && !poisoned()) {
            // One side went away: pump() closes the other once the queue toward it is drained.
            Pipe &pipe = clientGone ? m_pipes[0] : m_pipes[1];
            pipe.sourceClosed = true;
            if (upstreamGone && !m_upstreamEverConnected)
                abortWithReset(m_client);
            QTimer::singleShot(0, this, [this] { pump(); });
        }
    }

    FaultProxy *m_proxy;
    QTcpSocket *m_client;
    QTcpSocket *m_upstream;
    Pipe m_pipes[2];
    QTimer m_pump;
    QPointer<QTcpSocket> m_resetSink;
    bool m_resetPending = false;
    bool m_finished = false;
    bool m_upstreamEverConnected = false;
};

FaultProxy::FaultProxy(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::acceptPending);
}

FaultProxy::~FaultProxy()
{
    m_server.close();
    const QList<ProxyConnection *> connections = m_connections;
    m_connections.clear();
    for (ProxyConnection *connection : connections)
        delete connection;
}

bool FaultProxy::start(quint16 upstreamPort, quint16 listenPort)
{
    m_upstreamPort = upstreamPort;
    if (!m_server.listen(QHostAddress::LocalHost, listenPort)) {
        qCWarning(lcFaultProxy) << "cannot listen:" << m_server.errorString();
        return false;
    }
    return true;
}

void FaultProxy::setUpstreamPort(quint16 upstreamPort)
{
    m_upstreamPort = upstreamPort;
}

quint16 FaultProxy::port() const
{
    return m_server.serverPort();
}

QUrl FaultProxy::url(const QString &scheme) const
{
    QUrl url;
    url.setScheme(scheme);
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    return url;
}

void FaultProxy::pass()
{
    m_faults = {};
    m_refuse = false;
    m_armedFrameCutMinPayload[0] = m_armedFrameCutMinPayload[1] = -1;
    const QList<ProxyConnection *> connections = m_connections;
    for (ProxyConnection *connection : connections) {
        if (connection->poisoned())
            connection->reset();
        else
            connection->pumpSoon();
    }
}

void FaultProxy::setDelay(std::chrono::milliseconds oneWayDelay)
{
    m_faults.delay = oneWayDelay;
}

void FaultProxy::setThrottle(qint64 bytesPerSecond)
{
    m_faults.bytesPerSecond = std::max<qint64>(bytesPerSecond, 0);
    for (ProxyConnection *connection : std::as_const(m_connections))
        connection->pumpSoon();
}

void FaultProxy::setBlackhole(bool on)
{
    if (!on) {
        m_faults.blackhole = false;
        pass();
        return;
    }
    m_faults.blackhole = true;
}

void FaultProxy::setRefuseConnections(bool on)
{
    m_refuse = on;
}

void FaultProxy::closeConnections()
{
    const QList<ProxyConnection *> connections = m_connections;
    for (ProxyConnection *connection : connections)
        connection->close();
}

void FaultProxy::resetConnections()
{
    const QList<ProxyConnection *> connections = m_connections;
    for (ProxyConnection *connection : connections)
        connection->reset();
}

void FaultProxy::cutAfterBytes(Direction direction, qint64 bytes)
{
    const QList<ProxyConnection *> connections = m_connections;
    for (ProxyConnection *connection : connections)
        connection->cutAfter(direction, bytes);
}

void FaultProxy::cutInsideNextFrame(Direction direction, qint64 minPayload)
{
    m_armedFrameCutMinPayload[index(direction)] = std::max<qint64>(minPayload, 1);
}

int FaultProxy::openConnections() const
{
    return static_cast<int>(m_connections.size());
}

qint64 FaultProxy::bytesForwarded(Direction direction) const
{
    return m_forwarded[index(direction)];
}

void FaultProxy::acceptPending()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        ++m_accepted;
        if (m_refuse) {
            abortWithReset(socket);
            socket->deleteLater();
            continue;
        }
        auto *connection = new ProxyConnection(this, socket, m_upstreamPort);
        m_connections.append(connection);
        Q_EMIT connectionAccepted();
    }
}

void FaultProxy::forget(ProxyConnection *connection)
{
    if (m_connections.removeOne(connection))
        Q_EMIT connectionFinished();
}

bool FaultProxy::takeArmedFrameCut(Direction direction, qint64 payloadSize)
{
    qint64 &armed = m_armedFrameCutMinPayload[index(direction)];
    if (armed < 0 || payloadSize < armed)
        return false;
    armed = -1;
    return true;
}

void FaultProxy::countForwarded(Direction direction, qint64 bytes)
{
    m_forwarded[index(direction)] += bytes;
}

void FaultProxy::countCut()
{
    ++m_cuts;
    Q_EMIT cutPerformed();
}

} // namespace syncscope::reliability
