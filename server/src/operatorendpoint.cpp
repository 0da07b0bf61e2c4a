#include "operatorendpoint.h"

#include "operatorfacts.h"
#include "peertext.h"

#include <syncscope/protocol/accesstoken.h>
#include <syncscope/server/serverstatistics.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSet>
#include <QWebSocket>
#include <QWebSocketServer>

Q_LOGGING_CATEGORY(lcOperator, "syncscope.server.operator")

using namespace Qt::StringLiterals;

namespace syncscope::server {

struct OperatorEndpoint::Peer
{
    QPointer<QWebSocket> socket;
    QString subject; // of the operator token; empty until "hello" succeeded
    bool subscribed = false;
    OperatorFilter filter;
    int pageSize = kDefaultPageSize;
    // What this subscriber was last sent of each connection and realm, to send only what
    // changed.
    QHash<quint64, size_t> sentFingerprints;
    QHash<QString, size_t> sentRealmFingerprints;
    bool dirty = false;
    // A round goes in slices, each on an event-loop turn of its own and followed by a pause
    // (kSliceGapFactor): first it visits the connections and realms (Walking), then it pages
    // out what is to be sent (Paging).
    enum class Stage { Idle, Walking, Paging };
    Stage stage = Stage::Idle;
    bool snapshot = false;
    QString roundType; // "snapshot" or "delta"
    // Walking: the connections as the round found them, the next to visit, and the last realm
    // visited (realms are visited in path order, so new ones in between are not skipped).
    QList<quint64> walkConnections;
    qsizetype walkNext = 0;
    bool realmWalkStarted = false;
    QString lastRealmVisited;
    QSet<quint64> present; // visited connections that match the filter
    ServerCounts counts;   // of the visited connections, for the server facts and realms
    // Paging: what is still to be sent, as the walk read it, and what was removed.
    QList<quint64> outboxConnections;
    struct OutboxRealm
    {
        RealmStatistics realm;
        qsizetype sessionsBound = 0;
    };
    QList<OutboxRealm> outboxRealms;
    QJsonArray removedConnections;
    int nextPage = 0;
    // The page being written, and as UTF-16 for the socket: their memory is kept from one page
    // to the next (a fresh block of a page's size each time cost more than the writing) and
    // let go when the round ends, so that an idle subscriber holds none.
    JsonText pageText;
    QString pageUtf16;
    qint64 roundCostNs = 0; // server time spent on this round so far
    QTimer helloTimer;
    QTimer deltaTimer;
    QTimer sliceTimer; // the pause after a slice of a round

    void stopRound()
    {
        stage = Stage::Idle;
        sliceTimer.stop();
        releasePageMemory();
    }
    void releasePageMemory()
    {
        pageText = {};
        pageUtf16 = QString();
    }
};

namespace {

QString iso(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
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
        peer->sliceTimer.setSingleShot(true);
        connect(&peer->sliceTimer, &QTimer::timeout, this, [this, peer] { step(peer); });
        connect(socket, &QWebSocket::textMessageReceived, this,
                [this, peer](const QString &text) { onMessage(peer, text); });
        connect(socket, &QWebSocket::bytesWritten, this, [this, peer] {
            if (peer->stage == Peer::Stage::Paging)
                step(peer);
        });
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
                gone->stopRound();
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
        peer->stopRound();
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
                {QStringLiteral("server"), serverFacts(ServerCounts::of(*m_statistics))}});
}

