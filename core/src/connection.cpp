#include "connection.h"

#include "connectionclient.h"
#include "logging.h"
#include "pacedchannel.h"

#include <syncscope/protocol/codec.h>

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QWebSocketHandshakeOptions>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace syncscope::detail {

namespace {

std::chrono::milliseconds randomlyEarlier(std::chrono::milliseconds delay, qint64 divisor)
{
    const qint64 ms = delay.count();
    if (ms <= 0)
        return 0ms;
    const qint64 deduction = qint64(QRandomGenerator::global()->bounded(quint64(ms / divisor) + 1));
    return std::chrono::milliseconds(ms - deduction);
}

} // namespace

Connection::Connection(const ClientConfig &config, std::shared_ptr<ServerSlot> slot,
                       QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_slot(std::move(slot))
{
    m_clock.start();
    for (QTimer *timer :
         {&m_connectTimer, &m_reconnectTimer, &m_pingTimer, &m_pongTimer, &m_lingerTimer})
        timer->setSingleShot(true);
    // Never early (a coarse timer may fire 5 % before its time): the back-off is the
    // published policy, nextConnectionAttempt() says when, and tests hold it to that.
    m_reconnectTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        onSocketFailed(SyncError(int(ClientErrorCode::ConnectTimeout),
                                 tr("Sync connection was not fully established in time"), false));
    });
    connect(&m_reconnectTimer, &QTimer::timeout, this, &Connection::connectNow);
    connect(&m_pingTimer, &QTimer::timeout, this, &Connection::sendPing);
    connect(&m_pongTimer, &QTimer::timeout, this, [this] {
        onSocketFailed(SyncError(int(ClientErrorCode::PongTimeout),
                                 tr("Timed out waiting for PONG response from server"), false));
    });
    connect(&m_lingerTimer, &QTimer::timeout, this, [this] {
        qCDebug(lcConnection) << "linger time expired for" << url();
        dropSocket();
        setState(ConnectionState::Disconnected);
        Q_EMIT idle();
    });
    applyNetworkConditions();
}

Connection::~Connection()
{
    dropSocket();
}

void Connection::attach(ConnectionClient *client)
{
    if (m_clients.contains(client))
        return;
    m_clients.append(client);
    updateLinger();
    if (m_fatalError) {
        client->connectionFailedFatally(*m_fatalError);
        return;
    }
    if (m_state == ConnectionState::Disconnected && !m_reconnectTimer.isActive())
        connectOrWait();
}

void Connection::connectOrWait()
{
    const qint64 remaining = m_slot->retryDeadline.remainingTime();
    if (remaining <= 0) { // no retry pending (Forever gives -1), or it is due
        connectNow();
        return;
    }
    qCDebug(lcConnection) << "continuing the back-off for" << url() << ":" << remaining << "ms";
    m_reconnectTimer.start(std::chrono::milliseconds(remaining));
}

void Connection::detach(ConnectionClient *client)
{
    for (auto it = m_bound.begin(); it != m_bound.end();) {
        if (it.value() == client)
            it = m_bound.erase(it);
        else
            ++it;
    }
    m_clients.removeAll(client);
    m_toldAboutTls.remove(client); // a later client may reuse the address
    updateLinger();
}

quint32 Connection::bindSession(ConnectionClient *client)
{
    Q_ASSERT(m_state == ConnectionState::Connected);
    const quint32 id = ++m_lastSessionId;
    m_bound.insert(id, client);
    return id;
}

void Connection::unbindSession(quint32 sessionId, bool sendUnbind)
{
    if (m_bound.remove(sessionId) == 0)
        return;
    if (sendUnbind && m_state == ConnectionState::Connected) {
        m_unbinding.insert(sessionId);
        sendFrame(sessionId, protocol::UnbindMessage{});
    }
}

void Connection::send(quint32 sessionId, const protocol::Message &message)
{
    if (m_state == ConnectionState::Connected && m_bound.contains(sessionId))
        sendFrame(sessionId, message);
}

void Connection::sendFrame(quint32 sessionId, const protocol::Message &message)
{
    const QByteArray bytes = protocol::encode(protocol::Frame{sessionId, message});
    if (std::holds_alternative<protocol::UploadMessage>(message)) {
        sendUploadBytes(bytes);
        return;
    }
    if (m_uplink) {
        m_uplink->push(bytes);
        return;
    }
    // Other messages (BINDs of many sessions at start-up) keep Qt's coalescing into few writes.
    m_socket->sendBinaryMessage(bytes);
}

