// The server's own reading and writing of WebSocket frames around QWebSocket (internal headers):
// FrameMaskGuard takes whole single-frame binary messages ahead of Qt's reader and leaves the
// rest of the stream to it, in order; writeBinaryFrame() writes the frame QWebSocket would.
// The connection is set up as ConnectionGate does it: the guard is attached to the accepted
// socket before QWebSocketServer upgrades it.
//
// Built twice: on Qt's event dispatcher, where the guard takes messages from Qt's buffer, and
// (tst_server_framereading_epoll) on syncscope-server's EpollEventDispatcher, where it takes
// them straight from the kernel before Qt's socket reads.

#include "epolleventdispatcher.h"
#include "framemaskguard.h"
#include "framewriter.h"

#include <syncscope/testsupport/servereventloop.h>

#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QWebSocket>
#include <QWebSocketServer>

#include <array>
#include <memory>

#include <unistd.h>

using namespace syncscope::server;

namespace {

// RFC 6455's example key: a mask that changes every byte it covers, so that a payload read
// without unmasking (or unmasked with the wrong key byte) never compares equal.
constexpr std::array<quint8, 4> kMask{0x37, 0xfa, 0x21, 0x3d};

QByteArray clientFrame(quint8 firstByte, const QByteArray &payload, int lengthBytes = -1)
{
    QByteArray frame;
    frame.append(char(firstByte));
    const quint64 length = quint64(payload.size());
    if (lengthBytes < 0)
        lengthBytes = length < 126 ? 0 : length <= 0xffff ? 2 : 8;
    if (lengthBytes == 0) {
        frame.append(char(0x80 | length));
    } else {
        frame.append(char(0x80 | (lengthBytes == 2 ? 126 : 127)));
        for (int i = lengthBytes - 1; i >= 0; --i)
            frame.append(char(length >> (8 * i)));
    }
    for (const quint8 byte : kMask)
        frame.append(char(byte));
    for (qsizetype i = 0; i < payload.size(); ++i)
        frame.append(char(payload[i] ^ char(kMask[size_t(i % 4)])));
    return frame;
}

bool onEpoll()
{
    return EpollEventDispatcher::of(QThread::currentThread()) != nullptr;
}

QByteArray binary(const QByteArray &payload)
{
    return clientFrame(0x82, payload);
}

QByteArray payloadOf(char fill, qsizetype size)
{
    QByteArray bytes(size, fill);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char(fill + i % 7);
    return bytes;
}

struct Received
{
    QByteArray message;
    bool taken = false; // by the guard, not by QWebSocket
};

// One upgraded connection: the test's side is a raw TCP socket that writes frames by hand.
class Connection
{
public:
    bool open(quint64 takeLimit)
    {
        if (!listener.listen(QHostAddress::LocalHost))
            return false;
        client.connectToHost(QHostAddress::LocalHost, listener.serverPort());
        const QByteArray request =
            "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
            "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
            "Sec-WebSocket-Version: 13\r\n\r\n";
        client.write(request);
        if (!QTest::qWaitFor([&] { return listener.hasPendingConnections(); }, 10000))
            return false;
        transport = listener.nextPendingConnection();
        if (!QTest::qWaitFor([&] { return transport->bytesAvailable() >= request.size(); }, 10000))
            return false;
        FrameMaskGuard::attach(transport, request.size());
        webSockets.handleConnection(transport);
        if (!QTest::qWaitFor([&] { return webSockets.hasPendingConnections(); }, 10000))
            return false;
        socket.reset(webSockets.nextPendingConnection());
        socket->setMaxAllowedIncomingFrameSize(takeLimit);
        socket->setMaxAllowedIncomingMessageSize(takeLimit);
        QObject::connect(socket.get(), &QWebSocket::binaryMessageReceived,
                         [this](const QByteArray &message) {
                             received.append({message, false});
                         });
        QObject::connect(socket.get(), &QWebSocket::textMessageReceived,
                         [this](const QString &text) {
                             received.append({text.toUtf8(), false});
                         });
        guard = FrameMaskGuard::of(transport);
        if (!guard)
            return false;
        guard->start();
        guard->takeMessages(takeLimit, [this](const QByteArray &message) {
            received.append({message, true});
        });
        if (!QTest::qWaitFor([&] { return client.peek(4096).contains("\r\n\r\n"); }, 10000))
            return false;
        return client.readAll().startsWith("HTTP/1.1 101");
    }

