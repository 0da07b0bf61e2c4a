// The rest of the adversary round (issue "the server under attack", points 6 and 11 to 14):
// per-address connection limits and a bind deadline; log injection through token fields;
// only canonical base64url signatures; non-HTTP bytes answered with 400 at once; a
// configurable listen backlog; repeated refusals that do not flood the log; and close code
// 1009 that reaches the client.

#include "attackkit.h"
#include "protocolpeer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include <memory>
#include <vector>

using namespace syncscope;
using namespace syncscope::attacks;
using namespace syncscope::reliability;
using namespace Qt::StringLiterals;
namespace proto = syncscope::protocol;

namespace {

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString craftToken(const QJsonObject &header, const QString &user, const QByteArray &key)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QJsonObject payload{{u"sub"_s, user},
                              {u"iat"_s, now - 10},
                              {u"exp"_s, now + 3600},
                              {u"realms"_s, QJsonArray{u"/rel/*"_s}}};
    const QByteArray input = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
                             base64Url(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    return QString::fromLatin1(
        input + '.' +
        base64Url(QMessageAuthenticationCode::hash(input, key, QCryptographicHash::Sha256)));
}

} // namespace

class TestPeerAbuse final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<testsupport::ServerProcess> server;

    bool startServer(const QStringList &arguments = {})
    {
        server = std::make_unique<testsupport::ServerProcess>();
        server->setExtraArguments(arguments);
        if (!server->start()) {
            qWarning() << server->errorString();
            return false;
        }
        return true;
    }

