// The fault proxy must do exactly what the reliability tests rely on, checked here with plain
// sockets: a raw POSIX client tells FIN (EOF) from RST (ECONNRESET), which Qt cannot.

#include "faultproxy.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

#include <arpa/inet.h>
#include <cerrno>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace std::chrono_literals;
using syncscope::reliability::FaultProxy;

namespace {

// The far end of the proxy: records what arrives, optionally echoes it back.
class Upstream final : public QObject
{
public:
    explicit Upstream(bool echo)
        : m_echo(echo)
    {
        connect(&server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                sockets.append(socket);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                    const QByteArray data = socket->readAll();
                    received += data;
                    if (m_echo)
                        socket->write(data);
                });
                connect(socket, &QTcpSocket::disconnected, this, [this] { ++disconnects; });
            }
        });
        server.listen(QHostAddress::LocalHost, 0);
    }
    quint16 port() const { return server.serverPort(); }

    QTcpServer server;
    QList<QTcpSocket *> sockets;
    QByteArray received;
    int disconnects = 0;

private:
    bool m_echo;
};

// A blocking-connect, non-blocking-read POSIX socket: the only way to see RST vs FIN.
class RawClient
{
public:
    enum class Outcome { Open, Eof, Reset, OtherError };

    ~RawClient()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    bool connectTo(quint16 port)
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(port);
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (::connect(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0)
            return false;
        return ::fcntl(m_fd, F_SETFL, ::fcntl(m_fd, F_GETFL) | O_NONBLOCK) == 0;
    }
    bool send(const QByteArray &data)
    {
        return ::send(m_fd, data.constData(), data.size(), MSG_NOSIGNAL) == data.size();
    }
    // Reads what is there; reports how the stream ended, if it did. The kernel reports
    // ECONNRESET only once, so the outcome is latched.
    Outcome poll()
    {
        if (m_outcome != Outcome::Open)
            return m_outcome;
        m_outcome = readOnce();
        return m_outcome;
    }
    QByteArray received;

private:
    Outcome readOnce()
    {
        char buffer[65536];
        for (;;) {
            const ssize_t n = ::recv(m_fd, buffer, sizeof buffer, 0);
            if (n > 0) {
                received.append(buffer, n);
                continue;
            }
            if (n == 0)
                return Outcome::Eof;
            if (errno == EAGAIN || errno == EWOULDBLOCK)
                return Outcome::Open;
            return errno == ECONNRESET ? Outcome::Reset : Outcome::OtherError;
        }
    }
    int m_fd = -1;
    Outcome m_outcome = Outcome::Open;
};

QByteArray randomBytes(qsizetype size)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator generator(42);
    for (char &c : data)
        c = static_cast<char>(generator.bounded(256));
    return data;
}

// A masked client frame (RFC 6455 §5.2) with a 16-bit length when needed.
QByteArray maskedBinaryFrame(const QByteArray &payload)
{
    QByteArray frame;
    frame.append(char(0x82));
    if (payload.size() < 126) {
        frame.append(char(0x80 | payload.size()));
    } else {
        frame.append(char(0x80 | 126));
        frame.append(char((payload.size() >> 8) & 0xff));
        frame.append(char(payload.size() & 0xff));
    }
    const char mask[4] = {1, 2, 3, 4};
    frame.append(mask, 4);
    for (qsizetype i = 0; i < payload.size(); ++i)
        frame.append(char(payload[i] ^ mask[i % 4]));
    return frame;
}

} // namespace

