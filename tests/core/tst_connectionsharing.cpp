// Connection pooling per (server, user): sharing, broadcast of connection state, late joiners,
// independence of paused sessions and of other users, linger.

#include "coretestsupport.h"

#include <QElapsedTimer>
#include <QSignalSpy>

using namespace coretest;
using namespace syncscope;

namespace {

using Transitions = QList<std::pair<ConnectionState, ConnectionState>>;

// Records every connection callback of a session.
struct ConnectionLog
{
    Transitions transitions;
    NotificationToken token = 0;
    void attach(SyncSession *session)
    {
        token =
            session->addConnectionNotification([this](ConnectionState now, ConnectionState before) {
                transitions.append({now, before});
            });
    }
    bool saw(ConnectionState now, ConnectionState before) const
    {
        return transitions.contains({now, before});
    }
};

} // namespace

class ConnectionSharingTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString local() { return m_dir.filePath(u"f%1.realm"_s.arg(++m_counter)); }

private Q_SLOTS:
    void sessionsOfOneUserShareOneConnectionAndSeeItDrop()
    {
        QTemporaryDir data;
        auto server = startServer(data.path());
        QVERIFY(server);
        const QUrl url = server->url();
        const quint16 port = quint16(url.port());

        App app(fastConfig());
        auto alice = app.logIn(token(u"alice"_s));
        auto realm1 = app.openRealm(alice, syncConfig(url, u"/one"_s, local()));
        auto realm2 = app.openRealm(alice, syncConfig(url, u"/two"_s, local()));
        QVERIFY(realm1 && realm2);
        ConnectionLog log1, log2;
        log1.attach(realm1->syncSession());
        log2.attach(realm2->syncSession());
        QCOMPARE(settle(realm1->syncSession()->downloadAllServerChanges()), 0);
        QCOMPARE(settle(realm2->syncSession()->downloadAllServerChanges()), 0);
        QVERIFY(realm1->syncSession()->isConnected());
        QVERIFY(realm2->syncSession()->isConnected());

        QCOMPARE(connectionCount(*server), 1);
        const auto connection = server->statistics()->connections().first();
        QCOMPARE(connection.userId, u"alice"_s);
        QCOMPARE(connection.sessions.size(), 2);
        QCOMPARE(server->statistics()->totals().connectionsAccepted, 1u);

        // The server goes away: both sessions see the one connection drop. (SIGKILL of a
        // server process: tst_serverprocess.)
        QSignalSpy stopped(server.get(), &server::SyncServer::stopped);
        server->stop();
        QVERIFY(stopped.count() > 0 || stopped.wait(10'000));
        server.reset();
        QTRY_COMPARE(realm1->syncSession()->connectionState(), ConnectionState::Disconnected);
        QTRY_COMPARE(realm2->syncSession()->connectionState(), ConnectionState::Disconnected);
        QVERIFY(log1.saw(ConnectionState::Disconnected, ConnectionState::Connected));
        QVERIFY(log2.saw(ConnectionState::Disconnected, ConnectionState::Connected));
        // A lost connection is transient: still Active, no error reported.
        QCOMPARE(realm1->syncSession()->state(), SessionState::Active);
        QCOMPARE(realm1->syncSession()->lastError().code(), 0);

        // Back on the same port: both reconnect by themselves, still over one connection.
        server = startServer(data.path(), port);
        QVERIFY(server);
        QTRY_VERIFY_WITH_TIMEOUT(realm1->syncSession()->isConnected(), 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(realm2->syncSession()->isConnected(), 10'000);
        QCOMPARE(settle(realm2->syncSession()->downloadAllServerChanges()), 0);
        QCOMPARE(connectionCount(*server), 1);
    }

    void anotherUserGetsItsOwnConnection()
    {
        QTemporaryDir data;
        auto server = startServer(data.path());
        App app(fastConfig());
        auto realmA = app.openRealm(app.logIn(token(u"alice"_s)),
                                    syncConfig(server->url(), u"/shared"_s, local()));
        auto realmB = app.openRealm(app.logIn(token(u"bob"_s)),
                                    syncConfig(server->url(), u"/shared"_s, local()));
        QCOMPARE(settle(realmA->syncSession()->downloadAllServerChanges()), 0);
        QCOMPARE(settle(realmB->syncSession()->downloadAllServerChanges()), 0);
        QCOMPARE(connectionCount(*server), 2);
        QStringList users;
        for (const auto &connection : server->statistics()->connections())
            users.append(connection.userId);
        users.sort();
        QCOMPARE(users, (QStringList{u"alice"_s, u"bob"_s}));

        // Bob's connection going away does not touch Alice's.
        ConnectionLog logA;
        logA.attach(realmA->syncSession());
        realmB->close();
        QTRY_COMPARE(connectionCount(*server), 1);
        QVERIFY(logA.transitions.isEmpty());
        QVERIFY(realmA->syncSession()->isConnected());
        QCOMPARE(server->statistics()->connections().first().userId, u"alice"_s);
    }

    void aSessionJoiningAnOpenConnectionSeesConnectingThenConnected()
    {
        QTemporaryDir data;
        auto server = startServer(data.path());
        App app(fastConfig());
        auto alice = app.logIn(token(u"alice"_s));
        auto first = app.openRealm(alice, syncConfig(server->url(), u"/first"_s, local()));
        QTRY_VERIFY(first->syncSession()->isConnected());

        auto second = app.openRealm(alice, syncConfig(server->url(), u"/second"_s, local()));
        ConnectionLog log;
        log.attach(second->syncSession()); // right after opening: nothing was missed
        QSignalSpy signal(second->syncSession(), &SyncSession::connectionStateChanged);
        QTRY_VERIFY(second->syncSession()->isConnected());
        QCOMPARE(log.transitions,
                 (Transitions{{ConnectionState::Connecting, ConnectionState::Disconnected},
                              {ConnectionState::Connected, ConnectionState::Connecting}}));
        QCOMPARE(signal.count(), 2);
        QCOMPARE(server->statistics()->totals().connectionsAccepted, 1u);
    }

    void pausingOneSessionLeavesTheOthersAlone()
    {
        QTemporaryDir data;
        auto server = startServer(data.path());
        App app(fastConfig());
        auto alice = app.logIn(token(u"alice"_s));
        auto paused = app.openRealm(alice, syncConfig(server->url(), u"/p"_s, local()));
        auto other = app.openRealm(alice, syncConfig(server->url(), u"/o"_s, local()));
        QCOMPARE(settle(paused->syncSession()->downloadAllServerChanges()), 0);
        QCOMPARE(settle(other->syncSession()->downloadAllServerChanges()), 0);
        ConnectionLog otherLog;
        otherLog.attach(other->syncSession());

        paused->syncSession()->pause();
        QCOMPARE(paused->syncSession()->connectionState(), ConnectionState::Disconnected);
        QVERIFY(!paused->syncSession()->isConnected());
        QTRY_COMPARE(server->statistics()->connections().first().sessions.size(), 1);
        QCOMPARE(connectionCount(*server), 1);
        QVERIFY(other->syncSession()->isConnected());
        QVERIFY(otherLog.transitions.isEmpty());
        QVERIFY(other->write(u"k"_s, "v"));
        QCOMPARE(settle(other->syncSession()->uploadAllLocalChanges()), 0);

        paused->syncSession()->resume();
        QTRY_VERIFY(paused->syncSession()->isConnected());
        QVERIFY(otherLog.transitions.isEmpty());
        QCOMPARE(server->statistics()->totals().connectionsAccepted, 1u);
    }

    void theConnectionLingersAfterItsLastSession()
    {
        QTemporaryDir data;
        auto server = startServer(data.path());
        ClientConfig config = fastConfig();
        config.connectionLingerTime = 700ms;
        App app(config);
        auto alice = app.logIn(token(u"alice"_s));
        auto realm = app.openRealm(alice, syncConfig(server->url(), u"/l"_s, local()));
        QCOMPARE(settle(realm->syncSession()->downloadAllServerChanges()), 0);

        realm->close();
        QCOMPARE(realm->syncSession()->state(), SessionState::Inactive);
        QElapsedTimer clock;
        clock.start();
        QTRY_COMPARE(server->statistics()->connections().first().sessions.size(), 0);
        QCOMPARE(connectionCount(*server), 1); // still open, lingering

        // A session opened within the linger time reuses the connection.
        auto again = app.openRealm(alice, syncConfig(server->url(), u"/l2"_s, local()));
        QTRY_VERIFY(again->syncSession()->isConnected());
        QCOMPARE(server->statistics()->totals().connectionsAccepted, 1u);
        again->close();
        clock.restart();
        QTRY_COMPARE_WITH_TIMEOUT(connectionCount(*server), 0, 5000);
        QVERIFY2(clock.elapsed() >= 600, qPrintable(QString::number(clock.elapsed())));
    }

    void logOutMakesEverySessionOfTheUserInactive()
    {
        QTemporaryDir data;
        auto server = startServer(data.path());
        QTemporaryDir unusedData;
        App app(fastConfig());
        auto alice = app.logIn(token(u"alice"_s));
        auto bob = app.logIn(token(u"bob"_s));
        auto a1 = app.openRealm(alice, syncConfig(server->url(), u"/a1"_s, local()));
        auto a2 = app.openRealm(alice, syncConfig(server->url(), u"/a2"_s, local()));
        auto b1 = app.openRealm(bob, syncConfig(server->url(), u"/b1"_s, local()));
        QTRY_VERIFY(a1->syncSession()->isConnected() && a2->syncSession()->isConnected() &&
                    b1->syncSession()->isConnected());
        a1->syncSession()->pause();
        QVERIFY(a1->write(u"k"_s, "v"));
        auto pending = a1->syncSession()->uploadAllLocalChanges();
        QSignalSpy a2States(a2->syncSession(), &SyncSession::stateChanged);

        alice->logOut();
        QVERIFY(!alice->isLoggedIn());
        QCOMPARE(a1->syncSession()->state(), SessionState::Inactive);
        QCOMPARE(a2->syncSession()->state(), SessionState::Inactive);
        QCOMPARE(a2->syncSession()->connectionState(), ConnectionState::Disconnected);
        QCOMPARE(a2States.count(), 1);
        QCOMPARE(settle(pending), int(ClientErrorCode::SessionClosed));
        QCOMPARE(b1->syncSession()->state(), SessionState::Active);
        QVERIFY(b1->syncSession()->isConnected());
        a1->syncSession()->resume(); // a logged-out user's session stays inactive
        QTest::qWait(50);
        QCOMPARE(a1->syncSession()->state(), SessionState::Inactive);
        QVERIFY(!app.openRealm(alice, syncConfig(server->url(), u"/a3"_s, local())));
        QVERIFY(app.lastError().contains(u"logged out"_s));
    }

    void appListsItsSessions()
    {
        QTemporaryDir data;
        auto server = startServer(data.path());
        App app(fastConfig());
        QSignalSpy added(&app, &App::sessionAdded);
        QSignalSpy removed(&app, &App::sessionRemoved);
        auto alice = app.logIn(token(u"alice"_s));
        auto realm = app.openRealm(alice, syncConfig(server->url(), u"/list"_s, local()));
        QCOMPARE(app.allSessions(), QList<SyncSession *>{realm->syncSession()});
        QCOMPARE(added.count(), 1);
        QCOMPARE(realm->syncSession()->user(), alice);
        QCOMPARE(realm->syncSession()->url(), server->url());
        QCOMPARE(realm->syncSession()->config().realmPath, u"/list"_s);
        // Opening the same file again gives the same Realm.
        QCOMPARE(app.openRealm(alice, syncConfig(server->url(), u"/list"_s,
                                                 realm->syncSession()->config().localPath)),
                 realm);
        realm->close();
        QCOMPARE(removed.count(), 1);
        QVERIFY(app.allSessions().isEmpty());
        QVERIFY(!app.logIn(u"not.a.token"_s));
        QVERIFY(!app.logIn(QString()));
        QVERIFY(!app.lastError().isEmpty());
    }
};

QTEST_GUILESS_MAIN(ConnectionSharingTest)
#include "tst_connectionsharing.moc"
