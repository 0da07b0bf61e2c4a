// The connection's timers with tiny values: connect timeout, keep-alive PING/PONG and the
// PONG timeout (through a fault proxy that swallows everything), reconnect back-off and
// reconnect() skipping it.

#include "coretestsupport.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

using namespace coretest;
using namespace syncscope;

namespace {

// A TCP relay on 127.0.0.1 in front of the server that can be frozen: while frozen it keeps
// every socket open and forwards nothing, like a server that stopped answering.
class FreezableRelay
{
public:
    bool start(quint16 upstreamPort)
    {
        m_upstreamPort = upstreamPort;
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection()) {
                auto *upstream = new QTcpSocket(client);
                upstream->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
                auto forward = [this](QTcpSocket *from, QTcpSocket *to) {
                    if (!m_frozen)
                        to->write(from->readAll());
                };
                QObject::connect(client, &QTcpSocket::readyRead, upstream,
                                 [=] { forward(client, upstream); });
                QObject::connect(upstream, &QTcpSocket::readyRead, client,
                                 [=] { forward(upstream, client); });
                QObject::connect(upstream, &QTcpSocket::connected, client,
                                 [=] { forward(client, upstream); });
                QObject::connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
                QObject::connect(upstream, &QTcpSocket::disconnected, client,
                                 [client] { client->disconnectFromHost(); });
                m_clients.append(client);
            }
        });
        return m_server.listen(QHostAddress::LocalHost);
    }
    QUrl url() const { return QUrl(u"ws://127.0.0.1:%1"_s.arg(m_server.serverPort())); }
    void setFrozen(bool frozen) { m_frozen = frozen; }

private:
    QTcpServer m_server;
    quint16 m_upstreamPort = 0;
    bool m_frozen = false;
    QList<QPointer<QTcpSocket>> m_clients;
};

} // namespace

class ConnectionTimingTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<server::SyncServer> m_server;
    int m_counter = 0;
    QString local() { return m_dir.filePath(u"t%1.realm"_s.arg(++m_counter)); }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<SyncError>();
        m_server = startServer(m_dir.filePath(u"server"_s));
        QVERIFY(m_server);
    }

    void connectTimeoutEndsAnAttemptAndRetries()
    {
        // Accepts TCP connections and never answers the WebSocket handshake.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QList<QTcpSocket *> held;
        connect(&silent, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *socket = silent.nextPendingConnection())
                held.append(socket);
        });
        ClientConfig config = fastConfig();
        config.connectTimeout = 400ms;
        config.reconnectDelayMin = 100ms;
        App app(config);
        auto realm = app.openRealm(app.logIn(token(u"alice"_s)),
                                   syncConfig(QUrl(u"ws://127.0.0.1:%1"_s.arg(silent.serverPort())),
                                              u"/timeout"_s, local()));
        SyncSession *session = realm->syncSession();
        QSignalSpy errors(session, &SyncSession::errorOccurred);
        QElapsedTimer clock;
        clock.start();
        QList<std::pair<ConnectionState, qint64>> seen;
        session->addConnectionNotification([&](ConnectionState now, ConnectionState) {
            seen.append({now, clock.elapsed()});
        });
        QTRY_VERIFY(seen.size() >= 3); // Connecting, Disconnected (timeout), Connecting (retry)
        QCOMPARE(seen[0].first, ConnectionState::Connecting);
        QCOMPARE(seen[1].first, ConnectionState::Disconnected);
        QCOMPARE(seen[2].first, ConnectionState::Connecting);
        const qint64 attempt = seen[1].second - seen[0].second;
        QVERIFY2(attempt >= 350, qPrintable(QString::number(attempt)));
        QTRY_VERIFY(held.size() >= 2);
        QCOMPARE(errors.count(), 0); // transient: connection state only
        QCOMPARE(session->state(), SessionState::Active);
    }

    void keepAlivePingsAreSentWhileIdle()
    {
        ClientConfig config = fastConfig();
        config.pingInterval = 100ms;
        config.pongTimeout = 2000ms;
        App app(config);
        auto realm = app.openRealm(app.logIn(token(u"pinger"_s)),
                                   syncConfig(m_server->url(), u"/ping"_s, local()));
        QCOMPARE(settle(realm->syncSession()->downloadAllServerChanges()), 0);
        auto messages = [&] {
            for (const auto &c : m_server->statistics()->connections())
                if (c.userId == u"pinger"_s)
                    return c.messagesReceived;
            return quint64(0);
        };
        const quint64 before = messages();
        QTRY_VERIFY_WITH_TIMEOUT(messages() >= before + 5, 3000); // PINGs, nothing else to say
        QVERIFY(realm->syncSession()->isConnected());
    }

    void pingRoundTripIsPublishedWhileConnected()
    {
        QTemporaryDir data;
        auto server = startServer(data.path());
        QVERIFY(server);
        const quint16 port = quint16(server->url().port());
        ClientConfig config = fastConfig();
        config.pingInterval = 150ms;
        config.pongTimeout = 3000ms;
        App app(config);
        auto realm = app.openRealm(app.logIn(token(u"rtt"_s)),
                                   syncConfig(server->url(), u"/rtt"_s, local()));
        SyncSession *session = realm->syncSession();
        QSignalSpy measured(session, &SyncSession::pingRoundTripMeasured);
        QVERIFY(!session->lastPingRoundTrip()); // nothing measured before the first PONG

        QVERIFY(measured.wait(5000));
        const auto first = measured.last().at(0).value<std::chrono::microseconds>();
        QVERIFY(first >= 0us);
        QCOMPARE(session->lastPingRoundTrip(), std::optional(first));
        QVERIFY(session->isConnected());

        // The simulated latency lies on the way of every PING: the figure must include it.
        session->setNetworkConditions(NetworkConditions{0, 0, 300ms, false});
        QTRY_VERIFY_WITH_TIMEOUT(session->lastPingRoundTrip() >= std::optional(300'000us), 10'000);
        session->setNetworkConditions(NetworkConditions{});

        // A figure from before the outage says nothing about the server now.
        server.reset();
        QTRY_COMPARE_WITH_TIMEOUT(session->connectionState(), ConnectionState::Disconnected, 5000);
        QVERIFY(!session->lastPingRoundTrip());

        server = startServer(data.path(), port);
        QVERIFY(server);
        QTRY_VERIFY_WITH_TIMEOUT(session->isConnected(), 10'000);
        measured.clear();
        QVERIFY(measured.wait(5000));
        QVERIFY(session->lastPingRoundTrip().has_value());
    }

    void aSessionJoiningAConnectionGetsItsRoundTripAtOnce()
    {
        ClientConfig config = fastConfig();
        config.pingInterval = 150ms;
        config.pongTimeout = 3000ms;
        config.connectionLingerTime = 60'000ms;
        App app(config);
        auto user = app.logIn(token(u"joiner"_s));
        auto first = app.openRealm(user, syncConfig(m_server->url(), u"/join-a"_s, local()));
        QSignalSpy measured(first->syncSession(), &SyncSession::pingRoundTripMeasured);
        QVERIFY(measured.wait(5000));

        // The second session of the same user and server shares the connection: it is told the
        // connection's last round trip as it joins, not a ping interval later. Told before a
        // zero timer posted when it turned Connected fires: in the same call, no PONG between.
        auto second = app.openRealm(user, syncConfig(m_server->url(), u"/join-b"_s, local()));
        SyncSession *session = second->syncSession();
        bool connected = false;
        bool toldBeforeTheEventLoop = false;
        bool eventLoopRan = false;
        session->addConnectionNotification([&](ConnectionState now, ConnectionState) {
            if (now != ConnectionState::Connected || connected)
                return;
            connected = true;
            QTimer::singleShot(0, this, [&] { eventLoopRan = true; });
        });
        connect(session, &SyncSession::pingRoundTripMeasured, this, [&] {
            if (connected && !eventLoopRan)
                toldBeforeTheEventLoop = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(connected && eventLoopRan, 5000);
        QVERIFY(toldBeforeTheEventLoop);
        QVERIFY(session->lastPingRoundTrip().has_value());
    }

    void pongTimeoutDeclaresTheConnectionDeadAndReconnects()
    {
        FreezableRelay proxy;
        QVERIFY(proxy.start(quint16(m_server->url().port())));
        ClientConfig config = fastConfig();
        config.pingInterval = 200ms;
        config.pongTimeout = 300ms;
        App app(config);
        auto realm = app.openRealm(app.logIn(token(u"alice"_s)),
                                   syncConfig(proxy.url(), u"/pong"_s, local()));
        SyncSession *session = realm->syncSession();
        QSignalSpy errors(session, &SyncSession::errorOccurred);
        QCOMPARE(settle(session->downloadAllServerChanges()), 0);
        QVERIFY(session->isConnected());

        // Nothing gets through any more, but the TCP connection stays open: only the missing
        // PONG can tell.
        proxy.setFrozen(true);
        QElapsedTimer clock;
        clock.start();
        QTRY_COMPARE_WITH_TIMEOUT(session->connectionState(), ConnectionState::Disconnected, 5000);
        QVERIFY2(clock.elapsed() >= 250, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(errors.count(), 0);
        QCOMPARE(session->state(), SessionState::Active);

        proxy.setFrozen(false);
        QTRY_VERIFY_WITH_TIMEOUT(session->isConnected(), 10'000);
        QVERIFY(realm->write(u"after"_s, "pong"));
        QCOMPARE(settle(session->uploadAllLocalChanges()), 0);
    }

    void failedAttemptsBackOffExponentially()
    {
        // Accepts and resets every connection at once: each attempt fails the same way.
        QTcpServer refusing;
        QVERIFY(refusing.listen(QHostAddress::LocalHost));
        connect(&refusing, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *socket = refusing.nextPendingConnection()) {
                socket->abort();
                socket->deleteLater();
            }
        });
        ClientConfig config = fastConfig();
        config.reconnectDelayMin = 100ms;
        config.reconnectDelayMax = 800ms;
        App app(config);
        auto realm =
            app.openRealm(app.logIn(token(u"alice"_s)),
                          syncConfig(QUrl(u"ws://127.0.0.1:%1"_s.arg(refusing.serverPort())),
                                     u"/backoff"_s, local()));
        QVERIFY(realm);
        // The policy is measured, not the machine: each failure publishes when the next attempt
        // comes (nextConnectionAttempt), which must lie within the jittered delay; and the wait
        // measured from the failed attempt (Disconnected) to the next one (Connecting) can
        // only be longer than the chosen delay, never shorter (a loaded machine makes timers
        // late, never early), so no upper bound is put on it.
        SyncSession *session = realm->syncSession();
        QElapsedTimer clock;
        clock.start();
        qint64 failedAt = -1;
        QList<qint64> waits;
        QList<qint64> planned;
        session->addConnectionNotification([&](ConnectionState newState, ConnectionState) {
            if (newState == ConnectionState::Disconnected) {
                failedAt = clock.elapsed();
                const QDateTime next = session->nextConnectionAttempt();
                planned.append(next.isValid() ? QDateTime::currentDateTimeUtc().msecsTo(next) : -1);
            } else if (newState == ConnectionState::Connecting && failedAt >= 0) {
                waits.append(clock.elapsed() - failedAt);
                failedAt = -1;
            }
        });
        QTRY_VERIFY_WITH_TIMEOUT(waits.size() >= 5, 20'000);
        // Delays: 100, 200, 400, 800, 800 ms, each minus up to 25 % jitter.
        const QList<qint64> base = {100, 200, 400, 800, 800};
        for (int i = 0; i < base.size(); ++i) {
            const QString what =
                u"attempt %1: planned %2 ms, waited %3 ms"_s.arg(i).arg(planned[i]).arg(waits[i]);
            QVERIFY2(planned[i] >= 0 && planned[i] <= base[i], qPrintable(what));
            QVERIFY2(waits[i] >= base[i] * 3 / 4 - 1, qPrintable(what));
        }
    }

    void reconnectSkipsTheBackoffDelay()
    {
        QTemporaryDir data;
        auto server = startServer(data.path());
        const quint16 port = quint16(server->url().port());
        const QUrl url = server->url();
        server.reset(); // nothing listens there now

        ClientConfig config = fastConfig();
        config.reconnectDelayMin =
            60'000ms; // without reconnect() the next attempt is a minute away
        config.reconnectDelayMax = 60'000ms;
        App app(config);
        auto realm =
            app.openRealm(app.logIn(token(u"alice"_s)), syncConfig(url, u"/reconnect"_s, local()));
        SyncSession *session = realm->syncSession();
        QList<ConnectionState> seen;
        session->addConnectionNotification(
            [&](ConnectionState now, ConnectionState) { seen.append(now); });
        // The refused attempt may come and go between two polls: look at the transitions.
        QTRY_COMPARE(seen, (QList<ConnectionState>{ConnectionState::Connecting,
                                                   ConnectionState::Disconnected}));

        server = startServer(data.path(), port);
        QVERIFY(server);
        QTest::qWait(300);
        QCOMPARE(session->connectionState(), ConnectionState::Disconnected); // still waiting
        QElapsedTimer clock;
        clock.start();
        session->reconnect();
        QTRY_VERIFY_WITH_TIMEOUT(session->isConnected(), 5000);
        QVERIFY(clock.elapsed() < 5000);
    }
};

QTEST_GUILESS_MAIN(ConnectionTimingTest)
#include "tst_connectiontiming.moc"
