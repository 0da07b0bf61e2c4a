// Processes die without warning: SIGKILL the server in the middle of an upload and of a
// download and restart it on the same port and data; SIGKILL a client right after write()
// returned. What was acknowledged or committed must survive and then sync.

#include "faultproxy.h"
#include "syncfixture.h"

#include <QProcess>
#include <QTest>

using namespace std::chrono_literals;
using namespace syncscope;
using namespace syncscope::reliability;
using namespace Qt::StringLiterals;

namespace {

QByteArray patterned(int size, int seed)
{
    QByteArray value(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        value[i] = char('a' + (i * 7 + seed) % 26);
    return value;
}

// A reliability-client process whose standard output is collected as it arrives.
class ClientProcess final : public QObject
{
public:
    explicit ClientProcess(const QStringList &arguments)
    {
        connect(&process, &QProcess::readyReadStandardOutput, this,
                [this] { output += process.readAllStandardOutput(); });
        process.setProcessChannelMode(QProcess::SeparateChannels);
        process.start(QStringLiteral(SYNCSCOPE_RELIABILITY_CLIENT), arguments);
    }
    ~ClientProcess() override
    {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(5000);
        }
    }
    bool said(const QByteArray &line) const { return output.contains(QByteArray(line + "\n")); }
    void kill()
    {
        process.kill(); // SIGKILL
        process.waitForFinished(5000);
    }

    QProcess process;
    QByteArray output;
};

} // namespace

class TestProcessKill final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SyncFixture> fx;

    void verifyServerHas(const QString &realmPath, const std::map<QString, QByteArray> &expected)
    {
        QString error;
        const auto content = fx->serverContent(realmPath, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const auto &[key, value] : expected) {
            const auto it = content.find(key);
            QVERIFY2(it != content.end(), qPrintable(u"lost key "_s + key));
            QVERIFY2(it->second == value, qPrintable(u"wrong value for "_s + key));
        }
    }

private Q_SLOTS:
    void init()
    {
        fx = std::make_unique<SyncFixture>();
        QVERIFY2(fx->server.start(), qPrintable(fx->server.errorString()));
    }
    void cleanup() { fx.reset(); }

    void serverKilledMidUploadRestartsOnSamePortAndData()
    {
        FaultProxy proxy;
        QVERIFY(proxy.start(fx->server.port()));
        proxy.setThrottle(500'000); // ~2 MB below: about 4 s on the wire
        App app(fastClientConfig());
        const auto user = fx->logIn(app);
        const auto realm = fx->open(app, user, proxy.url(), u"/rel/killup"_s, u"a"_s);
        QVERIFY2(realm, qPrintable(app.lastError()));
        std::map<QString, QByteArray> written;
        for (int i = 0; i < 40; ++i) {
            const QString key = QStringLiteral("k%1").arg(i);
            written[key] = patterned(50'000, i);
            QVERIFY(realm->write(key, written[key]));
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            proxy.bytesForwarded(FaultProxy::Direction::ClientToServer) > 600'000, 15000);
        const quint16 port = fx->server.port();
        fx->server.kill();
        QVERIFY2(fx->server.restart(), qPrintable(fx->server.errorString()));
        QCOMPARE(fx->server.port(), port);
        proxy.pass();
        QCOMPARE(waitForFuture(realm->syncSession()->uploadAllLocalChanges(30s), 35s), QString());
        QCOMPARE(realm->syncSession()->state(), SessionState::Active);
        verifyServerHas(u"/rel/killup"_s, written);
    }

    void serverKilledMidDownloadRestartsOnSamePortAndData()
    {
        std::map<QString, QByteArray> written;
        {
            App app(fastClientConfig());
            const auto user = fx->logIn(app, u"bob"_s);
            const auto source = fx->open(app, user, fx->server.url(), u"/rel/killdown"_s, u"w"_s);
            QVERIFY2(source, qPrintable(app.lastError()));
            for (int i = 0; i < 40; ++i) {
                const QString key = QStringLiteral("k%1").arg(i);
                written[key] = patterned(50'000, i);
                QVERIFY(source->write(key, written[key]));
            }
            QCOMPARE(waitForFuture(source->syncSession()->uploadAllLocalChanges(30s), 35s),
                     QString());
        }
        FaultProxy proxy;
        QVERIFY(proxy.start(fx->server.port()));
        proxy.setThrottle(500'000);
        App app(fastClientConfig());
        const auto user = fx->logIn(app);
        const auto replica = fx->open(app, user, proxy.url(), u"/rel/killdown"_s, u"r"_s);
        QVERIFY2(replica, qPrintable(app.lastError()));
        QTRY_VERIFY_WITH_TIMEOUT(
            proxy.bytesForwarded(FaultProxy::Direction::ServerToClient) > 600'000, 15000);
        fx->server.kill();
        QVERIFY2(fx->server.restart(), qPrintable(fx->server.errorString()));
        proxy.pass();
        QCOMPARE(waitForFuture(replica->syncSession()->downloadAllServerChanges(30s), 35s),
                 QString());
        for (const auto &[key, value] : written)
            QVERIFY2(replica->value(key) == std::optional<QByteArray>(value), qPrintable(key));
        QCOMPARE(replica->keys().size(), qsizetype(written.size()));
    }

    void clientKilledRightAfterWriteKeepsTheWrite_data()
    {
        QTest::addColumn<bool>("online");
        // Offline: the server is unreachable, so the write can only be on disk. Online: the
        // upload races with the kill.
        QTest::newRow("offline") << false;
        QTest::newRow("online") << true;
    }
    void clientKilledRightAfterWriteKeepsTheWrite()
    {
        QFETCH(bool, online);
        FaultProxy unreachable;
        QVERIFY(unreachable.start(fx->server.port()));
        unreachable.setRefuseConnections(true);
        const QUrl url = online ? fx->server.url() : unreachable.url();
        const QString realmPath = online ? u"/rel/killclient-on"_s : u"/rel/killclient-off"_s;
        std::map<QString, QByteArray> written;
        for (int round = 0; round < 5; ++round) {
            const QString key = QStringLiteral("key-%1").arg(round);
            const QByteArray value = patterned(1000 + round, round);
            ClientProcess client({u"write"_s, u"--url"_s, url.toString(), u"--token"_s,
                                  fx->server.mintToken(u"carol"_s, {u"/rel/*"_s}), u"--realm"_s,
                                  realmPath, u"--file"_s, fx->localFile(u"killed"_s), u"--key"_s,
                                  key, u"--value"_s, QString::fromLatin1(value)});
            QTRY_VERIFY2_WITH_TIMEOUT(client.said("written " + key.toUtf8()),
                                      client.output.constData(), 15000);
            client.kill();
            QCOMPARE(client.process.exitStatus(), QProcess::CrashExit);
            written[key] = value;
        }
        // Reopen the file the killed processes wrote: everything is there, then uploads.
        App app(fastClientConfig());
        const auto user = fx->logIn(app, u"carol"_s);
        const auto realm = fx->open(app, user, fx->server.url(), realmPath, u"killed"_s);
        QVERIFY2(realm, qPrintable(app.lastError()));
        for (const auto &[key, value] : written)
            QCOMPARE(realm->value(key), std::optional<QByteArray>(value));
        QCOMPARE(waitForFuture(realm->syncSession()->uploadAllLocalChanges(20s), 25s), QString());
        verifyServerHas(realmPath, written);
    }
};

QTEST_GUILESS_MAIN(TestProcessKill)
#include "tst_processkill.moc"
