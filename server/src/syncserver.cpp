#include <syncscope/server/syncserver.h>

#include "clientconnection.h"
#include "logging.h"
#include "realmhub.h"
#include "realmstore.h"
#include "uploadbatcher.h"

#include <syncscope/protocol/errorcodes.h>
#include <syncscope/protocol/messages.h>

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QWebSocketServer>

#include <atomic>

namespace syncscope::server {

using protocol::ErrorCode;

namespace {

QString uniqueConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("syncscope-server-%1").arg(counter.fetch_add(1));
}

} // namespace

class SyncServer::Private final
{
public:
    explicit Private(ServerConfig c)
        : config(std::move(c))
        , store(uniqueConnectionName())
        , uploads(&store, &hub)
    {}

    bool configureTls(QString *error);
    void acceptPendingConnections(SyncServer *q);
    void watchHandshakes(SyncServer *q);
    void handshakeEnded(SyncServer *q, const QString &peer, bool completed);
    void forgetPendingHandshakes(SyncServer *q);
    void connectionFinished(SyncServer *q, ClientConnection *connection);
    void finishStop(SyncServer *q);

    ServerConfig config;
    RealmStore store;
    RealmHub hub;
    UploadBatcher uploads; // after store and hub, which it uses
    ServerStatistics statistics;
    std::unique_ptr<QWebSocketServer> webSocketServer;
    // Without TLS the server accepts TCP itself and hands each socket to webSocketServer, so
    // that it can tell (and log) which ones never finish the upgrade. Keyed by "address:port".
    std::unique_ptr<QTcpServer> tcpServer;
    struct PendingHandshake
    {
        QPointer<QTcpSocket> socket;
        QPointer<QTimer> timer; // a child of the socket
    };
    QHash<QString, PendingHandshake> pendingHandshakes;
    QList<ClientConnection *> connections;
    QString errorString;
    quint64 nextConnectionId = 1;
    bool started = false;
    bool stopping = false;
    QTimer graceTimer;
};

bool SyncServer::Private::configureTls(QString *error)
{
    QFile certificateFile(config.tlsCertificateFile);
    QFile keyFile(config.tlsKeyFile);
    if (!certificateFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read the TLS certificate \"%1\" or key \"%2\"")
                     .arg(config.tlsCertificateFile, config.tlsKeyFile);
        return false;
    }
    const QList<QSslCertificate> chain = QSslCertificate::fromDevice(&certificateFile, QSsl::Pem);
    const QByteArray keyBytes = keyFile.readAll();
    QSslKey key(keyBytes, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyBytes, QSsl::Ec, QSsl::Pem);
    if (chain.isEmpty() || key.isNull()) {
        *error = tr("\"%1\" holds no PEM certificate or \"%2\" no unencrypted PEM key")
                     .arg(config.tlsCertificateFile, config.tlsKeyFile);
        return false;
    }
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setLocalCertificateChain(chain);
    ssl.setPrivateKey(key);
    ssl.setProtocol(QSsl::TlsV1_2OrLater);
    ssl.setPeerVerifyMode(QSslSocket::VerifyNone); // clients authenticate with tokens
    webSocketServer->setSslConfiguration(ssl);
    return true;
}

void SyncServer::Private::watchHandshakes(SyncServer *q)
{
    while (QTcpSocket *socket = tcpServer->nextPendingConnection()) {
        const QString peer =
            QStringLiteral("%1:%2").arg(socket->peerAddress().toString()).arg(socket->peerPort());
        auto *timer = new QTimer(socket);
        timer->setSingleShot(true);
        timer->setInterval(config.limits.handshakeTimeout);
        pendingHandshakes.insert(peer, {socket, timer});
        QObject::connect(timer, &QTimer::timeout, q, [this, q, peer] {
            const PendingHandshake pending = pendingHandshakes.value(peer);
            handshakeEnded(q, peer, false);
            qCWarning(lcConnection).noquote()
                << "dropping" << peer << "- it did not finish the WebSocket handshake within"
                << config.limits.handshakeTimeout.count() << "ms";
            if (pending.socket)
                pending.socket->abort();
        });
        QObject::connect(socket, &QAbstractSocket::disconnected, q, [this, q, peer] {
            if (!pendingHandshakes.contains(peer))
                return;
            handshakeEnded(q, peer, false);
            // The peer hung up, or QWebSocketServer refused a malformed upgrade request.
            qCInfo(lcConnection).noquote()
                << "the connection from" << peer << "ended before the WebSocket handshake finished";
        });
        QObject::connect(socket, &QObject::destroyed, q,
                         [this, peer] { pendingHandshakes.remove(peer); });
        timer->start();
        // QWebSocketServer's own timeout is a little longer, so that ours fires first and logs.
        webSocketServer->handleConnection(socket);
    }
}

