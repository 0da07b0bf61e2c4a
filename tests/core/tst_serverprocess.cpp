// Against a real syncscope-server process that gets SIGKILLed: shared connections see it die,
// and an upload interrupted by the kill loses nothing after the restart.

#include "coretestsupport.h"

#include <syncscope/testsupport/serverprocess.h>

#include <QRegularExpression>
#include <QSignalSpy>

using namespace coretest;
using namespace syncscope;
using testsupport::ServerProcess;

class ServerProcessTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString local() { return m_dir.filePath(u"p%1.realm"_s.arg(++m_counter)); }

private Q_SLOTS:
    void bothSessionsOfTheSharedConnectionSeeTheServerDie()
    {
        // Tearing down the dead socket must not touch its closed descriptor.
        QTest::failOnWarning(QRegularExpression(u"QSocketNotifier"_s));
        ServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        App app(fastConfig());
        auto alice = app.logIn(server.mintToken(u"alice"_s, {u"/*"_s}));
        auto one = app.openRealm(alice, syncConfig(server.url(), u"/one"_s, local()));
        auto two = app.openRealm(alice, syncConfig(server.url(), u"/two"_s, local()));
        QList<ConnectionState> seenOne, seenTwo;
        one->syncSession()->addConnectionNotification(
            [&](ConnectionState now, ConnectionState) { seenOne.append(now); });
        two->syncSession()->addConnectionNotification(
            [&](ConnectionState now, ConnectionState) { seenTwo.append(now); });
        QCOMPARE(settle(one->syncSession()->downloadAllServerChanges()), 0);
        QCOMPARE(settle(two->syncSession()->downloadAllServerChanges()), 0);

        server.kill();
        QTRY_COMPARE(one->syncSession()->connectionState(), ConnectionState::Disconnected);
        QTRY_COMPARE(two->syncSession()->connectionState(), ConnectionState::Disconnected);
        QCOMPARE(seenOne.mid(0, 3),
                 (QList<ConnectionState>{ConnectionState::Connecting, ConnectionState::Connected,
                                         ConnectionState::Disconnected}));
        QCOMPARE(seenTwo.mid(0, 3), seenOne.mid(0, 3));
        QCOMPARE(one->syncSession()->state(), SessionState::Active);
        QCOMPARE(one->syncSession()->lastError().code(), 0); // transient: no error

        QVERIFY2(server.restart(), qPrintable(server.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(one->syncSession()->isConnected(), 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(two->syncSession()->isConnected(), 10'000);
        QVERIFY(one->write(u"after"_s, "restart"));
        QCOMPARE(settle(one->syncSession()->uploadAllLocalChanges()), 0);
    }

    void sigkillDuringAnUploadLosesNothing()
    {
        ServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        App app(fastConfig());
        auto realm = app.openRealm(app.logIn(server.mintToken(u"alice"_s, {u"/*"_s})),
                                   syncConfig(server.url(), u"/killed"_s, local()));
        SyncSession *session = realm->syncSession();
        constexpr int kCount = 400;
        for (int i = 0; i < kCount; ++i)
            QVERIFY(realm->write(u"item%1"_s.arg(i), QByteArray(16 * 1024, char('a' + i % 26))));

        // Kill the server the moment a part, not all, of the upload was acknowledged.
        bool killed = false;
        quint64 ackedAtKill = 0, total = 0;
        session->addProgressNotification(
            ProgressDirection::Upload, ProgressMode::ReportIndefinitely,
            [&](quint64 transferred, quint64 transferable) {
                if (!killed && transferred > 0 && transferred < transferable) {
                    killed = true;
                    ackedAtKill = transferred;
                    total = transferable;
                    server.kill();
                }
            });
        QTRY_VERIFY_WITH_TIMEOUT(killed, 20'000);
        QVERIFY(ackedAtKill < total);
        QTRY_COMPARE(session->connectionState(), ConnectionState::Disconnected);
        // (Acknowledgements already in the socket buffer may still arrive after the kill; what
        // the server acknowledged is durable, the rest is uploaded again after the restart.)

        QVERIFY2(server.restart(), qPrintable(server.errorString()));
        QCOMPARE(settle(session->uploadAllLocalChanges(), 30'000), 0);

        App other(fastConfig());
        auto check = other.openRealm(other.logIn(server.mintToken(u"bob"_s, {u"/*"_s})),
                                     syncConfig(server.url(), u"/killed"_s, local()));
        QCOMPARE(settle(check->syncSession()->downloadAllServerChanges(), 30'000), 0);
        QCOMPARE(check->keys().size(), kCount);
        for (int i = 0; i < kCount; ++i)
            QCOMPARE(check->value(u"item%1"_s.arg(i)),
                     std::optional<QByteArray>(QByteArray(16 * 1024, char('a' + i % 26))));
    }
};

QTEST_GUILESS_MAIN(ServerProcessTest)
#include "tst_serverprocess.moc"
