// A user who logs in again gets their sessions back: one User per subject, sessions inactive
// only because of the logout sync again (paused, closed and Invalid ones stay so), waits asked
// while logged out complete after the login or time out, and another subject is another User.

#include "coretestsupport.h"

#include <syncscope/protocol/errorcodes.h>

#include <QSignalSpy>

using namespace coretest;
using namespace syncscope;

class ReloginTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<server::SyncServer> m_server;
    int m_counter = 0;
    QString local() { return m_dir.filePath(u"l%1.realm"_s.arg(++m_counter)); }
    QString realmPath(const QString &name) { return u"/relogin/%1-%2"_s.arg(name).arg(m_counter); }
    const QStringList grants = {u"/relogin/*"_s};

    std::shared_ptr<Realm> open(App &app, const std::shared_ptr<User> &user, const QString &name)
    {
        const QString path = local();
        return app.openRealm(user, syncConfig(m_server->url(), realmPath(name), path));
    }

    // What another client downloads from `realmPath`.
    std::optional<QByteArray> serverValue(const QString &realmPath, const QString &key)
    {
        App reader(fastConfig());
        auto realm = reader.openRealm(reader.logIn(token(u"reader"_s)),
                                      syncConfig(m_server->url(), realmPath, local()));
        if (!realm || settle(realm->syncSession()->downloadAllServerChanges()) != 0)
            return std::nullopt;
        return realm->value(key);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<SyncError>();
        m_server = startServer(m_dir.filePath(u"server"_s));
        QVERIFY(m_server);
    }

    void sameSubjectGetsTheSameUserAndItsSessionsBack_data()
    {
        QTest::addColumn<bool>("writeWhileLoggedOut");
        QTest::newRow("no writes in between") << false;
        QTest::newRow("writes in between") << true;
    }
    void sameSubjectGetsTheSameUserAndItsSessionsBack()
    {
        QFETCH(bool, writeWhileLoggedOut);
        App app(fastConfig());
        auto user = app.logIn(token(u"alice"_s, grants));
        QSignalSpy loggedIn(user.get(), &User::loggedIn);
        auto active = open(app, user, u"active"_s);
        const QString activePath = active->syncSession()->config().realmPath;
        auto paused = open(app, user, u"paused"_s);
        auto closed = open(app, user, u"closed"_s);
        // Not granted by the token: the server denies it, the session becomes Invalid.
        auto invalid = app.openRealm(user, syncConfig(m_server->url(), u"/denied/x"_s, local()));
        QVERIFY(active && paused && closed && invalid);
        QTRY_VERIFY(active->syncSession()->isConnected() && paused->syncSession()->isConnected());
        QTRY_COMPARE(invalid->syncSession()->state(), SessionState::Invalid);
        QVERIFY(active->write(u"before"_s, "logout"));
        QCOMPARE(settle(active->syncSession()->uploadAllLocalChanges()), 0);
        paused->syncSession()->pause();
        SyncSession *closedSession = closed->syncSession();
        closed->close();
        QCOMPARE(app.allSessions().size(), 3);

        user->logOut();
        QCOMPARE(active->syncSession()->state(), SessionState::Inactive);
        QCOMPARE(active->syncSession()->connectionState(), ConnectionState::Disconnected);
        if (writeWhileLoggedOut)
            QVERIFY(active->write(u"while"_s, "logged out"));
        QTest::qWait(100);
        QCOMPARE(active->syncSession()->state(), SessionState::Inactive);

        QSignalSpy activeStates(active->syncSession(), &SyncSession::stateChanged);
        auto again = app.logIn(token(u"alice"_s, grants));
        QCOMPARE(again, user); // the same object, logged in again with the new token
        QVERIFY(user->isLoggedIn());
        QCOMPARE(loggedIn.count(), 1);
        QCOMPARE(active->syncSession()->user(), user);

        // Inactive only because of the logout: Active again, reconnects, uploads resume.
        QCOMPARE(active->syncSession()->state(), SessionState::Active);
        QCOMPARE(activeStates.count(), 1);
        QTRY_VERIFY(active->syncSession()->isConnected());
        QCOMPARE(settle(active->syncSession()->uploadAllLocalChanges()), 0);
        QCOMPARE(settle(active->syncSession()->downloadAllServerChanges()), 0);
        if (writeWhileLoggedOut)
            QCOMPARE(serverValue(activePath, u"while"_s), std::optional<QByteArray>("logged out"));
        QCOMPARE(serverValue(activePath, u"before"_s), std::optional<QByteArray>("logout"));

        // Paused stays paused, closed stays closed, Invalid stays Invalid.
        QTest::qWait(100);
        QVERIFY(paused->syncSession()->isPaused());
        QCOMPARE(paused->syncSession()->state(), SessionState::Inactive);
        QCOMPARE(paused->syncSession()->connectionState(), ConnectionState::Disconnected);
        QCOMPARE(closedSession->state(), SessionState::Inactive);
        QCOMPARE(invalid->syncSession()->state(), SessionState::Invalid);
        QCOMPARE(app.allSessions().size(), 3);
        // The paused one syncs once resumed.
        paused->syncSession()->resume();
        QTRY_VERIFY(paused->syncSession()->isConnected());
    }

    void waitsAskedWhileLoggedOutCompleteAfterTheLogin()
    {
        App app(fastConfig());
        auto user = app.logIn(token(u"alice"_s, grants));
        auto realm = open(app, user, u"waits"_s);
        SyncSession *session = realm->syncSession();
        QTRY_VERIFY(session->isConnected());
        user->logOut();

        QVERIFY(realm->write(u"k"_s, "v"));
        auto upload = session->uploadAllLocalChanges();
        auto download = session->downloadAllServerChanges();
        auto uploadWithTimeout = session->uploadAllLocalChanges(60s);
        QTest::qWait(300);
        QVERIFY(!upload.isFinished()); // kept, not failed at once
        QVERIFY(!download.isFinished());
        QVERIFY(!uploadWithTimeout.isFinished());

        QCOMPARE(app.logIn(token(u"alice"_s, grants)), user);
        QCOMPARE(settle(upload), 0);
        QCOMPARE(settle(download), 0);
        QCOMPARE(settle(uploadWithTimeout), 0);
    }

    void waitAskedWhileLoggedOutTimesOut()
    {
        App app(fastConfig());
        auto user = app.logIn(token(u"alice"_s, grants));
        auto realm = open(app, user, u"timeout"_s);
        QTRY_VERIFY(realm->syncSession()->isConnected());
        user->logOut();
        QVERIFY(realm->write(u"k"_s, "v"));
        auto upload = realm->syncSession()->uploadAllLocalChanges(200ms);
        auto download = realm->syncSession()->downloadAllServerChanges(200ms);
        QCOMPARE(settle(upload), -1); // TimeoutError
        QCOMPARE(settle(download), -1);
        // The change itself is not lost: it is uploaded after the login.
        app.logIn(token(u"alice"_s, grants));
        QCOMPARE(settle(realm->syncSession()->uploadAllLocalChanges()), 0);
    }

    void anotherSubjectLeavesTheFirstUsersSessionsInactive()
    {
        App app(fastConfig());
        auto alice = app.logIn(token(u"alice"_s, grants));
        auto realm = open(app, alice, u"alice"_s);
        QTRY_VERIFY(realm->syncSession()->isConnected());
        alice->logOut();

        auto bob = app.logIn(token(u"bob"_s, grants));
        QVERIFY(bob);
        QVERIFY(bob != alice);
        QCOMPARE(bob->id(), u"bob"_s);
        QVERIFY(!alice->isLoggedIn());
        auto bobs = open(app, bob, u"bob"_s);
        QTRY_VERIFY(bobs->syncSession()->isConnected());
        QTest::qWait(200);
        QCOMPARE(realm->syncSession()->state(), SessionState::Inactive);
        QCOMPARE(realm->syncSession()->connectionState(), ConnectionState::Disconnected);
        realm->syncSession()->resume(); // a logged-out user's session does not sync
        QCOMPARE(realm->syncSession()->state(), SessionState::Inactive);
    }

    void openRealmAfterTheLoginGivesAnActiveSession()
    {
        App app(fastConfig());
        auto user = app.logIn(token(u"alice"_s, grants));
        const QString path = local();
        const SyncConfig config = syncConfig(m_server->url(), realmPath(u"reopen"_s), path);
        auto realm = app.openRealm(user, config);
        QTRY_VERIFY(realm->syncSession()->isConnected());
        user->logOut();
        QVERIFY(!app.openRealm(user, config)); // logged out: refused with a reason
        QVERIFY(app.lastError().contains(u"logged out"_s));

        auto again = app.logIn(token(u"alice"_s, grants));
        auto reopened = app.openRealm(again, config);
        QVERIFY2(reopened, qPrintable(app.lastError()));
        QCOMPARE(reopened, realm);
        QCOMPARE(reopened->syncSession()->state(), SessionState::Active);
        QCOMPARE(reopened->syncSession()->user(), again);
        QTRY_VERIFY(reopened->syncSession()->isConnected());
        QVERIFY(reopened->write(u"k"_s, "v"));
        QCOMPARE(settle(reopened->syncSession()->uploadAllLocalChanges()), 0);
    }

    void pausedAcrossTheLogout()
    {
        App app(fastConfig());
        auto user = app.logIn(token(u"alice"_s, grants));
        auto realm = open(app, user, u"pending"_s);
        realm->syncSession()->pause();
        QVERIFY(realm->write(u"k"_s, "v"));
        auto pending = realm->syncSession()->uploadAllLocalChanges();
        user->logOut();
        QCOMPARE(settle(pending), int(ClientErrorCode::SessionClosed));
        QVERIFY(realm->syncSession()->isPaused()); // the logout does not unpause it

        // Resumed while logged out: not paused any more, inactive until the login.
        realm->syncSession()->resume();
        QVERIFY(!realm->syncSession()->isPaused());
        QCOMPARE(realm->syncSession()->state(), SessionState::Inactive);
        app.logIn(token(u"alice"_s, grants));
        QCOMPARE(realm->syncSession()->state(), SessionState::Active);
        QCOMPARE(settle(realm->syncSession()->uploadAllLocalChanges()), 0);
    }
};

QTEST_GUILESS_MAIN(ReloginTest)
#include "tst_relogin.moc"