void SyncServer::Private::handshakeEnded(SyncServer *q, const QString &peer, bool completed)
{
    const PendingHandshake pending = pendingHandshakes.take(peer);
    if (pending.socket)
        QObject::disconnect(pending.socket, nullptr, q, nullptr);
    // After an upgrade the socket lives on inside the QWebSocket; its watch must not.
    if (completed)
        delete pending.timer;
}

void SyncServer::Private::forgetPendingHandshakes(SyncServer *q)
{
    const QList<QString> peers = pendingHandshakes.keys();
    for (const QString &peer : peers) {
        const QPointer<QTcpSocket> socket = pendingHandshakes.value(peer).socket;
        handshakeEnded(q, peer, false);
        if (socket)
            socket->abort();
    }
}

void SyncServer::Private::acceptPendingConnections(SyncServer *q)
{
    while (QWebSocket *socket = webSocketServer->nextPendingConnection()) {
        handshakeEnded(
            q,
            QStringLiteral("%1:%2").arg(socket->peerAddress().toString()).arg(socket->peerPort()),
            true);
        // Limits go on before control returns to the event loop, so not even the first
        // message can be larger.
        socket->setMaxAllowedIncomingMessageSize(quint64(config.limits.maxMessageBytes));
        socket->setMaxAllowedIncomingFrameSize(quint64(config.limits.maxMessageBytes));

        SessionContext context{&store, &hub, &uploads, config.secret, config.limits};
        auto *connection =
            new ClientConnection(socket, nextConnectionId++, context, &statistics, q);
        QObject::connect(connection, &ClientConnection::finished, q,
                         [this, q](ClientConnection *c) { connectionFinished(q, c); });
        // Listed before anything can close it: a close may report finished() at once.
        connections.append(connection);

        if (stopping) {
            connection->goAway();
            continue;
        }
        if (socket->subprotocol() != QLatin1StringView(protocol::kSubprotocol)) {
            statistics.countConnection(false);
            connection->refuse(ErrorCode::WrongProtocolVersion,
                               tr("this server speaks the WebSocket subprotocol %1; the client "
                                  "offered %2")
                                   .arg(QLatin1StringView(protocol::kSubprotocol),
                                        socket->subprotocol().isEmpty() ? tr("none that matches")
                                                                        : socket->subprotocol()),
                               false, QWebSocketProtocol::CloseCodeProtocolError);
            continue;
        }
        if (connections.size() > config.limits.maxConnections) {
            statistics.countConnection(false);
            qCWarning(lcServer).noquote()
                << "refusing a connection from" << socket->peerAddress().toString() << "- already"
                << connections.size() - 1 << "connections (limit" << config.limits.maxConnections
                << ")";
            // 1013 "try again later" would fit, but Qt 6.4 does not send codes it does not
            // know; the ERROR's tryAgain flag tells the client what to do.
            connection->refuse(ErrorCode::ConnectionClosed,
                               tr("the server has reached its limit of %1 connections")
                                   .arg(config.limits.maxConnections),
                               true, QWebSocketProtocol::CloseCodePolicyViolated);
            continue;
        }
        statistics.countConnection(true);
        qCInfo(lcConnection).noquote()
            << "accepted connection" << connection->connectionId() << "from"
            << socket->peerAddress().toString() << socket->peerPort();
    }
}

void SyncServer::Private::connectionFinished(SyncServer *q, ClientConnection *connection)
{
    connections.removeAll(connection);
    connection->deleteLater();
    if (stopping && connections.isEmpty())
        finishStop(q);
}

void SyncServer::Private::finishStop(SyncServer *q)
{
    graceTimer.stop();
    // Cleared first: aborting a connection reports finished() synchronously, which must
    // neither touch the list being walked nor come back here.
    stopping = false;
    const QList<ClientConnection *> remaining = std::exchange(connections, {});
    for (ClientConnection *connection : remaining) {
        connection->abort();
        connection->deleteLater();
    }
    if (started) {
        started = false;
        // Uploads that arrived before the stop are stored, even if nobody hears about it.
        uploads.flush();
        store.close();
        qCInfo(lcServer).noquote() << "stopped";
    }
    Q_EMIT q->stopped();
}

SyncServer::SyncServer(ServerConfig config, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(std::move(config)))
{
    d->graceTimer.setSingleShot(true);
    connect(&d->graceTimer, &QTimer::timeout, this, [this] {
        qCWarning(lcServer).noquote()
            << d->connections.size() << "connections did not close in time; aborting them";
        d->finishStop(this);
    });
}

SyncServer::~SyncServer()
{
    // Connections (also those already waiting for deleteLater) hold pointers into the store,
    // hub and statistics: destroy them first.
    d->connections.clear();
    qDeleteAll(findChildren<ClientConnection *>(Qt::FindDirectChildrenOnly));
    d->forgetPendingHandshakes(this);
    d->tcpServer.reset();
    // Uploads received in the last event-loop turn are stored all the same.
    if (d->started)
        d->uploads.flush();
    d->webSocketServer.reset();
}

