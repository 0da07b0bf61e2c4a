#include <syncscope/server/syncserver.h>

#include "bindbatcher.h"
#include "clientconnection.h"
#include "clusterlistener.h"
#include "connectiongate.h"
#include "headspoll.h"
#include "logging.h"
#include "operatorendpoint.h"
#include "peertext.h"
#include "postgresrealmstorage.h"
#include "prometheusmetrics.h"
#include "realmhub.h"
#include "sharedbudgets.h"
#include "sqliterealmstorage.h"
#include "storagethread.h"
#include "uploadbatcher.h"
#include <syncscope/platform/prometheus.h>

#include <syncscope/protocol/errorcodes.h>
#include <syncscope/protocol/messages.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>
#include <QWebSocketServer>

#include <atomic>

namespace syncscope::server {

using protocol::ErrorCode;

namespace {

// A reader that took nothing for this long while the shared send budget is spent is dropped.
constexpr qint64 kStalledReaderMs = 4000;

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
        , uploads(&storage, &hub, config.limits.queuedUploadBudget, config.groupCommitPacing)
        , binds(&storage)
        , budgets(config.limits)
    {
        uploads.setStatistics(&statistics);
    }

    bool configureTls(QString *error);
    void acceptPendingConnections(SyncServer *q);
    int connectionsFrom(const QHostAddress &address) const;
    void connectionFinished(SyncServer *q, ClientConnection *connection);
    void finishStop(SyncServer *q);
    bool usesPostgres() const { return !config.database.isEmpty(); }
    bool startClusterFanOut(QString *error);
    // Re-reads the heads of the realms this node serves and tells their sessions.
    void pollHeads();
    void publishHeads(const QHash<qint64, quint64> &heads);
    // Records this node in the shared nodes table and hands every node to the operator API.
    void heartbeat();

    ServerConfig config;
    // All database work, off the event loop. Stopped explicitly before the members that its
    // results are delivered to go away.
    StorageThread storage;
    RealmHub hub;
    UploadBatcher uploads; // after storage and hub, which it uses
    BindBatcher binds;     // after storage, which it uses
    ServerStatistics statistics;
    // Only upgrades requests the gate screened; never listens itself.
    std::unique_ptr<QWebSocketServer> webSocketServer;
    // Accepts TCP (and runs TLS) itself, under the server's timers and limits.
    std::unique_ptr<ConnectionGate> gate;
    SharedBudgets budgets;
    QList<ClientConnection *> connections;
    QString errorString;
    quint64 nextConnectionId = 1;
    bool started = false;
    bool stopping = false;
    QTimer graceTimer;
    // Drops stalled readers while the shared send budget is spent.
    QTimer budgetTimer;
    std::unique_ptr<platform::MetricsHttpEndpoint> metrics; // with config.metricsEnabled
    std::unique_ptr<OperatorEndpoint> operatorApi;          // with config.operatorEnabled
    QSslConfiguration tls;                  // with a certificate when the server speaks TLS
    QHash<QString, QDateTime> refusedUsers; // by an operator, until (UTC)
    QDateTime startedAt;
    // PostgreSQL only: this node's name in notifications, the listener that hears the other
    // nodes' commits, and the poll that covers notifications it missed.
    QString nodeId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<ClusterListener> listener;
    QTimer headsPoll;
    HeadsPoll headsRead{&storage, [this](const QHash<qint64, quint64> &heads) {
                            publishHeads(heads);
                        }}; // after storage, which it uses
    bool beating = false;
    QStringList listenUrls; // this node's, for the nodes table
};

void SyncServer::Private::heartbeat()
{
    if (beating || !storage.isRunning() || !started)
        return;
    beating = true;
    RealmStorage::NodeInfo self;
    self.id = nodeId;
    self.listen = listenUrls;
    self.version = QCoreApplication::applicationVersion();
    self.startedAt = startedAt.toString(Qt::ISODateWithMs);
    self.connections = connections.size();
    // Counted on the connections: statistics.connections() would copy every session's
    // statistics every beat.
    self.sessions = 0;
    for (const ClientConnection *connection : std::as_const(connections))
        self.sessions += connection->sessionCount();
    storage.run<std::optional<QList<RealmStorage::NodeInfo>>>(
        [self](RealmStorage &storage) { return storage.heartbeat(self); },
        [this](const std::optional<QList<RealmStorage::NodeInfo>> &nodes) {
            beating = false;
            if (!nodes || !operatorApi)
                return;
            // Three missed beats make a node stale: stopped, cut off, or its database
            // connection lost.
            const double staleAfter = 3.0 * double(config.clusterPollInterval.count()) / 1000.0;
            QJsonArray list;
            for (const RealmStorage::NodeInfo &node : *nodes) {
                list.append(QJsonObject{
                    {QStringLiteral("id"), node.id},
                    {QStringLiteral("self"), node.id == nodeId},
                    {QStringLiteral("listen"), QJsonArray::fromStringList(node.listen)},
                    {QStringLiteral("version"), node.version},
                    {QStringLiteral("startedAt"), node.startedAt},
                    {QStringLiteral("secondsSinceHeartbeat"), node.secondsSinceHeartbeat},
                    {QStringLiteral("stale"), node.secondsSinceHeartbeat > staleAfter},
                    {QStringLiteral("connections"), double(node.connections)},
                    {QStringLiteral("sessions"), double(node.sessions)}});
            }
            operatorApi->setNodes(list);
        });
}

bool SyncServer::Private::startClusterFanOut(QString *error)
{
    listener = std::make_unique<ClusterListener>(
        [this](const QHash<qint64, quint64> &heads) { publishHeads(heads); },
        [this] { pollHeads(); });
    if (!listener->start(config.database, config.databasePassword, nodeId,
                         config.clusterPollInterval, error)) {
        listener.reset();
        return false;
    }
    headsPoll.setInterval(config.clusterPollInterval);
    headsPoll.start();
    return true;
}

void SyncServer::Private::pollHeads()
{
    if (!storage.isRunning())
        return;
    // In chunks, so that group commits are not held behind thousands of realms' heads.
    headsRead.start(hub.realms());
}

void SyncServer::Private::publishHeads(const QHash<qint64, quint64> &heads)
{
    // Sessions ignore heads they already know, so a repeated or stale hint costs nothing; a
    // newer one schedules their DOWNLOADs.
    for (auto it = heads.cbegin(); it != heads.cend(); ++it)
        hub.publish(it.key(), it.value(), {}); // read from storage by whoever needs it
}

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
    gate->setTlsConfiguration(ssl);
    tls = ssl;
    return true;
}

