#include "operator/operatorclient.h"

#include "operator/freedmemory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QSet>
#include <QWebSocketHandshakeOptions>

using namespace Qt::StringLiterals;

namespace syncscope::monitor {

namespace {

const auto kSubprotocol = "syncscope-operator.v1"_L1;
// Sessions per page the monitor asks for: small enough that one page is parsed in well under a
// frame, large enough that 100,000 sessions are 200 messages.
constexpr int kPageSize = 500;

qint64 integer(const QJsonObject &object, QLatin1StringView key)
{
    return qint64(object.value(key).toDouble());
}

QDateTime time(const QJsonObject &object, QLatin1StringView key)
{
    return QDateTime::fromString(object.value(key).toString(), Qt::ISODateWithMs);
}

OperatorSession sessionOf(const QJsonObject &object, qint64 connection)
{
    OperatorSession s;
    s.connection = connection;
    s.id = integer(object, "id"_L1);
    s.realm = object.value("realm"_L1).toString();
    s.user = object.value("user"_L1).toString();
    s.clientFileId = integer(object, "clientFileId"_L1);
    s.uploadCursor = integer(object, "uploadCursor"_L1);
    s.uploadedChangesets = integer(object, "uploadedChangesets"_L1);
    s.uploadedBytes = integer(object, "uploadedBytes"_L1);
    s.downloadCursor = integer(object, "downloadCursor"_L1);
    s.serverHead = integer(object, "serverHead"_L1);
    s.versionsBehind = integer(object, "versionsBehind"_L1);
    s.downloadedChangesets = integer(object, "downloadedChangesets"_L1);
    s.downloadedBytes = integer(object, "downloadedBytes"_L1);
    s.lastActivity = time(object, "lastActivity"_L1);
    s.ended = object.value("phase"_L1).toString() == "ended"_L1;
    s.endCode = int(integer(object, "endCode"_L1));
    return s;
}

OperatorConnection connectionOf(const QJsonObject &object)
{
    OperatorConnection c;
    c.id = integer(object, "id"_L1);
    c.peer = object.value("peer"_L1).toString();
    c.user = object.value("user"_L1).toString();
    c.since = time(object, "since"_L1);
    c.lastActivity = time(object, "lastActivity"_L1);
    c.bytesIn = integer(object, "bytesIn"_L1);
    c.bytesOut = integer(object, "bytesOut"_L1);
    c.messagesIn = integer(object, "messagesIn"_L1);
    c.messagesOut = integer(object, "messagesOut"_L1);
    c.sendQueueBytes = integer(object, "sendQueueBytes"_L1);
    const QJsonArray sessions = object.value("sessions"_L1).toArray();
    c.sessions.reserve(sessions.size());
    for (const QJsonValue &session : sessions) {
        c.sessions.append(sessionOf(session.toObject(), c.id));
        // A connection's sessions are usually its own user's: one string for all of them.
        if (c.sessions.last().user == c.user)
            c.sessions.last().user = c.user;
    }
    return c;
}

// Equal strings of a connection the client held already are kept rather than the ones just
// parsed: the monitor's rows share them (facts, workspace definition, export label), so a fresh
// copy per delta would leave one copy per row in the rows and another here — about 150 bytes a
// session of an attached server, whose 10,000s of rows must stay small.
void keepKnownStrings(OperatorConnection &fresh, const OperatorConnection &known)
{
    if (fresh.peer == known.peer)
        fresh.peer = known.peer;
    if (fresh.user == known.user)
        fresh.user = known.user;
    QHash<qint64, const OperatorSession *> knownById;
    for (qsizetype i = 0; i < fresh.sessions.size(); ++i) {
        OperatorSession &session = fresh.sessions[i];
        // Sessions keep their order between deltas; look them up only when it changed.
        const OperatorSession *before = nullptr;
        if (i < known.sessions.size() && known.sessions.at(i).id == session.id) {
            before = &known.sessions.at(i);
        } else {
            if (knownById.isEmpty()) {
                for (const OperatorSession &k : known.sessions)
                    knownById.insert(k.id, &k);
            }
            before = knownById.value(session.id);
        }
        if (before && session.realm == before->realm)
            session.realm = before->realm;
        if (before && session.user == before->user)
            session.user = before->user;
        else if (session.user == fresh.user)
            session.user = fresh.user; // a new session: its connection's (kept) user
    }
}

OperatorServerFacts serverOf(const QJsonObject &object)
{
    OperatorServerFacts s;
    s.version = object.value("version"_L1).toString();
    s.startedAt = time(object, "startedAt"_L1);
    s.connections = integer(object, "connections"_L1);
    s.sessions = integer(object, "sessions"_L1);
    s.realms = integer(object, "realms"_L1);
    s.sendQueueBytes = integer(object, "sendQueueBytes"_L1);
    s.changesetsIntegrated = integer(object, "changesetsIntegrated"_L1);
    s.bytesIntegrated = integer(object, "bytesIntegrated"_L1);
    s.commits = integer(object, "commits"_L1);
    s.commitSecondsSum = object.value("commitSecondsSum"_L1).toDouble();
    s.connectionsAccepted = integer(object, "connectionsAccepted"_L1);
    s.connectionsRejected = integer(object, "connectionsRejected"_L1);
    s.receivedAt = QDateTime::currentDateTimeUtc();
    return s;
}

} // namespace

OperatorClient::OperatorClient(QObject *parent)
    : QObject(parent)
{
    m_socket.setMaxAllowedIncomingMessageSize(quint64(kMaxIncomingMessageBytes));
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &OperatorClient::connectNow);
    connect(&m_socket, &QWebSocket::connected, this, &OperatorClient::onConnected);
    // Not disconnected(): a connection attempt that fails never was connected.
    connect(&m_socket, &QWebSocket::stateChanged, this, [this](QAbstractSocket::SocketState state) {
        if (state == QAbstractSocket::UnconnectedState)
            onDisconnected();
    });
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &OperatorClient::onMessage);
    connect(&m_socket, &QWebSocket::textFrameReceived, this, &OperatorClient::resumeReading);
    connect(&m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            [this](QAbstractSocket::SocketError) {
                if (!m_closing && m_status != Status::Refused)
                    fail(m_socket.errorString());
            });
}