class TestFaultProxy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passForwardsBothWaysIntact()
    {
        Upstream upstream(true);
        FaultProxy proxy;
        QVERIFY(proxy.start(upstream.port()));
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, proxy.port());
        QVERIFY(client.waitForConnected(5000));
        const QByteArray data = randomBytes(256 * 1024);
        client.write(data);
        QByteArray echoed;
        connect(&client, &QTcpSocket::readyRead, this, [&] { echoed += client.readAll(); });
        QTRY_COMPARE_WITH_TIMEOUT(echoed.size(), data.size(), 10000);
        QCOMPARE(echoed, data);
        QCOMPARE(upstream.received, data);
        QCOMPARE(proxy.bytesForwarded(FaultProxy::Direction::ClientToServer), data.size());
        QCOMPARE(proxy.bytesForwarded(FaultProxy::Direction::ServerToClient), data.size());
        QCOMPARE(proxy.openConnections(), 1);
        client.disconnectFromHost();
        QTRY_COMPARE(proxy.openConnections(), 0);
        QTRY_COMPARE(upstream.disconnects, 1);
    }

    void delayAddsLatencyAndKeepsOrder()
    {
        Upstream upstream(true);
        FaultProxy proxy;
        QVERIFY(proxy.start(upstream.port()));
        proxy.setDelay(150ms);
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, proxy.port());
        QVERIFY(client.waitForConnected(5000));
        QByteArray echoed;
        connect(&client, &QTcpSocket::readyRead, this, [&] { echoed += client.readAll(); });
        QElapsedTimer timer;
        timer.start();
        QByteArray expected;
        for (int i = 0; i < 20; ++i) {
            const QByteArray piece = QByteArray::number(i) + ';';
            expected += piece;
            client.write(piece);
            client.flush();
        }
        QTRY_COMPARE_WITH_TIMEOUT(echoed.size(), expected.size(), 5000);
        QCOMPARE(echoed, expected);
        QVERIFY2(timer.elapsed() >= 300, qPrintable(QString::number(timer.elapsed())));
    }

    void throttleLimitsBandwidth()
    {
        Upstream upstream(false);
        FaultProxy proxy;
        QVERIFY(proxy.start(upstream.port()));
        proxy.setThrottle(100'000);
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, proxy.port());
        QVERIFY(client.waitForConnected(5000));
        const QByteArray data = randomBytes(60'000);
        QElapsedTimer timer;
        timer.start();
        client.write(data);
        QTRY_COMPARE_WITH_TIMEOUT(upstream.received.size(), data.size(), 10000);
        QCOMPARE(upstream.received, data);
        // 60 kB at 100 kB/s with a 2 kB burst: at least ~0.58 s.
        QVERIFY2(timer.elapsed() >= 500, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    }

    // Regression: the bandwidth bucket went negative while unthrottled, and a throttle
    // switched on later spun pump() forever (found by the chaos run).
    void throttleSwitchedOnAfterTrafficStillFlows()
    {
        Upstream upstream(false);
        FaultProxy proxy;
        QVERIFY(proxy.start(upstream.port()));
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, proxy.port());
        QVERIFY(client.waitForConnected(5000));
        const QByteArray first = randomBytes(300'000);
        client.write(first);
        QTRY_COMPARE_WITH_TIMEOUT(upstream.received.size(), first.size(), 10000);
        proxy.setThrottle(200'000);
        const QByteArray second = randomBytes(40'000);
        QElapsedTimer timer;
        timer.start();
        client.write(second);
        QTRY_COMPARE_WITH_TIMEOUT(upstream.received.size(), first.size() + second.size(), 10000);
        QCOMPARE(upstream.received, first + second);
        QVERIFY2(timer.elapsed() >= 150, qPrintable(QString::number(timer.elapsed())));
    }

    void blackholeForwardsNothingButKeepsSocketsOpen()
    {
        Upstream upstream(true);
        FaultProxy proxy;
        QVERIFY(proxy.start(upstream.port()));
        RawClient client;
        QVERIFY(client.connectTo(proxy.port()));
        QTRY_COMPARE(upstream.sockets.size(), 1);
        proxy.setBlackhole(true);
        QVERIFY(client.send("hello"));
        QSignalSpy arrived(upstream.sockets.first(), &QTcpSocket::readyRead);
        QVERIFY(!arrived.wait(300));
        QVERIFY(upstream.received.isEmpty());
        QCOMPARE(client.poll(), RawClient::Outcome::Open);
        QCOMPARE(upstream.sockets.first()->state(), QAbstractSocket::ConnectedState);

        // Healing resets the connection whose bytes were swallowed, then forwards again.
        proxy.setBlackhole(false);
        QTRY_COMPARE(client.poll(), RawClient::Outcome::Reset);
        QTRY_COMPARE(upstream.disconnects, 1);
        RawClient second;
        QVERIFY(second.connectTo(proxy.port()));
        QVERIFY(second.send("again"));
        QTRY_COMPARE(upstream.received, QByteArray("again"));
        QTRY_VERIFY(second.poll() == RawClient::Outcome::Open && second.received == "again");
    }

    void blackholeSwallowsTheClose()
    {
        Upstream upstream(false);
        FaultProxy proxy;
        QVERIFY(proxy.start(upstream.port()));
        {
            RawClient client;
            QVERIFY(client.connectTo(proxy.port()));
            QTRY_COMPARE(upstream.sockets.size(), 1);
            proxy.setBlackhole(true);
        } // FIN from the client
        QSignalSpy gone(upstream.sockets.first(), &QTcpSocket::disconnected);
        QVERIFY(!gone.wait(300));
        proxy.pass();
        QTRY_COMPARE(upstream.disconnects, 1);
        QTRY_COMPARE(proxy.openConnections(), 0);
    }

    void closeConnectionsSendsFin()
    {
        Upstream upstream(false);
        FaultProxy proxy;
        QVERIFY(proxy.start(upstream.port()));
        RawClient client;
        QVERIFY(client.connectTo(proxy.port()));
        QTRY_COMPARE(upstream.sockets.size(), 1);
        proxy.closeConnections();
        QTRY_COMPARE(client.poll(), RawClient::Outcome::Eof);
        QTRY_COMPARE(upstream.disconnects, 1);
    }

    void resetConnectionsSendsRst()
    {
        Upstream upstream(false);
        FaultProxy proxy;
        QVERIFY(proxy.start(upstream.port()));
        RawClient client;
        QVERIFY(client.connectTo(proxy.port()));
        QTRY_COMPARE(upstream.sockets.size(), 1);
        proxy.resetConnections();
        QTRY_COMPARE(client.poll(), RawClient::Outcome::Reset);
        QTRY_COMPARE(upstream.disconnects, 1);
        QTRY_COMPARE(proxy.openConnections(), 0);
    }

    void cutAfterBytesDeliversExactlyThatMany()
    {
        Upstream upstream(false);
        FaultProxy proxy;
        QVERIFY(proxy.start(upstream.port()));
        RawClient client;
        QVERIFY(client.connectTo(proxy.port()));
        QTRY_COMPARE(upstream.sockets.size(), 1);
        proxy.cutAfterBytes(FaultProxy::Direction::ClientToServer, 1000);
        const QByteArray data = randomBytes(10'000);
        QVERIFY(client.send(data));
        QTRY_COMPARE(upstream.disconnects, 1);
        QCOMPARE(upstream.received, data.left(1000));
        QTRY_COMPARE(client.poll(), RawClient::Outcome::Reset);
        QCOMPARE(proxy.cutsPerformed(), 1);
    }

    void cutInsideNextFrameStopsHalfwayThroughThePayload()
    {
        Upstream upstream(false);
        FaultProxy proxy;
        QVERIFY(proxy.start(upstream.port()));
        proxy.cutInsideNextFrame(FaultProxy::Direction::ClientToServer, 100);
        RawClient client;
        QVERIFY(client.connectTo(proxy.port()));
        const QByteArray handshake = "GET / HTTP/1.1\r\nHost: x\r\n\r\n";
        const QByteArray small = maskedBinaryFrame(randomBytes(10));
        const QByteArray big = maskedBinaryFrame(randomBytes(1000));
        QVERIFY(client.send(handshake + small + big));
        QTRY_COMPARE(upstream.disconnects, 1);
        // Header of the big frame: 2 + 2 (length) + 4 (mask) bytes, then half of 1000.
        QCOMPARE(upstream.received, handshake + small + big.left(8 + 500));
        QTRY_COMPARE(client.poll(), RawClient::Outcome::Reset);
        QCOMPARE(proxy.cutsPerformed(), 1);
    }

    void cutInsideARealWebSocketMessage()
    {
        QWebSocketServer server(QStringLiteral("t"), QWebSocketServer::NonSecureMode);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        int messages = 0;
        QList<QWebSocket *> serverSockets;
        connect(&server, &QWebSocketServer::newConnection, this, [&] {
            QWebSocket *socket = server.nextPendingConnection();
            serverSockets.append(socket);
            connect(socket, &QWebSocket::binaryMessageReceived, this, [&] { ++messages; });
        });
        FaultProxy proxy;
        QVERIFY(proxy.start(server.serverPort()));
        QWebSocket client;
        QSignalSpy connected(&client, &QWebSocket::connected);
        QSignalSpy disconnected(&client, &QWebSocket::disconnected);
        client.open(proxy.url());
        QVERIFY(connected.wait(5000));
        client.sendBinaryMessage("small");
        QTRY_COMPARE(messages, 1);
        proxy.cutInsideNextFrame(FaultProxy::Direction::ClientToServer, 50'000);
        client.sendBinaryMessage(randomBytes(100'000));
        QVERIFY(disconnected.wait(5000));
        QCOMPARE(proxy.cutsPerformed(), 1);
        QTRY_COMPARE(serverSockets.first()->state(), QAbstractSocket::UnconnectedState);
        QCOMPARE(messages, 1); // the half message never surfaced
        // Note (issue 7): QWebSocket may still report close code 1000 after a reset.
        qDeleteAll(serverSockets);
    }

    void refusedConnectionsAreReset()
    {
        Upstream upstream(false);
        FaultProxy proxy;
        QVERIFY(proxy.start(upstream.port()));
        proxy.setRefuseConnections(true);
        RawClient client;
        QVERIFY(client.connectTo(proxy.port()));
        QTRY_COMPARE(client.poll(), RawClient::Outcome::Reset);
        QCOMPARE(upstream.sockets.size(), 0);
        proxy.pass();
        RawClient second;
        QVERIFY(second.connectTo(proxy.port()));
        QTRY_COMPARE(upstream.sockets.size(), 1);
    }

    void unreachableUpstreamResetsTheClient()
    {
        quint16 deadPort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            deadPort = probe.serverPort();
        }
        FaultProxy proxy;
        QVERIFY(proxy.start(deadPort));
        RawClient client;
        QVERIFY(client.connectTo(proxy.port()));
        QTRY_COMPARE(client.poll(), RawClient::Outcome::Reset);
        QTRY_COMPARE(proxy.openConnections(), 0);
    }
};

QTEST_GUILESS_MAIN(TestFaultProxy)
#include "tst_faultproxy.moc"