    // Writes the stream in pieces of 1, 2, 3, ... bytes, each flushed to the kernel on its own,
    // so that frames and headers are cut everywhere.
    void writeInGrowingPieces(const QByteArray &stream)
    {
        client.setSocketOption(QAbstractSocket::LowDelayOption, 1);
        for (qsizetype at = 0, piece = 1; at < stream.size(); at += piece, ++piece) {
            client.write(stream.mid(at, piece));
            client.flush(); // in the server's socket when this returns (loopback)
            QCoreApplication::processEvents(); // and read by it, mostly in a read of its own
        }
    }

    QList<QByteArray> messages() const
    {
        QList<QByteArray> all;
        for (const Received &one : received)
            all.append(one.message);
        return all;
    }
    int takenCount() const
    {
        return int(std::count_if(received.cbegin(), received.cend(),
                                 [](const Received &one) { return one.taken; }));
    }

    QTcpServer listener;
    QWebSocketServer webSockets{QStringLiteral("tst_framereading"),
                                QWebSocketServer::NonSecureMode};
    QTcpSocket client;
    QPointer<QTcpSocket> transport;
    QPointer<FrameMaskGuard> guard;
    std::unique_ptr<QWebSocket> socket;
    QList<Received> received;
};

} // namespace

class TestFrameReading final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The common case: whole binary messages, one frame each, are read by the guard, unmasked,
    // in order, whether they come in one read or one a read.
    void wholeBinaryMessagesAreTakenAheadOfQt()
    {
        Connection connection;
        QVERIFY(connection.open(1 << 20));
        // 7- and 16-bit lengths, and every size's remainder for the unmasking's tail, in one
        // write that reaches the server in one read.
        QList<QByteArray> sent;
        QByteArray together;
        for (int i = 0; i < 40; ++i) {
            sent.append(payloadOf(char('a' + i % 20), i % 2 ? 126 + i : 1 + i));
            together += binary(sent.last());
        }
        connection.client.write(together);
        QTRY_COMPARE_WITH_TIMEOUT(connection.received.size(), sent.size(), 10000);
        QCOMPARE(connection.messages(), sent);
        QCOMPARE(connection.takenCount(), sent.size());
        QCOMPARE(connection.guard->messagesTaken(), quint64(sent.size()));
        // On syncscope-server's event loop, straight from the kernel; on Qt's, from its buffer.
        QCOMPARE(connection.guard->kernelReads() > 0, onEpoll());

        // 64-bit lengths, one a write: whatever arrives cut is Qt's, the rest the guard's.
        for (int i = 0; i < 4; ++i) {
            sent.append(payloadOf(char('A' + i), 70001 + i));
            connection.client.write(binary(sent.last()));
        }
        QTRY_COMPARE_WITH_TIMEOUT(connection.received.size(), sent.size(), 10000);
        QCOMPARE(connection.messages(), sent);
        QVERIFY(connection.takenCount() > 40);
    }

    // Control frames, fragmented messages, text and frames cut anywhere stay with QWebSocket,
    // and every message reaches the connection in the order it was sent.
    void theRestOfTheStreamStaysWithQtInOrder_data()
    {
        QTest::addColumn<bool>("inPieces");
        QTest::newRow("one write") << false;
        QTest::newRow("pieces of 1, 2, 3, ... bytes") << true;
    }
    void theRestOfTheStreamStaysWithQtInOrder()
    {
        QFETCH(bool, inPieces);
        Connection connection;
        QVERIFY(connection.open(1 << 20));
        QByteArray stream;
        QList<QByteArray> expected;
        const auto message = [&](const QByteArray &bytes) {
            stream += binary(bytes);
            expected.append(bytes);
        };
        message("first");
        stream += clientFrame(0x89, "ping!"); // control: answered by Qt
        message(payloadOf('b', 200));
        stream += clientFrame(0x02, "frag");       // a fragmented message starts,
        stream += clientFrame(0x89, "in between"); // a ping between its frames,
        stream += clientFrame(0x80, "mented");     // and its last frame
        expected.append("fragmented");
        message("after the fragments");
        stream += clientFrame(0x81, "some text"); // text: Qt checks its UTF-8
        expected.append("some text");
        message(payloadOf('c', 70000));
        message("last");
        if (inPieces) {
            connection.writeInGrowingPieces(stream);
        } else {
            connection.client.write(stream);
        }
        QTRY_COMPARE_WITH_TIMEOUT(connection.received.size(), expected.size(), 20000);
        QCOMPARE(connection.messages(), expected);
        // The fragmented message and the text came through Qt, and the two pings were answered.
        QVERIFY(!connection.received[2].taken);
        QVERIFY(!connection.received[4].taken);
        QByteArray answers;
        QTRY_VERIFY_WITH_TIMEOUT(
            (answers += connection.client.readAll(), answers.contains("in between")), 10000);
        QVERIFY(answers.contains(QByteArray("\x8a\x05ping!", 7)));
        if (!inPieces) {
            // In one read, the guard took the first message before Qt read anything.
            QVERIFY(connection.received[0].taken);
        }
        QVERIFY(connection.socket->isValid());
    }

    // A frame the guard must not take is refused by Qt as before: over the limit (1009),
    // reserved bits set or a length not in its shortest form (1002). Nothing of it is taken,
    // and nothing behind it.
    void framesQtRefusesAreLeftToIt_data()
    {
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<int>("closeCode");
        QTest::newRow("over the limit") << binary(payloadOf('x', 1001)) << 1009;
        QTest::newRow("reserved bit") << clientFrame(0xc2, "rsv1") << 1002;
        QTest::newRow("16-bit length under 126") << clientFrame(0x82, "short", 2) << 1002;
        QTest::newRow("64-bit length under 65536") << clientFrame(0x82, "short", 8) << 1002;
    }
    void framesQtRefusesAreLeftToIt()
    {
        QFETCH(QByteArray, frame);
        QFETCH(int, closeCode);
        Connection connection;
        QVERIFY(connection.open(1000));
        connection.client.write(binary("before") + frame + binary("behind"));
        QByteArray answer;
        QTRY_VERIFY_WITH_TIMEOUT((answer += connection.client.readAll(),
                                  answer.size() >= 4 && answer.startsWith('\x88')),
                                 10000);
        QCOMPARE(int((quint8(answer[2]) << 8) | quint8(answer[3])), closeCode);
        QCOMPARE(connection.messages(), QList<QByteArray>{"before"});
        QVERIFY(connection.received[0].taken);
        // Qt 6.4 drops the TCP connection with its close frame: nothing after it is read.
        QTRY_VERIFY_WITH_TIMEOUT(!connection.transport, 10000);
    }

    // More messages than one turn takes from the kernel, and messages bigger than its peek:
    // all of them arrive, in order, the small ones taken by the guard.
    void manyMessagesInOneWriteArriveInOrder()
    {
        Connection connection;
        QVERIFY(connection.open(1 << 20));
        QList<QByteArray> sent;
        QByteArray together;
        for (int i = 0; i < 300; ++i) {
            sent.append(QByteArray::number(i));
            together += binary(sent.last());
        }
        sent.append(payloadOf('z', 20000)); // over a peek's 16 KiB
        together += binary(sent.last());
        sent.append("after the big one");
        together += binary(sent.last());
        connection.client.write(together);
        QTRY_COMPARE_WITH_TIMEOUT(connection.received.size(), sent.size(), 10000);
        QCOMPARE(connection.messages(), sent);
        for (int i = 0; i < 300; ++i)
            QVERIFY2(connection.received[i].taken, qPrintable(QString::number(i)));
        if (onEpoll()) // at most 64 messages a turn
            QVERIFY(connection.guard->kernelReads() >= 5);
    }

    // A message that raises the limit (as an authenticated BIND does) lets the guard take the
    // bigger messages right behind it, read with it.
    void aRaisedLimitAppliesToTheMessagesBehind()
    {
        Connection connection;
        QVERIFY(connection.open(1000));
        FrameMaskGuard::MessageSink sink = [&connection, &sink](const QByteArray &message) {
            connection.received.append({message, true});
            if (message == "raise") {
                connection.socket->setMaxAllowedIncomingFrameSize(1 << 20);
                connection.socket->setMaxAllowedIncomingMessageSize(1 << 20);
                connection.guard->takeMessages(1 << 20, sink);
            }
        };
        connection.guard->takeMessages(1000, sink);
        const QList<QByteArray> sent{"raise", payloadOf('r', 5000), "behind"};
        QByteArray together;
        for (const QByteArray &message : sent)
            together += binary(message);
        connection.client.write(together);
        QTRY_COMPARE_WITH_TIMEOUT(connection.received.size(), sent.size(), 10000);
        QCOMPARE(connection.messages(), sent);
        QCOMPARE(connection.takenCount(), sent.size());
        QVERIFY(connection.socket->isValid());
    }

    // A socket whose reads are throttled below a peek's size (ClientConnection does it to a
    // peer that floods) is read through Qt's socket only, and still in order.
    void aThrottledSocketIsReadThroughQt()
    {
        Connection connection;
        QVERIFY(connection.open(1 << 20));
        connection.transport->setReadBufferSize(1024);
        QList<QByteArray> sent;
        QByteArray together;
        for (int i = 0; i < 100; ++i) {
            sent.append(payloadOf(char('a' + i % 20), 50 + i));
            together += binary(sent.last());
        }
        connection.client.write(together);
        QTRY_COMPARE_WITH_TIMEOUT(connection.received.size(), sent.size(), 10000);
        QCOMPARE(connection.messages(), sent);
        QCOMPARE(connection.guard->kernelReads(), quint64(0));
        QVERIFY(connection.takenCount() > 0); // from Qt's buffer
    }

    // The guard of a closed socket reads nothing of the socket that gets its descriptor's number
    // next: the bytes are that socket's.
    void aClosedConnectionsGuardTakesNothingFromItsSuccessor()
    {
        if (!onEpoll())
            QSKIP("the guard reads descriptors only on syncscope-server's event loop");
        // A guard on a bare socket (no QWebSocket, which would delete the socket on close): it
        // outlives its connection.
        QTcpServer listener;
        QVERIFY(listener.listen(QHostAddress::LocalHost));
        QTcpSocket firstClient;
        firstClient.connectToHost(QHostAddress::LocalHost, listener.serverPort());
        QTRY_VERIFY_WITH_TIMEOUT(listener.hasPendingConnections(), 10000);
        std::unique_ptr<QTcpSocket> first(listener.nextPendingConnection());
        FrameMaskGuard *guard = FrameMaskGuard::attach(first.get(), 0);
        guard->start();
        QList<QByteArray> taken;
        guard->takeMessages(1 << 20, [&](const QByteArray &message) { taken.append(message); });
        firstClient.write(binary("to the first"));
        QTRY_COMPARE_WITH_TIMEOUT(taken.size(), 1, 10000);
        QCOMPARE(guard->kernelReads(), quint64(1));

        // The next connection is given the first one's descriptor number once it is closed, as
        // the kernel gives the lowest free number.
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, listener.serverPort());
        QTRY_VERIFY_WITH_TIMEOUT(listener.hasPendingConnections(), 10000);
        std::unique_ptr<QTcpSocket> accepted(listener.nextPendingConnection());
        const qintptr number = first->socketDescriptor();
        first->abort(); // its descriptor is closed, the socket and its guard stay
        QCOMPARE(::dup2(int(accepted->socketDescriptor()), int(number)), int(number));
        accepted->abort();
        QTcpSocket successor;
        QVERIFY(successor.setSocketDescriptor(number));
        const QByteArray frame = binary("to the successor");
        client.write(frame);
        QTRY_COMPARE_WITH_TIMEOUT(successor.bytesAvailable(), qint64(frame.size()), 10000);
        QCOMPARE(successor.readAll(), frame);
        QCOMPARE(taken.size(), 1);
        QCOMPARE(guard->kernelReads(), quint64(1));
    }

    // What the server writes itself is read by QWebSocket as the same message, at every length
    // form's edges.
    void aServerFrameIsReadByQWebSocket()
    {
        QTcpServer listener;
        QVERIFY(listener.listen(QHostAddress::LocalHost));
        QWebSocketServer webSockets(QStringLiteral("tst_framereading"),
                                    QWebSocketServer::NonSecureMode);
        QPointer<QTcpSocket> transport; // becomes the QWebSocket's, as in ClientConnection
        connect(&listener, &QTcpServer::pendingConnectionAvailable, &webSockets, [&] {
            transport = listener.nextPendingConnection();
            webSockets.handleConnection(transport);
        });
        QWebSocket client;
        QList<QByteArray> received;
        connect(&client, &QWebSocket::binaryMessageReceived,
                [&](const QByteArray &message) { received.append(message); });
        client.open(QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(listener.serverPort())));
        QTRY_VERIFY_WITH_TIMEOUT(webSockets.hasPendingConnections(), 10000);
        std::unique_ptr<QWebSocket> server(webSockets.nextPendingConnection());
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), QAbstractSocket::ConnectedState, 10000);
        QVERIFY(transport);
        QList<QByteArray> sent;
        for (const qsizetype size : {0, 1, 125, 126, 127, 65535, 65536, 300000}) {
            sent.append(payloadOf('m', size));
            QCOMPARE(writeBinaryFrame(*transport, sent.last()), size);
        }
        QTRY_COMPARE_WITH_TIMEOUT(received.size(), sent.size(), 10000);
        QCOMPARE(received, sent);
        QVERIFY(client.isValid());
    }
};

#ifdef SYNCSCOPE_TEST_ON_SERVER_EVENT_LOOP
int main(int argc, char *argv[])
{
    return syncscope::testsupport::execOnServerEventLoop<TestFrameReading>(argc, argv);
}
#else
QTEST_MAIN(TestFrameReading)
#endif
#include "tst_framereading.moc"
