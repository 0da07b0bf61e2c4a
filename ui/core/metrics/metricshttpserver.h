#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QTcpServer>

#include <functional>

class QTcpSocket;

namespace syncscope::monitor {

// `syncscope --headless --metrics-listen`: a deliberately tiny HTTP/1.x responder for
// Prometheus scrapes. GET /metrics gets whatever render() returns (text exposition 0.0.4),
// any other path 404, any other method 405, then the connection is closed. What a peer
// controls is bounded: the request header (8 KiB), the time to send it (5 s) and the requests
// in progress (16). No keep-alive, no bodies, no TLS: keep it on 127.0.0.1 or a private network.
class MetricsHttpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetricsHttpServer)

public:
    using Renderer = std::function<QByteArray()>;

    static constexpr qsizetype kMaxRequestBytes = 8 * 1024;
    static constexpr int kRequestTimeoutMs = 5000;
    static constexpr int kMaxClients = 16;

    explicit MetricsHttpServer(Renderer render, QObject *parent = nullptr);

    bool listen(const QHostAddress &address, quint16 port);
    QString errorString() const { return m_server.errorString(); }
    QHostAddress serverAddress() const { return m_server.serverAddress(); }
    quint16 serverPort() const { return m_server.serverPort(); }

private:
    void acceptPending();
    void readRequest(QTcpSocket *socket);
    void respond(QTcpSocket *socket, QByteArrayView status, QByteArrayView contentType,
                 const QByteArray &body, QByteArrayView extraHeaders = {});

    Renderer m_render;
    QTcpServer m_server;
    int m_clients = 0;
};

} // namespace syncscope::monitor
