// The operator API of syncscope-server: authentication with operator tokens, the paged snapshot
// and coalesced deltas, the disconnect action, and bad input from an operator peer.

#include <syncscope/protocol/accesstoken.h>
#include <syncscope/protocol/codec.h>
#include <syncscope/protocol/errorcodes.h>
#include <syncscope/protocol/messages.h>
#include <syncscope/server/syncserver.h>
#include <syncscope/testsupport/inprocessserver.h>
#include <syncscope/testsupport/postgrescluster.h>
#include <syncscope/testsupport/rawclient.h>
#include <syncscope/testsupport/serverprocess.h>
#include <syncscope/testsupport/tokens.h>
#include <syncscope/testsupport/waiting.h>

#include <QDeadlineTimer>
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

#include <numeric>

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

// Every page of one round (snapshot or delta) from the first not yet taken one to "last".
struct Round
{
    QHash<qint64, QJsonObject> connections; // by id
    QHash<QString, QJsonObject> realms;     // by path
    int pages = 0;
    qsizetype largestMessage = 0;
};

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

    std::optional<Round> takeRound(const QString &type, std::chrono::milliseconds timeout = 60s)
    {
        Round round;
        for (bool last = false; !last; ++round.pages) {
            const auto page = take(type, timeout);
            if (!page)
                return std::nullopt;
            last = page->value(QStringLiteral("last")).toBool();
            round.largestMessage = std::max(
                round.largestMessage, QJsonDocument(*page).toJson(QJsonDocument::Compact).size());
            for (const QJsonValue &c : page->value(QStringLiteral("connections")).toArray())
                round.connections.insert(c.toObject().value(QStringLiteral("id")).toInteger(),
                                         c.toObject());
            for (const QJsonValue &r : page->value(QStringLiteral("realms")).toArray())
                round.realms.insert(r.toObject().value(QStringLiteral("path")).toString(),
                                    r.toObject());
        }
        return round;
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

QJsonObject sessionIn(const Round &round, qint64 connection, int session)
{
    for (const QJsonValue &s :
         round.connections.value(connection).value(QStringLiteral("sessions")).toArray()) {
        if (s.toObject().value(QStringLiteral("id")).toInt() == session)
            return s.toObject();
    }
    return {};
}

// A client text frame, masked with the key 0 (so the payload stays as it is).
QByteArray maskedTextFrame(const QByteArray &payload)
{
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
}

// A hand-made operator peer on a plain TCP socket whose reads the test controls: it can stop
// reading (small buffers, so the server's writes back up) and read again later.
class SlowOperatorPeer
{
public:
    bool open(const QUrl &url, const QString &token)
    {
        socket.setReadBufferSize(1024);
        socket.connectToHost(url.host(), quint16(url.port()));
        if (!testsupport::waitUntil(
                [&] { return socket.state() == QAbstractSocket::ConnectedState; }))
            return false;
        socket.setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 64 * 1024);
        socket.write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
                     "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                     "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: syncscope-operator.v1"
                     "\r\n\r\n");
        if (!testsupport::waitUntil([&] { return socket.peek(1024).contains("\r\n\r\n"); }))
            return false;
        const QByteArray header = socket.peek(1024);
        socket.read(header.indexOf("\r\n\r\n") + 4);
        send(QJsonObject{{QStringLiteral("type"), QStringLiteral("hello")},
                         {QStringLiteral("token"), token}});
        const auto welcome = next();
        return welcome && welcome->value(QStringLiteral("type")).toString() == u"welcome";
    }

    void send(const QJsonObject &message)
    {
        socket.write(maskedTextFrame(QJsonDocument(message).toJson(QJsonDocument::Compact)));
    }

    // The next complete text message (frames of one message joined), read as it arrives.
    std::optional<QJsonObject> next(std::chrono::milliseconds timeout = 60s)
    {
        socket.setReadBufferSize(0);
        std::optional<QJsonObject> message;
        testsupport::waitUntil(
            [&] {
                m_buffer += socket.readAll();
                while (!message) {
                    if (m_buffer.size() < 2)
                        return false;
                    const auto opcode = quint8(m_buffer.at(0)) & 0x0f;
                    const bool fin = quint8(m_buffer.at(0)) & 0x80;
                    qint64 length = quint8(m_buffer.at(1)) & 0x7f;
                    qsizetype offset = 2;
                    if (length >= 126) {
                        const int extra = length == 126 ? 2 : 8;
                        if (m_buffer.size() < 2 + extra)
                            return false;
                        length = 0;
                        for (int i = 0; i < extra; ++i)
                            length = (length << 8) | quint8(m_buffer.at(2 + i));
                        offset += extra;
                    }
                    if (m_buffer.size() < offset + length)
                        return false;
                    if (opcode == 0x1 || opcode == 0x0)
                        m_message += m_buffer.mid(offset, length);
                    m_buffer.remove(0, offset + length);
                    if (fin && (opcode == 0x1 || opcode == 0x0)) {
                        message = QJsonDocument::fromJson(std::exchange(m_message, {})).object();
                    }
                }
                return true;
            },
            timeout);
        return message;
    }

    QTcpSocket socket;

