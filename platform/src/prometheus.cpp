#include <syncscope/platform/prometheus.h>

#include <QTcpSocket>
#include <QTimer>

namespace syncscope::platform {

QByteArray prometheusLabelValue(const QString &value)
{
    QByteArray escaped;
    for (const char c : value.toUtf8()) {
        if (c == '\n') {
            escaped += "\\n";
            continue;
        }
        if (c == '\\' || c == '"')
            escaped += '\\';
        escaped += c;
    }
    return escaped;
}

void PrometheusExposition::family(QByteArrayView name, QByteArrayView type, QByteArrayView help)
{
    m_text += "# HELP ";
    m_text += name;
    m_text += ' ';
    m_text += help;
    m_text += "\n# TYPE ";
    m_text += name;
    m_text += ' ';
    m_text += type;
    m_text += '\n';
}

void PrometheusExposition::sample(QByteArrayView name, double value, const QByteArray &labels)
{
    m_text += name;
    if (!labels.isEmpty()) {
        m_text += '{';
        m_text += labels;
        m_text += '}';
    }
    m_text += ' ';
    m_text += QByteArray::number(value, 'g', 17);
    m_text += '\n';
}

void PrometheusExposition::metric(QByteArrayView name, QByteArrayView type, QByteArrayView help,
                                  double value)
{
    family(name, type, help);
    sample(name, value);
}

void PrometheusExposition::histogram(QByteArrayView name, QByteArrayView help,
                                     const QList<double> &upperBounds,
                                     const QList<quint64> &cumulativeCounts, quint64 count,
                                     double sum)
{
    family(name, "histogram", help);
    const QByteArray bucket = name.toByteArray() + "_bucket";
    for (qsizetype i = 0; i < upperBounds.size() && i < cumulativeCounts.size(); ++i)
        sample(bucket, double(cumulativeCounts.at(i)),
               QByteArray("le=\"" + QByteArray::number(upperBounds.at(i), 'g', 17) + '"'));
    sample(bucket, double(count), "le=\"+Inf\"");
    sample(QByteArray(name.toByteArray() + "_sum"), sum);
    sample(QByteArray(name.toByteArray() + "_count"), double(count));
}

MetricsHttpEndpoint::MetricsHttpEndpoint(Renderer render, QObject *parent)
    : QObject(parent)
    , m_render(std::move(render))
{
    m_server.setMaxPendingConnections(kMaxClients);
    connect(&m_server, &QTcpServer::newConnection, this, &MetricsHttpEndpoint::acceptPending);
}

bool MetricsHttpEndpoint::listen(const QHostAddress &address, quint16 port)
{
    return m_server.listen(address, port);
}

void MetricsHttpEndpoint::acceptPending()
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

void MetricsHttpEndpoint::readRequest(QTcpSocket *socket)
{
    if (socket->property("answered").toBool())
        return;
    // Peek: the request stays in the socket's bounded buffer until the header is complete.
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

void MetricsHttpEndpoint::respond(QTcpSocket *socket, QByteArrayView status,
                                  QByteArrayView contentType, const QByteArray &body,
                                  QByteArrayView extraHeaders)
{
    socket->setProperty("answered", true);
    QByteArray response;
    response.reserve(body.size() + 256);
    response += "HTTP/1.1 ";
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

} // namespace syncscope::platform
