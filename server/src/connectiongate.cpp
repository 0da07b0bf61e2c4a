#include "connectiongate.h"

#include "framemaskguard.h"
#include "logging.h"
#include "peertext.h"

#include <QCoreApplication>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>
#include <QWebSocketServer>

#include <QSocketNotifier>

#include <cerrno>
#include <sys/socket.h>
#include <unistd.h>

namespace syncscope::server {

namespace {

QString peerOf(const QTcpSocket *socket)
{
    return QStringLiteral("%1:%2").arg(socket->peerAddress().toString()).arg(socket->peerPort());
}

QByteArray httpAnswer(const QByteArray &statusLine)
{
    return "HTTP/1.1 " + statusLine + "\r\nConnection: close\r\nContent-Length: 0\r\n\r\n";
}

} // namespace

// Accepts TCP connections as QSslSocket when TLS is on (without starting the handshake:
// the gate does that under its own timer), as QTcpSocket otherwise. QSslServer would keep
// sockets in handshake outside our reach, and in Qt 6.4 abandoned ones never free their slot.
class ConnectionGate::Listener final : public QTcpServer
{
public:
    explicit Listener(const ConnectionGate *gate)
        : m_gate(gate)
    {}

protected:
    void incomingConnection(qintptr descriptor) override
    {
        QTcpSocket *socket = m_gate->isSecure() ? new QSslSocket(this) : new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        // No Nagle: an acknowledgement or a fan-out DOWNLOAD is one small write that a client
        // waits for, and must not wait in the kernel for the ACK of the one before it (the
        // clients' QWebSocket sets the same on its side).
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        addPendingConnection(socket);
    }

private:
    const ConnectionGate *m_gate;
};

ConnectionGate::ConnectionGate(const ServerLimits &limits, QWebSocketServer *webSocketServer,
                               QObject *parent)
    : QObject(parent)
    , m_limits(limits)
    , m_webSocketServer(webSocketServer)
    , m_listener(std::make_unique<Listener>(this))
{
    m_listener->setListenBacklogSize(limits.listenBacklog);
    // Taken at once: the pending list of QTcpServer never fills, whatever the peers do.
    connect(m_listener.get(), &QTcpServer::newConnection, this, &ConnectionGate::acceptAll);
    connect(m_listener.get(), &QTcpServer::acceptError, this,
            [](QAbstractSocket::SocketError error) {
                qCWarning(lcServer).noquote() << "accepting a connection failed:" << error;
            });
}

ConnectionGate::~ConnectionGate()
{
    abortAll();
}

void ConnectionGate::setTlsConfiguration(const QSslConfiguration &configuration)
{
    m_tls = configuration;
}

bool ConnectionGate::listen(const QHostAddress &address, quint16 port)
{
    return m_listener->listen(address, port);
}

bool ConnectionGate::isListening() const
{
    return m_listener->isListening();
}

QString ConnectionGate::errorString() const
{
    return m_listener->errorString();
}

QHostAddress ConnectionGate::serverAddress() const
{
    return m_listener->serverAddress();
}

quint16 ConnectionGate::serverPort() const
{
    return m_listener->serverPort();
}

void ConnectionGate::close()
{
    m_listener->close();
}

void ConnectionGate::acceptAll()
{
    while (QTcpSocket *socket = m_listener->nextPendingConnection())
        admit(socket);
}

void ConnectionGate::admit(QTcpSocket *socket)
{
    const QString peer = peerOf(socket);
    const QString address = socket->peerAddress().toString();
    const int fromAddress = m_pendingByAddress.value(address);
    if (m_pending.size() >= m_limits.maxHandshakes ||
        fromAddress >= m_limits.maxHandshakesPerAddress) {
        logLimited(lcConnection, QtWarningMsg, address, QStringLiteral("handshake-limit"),
                   QStringLiteral("refusing %1 - %2 handshakes in progress (%3 from this address; "
                                  "limits %4 and %5)")
                       .arg(peer)
                       .arg(m_pending.size())
                       .arg(fromAddress)
                       .arg(m_limits.maxHandshakes)
                       .arg(m_limits.maxHandshakesPerAddress));
        socket->abort();
        socket->deleteLater();
        return;
    }
    // Nothing is read from the kernel beyond what the header may hold: the 431 needs no more.
    socket->setReadBufferSize(m_limits.maxRequestHeaderBytes + 1);
    auto *timer = new QTimer(socket);
    timer->setSingleShot(true);
    timer->setInterval(m_limits.handshakeTimeout);
    m_pending.insert(peer, {socket, timer, address, false});
    ++m_pendingByAddress[address];

    connect(timer, &QTimer::timeout, this, [this, peer] {
        const QPointer<QTcpSocket> socket = m_pending.value(peer).socket;
        forget(peer);
        qCWarning(lcConnection).noquote()
            << "dropping" << peer << "- it did not finish the"
            << (isSecure() ? "TLS and WebSocket handshakes" : "WebSocket handshake") << "within"
            << m_limits.handshakeTimeout.count() << "ms";
        if (socket)
            socket->abort();
    });
    connect(socket, &QAbstractSocket::disconnected, this, [this, peer] {
        if (!m_pending.contains(peer))
            return;
        forget(peer);
        // The peer hung up, or QWebSocketServer refused a malformed upgrade request.
        qCInfo(lcConnection).noquote()
            << "the connection from" << peer << "ended before the WebSocket handshake finished";
    });
    // Freed when the peer is gone, whoever deletes the socket.
    connect(socket, &QObject::destroyed, this, [this, peer] { forget(peer); });
    timer->start();

    if (auto *tls = qobject_cast<QSslSocket *>(socket)) {
        tls->setSslConfiguration(*m_tls);
        connect(tls, &QSslSocket::encrypted, this, [this, peer] { startScreening(peer); });
        connect(tls, &QSslSocket::sslErrors, this, [peer](const QList<QSslError> &errors) {
            qCWarning(lcConnection).noquote() << "TLS errors with" << peer << ":" << errors;
        });
        connect(tls, &QSslSocket::handshakeInterruptedOnError, this,
                [peer](const QSslError &error) {
                    qCInfo(lcConnection).noquote()
                        << "TLS handshake with" << peer << "failed:" << error.errorString();
                });
        tls->startServerEncryption();
    } else {
        startScreening(peer);
    }
}

void ConnectionGate::startScreening(const QString &peer)
{
    QTcpSocket *socket = m_pending.value(peer).socket;
    if (!socket)
        return;
    connect(socket, &QIODevice::readyRead, this, [this, peer] { screen(peer); });
    if (socket->bytesAvailable() > 0)
        screen(peer);
}

void ConnectionGate::screen(const QString &peer)
{
    const auto it = m_pending.find(peer);
    if (it == m_pending.end() || !it->socket || it->screened)
        return;
    QTcpSocket *socket = it->socket;
    const QByteArray head = socket->peek(m_limits.maxRequestHeaderBytes + 1);
    // An upgrade request starts with "GET "; anything else is answered at once.
    static const QByteArray get("GET ");
    if (!get.startsWith(head.left(get.size()))) {
        refuseRequest(peer, "400 Bad Request", "sent bytes that are not an HTTP GET request");
        return;
    }
    if (head.indexOf("\r\n\r\n") < 0) {
        if (head.size() > m_limits.maxRequestHeaderBytes)
            refuseRequest(peer, "431 Request Header Fields Too Large",
                          "sent an HTTP request header over the limit");
        return;
    }
    it->screened = true;
    QObject::disconnect(socket, &QIODevice::readyRead, this, nullptr);
    socket->setReadBufferSize(0);
    // Connected before QWebSocket's own readyRead handler, so it sees each frame first. It
    // follows the stream from the end of the request, which Qt has not consumed yet.
    FrameMaskGuard::attach(socket, head.indexOf("\r\n\r\n") + 4);
    m_webSocketServer->handleConnection(socket);
}

void ConnectionGate::refuseRequest(const QString &peer, const QByteArray &statusLine,
                                   const char *why)
{
    const QPointer<QTcpSocket> socket = m_pending.value(peer).socket;
    logLimited(lcConnection, QtWarningMsg, m_pending.value(peer).address, QString::fromLatin1(why),
               QStringLiteral("refusing %1 with %2: it %3")
                   .arg(peer, QString::fromLatin1(statusLine), QString::fromLatin1(why)));
    forget(peer);
    if (socket)
        closeGracefully(socket, httpAnswer(statusLine), std::chrono::milliseconds(2000));
}

void ConnectionGate::forget(const QString &peer)
{
    const auto it = m_pending.find(peer);
    if (it == m_pending.end())
        return;
    const Pending pending = *it;
    m_pending.erase(it);
    if (--m_pendingByAddress[pending.address] <= 0)
        m_pendingByAddress.remove(pending.address);
    if (pending.socket) {
        QObject::disconnect(pending.socket, nullptr, this, nullptr);
        if (auto *tls = qobject_cast<QSslSocket *>(pending.socket.data()))
            QObject::disconnect(tls, nullptr, this, nullptr);
    }
    delete pending.timer;
}

QTcpSocket *ConnectionGate::upgraded(const QString &peer)
{
    const QPointer<QTcpSocket> socket = m_pending.value(peer).socket;
    forget(peer);
    return socket;
}

void ConnectionGate::abortAll()
{
    const QList<QString> peers = m_pending.keys();
    for (const QString &peer : peers) {
        const QPointer<QTcpSocket> socket = m_pending.value(peer).socket;
        forget(peer);
        if (socket)
            socket->abort();
    }
}

namespace {

// Owns a duplicate descriptor of a closed socket until the peer hung up or time ran out.
class Lingerer final : public QObject
{
public:
    Lingerer(int descriptor, std::chrono::milliseconds linger)
        : m_descriptor(descriptor)
        , m_notifier(descriptor, QSocketNotifier::Read)
    {
        m_notifier.setEnabled(false);
        connect(&m_notifier, &QSocketNotifier::activated, this, &Lingerer::drain);
        m_deadline.setSingleShot(true);
        connect(&m_deadline, &QTimer::timeout, this, &QObject::deleteLater);
        m_deadline.start(linger);
    }
    ~Lingerer() override
    {
        m_notifier.setEnabled(false);
        ::close(m_descriptor);
    }
    // Qt has flushed and let go: FIN after what it wrote, then read until the peer's FIN.
    void start()
    {
        if (m_started)
            return;
        m_started = true;
        ::shutdown(m_descriptor, SHUT_WR);
        m_notifier.setEnabled(true);
    }

private:
    void drain()
    {
        char buffer[16 * 1024];
        const ssize_t n = ::recv(m_descriptor, buffer, sizeof buffer, MSG_DONTWAIT);
        if (n == 0 || (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)) {
            m_notifier.setEnabled(false);
            deleteLater();
        }
    }