OperatorClient::~OperatorClient()
{
    const QSignalBlocker blocker(this);
    close();
}

void OperatorClient::open(const QUrl &url, const QString &token)
{
    close();
    m_url = url;
    m_token = token;
    m_backoff = kFirstRetry;
    m_lastError.clear();
    m_lastErrorTime = {};
    connectNow();
}

void OperatorClient::close()
{
    m_retry.stop();
    m_closing = true;
    m_socket.abort();
    m_closing = false;
    m_nextAttempt = {};
    if (m_status != Status::Refused)
        setStatus(Status::Idle);
}

void OperatorClient::connectNow()
{
    m_nextAttempt = {};
    m_attemptFailed = false;
    m_roundChanged.clear();
    m_roundRemoved.clear();
    m_roundChars = 0;
    setStatus(Status::Connecting);
    QWebSocketHandshakeOptions options;
    options.setSubprotocols({kSubprotocol});
    m_socket.setMaxAllowedIncomingFrameSize(quint64(m_readBufferBytes / 2));
    m_socket.setReadBufferSize(m_readBufferBytes);
    m_socket.open(QNetworkRequest(m_url), options);
}

void OperatorClient::resumeReading()
{
    // A socket whose read buffer filled up stops reading and starts again only once the
    // buffer is read empty or its size is set anew. Qt takes whole frames out of it and
    // leaves the start of the next one, which then could never finish: after every frame
    // taken out, setting the size again lets the socket read on while there is room.
    m_socket.setReadBufferSize(0);
    m_socket.setReadBufferSize(m_readBufferBytes);
}

void OperatorClient::onConnected()
{
    if (m_socket.subprotocol() != kSubprotocol) {
        fail(tr("%1 does not speak the operator API (no %2 subprotocol); is it the "
                "--operator-listen port?")
                 .arg(m_url.toString(), kSubprotocol));
        m_socket.abort();
        return;
    }
    send({{u"type"_s, u"hello"_s}, {u"token"_s, m_token}});
}

void OperatorClient::onDisconnected()
{
    if (m_closing || m_status == Status::Refused || m_status == Status::Idle)
        return;
    if (!m_attemptFailed) {
        const QString reason = m_socket.closeReason();
        if (m_socket.error() != QAbstractSocket::UnknownSocketError)
            fail(m_socket.errorString());
        else if (reason.isEmpty())
            fail(tr("the operator connection closed (%1)").arg(m_socket.closeCode()));
        else
            fail(tr("the operator connection closed: %1").arg(reason));
    }
    m_nextAttempt = QDateTime::currentDateTimeUtc().addMSecs(m_backoff.count());
    m_retry.start(m_backoff);
    m_backoff = std::min(m_backoff * 2, kLongestRetry);
    setStatus(Status::Retrying);
}