void Connection::sendUpload(quint32 sessionId, const QByteArray &frame)
{
    if (m_state == ConnectionState::Connected && m_bound.contains(sessionId))
        sendUploadBytes(frame);
}

void Connection::sendUploadBytes(const QByteArray &bytes)
{
    if (m_uplink) {
        m_uplink->push(bytes);
        return;
    }
    m_socket->sendBinaryMessage(bytes);
    // A local write waits for this UPLOAD to reach the server: hand it to the kernel now rather
    // than when the event loop next polls the socket.
    m_socket->flush();
}

namespace {
// What the socket may hold beyond the kernel's buffer before sessions wait with their next
// UPLOAD: two of the largest UPLOADs, so that one is always ready when the kernel takes more.
// Without a window a bulk upload read and encoded the whole backlog into memory in one turn of
// the event loop (256 MiB for a 256 MiB realm) before the socket wrote on, and acknowledgements
// waited behind it.
constexpr qint64 kUploadWindowBytes = 2 * 1024 * 1024;
} // namespace

bool Connection::hasUploadRoom()
{
    if (m_uplink || !m_socket || m_socket->bytesToWrite() < kUploadWindowBytes)
        return true;
    m_uploadsWaitForRoom = true;
    return false;
}

void Connection::onBytesWritten()
{
    if (!m_uploadsWaitForRoom || !m_socket || m_socket->bytesToWrite() >= kUploadWindowBytes)
        return;
    m_uploadsWaitForRoom = false;
    // By id, looked up each time: a session may unbind (or another go) while one sends.
    const QList<quint32> ids = m_bound.keys();
    for (const quint32 id : ids) {
        if (m_uploadsWaitForRoom)
            break; // the window is full again; the rest go on the next drain
        if (ConnectionClient *client = m_bound.value(id))
            client->uploadRoomAvailable();
    }
}

void Connection::applyNetworkConditions()
{
    const NetworkConditions &conditions = m_slot->conditions;
    if (!m_uplink && conditions.isUnchanged())
        return; // the real network: no channel, no timer
    if (!m_uplink) {
        m_uplink = new PacedChannel(
            [this](const QByteArray &bytes) {
                if (m_socket)
                    m_socket->sendBinaryMessage(bytes);
            },
            this);
        m_downlink =
            new PacedChannel([this](const QByteArray &bytes) { handleBinaryMessage(bytes); }, this);
    }
    const auto halfLatency = conditions.addedLatency / 2;
    m_uplink->setLimits(conditions.uploadBytesPerSecond, halfLatency);
    m_downlink->setLimits(conditions.downloadBytesPerSecond, conditions.addedLatency - halfLatency);
    if (conditions.offline && m_socket) {
        qCInfo(lcConnection) << "simulated network offline: dropping the connection to" << url();
        onSocketFailed(offlineError());
    }
}

SyncError Connection::offlineError() const
{
    if (m_state == ConnectionState::Connected) {
        return SyncError(
            int(ClientErrorCode::ConnectionLost),
            tr("The connection to %1 was lost: the simulated network is offline").arg(serverName()),
            false);
    }
    return SyncError(int(ClientErrorCode::ConnectionRefused),
                     tr("The server at %1 refused the connection: the simulated network is offline")
                         .arg(serverName()),
                     false);
}

void Connection::refuseOfflineAttempt()
{
    if (!std::exchange(m_offlineAttempt, false))
        return;
    m_connectTimer.stop();
    qCInfo(lcConnection) << "simulated network offline: refused the connection to" << url();
    reportAttemptFailure(offlineError(), {});
}

void Connection::reconnect()
{
    if (m_fatalError)
        return;
    m_slot->backoff.reset();
    m_slot->retryDeadline = QDeadlineTimer(QDeadlineTimer::Forever);
    m_slot->nextAttempt = {};
    if (m_reconnectTimer.isActive()) {
        m_reconnectTimer.stop();
        connectNow();
    } else if (m_state == ConnectionState::Connected && !m_outstandingPing) {
        // Realm's urgent ping: a dead connection is noticed by the PONG timeout.
        m_pingTimer.stop();
        sendPing();
    } else if (m_state == ConnectionState::Disconnected && !m_clients.isEmpty()) {
        connectNow();
    }
}

