#pragma once

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTimer>

class QTcpSocket;

namespace syncscope::monitor {

// A loopback TCP relay that limits the bytes flowing from the server to the client, so the
// demo's large realm downloads over seconds, as over a real link, instead of in a blink over
// loopback. Back-pressure is TCP's own: the relay reads from the server only what it may send.
class SlowLinkProxy final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SlowLinkProxy)

public:
    SlowLinkProxy(quint16 targetPort, qint64 bytesPerSecond, QObject *parent = nullptr);
    ~SlowLinkProxy() override;

    bool listen(); // on 127.0.0.1, a free port
    // 0 holds everything back while the connections stay open (a stalled link).
    void setBytesPerSecond(qint64 bytesPerSecond);
    quint16 port() const { return m_server.serverPort(); }

private:
    struct Link
    {
        QPointer<QTcpSocket> client;
        QPointer<QTcpSocket> upstream;
    };
    void onNewConnection();
    void pump();

    QTcpServer m_server;
    quint16 m_targetPort;
    qint64 m_bytesPerTick = 0;
    QTimer m_tick;
    QList<Link> m_links;
};

} // namespace syncscope::monitor
