// Abandoned TLS handshakes on the wss:// port (issue "the server under attack", point 1). With
// QWebSocketServer's own TLS server, 30 connections closed before their handshakes finished
// left the listener stuck for good. Now the server runs TLS handshakes under its own timer and
// accounting: 100 handshakes aborted in several ways, and a real client still connects.

#include "attackkit.h"
#include "protocolpeer.h"

#include <QProcess>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>

#include <memory>
#include <vector>

using namespace syncscope;
using namespace syncscope::attacks;
using namespace Qt::StringLiterals;
namespace proto = syncscope::protocol;

class TestTlsHandshakes final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_certs;
    QByteArray m_clientHello;

    // A client's first TLS flight, recorded from a QSslSocket talking to a silent listener.
    QByteArray recordClientHello()
    {
        QTcpServer recorder;
        if (!recorder.listen(QHostAddress::LocalHost))
            return {};
        QSslSocket client;
        client.connectToHostEncrypted(u"127.0.0.1"_s, recorder.serverPort());
        if (!recorder.waitForNewConnection(10000))
            return {};
        QTcpSocket *accepted = recorder.nextPendingConnection();
        if (!QTest::qWaitFor([&] { return accepted->bytesAvailable() > 5; }, 10000))
            return {};
        // One TLS record: 5 header bytes and its length.
        const QByteArray head = accepted->peek(5);
        const int length = (quint8(head[3]) << 8) | quint8(head[4]);
        if (!QTest::qWaitFor([&] { return accepted->bytesAvailable() >= 5 + length; }, 10000))
            return {};
        return accepted->read(5 + length);
    }

    // A wss:// client that trusts anything: is the listener still serving?
    bool secureClientIsServed(const QUrl &url)
    {
        reliability::ProtocolPeer peer;
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
        peer.socket.setSslConfiguration(ssl);
        peer.open(url);
        if (!QTest::qWaitFor([&] { return peer.connected || peer.disconnected; }, 30000) ||
            !peer.connected)
            return false;
        peer.send({0, proto::PingMessage{7}});
        return QTest::qWaitFor([&] { return peer.count<proto::PongMessage>(0) == 1; }, 30000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString openssl = QStandardPaths::findExecutable(u"openssl"_s);
        if (openssl.isEmpty())
            QSKIP("the openssl command is needed to make a test certificate");
        QProcess make;
        make.setWorkingDirectory(m_certs.path());
        make.start(openssl,
                   {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                    u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-keyout"_s, u"key.pem"_s,
                    u"-out"_s, u"cert.pem"_s, u"-days"_s, u"2"_s, u"-subj"_s, u"/CN=localhost"_s});
        QVERIFY(make.waitForFinished(30000));
        QCOMPARE(make.exitCode(), 0);
        m_clientHello = recordClientHello();
        QVERIFY(m_clientHello.size() > 50);
    }

    void abandonedHandshakesFreeTheirSlots()
    {
        testsupport::ServerProcess server;
        server.setExtraArguments({u"--tls-cert"_s, m_certs.filePath(u"cert.pem"_s), u"--tls-key"_s,
                                  m_certs.filePath(u"key.pem"_s), u"--handshake-timeout"_s,
                                  u"10"_s});
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        QUrl url = server.url();
        QCOMPARE(url.scheme(), u"wss"_s);
        QVERIFY(secureClientIsServed(url));

        int abandoned = 0;
        const auto openRound = [&](int count) {
            std::vector<std::unique_ptr<QTcpSocket>> sockets;
            for (int i = 0; i < count; ++i) {
                sockets.push_back(std::make_unique<QTcpSocket>());
                sockets.back()->connectToHost(QHostAddress::LocalHost, server.port());
            }
            for (auto &socket : sockets)
                [&] { QTRY_VERIFY(socket->state() == QAbstractSocket::ConnectedState); }();
            return sockets;
        };
        // The server answered the ClientHello: it accepted the connection and is in the
        // middle of the handshake.
        const auto waitForServerHello = [&](std::vector<std::unique_ptr<QTcpSocket>> &sockets) {
            // All at once: each one's handshake timer runs from its accept.
            for (auto &socket : sockets)
                socket->write(m_clientHello);
            // (On a starved machine the server's handshake timer may win; then the slot was
            // freed by the server, which is what counts here.)
            for (auto &socket : sockets) {
                QTRY_VERIFY_WITH_TIMEOUT(socket->bytesAvailable() > 0 ||
                                             socket->state() == QAbstractSocket::UnconnectedState,
                                         30000);
            }
        };

        // 1. Reset (RST-like abort) in the middle of the handshake.
        {
            auto sockets = openRound(25);
            waitForServerHello(sockets);
            for (auto &socket : sockets)
                socket->abort();
            abandoned += 25;
        }
        // 2. A polite FIN in the middle of the handshake.
        {
            auto sockets = openRound(25);
            waitForServerHello(sockets);
            for (auto &socket : sockets)
                socket->disconnectFromHost();
            for (auto &socket : sockets)
                QTRY_VERIFY(socket->state() == QAbstractSocket::UnconnectedState);
            abandoned += 25;
        }
        // 3. Half a ClientHello, then gone.
        {
            auto sockets = openRound(25);
            for (auto &socket : sockets) {
                socket->write(m_clientHello.left(m_clientHello.size() / 2));
                socket->flush();
            }
            for (auto &socket : sockets)
                socket->disconnectFromHost();
            abandoned += 25;
        }
        // 4. Held open past the handshake timeout: the server drops them itself.
        {
            auto sockets = openRound(25);
            waitForServerHello(sockets);
            for (auto &socket : sockets)
                QTRY_VERIFY_WITH_TIMEOUT(socket->state() == QAbstractSocket::UnconnectedState,
                                         30000);
            abandoned += 25;
        }
        QCOMPARE(abandoned, 100);

        // The listener still serves, more than once and more than its old pending maximum.
        for (int i = 0; i < 3; ++i)
            QVERIFY2(secureClientIsServed(url), qPrintable(server.standardError().right(2000)));
        QVERIFY(server.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestTlsHandshakes)
#include "tst_tlshandshakes.moc"