void Connection::connectNow()
{
    if (m_socket || m_fatalError || m_offlineAttempt)
        return;
    m_reconnectTimer.stop();
    m_slot->retryDeadline = QDeadlineTimer(QDeadlineTimer::Forever);
    m_slot->nextAttempt = {};
    if (m_slot->conditions.offline) {
        // Refused on the next event-loop iteration, as a real refusal arrives: never from
        // inside attach() or reconnect().
        m_offlineAttempt = true;
        setState(ConnectionState::Connecting);
        QTimer::singleShot(0, this, &Connection::refuseOfflineAttempt);
        return;
    }
    const QUrl node = url();
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    if (node.scheme() == u"wss"_s && !m_config.caCertificates.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(m_config.caCertificates);
        m_socket->setSslConfiguration(ssl);
    }
    m_tlsErrors.clear();
    QWebSocket *socket = m_socket;
    connect(socket, &QWebSocket::connected, this, &Connection::onSocketConnected);
    // Not ignored, these end the handshake; the error()/disconnected() that follows reports
    // them to the sessions (reportTlsVerificationFailure).
    connect(socket, &QWebSocket::sslErrors, this, [this, socket](const QList<QSslError> &errors) {
        if (socket == m_socket)
            m_tlsErrors = errors;
    });
    connect(socket, &QWebSocket::binaryMessageReceived, this, &Connection::onBinaryMessage);
    connect(socket, &QWebSocket::bytesWritten, this, &Connection::onBytesWritten);
    connect(socket, &QWebSocket::textMessageReceived, this, [this] {
        failFatally(SyncError(int(ClientErrorCode::ProtocolViolation),
                              tr("The server sent a text frame; syncscope.v1 uses binary frames"),
                              true));
    });
    connect(socket, &QWebSocket::disconnected, this, [this, socket] {
        if (socket == m_socket)
            onSocketFailed(describeSocketFailure(socket));
    });
    connect(socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            [this, socket](QAbstractSocket::SocketError) {
                if (socket == m_socket)
                    onSocketFailed(describeSocketFailure(socket));
            });

    QWebSocketHandshakeOptions options;
    options.setSubprotocols({QString::fromLatin1(protocol::kSubprotocol)});
    qCDebug(lcConnection) << "connecting to" << node;
    setState(ConnectionState::Connecting);
    m_connectTimer.start(m_config.connectTimeout);
    socket->open(QNetworkRequest(node), options);
}

void Connection::onSocketConnected()
{
    m_connectTimer.stop();
    if (m_socket->subprotocol() != QString::fromLatin1(protocol::kSubprotocol)) {
        failFatally(SyncError(
            int(ClientErrorCode::SubprotocolRejected),
            tr("The server at %1 did not accept the protocol %2")
                .arg(url().toDisplayString(), QString::fromLatin1(protocol::kSubprotocol)),
            true));
        return;
    }
    qCDebug(lcConnection) << "connected to" << url();
    m_slot->connected();
    // A certificate fixed later and broken again is news again.
    m_reportedTlsMessage.clear();
    m_toldAboutTls.clear();
    setState(ConnectionState::Connected);
    if (m_state == ConnectionState::Connected) // a client may have reacted by failing it
        schedulePing(randomlyEarlier(m_config.pingInterval, 1));
}

QString Connection::serverName() const
{
    const QUrl node = url();
    return node.port() >= 0 ? u"%1:%2"_s.arg(node.host()).arg(node.port()) : node.host();
}

