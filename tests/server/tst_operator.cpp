// The operator API of syncscope-server: authentication with operator tokens, the paged snapshot
// and coalesced deltas, the disconnect action, and bad input from an operator peer.

#include <syncscope/protocol/accesstoken.h>
#include <syncscope/protocol/errorcodes.h>
#include <syncscope/protocol/messages.h>
#include <syncscope/server/syncserver.h>
#include <syncscope/testsupport/rawclient.h>
#include <syncscope/testsupport/serverprocess.h>
#include <syncscope/testsupport/tokens.h>
#include <syncscope/testsupport/waiting.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

using namespace syncscope;
using namespace syncscope::protocol;
using namespace std::chrono_literals;
using syncscope::testsupport::RawClient;

namespace {

const QByteArray kSecret = QByteArrayLiteral("test secret of the operator API tests");

QString operatorToken(const QString &subject = QStringLiteral("oncall"))
{
    AccessTokenClaims claims;
    claims.subject = subject;
    claims.issuedAt = QDateTime::currentDateTimeUtc();
    claims.expiresAt = claims.issuedAt.addSecs(3600);
    claims.role = QString::fromLatin1(kOperatorRole);
    return signAccessToken(claims, kSecret);
}

QString userToken()
{
    return testsupport::mintToken(kSecret, QStringLiteral("alice"), {QStringLiteral("/o/*")});
}

// An operator peer: a QWebSocket speaking syncscope-operator.v1 that collects the JSON it gets.
class OperatorClient final : public QObject
{
public:
    OperatorClient()
    {
        connect(&socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
            received.append(QJsonDocument::fromJson(text.toUtf8()).object());
        });
        connect(&socket, &QWebSocket::disconnected, this, [this] { closed = true; });
    }

    bool open(const QUrl &url)
    {
        QWebSocketHandshakeOptions options;
        options.setSubprotocols({QStringLiteral("syncscope-operator.v1")});
        socket.open(QNetworkRequest(url), options);
        return testsupport::waitUntil(
                   [this] { return socket.state() == QAbstractSocket::ConnectedState || closed; },
                   20s) &&
               !closed;
    }

    void send(const QJsonObject &message)
    {
        socket.sendTextMessage(QString::fromUtf8(QJsonDocument(message).toJson()));
    }

    // The first not yet taken message of that type.
    std::optional<QJsonObject> take(const QString &type, std::chrono::milliseconds timeout = 20s)
    {
        std::optional<QJsonObject> found;
        testsupport::waitUntil(
            [&] {
                for (qsizetype i = 0; i < received.size(); ++i) {
                    if (received.at(i).value(QStringLiteral("type")).toString() == type) {
                        found = received.takeAt(i);
                        return true;
                    }
                }
                return false;
            },
            timeout);
        return found;
    }

    bool hello(const QString &token)
    {
        send({{QStringLiteral("type"), QStringLiteral("hello")}, {QStringLiteral("token"), token}});
        return take(QStringLiteral("welcome")).has_value();
    }

    QWebSocket socket;
    QList<QJsonObject> received;
    bool closed = false;
};

} // namespace

class OperatorTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<server::SyncServer> m_server;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        server::ServerConfig config;
        config.dataDir = m_dir->filePath(QStringLiteral("data"));
        config.secret = kSecret;
        config.operatorEnabled = true;
        m_server = std::make_unique<server::SyncServer>(config);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        QCOMPARE(m_server->operatorUrl().scheme(), QStringLiteral("ws"));
    }

    void cleanup()
    {
        m_server.reset();
        m_dir.reset();
    }

    void userTokenIsRefused()
    {
        OperatorClient peer;
        QVERIFY(peer.open(m_server->operatorUrl()));
        peer.send({{QStringLiteral("type"), QStringLiteral("hello")},
                   {QStringLiteral("token"), userToken()}});
        const auto error = peer.take(QStringLiteral("error"));
        QVERIFY(error);
        QCOMPARE(error->value(QStringLiteral("code")).toString(), QStringLiteral("unauthorized"));
        QTRY_VERIFY_WITH_TIMEOUT(peer.closed, 20'000);
        QCOMPARE(peer.socket.closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
    }

    void anythingBeforeHelloIsRefused()
    {
        OperatorClient peer;
        QVERIFY(peer.open(m_server->operatorUrl()));
        peer.send({{QStringLiteral("type"), QStringLiteral("subscribe")}});
        QTRY_VERIFY_WITH_TIMEOUT(peer.closed, 20'000);
        QVERIFY(!peer.take(QStringLiteral("snapshot"), 100ms));
    }

    void snapshotIsPagedAndDeltasFollow()
    {
        RawClient a;
        RawClient b;
        QVERIFY(a.connectTo(m_server->url()) && b.connectTo(m_server->url()));
        QVERIFY(a.bindAndIdent(1, QStringLiteral("/o/one"), userToken()) > 0);
        QVERIFY(a.bindAndIdent(2, QStringLiteral("/o/two"), userToken()) > 0);
        QVERIFY(b.bindAndIdent(1, QStringLiteral("/o/one"), userToken()) > 0);
        QVERIFY(testsupport::waitUntil([this] {
            int sessions = 0;
            for (const auto &c : m_server->statistics()->connections())
                sessions += int(c.sessions.size());
            return sessions == 3;
        }));

        OperatorClient peer;
        QVERIFY(peer.open(m_server->operatorUrl()));
        QVERIFY(peer.hello(operatorToken()));
        peer.send({{QStringLiteral("type"), QStringLiteral("subscribe")},
                   {QStringLiteral("pageSize"), 1}});
        const auto server = peer.take(QStringLiteral("server"));
        QVERIFY(server);
        QCOMPARE(server->value(QStringLiteral("server"))
                     .toObject()
                     .value(QStringLiteral("sessions"))
                     .toInt(),
                 3);
        // pageSize 1: connection a (two sessions) goes alone, then b.
        int sessions = 0;
        int pages = 0;
        for (bool last = false; !last; ++pages) {
            const auto page = peer.take(QStringLiteral("snapshot"));
            QVERIFY(page);
            QCOMPARE(page->value(QStringLiteral("page")).toInt(), pages);
            last = page->value(QStringLiteral("last")).toBool();
            for (const QJsonValue &c : page->value(QStringLiteral("connections")).toArray())
                sessions += int(c.toObject().value(QStringLiteral("sessions")).toArray().size());
        }
        QCOMPARE(pages, 2);
        QCOMPARE(sessions, 3);

        // A filter by realm prefix sees only the matching sessions.
        peer.received.clear();
        peer.send({{QStringLiteral("type"), QStringLiteral("subscribe")},
                   {QStringLiteral("filter"),
                    QJsonObject{{QStringLiteral("realmPrefix"), QStringLiteral("/o/tw")}}}});
        const auto filtered = peer.take(QStringLiteral("snapshot"));
        QVERIFY(filtered);
        const QJsonArray connections = filtered->value(QStringLiteral("connections")).toArray();
        QCOMPARE(connections.size(), 1);
        const QJsonArray onlyTwo =
            connections.first().toObject().value(QStringLiteral("sessions")).toArray();
        QCOMPARE(onlyTwo.size(), 1);
        QCOMPARE(onlyTwo.first().toObject().value(QStringLiteral("realm")).toString(),
                 QStringLiteral("/o/two"));

        // An upload shows up as a delta of that connection only.
        peer.received.clear();
        a.send({2, UploadMessage{{{1, 1000, {{Operation::Kind::Set, QStringLiteral("k"), "v"}}}}}});
        QVERIFY(a.waitForMessage<DownloadMessage>(2));
        std::optional<QJsonObject> delta;
        QVERIFY(testsupport::waitUntil(
            [&] {
                delta = peer.take(QStringLiteral("delta"), 100ms);
                if (!delta)
                    return false;
                const QJsonArray changed = delta->value(QStringLiteral("connections")).toArray();
                return !changed.isEmpty() && changed.first()
                                                     .toObject()
                                                     .value(QStringLiteral("sessions"))
                                                     .toArray()
                                                     .first()
                                                     .toObject()
                                                     .value(QStringLiteral("uploadCursor"))
                                                     .toInt() == 1;
            },
            20s));

        // A closed connection is reported as removed (to a subscriber that was shown it).
        peer.send({{QStringLiteral("type"), QStringLiteral("subscribe")}});
        QVERIFY(peer.take(QStringLiteral("snapshot")));
        b.close();
        QVERIFY(testsupport::waitUntil(
            [&] {
                const auto next = peer.take(QStringLiteral("delta"), 100ms);
                return next &&
                       !next->value(QStringLiteral("removedConnections")).toArray().isEmpty();
            },
            20s));
    }

    void disconnectActionClosesTheConnection()
    {
        RawClient client;
        QVERIFY(client.connectTo(m_server->url()));
        QVERIFY(client.bindAndIdent(1, QStringLiteral("/o/x"), userToken()) > 0);
        QVERIFY(testsupport::waitUntil(
            [this] { return m_server->statistics()->connections().size() == 1; }));
        const quint64 id = m_server->statistics()->connections().first().connectionId;

        OperatorClient peer;
        QVERIFY(peer.open(m_server->operatorUrl()));
        QVERIFY(peer.hello(operatorToken()));
        peer.send({{QStringLiteral("type"), QStringLiteral("disconnect")},
                   {QStringLiteral("connection"), double(id + 1000)}});
        const auto unknown = peer.take(QStringLiteral("error"));
        QVERIFY(unknown);
        QCOMPARE(unknown->value(QStringLiteral("code")).toString(),
                 QStringLiteral("no_such_connection"));

        peer.send({{QStringLiteral("type"), QStringLiteral("disconnect")},
                   {QStringLiteral("connection"), double(id)},
                   {QStringLiteral("reason"), QStringLiteral("maintenance")}});
        QVERIFY(peer.take(QStringLiteral("done")));
        const auto error = client.waitFor(
            [](const Frame &f) { return std::holds_alternative<ErrorMessage>(f.message); });
        QVERIFY(error);
        const auto &message = std::get<ErrorMessage>(error->message);
        QCOMPARE(message.code, quint16(ErrorCode::ConnectionClosed));
        QVERIFY(message.tryAgain);
        QVERIFY2(message.message.contains(QStringLiteral("maintenance")),
                 qPrintable(message.message));
        QVERIFY(client.waitForDisconnected());
        QCOMPARE(client.closeCode(), QWebSocketProtocol::CloseCodeNormal);
    }

    void endSessionIsRetryableOrFatal_data()
    {
        QTest::addColumn<bool>("fatal");
        QTest::newRow("suspended") << false;
        QTest::newRow("fatal") << true;
    }

    void endSessionIsRetryableOrFatal()
    {
        QFETCH(bool, fatal);
        RawClient client;
        QVERIFY(client.connectTo(m_server->url()));
        QVERIFY(client.bindAndIdent(1, QStringLiteral("/o/a"), userToken()) > 0);
        QVERIFY(client.bindAndIdent(2, QStringLiteral("/o/b"), userToken()) > 0);
        QVERIFY(testsupport::waitUntil([this] {
            const auto connections = m_server->statistics()->connections();
            return connections.size() == 1 && connections.first().sessions.size() == 2;
        }));
        const quint64 id = m_server->statistics()->connections().first().connectionId;

        OperatorClient peer;
        QVERIFY(peer.open(m_server->operatorUrl()));
        QVERIFY(peer.hello(operatorToken()));
        peer.send({{QStringLiteral("type"), QStringLiteral("endSession")},
                   {QStringLiteral("connection"), double(id)},
                   {QStringLiteral("session"), 9}});
        QVERIFY(peer.take(QStringLiteral("error")));
        peer.send({{QStringLiteral("type"), QStringLiteral("endSession")},
                   {QStringLiteral("connection"), double(id)},
                   {QStringLiteral("session"), 2},
                   {QStringLiteral("fatal"), fatal}});
        QVERIFY(peer.take(QStringLiteral("done")));
        const auto error = client.waitForMessage<ErrorMessage>(2);
        QVERIFY(error);
        QCOMPARE(error->code, quint16(ErrorCode::SessionClosed));
        QCOMPARE(error->tryAgain, !fatal);
        QCOMPARE(error->connectionLevel, false);
        QVERIFY2(error->message.contains(fatal ? QStringLiteral("ended by an operator")
                                               : QStringLiteral("suspended by an operator")),
                 qPrintable(error->message));
        // Only that session ended: the other one still gets its acknowledgements.
        client.send(
            {1, UploadMessage{{{1, 1000, {{Operation::Kind::Set, QStringLiteral("k"), "v"}}}}}});
        const auto ack = client.waitForMessage<DownloadMessage>(1);
        QVERIFY(ack);
        QCOMPARE(ack->uploadAckClientVersion, 1u);
    }

    void refusedUserCannotBindUntilTheTime()
    {
        RawClient bound;
        QVERIFY(bound.connectTo(m_server->url()));
        QVERIFY(bound.bindAndIdent(1, QStringLiteral("/o/a"), userToken()) > 0);

        OperatorClient peer;
        QVERIFY(peer.open(m_server->operatorUrl()));
        QVERIFY(peer.hello(operatorToken()));
        const QDateTime until = QDateTime::currentDateTimeUtc().addSecs(3600);
        peer.send({{QStringLiteral("type"), QStringLiteral("refuseUser")},
                   {QStringLiteral("user"), QStringLiteral("alice")},
                   {QStringLiteral("until"), until.toString(Qt::ISODate)}});
        const auto done = peer.take(QStringLiteral("done"));
        QVERIFY(done);
        QCOMPARE(done->value(QStringLiteral("endedSessions")).toInt(), 1);
        // The bound session ends, retryable...
        const auto ended = bound.waitForMessage<ErrorMessage>(1);
        QVERIFY(ended);
        QCOMPARE(ended->code, quint16(ErrorCode::SessionClosed));
        QVERIFY(ended->tryAgain);
        // ...and a new bind is refused the same way, while another user still gets in.
        RawClient later;
        QVERIFY(later.connectTo(m_server->url()));
        later.send({1, BindMessage{QStringLiteral("/o/a"), userToken(), true}});
        const auto refused = later.waitForMessage<ErrorMessage>(1);
        QVERIFY(refused);
        QCOMPARE(refused->code, quint16(ErrorCode::SessionClosed));
        QVERIFY(refused->tryAgain);
        QVERIFY(refused->message.contains(QStringLiteral("refused by an operator")));
        const QString bob =
            testsupport::mintToken(kSecret, QStringLiteral("bob"), {QStringLiteral("/o/*")});
        QVERIFY(later.bindAndIdent(2, QStringLiteral("/o/a"), bob) > 0);

        // A time in the past lifts the refusal.
        peer.send({{QStringLiteral("type"), QStringLiteral("refuseUser")},
                   {QStringLiteral("user"), QStringLiteral("alice")},
                   {QStringLiteral("until"),
                    QDateTime::currentDateTimeUtc().addSecs(-1).toString(Qt::ISODate)}});
        QVERIFY(peer.take(QStringLiteral("done")));
        QVERIFY(later.bindAndIdent(3, QStringLiteral("/o/a"), userToken()) > 0);
    }

    void badInputGetsClearErrors()
    {
        OperatorClient peer;
        QVERIFY(peer.open(m_server->operatorUrl()));
        QVERIFY(peer.hello(operatorToken()));
        peer.socket.sendTextMessage(QStringLiteral("{not json"));
        auto error = peer.take(QStringLiteral("error"));
        QVERIFY(error);
        QCOMPARE(error->value(QStringLiteral("code")).toString(), QStringLiteral("bad_message"));
        peer.send({{QStringLiteral("type"), QStringLiteral("format-disk")}});
        error = peer.take(QStringLiteral("error"));
        QVERIFY(error);
        QCOMPARE(error->value(QStringLiteral("code")).toString(), QStringLiteral("unknown_type"));
        peer.send({{QStringLiteral("type"), QStringLiteral("subscribe")},
                   {QStringLiteral("pageSize"), 0}});
        error = peer.take(QStringLiteral("error"));
        QVERIFY(error);
        QVERIFY(!peer.closed);

        // A flood of subscriptions costs one snapshot each and keeps the peer working.
        for (int i = 0; i < 200; ++i)
            peer.send({{QStringLiteral("type"), QStringLiteral("subscribe")}});
        QVERIFY(testsupport::waitUntil(
            [&] {
                int snapshots = 0;
                for (const QJsonObject &m : std::as_const(peer.received))
                    snapshots +=
                        m.value(QStringLiteral("type")).toString() == QStringLiteral("snapshot");
                return snapshots == 200;
            },
            60s));

        // An oversized message closes that peer (1009), and the sync port is unaffected.
        peer.socket.sendTextMessage(QString(20'000, u'x'));
        QTRY_VERIFY_WITH_TIMEOUT(peer.closed, 20'000);
        QCOMPARE(peer.socket.closeCode(), QWebSocketProtocol::CloseCodeTooMuchData);
        RawClient client;
        QVERIFY(client.connectTo(m_server->url()));
        QVERIFY(client.bindAndIdent(1, QStringLiteral("/o/after"), userToken()) > 0);
    }

    void subscriberThatNeverReadsIsDropped()
    {
        std::vector<std::unique_ptr<RawClient>> clients;
        for (int i = 0; i < 4; ++i) {
            clients.push_back(std::make_unique<RawClient>());
            QVERIFY(clients.back()->connectTo(m_server->url()));
            for (quint32 s = 1; s <= 8; ++s)
                QVERIFY(clients.back()->bindAndIdent(s, QStringLiteral("/o/slow%1").arg(s),
                                                     userToken()) > 0);
        }
        // A hand-made WebSocket client whose socket buffers at most 1 KiB and is never read.
        QTcpSocket raw;
        raw.setReadBufferSize(1024);
        raw.connectToHost(m_server->operatorUrl().host(), quint16(m_server->operatorUrl().port()));
        QVERIFY(
            testsupport::waitUntil([&] { return raw.state() == QAbstractSocket::ConnectedState; }));
        raw.setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 4096);
        raw.write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
                  "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                  "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: syncscope-operator.v1"
                  "\r\n\r\n");
        QVERIFY(testsupport::waitUntil([&] { return raw.bytesAvailable() > 0; }));
        // Text frames, masked with the key 0 (so the payload stays as it is).
        const auto frame = [](const QByteArray &payload) -> QByteArray {
            QByteArray bytes;
            bytes.append(char(0x81));
            if (payload.size() < 126) {
                bytes.append(char(0x80 | payload.size()));
            } else {
                bytes.append(char(0x80 | 126));
                bytes.append(char(payload.size() >> 8));
                bytes.append(char(payload.size() & 0xff));
            }
            bytes.append(QByteArray(4, '\0'));
            bytes.append(payload);
            return bytes;
        };
        raw.write(frame(QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("hello")},
                                                  {QStringLiteral("token"), operatorToken()}})
                            .toJson(QJsonDocument::Compact)));
        // Each subscribe asks for a whole snapshot, which this peer never reads.
        const QByteArray subscribe = frame(R"({"type":"subscribe"})");
        for (int i = 0; i < 20'000 && raw.state() == QAbstractSocket::ConnectedState; ++i) {
            raw.write(subscribe);
            if (i % 100 == 0)
                QCoreApplication::processEvents();
        }
        QTRY_COMPARE_WITH_TIMEOUT(raw.state(), QAbstractSocket::UnconnectedState, 60'000);

        // The sync port and other operators carry on.
        RawClient after;
        QVERIFY(after.connectTo(m_server->url()));
        QVERIFY(after.bindAndIdent(1, QStringLiteral("/o/after-slow"), userToken()) > 0);
        OperatorClient peer;
        QVERIFY(peer.open(m_server->operatorUrl()));
        QVERIFY(peer.hello(operatorToken()));
    }

    // The whole path with real processes: syncscope-server with --operator-listen, an operator
    // token from "syncscope-server token --operator", and a user's token refused there.
    void realServerProcessWithCommandLineToken()
    {
        testsupport::ServerProcess process;
        process.setExtraArguments({QStringLiteral("--operator-listen"), QStringLiteral("0")});
        QVERIFY2(process.start(), qPrintable(process.errorString()));
        QUrl operatorUrl;
        QVERIFY(testsupport::waitUntil(
            [&] {
                static const QRegularExpression line(
                    QStringLiteral("operator API at (ws://127\\.0\\.0\\.1:\\d+)"));
                const auto match = line.match(process.standardError());
                if (match.hasMatch())
                    operatorUrl = QUrl(match.captured(1));
                return operatorUrl.isValid() && !operatorUrl.isEmpty();
            },
            20s));

        QProcess mint;
        mint.start(testsupport::ServerProcess::serverBinary(),
                   {QStringLiteral("token"), QStringLiteral("--operator"),
                    QStringLiteral("--secret-file"), process.secretFile(), QStringLiteral("--user"),
                    QStringLiteral("oncall"), QStringLiteral("--ttl"), QStringLiteral("600")});
        QVERIFY(mint.waitForFinished(30'000));
        QCOMPARE(mint.exitCode(), 0);
        const QString token = QString::fromLatin1(mint.readAllStandardOutput()).trimmed();

        OperatorClient refused;
        QVERIFY(refused.open(operatorUrl));
        refused.send({{QStringLiteral("type"), QStringLiteral("hello")},
                      {QStringLiteral("token"),
                       process.mintToken(QStringLiteral("alice"), {QStringLiteral("/*")})}});
        QVERIFY(refused.take(QStringLiteral("error")));
        QTRY_VERIFY_WITH_TIMEOUT(refused.closed, 20'000);

        OperatorClient peer;
        QVERIFY(peer.open(operatorUrl));
        peer.send(
            {{QStringLiteral("type"), QStringLiteral("hello")}, {QStringLiteral("token"), token}});
        const auto welcome = peer.take(QStringLiteral("welcome"));
        QVERIFY(welcome);
        QCOMPARE(welcome->value(QStringLiteral("subject")).toString(), QStringLiteral("oncall"));
        // The operator token is no user token on the sync port.
        RawClient client;
        QVERIFY(client.connectTo(process.url()));
        client.send({1, BindMessage{QStringLiteral("/a"), token, true}});
        const auto error = client.waitForMessage<ErrorMessage>(1);
        QVERIFY(error);
        QCOMPARE(error->code, quint16(ErrorCode::BadAuthentication));
        // And the action is in the server's log with the operator's name.
        peer.send({{QStringLiteral("type"), QStringLiteral("refuseUser")},
                   {QStringLiteral("user"), QStringLiteral("mallory")},
                   {QStringLiteral("until"), QStringLiteral("2099-01-01T00:00:00Z")}});
        QVERIFY(peer.take(QStringLiteral("done")));
        QVERIFY(testsupport::waitUntil(
            [&] {
                return process.standardError().contains(QStringLiteral("operator oncall at")) &&
                       process.standardError().contains(QStringLiteral("refuses user mallory"));
            },
            20s));
    }

    void wrongSubprotocolIsRefused()
    {
        QWebSocket socket;
        bool closed = false;
        connect(&socket, &QWebSocket::disconnected, this, [&] { closed = true; });
        QWebSocketHandshakeOptions options;
        options.setSubprotocols({QStringLiteral("syncscope.v1")});
        socket.open(QNetworkRequest(m_server->operatorUrl()), options);
        QTRY_VERIFY_WITH_TIMEOUT(closed, 20'000);
    }
};

QTEST_GUILESS_MAIN(OperatorTest)
#include "tst_operator.moc"
