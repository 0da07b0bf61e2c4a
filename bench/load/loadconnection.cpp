#include "loadconnection.h"

#include <syncscope/protocol/codec.h>

#include <QDateTime>
#include <QWebSocketHandshakeOptions>

using namespace Qt::StringLiterals;

namespace syncscope::bench {

namespace proto = syncscope::protocol;

LoadConnection::LoadConnection(const QUrl &url, const QString &token, const QElapsedTimer &clock,
                               QObject *parent)
    : QObject(parent)
    , m_url(url)
    , m_token(token)
    , m_clock(clock)
{
    connect(&m_socket, &QWebSocket::connected, this, &LoadConnection::bindAll);
    connect(&m_socket, &QWebSocket::connected, this, &LoadConnection::handshakeDone);
    connect(&m_socket, &QWebSocket::disconnected, this, &LoadConnection::handshakeDone);
    connect(&m_socket, &QWebSocket::binaryMessageReceived, this, &LoadConnection::received);
    connect(&m_socket, &QWebSocket::disconnected, this,
            [this] { Q_EMIT failed(tr("connection closed: %1").arg(m_socket.closeReason())); });
}

int LoadConnection::addSession(const QString &realmPath)
{
    Session session;
    session.id = quint32(m_sessions.size() + 1);
    session.realmPath = realmPath;
    m_sessions.push_back(std::move(session));
    return int(m_sessions.size() - 1);
}

void LoadConnection::open()
{
    QWebSocketHandshakeOptions options;
    options.setSubprotocols({QString::fromLatin1(proto::kSubprotocol)});
    m_socket.open(QNetworkRequest(m_url), options);
}

void LoadConnection::bindAll()
{
    for (const Session &session : m_sessions)
        send({session.id, proto::BindMessage{session.realmPath, m_token, true}});
}

void LoadConnection::send(const proto::Frame &frame)
{
    m_socket.sendBinaryMessage(proto::encode(frame));
}

void LoadConnection::upload(int index, const QByteArray &value)
{
    Session &session = m_sessions.at(size_t(index));
    if (!session.ready)
        return;
    proto::UploadChangeset changeset;
    changeset.clientVersion = session.nextClientVersion++;
    changeset.originTimestamp = QDateTime::currentMSecsSinceEpoch();
    changeset.operations.append(
        {proto::Operation::Kind::Set, u"k%1"_s.arg(changeset.clientVersion), value});
    session.unacknowledged.emplace_back(changeset.clientVersion, m_clock.nsecsElapsed());
    send({session.id, proto::UploadMessage{{changeset}}});
}

QList<qint64> LoadConnection::unacknowledgedAges(qint64 nowNs) const
{
    QList<qint64> ages;
    for (const Session &session : m_sessions) {
        for (const auto &[version, sentNs] : session.unacknowledged)
            ages.append(nowNs - sentNs);
    }
    return ages;
}

void LoadConnection::received(const QByteArray &bytes)
{
    proto::DecodeResult result = proto::decode(bytes, proto::Direction::ServerToClient);
    if (!result.frame) {
        Q_EMIT failed(tr("undecodable frame: %1").arg(result.error));
        return;
    }
    const quint32 id = result.frame->sessionId;
    if (const auto *error = std::get_if<proto::ErrorMessage>(&result.frame->message)) {
        Q_EMIT failed(
            tr("ERROR %1 on session %2: %3").arg(error->code).arg(id).arg(error->message));
        return;
    }
    if (id == 0 || id > m_sessions.size())
        return; // PONG and other connection-level frames
    handle(m_sessions[id - 1], *result.frame);
}

void LoadConnection::handle(Session &session, const proto::Frame &frame)
{
    if (const auto *ident = std::get_if<proto::ServerIdentMessage>(&frame.message)) {
        send({session.id, proto::ClientIdentMessage{ident->clientFileId, 0}});
        send({session.id, proto::MarkMessage{1}});
    } else if (std::holds_alternative<proto::MarkMessage>(frame.message)) {
        if (!session.ready) {
            session.ready = true;
            Q_EMIT sessionReady();
        }
    } else if (const auto *download = std::get_if<proto::DownloadMessage>(&frame.message)) {
        const qint64 now = m_clock.nsecsElapsed();
        while (!session.unacknowledged.empty() &&
               session.unacknowledged.front().first <= download->uploadAckClientVersion) {
            Q_EMIT acknowledged(now - session.unacknowledged.front().second);
            session.unacknowledged.pop_front();
        }
    }
}

} // namespace syncscope::bench