// A socket that dies may still report close code 1000; only our own close is clean, so every
// close we did not ask for is a failure. Which one is told apart by what the socket knows.
SyncError Connection::describeSocketFailure(QWebSocket *socket) const
{
    const auto failure = [](ClientErrorCode code, const QString &message) {
        return SyncError(int(code), message, false);
    };
    const QString server = serverName();
    const QString detail = socket->errorString();
    const auto closeCode = socket->closeCode();
    if (closeCode != QWebSocketProtocol::CloseCodeNormal || !socket->closeReason().isEmpty()) {
        return failure(ClientErrorCode::ClosedByServer,
                       tr("The server at %1 closed the connection (close code %2: %3)")
                           .arg(server)
                           .arg(int(closeCode))
                           .arg(socket->closeReason()));
    }
    if (m_state == ConnectionState::Connected) {
        return failure(ClientErrorCode::ConnectionLost,
                       tr("The connection to %1 was lost: %2").arg(server, detail));
    }
    if (!m_tlsErrors.isEmpty()) {
        return failure(ClientErrorCode::TlsVerificationFailed,
                       tr("The TLS certificate of %1 is not trusted: %2")
                           .arg(server, m_tlsErrors.constFirst().errorString()));
    }
    // QWebSocket reports a refused upgrade as "...Unhandled http status code: 403 (Forbidden)."
    static const QRegularExpression httpStatus(u"status code: (\\d{3})(?: \\(([^)]*)\\))?"_s);
    if (const auto match = httpStatus.match(detail); match.hasMatch()) {
        return failure(ClientErrorCode::HandshakeRejected,
                       tr("The server at %1 refused the WebSocket handshake with HTTP status %2 %3")
                           .arg(server, match.captured(1), match.captured(2))
                           .trimmed());
    }
    switch (socket->error()) {
    case QAbstractSocket::ConnectionRefusedError:
        return failure(ClientErrorCode::ConnectionRefused,
                       tr("The server at %1 refused the connection").arg(server));
    case QAbstractSocket::HostNotFoundError:
        return failure(
            ClientErrorCode::HostNotFound,
            tr("The server name %1 could not be resolved: %2").arg(url().host(), detail));
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        return failure(ClientErrorCode::TlsHandshakeFailed,
                       tr("The TLS handshake with %1 failed: %2").arg(server, detail));
    default:
        return failure(ClientErrorCode::ConnectFailed,
                       tr("Could not connect to %1: %2").arg(server, detail));
    }
}

void Connection::onSocketFailed(const SyncError &error)
{
    // What arrived before the loss (an ERROR right before the server closed, say) is handled
    // first, in order, as if it had not been held.
    handleHeldFrames();
    if (!m_socket)
        return;
    qCInfo(lcConnection) << "connection to" << url() << "failed:" << error.code()
                         << error.message();
    const QList<QSslError> tlsErrors = std::exchange(m_tlsErrors, {});
    const auto code = ClientErrorCode(error.code());
    // The socket reported the loss itself: nobody is left to read a close frame.
    const bool lost =
        code != ClientErrorCode::ConnectTimeout && code != ClientErrorCode::PongTimeout;
    dropSocket(lost ? SocketEnd::Abort : SocketEnd::Close);
    reportAttemptFailure(error, tlsErrors);
}

void Connection::reportAttemptFailure(const SyncError &error, const QList<QSslError> &tlsErrors)
{
    const QString failedServer = serverName(); // before scheduleReconnect moves to the next node
    scheduleReconnect(failureReasonFor(ClientErrorCode(error.code())));
    setState(ConnectionState::Disconnected);
    // Last: the sessions' listeners then see a consistent, already retrying connection.
    const QList<ConnectionClient *> clients = m_clients;
    for (ConnectionClient *client : clients) {
        if (m_clients.contains(client))
            client->connectionAttemptFailed(error);
    }
    if (!tlsErrors.isEmpty())
        reportTlsVerificationFailure(failedServer, tlsErrors);
}

// Like Realm, a certificate that fails verification is not fatal: an administrator may fix
// it, so the connection keeps retrying with back-off. But the sessions are told why it never
// connects (errorOccurred, lastError), once per reason.
void Connection::reportTlsVerificationFailure(const QString &server, const QList<QSslError> &errors)
{
    QStringList reasons;
    for (const QSslError &error : errors) {
        const QString text = error.errorString();
        if (!reasons.contains(text))
            reasons.append(text);
    }
    const QString message =
        tr("The TLS certificate of %1 is not trusted: %2").arg(server, reasons.join(u"; "_s));
    if (message != m_reportedTlsMessage) {
        m_reportedTlsMessage = message;
        m_toldAboutTls.clear();
    }
    const SyncError error(int(ClientErrorCode::TlsVerificationFailed), message, false);
    const QList<ConnectionClient *> clients = m_clients;
    for (ConnectionClient *client : clients) {
        if (m_clients.contains(client) && !m_toldAboutTls.contains(client)) {
            m_toldAboutTls.insert(client);
            client->connectionErrorReported(error);
        }
    }
}

