#include <syncscope/testsupport/rawclient.h>

#include <syncscope/testsupport/waiting.h>

#include <QWebSocketHandshakeOptions>

namespace syncscope::testsupport {

RawClient::RawClient(QObject *parent)
    : QObject(parent)
{
    connect(&m_socket, &QWebSocket::binaryMessageReceived, this, [this](const QByteArray &bytes) {
        protocol::DecodeResult result =
            protocol::decode(bytes, protocol::Direction::ServerToClient);
        if (!result.frame) {
            m_decodeError = result.error;
            return;
        }
        m_frames.append(*result.frame);
        m_history.append(std::move(*result.frame));
    });
    connect(&m_socket, &QWebSocket::disconnected, this, [this] { m_disconnected = true; });
}

RawClient::~RawClient()
{
    m_socket.abort();
}

bool RawClient::connectTo(const QUrl &url, const QStringList &subprotocols,
                          std::chrono::milliseconds timeout)
{
    m_disconnected = false;
    QWebSocketHandshakeOptions options;
    options.setSubprotocols(subprotocols);
    m_socket.open(url, options);
    return waitUntil(
               [this] {
                   return m_socket.state() == QAbstractSocket::ConnectedState || m_disconnected;
               },
               timeout) &&
           isConnected();
}

bool RawClient::isConnected() const
{
    return m_socket.state() == QAbstractSocket::ConnectedState;
}

bool RawClient::waitForDisconnected(std::chrono::milliseconds timeout)
{
    return waitUntil([this] { return m_socket.state() == QAbstractSocket::UnconnectedState; },
                     timeout);
}

void RawClient::close()
{
    m_socket.close();
}

void RawClient::send(const protocol::Frame &frame)
{
    m_socket.sendBinaryMessage(protocol::encode(frame));
}

void RawClient::sendRaw(const QByteArray &bytes)
{
    m_socket.sendBinaryMessage(bytes);
}

void RawClient::sendText(const QString &text)
{
    m_socket.sendTextMessage(text);
}

std::optional<protocol::Frame> RawClient::next(std::chrono::milliseconds timeout)
{
    if (!waitUntil([this] { return !m_frames.isEmpty(); }, timeout))
        return std::nullopt;
    return m_frames.takeFirst();
}

std::optional<protocol::Frame>
RawClient::waitFor(const std::function<bool(const protocol::Frame &)> &match,
                   std::chrono::milliseconds timeout)
{
    std::optional<protocol::Frame> found;
    waitUntil(
        [&] {
            for (qsizetype i = 0; i < m_frames.size(); ++i) {
                if (match(m_frames.at(i))) {
                    found = m_frames.takeAt(i);
                    return true;
                }
            }
            return false;
        },
        timeout);
    return found;
}

quint64 RawClient::bindAndIdent(quint32 sessionId, const QString &realmPath, const QString &token,
                                quint64 downloadCursor)
{
    send({sessionId, protocol::BindMessage{realmPath, token, true}});
    const auto isMine = [sessionId](const protocol::Frame &f) {
        return f.sessionId == sessionId &&
               (std::holds_alternative<protocol::ServerIdentMessage>(f.message) ||
                std::holds_alternative<protocol::ErrorMessage>(f.message));
    };
    const auto ident = waitFor(isMine);
    if (!ident || !std::holds_alternative<protocol::ServerIdentMessage>(ident->message))
        return 0;
    const quint64 fileId = std::get<protocol::ServerIdentMessage>(ident->message).clientFileId;
    send({sessionId, protocol::ClientIdentMessage{fileId, downloadCursor}});
    const auto download = waitFor([sessionId](const protocol::Frame &f) {
        return f.sessionId == sessionId &&
               (std::holds_alternative<protocol::DownloadMessage>(f.message) ||
                std::holds_alternative<protocol::ErrorMessage>(f.message));
    });
    if (!download || !std::holds_alternative<protocol::DownloadMessage>(download->message))
        return 0;
    return fileId;
}

} // namespace syncscope::testsupport
