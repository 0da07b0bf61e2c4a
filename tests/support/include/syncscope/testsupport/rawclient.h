#pragma once

#include <syncscope/protocol/codec.h>
#include <syncscope/protocol/messages.h>

#include <QList>
#include <QObject>
#include <QStringList>
#include <QUrl>
#include <QWebSocket>

#include <chrono>
#include <functional>
#include <optional>

namespace syncscope::testsupport {

// A protocol-level client for tests: speaks syncscope.v1 frames directly over a QWebSocket,
// with no session logic of its own, so a test can send exactly what it wants (including
// garbage) and look at exactly what the server answers.
class RawClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RawClient)

public:
    explicit RawClient(QObject *parent = nullptr);
    ~RawClient() override;

    // Connects offering `subprotocols` (default: syncscope.v1); true once connected.
    bool connectTo(const QUrl &url,
                   const QStringList &subprotocols = {QString::fromLatin1(protocol::kSubprotocol)},
                   std::chrono::milliseconds timeout = std::chrono::seconds(10));
    bool isConnected() const;
    bool waitForDisconnected(std::chrono::milliseconds timeout = std::chrono::seconds(10));
    void close();

    void send(const protocol::Frame &frame);
    void sendRaw(const QByteArray &bytes);
    void sendText(const QString &text);

    // The next received frame not yet taken (in arrival order), waiting for it if needed.
    std::optional<protocol::Frame>
    next(std::chrono::milliseconds timeout = std::chrono::seconds(10));
    // Takes the first frame that satisfies `match`; the others stay pending, in order.
    std::optional<protocol::Frame>
    waitFor(const std::function<bool(const protocol::Frame &)> &match,
            std::chrono::milliseconds timeout = std::chrono::seconds(10));
    // The first frame of that session whose message is T.
    template <typename T>
    std::optional<T> waitForMessage(quint32 sessionId,
                                    std::chrono::milliseconds timeout = std::chrono::seconds(10))
    {
        auto frame = waitFor(
            [sessionId](const protocol::Frame &f) {
                return f.sessionId == sessionId && std::holds_alternative<T>(f.message);
            },
            timeout);
        if (!frame)
            return std::nullopt;
        return std::get<T>(frame->message);
    }
    // Everything received and not yet taken.
    const QList<protocol::Frame> &pending() const { return m_frames; }
    void clearPending() { m_frames.clear(); }
    // Every frame ever received, in order (taking does not remove from here).
    const QList<protocol::Frame> &history() const { return m_history; }

    // BIND (asking for a client file id) and IDENT; returns the client file id, after the
    // first DOWNLOAD arrived. 0 on any failure (the ERROR stays in history()).
    quint64 bindAndIdent(quint32 sessionId, const QString &realmPath, const QString &token,
                         quint64 downloadCursor = 0);

    QString decodeError() const { return m_decodeError; }
    QWebSocketProtocol::CloseCode closeCode() const { return m_socket.closeCode(); }
    QString subprotocol() const { return m_socket.subprotocol(); }
    QWebSocket &socket() { return m_socket; }

private:
    QWebSocket m_socket;
    QList<protocol::Frame> m_frames;
    QList<protocol::Frame> m_history;
    QString m_decodeError;
    bool m_disconnected = false;
};

} // namespace syncscope::testsupport