    int m_descriptor;
    QSocketNotifier m_notifier;
    QTimer m_deadline;
    bool m_started = false;
};

} // namespace

void lingerOnClose(QTcpSocket *socket, std::chrono::milliseconds linger)
{
    QObject::connect(socket, &QIODevice::aboutToClose, socket, [socket, linger] {
        if (socket->socketDescriptor() < 0 || socket->property("syncscope.lingering").toBool())
            return;
        socket->setProperty("syncscope.lingering", true);
        const int duplicate = ::dup(int(socket->socketDescriptor()));
        if (duplicate < 0)
            return;
        // Not a child of the socket, which it outlives; the application's, so that none is
        // left behind at exit.
        QPointer<Lingerer> lingerer = new Lingerer(duplicate, linger);
        lingerer->setParent(QCoreApplication::instance());
        const auto start = [lingerer] {
            if (lingerer)
                lingerer->start();
        };
        QObject::connect(socket, &QAbstractSocket::disconnected, lingerer, start);
        QObject::connect(socket, &QObject::destroyed, lingerer, start);
    });
}

void skipLinger(QTcpSocket *socket)
{
    if (socket)
        socket->setProperty("syncscope.lingering", true);
}

void closeGracefully(QTcpSocket *socket, const QByteArray &lastWords,
                     std::chrono::milliseconds linger)
{
    QObject::disconnect(socket, &QIODevice::readyRead, nullptr, nullptr);
    socket->setReadBufferSize(0);
    if (!lastWords.isEmpty())
        socket->write(lastWords);
    socket->flush();
    // FIN after the answer; input is read and thrown away so the kernel has no reason to reset.
    if (socket->socketDescriptor() >= 0)
        ::shutdown(int(socket->socketDescriptor()), SHUT_WR);
    QObject::connect(socket, &QIODevice::readyRead, socket,
                     [socket] { socket->skip(socket->bytesAvailable()); });
    socket->skip(socket->bytesAvailable());
    QObject::connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
    auto *deadline = new QTimer(socket);
    deadline->setSingleShot(true);
    QObject::connect(deadline, &QTimer::timeout, socket, [socket] {
        socket->abort();
        socket->deleteLater();
    });
    deadline->start(linger);
}

} // namespace syncscope::server
