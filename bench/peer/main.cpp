// syncscope-bench-peer: the other end of the raw WebSocket baselines, in its own process like
// syncscope-server. Text commands from the client:
//   "sink N"     count N bytes of binary messages from the client, then reply "done"
//   "source N M" send N bytes to the client in binary messages of M bytes
// Ping frames are answered by QWebSocket itself (the round-trip baseline).
#include <QCoreApplication>
#include <QHostAddress>
#include <QTextStream>
#include <QWebSocket>
#include <QWebSocketServer>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

class PeerConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeerConnection)

public:
    explicit PeerConnection(QWebSocket *socket)
        : QObject(socket)
        , m_socket(socket)
    {
        connect(socket, &QWebSocket::textMessageReceived, this, &PeerConnection::command);
        connect(socket, &QWebSocket::binaryMessageReceived, this,
                [this](const QByteArray &message) { received(message.size()); });
        connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
    }

private:
    void command(const QString &text)
    {
        const QStringList words = text.split(u' ');
        if (words.value(0) == "sink"_L1) {
            m_expected = words.value(1).toLongLong();
            m_received = 0;
            received(0);
        } else if (words.value(0) == "source"_L1) {
            const qint64 total = words.value(1).toLongLong();
            const qint64 messageSize = std::max<qint64>(1, words.value(2).toLongLong());
            const QByteArray message(messageSize, 'x');
            for (qint64 sent = 0; sent < total; sent += messageSize)
                m_socket->sendBinaryMessage(
                    sent + messageSize <= total ? message : message.left(total - sent));
        }
    }

    void received(qint64 bytes)
    {
        m_received += bytes;
        if (m_expected > 0 && m_received >= m_expected) {
            m_expected = 0;
            m_socket->sendTextMessage(u"done"_s);
        }
    }

    QWebSocket *m_socket;
    qint64 m_expected = 0;
    qint64 m_received = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QWebSocketServer server(u"syncscope-bench-peer"_s, QWebSocketServer::NonSecureMode);
    if (!server.listen(QHostAddress::LocalHost, 0)) {
        QTextStream(stderr) << server.errorString() << '\n';
        return 1;
    }
    QObject::connect(&server, &QWebSocketServer::newConnection, &server, [&server] {
        while (QWebSocket *socket = server.nextPendingConnection()) {
            socket->setMaxAllowedIncomingFrameSize(64 * 1024 * 1024);
            socket->setMaxAllowedIncomingMessageSize(64 * 1024 * 1024);
            new PeerConnection(socket);
        }
    });
    QTextStream(stdout) << "listening on ws://127.0.0.1:" << server.serverPort() << Qt::endl;
    return app.exec();
}

#include "main.moc"