void Connection::scheduleReconnect(FailureReason reason)
{
    if (m_fatalError)
        return;
    // The next node is tried at once; a full round of failed nodes backs off (NodeRotation).
    // Recorded in the slot even with nobody attached: the next Connection continues from here.
    const bool roundFailed = m_slot->nodes.advanceAfterFailure();
    const auto delay = roundFailed ? m_slot->backoff.nextDelay(reason) : 0ms;
    m_slot->retryDeadline = QDeadlineTimer(delay, Qt::PreciseTimer);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_slot->nextAttempt = now.addMSecs(delay.count());
    if (!m_slot->downSince.isValid())
        m_slot->downSince = now;
    if (m_clients.isEmpty()) {
        Q_EMIT idle();
        return;
    }
    qCDebug(lcConnection) << "reconnecting to" << url() << "in" << delay.count() << "ms";
    m_reconnectTimer.start(delay);
}

void Connection::dropSocket(SocketEnd end)
{
    m_connectTimer.stop();
    m_pingTimer.stop();
    m_pongTimer.stop();
    m_outstandingPing.reset();
    m_lastRoundTrip.reset();
    m_bound.clear();
    m_unbinding.clear();
    m_heldFrames.clear(); // dropped by us: as if the connection had dropped before they arrived
    m_offlineAttempt = false;
    if (m_uplink) { // what was in flight on the simulated link is lost with it
        m_uplink->clear();
        m_downlink->clear();
    }
    if (!m_socket)
        return;
    QWebSocket *socket = std::exchange(m_socket, nullptr);
    disconnect(socket, nullptr, this, nullptr);
    if (end == SocketEnd::Close && socket->state() == QAbstractSocket::ConnectedState) {
        socket->close(QWebSocketProtocol::CloseCodeNormal);
    } else {
        // A lost connection comes from inside the socket's own error() or disconnected()
        // signal, with the descriptor already closed: a close frame written there re-arms a
        // write notifier on the dead descriptor ("QSocketNotifier: Invalid socket specified"),
        // and Qt asks not to tear a socket down from its error signal. Abort once the event
        // loop has left the socket's code.
        QMetaObject::invokeMethod(
            socket, [socket] { socket->abort(); }, Qt::QueuedConnection);
    }
    socket->deleteLater();
}

void Connection::setState(ConnectionState state)
{
    if (m_state == state)
        return;
    m_state = state;
    const QList<ConnectionClient *> clients = m_clients;
    for (ConnectionClient *client : clients) {
        if (m_clients.contains(client) && m_state == state)
            client->connectionStateChanged(state);
    }
}

void Connection::failFatally(const SyncError &error)
{
    qCWarning(lcConnection) << "connection to" << url() << "failed fatally:" << error.code()
                            << error.message();
    m_fatalError = error;
    m_reconnectTimer.stop();
    dropSocket();
    setState(ConnectionState::Disconnected);
    const QList<ConnectionClient *> clients = m_clients;
    for (ConnectionClient *client : clients) {
        if (m_clients.contains(client))
            client->connectionFailedFatally(error);
    }
    Q_EMIT idle();
}

void Connection::onBinaryMessage(const QByteArray &bytes)
{
    if (m_downlink)
        m_downlink->push(bytes);
    else
        handleBinaryMessage(bytes);
}

void Connection::handleBinaryMessage(const QByteArray &bytes)
{
    // The values share the message's memory instead of being copied out of it: a DOWNLOAD's
    // values are stored and dropped before the message is (docs/performance.md, "Download,
    // fourth 7 Dec round").
    const protocol::DecodeResult decoded =
        protocol::decodeSharingValues(bytes, protocol::Direction::ServerToClient);
    if (!decoded.frame) {
        failFatally(SyncError(int(ClientErrorCode::ProtocolViolation),
                              tr("The server sent an invalid message: %1").arg(decoded.error),
                              true));
        return;
    }
    // A bare acknowledgement (a DOWNLOAD without changesets that confirms uploads) is handled
    // one turn of the event loop later, together with whatever this connection receives
    // behind it, in order: the server sends it in the same instant as the DOWNLOADs that carry
    // the upload's changesets to other sessions, and a reader whose socket became readable in
    // the same turn (another App of this thread) then stores its changes first instead of
    // waiting for the writer's acknowledgement transaction.
    if (!m_heldFrames.isEmpty() || isBareAcknowledgement(*decoded.frame)) {
        m_heldFrames.append(*decoded.frame);
        if (m_heldFrames.size() == 1)
            QMetaObject::invokeMethod(this, &Connection::handleHeldFrames, Qt::QueuedConnection);
        return;
    }
    handleFrame(*decoded.frame);
}