void OperatorEndpoint::handleSubscribe(Peer *peer, const QJsonObject &message)
{
    const int pageSize = message.value(QLatin1StringView("pageSize")).toInt(kDefaultPageSize);
    if (pageSize < 1 || pageSize > kMaxPageSize) {
        fail(peer, QStringLiteral("bad_message"),
             tr("pageSize must be between 1 and %1").arg(kMaxPageSize));
        return;
    }
    QString filterError;
    OperatorFilter filter = OperatorFilter::fromJson(
        message.value(QLatin1StringView("filter")).toObject(), &filterError);
    if (!filterError.isEmpty()) {
        fail(peer, QStringLiteral("bad_message"), filterError);
        return;
    }
    // A new subscription replaces the old one: a flood of them costs one snapshot each, and
    // each snapshot waits for the reader like any other message.
    peer->filter = std::move(filter);
    peer->pageSize = pageSize;
    peer->subscribed = true;
    peer->sentFingerprints.clear();
    peer->sentRealmFingerprints.clear();
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

QJsonObject OperatorEndpoint::serverFacts(const ServerCounts &counts) const
{
    QJsonObject facts = serverFactsJson(*m_statistics, counts, m_startedAt, storageBytes());
    facts.insert(QStringLiteral("listen"), QJsonArray::fromStringList(m_listenAddresses));
    if (!m_nodes.isEmpty())
        facts.insert(QStringLiteral("nodes"), m_nodes);
    return facts;
}

qint64 OperatorEndpoint::storageBytes() const
{
    if (m_storageFile.isEmpty())
        return 0;
    return QFileInfo(m_storageFile).size() +
           QFileInfo(m_storageFile + QStringLiteral("-wal")).size();
}

void OperatorEndpoint::sendSnapshot(Peer *peer)
{
    startRound(peer, true);
}

void OperatorEndpoint::sendDelta(Peer *peer)
{
    if (!peer->subscribed || !peer->socket || !peer->dirty || peer->stage != Peer::Stage::Idle)
        return;
    if (peer->socket->bytesToWrite() > kMaxQueuedBytes) {
        drop(peer, QWebSocketProtocol::CloseCodePolicyViolated,
             tr("operator subscriber too slow: it does not read what it asked for"));
        return;
    }
    peer->dirty = false;
    startRound(peer, false);
}

// A round lists what to send (everything for a snapshot, what changed since it was last sent
// for a delta) and pages it out as the peer reads, a slice at a time (step()).
void OperatorEndpoint::startRound(Peer *peer, bool snapshot)
{
    peer->stopRound();
    peer->snapshot = snapshot;
    peer->roundType = snapshot ? QStringLiteral("snapshot") : QStringLiteral("delta");
    peer->walkConnections = m_statistics->connectionIds();
    peer->walkNext = 0;
    peer->realmWalkStarted = false;
    peer->lastRealmVisited.clear();
    peer->present.clear();
    // As many realms as the last round counted: 10,000 of them grow the hash a dozen times.
    const qsizetype realmsLastRound = peer->counts.sessionsByRealm.size();
    peer->counts = {};
    peer->counts.sessionsByRealm.reserve(realmsLastRound);
    peer->outboxConnections.clear();
    peer->outboxRealms.clear();
    // A snapshot notes every realm it sends: 10,000 of them would grow the hash a dozen times.
    if (snapshot)
        peer->sentRealmFingerprints.reserve(m_statistics->realms().size());
    peer->removedConnections = {};
    peer->nextPage = 0;
    peer->roundCostNs = 0;
    peer->stage = Peer::Stage::Walking;
    step(peer);
}

// One slice of the round on this event-loop turn, then a pause of kSliceGapFactor times its
// cost: the sync connections are served between the slices, and a round of 10,000 sessions
// never holds the event loop for more than one slice's few milliseconds, nor takes more than
// a small share of it while it goes out.
void OperatorEndpoint::step(Peer *peer)
{
    if (peer->sliceTimer.isActive() || !peer->socket)
        return;
    // Wall time, not the thread's CPU time: where the server gets only part of its core, a
    // slice spans more wall time and the pause after it grows with it, so a subscriber keeps
    // to its share of what the server actually gets rather than of a whole core.
    QElapsedTimer cost;
    cost.start();
    switch (peer->stage) {
    case Peer::Stage::Idle:
        return;
    case Peer::Stage::Walking: {
        const bool firstSlice = peer->walkNext == 0 && !peer->realmWalkStarted;
        walk(peer);
        // A small server is walked in one slice, and its first page goes on the same turn: a
        // subscribe is answered with its snapshot before the peer's next message is read.
        if (firstSlice && peer->stage == Peer::Stage::Paging && hasRoomForPage(peer))
            sendPage(peer);
        break;
    }
    case Peer::Stage::Paging:
        // The next page is built when the socket has room: bytesWritten() steps again.
        if (!hasRoomForPage(peer))
            return;
        sendPage(peer);
        break;
    }
    const qint64 sliceNs = cost.nsecsElapsed();
    peer->roundCostNs += sliceNs;
    if (peer->stage != Peer::Stage::Idle) {
        peer->sliceTimer.start(int((sliceNs * kSliceGapFactor + 999'999) / 1'000'000));
        return;
    }
    // The round is out (or the peer went): the next no sooner than kCostFactor times its cost.
    peer->deltaTimer.setInterval(
        std::max<qint64>(kDeltaIntervalMs, peer->roundCostNs * kCostFactor / 1'000'000));
    // Changes that came during the round are sent after the pause, like any others.
    if (peer->dirty && peer->subscribed && !peer->deltaTimer.isActive())
        peer->deltaTimer.start();
}

bool OperatorEndpoint::hasRoomForPage(const Peer *peer) const
{
    return peer->socket && peer->socket->state() == QAbstractSocket::ConnectedState &&
           peer->socket->bytesToWrite() < kPageHighWaterBytes;
}

// Visits up to kSliceItems sessions' connections (then realms), noting what changed since it
// was last sent and adding up the server's counts; the last slice sends the server facts.
void OperatorEndpoint::walk(Peer *peer)
{
    qsizetype budget = kSliceItems;
    while (peer->walkNext < peer->walkConnections.size() && budget > 0) {
        const quint64 id = peer->walkConnections.at(peer->walkNext++);
        const auto c = m_statistics->connection(id);
        if (!c)
            continue; // closed since the round started
        peer->counts.add(*c);
        budget -= std::max<qsizetype>(1, c->sessions.size() + c->endedSessions.size());
        if (!peer->filter.matches(*c))
            continue;
        peer->present.insert(id);
        const auto sent = peer->sentFingerprints.constFind(id);
        if (peer->snapshot || sent == peer->sentFingerprints.constEnd() || *sent != fingerprint(*c))
            peer->outboxConnections.append(id);
    }
    if (peer->walkNext < peer->walkConnections.size())
        return;

    const QMap<QString, RealmStatistics> &realms = m_statistics->realms();
    auto realm =
        peer->realmWalkStarted ? realms.upperBound(peer->lastRealmVisited) : realms.constBegin();
    peer->realmWalkStarted = true;
    const auto firstInSlice = realm;
    for (; realm != realms.constEnd() && budget > 0; ++realm, --budget) {
        if (!peer->filter.matchesRealm(realm->path))
            continue;
        // Noted as sent already, with its figures, so that its page looks nothing up: a round
        // ends early only when a new subscription (which forgets what was sent) or none
        // follows. Paths are hashed with Qt's seeded hash (a peer names them), which is what a
        // round of 10,000 realms spends its time on: each path is looked up twice here.
        const qsizetype bound = peer->counts.sessionsByRealm.value(realm->path);
        const size_t print = fingerprint(*realm, bound);
        size_t &sent = peer->sentRealmFingerprints[realm->path];
        if (peer->snapshot || sent != print) {
            sent = print;
            peer->outboxRealms.append({*realm, bound});
        }
    }
    if (realm != firstInSlice)
        peer->lastRealmVisited = std::prev(realm).key();
    if (realm != realms.constEnd())
        return;

    for (auto it = peer->sentFingerprints.begin(); it != peer->sentFingerprints.end();) {
        if (!peer->present.contains(it.key())) {
            peer->removedConnections.append(double(it.key()));
            it = peer->sentFingerprints.erase(it);
        } else {
            ++it;
        }
    }
    peer->stage = Peer::Stage::Paging;
    if (!send(peer, {{QStringLiteral("type"), QStringLiteral("server")},
                     {QStringLiteral("server"), serverFacts(peer->counts)}}))
        return;
    if (!peer->snapshot && peer->outboxConnections.isEmpty() && peer->outboxRealms.isEmpty() &&
        peer->removedConnections.isEmpty())
        peer->stage = Peer::Stage::Idle; // nothing changed: the server facts were the delta
}

// One page of at most pageSize sessions and realms (a connection with more sessions goes
// alone), so that even 100,000 sessions never make one giant message nor a giant backlog.
void OperatorEndpoint::sendPage(Peer *peer)
{
    // Written as JSON text: QJsonObjects for every session cost the event loop ~10 µs a
    // session, ~15 ms a page of 500 that acknowledgements waited behind. One writer for the
    // whole message, kept by the peer with the memory of its last page.
    JsonText &page = peer->pageText;
    page.clear();
    page.beginObject();
    page.key("type"_L1);
    page.value(peer->roundType);
    page.key("page"_L1);
    page.value(qint64(peer->nextPage++));
    page.key("connections"_L1);
    page.beginArray();
    qsizetype itemsInPage = 0;
    bool anyConnection = false;
    while (!peer->outboxConnections.isEmpty()) {
        // As last read, by the walk a second or two ago at most: a busy connection has changed
        // again since, and reading its sessions afresh would cost as much as writing them. Its
        // fingerprint is of what is sent, so the next round sends any later change.
        const auto c = m_statistics->connectionAsLastRead(peer->outboxConnections.constFirst());
        if (!c) {
            // Gone since the round started: the next round says so.
            peer->outboxConnections.removeFirst();
            continue;
        }
        // Counted before it is written: a connection that does not fit waits for the next page
        // without having been written for nothing.
        const qsizetype sessions = matchingSessions(*c, peer->filter);
        if (anyConnection && itemsInPage + sessions > peer->pageSize)
            break;
        peer->outboxConnections.removeFirst();
        appendConnectionJson(page, *c, peer->filter);
        anyConnection = true;
        itemsInPage += std::max<qsizetype>(1, sessions);
        peer->sentFingerprints.insert(c->connectionId, fingerprint(*c));
    }
    page.endArray();
    page.key("realms"_L1);
    page.beginArray();
    while (peer->outboxConnections.isEmpty() && !peer->outboxRealms.isEmpty() &&
           itemsInPage < peer->pageSize) {
        const Peer::OutboxRealm next = peer->outboxRealms.takeFirst();
        appendRealmJson(page, next.realm, next.sessionsBound);
        ++itemsInPage;
    }
    page.endArray();
    const bool last = peer->outboxConnections.isEmpty() && peer->outboxRealms.isEmpty();
    page.key("last"_L1);
    page.value(last);
    if (last) {
        if (!peer->removedConnections.isEmpty()) {
            page.key("removedConnections"_L1);
            page.raw(QJsonDocument(peer->removedConnections).toJson(QJsonDocument::Compact));
        }
        peer->stage = Peer::Stage::Idle;
    }
    page.endObject();
    page.toString(peer->pageUtf16);
    sendText(peer, peer->pageUtf16);
    if (last)
        peer->releasePageMemory();
}

bool OperatorEndpoint::send(Peer *peer, const QJsonObject &message)
{
    return sendText(peer, QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
}

bool OperatorEndpoint::sendText(Peer *peer, const QString &json)
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
        peer->stopRound();
        peer->helloTimer.stop();
        peer->deltaTimer.stop();
        peer->socket->abort();
        return false;
    }
    peer->socket->sendTextMessage(json);
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
    peer->stopRound();
    peer->helloTimer.stop();
    peer->deltaTimer.stop();
    if (peer->socket)
        peer->socket->close(QWebSocketProtocol::CloseCode(closeCode), reason.left(120));
}

void OperatorEndpoint::setNodes(const QJsonArray &nodes)
{
    // The heartbeat ages change on every beat; only what an operator acts on makes a delta.
    const auto essentials = [](const QJsonArray &list) {
        QJsonArray result;
        for (const QJsonValue &node : list) {
            QJsonObject object = node.toObject();
            object.remove(QStringLiteral("secondsSinceHeartbeat"));
            result.append(object);
        }
        return result;
    };
    const bool changed = essentials(nodes) != essentials(m_nodes);
    m_nodes = nodes;
    if (changed)
        onStatisticsChanged();
}

void OperatorEndpoint::onStatisticsChanged()
{
    for (Peer *peer : std::as_const(m_peers)) {
        if (!peer->subscribed)
            continue;
        peer->dirty = true;
        // A round still going out starts the timer when it is done.
        if (peer->stage == Peer::Stage::Idle && !peer->deltaTimer.isActive())
            peer->deltaTimer.start();
    }
}

} // namespace syncscope::server
