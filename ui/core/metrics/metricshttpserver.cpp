#include "metrics/metricshttpserver.h"

#include <QTcpSocket>
#include <QTimer>

namespace syncscope::monitor {

MetricsHttpServer::MetricsHttpServer(Renderer render, QObject *parent)
    : QObject(parent)
    , m_render(std::move(render))
{
    m_server.setMaxPendingConnections(kMaxClients);
    connect(&m_server, &QTcpServer::newConnection, this, &MetricsHttpServer::acceptPending);
}

bool MetricsHttpServer::listen(const QHostAddress &address, quint16 port)
{
    return m_server.listen(address, port);
}

void MetricsHttpServer::acceptPending()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        if (m_clients >= kMaxClients) {
            // A scraper comes every few seconds; more at once is a flood, not a scrape.
            socket->abort();
            socket->deleteLater();
            continue;
        }
        ++m_clients;
        // The request waits in this bounded buffer until its header is complete.
        socket->setReadBufferSize(kMaxRequestBytes + 1);
        auto *timeout = new QTimer(socket);
        timeout->setSingleShot(true);
        connect(timeout, &QTimer::timeout, socket, &QTcpSocket::abort);
        timeout->start(kRequestTimeoutMs);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readRequest(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QObject::destroyed, this, [this] { --m_clients; });
        readRequest(socket);
    }
}

void MetricsHttpServer::readRequest(QTcpSocket *socket)
{
    if (socket->property("answered").toBool())
        return;
    const QByteArray buffered = socket->peek(kMaxRequestBytes + 1);
    if (buffered.indexOf("\r\n\r\n") < 0) {
        if (buffered.size() > kMaxRequestBytes)
            respond(socket, "431 Request Header Fields Too Large", "text/plain; charset=utf-8",
                    "request header too large\n");
        return;
    }
    const QList<QByteArray> parts = buffered.left(buffered.indexOf("\r\n")).split(' ');
    if (parts.size() != 3 || !parts.at(2).startsWith("HTTP/1.")) {
        respond(socket, "400 Bad Request", "text/plain; charset=utf-8", "bad request\n");
        return;
    }
    QByteArray path = parts.at(1);
    if (const qsizetype query = path.indexOf('?'); query >= 0)
        path.truncate(query);
    if (path != "/metrics") {
        respond(socket, "404 Not Found", "text/plain; charset=utf-8", "not found\n");
        return;
    }
    if (parts.at(0) != "GET") {
        respond(socket, "405 Method Not Allowed", "text/plain; charset=utf-8",
                "only GET is allowed\n", "Allow: GET\r\n");
        return;
    }
    respond(socket, "200 OK", "text/plain; version=0.0.4; charset=utf-8", m_render());
}

void MetricsHttpServer::respond(QTcpSocket *socket, QByteArrayView status,
                                QByteArrayView contentType, const QByteArray &body,
                                QByteArrayView extraHeaders)
{
    socket->setProperty("answered", true);
    QByteArray response = "HTTP/1.1 ";
    response += status;
    response += "\r\nContent-Type: ";
    response += contentType;
    response += "\r\nContent-Length: ";
    response += QByteArray::number(body.size());
    response += "\r\nConnection: close\r\n";
    response += extraHeaders;
    response += "\r\n";
    response += body;
    socket->write(response);
    socket->disconnectFromHost();
}

} // namespace syncscope::monitor
