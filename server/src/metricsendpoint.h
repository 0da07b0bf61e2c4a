#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QTcpServer>

#include <functional>

class QTcpSocket;

namespace syncscope::server {

// A deliberately tiny HTTP/1.x responder for Prometheus scrapes: it answers GET /metrics with
// whatever render() returns, 404 for any other path, 405 for any other method, then closes.
// Everything a peer controls is bounded: the request header size, the time to send it and the
// number of requests in progress. No keep-alive, no bodies, no TLS (keep it on a private
// network or behind a proxy).
class MetricsEndpoint final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetricsEndpoint)

public:
    using Renderer = std::function<QByteArray()>;

    static constexpr qsizetype kMaxRequestBytes = 8 * 1024;
    static constexpr int kRequestTimeoutMs = 5000;
    static constexpr int kMaxClients = 16;

    explicit MetricsEndpoint(Renderer render, QObject *parent = nullptr);

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

// The server's statistics in Prometheus text exposition format 0.0.4 (docs/operator.md lists
// every metric). perRealm adds the series labelled by realm path (--metrics-per-realm).
class ServerStatistics;
QByteArray renderPrometheusMetrics(const ServerStatistics &statistics, const QString &version,
                                   double startTimeSeconds, bool perRealm = false);

} // namespace syncscope::server
