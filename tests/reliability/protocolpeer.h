#pragma once

// A hand-driven syncscope.v1 peer: a QWebSocket that sends whatever frames a test wants (valid,
// hostile or garbage) and records what the server answers. It is what an attacker would write.

#include <syncscope/protocol/codec.h>
#include <syncscope/protocol/errorcodes.h>

#include <QList>
#include <QObject>
#include <QSslConfiguration>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

namespace syncscope::reliability {

class ProtocolPeer final : public QObject
{
public:
    explicit ProtocolPeer(QObject *parent = nullptr)
        : QObject(parent)
    {
        connect(&socket, &QWebSocket::binaryMessageReceived, this, [this](const QByteArray &b) {
            const protocol::DecodeResult result =
                protocol::decode(b, protocol::Direction::ServerToClient);
            if (result.frame)
                frames.append(*result.frame);
            else
                undecodable.append(b);
        });
        connect(&socket, &QWebSocket::connected, this, [this] { connected = true; });
        connect(&socket, &QWebSocket::disconnected, this, [this] {
            disconnected = true;
            closeCode = socket.closeCode();
        });
    }

    void open(const QUrl &url,
              const QString &subprotocol = QLatin1StringView(protocol::kSubprotocol))
    {
        QWebSocketHandshakeOptions options;
        if (!subprotocol.isEmpty())
            options.setSubprotocols({subprotocol});
        socket.open(QNetworkRequest(url), options);
    }
    void send(const protocol::Frame &frame) { socket.sendBinaryMessage(protocol::encode(frame)); }
    void bind(quint32 sessionId, const QString &realmPath, const QString &token)
    {
        send({sessionId, protocol::BindMessage{realmPath, token, true}});
    }

    // The ERROR frames received so far, for one session (or 0 for the connection).
    QList<protocol::ErrorMessage> errors(quint32 sessionId) const
    {
        QList<protocol::ErrorMessage> out;
        for (const protocol::Frame &frame : frames) {
            if (const auto *e = std::get_if<protocol::ErrorMessage>(&frame.message);
                e && frame.sessionId == sessionId)
                out.append(*e);
        }
        return out;
    }
    bool hasError(quint32 sessionId, protocol::ErrorCode code) const
    {
        for (const protocol::ErrorMessage &e : errors(sessionId)) {
            if (e.code == quint16(code))
                return true;
        }
        return false;
    }
    template <typename M> int count(quint32 sessionId) const
    {
        int n = 0;
        for (const protocol::Frame &frame : frames)
            n += frame.sessionId == sessionId && std::holds_alternative<M>(frame.message);
        return n;
    }

    QWebSocket socket;
    QList<protocol::Frame> frames;
    QList<QByteArray> undecodable;
    bool connected = false;
    bool disconnected = false;
    QWebSocketProtocol::CloseCode closeCode = QWebSocketProtocol::CloseCodeNormal;
};

} // namespace syncscope::reliability
