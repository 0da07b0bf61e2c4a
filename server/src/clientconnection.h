#pragma once

#include "serversession.h"

#include <syncscope/protocol/codec.h>
#include <syncscope/server/serverstatistics.h>

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QWebSocket>

#include <map>
#include <memory>

namespace syncscope::server {

class ServerStatistics;

// One accepted WebSocket: decodes its frames, keeps its table of sessions, sends their
// DOWNLOADs only as fast as the socket drains (backpressure), and turns protocol violations
// into an ERROR followed by a close of this connection alone.
class ClientConnection final
    : public QObject
    , public SessionSink
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClientConnection)

public:
    // Takes ownership of the socket.
    ClientConnection(QWebSocket *socket, quint64 connectionId, const SessionContext &context,
                     ServerStatistics *statistics, QObject *parent = nullptr);
    ~ClientConnection() override;

    quint64 connectionId() const { return m_statistics.connectionId; }
    // Server shutdown: flush what is queued, then close with 1001 (going away).
    void goAway();
    // Refuses the connection with a connection-level ERROR and a close.
    void refuse(protocol::ErrorCode code, const QString &message, bool tryAgain,
                QWebSocketProtocol::CloseCode closeCode);
    void abort();

Q_SIGNALS:
    // The socket is gone; the server deletes this object.
    void finished(syncscope::server::ClientConnection *connection);

private:
    void sendFrame(const protocol::Frame &frame) override;
    void scheduleDownloads() override;
    void sendDownloadsNow() override;
    void reportOutcome(quint32 sessionId, const Outcome &outcome) override;

    void onBinaryMessage(const QByteArray &bytes);
    void onTextMessage(const QString &text);
    void onBytesWritten(qint64 bytes);
    void onDisconnected();
    void onIdleTimeout();

    void handleFrame(protocol::Frame &&frame);
    void handleBind(quint32 sessionId, const protocol::BindMessage &message);
    void handleSessionOutcome(quint32 sessionId, const Outcome &outcome);
    void endSession(quint32 sessionId);
    void failConnection(protocol::ErrorCode code, const QString &message);
    void pumpDownloads();
    bool socketHasRoom() const;
    void publishStatistics();

    QPointer<QWebSocket> m_socket;
    SessionContext m_context;
    ServerStatistics *m_serverStatistics;
    protocol::DecodeLimits m_decodeLimits;
    std::map<quint32, std::unique_ptr<ServerSession>> m_sessions;
    QSet<quint32> m_usedSessionIds; // never reusable on this connection, as in Realm
    qint64 m_queuedBytes = 0;       // payload handed to the socket
    qint64 m_writtenBytes = 0;      // bytes the socket reported written
    bool m_pumpScheduled = false;
    bool m_closing = false;
    bool m_finished = false;
    ConnectionStatistics m_statistics;
    QTimer m_idleTimer; // restarted by every message; fires only on silence
};

} // namespace syncscope::server