int SyncServer::Private::connectionsFrom(const QHostAddress &address) const
{
    int count = 0;
    for (const ClientConnection *connection : connections)
        count += connection->peerAddress() == address;
    return count;
}

void SyncServer::Private::acceptPendingConnections(SyncServer *q)
{
    while (QWebSocket *socket = webSocketServer->nextPendingConnection()) {
        QTcpSocket *transport = gate->upgraded(
            QStringLiteral("%1:%2").arg(socket->peerAddress().toString()).arg(socket->peerPort()));
        // Limits go on before control returns to the event loop, so not even the first
        // message can be larger. Until a session is bound only small messages are accepted.
        const qint64 unbound =
            std::min(config.limits.maxUnboundMessageBytes, config.limits.maxMessageBytes);
        socket->setMaxAllowedIncomingMessageSize(quint64(unbound));
        socket->setMaxAllowedIncomingFrameSize(quint64(unbound));

        SessionContext context{&storage,      &hub,          &uploads,
                               config.secret, config.limits, socket->peerAddress().toString(),
                               &refusedUsers, &statistics,   config.roundTripProbeInterval,
                               &binds,        usesPostgres()};
        auto *connection = new ClientConnection(socket, transport, nextConnectionId++, context,
                                                &statistics, &budgets, q);
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
        if (const int fromAddress = connectionsFrom(socket->peerAddress()) - 1;
            fromAddress >= config.limits.maxConnectionsPerAddress) {
            statistics.countConnection(false);
            logLimited(lcServer, QtWarningMsg, socket->peerAddress().toString(),
                       QStringLiteral("connections-per-address"),
                       QStringLiteral("refusing a connection from %1 - it already has %2 "
                                      "connections (limit %3 per address)")
                           .arg(socket->peerAddress().toString())
                           .arg(fromAddress)
                           .arg(config.limits.maxConnectionsPerAddress));
            connection->refuse(ErrorCode::ConnectionClosed,
                               tr("the server has reached its limit of %1 connections from one "
                                  "address")
                                   .arg(config.limits.maxConnectionsPerAddress),
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
        uploads.flushAndWait();
        headsPoll.stop();
        listener.reset();
        storage.stop();
        qCInfo(lcServer).noquote() << "stopped";
    }
    Q_EMIT q->stopped();
}

SyncServer::SyncServer(ServerConfig config, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(std::move(config)))
{
    connect(&d->headsPoll, &QTimer::timeout, this, [this] {
        d->pollHeads();
        d->heartbeat();
    });
    d->budgetTimer.setInterval(1000);
    connect(&d->budgetTimer, &QTimer::timeout, this,
            [this] { d->budgets.shedStalledReaders(kStalledReaderMs); });
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
    d->gate.reset();
    // Uploads received in the last event-loop turn are stored all the same.
    if (d->started)
        d->uploads.flushAndWait();
    d->headsPoll.stop();
    d->listener.reset();
    d->storage.stop();
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
    // The back end's connection is opened on the storage thread, which uses it: SQLite in the
    // data directory by default, PostgreSQL when a database is configured.
    const StorageThread::Factory sqlite = [this](QString *error) -> std::unique_ptr<RealmStorage> {
        auto storage = std::make_unique<SqliteRealmStorage>(uniqueConnectionName());
        storage->setMaxClockSkew(d->config.limits.maxClockSkew);
        if (!storage->open(d->config.dataDir, error))
            return nullptr;
        return storage;
    };
    // A group of BINDs still on the storage thread when it last stopped never reported back.
    d->binds.reset();
    d->headsRead.reset();
    const StorageThread::Factory postgres =
        [this](QString *error) -> std::unique_ptr<RealmStorage> {
        auto storage = std::make_unique<PostgresRealmStorage>(uniqueConnectionName(), d->nodeId);
        storage->setMaxClockSkew(d->config.limits.maxClockSkew);
        if (!storage->open(d->config.database, d->config.databasePassword, error))
            return nullptr;
        return storage;
    };
    if (!d->storage.start(d->usesPostgres() ? postgres : sqlite, &d->errorString))
        return false;
    if (d->usesPostgres() && !d->startClusterFanOut(&d->errorString)) {
        d->storage.stop();
        return false;
    }

    const bool secure = !d->config.tlsCertificateFile.isEmpty() || !d->config.tlsKeyFile.isEmpty();
    // The gate hands over sockets that already speak TLS, so Qt's server stays in plain mode.
    d->webSocketServer = std::make_unique<QWebSocketServer>(QStringLiteral("syncscope-server"),
                                                            QWebSocketServer::NonSecureMode);
    d->webSocketServer->setSupportedSubprotocols({QLatin1StringView(protocol::kSubprotocol)});
    d->gate = std::make_unique<ConnectionGate>(d->config.limits, d->webSocketServer.get());
    if (secure && !d->configureTls(&d->errorString)) {
        d->gate.reset();
        d->webSocketServer.reset();
        d->listener.reset();
        d->storage.stop();
        return false;
    }
    connect(d->webSocketServer.get(), &QWebSocketServer::newConnection, this,
            [this] { d->acceptPendingConnections(this); });
    // A margin over the gate's own timer, which covers TLS and the upgrade request and logs.
    d->webSocketServer->setHandshakeTimeout(d->config.limits.handshakeTimeout +
                                            std::chrono::milliseconds(1000));
    const bool listening = d->gate->listen(d->config.address, d->config.port);
    const QString listenError = d->gate->errorString();
    if (!listening) {
        d->errorString = tr("cannot listen on %1 port %2: %3")
                             .arg(d->config.address.toString())
                             .arg(d->config.port)
                             .arg(listenError);
        d->gate.reset();
        d->webSocketServer.reset();
        d->listener.reset();
        d->storage.stop();
        return false;
    }
    if (d->config.metricsEnabled) {
        d->metrics = std::make_unique<platform::MetricsHttpEndpoint>([this] {
            return renderPrometheusMetrics(d->statistics, QCoreApplication::applicationVersion(),
                                           double(d->startedAt.toMSecsSinceEpoch()) / 1000.0,
                                           d->config.metricsPerRealm);
        });
        if (!d->metrics->listen(d->config.metricsAddress, d->config.metricsPort)) {
            d->errorString = tr("cannot serve metrics on %1 port %2: %3")
                                 .arg(d->config.metricsAddress.toString())
                                 .arg(d->config.metricsPort)
                                 .arg(d->metrics->errorString());
            d->metrics.reset();
            d->gate.reset();
            d->webSocketServer.reset();
            d->listener.reset();
            d->storage.stop();
            return false;
        }
    }
    if (d->config.operatorEnabled) {
        OperatorEndpoint::Actions actions;
        actions.disconnect = [this](quint64 connectionId, const QString &reason) {
            for (ClientConnection *connection : std::as_const(d->connections)) {
                if (connection->connectionId() != connectionId)
                    continue;
                // A connection-level ERROR the SDK retries after its back-off, then the close.
                connection->refuse(protocol::ErrorCode::ConnectionClosed,
                                   reason.isEmpty()
                                       ? tr("disconnected by an operator")
                                       : tr("disconnected by an operator: %1").arg(reason),
                                   true, QWebSocketProtocol::CloseCodeNormal);
                return true;
            }
            return false;
        };
        actions.endSession = [this](quint64 connectionId, quint32 sessionId, bool fatal,
                                    const QString &reason) {
            const QString message =
                fatal ? tr("ended by an operator") : tr("suspended by an operator");
            for (ClientConnection *connection : std::as_const(d->connections)) {
                if (connection->connectionId() == connectionId)
                    return connection->endSessions(
                               sessionId, {}, protocol::ErrorCode::SessionClosed,
                               reason.isEmpty() ? message : message + QStringLiteral(": ") + reason,
                               !fatal) > 0;
            }
            return false;
        };
        actions.refuseUser = [this](const QString &userId, const QDateTime &until) {
            d->refusedUsers.insert(userId, until);
            // Sessions already bound end now (not fatally): they come back after the time.
            int ended = 0;
            const QString message =
                tr("refused by an operator until %1").arg(until.toString(Qt::ISODate));
            for (ClientConnection *connection : std::as_const(d->connections))
                ended += connection->endSessions(0, userId, protocol::ErrorCode::SessionClosed,
                                                 message, true);
            return ended;
        };
        d->operatorApi = std::make_unique<OperatorEndpoint>(d->config.secret, &d->statistics,
                                                            std::move(actions));
        // Read by file size from the event loop: the storage itself belongs to its thread.
        if (!d->usesPostgres())
            d->operatorApi->setStorageFile(SqliteRealmStorage::databasePathIn(d->config.dataDir));
        if (!d->operatorApi->listen(d->config.operatorAddress, d->config.operatorPort, d->tls)) {
            d->errorString = tr("cannot serve the operator API on %1 port %2: %3")
                                 .arg(d->config.operatorAddress.toString())
                                 .arg(d->config.operatorPort)
                                 .arg(d->operatorApi->errorString());
            d->operatorApi.reset();
            d->metrics.reset();
            d->gate.reset();
            d->webSocketServer.reset();
            d->listener.reset();
            d->storage.stop();
            return false;
        }
    }
    d->startedAt = QDateTime::currentDateTimeUtc();
    d->started = true;
    d->stopping = false;
    d->listenUrls = QStringList{url().toString()};
    if (d->operatorApi) {
        QStringList listening{url().toString(), operatorUrl().toString()};
        if (d->metrics)
            listening.append(metricsUrl().toString());
        d->operatorApi->setListenAddresses(listening);
        d->listenUrls = listening;
    }
    if (d->usesPostgres())
        d->heartbeat();
    d->budgetTimer.start();
    qCInfo(lcServer).noquote() << "listening on" << url().toString();
    return true;
}

QString SyncServer::errorString() const
{
    return d->errorString;
}

bool SyncServer::isListening() const
{
    return d->gate && d->gate->isListening();
}

QUrl SyncServer::url() const
{
    if (!isListening())
        return {};
    QUrl url;
    url.setScheme(d->gate->isSecure() ? QStringLiteral("wss") : QStringLiteral("ws"));
    url.setHost(d->gate->serverAddress().toString());
    url.setPort(d->gate->serverPort());
    return url;
}

QUrl SyncServer::metricsUrl() const
{
    if (!d->metrics)
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(d->metrics->serverAddress().toString());
    url.setPort(d->metrics->serverPort());
    url.setPath(QStringLiteral("/metrics"));
    return url;
}

QUrl SyncServer::operatorUrl() const
{
    if (!d->operatorApi)
        return {};
    QUrl url;
    url.setScheme(d->operatorApi->isSecure() ? QStringLiteral("wss") : QStringLiteral("ws"));
    url.setHost(d->operatorApi->serverAddress().toString());
    url.setPort(d->operatorApi->serverPort());
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
    d->gate->close();
    d->gate->abortAll();
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
