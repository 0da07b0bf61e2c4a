#include "operatorendpoint.h"

#include "peertext.h"

#include <syncscope/protocol/accesstoken.h>
#include <syncscope/server/serverstatistics.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSet>
#include <QWebSocket>
#include <QWebSocketServer>

Q_LOGGING_CATEGORY(lcOperator, "syncscope.server.operator")

namespace syncscope::server {

struct OperatorEndpoint::Peer
{
    QPointer<QWebSocket> socket;
    QString subject; // of the operator token; empty until "hello" succeeded
    bool subscribed = false;
    QString userFilter;
    QString realmPrefixFilter;
    int pageSize = kDefaultPageSize;
    // What this subscriber was last sent of each connection, to send only what changed.
    QHash<quint64, size_t> sentFingerprints;
    bool dirty = false;
    QTimer helloTimer;
    QTimer deltaTimer;
};

namespace {

QString iso(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

size_t fingerprint(const ConnectionStatistics &c)
{
    size_t seed = qHashMulti(0, c.userId, c.bytesReceived, c.bytesSent, c.messagesReceived,
                             c.messagesSent, c.bytesQueued, c.sessions.size());
    for (const SessionStatistics &s : c.sessions)
        seed = qHashMulti(seed, s.sessionId, s.clientFileId, s.uploadCursor, s.downloadCursor,
                          s.latestServerVersion, s.uploadedBytes, s.downloadedBytes);
    return seed;
}

} // namespace

OperatorEndpoint::OperatorEndpoint(QByteArray secret, const ServerStatistics *statistics,
                                   Actions actions, QObject *parent)
    : QObject(parent)
    , m_secret(std::move(secret))
    , m_statistics(statistics)
    , m_actions(std::move(actions))
    , m_startedAt(QDateTime::currentDateTimeUtc())
{
    connect(statistics, &ServerStatistics::changed, this, &OperatorEndpoint::onStatisticsChanged);
}

OperatorEndpoint::~OperatorEndpoint()
{
    // Taken first: aborting a socket reports disconnected() synchronously.
    const QHash<QWebSocket *, Peer *> peers = std::exchange(m_peers, {});
    for (Peer *peer : peers) {
        if (peer->socket) {
            peer->socket->disconnect(this);
            peer->socket->abort();
            delete peer->socket;
        }
        delete peer;
    }
}

bool OperatorEndpoint::listen(const QHostAddress &address, quint16 port,
                              const QSslConfiguration &tls)
{
    const bool secure = !tls.localCertificate().isNull();
    m_server = std::make_unique<QWebSocketServer>(QStringLiteral("syncscope-server operator API"),
                                                  secure ? QWebSocketServer::SecureMode
                                                         : QWebSocketServer::NonSecureMode);
    if (secure)
        m_server->setSslConfiguration(tls);
    m_server->setSupportedSubprotocols({QString::fromLatin1(kSubprotocol)});
    m_server->setMaxPendingConnections(kMaxPeers);
    m_server->setHandshakeTimeout(std::chrono::milliseconds(kHelloTimeoutMs));
    connect(m_server.get(), &QWebSocketServer::newConnection, this,
            &OperatorEndpoint::acceptPending);
    return m_server->listen(address, port);
}

QString OperatorEndpoint::errorString() const
{
    return m_server ? m_server->errorString() : QString();
}

QHostAddress OperatorEndpoint::serverAddress() const
{
    return m_server ? m_server->serverAddress() : QHostAddress();
}

quint16 OperatorEndpoint::serverPort() const
{
    return m_server ? m_server->serverPort() : 0;
}

bool OperatorEndpoint::isSecure() const
{
    return m_server && m_server->secureMode() == QWebSocketServer::SecureMode;
}

void OperatorEndpoint::acceptPending()
{
    while (QWebSocket *socket = m_server->nextPendingConnection()) {
        if (m_peers.size() >= kMaxPeers) {
            socket->close(QWebSocketProtocol::CloseCodeGoingAway,
                          tr("too many operator connections"));
            socket->deleteLater();
            continue;
        }
        if (socket->subprotocol() != QLatin1StringView(kSubprotocol)) {
            socket->close(
                QWebSocketProtocol::CloseCodeProtocolError,
                tr("the operator API speaks only %1").arg(QLatin1StringView(kSubprotocol)));
            socket->deleteLater();
            continue;
        }
        auto *peer = new Peer;
        peer->socket = socket;
        m_peers.insert(socket, peer);
        socket->setMaxAllowedIncomingMessageSize(kMaxMessageBytes);
        socket->setMaxAllowedIncomingFrameSize(kMaxMessageBytes);
        peer->helloTimer.setSingleShot(true);
        connect(&peer->helloTimer, &QTimer::timeout, this, [this, peer] {
            drop(peer, QWebSocketProtocol::CloseCodePolicyViolated,
                 tr("no operator token in time"));
        });
        peer->helloTimer.start(kHelloTimeoutMs);
        peer->deltaTimer.setSingleShot(true);
        peer->deltaTimer.setInterval(kDeltaIntervalMs);
        connect(&peer->deltaTimer, &QTimer::timeout, this, [this, peer] { sendDelta(peer); });
        connect(socket, &QWebSocket::textMessageReceived, this,
                [this, peer](const QString &text) { onMessage(peer, text); });
        connect(socket, &QWebSocket::binaryMessageReceived, this, [this, peer] {
            fail(peer, QStringLiteral("bad_message"),
                 tr("operator messages are JSON text messages"));
        });
        connect(socket, &QWebSocket::disconnected, this, [this, socket] {
            if (Peer *gone = m_peers.take(socket)) {
                if (!gone->subject.isEmpty())
                    qCInfo(lcOperator).noquote()
                        << "operator" << escapeForLog(gone->subject) << "disconnected";
                // Deleted later: this may run inside a send() to that very peer (an abort
                // reports disconnected() at once), whose callers still hold the pointer.
                gone->subscribed = false;
                gone->helloTimer.stop();
                gone->deltaTimer.stop();
                m_retired.emplace_back(gone);
                QMetaObject::invokeMethod(
                    this, [this] { m_retired.clear(); }, Qt::QueuedConnection);
            }
            socket->deleteLater();
        });
    }
}

void OperatorEndpoint::onMessage(Peer *peer, const QString &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (!document.isObject()) {
        fail(peer, QStringLiteral("bad_message"),
             tr("not a JSON object: %1")
                 .arg(error.error == QJsonParseError::NoError ? tr("another JSON value")
                                                              : error.errorString()));
        return;
    }
    const QJsonObject message = document.object();
    const QString type = message.value(QLatin1StringView("type")).toString();
    if (peer->subject.isEmpty()) {
        if (type != QLatin1StringView("hello")) {
            drop(peer, QWebSocketProtocol::CloseCodePolicyViolated,
                 tr("the first message must be \"hello\" with an operator token"));
            return;
        }
        handleHello(peer, message);
        return;
    }
    if (type == QLatin1StringView("subscribe")) {
        handleSubscribe(peer, message);
    } else if (type == QLatin1StringView("unsubscribe")) {
        peer->subscribed = false;
        peer->deltaTimer.stop();
        send(peer, {{QStringLiteral("type"), QStringLiteral("unsubscribed")}});
    } else if (type == QLatin1StringView("disconnect")) {
        handleDisconnect(peer, message);
    } else if (type == QLatin1StringView("endSession")) {
        handleEndSession(peer, message);
    } else if (type == QLatin1StringView("refuseUser")) {
        handleRefuseUser(peer, message);
    } else {
        fail(peer, QStringLiteral("unknown_type"),
             tr("unknown message type \"%1\"").arg(type.left(64)));
    }
}

void OperatorEndpoint::handleHello(Peer *peer, const QJsonObject &message)
{
    const QString token = message.value(QLatin1StringView("token")).toString();
    const protocol::TokenCheck check = protocol::verifyAccessToken(token, m_secret);
    QString why;
    if (check.status != protocol::TokenStatus::Valid)
        why = check.error;
    else if (check.claims.role != QLatin1StringView(protocol::kOperatorRole))
        why = tr("a user's access token does not open the operator API; mint one with "
                 "\"syncscope-server token --operator\"");
    if (!why.isEmpty()) {
        qCWarning(lcOperator).noquote()
            << "operator API refused" << peer->socket->peerAddress().toString()
            << escapeForLog(why);
        send(peer, {{QStringLiteral("type"), QStringLiteral("error")},
                    {QStringLiteral("code"), QStringLiteral("unauthorized")},
                    {QStringLiteral("message"), why}});
        drop(peer, QWebSocketProtocol::CloseCodePolicyViolated, tr("not authorized"));
        return;
    }
    peer->helloTimer.stop();
    peer->subject = check.claims.subject;
    qCInfo(lcOperator).noquote() << "operator" << escapeForLog(peer->subject) << "connected from"
                                 << peer->socket->peerAddress().toString() << "at"
                                 << iso(QDateTime::currentDateTimeUtc());
    send(peer, {{QStringLiteral("type"), QStringLiteral("welcome")},
                {QStringLiteral("subject"), peer->subject},
                {QStringLiteral("server"), serverFacts()}});
}

void OperatorEndpoint::handleSubscribe(Peer *peer, const QJsonObject &message)
{
    const QJsonObject filter = message.value(QLatin1StringView("filter")).toObject();
    const int pageSize = message.value(QLatin1StringView("pageSize")).toInt(kDefaultPageSize);
    if (pageSize < 1 || pageSize > kMaxPageSize) {
        fail(peer, QStringLiteral("bad_message"),
             tr("pageSize must be between 1 and %1").arg(kMaxPageSize));
        return;
    }
    // A new subscription replaces the old one: a flood of them costs one snapshot each, and
    // each snapshot waits for the reader like any other message.
    peer->userFilter = filter.value(QLatin1StringView("user")).toString().left(1024);
    peer->realmPrefixFilter = filter.value(QLatin1StringView("realmPrefix")).toString().left(1024);
    peer->pageSize = pageSize;
    peer->subscribed = true;
    peer->sentFingerprints.clear();
    peer->deltaTimer.stop();
    sendSnapshot(peer);
}

void OperatorEndpoint::handleDisconnect(Peer *peer, const QJsonObject &message)
{
    const QJsonValue id = message.value(QLatin1StringView("connection"));
    const QString reason = message.value(QLatin1StringView("reason")).toString().left(80);
    if (!id.isDouble() || id.toDouble() < 1) {
        fail(peer, QStringLiteral("bad_message"), tr("\"connection\" must be a connection id"));
        return;
    }
    const auto connectionId = quint64(id.toDouble());
    qCInfo(lcOperator).noquote() << "operator" << escapeForLog(peer->subject) << "at"
                                 << iso(QDateTime::currentDateTimeUtc()) << "disconnects connection"
                                 << connectionId << "reason" << escapeForLog(reason);
    const bool done = m_actions.disconnect && m_actions.disconnect(connectionId, reason);
    if (!done) {
        fail(peer, QStringLiteral("no_such_connection"),
             tr("there is no connection %1").arg(connectionId));
        return;
    }
    send(peer, {{QStringLiteral("type"), QStringLiteral("done")},
                {QStringLiteral("action"), QStringLiteral("disconnect")},
                {QStringLiteral("connection"), double(connectionId)}});
}

void OperatorEndpoint::handleEndSession(Peer *peer, const QJsonObject &message)
{
    const QJsonValue connection = message.value(QLatin1StringView("connection"));
    const QJsonValue session = message.value(QLatin1StringView("session"));
    const bool fatal = message.value(QLatin1StringView("fatal")).toBool(false);
    const QString reason = message.value(QLatin1StringView("reason")).toString().left(80);
    if (!connection.isDouble() || connection.toDouble() < 1 || !session.isDouble() ||
        session.toDouble() < 1 || session.toDouble() > 4294967295.0) {
        fail(peer, QStringLiteral("bad_message"), tr("\"connection\" and \"session\" must be ids"));
        return;
    }
    const auto connectionId = quint64(connection.toDouble());
    const auto sessionId = quint32(session.toDouble());
    qCInfo(lcOperator).noquote() << "operator" << escapeForLog(peer->subject) << "at"
                                 << iso(QDateTime::currentDateTimeUtc()) << "ends session"
                                 << sessionId << "of connection" << connectionId
                                 << (fatal ? "fatally" : "(may retry)") << "reason"
                                 << escapeForLog(reason);
    if (!m_actions.endSession || !m_actions.endSession(connectionId, sessionId, fatal, reason)) {
        fail(peer, QStringLiteral("no_such_session"),
             tr("there is no session %1 on connection %2").arg(sessionId).arg(connectionId));
        return;
    }
    send(peer, {{QStringLiteral("type"), QStringLiteral("done")},
                {QStringLiteral("action"), QStringLiteral("endSession")},
                {QStringLiteral("connection"), double(connectionId)},
                {QStringLiteral("session"), double(sessionId)}});
}

void OperatorEndpoint::handleRefuseUser(Peer *peer, const QJsonObject &message)
{
    const QString user = message.value(QLatin1StringView("user")).toString();
    const QDateTime until = QDateTime::fromString(
        message.value(QLatin1StringView("until")).toString(), Qt::ISODateWithMs);
    if (user.isEmpty() || user.size() > 1024 || !until.isValid()) {
        fail(peer, QStringLiteral("bad_message"),
             tr("refuseUser needs \"user\" and \"until\" (an ISO 8601 time)"));
        return;
    }
    qCInfo(lcOperator).noquote() << "operator" << escapeForLog(peer->subject) << "at"
                                 << iso(QDateTime::currentDateTimeUtc()) << "refuses user"
                                 << escapeForLog(user) << "until" << iso(until);
    const int ended = m_actions.refuseUser ? m_actions.refuseUser(user, until.toUTC()) : 0;
    send(peer, {{QStringLiteral("type"), QStringLiteral("done")},
                {QStringLiteral("action"), QStringLiteral("refuseUser")},
                {QStringLiteral("user"), user},
                {QStringLiteral("until"), iso(until)},
                {QStringLiteral("endedSessions"), ended}});
}

QJsonObject OperatorEndpoint::serverFacts() const
{
    const QList<ConnectionStatistics> connections = m_statistics->connections();
    qsizetype sessions = 0;
    QSet<QString> realms;
    quint64 queued = 0;
    for (const ConnectionStatistics &c : connections) {
        sessions += c.sessions.size();
        queued += c.bytesQueued;
        for (const SessionStatistics &s : c.sessions)
            realms.insert(s.realmPath);
    }
    const ServerTotals totals = m_statistics->totals();
    const Histogram &commits = m_statistics->commitDuration();
    return {{QStringLiteral("version"), QCoreApplication::applicationVersion()},
            {QStringLiteral("startedAt"), iso(m_startedAt)},
            {QStringLiteral("connections"), double(connections.size())},
            {QStringLiteral("sessions"), double(sessions)},
            {QStringLiteral("realms"), double(realms.size())},
            {QStringLiteral("sendQueueBytes"), double(queued)},
            {QStringLiteral("changesetsIntegrated"), double(totals.changesetsIntegrated)},
            {QStringLiteral("bytesIntegrated"), double(totals.bytesIntegrated)},
            {QStringLiteral("commits"), double(commits.count)},
            {QStringLiteral("commitSecondsSum"), commits.sum},
            {QStringLiteral("connectionsAccepted"), double(totals.connectionsAccepted)},
            {QStringLiteral("connectionsRejected"), double(totals.connectionsRejected)}};
}

namespace {

bool sessionMatches(const SessionStatistics &s, const QString &user, const QString &prefix)
{
    return (user.isEmpty() || s.userId == user) &&
           (prefix.isEmpty() || s.realmPath.startsWith(prefix));
}

QJsonObject connectionJson(const ConnectionStatistics &c, const QString &user,
                           const QString &prefix)
{
    QJsonArray sessions;
    for (const SessionStatistics &s : c.sessions) {
        if (!sessionMatches(s, user, prefix))
            continue;
        sessions.append(QJsonObject{
            {QStringLiteral("id"), double(s.sessionId)},
            {QStringLiteral("realm"), s.realmPath},
            {QStringLiteral("user"), s.userId},
            {QStringLiteral("clientFileId"), double(s.clientFileId)},
            {QStringLiteral("uploadCursor"), double(s.uploadCursor)},
            {QStringLiteral("uploadedChangesets"), double(s.uploadedChangesets)},
            {QStringLiteral("uploadedBytes"), double(s.uploadedBytes)},
            {QStringLiteral("downloadCursor"), double(s.downloadCursor)},
            {QStringLiteral("serverHead"), double(s.latestServerVersion)},
            {QStringLiteral("versionsBehind"), double(s.latestServerVersion > s.downloadCursor
                                                          ? s.latestServerVersion - s.downloadCursor
                                                          : 0)},
            {QStringLiteral("downloadedChangesets"), double(s.downloadedChangesets)},
            {QStringLiteral("downloadedBytes"), double(s.downloadedBytes)},
            {QStringLiteral("lastActivity"), iso(s.lastActivity)}});
    }
    return {{QStringLiteral("id"), double(c.connectionId)},
            {QStringLiteral("peer"), c.peer},
            {QStringLiteral("user"), c.userId},
            {QStringLiteral("since"), iso(c.connectedAt)},
            {QStringLiteral("lastActivity"), iso(c.lastActivity)},
            {QStringLiteral("bytesIn"), double(c.bytesReceived)},
            {QStringLiteral("bytesOut"), double(c.bytesSent)},
            {QStringLiteral("messagesIn"), double(c.messagesReceived)},
            {QStringLiteral("messagesOut"), double(c.messagesSent)},
            {QStringLiteral("sendQueueBytes"), double(c.bytesQueued)},
            {QStringLiteral("sessions"), sessions}};
}

bool connectionMatches(const ConnectionStatistics &c, const QString &user, const QString &prefix)
{
    if (user.isEmpty() && prefix.isEmpty())
        return true;
    if (prefix.isEmpty() && c.userId == user)
        return true;
    return std::any_of(c.sessions.cbegin(), c.sessions.cend(),
                       [&](const SessionStatistics &s) { return sessionMatches(s, user, prefix); });
}

} // namespace

void OperatorEndpoint::sendSnapshot(Peer *peer)
{
    const QList<ConnectionStatistics> all = m_statistics->connections();
    QList<const ConnectionStatistics *> matching;
    for (const ConnectionStatistics &c : all) {
        if (connectionMatches(c, peer->userFilter, peer->realmPrefixFilter))
            matching.append(&c);
    }
    send(peer, {{QStringLiteral("type"), QStringLiteral("server")},
                {QStringLiteral("server"), serverFacts()}});
    sendConnections(peer, QStringLiteral("snapshot"), matching, {});
}

void OperatorEndpoint::sendDelta(Peer *peer)
{
    if (!peer->subscribed || !peer->socket || !peer->dirty)
        return;
    if (peer->socket->bytesToWrite() > kMaxQueuedBytes) {
        drop(peer, QWebSocketProtocol::CloseCodePolicyViolated,
             tr("operator subscriber too slow: it does not read what it asked for"));
        return;
    }
    peer->dirty = false;
    const QList<ConnectionStatistics> all = m_statistics->connections();
    QList<const ConnectionStatistics *> changed;
    QSet<quint64> present;
    for (const ConnectionStatistics &c : all) {
        if (!connectionMatches(c, peer->userFilter, peer->realmPrefixFilter))
            continue;
        present.insert(c.connectionId);
        const auto it = peer->sentFingerprints.constFind(c.connectionId);
        if (it == peer->sentFingerprints.constEnd() || *it != fingerprint(c))
            changed.append(&c);
    }
    QJsonArray removed;
    for (auto it = peer->sentFingerprints.begin(); it != peer->sentFingerprints.end();) {
        if (!present.contains(it.key())) {
            removed.append(double(it.key()));
            it = peer->sentFingerprints.erase(it);
        } else {
            ++it;
        }
    }
    send(peer, {{QStringLiteral("type"), QStringLiteral("server")},
                {QStringLiteral("server"), serverFacts()}});
    if (!changed.isEmpty() || !removed.isEmpty())
        sendConnections(peer, QStringLiteral("delta"), changed, removed);
}

// Pages of at most pageSize sessions (a connection with more goes alone), so that even
// 100,000 sessions never make one giant message.
void OperatorEndpoint::sendConnections(Peer *peer, const QString &type,
                                       const QList<const ConnectionStatistics *> &connections,
                                       const QJsonArray &removed)
{
    QJsonArray page;
    qsizetype sessionsInPage = 0;
    int pageNumber = 0;
    const auto flush = [&](bool last) {
        QJsonObject message{{QStringLiteral("type"), type},
                            {QStringLiteral("page"), pageNumber++},
                            {QStringLiteral("last"), last},
                            {QStringLiteral("connections"), page}};
        if (last && !removed.isEmpty())
            message.insert(QStringLiteral("removedConnections"), removed);
        send(peer, message);
        page = {};
        sessionsInPage = 0;
    };
    for (const ConnectionStatistics *c : connections) {
        const QJsonObject json = connectionJson(*c, peer->userFilter, peer->realmPrefixFilter);
        const qsizetype sessions = json.value(QLatin1StringView("sessions")).toArray().size();
        if (!page.isEmpty() && sessionsInPage + sessions > peer->pageSize)
            flush(false);
        page.append(json);
        sessionsInPage += std::max<qsizetype>(1, sessions);
        peer->sentFingerprints.insert(c->connectionId, fingerprint(*c));
    }
    flush(true);
}

bool OperatorEndpoint::send(Peer *peer, const QJsonObject &message)
{
    if (!peer->socket || peer->socket->state() != QAbstractSocket::ConnectedState)
        return false;
    if (peer->socket->bytesToWrite() > kMaxQueuedBytes) {
        // It does not read what it asked for: drop it rather than hold an ever-growing
        // backlog. Aborted, not closed: a close frame would queue behind the backlog.
        qCWarning(lcOperator).noquote()
            << "dropping operator" << escapeForLog(peer->subject) << "from"
            << peer->socket->peerAddress().toString() << "- it does not read";
        peer->subscribed = false;
        peer->helloTimer.stop();
        peer->deltaTimer.stop();
        peer->socket->abort();
        return false;
    }
    peer->socket->sendTextMessage(
        QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
    return true;
}

void OperatorEndpoint::fail(Peer *peer, const QString &code, const QString &message)
{
    send(peer, {{QStringLiteral("type"), QStringLiteral("error")},
                {QStringLiteral("code"), code},
                {QStringLiteral("message"), message}});
}

void OperatorEndpoint::drop(Peer *peer, int closeCode, const QString &reason)
{
    peer->subscribed = false;
    peer->helloTimer.stop();
    peer->deltaTimer.stop();
    if (peer->socket)
        peer->socket->close(QWebSocketProtocol::CloseCode(closeCode), reason.left(120));
}

void OperatorEndpoint::onStatisticsChanged()
{
    for (Peer *peer : std::as_const(m_peers)) {
        if (!peer->subscribed)
            continue;
        peer->dirty = true;
        if (!peer->deltaTimer.isActive())
            peer->deltaTimer.start();
    }
}

} // namespace syncscope::server
