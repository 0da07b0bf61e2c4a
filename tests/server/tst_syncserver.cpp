// The server's protocol behaviour, seen from a raw WebSocket client against an in-process
// SyncServer on 127.0.0.1 with a real SQLite database in a temporary directory (a database in a
// private PostgreSQL cluster instead with SYNCSCOPE_TEST_POSTGRES=1,
// tst_server_syncserver_postgres).

#include <syncscope/protocol/accesstoken.h>
#include <syncscope/protocol/codec.h>
#include <syncscope/protocol/errorcodes.h>
#include <syncscope/server/syncserver.h>
#include <syncscope/testsupport/inprocessserver.h>
#include <syncscope/testsupport/postgrescluster.h>
#include <syncscope/testsupport/rawclient.h>
#include <syncscope/testsupport/tokens.h>
#include <syncscope/testsupport/waiting.h>

#include <QFileInfo>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

using namespace syncscope;
using namespace syncscope::protocol;
using namespace std::chrono_literals;
using syncscope::testsupport::RawClient;

namespace {

const QByteArray kSecret = QByteArrayLiteral("test secret of the syncscope server tests");

QString token(const QStringList &realms, const QString &user = QStringLiteral("alice"),
              std::chrono::seconds ttl = std::chrono::hours(1))
{
    return testsupport::mintToken(kSecret, user, realms, ttl);
}

// A token over exactly this payload, correctly signed: only its claims can be wrong.
QString signedPayload(const QByteArray &payloadJson)
{
    const auto b64 = [](const QByteArray &bytes) {
        return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    const QByteArray input = b64(R"({"alg":"HS256","typ":"JWT"})") + '.' + b64(payloadJson);
    return QString::fromLatin1(
        input + '.' +
        b64(QMessageAuthenticationCode::hash(input, kSecret, QCryptographicHash::Sha256)));
}

Operation set(const QString &key, const QByteArray &value)
{
    return {Operation::Kind::Set, key, value};
}

ErrorMessage errorOf(const Frame &frame)
{
    return std::get<ErrorMessage>(frame.message);
}

bool isError(const Frame &frame)
{
    return std::holds_alternative<ErrorMessage>(frame.message);
}

// A WebSocket client written by hand on a TCP socket, to see the bytes on the wire that
// WebSocket libraries hide: the handshake response and the server's frames behind it.
class WireClient
{
public:
    bool handshake(quint16 port, const QByteArray &subprotocol)
    {
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        if (!m_socket.waitForConnected(10'000))
            return false;
        m_socket.write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
                       "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                       "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: " +
                       subprotocol + "\r\n\r\n");
        return true;
    }
    void write(const QByteArray &bytes) { m_socket.write(bytes); }

    // The response headers, lower case; empty until all of them arrived.
    QByteArray headers()
    {
        m_received += m_socket.readAll();
        const qsizetype end = m_received.indexOf("\r\n\r\n");
        return end < 0 ? QByteArray() : m_received.left(end).toLower();
    }
    // The complete server frames after the headers so far: (first byte, payload). Server frames
    // are never masked; these tests need no 64-bit lengths.
    QList<std::pair<quint8, QByteArray>> frames()
    {
        QList<std::pair<quint8, QByteArray>> result;
        if (headers().isEmpty())
            return result;
        QByteArrayView rest = QByteArrayView(m_received).sliced(m_received.indexOf("\r\n\r\n") + 4);
        while (rest.size() >= 2) {
            qsizetype length = quint8(rest[1]) & 0x7f;
            qsizetype header = 2;
            if (length == 126) {
                if (rest.size() < 4)
                    break;
                length = (quint8(rest[2]) << 8) | quint8(rest[3]);
                header = 4;
            }
            if (rest.size() < header + length)
                break;
            result.append({quint8(rest[0]), rest.sliced(header, length).toByteArray()});
            rest = rest.sliced(header + length);
        }
        return result;
    }
    static int closeCode(const QByteArray &closePayload)
    {
        return closePayload.size() < 2 ? 0
                                       : (quint8(closePayload[0]) << 8) | quint8(closePayload[1]);
    }

private:
    QTcpSocket m_socket;
    QByteArray m_received;
};

} // namespace

class SyncServerTest final : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<server::SyncServer> m_server;

    bool startServer(server::ServerLimits limits = {}, server::GroupCommitPacing pacing = {})
    {
        m_server.reset();
        m_dir = std::make_unique<QTemporaryDir>();
        server::ServerConfig config;
        config.dataDir = m_dir->filePath(QStringLiteral("data"));
        config.secret = kSecret;
        if (QString error; !testsupport::useTestDatabase(config, &error)) {
            qWarning() << "no PostgreSQL database:" << error;
            return false;
        }
        config.limits = limits;
        config.groupCommitPacing = pacing;
        m_server = std::make_unique<server::SyncServer>(config);
        if (!m_server->start()) {
            qWarning() << m_server->errorString();
            return false;
        }
        return true;
    }

    std::unique_ptr<RawClient> connectClient()
    {
        auto client = std::make_unique<RawClient>();
        if (!client->connectTo(m_server->url()))
            return nullptr;
        return client;
    }

    // Waits for a session-level ERROR (or any ERROR with connectionLevel) on that session.
    std::optional<ErrorMessage> waitForError(RawClient &client, quint32 sessionId)
    {
        auto frame = client.waitFor([sessionId](const Frame &f) {
            return isError(f) && (f.sessionId == sessionId || f.sessionId == 0);
        });
        if (!frame)
            return std::nullopt;
        return errorOf(*frame);
    }

private Q_SLOTS:
    void init() { QVERIFY(startServer()); }
    void cleanup()
    {
        m_server.reset();
        m_dir.reset();
    }

    void urlIsLoopbackWithRealPort()
    {
        const QUrl url = m_server->url();
        QCOMPARE(url.scheme(), QStringLiteral("ws"));
        QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(url.port() > 0);
    }

    // Acknowledgements and fan-out DOWNLOADs are small writes a client waits for: the server's
    // side of a connection must not hold one back for the ACK of the one before (Nagle). The
    // server runs in this process, so its accepted socket is one of this process's descriptors.
    void acceptedConnectionsSendWithoutNagle()
    {
        auto client = connectClient();
        QVERIFY(client);
        client->send({0, PingMessage{1}});
        QVERIFY(client->next()); // accepted and upgraded
        const auto serverPort = quint16(m_server->url().port());
        int accepted = 0;
        for (int fd = 0; fd < 4096; ++fd) {
            sockaddr_in local{};
            socklen_t length = sizeof local;
            if (getsockname(fd, reinterpret_cast<sockaddr *>(&local), &length) != 0 ||
                local.sin_family != AF_INET || ntohs(local.sin_port) != serverPort)
                continue;
            sockaddr_in peer{};
            length = sizeof peer;
            if (getpeername(fd, reinterpret_cast<sockaddr *>(&peer), &length) != 0)
                continue; // the listening socket
            int noDelay = 0;
            length = sizeof noDelay;
            QCOMPARE(getsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &noDelay, &length), 0);
            QVERIFY2(noDelay != 0, "the server's socket of a connection still uses Nagle");
            ++accepted;
        }
        QCOMPARE(accepted, 1);
    }

    void pingIsAnsweredWithPong()
    {
        auto client = connectClient();
        QVERIFY(client);
        QCOMPARE(client->subprotocol(), QStringLiteral("syncscope.v1"));
        client->send({0, PingMessage{424242}});
        const auto frame = client->next();
        QVERIFY(frame);
        QCOMPARE(frame->sessionId, 0u);
        QCOMPARE(std::get<PongMessage>(frame->message).timestamp, 424242);
    }

    void goodTokenBindsAndGetsAnEmptyFirstDownload()
    {
        auto client = connectClient();
        QVERIFY(client);
        client->send({1, BindMessage{QStringLiteral("/team/tasks"),
                                     token({QStringLiteral("/team/*")}), true}});
        const auto ident = client->waitForMessage<ServerIdentMessage>(1);
        QVERIFY(ident);
        QVERIFY(ident->clientFileId > 0);
        client->send({1, ClientIdentMessage{ident->clientFileId, 0}});
        const auto download = client->waitForMessage<DownloadMessage>(1);
        QVERIFY(download);
        QCOMPARE(download->changesets.size(), 0);
        QCOMPARE(download->downloadCursor, 0u);
        QCOMPARE(download->latestServerVersion, 0u);
        QCOMPARE(download->uploadAckClientVersion, 0u);
        QCOMPARE(download->downloadableBytes, 0u);
    }

