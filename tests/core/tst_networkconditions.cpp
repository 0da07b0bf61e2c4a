// SyncSession::setNetworkConditions: the simulated slow or broken network inside the SDK's
// transport, watched through the public API against a real in-process server: a bandwidth
// limit shows in the upload progress rate, added latency in how long a download wait takes and
// in the keep-alive PING round trip, and offline as a lost connection and refused attempts until
// the network is back.

#include "coretestsupport.h"

#include <QElapsedTimer>
#include <QSignalSpy>

using namespace coretest;
using namespace syncscope;

class NetworkConditionsTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<server::SyncServer> m_server;

    QString localPath(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_server = startServer(m_dir.filePath(u"server"_s));
        QVERIFY(m_server);
    }

    void defaultIsTheRealNetwork()
    {
        App app(fastConfig());
        auto realm =
            app.openRealm(app.logIn(token(u"plain"_s)),
                          syncConfig(m_server->url(), u"/plain"_s, localPath(u"p.realm"_s)));
        QVERIFY(realm);
        QVERIFY(realm->syncSession()->networkConditions().isUnchanged());
        QTRY_VERIFY_WITH_TIMEOUT(realm->syncSession()->isConnected(), 20'000);
    }

    // Written while connected, every 16 KiB value is its own UPLOAD, paced at the limit; the
    // server's acknowledgements move the upload progress. The rate between the first and the
    // last acknowledgement is the limiter's: a loaded machine can only delay single messages,
    // and the pacing catches up from its ideal clock.
    void uploadLimitGivesTheConfiguredRate()
    {
        // As on a real slow link, a PING queues behind the data: with the test's tiny PONG
        // timeout the connection would be dropped as dead, so this test uses realistic ones.
        ClientConfig config = fastConfig();
        config.pingInterval = 60s;
        config.pongTimeout = 60s;
        App app(config);
        auto realm =
            app.openRealm(app.logIn(token(u"limited"_s)),
                          syncConfig(m_server->url(), u"/limited"_s, localPath(u"l.realm"_s)));
        QVERIFY(realm);
        SyncSession *session = realm->syncSession();
        QTRY_VERIFY_WITH_TIMEOUT(session->isConnected(), 20'000);
        // Connected is not yet identified: writes made before the session's IDENT went out
        // together in one big UPLOAD (seen on a loaded machine), so wait for a MARK round trip.
        QCOMPARE(settle(session->downloadAllServerChanges(), 20'000), 0);

        constexpr quint64 kLimit = 100 * 1024;
        NetworkConditions conditions;
        conditions.uploadBytesPerSecond = kLimit;
        QSignalSpy changed(session, &SyncSession::networkConditionsChanged);
        session->setNetworkConditions(conditions);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(session->networkConditions(), conditions);

        QElapsedTimer clock;
        clock.start();
        QList<std::pair<qint64, quint64>> acknowledged; // (ns, bytes uploaded)
        session->addProgressNotification(
            ProgressDirection::Upload, ProgressMode::ReportIndefinitely,
            [&](quint64 transferred, quint64) {
                if (acknowledged.isEmpty() || acknowledged.constLast().second != transferred)
                    acknowledged.append({clock.nsecsElapsed(), transferred});
            });
        const QByteArray value(16 * 1024, 'x');
        for (int i = 0; i < 64; ++i) // 1 MiB: about 10 s at the limit
            QVERIFY(realm->write(u"k%1"_s.arg(i), value));
        QCOMPARE(settle(session->uploadAllLocalChanges(), 120'000), 0);

        QVERIFY2(acknowledged.size() >= 20, qPrintable(QString::number(acknowledged.size())));
        // From the first acknowledgement that follows the writes on.
        const auto first = acknowledged.at(1);
        const auto last = acknowledged.constLast();
        const double seconds = double(last.first - first.first) / 1e9;
        const double rate = double(last.second - first.second) / seconds;
        qInfo("measured upload rate %.0f B/s over %.1f s (limit %llu B/s)", rate, seconds, kLimit);
        QVERIFY2(rate >= 0.85 * kLimit && rate <= 1.15 * kLimit,
                 qPrintable(u"rate %1 B/s"_s.arg(rate)));

        session->setNetworkConditions({});
        QVERIFY(session->networkConditions().isUnchanged());
    }

    // The added latency is a round-trip figure: a download wait is a MARK round trip, so it
    // cannot finish sooner than the latency.
    void addedLatencyShowsInTheRoundTrip()
    {
        App app(fastConfig());
        auto realm =
            app.openRealm(app.logIn(token(u"slow"_s)),
                          syncConfig(m_server->url(), u"/slow"_s, localPath(u"s.realm"_s)));
        QVERIFY(realm);
        SyncSession *session = realm->syncSession();
        QTRY_VERIFY_WITH_TIMEOUT(session->isConnected(), 20'000);
        QCOMPARE(settle(session->downloadAllServerChanges()), 0);

        NetworkConditions conditions;
        conditions.addedLatency = 600ms;
        session->setNetworkConditions(conditions);
        for (int round = 0; round < 3; ++round) {
            QElapsedTimer waited;
            waited.start();
            QCOMPARE(settle(session->downloadAllServerChanges(), 30'000), 0);
            QVERIFY2(waited.elapsed() >= 600, qPrintable(QString::number(waited.elapsed())));
        }
        // A wait shorter than the round trip times out although the server answers.
        QCOMPARE(settle(session->downloadAllServerChanges(100ms), 30'000), -1);
        QVERIFY(session->isConnected());
    }

    // The keep-alive PING's round trip grows by the added latency too: below the PONG timeout
    // the connection stays up across several pings, above it the PING goes unanswered in time
    // and the connection is dropped as dead (PongTimeout), as on a real slow link.
    void addedLatencyShowsInThePingRoundTrip()
    {
        ClientConfig config = fastConfig();
        config.pingInterval = 300ms;
        config.pongTimeout = 2000ms;
        App app(config);
        auto realm =
            app.openRealm(app.logIn(token(u"pinger"_s)),
                          syncConfig(m_server->url(), u"/ping"_s, localPath(u"pi.realm"_s)));
        QVERIFY(realm);
        SyncSession *session = realm->syncSession();
        QTRY_VERIFY_WITH_TIMEOUT(session->isConnected(), 20'000);
        QSignalSpy failures(session, &SyncSession::connectionErrorOccurred);

        NetworkConditions conditions;
        conditions.addedLatency = 200ms;
        session->setNetworkConditions(conditions);
        // Several PING/PONG rounds of 200 ms and more: all answered in time.
        QVERIFY(!failures.wait(3000));
        QVERIFY(session->isConnected());

        conditions.addedLatency = 5000ms;
        session->setNetworkConditions(conditions);
        QTRY_VERIFY_WITH_TIMEOUT(!failures.isEmpty(), 20'000);
        QCOMPARE(failures.first().first().value<SyncError>().code(),
                 int(ClientErrorCode::PongTimeout));
    }

    // Offline: the open connection is lost, every attempt is refused (with back-off, as a real
    // refusal), and everything reconnects once the network is back.
    void offlineLosesTheConnectionAndRefusesAttempts()
    {
        App app(fastConfig());
        auto user = app.logIn(token(u"offline"_s));
        auto first =
            app.openRealm(user, syncConfig(m_server->url(), u"/off1"_s, localPath(u"o1.realm"_s)));
        auto second =
            app.openRealm(user, syncConfig(m_server->url(), u"/off2"_s, localPath(u"o2.realm"_s)));
        QVERIFY(first && second);
        SyncSession *session = first->syncSession();
        QTRY_VERIFY_WITH_TIMEOUT(session->isConnected() && second->syncSession()->isConnected(),
                                 20'000);

        QSignalSpy failures(session, &SyncSession::connectionErrorOccurred);
        NetworkConditions offline;
        offline.offline = true;
        session->setNetworkConditions(offline);
        QTRY_COMPARE_WITH_TIMEOUT(session->connectionState(), ConnectionState::Disconnected, 5000);
        // The connection is shared: the other session of the user is offline too.
        QCOMPARE(second->syncSession()->networkConditions(), offline);
        QTRY_VERIFY_WITH_TIMEOUT(!second->syncSession()->isConnected(), 5000);
        QCOMPARE(failures.first().first().value<SyncError>().code(),
                 int(ClientErrorCode::ConnectionLost));
        QTRY_VERIFY_WITH_TIMEOUT(failures.count() >= 3, 10'000);
        QCOMPARE(failures.constLast().first().value<SyncError>().code(),
                 int(ClientErrorCode::ConnectionRefused));
        QVERIFY(session->disconnectedSince().isValid());
        QVERIFY(first->write(u"while-offline"_s, "kept"));

        session->setNetworkConditions({});
        QTRY_VERIFY_WITH_TIMEOUT(session->isConnected(), 10'000);
        QCOMPARE(settle(session->uploadAllLocalChanges(), 20'000), 0);
    }
};

QTEST_GUILESS_MAIN(NetworkConditionsTest)
#include "tst_networkconditions.moc"
