// The real client SDK against a real syncscope-server process, with the fault proxy in between:
// every fault a network can produce, and after healing nothing written is lost.

#include "faultproxy.h"
#include "logcapture.h"
#include "syncfixture.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;
using namespace syncscope;
using namespace syncscope::reliability;
using namespace Qt::StringLiterals;

namespace {

QByteArray bigValue(int size, char fill)
{
    QByteArray value(size, fill);
    for (int i = 0; i < size; i += 97)
        value[i] = char('a' + (i / 97) % 26);
    return value;
}

} // namespace

class TestNetworkFaults final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SyncFixture> fx;
    std::unique_ptr<FaultProxy> proxy;

    // Every key in `expected` has that value on the server.
    void verifyServerHas(const QString &realmPath, const std::map<QString, QByteArray> &expected)
    {
        QString error;
        const auto content = fx->serverContent(realmPath, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const auto &[key, value] : expected) {
            const auto it = content.find(key);
            QVERIFY2(it != content.end(), qPrintable(QStringLiteral("lost key ") + key));
            QVERIFY2(it->second == value, qPrintable(QStringLiteral("wrong value for ") + key));
        }
    }

private Q_SLOTS:
    void init()
    {
        fx = std::make_unique<SyncFixture>();
        QVERIFY2(fx->server.start(), qPrintable(fx->server.errorString()));
        proxy = std::make_unique<FaultProxy>();
        QVERIFY(proxy->start(fx->server.port()));
    }
    void cleanup()
    {
        proxy.reset();
        fx.reset();
    }

    void blackholeIsDetectedOnlyByPongTimeoutThenReconnects()
    {
        App app(fastClientConfig());
        const auto user = fx->logIn(app);
        const auto realm = fx->open(app, user, proxy->url(), QStringLiteral("/rel/bh"), u"a"_s);
        QVERIFY2(realm, qPrintable(app.lastError()));
        SyncSession *session = realm->syncSession();
        QVERIFY(realm->write(u"before"_s, "1"));
        QCOMPARE(waitForFuture(session->uploadAllLocalChanges(20s), 25s), QString());
        QTRY_VERIFY(session->isConnected());

        // The SDK reports transient connection failures in its log, not as session errors
        // (as Realm does); the log line names the failure code.
        LogCapture log(QStringLiteral("syncscope.client.connection"));
        proxy->setBlackhole(true);
        QElapsedTimer sinceBlackhole;
        sinceBlackhole.start();
        QVERIFY(realm->write(u"during"_s, "2")); // local commit works while cut off
        QTRY_VERIFY_WITH_TIMEOUT(session->connectionState() != ConnectionState::Connected, 5000);
        const qint64 detectedAfter = sinceBlackhole.elapsed();
        // The proxy closed nothing: only the pong timeout (600 ms, after a ping that is due
        // within 200 ms) can have noticed, so detection takes at least the pong timeout.
        QVERIFY2(detectedAfter >= 550 && detectedAfter < 3000,
                 qPrintable(QString::number(detectedAfter)));
        QVERIFY2(log.contains(QString::number(int(ClientErrorCode::PongTimeout))),
                 qPrintable(log.text()));
        QCOMPARE(session->state(), SessionState::Active);

        proxy->pass();
        QCOMPARE(waitForFuture(session->uploadAllLocalChanges(20s), 25s), QString());
        QTRY_VERIFY(session->isConnected());
        verifyServerHas(u"/rel/bh"_s, {{u"before"_s, "1"}, {u"during"_s, "2"}});
    }

    void resetMidUploadLosesNothing()
    {
        App app(fastClientConfig());
        const auto user = fx->logIn(app);
        const auto realm = fx->open(app, user, proxy->url(), u"/rel/reset"_s, u"a"_s);
        QVERIFY2(realm, qPrintable(app.lastError()));
        SyncSession *session = realm->syncSession();
        QTRY_VERIFY(session->isConnected());

        std::map<QString, QByteArray> written;
        proxy->setThrottle(400'000); // 400 kB/s: the 1 MB below takes ~2.5 s to go through
        for (int i = 0; i < 4; ++i) {
            const QString key = QStringLiteral("big-%1").arg(i);
            const QByteArray value = bigValue(256 * 1024, char('A' + i));
            QVERIFY(realm->write(key, value));
            written[key] = value;
        }
        // Reset three times while the upload is in flight.
        for (int reset = 0; reset < 3; ++reset) {
            const qint64 before = proxy->bytesForwarded(FaultProxy::Direction::ClientToServer);
            QTRY_VERIFY_WITH_TIMEOUT(proxy->bytesForwarded(FaultProxy::Direction::ClientToServer) >
                                         before + 50'000,
                                     10000);
            proxy->resetConnections();
        }
        proxy->pass();
        QCOMPARE(waitForFuture(session->uploadAllLocalChanges(30s), 35s), QString());
        QCOMPARE(session->state(), SessionState::Active);
        verifyServerHas(u"/rel/reset"_s, written);
    }

    void cutInTheMiddleOfAnUploadFrame()
    {
        App app(fastClientConfig());
        const auto user = fx->logIn(app);
        const auto realm = fx->open(app, user, proxy->url(), u"/rel/cutup"_s, u"a"_s);
        QVERIFY2(realm, qPrintable(app.lastError()));
        SyncSession *session = realm->syncSession();
        QTRY_VERIFY(session->isConnected());

        proxy->cutInsideNextFrame(FaultProxy::Direction::ClientToServer, 20'000);
        const QByteArray value = bigValue(100'000, 'u');
        QVERIFY(realm->write(u"cut"_s, value));
        QTRY_COMPARE_WITH_TIMEOUT(proxy->cutsPerformed(), 1, 10000);
        QCOMPARE(waitForFuture(session->uploadAllLocalChanges(20s), 25s), QString());
        QCOMPARE(session->state(), SessionState::Active);
        verifyServerHas(u"/rel/cutup"_s, {{u"cut"_s, value}});
    }

    void cutInTheMiddleOfADownloadFrame()
    {
        App writerApp(fastClientConfig());
        const auto writer = fx->logIn(writerApp, u"bob"_s);
        const auto source =
            fx->open(writerApp, writer, fx->server.url(), u"/rel/cutdown"_s, u"writer"_s);
        QVERIFY2(source, qPrintable(writerApp.lastError()));

        App readerApp(fastClientConfig());
        const auto reader = fx->logIn(readerApp);
        const auto replica =
            fx->open(readerApp, reader, proxy->url(), u"/rel/cutdown"_s, u"reader"_s);
        QVERIFY2(replica, qPrintable(readerApp.lastError()));
        QTRY_VERIFY(replica->syncSession()->isConnected());

        proxy->cutInsideNextFrame(FaultProxy::Direction::ServerToClient, 20'000);
        const QByteArray value = bigValue(100'000, 'd');
        QVERIFY(source->write(u"cut"_s, value));
        QCOMPARE(waitForFuture(source->syncSession()->uploadAllLocalChanges(20s), 25s), QString());
        QTRY_COMPARE_WITH_TIMEOUT(proxy->cutsPerformed(), 1, 10000);
        QCOMPARE(waitForFuture(replica->syncSession()->downloadAllServerChanges(20s), 25s),
                 QString());
        QCOMPARE(replica->value(u"cut"_s), std::optional<QByteArray>(value));
        QCOMPARE(replica->syncSession()->state(), SessionState::Active);
    }

    void delayAndThrottleStillConverge()
    {
        proxy->setDelay(80ms);
        proxy->setThrottle(100'000);
        App appA(fastClientConfig());
        App appB(fastClientConfig());
        const auto alice = fx->logIn(appA);
        const auto bob = fx->logIn(appB, u"bob"_s);
        const auto a = fx->open(appA, alice, proxy->url(), u"/rel/slow"_s, u"a"_s);
        const auto b = fx->open(appB, bob, proxy->url(), u"/rel/slow"_s, u"b"_s);
        QVERIFY(a && b);
        std::map<QString, QByteArray> written;
        for (int i = 0; i < 20; ++i) {
            const QString key = QStringLiteral("k%1").arg(i);
            const QByteArray value = bigValue(2000 + i, char('a' + i));
            QVERIFY((i % 2 ? a : b)->write(key, value));
            written[key] = value;
        }
        QCOMPARE(waitForFuture(a->syncSession()->uploadAllLocalChanges(30s), 35s), QString());
        QCOMPARE(waitForFuture(b->syncSession()->uploadAllLocalChanges(30s), 35s), QString());
        QCOMPARE(waitForFuture(a->syncSession()->downloadAllServerChanges(30s), 35s), QString());
        QCOMPARE(waitForFuture(b->syncSession()->downloadAllServerChanges(30s), 35s), QString());
        for (const auto &[key, value] : written) {
            QCOMPARE(a->value(key), std::optional<QByteArray>(value));
            QCOMPARE(b->value(key), std::optional<QByteArray>(value));
        }
        // 80 ms each way: the round trips were really slowed down.
        QVERIFY(proxy->bytesForwarded(FaultProxy::Direction::ServerToClient) > 40'000);
        verifyServerHas(u"/rel/slow"_s, written);
    }

    void cleanCloseAndRefusedReconnectsRecover()
    {
        App app(fastClientConfig());
        const auto user = fx->logIn(app);
        const auto realm = fx->open(app, user, proxy->url(), u"/rel/close"_s, u"a"_s);
        QVERIFY2(realm, qPrintable(app.lastError()));
        SyncSession *session = realm->syncSession();
        QTRY_VERIFY(session->isConnected());
        const int acceptedBefore = proxy->acceptedConnections();

        proxy->setRefuseConnections(true);
        proxy->closeConnections();
        QTRY_VERIFY(!session->isConnected());
        QVERIFY(realm->write(u"offline"_s, "o"));
        // Reconnect attempts are refused (RST) and retried with back-off...
        QTRY_VERIFY_WITH_TIMEOUT(proxy->acceptedConnections() >= acceptedBefore + 3, 10000);
        QCOMPARE(session->state(), SessionState::Active);
        // ...until the way is open again.
        proxy->pass();
        QCOMPARE(waitForFuture(session->uploadAllLocalChanges(20s), 25s), QString());
        verifyServerHas(u"/rel/close"_s, {{u"offline"_s, "o"}});
    }
};

QTEST_GUILESS_MAIN(TestNetworkFaults)
#include "tst_networkfaults.moc"