private:
    QByteArray m_buffer;
    QByteArray m_message;
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
        QString databaseError;
        QVERIFY2(testsupport::useTestDatabase(config, &databaseError), qPrintable(databaseError));
        config.operatorEnabled = true;
        // Pings often, so that a round trip is measured within the test.
        config.roundTripProbeInterval = 100ms;
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
        // Then each realm: one item per page, too.
        QCOMPARE(pages, 4);
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

    // Every fact docs/operator.md lists, against traffic this test made: phases, uploads and
    // a refused one, the error it was answered with, downloads, the round trip, the realms.
    void streamCarriesEveryFact()
    {
        RawClient writer;
        RawClient reader;
        QVERIFY(writer.connectTo(m_server->url()) && reader.connectTo(m_server->url()));
        const quint64 writerFile = writer.bindAndIdent(1, QStringLiteral("/o/facts"), userToken());
        QVERIFY(writerFile > 0);
        QVERIFY(reader.bindAndIdent(1, QStringLiteral("/o/facts"), userToken()) > 0);
        // Bound, never identified: "identifying".
        writer.send({2, BindMessage{QStringLiteral("/o/other"), userToken(), true}});
        QVERIFY(writer.waitForMessage<ServerIdentMessage>(2));
        // Two uploads, each acknowledged.
        quint64 uploadedBytes = 0;
        for (quint64 version = 1; version <= 2; ++version) {
            const QList<Operation> ops = {{Operation::Kind::Set, QStringLiteral("k%1").arg(version),
                                           QByteArray(int(200 * version), 'x')}};
            uploadedBytes += changesetSize(ops);
            writer.send({1, UploadMessage{{{version, 1000, ops}}}});
            const auto ack = writer.waitForMessage<DownloadMessage>(1);
            QVERIFY(ack);
            QCOMPARE(ack->uploadAckClientVersion, version);
        }
        // A refused upload (client version does not increase) ends session 3 with an ERROR.
        QVERIFY(writer.bindAndIdent(3, QStringLiteral("/o/facts"), userToken()) > 0);
        const QList<Operation> op = {{Operation::Kind::Set, QStringLiteral("r"), "v"}};
        writer.send({3, UploadMessage{{{5, 1000, op}, {5, 1001, op}}}});
        const auto refused = writer.waitForMessage<ErrorMessage>(3);
        QVERIFY(refused);
        QCOMPARE(refused->code, quint16(ErrorCode::BadClientVersion));
        // The reader has everything.
        QVERIFY(reader.waitFor([](const Frame &f) {
            const auto *d = std::get_if<DownloadMessage>(&f.message);
            return d && d->downloadCursor >= 2;
        }));
        QVERIFY(testsupport::waitUntil(
            [this] {
                const auto all = m_server->statistics()->connections();
                return all.size() == 2 && std::all_of(all.cbegin(), all.cend(), [](const auto &c) {
                           return c.roundTripMs >= 0;
                       });
            },
            20s));
        quint64 writerId = 0;
        quint64 readerId = 0;
        for (const auto &c : m_server->statistics()->connections())
            (c.sessions.size() == 2 ? writerId : readerId) = c.connectionId;
        QVERIFY(writerId && readerId);

        OperatorClient peer;
        QVERIFY(peer.open(m_server->operatorUrl()));
        QVERIFY(peer.hello(operatorToken()));
        peer.send({{QStringLiteral("type"), QStringLiteral("subscribe")}});
        const auto server = peer.take(QStringLiteral("server"));
        QVERIFY(server);
        const QJsonObject facts = server->value(QStringLiteral("server")).toObject();
        QCOMPARE(facts.value(QStringLiteral("sessions")).toInt(), 3);
        QCOMPARE(facts.value(QStringLiteral("uploadsRefused")).toInt(), 1);
        QCOMPARE(facts.value(QStringLiteral("changesetsIntegrated")).toInt(), 2);
        QCOMPARE(facts.value(QStringLiteral("errorsSent"))
                     .toObject()
                     .value(QStringLiteral("bad_client_version"))
                     .toInt(),
                 1);
        const QJsonObject commitUploads = facts.value(QStringLiteral("commitUploads")).toObject();
        const int commits = facts.value(QStringLiteral("commits")).toInt();
        QVERIFY(commits >= 3); // two uploads and the refused one, each waited for
        QCOMPARE(commitUploads.value(QStringLiteral("count")).toInt(), commits);
        // Each commit held one upload: every estimate lies within the first bucket, (0, 1].
        QCOMPARE(commitUploads.value(QStringLiteral("sum")).toInt(), commits);
        QVERIFY(commitUploads.value(QStringLiteral("p99")).toDouble() <= 1.0);
        const QJsonObject commitSeconds = facts.value(QStringLiteral("commitSeconds")).toObject();
        QVERIFY(commitSeconds.value(QStringLiteral("p99")).toDouble() >=
                commitSeconds.value(QStringLiteral("p50")).toDouble());
        QVERIFY(commitSeconds.value(QStringLiteral("p50")).toDouble() > 0);
        QVERIFY(facts.contains(QStringLiteral("commitsPerSecond")));
        QCOMPARE(facts.value(QStringLiteral("downloadQueueBytes")).toInt(), 0); // caught up
        // The size of the SQLite file; on PostgreSQL there is no file of the server's own.
        if (testsupport::PostgresCluster::testsUseShared())
            QCOMPARE(facts.value(QStringLiteral("storageBytes")).toDouble(), 0.0);
        else
            QVERIFY(facts.value(QStringLiteral("storageBytes")).toDouble() > 0);
        QVERIFY(facts.value(QStringLiteral("uptimeSeconds")).toDouble() >= 0);
        const QJsonArray listen = facts.value(QStringLiteral("listen")).toArray();
        QVERIFY(listen.contains(m_server->url().toString()));
        QVERIFY(listen.contains(m_server->operatorUrl().toString()));

        const auto round = peer.takeRound(QStringLiteral("snapshot"));
        QVERIFY(round);
        const QJsonObject writerJson = round->connections.value(qint64(writerId));
        QVERIFY(writerJson.value(QStringLiteral("roundTripMs")).toDouble(-1) >= 0);
        // BIND, IDENT, BIND, 2 UPLOADs, BIND, IDENT, UPLOAD.
        QCOMPARE(writerJson.value(QStringLiteral("messagesIn")).toInt(), 8);
        // At least 3 SERVER IDENTs, 2 initial DOWNLOADs, 2 acknowledgements and the ERROR.
        QVERIFY(writerJson.value(QStringLiteral("messagesOut")).toInt() >= 8);
        QCOMPARE(writerJson.value(QStringLiteral("sendQueueBytes")).toInt(), 0);

        const QJsonObject syncing = sessionIn(*round, qint64(writerId), 1);
        QCOMPARE(syncing.value(QStringLiteral("phase")).toString(), QStringLiteral("syncing"));
        QCOMPARE(syncing.value(QStringLiteral("clientFileId")).toDouble(), double(writerFile));
        QCOMPARE(syncing.value(QStringLiteral("uploadCursor")).toInt(), 2);
        QCOMPARE(syncing.value(QStringLiteral("uploadedChangesets")).toInt(), 2);
        QCOMPARE(syncing.value(QStringLiteral("uploadedBytes")).toDouble(), double(uploadedBytes));
        QCOMPARE(syncing.value(QStringLiteral("refusedUploads")).toInt(), 0);
        QCOMPARE(syncing.value(QStringLiteral("serverHead")).toInt(), 2);
        QCOMPARE(syncing.value(QStringLiteral("downloadCursor")).toInt(), 2);
        QCOMPARE(syncing.value(QStringLiteral("bytesBehind")).toInt(), 0);
        QVERIFY(syncing.value(QStringLiteral("lastUpload")).isString());
        QVERIFY(syncing.value(QStringLiteral("lastDownload")).isString());
        QVERIFY(syncing.value(QStringLiteral("since")).isString());
        QVERIFY(syncing.value(QStringLiteral("lastError")).isNull());

        const QJsonObject identifying = sessionIn(*round, qint64(writerId), 2);
        QCOMPARE(identifying.value(QStringLiteral("phase")).toString(),
                 QStringLiteral("identifying"));
        QVERIFY(identifying.value(QStringLiteral("lastUpload")).isNull());

        const QJsonObject ended = sessionIn(*round, qint64(writerId), 3);
        QCOMPARE(ended.value(QStringLiteral("phase")).toString(), QStringLiteral("ended"));
        QCOMPARE(ended.value(QStringLiteral("endCode")).toInt(), int(ErrorCode::BadClientVersion));
        QCOMPARE(ended.value(QStringLiteral("refusedUploads")).toInt(), 1);
        const QJsonObject lastError = ended.value(QStringLiteral("lastError")).toObject();
        QCOMPARE(lastError.value(QStringLiteral("name")).toString(),
                 QStringLiteral("bad_client_version"));
        QCOMPARE(lastError.value(QStringLiteral("message")).toString(), refused->message);

        const QJsonObject readerSession = sessionIn(*round, qint64(readerId), 1);
        QCOMPARE(readerSession.value(QStringLiteral("downloadedChangesets")).toInt(), 2);
        QCOMPARE(readerSession.value(QStringLiteral("downloadedBytes")).toDouble(),
                 double(uploadedBytes));

        const QJsonObject realm = round->realms.value(QStringLiteral("/o/facts"));
        QCOMPARE(realm.value(QStringLiteral("headVersion")).toInt(), 2);
        QCOMPARE(realm.value(QStringLiteral("historyBytes")).toDouble(), double(uploadedBytes));
        QCOMPARE(realm.value(QStringLiteral("clientFiles")).toInt(), 3);
        QCOMPARE(realm.value(QStringLiteral("sessionsBound")).toInt(), 2);
        QCOMPARE(round->realms.value(QStringLiteral("/o/other"))
                     .value(QStringLiteral("sessionsBound"))
                     .toInt(),
                 1);

        // The state filter: only the session still identifying, on its connection.
        peer.send({{QStringLiteral("type"), QStringLiteral("subscribe")},
                   {QStringLiteral("filter"),
                    QJsonObject{{QStringLiteral("state"), QStringLiteral("identifying")}}}});
        const auto filtered = peer.takeRound(QStringLiteral("snapshot"));
        QVERIFY(filtered);
        QCOMPARE(filtered->connections.size(), 1);
        const QJsonArray only = filtered->connections.value(qint64(writerId))
                                    .value(QStringLiteral("sessions"))
                                    .toArray();
        QCOMPARE(only.size(), 1);
        QCOMPARE(only.first().toObject().value(QStringLiteral("id")).toInt(), 2);
        peer.send({{QStringLiteral("type"), QStringLiteral("subscribe")},
                   {QStringLiteral("filter"),
                    QJsonObject{{QStringLiteral("state"), QStringLiteral("asleep")}}}});
        const auto error = peer.take(QStringLiteral("error"));
        QVERIFY(error);
        QCOMPARE(error->value(QStringLiteral("code")).toString(), QStringLiteral("bad_message"));
    }

    // Ten thousand real sessions page out in bounded messages, written as the peer reads rather
    // than queued all at once.
    void thousandsOfSessionsArePaged()
    {
        constexpr int kConnections = 40;
        constexpr int kSessionsEach = 250;
        // More realms than the server visits in one slice of a round, so that their walk, too,
        // resumes where it stopped.
        constexpr int kRealms = 1200;
        std::vector<std::unique_ptr<RawClient>> clients;
        const QString token = userToken();
        // Long realm paths make each session's JSON about 1.5 KiB: the snapshot (~15 MiB) is
        // more than the kernel's socket buffers and the 4 MiB a subscriber may have queued.
        const QString longPrefix = QStringLiteral("/o/many/") + QString(700, u'p') + u'/';
        for (int c = 0; c < kConnections; ++c) {
            clients.push_back(std::make_unique<RawClient>());
            QVERIFY(clients.back()->connectTo(m_server->url()));
            // BIND without waiting: the answers are not needed here.
            for (quint32 s = 1; s <= kSessionsEach; ++s)
                clients.back()->send(
                    {s, BindMessage{longPrefix + QString::number((c * kSessionsEach + s) % kRealms),
                                    token, false}});
        }
        QVERIFY(testsupport::waitUntil(
            [this] {
                int sessions = 0;
                for (const auto &c : m_server->statistics()->connections())
                    sessions += int(c.sessions.size());
                // A realm is listed once the storage thread created it, which can be after
                // its sessions are counted.
                return sessions == kConnections * kSessionsEach &&
                       m_server->statistics()->realms().size() == kRealms;
            },
            120s));

        OperatorClient peer;
        QVERIFY(peer.open(m_server->operatorUrl()));
        QVERIFY(peer.hello(operatorToken()));
        peer.send({{QStringLiteral("type"), QStringLiteral("subscribe")},
                   {QStringLiteral("pageSize"), 100}});
        const auto server = peer.take(QStringLiteral("server"), 120s);
        QVERIFY(server);
        // Counted while the round visits the connections a slice at a time.
        const QJsonObject facts = server->value(QStringLiteral("server")).toObject();
        QCOMPARE(facts.value(QStringLiteral("connections")).toInt(), kConnections);
        QCOMPARE(facts.value(QStringLiteral("sessions")).toInt(), kConnections * kSessionsEach);
        QCOMPARE(facts.value(QStringLiteral("realms")).toInt(), kRealms);
        const auto round = peer.takeRound(QStringLiteral("snapshot"), 120s);
        QVERIFY(round);
        int sessions = 0;
        for (const QJsonObject &c : round->connections)
            sessions += int(c.value(QStringLiteral("sessions")).toArray().size());
        QCOMPARE(sessions, kConnections * kSessionsEach);
        // Each connection holds more than a page of sessions, so it goes alone.
        QCOMPARE(round->connections.size(), kConnections);
        QVERIFY(round->pages >= kConnections);
        QCOMPARE(round->realms.size(), kRealms);
        int bound = 0;
        for (const QJsonObject &realm : round->realms)
            bound += realm.value(QStringLiteral("sessionsBound")).toInt();
        QCOMPARE(bound, kConnections * kSessionsEach);
        // No page carries much more than its own connection: 250 sessions of about 1.5 KiB,
        // never the whole 10,000.
        QVERIFY2(round->largestMessage < 600 * 1024,
                 qPrintable(QString::number(round->largestMessage)));
        QVERIFY(!peer.closed);

        // A round of 10,000 sessions goes out a slice per event-loop turn, so the server
        // answers what came after the subscribe (here the same peer's bad message) before the
        // round's first message, rather than after the whole round was walked. (A delta of the
        // earlier subscription may still arrive before both: it was sent before the subscribe
        // was read.)
        peer.received.clear();
        peer.send({{QStringLiteral("type"), QStringLiteral("subscribe")},
                   {QStringLiteral("pageSize"), 100}});
        peer.socket.sendTextMessage(QStringLiteral("{not json"));
        const auto typeAt = [&](qsizetype i) {
            return peer.received.at(i).value(QStringLiteral("type")).toString();
        };
        const auto indexOf = [&](const QString &type) {
            for (qsizetype i = 0; i < peer.received.size(); ++i) {
                if (typeAt(i) == type)
                    return i;
            }
            return qsizetype(-1);
        };
        QVERIFY(testsupport::waitUntil(
            [&] {
                return indexOf(QStringLiteral("snapshot")) >= 0 &&
                       indexOf(QStringLiteral("error")) >= 0;
            },
            120s));
        const qsizetype firstPage = indexOf(QStringLiteral("snapshot"));
        // The snapshot's server facts come right before its first page.
        QVERIFY(firstPage >= 1);
        QCOMPARE(typeAt(firstPage - 1), QStringLiteral("server"));
        QVERIFY2(indexOf(QStringLiteral("error")) < firstPage - 1,
                 "the round was walked before the next message was read");
        QVERIFY(peer.takeRound(QStringLiteral("snapshot"), 120s));

        // A subscriber that does not read for a while is not dropped: the server stops
        // building pages while 256 KiB wait for it, far below the 4 MiB that drop a reader;
        // the ~15 MiB snapshot written at once would have dropped it. Once it reads, the rest
        // follows.
        // (The first subscriber goes: its rounds would read the statistics in between.)
        peer.send({{QStringLiteral("type"), QStringLiteral("unsubscribe")}});
        QVERIFY(peer.take(QStringLiteral("unsubscribed"), 120s));
        SlowOperatorPeer slow;
        QVERIFY(slow.open(m_server->operatorUrl(), operatorToken()));
        slow.socket.setReadBufferSize(1024);
        slow.send({{QStringLiteral("type"), QStringLiteral("subscribe")}});
        QVERIFY(testsupport::waitUntil([&] { return slow.socket.bytesAvailable() >= 1024; }));
        QVERIFY(!testsupport::waitUntil(
            [&] { return slow.socket.state() != QAbstractSocket::ConnectedState; }, 2s));
        // While its pages wait, the last connection (paged last) binds one more session: the
        // snapshot may show it or not (a page carries what the round read), but the deltas
        // after it must, so that snapshot and deltas together are the server's state.
        // (Waiting for the IDENT, not on the statistics: reading them would refresh them.)
        const quint64 lastConnection = m_server->statistics()->connectionIds().constLast();
        QVERIFY(clients.back()->bindAndIdent(kSessionsEach + 1, longPrefix + u'0', token) > 0);
        QHash<quint64, int> sessionsOf; // connection id -> sessions, as the stream says
        const auto note = [&](const QJsonObject &message) {
            for (const QJsonValue &c : message.value(QStringLiteral("connections")).toArray()) {
                const QJsonObject connection = c.toObject();
                sessionsOf[quint64(connection.value(QStringLiteral("id")).toDouble())] =
                    int(connection.value(QStringLiteral("sessions")).toArray().size());
            }
        };
        for (bool last = false; !last;) {
            const auto message = slow.next();
            QVERIFY2(message, "the paced snapshot did not arrive");
            if (message->value(QStringLiteral("type")).toString() != u"snapshot")
                continue;
            last = message->value(QStringLiteral("last")).toBool();
            note(*message);
        }
        QCOMPARE(sessionsOf.size(), kConnections);
        const int inSnapshot = std::accumulate(sessionsOf.cbegin(), sessionsOf.cend(), 0);
        QVERIFY2(inSnapshot == kConnections * kSessionsEach ||
                     inSnapshot == kConnections * kSessionsEach + 1,
                 qPrintable(QString::number(inSnapshot)));
        const QDeadlineTimer deadline(60s);
        while (sessionsOf.value(lastConnection) != kSessionsEach + 1) {
            QVERIFY2(!deadline.hasExpired(),
                     "the session bound while the snapshot paged never arrived");
            const auto message = slow.next(20s);
            QVERIFY2(message, "the stream stopped");
            if (message->value(QStringLiteral("type")).toString() == u"delta")
                note(*message);
        }
        QCOMPARE(std::accumulate(sessionsOf.cbegin(), sessionsOf.cend(), 0),
                 kConnections * kSessionsEach + 1);
        QCOMPARE(slow.socket.state(), QAbstractSocket::ConnectedState);
    }

    void histogramQuantilesAndCommitRate()
    {
        server::Histogram histogram({1, 2, 4});
        QCOMPARE(histogram.quantile(0.5), 0.0);
        for (double value : {0.5, 1.5, 1.5, 3.0})
            histogram.observe(value);
        // Ranks 2 of 4 and 3.96 of 4: linear within (1, 2] and (2, 4].
        QCOMPARE(histogram.quantile(0.5), 1.5);
        QCOMPARE(histogram.quantile(0.99), 2.0 + 2.0 * 0.96);
        histogram.observe(100); // above the last bound
        QCOMPARE(histogram.quantile(1.0), 4.0);

        server::ServerStatistics statistics;
        for (int i = 0; i < 5; ++i)
            statistics.recordCommit(0.001, 1);
        // Counted once its second is complete, then over ten seconds.
        QTRY_COMPARE_WITH_TIMEOUT(statistics.commitsPerSecond(), 0.5, 5000);
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
        raw.write(maskedTextFrame(
            QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("hello")},
                                      {QStringLiteral("token"), operatorToken()}})
                .toJson(QJsonDocument::Compact)));
        // Each subscribe asks for a whole snapshot, which this peer never reads.
        const QByteArray subscribe = maskedTextFrame(R"({"type":"subscribe"})");
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
