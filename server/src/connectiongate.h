#pragma once

#include <syncscope/server/serverconfig.h>

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QTcpServer>

#include <memory>
#include <optional>

class QTcpSocket;
class QTimer;
class QWebSocketServer;

namespace syncscope::server {

// Everything between accept() and a finished WebSocket upgrade, under the server's own timer
// and accounting, for ws:// and wss:// alike. QWebSocketServer only ever sees a request whose
// header is complete and small: the gate accepts TCP itself, runs the TLS handshake itself
// (so an abandoned one frees its slot when its timer fires or the peer hangs up), answers
// bytes that are not an HTTP GET with 400 and a header over the limit with 431 at once, and
// caps the handshakes in progress, in total and per peer address.
class ConnectionGate final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionGate)

public:
    ConnectionGate(const ServerLimits &limits, QWebSocketServer *webSocketServer,
                   QObject *parent = nullptr);
    ~ConnectionGate() override;

    // With a configuration, every accepted connection must first finish a TLS handshake.
    void setTlsConfiguration(const QSslConfiguration &configuration);
    bool isSecure() const { return m_tls.has_value(); }

    bool listen(const QHostAddress &address, quint16 port);
    bool isListening() const;
    QString errorString() const;
    QHostAddress serverAddress() const;
    quint16 serverPort() const;
    void close();

    // QWebSocketServer upgraded the connection from `peer` ("address:port"): it stops being a
    // handshake. Returns its TCP socket (now owned by the QWebSocket) or nullptr.
    QTcpSocket *upgraded(const QString &peer);
    // Drops every handshake in progress (server shutdown).
    void abortAll();
    int handshakesInProgress() const { return int(m_pending.size()); }

private:
    class Listener;
    struct Pending
    {
        QPointer<QTcpSocket> socket;
        QPointer<QTimer> timer; // a child of the socket
        QString address;
        bool screened = false; // handed to QWebSocketServer
    };

    void acceptAll();
    void admit(QTcpSocket *socket);
    void startScreening(const QString &peer);
    void screen(const QString &peer);
    void refuseRequest(const QString &peer, const QByteArray &statusLine, const char *why);
    void forget(const QString &peer);

    ServerLimits m_limits;
    QWebSocketServer *m_webSocketServer;
    std::unique_ptr<Listener> m_listener;
    std::optional<QSslConfiguration> m_tls;
    QHash<QString, Pending> m_pending;      // by "address:port"
    QHash<QString, int> m_pendingByAddress; // by address
};

// Sends a last answer (if any), then half-closes and discards what the peer still sends until
// it hangs up or `linger` ran out: closing a socket with unread input makes the kernel send a
// reset, which can destroy the answer before the peer reads it. Deletes the socket at the end.
void closeGracefully(QTcpSocket *socket, const QByteArray &lastWords,
                     std::chrono::milliseconds linger);

// The same for a socket someone else closes (QWebSocket after a close frame, e.g. 1009): when
// Qt closes it, the connection is kept open through a duplicate of its descriptor, half-closed
// once Qt has flushed, and drained for at most `linger`. A peer still streaming an oversized
// message then reads the close frame instead of a reset.
void lingerOnClose(QTcpSocket *socket, std::chrono::milliseconds linger);
// For a socket that is dropped on purpose (abort): no lingering, the reset is the point.
void skipLinger(QTcpSocket *socket);

} // namespace syncscope::server