private Q_SLOTS:
    void cleanup() { server.reset(); }

    // Point 13: anything but an HTTP GET is answered with 400 and closed at once, not held
    // for the 10 s handshake timeout.
    void nonHttpBytesGet400AtOnce()
    {
        QVERIFY(startServer());
        QTcpSocket raw;
        raw.connectToHost(QHostAddress::LocalHost, server->port());
        QVERIFY(raw.waitForConnected(10000));
        raw.write(QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03 random bytes", 24));
        QTRY_VERIFY_WITH_TIMEOUT(raw.state() == QAbstractSocket::UnconnectedState, 5000);
        QVERIFY(raw.readAll().startsWith("HTTP/1.1 400"));
        QTRY_VERIFY(server->standardError().contains(u"not an HTTP GET"_s));
    }

    // Point 13: the listen backlog is an option, 1024 by default (Qt's own is 50).
    void listenBacklogIsConfigurable()
    {
        const auto backlog = [this]() -> int {
            QProcess ss;
            ss.start(u"ss"_s, {u"-ltnH"_s, u"sport = :%1"_s.arg(server->port())});
            if (!ss.waitForFinished(10000) || ss.exitCode() != 0)
                return -1;
            // State Recv-Q Send-Q ...: for a listening socket Send-Q is the backlog.
            const QStringList columns =
                QString::fromLocal8Bit(ss.readAllStandardOutput())
                    .split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts);
            return columns.size() > 2 ? columns.at(2).toInt() : -1;
        };
        QFile somaxconnFile(u"/proc/sys/net/core/somaxconn"_s);
        if (QStandardPaths::findExecutable(u"ss"_s).isEmpty() ||
            !somaxconnFile.open(QIODevice::ReadOnly))
            QSKIP("needs ss and /proc/sys/net/core/somaxconn");
        const int somaxconn = somaxconnFile.readAll().trimmed().toInt();
        QVERIFY(startServer());
        QCOMPARE(backlog(), std::min(1024, somaxconn));
        QVERIFY(startServer({u"--listen-backlog"_s, u"300"_s}));
        QCOMPARE(backlog(), std::min(300, somaxconn));
    }

    // Point 13: 300 refused BINDs write a handful of log lines, not 300.
    void repeatedRefusalsAreRateLimitedInTheLog()
    {
        QVERIFY(startServer());
        ProtocolPeer peer;
        peer.open(server->url());
        QTRY_VERIFY(peer.connected);
        const QString forged = craftToken({{u"alg"_s, u"HS256"_s}}, u"mallory"_s, "wrong key");
        for (quint32 id = 1; id <= 300; ++id)
            peer.bind(id, u"/rel/x"_s, forged);
        QTRY_COMPARE_WITH_TIMEOUT(peer.errors(300).size(), 1, 30000);
        QCOMPARE(peer.count<proto::ErrorMessage>(150), 1);
        QTRY_VERIFY(server->standardError().contains(u"refused"_s));
        const int lines = int(server->standardError().count(u"signature"_s));
        qInfo() << "300 refused BINDs wrote" << lines << "log lines about the signature";
        QVERIFY(lines >= 1);
        QVERIFY(lines <= 20);
    }

    // Point 11: a token whose alg holds a newline cannot forge a log line.
    void peerTextIsEscapedInTheLog()
    {
        QVERIFY(startServer());
        ProtocolPeer peer;
        peer.open(server->url());
        QTRY_VERIFY(peer.connected);
        const QString forged =
            craftToken({{u"alg"_s, u"none\nsyncscope.server: FORGED admin logged in"_s}},
                       u"mallory"_s, server->secret());
        peer.bind(1, u"/rel/x"_s, forged);
        QTRY_VERIFY(peer.hasError(1, proto::ErrorCode::BadAuthentication));
        QTRY_VERIFY(server->standardError().contains(u"FORGED"_s));
        QVERIFY2(!server->standardError().contains(u"\nsyncscope.server: FORGED"_s),
                 qPrintable(server->standardError()));
        QVERIFY(server->standardError().contains(u"\\x0asyncscope.server: FORGED"_s));
    }

    // Point 12: of all the variants of a signature's last character, and one with '='
    // appended, only the canonical encoding verifies.
    void onlyTheCanonicalSignatureVerifies()
    {
        QVERIFY(startServer());
        const QString good = craftToken({{u"alg"_s, u"HS256"_s}, {u"typ"_s, u"JWT"_s}}, u"alice"_s,
                                        server->secret());
        QStringList variants;
        const QString alphabet =
            u"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"_s;
        for (const QChar c : alphabet)
            variants.append(good.left(good.size() - 1) + c);
        variants.append(good + u'=');
        ProtocolPeer peer;
        peer.open(server->url());
        QTRY_VERIFY(peer.connected);
        for (int i = 0; i < variants.size(); ++i)
            peer.bind(quint32(i + 1), u"/rel/canon%1"_s.arg(i), variants.at(i));
        const auto answered = [&] {
            int n = 0;
            for (int i = 0; i < variants.size(); ++i)
                n += peer.count<proto::ServerIdentMessage>(quint32(i + 1)) +
                     peer.count<proto::ErrorMessage>(quint32(i + 1));
            return n;
        };
        QTRY_COMPARE_WITH_TIMEOUT(answered(), int(variants.size()), 30000);
        QStringList accepted;
        for (int i = 0; i < variants.size(); ++i) {
            if (peer.count<proto::ServerIdentMessage>(quint32(i + 1)) == 1)
                accepted.append(variants.at(i).right(2));
        }
        QCOMPARE(accepted, QStringList{good.right(2)});
    }

    // Point 13: RFC 6455 (section 5.1) requires the server to close the connection on an
    // unmasked client frame. Qt 6.4's QWebSocket does not check the mask bit; the server's
    // FrameMaskGuard reads along and closes with 1002 before Qt parses the frame.
    void unmaskedClientFramesAreRefused()
    {
        QVERIFY(startServer());
        RawPeer raw;
        QVERIFY(raw.upgrade(server->port()));
        raw.socket.write(
            webSocketFrame(0x2, proto::encode({0, proto::PingMessage{5}}), true, false));
        QByteArray answer;
        QTRY_VERIFY_WITH_TIMEOUT((answer += raw.socket.readAll(), !raw.isOpen()), 20000);
        answer += raw.socket.readAll();
        // A close frame with 1002 (0x03ea), and no PONG: the frame was never answered.
        QVERIFY2(answer.startsWith(QByteArray("\x88", 1)), answer.toHex().constData());
        QCOMPARE(answer.mid(2, 2), QByteArray("\x03\xea", 2));
        QVERIFY(!answer.contains(QByteArray("\x82", 1)));
    }

    // Point 13: the guard follows frame boundaries however the bytes are split, through
    // 7- and 16-bit lengths, control frames and fragmented messages, so masked frames are
    // never mistaken for unmasked ones; the unmasked frame after them is still found.
    void frameBoundariesAreFollowedAcrossSplits()
    {
        QVERIFY(startServer());
        RawPeer raw;
        QVERIFY(raw.upgrade(server->port()));
        raw.socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
        const QByteArray ping = proto::encode({0, proto::PingMessage{7}});
        QByteArray stream;
        stream += webSocketFrame(0x9, QByteArray(125, 'p')); // control ping
        stream += binaryFrame({1, proto::BindMessage{u"/r"_s, QString(2000, u'x'), true}});
        stream += webSocketFrame(0x2, ping.left(3), false); // fragmented
        stream += webSocketFrame(0x0, ping.mid(3), true);   // message
        stream += binaryFrame({0, proto::PingMessage{9}});
        // In pieces of 1, 2, 3, ... bytes, each flushed on its own.
        for (qsizetype at = 0, piece = 1; at < stream.size(); at += piece, ++piece) {
            raw.socket.write(stream.mid(at, piece));
            raw.socket.flush();
        }
        const QByteArray pong9 =
            webSocketFrame(0x2, proto::encode({0, proto::PongMessage{9}}), true, false);
        const QByteArray pong7 =
            webSocketFrame(0x2, proto::encode({0, proto::PongMessage{7}}), true, false);
        QByteArray answer;
        QTRY_VERIFY_WITH_TIMEOUT((answer += raw.socket.readAll(), answer.contains(pong9)), 20000);
        QVERIFY(answer.contains(pong7));
        QVERIFY(answer.contains(QByteArray(QByteArray("\x8a\x7d", 2) + QByteArray(125, 'p'))));
        QVERIFY(raw.isOpen());

        // Now an unmasked one, also split: closed with 1002, and its PING is not answered.
        const QByteArray unmasked =
            webSocketFrame(0x2, proto::encode({0, proto::PingMessage{11}}), true, false);
        for (const char byte : unmasked) {
            raw.socket.write(&byte, 1);
            raw.socket.flush();
        }
        answer.clear();
        QTRY_VERIFY_WITH_TIMEOUT((answer += raw.socket.readAll(), !raw.isOpen()), 20000);
        answer += raw.socket.readAll();
        QVERIFY2(answer.startsWith(QByteArray("\x88", 1)), answer.toHex().constData());
        QCOMPARE(answer.mid(2, 2), QByteArray("\x03\xea", 2));
    }

    // Point 13: a peer that writes frames right behind its upgrade request, before the 101
    // (as the ping flood of tst_hostileclient does), has them in the server's buffer while Qt
    // upgrades the connection, and Qt reads some of them then. The guard follows the stream
    // from the end of the request, not from wherever Qt stopped reading: a masked frame cut
    // in the middle is not mistaken for an unmasked one (it was closed with 1002 before).
    void framesSentWithTheUpgradeRequestAreFollowed()
    {
        QVERIFY(startServer());
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, server->port());
        QVERIFY(socket.waitForConnected(10000));
        const QByteArray cut = binaryFrame({0, proto::PingMessage{4}});
        socket.write(upgradeRequest() + binaryFrame({0, proto::PingMessage{3}}) +
                     cut.first(cut.size() - 1));
        QTRY_VERIFY_WITH_TIMEOUT(socket.peek(socket.bytesAvailable()).contains("\r\n\r\n") ||
                                     socket.state() != QAbstractSocket::ConnectedState,
                                 20000);
        QVERIFY(socket.readAll().startsWith("HTTP/1.1 101"));
        socket.write(cut.last(1) + binaryFrame({0, proto::PingMessage{5}}));
        const QByteArray pong5 =
            webSocketFrame(0x2, proto::encode({0, proto::PongMessage{5}}), true, false);
        QByteArray answer;
        QTRY_VERIFY_WITH_TIMEOUT(
            (answer += socket.readAll(), answer.contains(pong5) || answer.startsWith('\x88')),
            20000);
        QVERIFY2(answer.contains(pong5), answer.toHex().constData());
        QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
    }

    // Point 13: an unmasked frame that arrives together with the upgrade request is refused
    // too, although Qt may have read it before the connection reached the server's code.
    void unmaskedFrameWithTheUpgradeRequestIsRefused()
    {
        QVERIFY(startServer());
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, server->port());
        QVERIFY(socket.waitForConnected(10000));
        socket.write(upgradeRequest() + binaryFrame({0, proto::PingMessage{3}}) +
                     webSocketFrame(0x2, proto::encode({0, proto::PingMessage{4}}), true, false));
        QByteArray answer;
        QTRY_VERIFY_WITH_TIMEOUT(
            (answer += socket.readAll(), socket.state() != QAbstractSocket::ConnectedState), 20000);
        answer += socket.readAll();
        const qsizetype frames = answer.indexOf("\r\n\r\n") + 4;
        QVERIFY2(answer.startsWith("HTTP/1.1 101") && frames >= 4, answer.constData());
        // The close frame with 1002 and no PONG for the unmasked PING.
        QVERIFY2(answer.mid(frames).contains(QByteArray("\x88", 1)), answer.toHex().constData());
        const qsizetype close = answer.indexOf(QByteArray("\x88", 1), frames);
        QCOMPARE(answer.mid(close + 2, 2), QByteArray("\x03\xea", 2));
        QVERIFY(!answer.contains(
            webSocketFrame(0x2, proto::encode({0, proto::PongMessage{4}}), true, false)));
    }

    // Point 6: connections from one address are capped; the rest get a clear, retryable
    // refusal.
    void connectionsPerAddressAreCapped()
    {
        QVERIFY(startServer({u"--max-connections-per-address"_s, u"3"_s}));
        std::vector<std::unique_ptr<ProtocolPeer>> peers;
        for (int i = 0; i < 5; ++i) {
            peers.push_back(std::make_unique<ProtocolPeer>());
            peers.back()->open(server->url());
        }
        const auto settled = [&] {
            int open = 0, refused = 0;
            for (const auto &peer : peers) {
                open += peer->connected && !peer->disconnected;
                refused += peer->disconnected;
            }
            return std::pair{open, refused};
        };
        QTRY_COMPARE_WITH_TIMEOUT(settled().first + settled().second, 5, 20000);
        QCOMPARE(settled().first, 3);
        for (const auto &peer : peers) {
            if (peer->disconnected) {
                QVERIFY(peer->hasError(0, proto::ErrorCode::ConnectionClosed));
                QVERIFY(peer->errors(0).constFirst().tryAgain);
                QCOMPARE(peer->closeCode, QWebSocketProtocol::CloseCodePolicyViolated);
            }
        }
    }

    // Point 6: a connection that binds nothing is closed after the bind deadline, even if it
    // keeps pinging (which renews the idle timeout, not this one).
    void connectionThatNeverBindsIsClosed()
    {
        QVERIFY(startServer({u"--bind-timeout"_s, u"1"_s}));
        ProtocolPeer pinger;
        pinger.open(server->url());
        ProtocolPeer bound;
        bound.open(server->url());
        QTRY_VERIFY(pinger.connected && bound.connected);
        bound.bind(1, u"/rel/bound"_s, server->mintToken(u"alice"_s, {u"/rel/*"_s}));
        QTRY_COMPARE(bound.count<proto::ServerIdentMessage>(1), 1);
        qint64 ping = 0;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                pinger.send({0, proto::PingMessage{++ping}});
                return pinger.disconnected;
            }(),
            20000);
        QCOMPARE(pinger.closeCode, QWebSocketProtocol::CloseCodePolicyViolated);
        QCOMPARE(pinger.socket.closeReason(), u"bind timeout"_s);
        QVERIFY(!bound.disconnected);
        bound.send({0, proto::PingMessage{1}});
        QTRY_COMPARE(bound.count<proto::PongMessage>(0), 1);
    }

    // Point 14: a message over --max-message-size is answered with close code 1009, and the
    // client sees it (it used to see 1006 most of the time: the server reset the connection
    // while the rest of the message was still arriving).
    void oversizedMessageCloseCodeArrives()
    {
        QVERIFY(startServer({u"--max-message-size"_s, u"65536"_s}));
        const QString token = server->mintToken(u"alice"_s, {u"/rel/*"_s});
        int closedWith1009 = 0;
        QList<int> codes;
        for (int i = 0; i < 10; ++i) {
            ProtocolPeer peer;
            peer.open(server->url());
            QTRY_VERIFY(peer.connected);
            peer.bind(1, u"/rel/big"_s, token);
            QTRY_COMPARE(peer.count<proto::ServerIdentMessage>(1), 1);
            peer.socket.sendBinaryMessage(QByteArray(4 * 1024 * 1024, 'x'));
            QTRY_VERIFY_WITH_TIMEOUT(peer.disconnected, 20000);
            codes.append(int(peer.closeCode));
            closedWith1009 += peer.closeCode == QWebSocketProtocol::CloseCodeTooMuchData;
        }
        qInfo() << "close codes seen:" << codes;
        QCOMPARE(closedWith1009, 10);

        // A peer that streams one frame of 16 MiB as fast as it can, as other WebSocket
        // libraries do: the close frame must still reach it before the connection ends.
        int rawCloseFrames = 0;
        for (int i = 0; i < 10; ++i) {
            RawPeer raw;
            QVERIFY(raw.upgrade(server->port()));
            raw.socket.write(webSocketFrame(0x2, {}, true, true, 16 * 1024 * 1024));
            const QByteArray chunk(256 * 1024, 'y');
            QByteArray received;
            for (int sent = 0; sent < 64 && raw.isOpen(); ++sent) {
                raw.socket.write(chunk);
                raw.socket.waitForBytesWritten(100);
                received += raw.socket.readAll();
            }
            QTRY_VERIFY_WITH_TIMEOUT(
                [&] {
                    received += raw.socket.readAll();
                    return !raw.isOpen();
                }(),
                20000);
            received += raw.socket.readAll();
            // 0x88 = FIN + close, then the length, then 1009 = 0x03f1.
            rawCloseFrames += received.startsWith(QByteArray("\x88", 1)) &&
                              received.mid(2, 2) == QByteArray("\x03\xf1", 2);
        }
        qInfo() << rawCloseFrames << "of 10 streaming peers read the close frame with 1009";
        QCOMPARE(rawCloseFrames, 10);
    }
};

QTEST_GUILESS_MAIN(TestPeerAbuse)
#include "tst_peerabuse.moc"
