// A session given several server nodes (SyncConfig::additionalServerUrls), against real
// syncscope-server processes on 127.0.0.1: a refused node is skipped without a back-off delay,
// a full round of refused nodes backs off once, a SIGKILLed node is left for the next one, and
// the session resumes there from its client file id and cursors when the nodes share their
// storage. Two SQLite nodes cannot share storage at the same time (each locks its data
// directory), so "shared" here is one data directory served by one node after the other; nodes
// that run side by side on one database need the PostgreSQL back end.

#include "coretestsupport.h"
#include "noderotation.h"

#include <syncscope/protocol/errorcodes.h>
#include <syncscope/testsupport/serverprocess.h>

#include <QRegularExpression>
#include <QSignalSpy>

using namespace coretest;
using namespace syncscope;
using testsupport::ServerProcess;

namespace {

QUrl nodeUrl(quint16 port)
{
    return QUrl(u"ws://127.0.0.1:%1"_s.arg(port));
}

SyncConfig nodesConfig(const QList<QUrl> &nodes, const QString &realm, const QString &local)
{
    SyncConfig config{nodes.value(0), realm, local};
    config.additionalServerUrls = nodes.mid(1);
    return config;
}

// A back-off so long that a test waiting on the event loop would time out if the SDK ever
// waited it out between two nodes of one round.
ClientConfig hourLongBackoff()
{
    ClientConfig config = fastConfig();
    config.reconnectDelayMin = std::chrono::hours(1);
    config.reconnectDelayMax = std::chrono::hours(2);
    return config;
}

} // namespace

class ServerNodesTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString local() { return m_dir.filePath(u"n%1.realm"_s.arg(++m_counter)); }