bool Connection::isBareAcknowledgement(const protocol::Frame &frame)
{
    const auto *download = std::get_if<protocol::DownloadMessage>(&frame.message);
    return download && download->changesets.isEmpty() && download->uploadAckClientVersion > 0;
}

void Connection::handleHeldFrames()
{
    // dropSocket() empties the list: nothing of a socket dropped by a frame is handled after it.
    while (!m_heldFrames.isEmpty())
        handleFrame(m_heldFrames.takeFirst());
}

void Connection::handleFrame(const protocol::Frame &frame)
{
    if (const auto *error = std::get_if<protocol::ErrorMessage>(&frame.message);
        error && (error->connectionLevel || frame.sessionId == 0)) {
        handleConnectionError(*error);
        return;
    }
    if (frame.sessionId == 0) {
        if (const auto *pong = std::get_if<protocol::PongMessage>(&frame.message)) {
            onPong(pong->timestamp);
            return;
        }
        failFatally(SyncError(int(ClientErrorCode::ProtocolViolation),
                              tr("The server sent a session message without a session"), true));
        return;
    }
    if (ConnectionClient *client = m_bound.value(frame.sessionId)) {
        client->messageReceived(frame.message);
        return;
    }
    if (std::holds_alternative<protocol::UnboundMessage>(frame.message) &&
        m_unbinding.remove(frame.sessionId))
        return;
    if (frame.sessionId > m_lastSessionId) {
        failFatally(SyncError(int(ClientErrorCode::ProtocolViolation),
                              tr("The server sent a message for session %1, which was never bound")
                                  .arg(frame.sessionId),
                              true));
    }
    // Otherwise: late frames for a session that was unbound; ignored.
}

void Connection::handleConnectionError(const protocol::ErrorMessage &error)
{
    const SyncError syncError(error.code, error.message, !error.tryAgain);
    if (!error.tryAgain) {
        failFatally(syncError);
        return;
    }
    const QList<ConnectionClient *> clients = m_clients;
    for (ConnectionClient *client : clients) {
        if (m_clients.contains(client))
            client->connectionErrorReported(syncError);
    }
    dropSocket();
    scheduleReconnect(FailureReason::ServerError);
    setState(ConnectionState::Disconnected);
    for (ConnectionClient *client : clients) {
        if (m_clients.contains(client))
            client->connectionAttemptFailed(syncError);
    }
}

void Connection::schedulePing(std::chrono::milliseconds delay)
{
    m_pingTimer.start(std::max(delay, 0ms));
}

void Connection::sendPing()
{
    if (m_state != ConnectionState::Connected)
        return;
    const qint64 now = m_clock.elapsed();
    m_outstandingPing = now;
    m_pingSentAt = now;
    m_pingSentAtNs = m_clock.nsecsElapsed();
    sendFrame(0, protocol::PingMessage{now});
    m_pongTimer.start(m_config.pongTimeout);
}

void Connection::onPong(qint64 timestamp)
{
    if (!m_outstandingPing || *m_outstandingPing != timestamp) {
        failFatally(SyncError(int(ClientErrorCode::ProtocolViolation),
                              tr("The server sent a PONG that answers no PING"), true));
        return;
    }
    m_outstandingPing.reset();
    m_pongTimer.stop();
    m_lastRoundTrip = std::chrono::duration_cast<std::chrono::microseconds>(
        std::chrono::nanoseconds(m_clock.nsecsElapsed() - m_pingSentAtNs));
    // A client may drop the connection from its callback: tell a copy, as elsewhere.
    const QList<ConnectionClient *> clients = m_clients;
    for (ConnectionClient *client : clients) {
        if (m_clients.contains(client))
            client->pingRoundTripMeasured(*m_lastRoundTrip);
    }
    if (m_state != ConnectionState::Connected)
        return;
    // Time spent waiting for this PONG counts towards the next period.
    const auto waited = std::chrono::milliseconds(m_clock.elapsed() - m_pingSentAt);
    schedulePing(randomlyEarlier(m_config.pingInterval, 10) - waited);
}

void Connection::updateLinger()
{
    if (!m_clients.isEmpty()) {
        m_lingerTimer.stop();
        return;
    }
    if (m_state == ConnectionState::Disconnected || m_fatalError) {
        m_reconnectTimer.stop();
        dropSocket();
        Q_EMIT idle();
        return;
    }
    if (!m_lingerTimer.isActive())
        m_lingerTimer.start(m_config.connectionLingerTime);
}

} // namespace syncscope::detail
