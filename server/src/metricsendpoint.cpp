#include "metricsendpoint.h"

#include <syncscope/protocol/errorcodes.h>
#include <syncscope/server/serverstatistics.h>

#include <QHash>
#include <QTcpSocket>
#include <QTimer>

namespace syncscope::server {

MetricsEndpoint::MetricsEndpoint(Renderer render, QObject *parent)
    : QObject(parent)
    , m_render(std::move(render))
{
    m_server.setMaxPendingConnections(kMaxClients);
    connect(&m_server, &QTcpServer::newConnection, this, &MetricsEndpoint::acceptPending);
}

bool MetricsEndpoint::listen(const QHostAddress &address, quint16 port)
{
    return m_server.listen(address, port);
}

void MetricsEndpoint::acceptPending()
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

void MetricsEndpoint::readRequest(QTcpSocket *socket)
{
    if (socket->property("answered").toBool())
        return;
    // Peek: the request stays in the socket's bounded buffer until the header is complete.
    const QByteArray buffered = socket->peek(kMaxRequestBytes + 1);
    const qsizetype headerEnd = buffered.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (buffered.size() > kMaxRequestBytes)
            respond(socket, "431 Request Header Fields Too Large", "text/plain; charset=utf-8",
                    "request header too large\n");
        return;
    }
    const QByteArray requestLine = buffered.left(buffered.indexOf("\r\n"));
    const QList<QByteArray> parts = requestLine.split(' ');
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

void MetricsEndpoint::respond(QTcpSocket *socket, QByteArrayView status, QByteArrayView contentType,
                              const QByteArray &body, QByteArrayView extraHeaders)
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

namespace {

class Exposition
{
public:
    void family(QByteArrayView name, QByteArrayView type, QByteArrayView help)
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

    void sample(const QByteArray &name, double value, const QByteArray &labels = {})
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

    void metric(const QByteArray &name, QByteArrayView type, QByteArrayView help, double value)
    {
        family(name, type, help);
        sample(name, value);
    }

    void histogram(const QByteArray &name, QByteArrayView help, const Histogram &histogram)
    {
        family(name, "histogram", help);
        const QByteArray bucket = QByteArray(name + "_bucket");
        for (qsizetype i = 0; i < histogram.upperBounds.size(); ++i)
            sample(bucket, double(histogram.bucketCounts.at(i)),
                   QByteArray("le=\"" + QByteArray::number(histogram.upperBounds.at(i), 'g', 17) +
                              '"'));
        sample(bucket, double(histogram.count), "le=\"+Inf\"");
        sample(QByteArray(name + "_sum"), histogram.sum);
        sample(QByteArray(name + "_count"), double(histogram.count));
    }