bool SyncServer::start()
{
    if (d->started)
        return true;
    if (d->config.secret.isEmpty()) {
        d->errorString = tr("no secret to verify access tokens with");
        return false;
    }
    if (!d->store.open(d->config.dataDir, &d->errorString))
        return false;

    const bool secure = !d->config.tlsCertificateFile.isEmpty() || !d->config.tlsKeyFile.isEmpty();
    d->webSocketServer = std::make_unique<QWebSocketServer>(
        QStringLiteral("syncscope-server"),
        secure ? QWebSocketServer::SecureMode : QWebSocketServer::NonSecureMode);
    d->webSocketServer->setSupportedSubprotocols({QLatin1StringView(protocol::kSubprotocol)});
    if (secure && !d->configureTls(&d->errorString)) {
        d->store.close();
        return false;
    }
    connect(d->webSocketServer.get(), &QWebSocketServer::newConnection, this,
            [this] { d->acceptPendingConnections(this); });
    connect(d->webSocketServer.get(), &QWebSocketServer::acceptError, this,
            [](QAbstractSocket::SocketError error) {
                qCWarning(lcServer).noquote() << "accepting a connection failed:" << error;
            });
    connect(d->webSocketServer.get(), &QWebSocketServer::sslErrors, this,
            [](const QList<QSslError> &errors) {
                qCWarning(lcConnection).noquote() << "TLS errors:" << errors;
            });
    // A margin over ours (see watchHandshakes); with TLS, Qt's timeout is the only one.
    d->webSocketServer->setHandshakeTimeout(secure ? d->config.limits.handshakeTimeout
                                                   : d->config.limits.handshakeTimeout +
                                                         std::chrono::milliseconds(1000));
    bool listening = false;
    QString listenError;
    if (secure) {
        // QWebSocketServer does the TLS handshake itself; it listens on its own.
        listening = d->webSocketServer->listen(d->config.address, d->config.port);
        listenError = d->webSocketServer->errorString();
    } else {
        d->tcpServer = std::make_unique<QTcpServer>();
        connect(d->tcpServer.get(), &QTcpServer::newConnection, this,
                [this] { d->watchHandshakes(this); });
        connect(d->tcpServer.get(), &QTcpServer::acceptError, this,
                [](QAbstractSocket::SocketError error) {
                    qCWarning(lcServer).noquote() << "accepting a connection failed:" << error;
                });
        listening = d->tcpServer->listen(d->config.address, d->config.port);
        listenError = d->tcpServer->errorString();
        if (!listening)
            d->tcpServer.reset();
    }
    if (!listening) {
        d->errorString = tr("cannot listen on %1 port %2: %3")
                             .arg(d->config.address.toString())
                             .arg(d->config.port)
                             .arg(listenError);
        d->webSocketServer.reset();
        d->store.close();
        return false;
    }
    d->started = true;
    d->stopping = false;
    qCInfo(lcServer).noquote() << "listening on" << url().toString();
    return true;
}

QString SyncServer::errorString() const
{
    return d->errorString;
}

bool SyncServer::isListening() const
{
    if (d->tcpServer)
        return d->tcpServer->isListening();
    return d->webSocketServer && d->webSocketServer->isListening();
}

QUrl SyncServer::url() const
{
    if (!isListening())
        return {};
    QUrl url;
    url.setScheme(d->webSocketServer->secureMode() == QWebSocketServer::SecureMode
                      ? QStringLiteral("wss")
                      : QStringLiteral("ws"));
    url.setHost(d->tcpServer ? d->tcpServer->serverAddress().toString()
                             : d->webSocketServer->serverAddress().toString());
    url.setPort(d->tcpServer ? d->tcpServer->serverPort() : d->webSocketServer->serverPort());
    return url;
}

const ServerConfig &SyncServer::config() const
{
    return d->config;
}

void SyncServer::stop()
{
    if (!d->started || d->stopping) {
        if (!d->started)
            Q_EMIT stopped();
        return;
    }
    d->stopping = true;
    qCInfo(lcServer).noquote() << "stopping:" << d->connections.size() << "connections to close";
    // Without TLS webSocketServer never listens itself (and its pauseAccepting() or close()
    // would touch a TCP server it does not have).
    if (d->tcpServer)
        d->tcpServer->close();
    else if (d->webSocketServer)
        d->webSocketServer->close();
    d->forgetPendingHandshakes(this);
    if (d->connections.isEmpty()) {
        d->finishStop(this);
        return;
    }
    d->graceTimer.start(d->config.limits.shutdownGracePeriod);
    // A copy: closing may finish a connection synchronously.
    const QList<ClientConnection *> connections = d->connections;
    for (ClientConnection *connection : connections)
        connection->goAway();
}

const ServerStatistics *SyncServer::statistics() const
{
    return &d->statistics;
}

} // namespace syncscope::server
