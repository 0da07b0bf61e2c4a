#include "demo/slowlinkproxy.h"

#include "monitor/logging.h"

#include <QTcpSocket>

namespace syncscope::monitor {

namespace {
constexpr int kTicksPerSecond = 20;
constexpr qint64 kUpstreamBuffer = 64 * 1024; // what Qt may hold from the server per link
} // namespace

SlowLinkProxy::SlowLinkProxy(quint16 targetPort, qint64 bytesPerSecond, QObject *parent)
    : QObject(parent)
    , m_targetPort(targetPort)
{
    setBytesPerSecond(bytesPerSecond);
    connect(&m_server, &QTcpServer::newConnection, this, &SlowLinkProxy::onNewConnection);
    m_tick.setInterval(1000 / kTicksPerSecond);
    connect(&m_tick, &QTimer::timeout, this, &SlowLinkProxy::pump);
}

void SlowLinkProxy::setBytesPerSecond(qint64 bytesPerSecond)
{
    m_bytesPerTick = bytesPerSecond <= 0 ? 0 : qMax<qint64>(1, bytesPerSecond / kTicksPerSecond);
}

SlowLinkProxy::~SlowLinkProxy()
{
    for (const Link &link : std::as_const(m_links)) {
        delete link.client;
        delete link.upstream;
    }
}

bool SlowLinkProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void SlowLinkProxy::onNewConnection()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        auto *upstream = new QTcpSocket(this);
        client->setParent(this);
        upstream->setReadBufferSize(kUpstreamBuffer);
        // Client to server: unthrottled, as an upload over an asymmetric line.
        connect(client, &QTcpSocket::readyRead, upstream, [client, upstream] {
            if (upstream->state() == QAbstractSocket::ConnectedState)
                upstream->write(client->readAll());
        });
        connect(upstream, &QTcpSocket::connected, upstream,
                [client, upstream] { upstream->write(client->readAll()); });
        auto closeBoth = [client, upstream] {
            client->disconnectFromHost();
            upstream->disconnectFromHost();
        };
        connect(client, &QTcpSocket::disconnected, upstream, closeBoth);
        connect(upstream, &QTcpSocket::disconnected, client, [client, upstream] {
            // Deliver what is left before closing towards the client.
            if (upstream->bytesAvailable() == 0)
                client->disconnectFromHost();
        });
        connect(client, &QTcpSocket::errorOccurred, upstream, closeBoth);
        connect(upstream, &QTcpSocket::errorOccurred, client, closeBoth);
        upstream->connectToHost(QHostAddress::LocalHost, m_targetPort);
        m_links.append(Link{client, upstream});
    }
    if (!m_tick.isActive())
        m_tick.start();
}

void SlowLinkProxy::pump()
{
    // Server to client: at most m_bytesPerTick per tick, shared among the links.
    qint64 budget = m_bytesPerTick;
    for (qsizetype i = 0; i < m_links.size();) {
        Link &link = m_links[i];
        if (!link.client || !link.upstream ||
            (link.client->state() == QAbstractSocket::UnconnectedState &&
             link.upstream->state() == QAbstractSocket::UnconnectedState)) {
            if (link.client)
                link.client->deleteLater();
            if (link.upstream)
                link.upstream->deleteLater();
            m_links.removeAt(i);
            continue;
        }
        if (budget > 0 && link.upstream->bytesAvailable() > 0) {
            const QByteArray chunk = link.upstream->read(budget);
            budget -= chunk.size();
            link.client->write(chunk);
            if (link.upstream->state() == QAbstractSocket::UnconnectedState &&
                link.upstream->bytesAvailable() == 0)
                link.client->disconnectFromHost();
        }
        ++i;
    }
    if (m_links.isEmpty())
        m_tick.stop();
}

} // namespace syncscope::monitor