private Q_SLOTS:
    void rotationBacksOffOncePerFullRound()
    {
        const QUrl a(u"ws://a"_s), b(u"ws://b"_s), c(u"ws://c"_s);
        detail::NodeRotation rotation({a, b, c});
        QCOMPARE(rotation.current(), a);
        QVERIFY(!rotation.advanceAfterFailure()); // a failed: b at once
        QCOMPARE(rotation.current(), b);
        QVERIFY(!rotation.advanceAfterFailure()); // b failed: c at once
        QVERIFY(rotation.advanceAfterFailure());  // c failed: every node did, back off
        QCOMPARE(rotation.current(), a);

        // Connected to b, then b is lost: c and a are tried before the next back-off, and
        // the round ends where it began, with b.
        QVERIFY(!rotation.advanceAfterFailure());
        rotation.connected();
        QVERIFY(!rotation.advanceAfterFailure());
        QCOMPARE(rotation.current(), c);
        QVERIFY(!rotation.advanceAfterFailure());
        QVERIFY(rotation.advanceAfterFailure());
        QCOMPARE(rotation.current(), b);

        detail::NodeRotation single({a}); // one node: every failure is a full round
        QVERIFY(single.advanceAfterFailure());
        QCOMPARE(single.current(), a);
    }

    void serverUrlsListsEveryNodeOnceInOrder()
    {
        SyncConfig config{QUrl(u"ws://one:1/"_s), u"/r"_s, local()};
        QCOMPARE(config.serverUrls(), QList<QUrl>{QUrl(u"ws://one:1/"_s)});
        config.additionalServerUrls = {QUrl(u"ws://two:2"_s), QUrl(u"ws://one:1"_s), QUrl()};
        QCOMPARE(config.serverUrls(), (QList<QUrl>{QUrl(u"ws://one:1/"_s), QUrl(u"ws://two:2"_s)}));
    }

    void anInvalidFurtherNodeIsRefusedAtOpen()
    {
        App app(fastConfig());
        auto user = app.logIn(token(u"alice"_s));
        SyncConfig config{QUrl(u"ws://127.0.0.1:1"_s), u"/r"_s, local()};
        config.additionalServerUrls = {QUrl(u"http://127.0.0.1:2"_s)};
        QVERIFY(!app.openRealm(user, config));
        QVERIFY2(app.lastError().contains(u"http://127.0.0.1:2"_s), qPrintable(app.lastError()));
    }

    void aRefusedNodeIsSkippedWithoutWaitingForTheBackoff()
    {
        ServerProcess second;
        QVERIFY2(second.start(), qPrintable(second.errorString()));
        const quint16 closedPort = ServerProcess::reserveFreePort();
        QVERIFY(closedPort != 0);
        const QUrl refused = nodeUrl(closedPort);

        App app(hourLongBackoff());
        auto alice = app.logIn(second.mintToken(u"alice"_s, {u"/*"_s}));
        auto realm =
            app.openRealm(alice, nodesConfig({refused, second.url()}, u"/nodes"_s, local()));
        QVERIFY2(realm, qPrintable(app.lastError()));
        SyncSession *session = realm->syncSession();
        QSignalSpy nodes(session, &SyncSession::currentServerUrlChanged);
        QSignalSpy errors(session, &SyncSession::connectionErrorOccurred);

        QTRY_VERIFY_WITH_TIMEOUT(session->isConnected(), 20'000);
        QCOMPARE(session->currentServerUrl(), second.url());
        QCOMPARE(session->url(), refused); // the configured first node, as before
        // The refusal was reported, not hidden by the failover.
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().first().value<SyncError>().code(),
                 int(ClientErrorCode::ConnectionRefused));
        QCOMPARE(session->lastConnectionError().code(), int(ClientErrorCode::ConnectionRefused));
        QVERIFY(nodes.size() >= 2);
        QCOMPARE(nodes.first().first().toUrl(), refused);
        QCOMPARE(nodes.last().first().toUrl(), second.url());

        // It syncs there: another client of that node alone receives the write.
        QVERIFY(realm->write(u"k"_s, "via the second node"));
        QCOMPARE(settle(session->uploadAllLocalChanges()), 0);
        auto reader = app.openRealm(app.logIn(second.mintToken(u"bob"_s, {u"/*"_s})),
                                    syncConfig(second.url(), u"/nodes"_s, local()));
        QCOMPARE(settle(reader->syncSession()->downloadAllServerChanges()), 0);
        QCOMPARE(reader->value(u"k"_s), std::optional<QByteArray>("via the second node"));

        // Paused, the session uses no node.
        session->pause();
        QCOMPARE(session->currentServerUrl(), QUrl());
        QCOMPARE(nodes.last().first().toUrl(), QUrl());
    }

    void destroyingTheAppAnnouncesNoNodeChange()
    {
        // ~App() runs no listener (the application's objects may be half gone): the node is
        // dropped silently with the rest of the session's state.
        ServerProcess node;
        QVERIFY2(node.start(), qPrintable(node.errorString()));
        auto app = std::make_unique<App>(fastConfig());
        auto realm = app->openRealm(app->logIn(node.mintToken(u"alice"_s, {u"/*"_s})),
                                    syncConfig(node.url(), u"/gone"_s, local()));
        SyncSession *session = realm->syncSession();
        QTRY_VERIFY_WITH_TIMEOUT(session->isConnected(), 20'000);
        int announced = 0;
        connect(session, &SyncSession::currentServerUrlChanged, this, [&] { ++announced; });
        app.reset();
        QCOMPARE(announced, 0);
    }

    void aRoundOfRefusedNodesBacksOffOnce()
    {
        const QUrl first = nodeUrl(ServerProcess::reserveFreePort());
        const QUrl second = nodeUrl(ServerProcess::reserveFreePort());
        QVERIFY(first != second);
        App app(hourLongBackoff());
        auto realm = app.openRealm(app.logIn(token(u"alice"_s)),
                                   nodesConfig({first, second}, u"/down"_s, local()));
        SyncSession *session = realm->syncSession();
        QList<QDateTime> retryAtError;
        QList<QUrl> nodeAtError;
        connect(session, &SyncSession::connectionErrorOccurred, this, [&] {
            retryAtError.append(session->nextConnectionAttempt());
            nodeAtError.append(session->currentServerUrl());
        });
        QTRY_COMPARE_WITH_TIMEOUT(retryAtError.size(), 2, 20'000);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        // After the first node: the second at once. After the second: the back-off, once.
        QVERIFY2(retryAtError[0] <= now, qPrintable(retryAtError[0].toString(Qt::ISODateWithMs)));
        QVERIFY2(retryAtError[1] > now.addSecs(30 * 60),
                 qPrintable(retryAtError[1].toString(Qt::ISODateWithMs)));
        QCOMPARE(session->nextConnectionAttempt(), retryAtError[1]);
        // While it waits, it names the node it tries next: the first again.
        QCOMPARE(nodeAtError, (QList<QUrl>{second, first}));
        QCOMPARE(session->connectionState(), ConnectionState::Disconnected);
        QCOMPARE(session->state(), SessionState::Active);
    }

    void sessionsOfOneUserOnTheSameNodesShareOneConnection()
    {
        ServerProcess node;
        QVERIFY2(node.start(), qPrintable(node.errorString()));
        const QUrl refused = nodeUrl(ServerProcess::reserveFreePort());
        App app(hourLongBackoff());
        auto alice = app.logIn(node.mintToken(u"alice"_s, {u"/*"_s}));
        auto one = app.openRealm(alice, nodesConfig({refused, node.url()}, u"/one"_s, local()));
        QTRY_VERIFY_WITH_TIMEOUT(one->syncSession()->isConnected(), 20'000);
        QSignalSpy errors(one->syncSession(), &SyncSession::connectionErrorOccurred);
        // Joins the connection already on the second node: no new attempt at the refused one.
        auto two = app.openRealm(alice, nodesConfig({refused, node.url()}, u"/two"_s, local()));
        QTRY_VERIFY_WITH_TIMEOUT(two->syncSession()->isConnected(), 20'000);
        QCOMPARE(two->syncSession()->currentServerUrl(), node.url());
        QCOMPARE(two->syncSession()->lastConnectionError().code(), 0);
        QCOMPARE(errors.size(), 0);
    }

    void aKilledNodeIsLeftAndTheSessionResumesOnTheNextOne()
    {
        // Node B serves A's data directory once A is gone: the storage is shared, the node,
        // its process and its address are not.
        ServerProcess a;
        QVERIFY2(a.start(), qPrintable(a.errorString()));
        ServerProcess b;
        b.setDataDir(a.dataDir());
        b.setSecretFile(a.secretFile());
        const QUrl bUrl = nodeUrl(quint16(ServerProcess::reserveFreePort()));
        QVERIFY(bUrl.port() > 0);
        b.setPort(quint16(bUrl.port()));
        const QList<QUrl> nodes{a.url(), bUrl};

        App app(fastConfig());
        auto writer = app.openRealm(app.logIn(a.mintToken(u"alice"_s, {u"/*"_s})),
                                    nodesConfig(nodes, u"/moved"_s, local()));
        auto reader = app.openRealm(app.logIn(a.mintToken(u"bob"_s, {u"/*"_s})),
                                    nodesConfig(nodes, u"/moved"_s, local()));
        SyncSession *w = writer->syncSession();
        SyncSession *r = reader->syncSession();
        QVERIFY(writer->write(u"before"_s, "on A"));
        QCOMPARE(settle(w->uploadAllLocalChanges()), 0);
        QCOMPARE(settle(r->downloadAllServerChanges()), 0);
        QCOMPARE(reader->value(u"before"_s), std::optional<QByteArray>("on A"));
        QCOMPARE(w->currentServerUrl(), a.url());

        a.kill();
        QTRY_COMPARE_WITH_TIMEOUT(w->connectionState(), ConnectionState::Disconnected, 20'000);
        QVERIFY(writer->write(u"during"_s, "written while no node ran"));
        QVERIFY2(b.start(), qPrintable(b.errorString()));

        QTRY_VERIFY_WITH_TIMEOUT(w->isConnected() && w->currentServerUrl() == bUrl, 30'000);
        QTRY_VERIFY_WITH_TIMEOUT(r->isConnected() && r->currentServerUrl() == bUrl, 30'000);
        QCOMPARE(settle(w->uploadAllLocalChanges(), 30'000), 0);
        QCOMPARE(settle(r->downloadAllServerChanges(), 30'000), 0);
        QCOMPARE(reader->value(u"during"_s),
                 std::optional<QByteArray>("written while no node ran"));
        // The same client files went on (IDENT accepted on B): no error, no new file.
        QCOMPARE(w->lastError().code(), 0);
        QCOMPARE(r->lastError().code(), 0);
        QCOMPARE(w->state(), SessionState::Active);
        QVERIFY(writer->write(u"after"_s, "on B"));
        QCOMPARE(settle(w->uploadAllLocalChanges()), 0);
        QCOMPARE(settle(r->downloadAllServerChanges()), 0);
        QCOMPARE(reader->value(u"after"_s), std::optional<QByteArray>("on B"));
        QCOMPARE(reader->keys().size(), 3);
    }

    void aNodeWithStorageOfItsOwnRefusesTheClientFileOfAnother()
    {
        // Two nodes that do not share storage are not one server: the failover connects, and
        // the session is told why it cannot continue there rather than syncing into a
        // different history.
        ServerProcess a;
        QVERIFY2(a.start(), qPrintable(a.errorString()));
        ServerProcess b;
        b.setSecretFile(a.secretFile());
        QVERIFY2(b.start(), qPrintable(b.errorString()));

        // An hour-long back-off: the move to b after the loss of a must not wait for it.
        App app(hourLongBackoff());
        auto realm = app.openRealm(app.logIn(a.mintToken(u"alice"_s, {u"/*"_s})),
                                   nodesConfig({a.url(), b.url()}, u"/apart"_s, local()));
        SyncSession *session = realm->syncSession();
        QVERIFY(realm->write(u"k"_s, "v"));
        QCOMPARE(settle(session->uploadAllLocalChanges()), 0);
        QSignalSpy errors(session, &SyncSession::errorOccurred);

        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"is invalid: 208"_s));
        a.kill();
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), SessionState::Invalid, 30'000);
        QCOMPARE(session->lastError().code(), int(protocol::ErrorCode::BadClientFileIdent));
        QVERIFY(!errors.isEmpty());
        QCOMPARE(errors.last().first().value<SyncError>().code(),
                 int(protocol::ErrorCode::BadClientFileIdent));
    }
};

QTEST_GUILESS_MAIN(ServerNodesTest)
#include "tst_servernodes.moc"