void OperatorClient::fail(const QString &error)
{
    m_lastError = error;
    m_lastErrorTime = QDateTime::currentDateTimeUtc();
    m_attemptFailed = true;
}

void OperatorClient::onMessage(const QString &text)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (!document.isObject()) {
        fail(tr("the server sent a message that is not a JSON object: %1")
                 .arg(parseError.errorString()));
        m_socket.abort();
        return;
    }
    const QJsonObject message = document.object();
    const QString type = message.value("type"_L1).toString();
    if (type == "welcome"_L1) {
        m_subject = message.value("subject"_L1).toString();
        m_server = serverOf(message.value("server"_L1).toObject());
        Q_EMIT serverChanged();
        send({{u"type"_s, u"subscribe"_s}, {u"pageSize"_s, kPageSize}});
    } else if (type == "server"_L1) {
        m_server = serverOf(message.value("server"_L1).toObject());
        Q_EMIT serverChanged();
    } else if (type == "snapshot"_L1) {
        m_roundChars += text.size();
        applyPage(message, true);
    } else if (type == "delta"_L1) {
        m_roundChars += text.size();
        applyPage(message, false);
    } else if (type == "done"_L1) {
        Q_EMIT actionDone(message);
    } else if (type == "error"_L1) {
        const QString code = message.value("code"_L1).toString();
        const QString why = message.value("message"_L1).toString();
        if (code == "unauthorized"_L1) {
            fail(tr("the server refused the operator token: %1").arg(why));
            m_retry.stop();
            setStatus(Status::Refused);
            m_closing = true;
            m_socket.abort();
            m_closing = false;
            return;
        }
        Q_EMIT actionFailed(code, why);
    }
}

void OperatorClient::applyPage(const QJsonObject &message, bool snapshot)
{
    for (const QJsonValue &value : message.value("connections"_L1).toArray()) {
        OperatorConnection connection = connectionOf(value.toObject());
        m_roundChanged.append(connection.id);
        if (const auto known = m_connections.find(connection.id); known != m_connections.end()) {
            keepKnownStrings(connection, *known);
            *known = std::move(connection);
        } else {
            m_connections.insert(connection.id, std::move(connection));
        }
    }
    if (!snapshot) {
        for (const QJsonValue &value : message.value("removedConnections"_L1).toArray()) {
            const qint64 id = qint64(value.toDouble());
            m_connections.remove(id);
            m_roundRemoved.append(id);
        }
    }
    if (!message.value("last"_L1).toBool())
        return;
    if (snapshot) {
        // A snapshot lists every connection: the ones it did not list are gone.
        const QSet<qint64> listed(m_roundChanged.cbegin(), m_roundChanged.cend());
        for (auto it = m_connections.begin(); it != m_connections.end();) {
            if (listed.contains(it.key())) {
                ++it;
            } else {
                m_roundRemoved.append(it.key());
                it = m_connections.erase(it);
            }
        }
        m_roundChanged = QList<qint64>(listed.cbegin(), listed.cend());
        m_backoff = kFirstRetry;
        setStatus(Status::Attached);
    }
    Q_EMIT connectionsChanged(std::exchange(m_roundChanged, {}), std::exchange(m_roundRemoved, {}));
    // After the views took the round in: what they freed is returned, too.
    if (std::exchange(m_roundChars, 0) >= kReleaseAfterRoundChars)
        releaseFreedMemory();
}

void OperatorClient::send(const QJsonObject &message)
{
    m_socket.sendTextMessage(
        QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
}

void OperatorClient::setStatus(Status status)
{
    if (status == m_status)
        return;
    m_status = status;
    m_statusSince = QDateTime::currentDateTimeUtc();
    Q_EMIT statusChanged(status);
}

void OperatorClient::disconnectConnection(qint64 connection, const QString &reason)
{
    send({{u"type"_s, u"disconnect"_s},
          {u"connection"_s, double(connection)},
          {u"reason"_s, reason}});
}

void OperatorClient::endSession(qint64 connection, qint64 session, bool fatal,
                                const QString &reason)
{
    send({{u"type"_s, u"endSession"_s},
          {u"connection"_s, double(connection)},
          {u"session"_s, double(session)},
          {u"fatal"_s, fatal},
          {u"reason"_s, reason}});
}

void OperatorClient::refuseUser(const QString &user, const QDateTime &until)
{
    send({{u"type"_s, u"refuseUser"_s},
          {u"user"_s, user},
          {u"until"_s, until.toUTC().toString(Qt::ISODateWithMs)}});
}

} // namespace syncscope::monitor
