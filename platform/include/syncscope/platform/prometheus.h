#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>
#include <QTcpServer>

#include <functional>

class QTcpSocket;

namespace syncscope::platform {

// A label value of the Prometheus text exposition format (0.0.4): backslash, double quote and
// newline escaped.
QByteArray prometheusLabelValue(const QString &value);

// Writes the Prometheus text exposition format 0.0.4, one metric family after the other.
class PrometheusExposition
{
public:
    // The "# HELP" and "# TYPE" lines that start a family.
    void family(QByteArrayView name, QByteArrayView type, QByteArrayView help);
    // One sample; labels is the text between the braces (`a="x",b="y"`), empty for none.
    void sample(QByteArrayView name, double value, const QByteArray &labels = {});
    // A family of one unlabelled sample.
    void metric(QByteArrayView name, QByteArrayView type, QByteArrayView help, double value);
    // A histogram family: one cumulative `_bucket` per upper bound plus `+Inf`, `_sum`, `_count`.
    void histogram(QByteArrayView name, QByteArrayView help, const QList<double> &upperBounds,
                   const QList<quint64> &cumulativeCounts, quint64 count, double sum);

    QByteArray take() { return std::move(m_text); }

private:
    QByteArray m_text;
};

// A deliberately tiny HTTP/1.x responder for Prometheus scrapes, used by `syncscope-server
// --metrics-listen` and `syncscope --headless --metrics-listen`: GET /metrics is answered with
// whatever render() returns, any other path with 404, any other method with 405, then the
// connection is closed. Everything a peer controls is bounded: the request header (8 KiB, 431
// beyond), the time to send it (5 s) and the requests in progress (16). No keep-alive, no
// bodies, no TLS: keep it on 127.0.0.1, a private network or behind a proxy.
class MetricsHttpEndpoint final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetricsHttpEndpoint)

public:
    using Renderer = std::function<QByteArray()>;

    static constexpr qsizetype kMaxRequestBytes = 8 * 1024;
    static constexpr int kRequestTimeoutMs = 5000;
    static constexpr int kMaxClients = 16;

    explicit MetricsHttpEndpoint(Renderer render, QObject *parent = nullptr);

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

} // namespace syncscope::platform