    void operatorTokenIsRefusedOnTheSyncPort()
    {
        auto client = connectClient();
        QVERIFY(client);
        AccessTokenClaims claims;
        claims.subject = QStringLiteral("oncall");
        claims.issuedAt = QDateTime::currentDateTimeUtc();
        claims.expiresAt = claims.issuedAt.addSecs(3600);
        claims.realmGrants = {QStringLiteral("/team/*")}; // even with a grant
        claims.role = QString::fromLatin1(kOperatorRole);
        client->send({1, BindMessage{QStringLiteral("/team/tasks"),
                                     signAccessToken(claims, kSecret), true}});
        const auto error = waitForError(*client, 1);
        QVERIFY(error);
        QCOMPARE(error->code, quint16(ErrorCode::BadAuthentication));
        QVERIFY2(error->message.contains(QStringLiteral("operator")), qPrintable(error->message));
    }

    void badTokensAreFatal_data()
    {
        QTest::addColumn<QString>("badToken");
        QTest::newRow("wrong secret") << testsupport::mintToken(
            "other secret", QStringLiteral("alice"), {QStringLiteral("/a")});
        QTest::newRow("garbage") << QStringLiteral("not a token");
        QTest::newRow("empty") << QString();
        QTest::newRow("alg none") << QStringLiteral(
            "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0."
            "eyJleHAiOjQwMDAwMDAwMDAsInJlYWxtcyI6WyIqIl0sInN1YiI6ImFsaWNlIn0.");
        // Signed correctly, but with claims that break section 10 of docs/protocol.md.
        QTest::newRow("no sub") << signedPayload(R"({"exp":4000000000,"realms":["*"]})");
        QTest::newRow("empty sub")
            << signedPayload(R"({"sub":"","exp":4000000000,"realms":["*"]})");
        QTest::newRow("numeric sub")
            << signedPayload(R"({"sub":7,"exp":4000000000,"realms":["*"]})");
        QTest::newRow("no exp") << signedPayload(R"({"sub":"alice","realms":["*"]})");
        QTest::newRow("string exp")
            << signedPayload(R"({"sub":"alice","exp":"4000000000","realms":["*"]})");
        QTest::newRow("realms not an array")
            << signedPayload(R"({"sub":"alice","exp":4000000000,"realms":"*"})");
    }

    void badTokensAreFatal()
    {
        QFETCH(QString, badToken);
        auto client = connectClient();
        QVERIFY(client);
        client->send({7, BindMessage{QStringLiteral("/a"), badToken, true}});
        const auto error = waitForError(*client, 7);
        QVERIFY(error);
        QCOMPARE(error->code, quint16(ErrorCode::BadAuthentication));
        QVERIFY(!error->tryAgain);
        QVERIFY(!error->connectionLevel);
        QVERIFY(!error->message.isEmpty());
        // Nothing else for that session; the connection itself still works.
        client->send({0, PingMessage{1}});
        QVERIFY(client->waitForMessage<PongMessage>(0));
        QVERIFY(client->isConnected());
        for (const Frame &f : client->history())
            QVERIFY(!std::holds_alternative<ServerIdentMessage>(f.message));
    }

    void deniedRealmIsFatal()
    {
        auto client = connectClient();
        QVERIFY(client);
        for (const auto &[id, path] :
             {std::pair(1u, QStringLiteral("/team")), std::pair(2u, QStringLiteral("/teamx")),
              std::pair(3u, QStringLiteral("/other"))}) {
            client->send({id, BindMessage{path, token({QStringLiteral("/team/*")}), true}});
            const auto error = waitForError(*client, id);
            QVERIFY(error);
            QCOMPARE(error->code, quint16(ErrorCode::PermissionDenied));
            QVERIFY(!error->tryAgain);
        }
        // A token with no realms grants nothing.
        client->send({4, BindMessage{QStringLiteral("/a"), token({}), true}});
        QCOMPARE(waitForError(*client, 4)->code, quint16(ErrorCode::PermissionDenied));
    }

