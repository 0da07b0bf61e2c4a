// The syncscope-server executable, run as a real process: its command line, its secret file,
// durability across SIGKILL and its clean shutdown on SIGTERM/SIGINT.

#include <syncscope/protocol/accesstoken.h>
#include <syncscope/protocol/codec.h>
#include <syncscope/protocol/errorcodes.h>
#include <syncscope/testsupport/rawclient.h>
#include <syncscope/testsupport/serverprocess.h>
#include <syncscope/testsupport/waiting.h>

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>
#include <sys/stat.h>
#include <vector>

using namespace syncscope;
using namespace syncscope::protocol;
using syncscope::testsupport::RawClient;
using syncscope::testsupport::ServerProcess;

namespace {

struct RunResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

RunResult runServer(const QStringList &arguments)
{
    QProcess process;
    process.start(ServerProcess::serverBinary(), arguments);
    RunResult result;
    if (!process.waitForFinished(30'000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromLocal8Bit(process.readAllStandardOutput());
    result.err = QString::fromLocal8Bit(process.readAllStandardError());
    return result;
}

Operation set(const QString &key, const QByteArray &value)
{
    return {Operation::Kind::Set, key, value};
}

// Everything a fresh client downloads from the realm: key → value, by LWW replay.
QHash<QString, QByteArray> downloadEverything(const QUrl &url, const QString &token,
                                              const QString &realm, quint64 *head = nullptr)
{
    RawClient client;
    if (!client.connectTo(url))
        return {};
    client.send({1, BindMessage{realm, token, true}});
    const auto ident = client.waitForMessage<ServerIdentMessage>(1);
    if (!ident)
        return {};
    client.send({1, ClientIdentMessage{ident->clientFileId, 0}});
    client.send({1, MarkMessage{1}});
    QHash<QString, QByteArray> state;
    while (true) {
        const auto frame = client.waitFor([](const Frame &f) {
            return std::holds_alternative<DownloadMessage>(f.message) ||
                   std::holds_alternative<MarkMessage>(f.message);
        });
        if (!frame)
            return {};
        if (std::holds_alternative<MarkMessage>(frame->message))
            break;
        const auto &download = std::get<DownloadMessage>(frame->message);
        if (head)
            *head = download.latestServerVersion;
        for (const DownloadChangeset &c : download.changesets) {
            for (const Operation &op : c.operations) {
                if (op.kind == Operation::Kind::Set)
                    state.insert(op.key, op.value);
                else
                    state.remove(op.key);
            }
        }
    }
    return state;
}

} // namespace

class ServerProcessTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(ServerProcess::serverBinary()),
                 "SYNCSCOPE_SERVER_BIN must name the syncscope-server binary");
    }

    void firstLineIsTheListeningUrl()
    {
        ServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        QCOMPARE(server.url().scheme(), QStringLiteral("ws"));
        QCOMPARE(server.url().host(), QStringLiteral("127.0.0.1"));
        QVERIFY(server.port() > 0);
        QVERIFY(QRegularExpression(QStringLiteral("^listening on ws://127\\.0\\.0\\.1:\\d+$"))
                    .match(QStringLiteral("listening on ") + server.url().toString())
                    .hasMatch());
        // It says on stderr that it only listens on loopback, and where its secret is.
        QVERIFY(testsupport::waitUntil(
            [&] { return server.standardError().contains(QStringLiteral("loopback")); }));
        QVERIFY(server.standardError().contains(server.secretFile()));
        RawClient client;
        QVERIFY(client.connectTo(server.url()));
        client.send({0, PingMessage{5}});
        QVERIFY(client.waitForMessage<PongMessage>(0));
    }

    void missingSecretFileIsCreatedWithMode0600()
    {
        ServerProcess server;
        QVERIFY(!QFile::exists(server.secretFile()));
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        struct stat info = {};
        QCOMPARE(::stat(QFile::encodeName(server.secretFile()).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, mode_t(0600));
        QCOMPARE(server.secret().size(), 32);
        QVERIFY(server.standardError().contains(QStringLiteral("created the secret file")));

        // A restart keeps the secret: tokens minted before still work.
        const QByteArray secret = server.secret();
        const QString token = server.mintToken(QStringLiteral("u"), {QStringLiteral("/s")});
        QVERIFY(server.restart());
        QCOMPARE(server.secret(), secret);
        RawClient client;
        QVERIFY(client.connectTo(server.url()));
        QVERIFY(client.bindAndIdent(1, QStringLiteral("/s"), token) > 0);
    }

    void tokenSubcommandPrintsAVerifiableToken()
    {
        QTemporaryDir dir;
        const QString secretFile = dir.filePath(QStringLiteral("secret"));
        const RunResult run =
            runServer({QStringLiteral("token"), QStringLiteral("--secret-file"), secretFile,
                       QStringLiteral("--user"), QStringLiteral("bob"), QStringLiteral("--realm"),
                       QStringLiteral("/a"), QStringLiteral("--realm"), QStringLiteral("/team/*"),
                       QStringLiteral("--ttl"), QStringLiteral("120")});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1);
        QFile file(secretFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray secret = file.readAll();
        const TokenCheck check = verifyAccessToken(lines.first(), secret);
        QCOMPARE(check.status, TokenStatus::Valid);
        QCOMPARE(check.claims.subject, QStringLiteral("bob"));
        QVERIFY(grantsRealm(check.claims, u"/a"));
        QVERIFY(grantsRealm(check.claims, u"/team/x"));
        QVERIFY(!grantsRealm(check.claims, u"/team"));
        QVERIFY(!grantsRealm(check.claims, u"/b"));
        const qint64 ttl = QDateTime::currentDateTimeUtc().secsTo(check.claims.expiresAt);
        QVERIFY(ttl > 100 && ttl <= 120);

        // Without --realm the token grants nothing.
        const RunResult none =
            runServer({QStringLiteral("token"), QStringLiteral("--secret-file"), secretFile,
                       QStringLiteral("--user"), QStringLiteral("carol")});
        QCOMPARE(none.exitCode, 0);
        const TokenCheck noRealms = verifyAccessToken(none.out.trimmed(), secret);
        QCOMPARE(noRealms.status, TokenStatus::Valid);
        QVERIFY(noRealms.claims.realmGrants.isEmpty());
    }

    void tokenFromTheSubcommandIsAcceptedByTheServer()
    {
        ServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        const RunResult run =
            runServer({QStringLiteral("token"), QStringLiteral("--secret-file"),
                       server.secretFile(), QStringLiteral("--user"), QStringLiteral("dave"),
                       QStringLiteral("--realm"), QStringLiteral("/d")});
        QCOMPARE(run.exitCode, 0);
        RawClient client;
        QVERIFY(client.connectTo(server.url()));
        QVERIFY(client.bindAndIdent(1, QStringLiteral("/d"), run.out.trimmed()) > 0);
    }

    void badUsageExitsWithTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--bogus")};
        QTest::newRow("bad listen")
            << QStringList{QStringLiteral("--listen"), QStringLiteral("nowhere")};
        QTest::newRow("bad limit")
            << QStringList{QStringLiteral("--max-connections"), QStringLiteral("-3")};
        QTest::newRow("bad log level")
            << QStringList{QStringLiteral("--log-level"), QStringLiteral("loud")};
        QTest::newRow("token without user") << QStringList{
            QStringLiteral("token"), QStringLiteral("--secret-file"), QStringLiteral("/tmp/x")};
        QTest::newRow("stray argument") << QStringList{QStringLiteral("serve")};
    }

    void badUsageExitsWithTwo()
    {
        QFETCH(QStringList, arguments);
        const RunResult run = runServer(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY(!run.err.isEmpty());
    }

    void helpAndVersion()
    {
        const RunResult help = runServer({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const char *option : {"--listen", "--data-dir", "--secret-file", "--max-message-size",
                                   "--max-sessions-per-connection", "--max-connections",
                                   "--log-level", "--tls-cert", "--tls-key", "syncscope-data"})
            QVERIFY2(help.out.contains(QLatin1StringView(option)), option);
        const RunResult tokenHelp = runServer({QStringLiteral("token"), QStringLiteral("--help")});
        QCOMPARE(tokenHelp.exitCode, 0);
        QVERIFY(tokenHelp.out.contains(QStringLiteral("--realm")));
        const RunResult version = runServer({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith(QStringLiteral("syncscope-server ")));
    }

    // Upload, wait for the acknowledgement, SIGKILL at once, restart: every acknowledged
    // changeset is there. A message whose ack never came is there entirely or not at all.
    void sigkillLosesNothingAcknowledged()
    {
        ServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        const QString token = server.mintToken(QStringLiteral("k"), {QStringLiteral("/durable")});
        QHash<QString, QByteArray> acknowledged;
        quint64 clientVersion = 0;
        quint64 fileId = 0;
        for (int round = 0; round < 4; ++round) {
            RawClient client;
            QVERIFY(client.connectTo(server.url()));
            if (fileId == 0) {
                fileId = client.bindAndIdent(1, QStringLiteral("/durable"), token);
                QVERIFY(fileId > 0);
            } else {
                client.send({1, BindMessage{QStringLiteral("/durable"), token, false}});
                client.send({1, ClientIdentMessage{fileId, 0}});
                const auto first = client.waitForMessage<DownloadMessage>(1);
                QVERIFY(first);
                QCOMPARE(first->uploadAckClientVersion, clientVersion);
            }
            for (int message = 0; message < 5; ++message) {
                QList<UploadChangeset> changesets;
                QHash<QString, QByteArray> written;
                for (int i = 0; i < 20; ++i) {
                    const QString key =
                        QStringLiteral("r%1-m%2-c%3").arg(round).arg(message).arg(i);
                    const QByteArray value = QByteArray::number(round * 1000 + message * 20 + i);
                    written.insert(key, value);
                    changesets.append({++clientVersion, qint64(clientVersion), {set(key, value)}});
                }
                client.send({1, UploadMessage{changesets}});
                const quint64 expected = clientVersion;
                QVERIFY(client.waitFor([expected](const Frame &f) {
                    const auto *d = std::get_if<DownloadMessage>(&f.message);
                    return d && d->uploadAckClientVersion == expected;
                }));
                acknowledged.insert(written);
            }
            // One more, killed without waiting for its ack.
            QList<UploadChangeset> inFlight;
            for (int i = 0; i < 20; ++i)
                inFlight.append({clientVersion + 1 + quint64(i),
                                 1,
                                 {set(QStringLiteral("inflight-%1-%2").arg(round).arg(i), "x")}});
            client.send({1, UploadMessage{inFlight}});
            client.socket().flush();
            server.kill();
            QVERIFY2(server.restart(), qPrintable(server.errorString()));

            const QHash<QString, QByteArray> state =
                downloadEverything(server.url(), token, QStringLiteral("/durable"));
            for (auto it = acknowledged.cbegin(); it != acknowledged.cend(); ++it)
                QCOMPARE(state.value(it.key()), it.value());
            int inFlightFound = 0;
            for (int i = 0; i < 20; ++i)
                inFlightFound += state.contains(QStringLiteral("inflight-%1-%2").arg(round).arg(i));
            QVERIFY2(inFlightFound == 0 || inFlightFound == 20,
                     qPrintable(QString::number(inFlightFound)));
            if (inFlightFound == 20) {
                clientVersion += 20;
                for (int i = 0; i < 20; ++i)
                    acknowledged.insert(QStringLiteral("inflight-%1-%2").arg(round).arg(i), "x");
            }
        }
    }

    // Group commit: uploads of many sessions on several connections, sent together so that
    // they arrive in the same event-loop turns, are all acknowledged, a refused one among them
    // fails alone, and everything acknowledged survives a SIGKILL right after the last ack.
    void groupCommitAcknowledgesEverySessionAndSurvivesSigkill()
    {
        ServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        const QString realm = QStringLiteral("/group");
        const QString token = server.mintToken(QStringLiteral("g"), {realm});
        constexpr int kConnections = 4;
        constexpr quint32 kSessionsEach = 3;
        std::vector<std::unique_ptr<RawClient>> clients;
        for (int c = 0; c < kConnections; ++c) {
            clients.push_back(std::make_unique<RawClient>());
            QVERIFY(clients.back()->connectTo(server.url()));
            for (quint32 s = 1; s <= kSessionsEach; ++s)
                QVERIFY(clients.back()->bindAndIdent(s, realm, token) > 0);
        }
        const auto key = [](int c, quint32 s, int round) {
            return QStringLiteral("c%1-s%2-r%3").arg(c).arg(s).arg(round);
        };
        constexpr int kRounds = 3;
        for (int round = 0; round < kRounds; ++round) {
            for (int c = 0; c < kConnections; ++c) {
                for (quint32 s = 1; s <= kSessionsEach; ++s) {
                    const quint64 version = quint64(round) + 1;
                    QList<UploadChangeset> changesets = {
                        {version, qint64(version), {set(key(c, s, round), "v")}}};
                    // Connection 0's session 1 breaks the rule once: versions must increase.
                    if (c == 0 && s == 1 && round == 1)
                        changesets.append({version, 1, {set(QStringLiteral("refused"), "x")}});
                    clients[size_t(c)]->send({s, UploadMessage{changesets}});
                }
                clients[size_t(c)]->socket().flush();
            }
        }
        for (int c = 0; c < kConnections; ++c) {
            for (quint32 s = 1; s <= kSessionsEach; ++s) {
                if (c == 0 && s == 1) {
                    const auto error = clients[0]->waitForMessage<ErrorMessage>(1);
                    QVERIFY(error);
                    QCOMPARE(error->code, quint16(ErrorCode::BadClientVersion));
                    continue;
                }
                QVERIFY2(clients[size_t(c)]->waitFor([s](const Frame &f) {
                    const auto *d = std::get_if<DownloadMessage>(&f.message);
                    return f.sessionId == s && d && d->uploadAckClientVersion == kRounds;
                }),
                         qPrintable(QStringLiteral("connection %1 session %2").arg(c).arg(s)));
            }
        }
        server.kill();
        QVERIFY2(server.restart(), qPrintable(server.errorString()));
        const QHash<QString, QByteArray> state = downloadEverything(server.url(), token, realm);
        for (int c = 0; c < kConnections; ++c) {
            for (quint32 s = 1; s <= kSessionsEach; ++s) {
                for (int round = 0; round < kRounds; ++round) {
                    // The refused session keeps its first round only.
                    const bool expected = !(c == 0 && s == 1 && round > 0);
                    QVERIFY2(state.contains(key(c, s, round)) == expected,
                             qPrintable(key(c, s, round)));
                }
            }
        }
        QVERIFY(!state.contains(QStringLiteral("refused")));
    }

    void sigtermAndSigintExitZeroClosingWithGoingAway_data()
    {
        QTest::addColumn<int>("signalNumber");
        QTest::newRow("SIGTERM") << SIGTERM;
        QTest::newRow("SIGINT") << SIGINT;
    }

    void sigtermAndSigintExitZeroClosingWithGoingAway()
    {
        QFETCH(int, signalNumber);
        ServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        RawClient client;
        QVERIFY(client.connectTo(server.url()));
        const QString token = server.mintToken(QStringLiteral("t"), {QStringLiteral("/t")});
        QVERIFY(client.bindAndIdent(1, QStringLiteral("/t"), token));
        ::kill(pid_t(server.process()->processId()), signalNumber);
        QVERIFY(client.waitForDisconnected());
        QCOMPARE(client.closeCode(), QWebSocketProtocol::CloseCodeGoingAway);
        QVERIFY(testsupport::waitUntil(
            [&] { return server.process()->state() == QProcess::NotRunning; }));
        QCOMPARE(server.process()->exitStatus(), QProcess::NormalExit);
        QCOMPARE(server.process()->exitCode(), 0);
    }

    void limitsFromTheCommandLineApply()
    {
        ServerProcess server;
        server.setExtraArguments({QStringLiteral("--max-message-size"), QStringLiteral("4096"),
                                  QStringLiteral("--max-sessions-per-connection"),
                                  QStringLiteral("1")});
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        const QString token = server.mintToken(QStringLiteral("l"), {QStringLiteral("*")});
        RawClient bystander;
        QVERIFY(bystander.connectTo(server.url()));
        QVERIFY(bystander.bindAndIdent(1, QStringLiteral("/one"), token));
        bystander.send({2, BindMessage{QStringLiteral("/two"), token, true}});
        const auto tooMany = bystander.waitFor([](const Frame &f) {
            return f.sessionId == 2 && std::holds_alternative<ErrorMessage>(f.message);
        });
        QVERIFY(tooMany);
        QCOMPARE(std::get<ErrorMessage>(tooMany->message).code, quint16(224));

        RawClient big;
        QVERIFY(big.connectTo(server.url()));
        QVERIFY(big.bindAndIdent(1, QStringLiteral("/one"), token));
        big.send({1, UploadMessage{{{1, 1, {set(QStringLiteral("k"), QByteArray(8192, 'x'))}}}}});
        QVERIFY(big.waitForDisconnected());
        QCOMPARE(big.closeCode(), QWebSocketProtocol::CloseCodeTooMuchData);

        bystander.send({1, UploadMessage{{{1, 1, {set(QStringLiteral("small"), "ok")}}}}});
        QVERIFY(bystander.waitFor([](const Frame &f) {
            const auto *d = std::get_if<DownloadMessage>(&f.message);
            return d && d->uploadAckClientVersion == 1;
        }));
    }
};

QTEST_GUILESS_MAIN(ServerProcessTest)
#include "tst_serverprocess.moc"