    QByteArray take() { return std::move(m_text); }

private:
    QByteArray m_text;
};

// A label value in the exposition format escapes backslash, double quote and newline.
QByteArray labelValue(const QString &value)
{
    QByteArray escaped;
    for (const char c : value.toUtf8()) {
        if (c == '\\' || c == '"')
            escaped += '\\';
        if (c == '\n')
            escaped += "\\n";
        else
            escaped += c;
    }
    return escaped;
}

} // namespace

QByteArray renderPrometheusMetrics(const ServerStatistics &statistics, const QString &version,
                                   double startTimeSeconds, bool perRealm)
{
    const QList<ConnectionStatistics> connections = statistics.connections();
    quint64 sessions = 0;
    quint64 queuedBytes = 0;
    quint64 behindBytes = 0;
    QHash<QString, quint64> sessionsByRealm;
    for (const ConnectionStatistics &connection : connections) {
        sessions += quint64(connection.sessions.size());
        queuedBytes += connection.bytesQueued;
        for (const SessionStatistics &session : connection.sessions) {
            ++sessionsByRealm[session.realmPath];
            behindBytes += session.bytesBehind;
        }
    }
    const ServerTotals totals = statistics.totals();

    Exposition out;
    out.family("syncscope_build_info", "gauge", "Version of this syncscope-server; always 1.");
    out.sample("syncscope_build_info", 1,
               QByteArray("version=\"" + labelValue(version) + "\",protocol=\"syncscope.v1\""));
    out.metric("syncscope_start_time_seconds", "gauge",
               "When the server started, in seconds since the Unix epoch.", startTimeSeconds);
    out.metric("syncscope_connections_active", "gauge", "Open WebSocket connections.",
               double(connections.size()));
    out.metric("syncscope_sessions_active", "gauge", "Bound sessions on all connections.",
               double(sessions));
    out.metric("syncscope_realms_active", "gauge", "Realms with at least one bound session.",
               double(sessionsByRealm.size()));
    out.metric("syncscope_send_queue_bytes", "gauge",
               "Bytes handed to connections and not yet written to the network.",
               double(queuedBytes));
    out.metric("syncscope_download_queue_bytes", "gauge",
               "History bytes the bound sessions have still to download.", double(behindBytes));
    out.metric("syncscope_connections_accepted_total", "counter",
               "WebSocket connections accepted since start.", double(totals.connectionsAccepted));
    out.metric("syncscope_connections_rejected_total", "counter",
               "Connections refused since start (limits, wrong subprotocol).",
               double(totals.connectionsRejected));
    out.metric("syncscope_upload_changesets_total", "counter",
               "Uploaded changesets integrated since start.", double(totals.changesetsIntegrated));
    out.metric("syncscope_upload_bytes_total", "counter",
               "Bytes of uploaded changesets integrated since start.",
               double(totals.bytesIntegrated));
    out.metric("syncscope_uploads_refused_total", "counter",
               "Uploads answered with an ERROR instead of being stored, since start.",
               double(totals.uploadsRefused));
    out.family("syncscope_errors_sent_total", "counter",
               "ERROR messages sent to clients since start, by protocol error code name.");
    for (auto it = statistics.errorsSent().cbegin(); it != statistics.errorsSent().cend(); ++it)
        out.sample("syncscope_errors_sent_total", double(it.value()),
                   QByteArray("code=\"" + labelValue(protocol::errorCodeName(it.key())) + '"'));
    out.metric("syncscope_websocket_received_bytes_total", "counter",
               "WebSocket message bytes received since start.", double(totals.bytesReceived));
    out.metric("syncscope_websocket_sent_bytes_total", "counter",
               "WebSocket message bytes sent since start.", double(totals.bytesSent));
    out.histogram("syncscope_storage_commit_duration_seconds",
                  "Duration of each group commit (one transaction and fsync).",
                  statistics.commitDuration());
    out.histogram("syncscope_storage_commit_uploads", "Uploads integrated by each group commit.",
                  statistics.commitUploads());
    out.histogram("syncscope_upload_ack_duration_seconds",
                  "From an UPLOAD's arrival to the DOWNLOAD acknowledging it being sent.",
                  statistics.uploadAckLatency());
    if (perRealm) {
        const QMap<QString, RealmStatistics> &realms = statistics.realms();
        const auto perRealmFamily = [&](const QByteArray &name, QByteArrayView help,
                                        const auto &value) {
            out.family(name, "gauge", help);
            for (const RealmStatistics &realm : realms)
                out.sample(name, value(realm),
                           QByteArray("realm=\"" + labelValue(realm.path) + '"'));
        };
        perRealmFamily("syncscope_realm_head_version", "Head (latest server version) of the realm.",
                       [](const RealmStatistics &r) { return double(r.headVersion); });
        perRealmFamily("syncscope_realm_history_bytes", "Changeset bytes stored for the realm.",
                       [](const RealmStatistics &r) { return double(r.historyBytes); });
        perRealmFamily("syncscope_realm_client_files", "Client files allocated for the realm.",
                       [](const RealmStatistics &r) { return double(r.clientFiles); });
        perRealmFamily(
            "syncscope_realm_sessions_active", "Sessions bound to the realm.",
            [&](const RealmStatistics &r) { return double(sessionsByRealm.value(r.path)); });
    }
    return out.take();
}

} // namespace syncscope::server