    void invalidPathsAreRefused_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("dotdot") << QStringLiteral("/team/../secret");
        QTest::newRow("percent") << QStringLiteral("/team/%2e%2e");
        QTest::newRow("empty") << QString();
        QTest::newRow("control") << QStringLiteral("/team/a\u0001");
        QTest::newRow("relative") << QStringLiteral("team/a");
        QTest::newRow("huge") << (QStringLiteral("/team/") + QString(1100, u'a'));
        QTest::newRow("decomposed (NFD)") << QStringLiteral("/cafe\u0301");
        QTest::newRow("symbol") << QStringLiteral("/price\u20ac");
    }

    void invalidPathsAreRefused()
    {
        QFETCH(QString, path);
        auto client = connectClient();
        QVERIFY(client);
        client->send({1, BindMessage{path, token({QStringLiteral("*")}), true}});
        const auto error = waitForError(*client, 1);
        QVERIFY(error);
        QCOMPARE(error->code, quint16(ErrorCode::IllegalRealmPath));
        QVERIFY(!error->tryAgain);
    }

    // Limits are "at most N": a path of 1,024 bytes binds, any longer one (however long) and
    // a token over 16,384 bytes end only their session.
    void overLongPathsAndTokensEndOnlyTheSession()
    {
        auto client = connectClient();
        QVERIFY(client);
        const QString atLimit = QStringLiteral("/") + QString(1023, u'p');
        QCOMPARE(atLimit.toUtf8().size(), 1024);
        QVERIFY(client->bindAndIdent(1, atLimit, token({QStringLiteral("*")})) > 0);
        quint32 sessionId = 2;
        for (qsizetype bytes : {1025, 4096, 4097, 65536}) {
            const QString path = QStringLiteral("/") + QString(bytes - 1, u'p');
            client->send({sessionId, BindMessage{path, token({QStringLiteral("*")}), true}});
            const auto error = waitForError(*client, sessionId);
            QVERIFY(error);
            QVERIFY2(error->code == quint16(ErrorCode::IllegalRealmPath),
                     qPrintable(QStringLiteral("%1 bytes: %2").arg(bytes).arg(error->code)));
            QVERIFY(!error->connectionLevel);
            ++sessionId;
        }
        for (qsizetype chars : {16384, 16385, 100000}) {
            client->send(
                {sessionId, BindMessage{QStringLiteral("/t"), QString(chars, u't'), true}});
            const auto error = waitForError(*client, sessionId);
            QVERIFY(error);
            QVERIFY2(error->code == quint16(ErrorCode::BadAuthentication),
                     qPrintable(QStringLiteral("%1 bytes: %2").arg(chars).arg(error->code)));
            QVERIFY(!error->connectionLevel);
            if (chars > 16384)
                QVERIFY2(error->message.contains(QStringLiteral("16384")),
                         qPrintable(error->message));
            ++sessionId;
        }
        client->send({0, PingMessage{1}});
        QVERIFY(client->waitForMessage<PongMessage>(0));
        QVERIFY(client->isConnected());
    }

    // --max-message-size N: a message of N bytes is read, one of N + 1 closes with 1009.
    void messageSizeLimitIsInclusive()
    {
        server::ServerLimits limits;
        limits.maxMessageBytes = 4096;
        QVERIFY(startServer(limits));
        auto client = connectClient();
        QVERIFY(client);
        // BIND = 8 header + 4 + 2 ("/a") + 4 + token + 1.
        const Frame fits{1, BindMessage{QStringLiteral("/a"), QString(4096 - 19, u't'), true}};
        QCOMPARE(encode(fits).size(), 4096);
        client->send(fits);
        const auto error = waitForError(*client, 1);
        QVERIFY(error);
        QCOMPARE(error->code, quint16(ErrorCode::BadAuthentication));
        client->send({2, BindMessage{QStringLiteral("/a"), QString(4096 - 18, u't'), true}});
        QVERIFY(client->waitForDisconnected());
        QCOMPARE(client->closeCode(), QWebSocketProtocol::CloseCodeTooMuchData);
        for (const Frame &f : client->history())
            QVERIFY(f.sessionId != 2);
    }

    // Letters with combining marks bind (Devanagari needs them); the same text precomposed
    // and decomposed are not two realms: only the NFC spelling is accepted.
    void anyScriptBindsInNormalizationFormC()
    {
        auto client = connectClient();
        QVERIFY(client);
        const QString t = token({QStringLiteral("*")});
        QVERIFY(client->bindAndIdent(1, QStringLiteral("/हिन्दी/தமிழ்"), t) > 0);
        QVERIFY(client->bindAndIdent(2, QStringLiteral("/caf\u00e9"), t) > 0);
        client->send({3, BindMessage{QStringLiteral("/cafe\u0301"), t, true}});
        const auto error = waitForError(*client, 3);
        QVERIFY(error);
        QCOMPARE(error->code, quint16(ErrorCode::IllegalRealmPath));
        QVERIFY2(error->message.contains(QStringLiteral("NFC")), qPrintable(error->message));
    }

    void expiredTokenCanBeReplacedOnTheSameConnection()
    {
        auto client = connectClient();
        QVERIFY(client);
        client->send(
            {1, BindMessage{QStringLiteral("/a"),
                            token({QStringLiteral("/a")}, QStringLiteral("alice"), -10s), true}});
        const auto error = waitForError(*client, 1);
        QVERIFY(error);
        QCOMPARE(error->code, quint16(ErrorCode::TokenExpired));
        QVERIFY(error->tryAgain);
        QVERIFY(!error->connectionLevel);
        // The session ended server-side: a late message for it is ignored, not an error.
        client->send({1, MarkMessage{1}});
        // A new session with a fresh token works on the same connection.
        QVERIFY(client->bindAndIdent(2, QStringLiteral("/a"), token({QStringLiteral("/a")})) > 0);
        QVERIFY(client->isConnected());
        for (const Frame &f : client->history())
            QVERIFY(!(isError(f) && errorOf(f).connectionLevel));
    }

    void wrongSubprotocolGetsAnErrorAndAClose()
    {
        for (const QStringList &offer :
             {QStringList{}, QStringList{QStringLiteral("syncscope.v0")}}) {
            RawClient client;
            // The server accepts the handshake without a subprotocol, then says why it closes.
            client.connectTo(m_server->url(), offer);
            const auto frame = client.waitFor(isError);
            QVERIFY2(frame, "no ERROR before the close");
            QCOMPARE(errorOf(*frame).code, quint16(ErrorCode::WrongProtocolVersion));
            QVERIFY(errorOf(*frame).connectionLevel);
            QVERIFY(!errorOf(*frame).tryAgain);
            QVERIFY(client.waitForDisconnected());
        }
    }

    // What a WebSocket implementation of its own sees (docs/protocol.md, section 2): the 101
    // names no subprotocol (which is why browsers and Node's ws give up at this point), and
    // ERROR 105 follows right behind the response headers, often in the same read, then the
    // close frame with 1002.
    void wrongSubprotocolOnTheWire()
    {
        WireClient wire;
        QVERIFY(wire.handshake(quint16(m_server->url().port()), "syncscope.v0"));
        QTRY_VERIFY_WITH_TIMEOUT(wire.frames().size() >= 2, 10'000);
        QVERIFY2(wire.headers().startsWith("http/1.1 101"), wire.headers().constData());
        QVERIFY2(!wire.headers().contains("sec-websocket-protocol"), wire.headers().constData());
        const auto frames = wire.frames();
        QCOMPARE(frames[0].first, quint8(0x82)); // FIN, binary
        const DecodeResult decoded = decode(frames[0].second, Direction::ServerToClient);
        QVERIFY2(decoded.frame, qPrintable(decoded.error));
        QCOMPARE(decoded.frame->sessionId, 0u);
        QCOMPARE(errorOf(*decoded.frame).code, quint16(ErrorCode::WrongProtocolVersion));
        QVERIFY(errorOf(*decoded.frame).connectionLevel);
        QCOMPARE(frames[1].first, quint8(0x88)); // FIN, close
        QCOMPARE(WireClient::closeCode(frames[1].second), 1002);
    }

    // docs/protocol.md, section 7.1: violations of WebSocket itself are closed by the
    // WebSocket layer, with no ERROR: a frame with a reserved bit or opcode with 1002, a text
    // message that is not UTF-8 with 1007.
    void webSocketViolationsCloseWithoutAnError_data()
    {
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<int>("closeCode");
        QTest::newRow("reserved bit") << QByteArray::fromHex("c2 80 00000000") << 1002;
        QTest::newRow("unknown opcode") << QByteArray::fromHex("83 80 00000000") << 1002;
        // Masked with the key 00 00 00 00: the payload is FF FE, which is not UTF-8.
        QTest::newRow("text not UTF-8") << QByteArray::fromHex("81 82 00000000 ff fe") << 1007;
    }

    void webSocketViolationsCloseWithoutAnError()
    {
        QFETCH(QByteArray, frame);
        QFETCH(int, closeCode);
        WireClient wire;
        QVERIFY(wire.handshake(quint16(m_server->url().port()), "syncscope.v1"));
        QTRY_VERIFY_WITH_TIMEOUT(wire.headers().contains("sec-websocket-protocol: syncscope.v1"),
                                 10'000);
        wire.write(frame);
        QTRY_VERIFY_WITH_TIMEOUT(!wire.frames().isEmpty(), 10'000);
        const auto frames = wire.frames();
        QCOMPARE(frames.size(), 1);
        QCOMPARE(frames[0].first, quint8(0x88));
        QCOMPARE(WireClient::closeCode(frames[0].second), closeCode);
    }

    void uploadIsAcknowledgedAndReachesAnotherClient()
    {
        auto writer = connectClient();
        auto reader = connectClient();
        QVERIFY(writer && reader);
        const QString t = token({QStringLiteral("/shared")});
        const quint64 writerFile = writer->bindAndIdent(1, QStringLiteral("/shared"), t);
        const quint64 readerFile = reader->bindAndIdent(1, QStringLiteral("/shared"), t);
        QVERIFY(writerFile > 0 && readerFile > 0 && writerFile != readerFile);

        const QList<Operation> ops = {set(QStringLiteral("k1"), "v1"),
                                      set(QStringLiteral("k2"), "v2")};
        writer->send({1, UploadMessage{{{1, 1000, ops}}}});
        const auto ack = writer->waitForMessage<DownloadMessage>(1);
        QVERIFY(ack);
        QCOMPARE(ack->uploadAckClientVersion, 1u);
        QCOMPARE(ack->changesets.size(), 0); // its own changeset is not echoed
        QCOMPARE(ack->downloadCursor, 1u);
        QCOMPARE(ack->latestServerVersion, 1u);

        const auto download = reader->waitForMessage<DownloadMessage>(1);
        QVERIFY(download);
        QCOMPARE(download->changesets.size(), 1);
        const DownloadChangeset &c = download->changesets.first();
        QCOMPARE(c.serverVersion, 1u);
        QCOMPARE(c.originFileId, writerFile);
        QCOMPARE(c.originTimestamp, 1000);
        QCOMPARE(c.operations, ops);
        QCOMPARE(download->downloadCursor, 1u);
        QCOMPARE(download->downloadableBytes, 0u);
        QCOMPARE(download->uploadAckClientVersion, 0u);
    }

    void theLogIsReservedAheadOfTheNextCommitWhileNoGroupWaits()
    {
        // Once a group commit is reported and no other waits, the storage thread extends the
        // write-ahead log with synced zeros (WalReserve), so the next commit syncs blocks the
        // file already has instead of growing it.
        if (!m_server->config().database.isEmpty())
            QSKIP("SQLite only: PostgreSQL has its own log");
        auto writer = connectClient();
        QVERIFY(writer);
        const QString t = token({QStringLiteral("/reserved")});
        QVERIFY(writer->bindAndIdent(1, QStringLiteral("/reserved"), t) > 0);
        writer->send({1, UploadMessage{{{1, 1000, {set(QStringLiteral("k"), "v")}}}}});
        QVERIFY(writer->waitForMessage<DownloadMessage>(1));
        const QString log = m_dir->filePath(QStringLiteral("data/syncscope.sqlite3-wal"));
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(log).size() >= 1024 * 1024, 30000);
        const qint64 reserved = QFileInfo(log).size();
        writer->send({1, UploadMessage{{{2, 1001, {set(QStringLiteral("k"), "w")}}}}});
        const auto ack = writer->waitForMessage<DownloadMessage>(1);
        QVERIFY(ack);
        QCOMPARE(ack->uploadAckClientVersion, 2u);
        QCOMPARE(QFileInfo(log).size(), reserved);
    }

    // A session that ends right after its UPLOAD (UNBIND, as SyncSession::pause() sends it, or
    // its connection dropping) is gone when the group commit reports; its changesets are stored
    // all the same, so every other session of the realm must learn the new head. Otherwise a
    // reader's MARK is echoed at the head it knew, and downloadAllServerChanges() completes
    // without them (tst_chaos: a replica kept an old value of another client's key).
    void uploadOfASessionThatEndedReachesTheOthers()
    {
        auto writer = connectClient();
        auto reader = connectClient();
        QVERIFY(writer && reader);
        const QString t = token({QStringLiteral("/ended")});
        const quint64 writerFile = writer->bindAndIdent(1, QStringLiteral("/ended"), t);
        QVERIFY(writerFile > 0);
        QVERIFY(reader->bindAndIdent(1, QStringLiteral("/ended"), t) > 0);

        // Both leave in one write: the server handles the UNBIND in the same read as the
        // UPLOAD, long before the group commit (a later turn, then an fsync) reports.
        const QList<Operation> ops = {set(QStringLiteral("k"), "last value")};
        writer->send({1, UploadMessage{{{1, 1000, ops}}}});
        writer->send({1, UnbindMessage{}});
        QVERIFY(writer->waitForMessage<UnboundMessage>(1));
        for (const Frame &f : writer->history())
            QVERIFY2(!std::holds_alternative<DownloadMessage>(f.message) ||
                         std::get<DownloadMessage>(f.message).uploadAckClientVersion == 0,
                     "the upload was acknowledged before the UNBIND was handled");

        // A session bound now downloads the changeset from storage: the commit is reported.
        const quint64 laterFile = reader->bindAndIdent(2, QStringLiteral("/ended"), t);
        QVERIFY(laterFile > 0);
        const auto stored =
            std::find_if(reader->history().cbegin(), reader->history().cend(), [](const Frame &f) {
                const auto *d = std::get_if<DownloadMessage>(&f.message);
                return f.sessionId == 2 && d && d->downloadCursor == 1;
            });
        QVERIFY2(stored != reader->history().cend(), "the ended session's upload was not stored");

        // The reader's first session asks for everything up to the head: version 1 first.
        reader->send({1, MarkMessage{1}});
        QVERIFY(reader->waitForMessage<MarkMessage>(1));
        std::optional<DownloadChangeset> received;
        for (const Frame &f : reader->history()) {
            if (f.sessionId != 1)
                continue;
            if (std::holds_alternative<MarkMessage>(f.message))
                break;
            if (const auto *d = std::get_if<DownloadMessage>(&f.message);
                d && !d->changesets.isEmpty())
                received = d->changesets.constLast();
        }
        QVERIFY2(received, "the MARK was echoed before the DOWNLOAD of version 1");
        QCOMPARE(received->serverVersion, 1u);
        QCOMPARE(received->originFileId, writerFile);
        QCOMPARE(received->operations, ops);
    }

    // Two client files upload in one group commit (one connection, one read): each upload's
    // acknowledgement is sent without reading storage only if nothing but the session's own
    // changesets lies between its cursor and the head, so each must still get the other's.
    void uploadsCommittedTogetherReachEachOther()
    {
        const QString t = token({QStringLiteral("/together")});
        auto client = connectClient();
        QVERIFY(client);
        const quint64 first = client->bindAndIdent(1, QStringLiteral("/together"), t);
        const quint64 second = client->bindAndIdent(2, QStringLiteral("/together"), t);
        QVERIFY(first > 0 && second > 0 && first != second);

        const auto fileOf = [&](quint32 session) { return session == 1 ? first : second; };
        // Whether the session has its own upload of `round` acknowledged and the other
        // session's changeset of that round received.
        const auto caughtUp = [&](quint32 session, quint64 round) {
            const quint32 other = session == 1 ? 2 : 1;
            const QString otherKey = QStringLiteral("k%1-%2").arg(other).arg(round);
            bool acknowledged = false;
            bool received = false;
            for (const Frame &f : client->history()) {
                const auto *d = std::get_if<DownloadMessage>(&f.message);
                if (f.sessionId != session || !d)
                    continue;
                acknowledged = acknowledged || d->uploadAckClientVersion >= round;
                for (const DownloadChangeset &c : d->changesets) {
                    received = received || (c.originFileId == fileOf(other) &&
                                            c.operations.first().key == otherKey);
                }
            }
            return acknowledged && received;
        };
        for (const auto &[order, round] : {std::pair(QList<quint32>{2, 1}, quint64(1)),
                                           std::pair(QList<quint32>{1, 2}, quint64(2))}) {
            for (const quint32 session : order) {
                const QString key = QStringLiteral("k%1-%2").arg(session).arg(round);
                client->send({session, UploadMessage{{{round, 1, {set(key, "v")}}}}});
            }
            QTRY_VERIFY_WITH_TIMEOUT(caughtUp(1, round) && caughtUp(2, round), 20000);
        }
        for (const Frame &f : client->history()) {
            if (const auto *d = std::get_if<DownloadMessage>(&f.message)) {
                for (const DownloadChangeset &c : d->changesets)
                    QVERIFY(c.originFileId != fileOf(f.sessionId)); // never its own back
            }
        }
    }

    // The group pacing waits only after a group of several writers: a lone writer, one upload
    // at a time or a stream of them, is acknowledged as soon as each commit is, even where a
    // paced group would wait an hour.
    void aLoneWriterIsNeverPaced()
    {
        QVERIFY(startServer({}, {std::chrono::hours(1), 2, 1000}));
        auto writer = connectClient();
        QVERIFY(writer);
        const QString t = token({QStringLiteral("/lone")});
        QVERIFY(writer->bindAndIdent(1, QStringLiteral("/lone"), t) > 0);
        quint64 version = 0;
        const auto acknowledged = [&](quint64 upTo) {
            return writer->waitFor(
                [upTo](const Frame &f) {
                    const auto *d = std::get_if<DownloadMessage>(&f.message);
                    return f.sessionId == 1 && d && d->uploadAckClientVersion == upTo;
                },
                20s);
        };
        for (int i = 0; i < 5; ++i) {
            ++version;
            writer->send({1, UploadMessage{{{version, 1000, {set(QStringLiteral("k"), "v")}}}}});
            QVERIFY(acknowledged(version));
        }
        for (int i = 0; i < 5; ++i) {
            ++version;
            writer->send({1, UploadMessage{{{version, 1000, {set(QStringLiteral("k"), "w")}}}}});
        }
        QVERIFY(acknowledged(version));
    }

    void fanOutFromMemoryMatchesTheStoredHistory()
    {
        // A caught-up reader is sent what a commit stored without reading it back; what it
        // gets must be exactly what a client reading the history later gets, including the
        // origin timestamp the server clamped, and never the reader's own changesets.
        auto writer = connectClient();
        auto reader = connectClient();
        QVERIFY(writer && reader);
        const QString t = token({QStringLiteral("/memory")});
        const quint64 writerFile = writer->bindAndIdent(1, QStringLiteral("/memory"), t);
        const quint64 readerFile = reader->bindAndIdent(1, QStringLiteral("/memory"), t);
        QVERIFY(writerFile > 0 && readerFile > 0);
        const qint64 farFuture = QDateTime::currentMSecsSinceEpoch() + 365LL * 24 * 3600 * 1000;
        writer->send({1, UploadMessage{{{1, 1000, {set(QStringLiteral("a"), "1")}},
                                        {2, farFuture, {set(QStringLiteral("b"), "2")}}}}});
        QVERIFY(writer->waitForMessage<DownloadMessage>(1));
        reader->send({1, UploadMessage{{{1, 2000, {set(QStringLiteral("c"), "3")}}}}});
        writer->send({1, UploadMessage{{{3, 3000, {set(QStringLiteral("d"), "4")}}}}});

        QList<DownloadChangeset> live;
        QVERIFY(QTest::qWaitFor(
            [&] {
                while (auto download = reader->waitForMessage<DownloadMessage>(1, 50ms))
                    live += download->changesets;
                return live.size() >= 3;
            },
            20'000));
        for (const DownloadChangeset &changeset : std::as_const(live))
            QVERIFY(changeset.originFileId != readerFile);

        auto late = connectClient();
        QVERIFY(late);
        QVERIFY(late->bindAndIdent(1, QStringLiteral("/memory"), t) > 0);
        QList<DownloadChangeset> stored;
        for (const Frame &frame : late->history()) {
            if (const auto *download = std::get_if<DownloadMessage>(&frame.message))
                stored += download->changesets;
        }
        QCOMPARE(stored.size(), 4);
        stored.removeIf([&](const DownloadChangeset &c) { return c.originFileId == readerFile; });
        QCOMPARE(live.size(), stored.size());
        for (qsizetype i = 0; i < live.size(); ++i) {
            QCOMPARE(live.at(i).serverVersion, stored.at(i).serverVersion);
            QCOMPARE(live.at(i).originFileId, stored.at(i).originFileId);
            QCOMPARE(live.at(i).originTimestamp, stored.at(i).originTimestamp);
            QCOMPARE(live.at(i).operations, stored.at(i).operations);
        }
        QVERIFY(live.at(1).originTimestamp < farFuture); // clamped in both
    }

    void reuploadAfterReconnectIsIdempotent()
    {
        const QString t = token({QStringLiteral("/r")});
        quint64 fileId = 0;
        {
            auto client = connectClient();
            QVERIFY(client);
            fileId = client->bindAndIdent(1, QStringLiteral("/r"), t);
            client->send({1, UploadMessage{{{1, 1, {set(QStringLiteral("a"), "1")}}}}});
            QVERIFY(client->waitForMessage<DownloadMessage>(1));
        }
        auto client = connectClient();
        QVERIFY(client);
        client->send({5, BindMessage{QStringLiteral("/r"), t, false}});
        client->send({5, ClientIdentMessage{fileId, 1}});
        auto first = client->waitForMessage<DownloadMessage>(5);
        QVERIFY(first);
        QCOMPARE(first->uploadAckClientVersion, 1u); // the cursor survived the reconnect
        // Re-upload version 1 (already there) together with the new version 2.
        client->send({5, UploadMessage{{{1, 1, {set(QStringLiteral("a"), "1")}},
                                        {2, 2, {set(QStringLiteral("b"), "2")}}}}});
        auto ack = client->waitForMessage<DownloadMessage>(5);
        QVERIFY(ack);
        QCOMPARE(ack->uploadAckClientVersion, 2u);
        QCOMPARE(ack->latestServerVersion, 2u); // version 1 was not stored twice

        auto observer = connectClient();
        QVERIFY(observer);
        observer->send({1, BindMessage{QStringLiteral("/r"), t, true}});
        const auto ident = observer->waitForMessage<ServerIdentMessage>(1);
        observer->send({1, ClientIdentMessage{ident->clientFileId, 0}});
        const auto all = observer->waitForMessage<DownloadMessage>(1);
        QVERIFY(all);
        QCOMPARE(all->changesets.size(), 2);
    }

    // docs/protocol.md, section 6.4: the server serves every session of a client file; each
    // client version is stored once, whichever session brings it first, and no session of
    // the file receives the file's own changesets.
    void oneClientFileInTwoSessionsAtOnce()
    {
        const QString t = token({QStringLiteral("/twice")});
        auto first = connectClient();
        auto second = connectClient();
        QVERIFY(first && second);
        const quint64 file = first->bindAndIdent(1, QStringLiteral("/twice"), t);
        QVERIFY(file > 0);
        second->send({1, BindMessage{QStringLiteral("/twice"), t, false}});
        second->send({1, ClientIdentMessage{file, 0}});
        QVERIFY(second->waitForMessage<DownloadMessage>(1));

        first->send({1, UploadMessage{{{1, 10, {set(QStringLiteral("a"), "first")}}}}});
        QCOMPARE(first->waitForMessage<DownloadMessage>(1)->uploadAckClientVersion, 1u);
        // The other session of the same file hears of version 1 of the realm, without it.
        const auto moved = second->waitForMessage<DownloadMessage>(1);
        QVERIFY(moved);
        QCOMPARE(moved->downloadCursor, 1u);
        QCOMPARE(moved->changesets.size(), 0);
        QCOMPARE(moved->uploadAckClientVersion, 0u); // only its own UPLOADs move its ack

        // Client version 1 again, with other content: skipped. Version 2 is new.
        second->send({1, UploadMessage{{{1, 20, {set(QStringLiteral("a"), "second")}},
                                        {2, 21, {set(QStringLiteral("b"), "second")}}}}});
        const auto ack = second->waitFor([](const Frame &f) {
            const auto *d = std::get_if<DownloadMessage>(&f.message);
            return d && d->uploadAckClientVersion == 2;
        });
        QVERIFY(ack);
        QCOMPARE(std::get<DownloadMessage>(ack->message).latestServerVersion, 2u);
        const auto toFirst = first->waitForMessage<DownloadMessage>(1);
        QVERIFY(toFirst);
        QCOMPARE(toFirst->downloadCursor, 2u);
        QCOMPARE(toFirst->changesets.size(), 0);

        auto observer = connectClient();
        QVERIFY(observer);
        QVERIFY(observer->bindAndIdent(1, QStringLiteral("/twice"), t));
        const auto all = std::find_if(
            observer->history().cbegin(), observer->history().cend(),
            [](const Frame &f) { return std::holds_alternative<DownloadMessage>(f.message); });
        QVERIFY(all != observer->history().cend());
        const auto &changesets = std::get<DownloadMessage>(all->message).changesets;
        QCOMPARE(changesets.size(), 2);
        QCOMPARE(changesets.at(0).operations.first().value, QByteArray("first"));
        QCOMPARE(changesets.at(1).operations.first().key, QStringLiteral("b"));
    }

    // An IDENT may carry an older download cursor than the file had before: the server sends
    // everything after it again; the upload cursor does not move back.
    void identWithAnOlderCursorDownloadsAgain()
    {
        const QString t = token({QStringLiteral("/older")});
        auto writer = connectClient();
        QVERIFY(writer);
        QVERIFY(writer->bindAndIdent(1, QStringLiteral("/older"), t));
        writer->send({1, UploadMessage{{{1, 1, {set(QStringLiteral("a"), "1")}},
                                        {2, 2, {set(QStringLiteral("b"), "2")}}}}});
        QVERIFY(writer->waitForMessage<DownloadMessage>(1));

        auto reader = connectClient();
        QVERIFY(reader);
        const quint64 file = reader->bindAndIdent(1, QStringLiteral("/older"), t);
        QVERIFY(file > 0);
        reader->send({1, UploadMessage{{{5, 3, {set(QStringLiteral("c"), "3")}}}}});
        QVERIFY(reader->waitFor([](const Frame &f) {
            const auto *d = std::get_if<DownloadMessage>(&f.message);
            return d && d->uploadAckClientVersion == 5;
        }));
        reader->send({1, UnbindMessage{}});
        QVERIFY(reader->waitForMessage<UnboundMessage>(1));

        for (const auto &[session, cursor, expected] :
             {std::tuple(2u, 0u, QList<quint64>{1, 2}), std::tuple(3u, 1u, QList<quint64>{2})}) {
            reader->send({session, BindMessage{QStringLiteral("/older"), t, false}});
            reader->send({session, ClientIdentMessage{file, cursor}});
            const auto download = reader->waitForMessage<DownloadMessage>(session);
            QVERIFY(download);
            QList<quint64> versions;
            for (const DownloadChangeset &c : download->changesets)
                versions.append(c.serverVersion);
            QCOMPARE(versions, expected); // version 3 is the reader's own
            QCOMPARE(download->downloadCursor, 3u);
            QCOMPARE(download->uploadAckClientVersion, 5u);
            reader->send({session, UnbindMessage{}});
            QVERIFY(reader->waitForMessage<UnboundMessage>(session));
        }
    }

    void nonIncreasingClientVersionsAreRefused()
    {
        auto client = connectClient();
        QVERIFY(client);
        QVERIFY(client->bindAndIdent(1, QStringLiteral("/v"), token({QStringLiteral("/v")})));
        client->send({1, UploadMessage{{{3, 1, {set(QStringLiteral("a"), "1")}},
                                        {3, 2, {set(QStringLiteral("b"), "2")}}}}});
        const auto error = waitForError(*client, 1);
        QVERIFY(error);
        QCOMPARE(error->code, quint16(ErrorCode::BadClientVersion));
        // Nothing of that UPLOAD was stored: one transaction per message.
        QVERIFY(client->bindAndIdent(2, QStringLiteral("/v"), token({QStringLiteral("/v")})));
        const auto last = std::find_if(
            client->history().crbegin(), client->history().crend(), [](const Frame &f) {
                return f.sessionId == 2 && std::holds_alternative<DownloadMessage>(f.message);
            });
        QVERIFY(last != client->history().crend());
        QCOMPARE(std::get<DownloadMessage>(last->message).latestServerVersion, 0u);
    }

    void unknownClientFileIsRefused()
    {
        auto client = connectClient();
        QVERIFY(client);
        // A file id of another realm is as unknown as a made-up one.
        const quint64 otherFile =
            client->bindAndIdent(1, QStringLiteral("/one"), token({QStringLiteral("*")}));
        QVERIFY(otherFile > 0);
        client->send({2, BindMessage{QStringLiteral("/two"), token({QStringLiteral("*")}), false}});
        client->send({2, ClientIdentMessage{otherFile, 0}});
        QCOMPARE(waitForError(*client, 2)->code, quint16(ErrorCode::BadClientFileIdent));
        client->send({3, BindMessage{QStringLiteral("/two"), token({QStringLiteral("*")}), false}});
        client->send({3, ClientIdentMessage{999999, 0}});
        const auto error = waitForError(*client, 3);
        QCOMPARE(error->code, quint16(ErrorCode::BadClientFileIdent));
        QVERIFY(!error->tryAgain);
    }

    // Client file ids start at 1: an IDENT with 0 (e.g. a client that never stored the id of
    // its SERVER IDENT) is 208 like any unknown id, and ends only that session.
    void identWithFileIdZeroIsBadClientFileIdent()
    {
        auto client = connectClient();
        QVERIFY(client);
        const QString t = token({QStringLiteral("/zero")});
        client->send({1, BindMessage{QStringLiteral("/zero"), t, true}});
        QVERIFY(client->waitForMessage<ServerIdentMessage>(1));
        client->send({1, ClientIdentMessage{0, 0}});
        const auto error = waitForError(*client, 1);
        QVERIFY(error);
        QCOMPARE(error->code, quint16(ErrorCode::BadClientFileIdent));
        QVERIFY(!error->tryAgain);
        QVERIFY(!error->connectionLevel);
        QVERIFY(client->bindAndIdent(2, QStringLiteral("/zero"), t) > 0);
    }

    void markIsEchoedAfterEverythingUpToTheHead()
    {
        server::ServerLimits limits;
        limits.downloadBatchBytes = 1024; // many batches
        QVERIFY(startServer(limits));
        auto writer = connectClient();
        QVERIFY(writer);
        const QString t = token({QStringLiteral("/m")});
        QVERIFY(writer->bindAndIdent(1, QStringLiteral("/m"), t));
        QList<UploadChangeset> changesets;
        for (int i = 1; i <= 50; ++i)
            changesets.append(
                {quint64(i), i, {set(QStringLiteral("k%1").arg(i), QByteArray(200, 'x'))}});
        writer->send({1, UploadMessage{changesets}});
        QVERIFY(writer->waitForMessage<DownloadMessage>(1));

        auto reader = connectClient();
        QVERIFY(reader);
        reader->send({1, BindMessage{QStringLiteral("/m"), t, true}});
        const auto ident = reader->waitForMessage<ServerIdentMessage>(1);
        QVERIFY(ident);
        reader->send({1, ClientIdentMessage{ident->clientFileId, 0}});
        reader->send({1, MarkMessage{77}});
        const auto mark = reader->waitForMessage<MarkMessage>(1);
        QVERIFY(mark);
        QCOMPARE(mark->requestId, 77u);
        // Every DOWNLOAD up to version 50 came before the MARK.
        quint64 cursorAtMark = 0;
        int downloads = 0;
        for (const Frame &f : reader->history()) {
            if (const auto *d = std::get_if<DownloadMessage>(&f.message)) {
                cursorAtMark = d->downloadCursor;
                ++downloads;
            }
            if (std::holds_alternative<MarkMessage>(f.message))
                break;
        }
        QCOMPARE(cursorAtMark, 50u);
        QVERIFY2(downloads > 5, "the history should arrive in several batches");
    }

    void largeRealmStreamsInBatchesWithRisingProgress()
    {
        server::ServerLimits limits;
        limits.downloadBatchBytes = 64 * 1024;
        QVERIFY(startServer(limits));
        auto writer = connectClient();
        QVERIFY(writer);
        const QString t = token({QStringLiteral("/big")});
        QVERIFY(writer->bindAndIdent(1, QStringLiteral("/big"), t));
        quint64 totalBytes = 0;
        quint64 version = 0;
        for (int message = 0; message < 8; ++message) {
            QList<UploadChangeset> changesets;
            for (int i = 0; i < 16; ++i) {
                const QList<Operation> ops = {set(QStringLiteral("key-%1").arg(version),
                                                  QByteArray(16 * 1024, char('a' + i)))};
                totalBytes += changesetSize(ops);
                changesets.append({++version, qint64(version), ops});
            }
            writer->send({1, UploadMessage{changesets}});
            const auto ack = writer->waitForMessage<DownloadMessage>(1);
            QVERIFY(ack);
            QCOMPARE(ack->uploadAckClientVersion, version);
        }

        auto reader = connectClient();
        QVERIFY(reader);
        reader->send({1, BindMessage{QStringLiteral("/big"), t, true}});
        const auto ident = reader->waitForMessage<ServerIdentMessage>(1);
        reader->send({1, ClientIdentMessage{ident->clientFileId, 0}});
        quint64 received = 0;
        quint64 previousCursor = 0;
        int batches = 0;
        while (received < totalBytes) {
            const auto download = reader->waitForMessage<DownloadMessage>(1);
            QVERIFY(download);
            ++batches;
            quint64 batchBytes = 0;
            for (const DownloadChangeset &c : download->changesets)
                batchBytes += changesetSize(c.operations);
            // Within the batch size: every changeset here is far smaller than a batch.
            QVERIFY2(batchBytes <= quint64(limits.downloadBatchBytes),
                     qPrintable(QString::number(batchBytes)));
            received += batchBytes;
            QVERIFY(download->downloadCursor > previousCursor);
            previousCursor = download->downloadCursor;
            // Progress: what arrived plus what the server still announces is the total.
            QCOMPARE(received + download->downloadableBytes, totalBytes);
            QCOMPARE(download->latestServerVersion, version);
            // Backpressure: the server never queued much more than a batch ahead of the socket
            // (without it, the whole 2 MiB realm would sit in the send queue at once).
            for (const server::ConnectionStatistics &c : m_server->statistics()->connections())
                QVERIFY2(c.bytesQueued <= quint64(3 * limits.downloadBatchBytes),
                         qPrintable(QString::number(c.bytesQueued)));
        }
        QCOMPARE(previousCursor, version);
        QVERIFY2(batches >= 20, qPrintable(QString::number(batches)));
    }

    void multiplexedSessionsOnOneConnection()
    {
        auto client = connectClient();
        auto other = connectClient();
        QVERIFY(client && other);
        const QString t = token({QStringLiteral("/x/*")});
        const quint64 fileA = client->bindAndIdent(10, QStringLiteral("/x/a"), t);
        const quint64 fileB = client->bindAndIdent(20, QStringLiteral("/x/b"), t);
        QVERIFY(fileA && fileB);
        QVERIFY(other->bindAndIdent(1, QStringLiteral("/x/b"), t));

        other->send({1, UploadMessage{{{1, 5, {set(QStringLiteral("only-b"), "1")}}}}});
        const auto toB = client->waitForMessage<DownloadMessage>(20);
        QVERIFY(toB);
        QCOMPARE(toB->changesets.size(), 1);
        QCOMPARE(toB->changesets.first().operations.first().key, QStringLiteral("only-b"));
        // Session 10 (realm /x/a) heard nothing of it.
        for (const Frame &f : client->pending())
            QVERIFY(f.sessionId != 10);

        // Unbinding one session leaves the other working.
        client->send({10, UnbindMessage{}});
        QVERIFY(client->waitForMessage<UnboundMessage>(10));
        other->send({1, UploadMessage{{{2, 6, {set(QStringLiteral("again"), "2")}}}}});
        QVERIFY(client->waitForMessage<DownloadMessage>(20));
    }

    void sessionIdReuseIsAConnectionError()
    {
        auto client = connectClient();
        QVERIFY(client);
        const QString t = token({QStringLiteral("/s")});
        QVERIFY(client->bindAndIdent(1, QStringLiteral("/s"), t));
        client->send({1, UnbindMessage{}});
        QVERIFY(client->waitForMessage<UnboundMessage>(1));
        client->send({1, BindMessage{QStringLiteral("/s"), t, true}});
        const auto error = waitForError(*client, 0);
        QVERIFY(error);
        QCOMPARE(error->code, quint16(ErrorCode::ReuseOfSessionIdent));
        QVERIFY(error->connectionLevel);
        QVERIFY(client->waitForDisconnected());
    }

    void messagesForUnknownSessionsAreAConnectionError()
    {
        auto client = connectClient();
        QVERIFY(client);
        client->send({99, MarkMessage{1}});
        const auto error = waitForError(*client, 0);
        QVERIFY(error);
        QCOMPARE(error->code, quint16(ErrorCode::BadSessionIdent));
        QVERIFY(client->waitForDisconnected());
    }

    void uploadBeforeIdentIsBadMessageOrder()
    {
        auto client = connectClient();
        QVERIFY(client);
        client->send({1, BindMessage{QStringLiteral("/o"), token({QStringLiteral("/o")}), true}});
        QVERIFY(client->waitForMessage<ServerIdentMessage>(1));
        client->send({1, UploadMessage{{{1, 1, {set(QStringLiteral("a"), "1")}}}}});
        const auto error = waitForError(*client, 0);
        QVERIFY(error);
        QCOMPARE(error->code, quint16(ErrorCode::BadMessageOrder));
    }

    void malformedFrameClosesOnlyThatConnection()
    {
        auto bystander = connectClient();
        QVERIFY(bystander);
        const QString t = token({QStringLiteral("/b")});
        QVERIFY(bystander->bindAndIdent(1, QStringLiteral("/b"), t));

        const QList<QByteArray> garbage = {
            QByteArray(),
            QByteArray("\x04\x00\x00\x00\x01\x00\x00\x00\xff\xff\xff\xff", 12), // lying count
            QByteArray("\x0c\x00\x00\x00\x00\x00\x00\x00", 8),                  // unknown type
            QByteArray("\x09\x01\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00", 16),
            encode({1, UnbindMessage{}}) + "trailing",
        };
        for (const QByteArray &bytes : garbage) {
            auto client = connectClient();
            QVERIFY(client);
            client->sendRaw(bytes);
            const auto error = waitForError(*client, 0);
            QVERIFY(error);
            QCOMPARE(error->code, quint16(ErrorCode::BadSyntax));
            QVERIFY(error->connectionLevel);
            QVERIFY(!error->message.isEmpty());
            QVERIFY(client->waitForDisconnected());
            QCOMPARE(client->closeCode(), QWebSocketProtocol::CloseCodeProtocolError);
        }
        auto text = connectClient();
        QVERIFY(text);
        text->sendText(QStringLiteral("hello"));
        QCOMPARE(waitForError(*text, 0)->code, quint16(ErrorCode::BadSyntax));
        QVERIFY(text->waitForDisconnected());

        bystander->send({1, UploadMessage{{{1, 1, {set(QStringLiteral("still"), "here")}}}}});
        const auto ack = bystander->waitForMessage<DownloadMessage>(1);
        QVERIFY(ack);
        QCOMPARE(ack->uploadAckClientVersion, 1u);
    }

    void lastWriterWinsConverges()
    {
        auto a = connectClient();
        auto b = connectClient();
        QVERIFY(a && b);
        const QString t = token({QStringLiteral("/lww")});
        quint64 fileA = a->bindAndIdent(1, QStringLiteral("/lww"), t);
        quint64 fileB = b->bindAndIdent(1, QStringLiteral("/lww"), t);
        // Client file ids are random: a is the client with the lower one.
        if (fileA > fileB) {
            std::swap(a, b);
            std::swap(fileA, fileB);
        }
        QVERIFY(fileA < fileB);

        // b writes later in time, but its upload reaches the server first.
        b->send({1, UploadMessage{{{1,
                                    2000,
                                    {set(QStringLiteral("x"), "from b"),
                                     set(QStringLiteral("tie"), "b")}}}}});
        QVERIFY(b->waitForMessage<DownloadMessage>(1));
        a->send({1, UploadMessage{{{1,
                                    1000,
                                    {set(QStringLiteral("x"), "from a"),
                                     set(QStringLiteral("tie"), "a")}}}}});
        QVERIFY(a->waitFor([](const Frame &f) {
            const auto *d = std::get_if<DownloadMessage>(&f.message);
            return d && d->uploadAckClientVersion == 1;
        }));
        // Same timestamp: the higher file id wins.
        a->send({1, UploadMessage{{{2, 2000, {set(QStringLiteral("tie"), "a again")}}}}});
        QVERIFY(a->waitFor([](const Frame &f) {
            const auto *d = std::get_if<DownloadMessage>(&f.message);
            return d && d->uploadAckClientVersion == 2;
        }));

        // A fresh client replays the whole history with the LWW rule and must end where the
        // server's state is: x = "from b" (later timestamp), tie = "b" (higher file id).
        auto fresh = connectClient();
        QVERIFY(fresh);
        fresh->send({1, BindMessage{QStringLiteral("/lww"), t, true}});
        const auto ident = fresh->waitForMessage<ServerIdentMessage>(1);
        fresh->send({1, ClientIdentMessage{ident->clientFileId, 0}});
        const auto download = fresh->waitForMessage<DownloadMessage>(1);
        QVERIFY(download);
        QCOMPARE(download->changesets.size(), 3);
        QHash<QString, std::pair<std::pair<qint64, quint64>, QByteArray>> state;
        for (const DownloadChangeset &c : download->changesets) {
            for (const Operation &op : c.operations) {
                const auto stamp = std::pair(c.originTimestamp, c.originFileId);
                if (!state.contains(op.key) || stamp >= state.value(op.key).first)
                    state.insert(op.key, {stamp, op.value});
            }
        }
        QCOMPARE(state.value(QStringLiteral("x")).second, QByteArray("from b"));
        QCOMPARE(state.value(QStringLiteral("tie")).second, QByteArray("b"));
    }

    void tooManySessionsIsASessionError()
    {
        server::ServerLimits limits;
        limits.maxSessionsPerConnection = 2;
        QVERIFY(startServer(limits));
        auto client = connectClient();
        QVERIFY(client);
        const QString t = token({QStringLiteral("*")});
        QVERIFY(client->bindAndIdent(1, QStringLiteral("/1"), t));
        QVERIFY(client->bindAndIdent(2, QStringLiteral("/2"), t));
        client->send({3, BindMessage{QStringLiteral("/3"), t, true}});
        const auto error = waitForError(*client, 3);
        QVERIFY(error);
        QCOMPARE(error->code, quint16(ErrorCode::TooManySessions));
        QVERIFY(!error->connectionLevel);
        QVERIFY(error->message.contains(u'2'));
        // The two bound sessions keep working.
        client->send({2, MarkMessage{5}});
        QVERIFY(client->waitForMessage<MarkMessage>(2));

        // Only live sessions count: not the refused one, not one that ended. A session counts
        // from its BIND on, before its IDENT.
        client->send({1, UnbindMessage{}});
        QVERIFY(client->waitForMessage<UnboundMessage>(1));
        client->send({4, BindMessage{QStringLiteral("/4"), t, true}});
        QVERIFY(client->waitForMessage<ServerIdentMessage>(4));
        client->send({5, BindMessage{QStringLiteral("/5"), t, true}});
        QCOMPARE(waitForError(*client, 5)->code, quint16(ErrorCode::TooManySessions));
        // A session that ended with an error leaves room too.
        client->send({4, ClientIdentMessage{0, 0}});
        QCOMPARE(waitForError(*client, 4)->code, quint16(ErrorCode::BadClientFileIdent));
        QVERIFY(client->bindAndIdent(6, QStringLiteral("/6"), t));
    }

    void tooManyConnectionsIsRefusedWhileOthersWork()
    {
        server::ServerLimits limits;
        limits.maxConnections = 2;
        QVERIFY(startServer(limits));
        auto first = connectClient();
        auto second = connectClient();
        QVERIFY(first && second);
        RawClient third;
        third.connectTo(m_server->url());
        const auto frame = third.waitFor(isError);
        QVERIFY(frame);
        QVERIFY(errorOf(*frame).connectionLevel);
        QVERIFY(errorOf(*frame).tryAgain);
        QVERIFY(errorOf(*frame).message.contains(QStringLiteral("limit")));
        QVERIFY(third.waitForDisconnected());
        QCOMPARE(third.closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
        QVERIFY(first->bindAndIdent(1, QStringLiteral("/c"), token({QStringLiteral("/c")})));
        QCOMPARE(m_server->statistics()->totals().connectionsRejected, 1u);

        // Once one leaves, a new one fits.
        second->close();
        QVERIFY(second->waitForDisconnected());
        QTRY_COMPARE(m_server->statistics()->connections().size(), 1);
        auto fourth = connectClient();
        QVERIFY(fourth);
        fourth->send({0, PingMessage{3}});
        QVERIFY(fourth->waitForMessage<PongMessage>(0));
    }

    void oversizedMessageClosesOnlyThatConnection()
    {
        server::ServerLimits limits;
        limits.maxMessageBytes = 64 * 1024;
        QVERIFY(startServer(limits));
        auto bystander = connectClient();
        auto client = connectClient();
        QVERIFY(bystander && client);
        const QString t = token({QStringLiteral("/big")});
        QVERIFY(client->bindAndIdent(1, QStringLiteral("/big"), t));
        client->send(
            {1, UploadMessage{{{1, 1, {set(QStringLiteral("k"), QByteArray(100 * 1024, 'x'))}}}}});
        QVERIFY(client->waitForDisconnected());
        QCOMPARE(client->closeCode(), QWebSocketProtocol::CloseCodeTooMuchData);
        bystander->send({0, PingMessage{9}});
        QVERIFY(bystander->waitForMessage<PongMessage>(0));
    }

    void statisticsFollowTraffic()
    {
        QSignalSpy changed(m_server->statistics(), &server::ServerStatistics::changed);
        auto client = connectClient();
        QVERIFY(client);
        QVERIFY(
            client->bindAndIdent(1, QStringLiteral("/stats"), token({QStringLiteral("/stats")})));
        client->send({1, UploadMessage{{{1, 1, {set(QStringLiteral("a"), "12345")}},
                                        {2, 2, {set(QStringLiteral("b"), "6789")}}}}});
        QVERIFY(client->waitFor([](const Frame &f) {
            const auto *d = std::get_if<DownloadMessage>(&f.message);
            return d && d->uploadAckClientVersion == 2;
        }));
        QVERIFY(changed.wait(2000) || changed.count() > 0);
        QTRY_VERIFY(
            !m_server->statistics()->connections().isEmpty() &&
            !m_server->statistics()->connections().first().sessions.isEmpty() &&
            m_server->statistics()->connections().first().sessions.first().uploadedChangesets == 2);
        const server::ConnectionStatistics connection =
            m_server->statistics()->connections().first();
        QCOMPARE(connection.userId, QStringLiteral("alice"));
        QVERIFY(connection.bytesReceived > 0);
        QVERIFY(connection.bytesSent > 0);
        QVERIFY(connection.messagesReceived >= 3);
        const server::SessionStatistics session = connection.sessions.first();
        QCOMPARE(session.realmPath, QStringLiteral("/stats"));
        QCOMPARE(session.uploadCursor, 2u);
        QCOMPARE(session.uploadedBytes, changesetSize({set(QStringLiteral("a"), "12345")}) +
                                            changesetSize({set(QStringLiteral("b"), "6789")}));
        QVERIFY(session.lastActivity.isValid());

        client->close();
        QTRY_VERIFY(m_server->statistics()->connections().isEmpty());
        QVERIFY(m_server->statistics()->totals().bytesReceived >= connection.bytesReceived);
    }

    void unfinishedHandshakesAreDroppedWithALogLine()
    {
        server::ServerLimits limits;
        limits.handshakeTimeout = 300ms;
        QVERIFY(startServer(limits));
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral(
                                 "dropping 127\\.0\\.0\\.1:\\d+ - it did not finish the "
                                 "WebSocket handshake within 300 ms")));
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral(
                                 "dropping 127\\.0\\.0\\.1:\\d+ - it did not finish the "
                                 "WebSocket handshake within 300 ms")));
        QTcpSocket silent;
        silent.connectToHost(QHostAddress::LocalHost, quint16(m_server->url().port()));
        QVERIFY(silent.waitForConnected(5000));
        QTcpSocket halfway;
        halfway.connectToHost(QHostAddress::LocalHost, quint16(m_server->url().port()));
        QVERIFY(halfway.waitForConnected(5000));
        halfway.write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n");
        // A complete handshake in the meantime is not affected, before or after the timeout.
        auto client = connectClient();
        QVERIFY(client);
        QTRY_COMPARE_WITH_TIMEOUT(silent.state(), QAbstractSocket::UnconnectedState, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(halfway.state(), QAbstractSocket::UnconnectedState, 5000);
        QVERIFY(client->isConnected());
        client->send({0, PingMessage{7}});
        QVERIFY(client->waitForMessage<PongMessage>(0));
        QCOMPARE(m_server->statistics()->connections().size(), 1);
    }

    void idleConnectionsWithoutSessionsAreClosed()
    {
        server::ServerLimits limits;
        limits.idleTimeout = 500ms;
        QVERIFY(startServer(limits));
        auto idle = connectClient();
        QVERIFY(idle);
        auto pinger = connectClient();
        QVERIFY(pinger);
        auto bound = connectClient();
        QVERIFY(bound);
        QVERIFY(
            bound->bindAndIdent(1, QStringLiteral("/quiet"), token({QStringLiteral("/quiet")})));
        // The pinger speaks every 100 ms for over two idle timeouts; the bound client is silent.
        for (int i = 0; i < 12; ++i) {
            pinger->send({0, PingMessage{i}});
            QVERIFY(pinger->waitForMessage<PongMessage>(0));
            QTest::qWait(100);
        }
        QVERIFY(idle->waitForDisconnected());
        QCOMPARE(idle->closeCode(), QWebSocketProtocol::CloseCodeNormal);
        QCOMPARE(idle->socket().closeReason(), QStringLiteral("idle"));
        QVERIFY(pinger->isConnected());
        QVERIFY(bound->isConnected());
        // Once its session ends, the silent client is idle too.
        bound->send({1, UnbindMessage{}});
        QVERIFY(bound->waitForDisconnected());
        QCOMPARE(bound->closeCode(), QWebSocketProtocol::CloseCodeNormal);
    }

    void stopClosesConnectionsWithGoingAway()
    {
        auto client = connectClient();
        QVERIFY(client);
        QVERIFY(client->bindAndIdent(1, QStringLiteral("/stop"), token({QStringLiteral("/stop")})));
        QSignalSpy stopped(m_server.get(), &server::SyncServer::stopped);
        m_server->stop();
        QVERIFY(client->waitForDisconnected());
        QCOMPARE(client->closeCode(), QWebSocketProtocol::CloseCodeGoingAway);
        QTRY_COMPARE(stopped.count(), 1);
        QVERIFY(!m_server->isListening());
    }

    void destroyingWithLiveConnectionsIsSafe()
    {
        server::ServerLimits limits;
        limits.downloadBatchBytes = 4096;
        QVERIFY(startServer(limits));
        const QString t = token({QStringLiteral("/live")});
        auto writer = connectClient();
        QVERIFY(writer);
        QVERIFY(writer->bindAndIdent(1, QStringLiteral("/live"), t));
        QList<UploadChangeset> changesets;
        for (int i = 1; i <= 200; ++i)
            changesets.append(
                {quint64(i), i, {set(QStringLiteral("k%1").arg(i), QByteArray(1000, 'v'))}});
        writer->send({1, UploadMessage{changesets}});
        QVERIFY(writer->waitForMessage<DownloadMessage>(1));
        auto reader = connectClient();
        QVERIFY(reader);
        reader->send({1, BindMessage{QStringLiteral("/live"), t, true}});
        const auto ident = reader->waitForMessage<ServerIdentMessage>(1);
        QVERIFY(ident);
        reader->send({1, ClientIdentMessage{ident->clientFileId, 0}});
        QVERIFY(reader->waitForMessage<DownloadMessage>(1)); // streaming has begun
        auto idle = connectClient();
        QVERIFY(idle);

        m_server.reset(); // mid-stream, with three live connections
        QVERIFY(writer->waitForDisconnected());
        QVERIFY(reader->waitForDisconnected());
        QVERIFY(idle->waitForDisconnected());
    }

    void secondServerOnTheSameDataDirIsRefused()
    {
        if (testsupport::PostgresCluster::testsUseShared())
            QSKIP("the data directory's lock guards the SQLite file; on PostgreSQL several nodes "
                  "share one database by design (tst_postgresnodes)");
        server::ServerConfig config = m_server->config();
        server::SyncServer second(config);
        QVERIFY(!second.start());
        QVERIFY2(second.errorString().contains(QStringLiteral("in use")),
                 qPrintable(second.errorString()));
        // Once the first one stopped, the directory is free.
        QSignalSpy stopped(m_server.get(), &server::SyncServer::stopped);
        m_server->stop();
        QVERIFY(stopped.count() == 1 || stopped.wait(10'000));
        QVERIFY2(second.start(), qPrintable(second.errorString()));
    }

    void bindsOnTheStorageThreadAtAStopDoNotBlockBindingAfterARestart()
    {
        // BINDs are stored in groups; a group still on the storage thread when the server
        // stops never reports back. After a restart, binding must work all the same.
        const QString t = token({QStringLiteral("/restart-binds")});
        auto client = connectClient();
        QVERIFY(client);
        for (quint32 session = 1; session <= 200; ++session)
            client->send({session, BindMessage{QStringLiteral("/restart-binds"), t, true}});
        QVERIFY(client->waitForMessage<ServerIdentMessage>(1, 30s));
        QSignalSpy stopped(m_server.get(), &server::SyncServer::stopped);
        m_server->stop();
        QVERIFY(stopped.count() == 1 || stopped.wait(10'000));
        QVERIFY(m_server->start());
        auto again = connectClient();
        QVERIFY(again);
        QVERIFY(again->bindAndIdent(1, QStringLiteral("/restart-binds"), t) > 0);
    }

    void stoppedServerStartsAgainWithItsData()
    {
        const QString t = token({QStringLiteral("/again")});
        auto client = connectClient();
        QVERIFY(client);
        const quint64 fileId = client->bindAndIdent(1, QStringLiteral("/again"), t);
        client->send({1, UploadMessage{{{1, 1, {set(QStringLiteral("kept"), "yes")}}}}});
        QVERIFY(client->waitForMessage<DownloadMessage>(1));
        QSignalSpy stopped(m_server.get(), &server::SyncServer::stopped);
        m_server->stop();
        QVERIFY(stopped.count() == 1 || stopped.wait(10'000));
        QVERIFY(client->waitForDisconnected());

        QVERIFY(m_server->start());
        QVERIFY(m_server->isListening());
        auto again = connectClient();
        QVERIFY(again);
        again->send({2, BindMessage{QStringLiteral("/again"), t, false}});
        again->send({2, ClientIdentMessage{fileId, 0}});
        const auto download = again->waitForMessage<DownloadMessage>(2);
        QVERIFY(download);
        QCOMPARE(download->uploadAckClientVersion, 1u);
        QCOMPARE(download->latestServerVersion, 1u);
    }
};

QTEST_GUILESS_MAIN(SyncServerTest)
#include "tst_syncserver.moc"
