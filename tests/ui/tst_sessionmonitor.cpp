// SessionMonitor and MonitoredSession against a real in-process SyncServer: states, pause
// bookkeeping (Pause all / Resume all keep each session's own pause), Invalid with its reason,
// progress recording and its export, history sampling.
#include "embeddedtestserver.h"

#include "demo/embeddeddemo.h"
#include "demo/slowlinkproxy.h"
#include "export/progressexport.h"
#include "monitor/localsessionsource.h"
#include "monitor/monitoredsession.h"
#include "monitor/sessionfilter.h"
#include "monitor/sessionmonitor.h"

#include <syncscope/realm.h>
#include <syncscope/syncsession.h>
#include <syncscope/user.h>

#include <QFile>
#include <QLocale>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace syncscope;
using namespace syncscope::monitor;
using namespace std::chrono_literals;

class TestSessionMonitor final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EmbeddedTestServer> m_server;
    std::unique_ptr<QTemporaryDir> m_local;

    SessionDefinition definition(const QString &name, const QString &user, const QString &realm,
                                 const QStringList &grants)
    {
        SessionDefinition d;
        d.name = name;
        d.serverUrl = m_server->url();
        d.token = m_server->token(user, grants);
        d.realmPath = realm;
        d.localPath = m_local->filePath(name + QStringLiteral(".realm"));
        return d;
    }

    static bool connected(const MonitoredSession *s)
    {
        return s->connectionBadge() == ConnectionBadge::Connected;
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<EmbeddedTestServer>();
        QVERIFY(m_server->start());
        m_local = std::make_unique<QTemporaryDir>();
    }

    void cleanup() { m_server.reset(); }

    void opensSessionsAndRecordsProgress()
    {
        SessionMonitor monitor;
        monitor.setSampleInterval(100ms);
        QSignalSpy added(&monitor, &SessionMonitor::sessionAdded);
        MonitoredSession *a =
            monitor.addSession(definition(QStringLiteral("A"), QStringLiteral("alice"),
                                          QStringLiteral("/t/a"), {QStringLiteral("/t/*")}));
        QCOMPARE(added.size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(connected(a), 10000);
        QCOMPARE(a->stateBadge(), StateBadge::Active);
        QCOMPARE(a->userId(), QStringLiteral("alice"));

        QVERIFY(localRealmOf(a)->write(QStringLiteral("k"), QByteArray(3000, 'x')));
        QTRY_VERIFY_WITH_TIMEOUT(a->progress(ProgressDirection::Upload).known &&
                                     a->progress(ProgressDirection::Upload).transferred >= 3000 &&
                                     !a->progress(ProgressDirection::Upload).outstanding(),
                                 10000);
        // Every report was recorded, in order, with this session's id.
        const QList<ProgressRecord> records = monitor.recorder()->snapshot({a->id()});
        QVERIFY(records.size() >= 2);
        quint64 lastUpload = 0;
        for (const ProgressRecord &r : records) {
            QCOMPARE(r.sessionId, a->id());
            if (r.direction == ProgressDirection::Upload) {
                QVERIFY(r.transferred >= lastUpload);
                lastUpload = r.transferred;
            }
        }
        QCOMPARE(lastUpload, a->progress(ProgressDirection::Upload).transferred);
        // The samples feed the history and a rate.
        QTRY_VERIFY(!a->history()
                         .samples(TimeRange::OneMinute, QDateTime::currentMSecsSinceEpoch())
                         .isEmpty());

        // The event log saw the connection come up.
        bool sawConnected = false;
        for (const EventEntry &e : monitor.eventLog()->entries())
            sawConnected |= e.sessionId == a->id() && e.kind == EventKind::Connection;
        QVERIFY(sawConnected);
    }

    void pauseAllKeepsEachSessionsOwnPause()
    {
        SessionMonitor monitor;
        const QStringList grants{QStringLiteral("/p/*")};
        MonitoredSession *a = monitor.addSession(
            definition(QStringLiteral("A"), QStringLiteral("u"), QStringLiteral("/p/a"), grants));
        MonitoredSession *b = monitor.addSession(
            definition(QStringLiteral("B"), QStringLiteral("u"), QStringLiteral("/p/b"), grants));
        MonitoredSession *c = monitor.addSession(
            definition(QStringLiteral("C"), QStringLiteral("u"), QStringLiteral("/p/c"), grants));
        QTRY_VERIFY_WITH_TIMEOUT(connected(a) && connected(b) && connected(c), 10000);

        b->pauseByUser();
        QCOMPARE(b->stateBadge(), StateBadge::Paused);
        QCOMPARE(b->connectionBadge(), ConnectionBadge::Disconnected); // at once, as the SDK says
        QVERIFY(b->stateExplanation().contains(QStringLiteral("Paused by you")));
        QVERIFY(!b->canPause() && b->canResume());

        monitor.pauseAll();
        for (MonitoredSession *s : {a, b, c})
            QCOMPARE(s->stateBadge(), StateBadge::Paused);
        QVERIFY(a->stateExplanation().contains(QStringLiteral("Pause all")));

        monitor.resumeAll();
        QCOMPARE(b->stateBadge(), StateBadge::Paused); // its own pause survives
        QTRY_VERIFY_WITH_TIMEOUT(connected(a) && connected(c), 10000);
        QCOMPARE(a->stateBadge(), StateBadge::Active);

        b->resumeByUser();
        QTRY_VERIFY_WITH_TIMEOUT(connected(b), 10000);
        QCOMPARE(b->stateBadge(), StateBadge::Active);
    }

    void pauseForResumesByItself()
    {
        SessionMonitor monitor;
        MonitoredSession *a =
            monitor.addSession(definition(QStringLiteral("A"), QStringLiteral("u"),
                                          QStringLiteral("/f/a"), {QStringLiteral("/f/*")}));
        QTRY_VERIFY_WITH_TIMEOUT(connected(a), 10000);
        a->pauseByUser(1s);
        QCOMPARE(a->stateBadge(), StateBadge::Paused);
        QVERIFY(a->pauseUntil().isValid());
        QVERIFY(a->stateExplanation().contains(QStringLiteral("Resumes by itself")));
        QTRY_VERIFY_WITH_TIMEOUT(a->stateBadge() == StateBadge::Active, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(connected(a), 10000);
        QVERIFY(!a->isPausedByUser());
    }

    void deniedSessionIsInvalidWithItsReason()
    {
        SessionMonitor monitor;
        SessionDefinition denied =
            definition(QStringLiteral("Denied"), QStringLiteral("bob"), QStringLiteral("/admin/x"),
                       {QStringLiteral("/bob/*")});
        SessionDefinition expected = denied;
        expected.name = QStringLiteral("Expected");
        expected.localPath = m_local->filePath(QStringLiteral("expected.realm"));
        expected.expectedToFail = true;
        QSignalSpy invalidated(&monitor, &SessionMonitor::sessionInvalidated);
        MonitoredSession *d = monitor.addSession(denied);
        MonitoredSession *e = monitor.addSession(expected);
        QTRY_VERIFY_WITH_TIMEOUT(d->stateBadge() == StateBadge::Invalid &&
                                     e->stateBadge() == StateBadge::Invalid,
                                 10000);
        QVERIFY(invalidated.size() >= 2);
        QVERIFY2(d->lastErrorText().contains(QStringLiteral("/admin/x")),
                 qPrintable(d->lastErrorText()));
        QVERIFY(d->stateExplanation().contains(d->lastErrorText()));
        QVERIFY(d->isUnexpectedlyInvalid());
        QVERIFY(!e->isUnexpectedlyInvalid());
        QCOMPARE(monitor.unexpectedInvalidCount(), 1);
        QVERIFY(!d->canPause() && !d->canResume() && !d->canReconnect());
        // The SDK tells a fatal error once, and the monitor logs what it is told.
        int errorsOfDenied = 0;
        for (const EventEntry &entry : monitor.eventLog()->entries())
            errorsOfDenied += entry.sessionId == d->id() && entry.kind == EventKind::Error;
        QCOMPARE(errorsOfDenied, 1);
    }

    void malformedTokenShowsAsInvalidWithReason()
    {
        SessionMonitor monitor;
        SessionDefinition bad =
            definition(QStringLiteral("Bad"), QStringLiteral("u"), QStringLiteral("/x"), {});
        bad.token = QStringLiteral("not-a-token");
        MonitoredSession *s = monitor.addSession(bad);
        QCOMPARE(s->stateBadge(), StateBadge::Invalid);
        QVERIFY(s->lastErrorText().contains(QStringLiteral("malformed")));
        QCOMPARE(monitor.unexpectedInvalidCount(), 1);
    }

    void stallIsDetectedWhileConnectedAndClears()
    {
        // A relay that stops passing the server's replies while the TCP connection stays up:
        // connected, upload outstanding, no acknowledgement — a stall.
        SlowLinkProxy relay(quint16(m_server->url().port()), 100 << 20);
        QVERIFY(relay.listen());
        SessionMonitor monitor;
        monitor.setSampleInterval(100ms);
        monitor.setStallThreshold(1s);
        SessionDefinition d = definition(QStringLiteral("S"), QStringLiteral("u"),
                                         QStringLiteral("/s/a"), {QStringLiteral("/s/*")});
        QUrl viaRelay = d.serverUrl;
        viaRelay.setPort(relay.port());
        d.serverUrl = viaRelay;
        MonitoredSession *s = monitor.addSession(d);
        QTRY_VERIFY_WITH_TIMEOUT(connected(s) && s->progress(ProgressDirection::Upload).known,
                                 10000);
        QSignalSpy stalled(&monitor, &SessionMonitor::sessionStalled);
        relay.setBytesPerSecond(0);
        QVERIFY(localRealmOf(s)->write(QStringLiteral("k"), QByteArray(1000, 'x')));
        QTRY_COMPARE_WITH_TIMEOUT(stalled.size(), 1, 8000);
        QVERIFY(s->isStalled());
        QVERIFY(connected(s));
        QVERIFY(s->stateExplanation().contains(QStringLiteral("no progress")));
        relay.setBytesPerSecond(100 << 20);
        QTRY_VERIFY_WITH_TIMEOUT(!s->isStalled(), 8000);
        QVERIFY(!s->progress(ProgressDirection::Upload).outstanding());
        QCOMPARE(stalled.size(), 1);
    }

    static int eventsContaining(const SessionMonitor &monitor, EventKind kind, const QString &text)
    {
        int n = 0;
        for (const EventEntry &e : monitor.eventLog()->entries())
            n += e.kind == kind && e.message.contains(text) ? 1 : 0;
        return n;
    }

    void outageStartAndNextAttemptAreTheSdks()
    {
        ClientConfig config;
        config.reconnectDelayMin = 200ms;
        config.reconnectDelayMax = 1s;
        SessionMonitor monitor(config);
        MonitoredSession *s =
            monitor.addSession(definition(QStringLiteral("R"), QStringLiteral("u"),
                                          QStringLiteral("/r/a"), {QStringLiteral("/r/*")}));
        QTRY_VERIFY_WITH_TIMEOUT(connected(s), 10000);
        QVERIFY(s->connectionExplanation().contains(QStringLiteral("Connected to")));
        QVERIFY(!s->disconnectedSince().isValid());
        m_server.reset(); // the server goes away; the SDK starts backing off
        QTRY_VERIFY_WITH_TIMEOUT(s->disconnectedSince().isValid(), 10000);
        const QDateTime outageBegan = s->disconnectedSince();
        SyncSession *sdk = qobject_cast<LocalSessionSource *>(s->source())->syncSession();
        QCOMPARE(outageBegan, sdk->disconnectedSince());
        // Several failed retries later the outage still began when it began.
        QTRY_VERIFY_WITH_TIMEOUT(
            eventsContaining(monitor, EventKind::Error, QStringLiteral("Connection failed")) >= 3,
            20000);
        QCOMPARE(s->disconnectedSince(), outageBegan);
        QTRY_VERIFY_WITH_TIMEOUT(s->connectionBadge() == ConnectionBadge::Disconnected &&
                                     s->nextAttempt().isValid(),
                                 10000);
        QCOMPARE(s->nextAttempt(), sdk->nextConnectionAttempt());
        QCOMPARE(s->stateBadge(), StateBadge::Active);
        QVERIFY(s->canReconnect());
        const QString why = s->connectionExplanation();
        QVERIFY2(
            why.contains(QStringLiteral("Disconnected since %1")
                             .arg(QLocale().toString(outageBegan.time(), QLocale::ShortFormat))),
            qPrintable(why));
        QVERIFY2(why.contains(QStringLiteral("Reconnect now")), qPrintable(why));
        s->pauseByUser(); // a paused session does not retry
        QTRY_VERIFY(!s->nextAttempt().isValid());
        QVERIFY(s->connectionExplanation().contains(QStringLiteral("paused")));
    }

    void connectionFailuresSayWhyInRowLogAndFilters()
    {
        QTcpServer probe; // a port that nobody listens on: connections are refused
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 closedPort = probe.serverPort();
        probe.close();
        ClientConfig config;
        config.reconnectDelayMin = 100ms;
        config.reconnectDelayMax = 200ms;
        SessionMonitor monitor(config);
        SessionDefinition d = definition(QStringLiteral("U"), QStringLiteral("u"),
                                         QStringLiteral("/u/a"), {QStringLiteral("/u/*")});
        QUrl unreachable = d.serverUrl;
        unreachable.setPort(closedPort);
        d.serverUrl = unreachable;
        MonitoredSession *s = monitor.addSession(d);
        QTRY_VERIFY_WITH_TIMEOUT(s->hasError(), 10000);
        QCOMPARE(s->facts().lastError.origin, SessionError::Origin::Connection);
        QVERIFY(!s->facts().lastError.fatal);
        QVERIFY(s->facts().lastError.code != 0);
        QVERIFY(!s->lastErrorText().isEmpty());
        QVERIFY(SessionFilter::matchesState(StateFilter::WithError, s->facts()));
        QTRY_COMPARE(monitor.stateCounts().count(StateFilter::WithError), 1);
        // Each failed attempt is told, also when it repeats the one before.
        QTRY_VERIFY_WITH_TIMEOUT(
            eventsContaining(monitor, EventKind::Error, s->lastErrorText()) >= 2, 20000);
        QVERIFY(s->connectionExplanation().contains(s->lastErrorText()));
    }

    void logoutAndLoginAreLoggedAndTheSessionComesBack()
    {
        SessionMonitor monitor;
        MonitoredSession *s =
            monitor.addSession(definition(QStringLiteral("L"), QStringLiteral("lena"),
                                          QStringLiteral("/l/a"), {QStringLiteral("/l/*")}));
        QTRY_VERIFY_WITH_TIMEOUT(connected(s), 10000);
        QVERIFY(!s->canLogIn());
        auto *local = qobject_cast<LocalSessionSource *>(s->source());
        local->user()->logOut(); // as the app in this process would
        QTRY_COMPARE(s->stateBadge(), StateBadge::Inactive);
        QVERIFY(s->isUserLoggedOut());
        QCOMPARE(eventsContaining(monitor, EventKind::State, QStringLiteral("lena logged out")), 1);
        QVERIFY(s->stateExplanation().contains(QStringLiteral("Log in again")));
        QVERIFY(s->canLogIn());

        s->logInAgain(); // no reopening of the workspace
        QTRY_VERIFY_WITH_TIMEOUT(s->stateBadge() == StateBadge::Active && connected(s), 10000);
        QCOMPARE(eventsContaining(monitor, EventKind::State, QStringLiteral("lena logged in")), 1);
        QVERIFY(!s->isUserLoggedOut());
        QCOMPARE(monitor.count(), 1);
        // And it syncs: a write goes up.
        QVERIFY(localRealmOf(s)->write(QStringLiteral("k"), QByteArray(500, 'x')));
        QTRY_VERIFY_WITH_TIMEOUT(s->progress(ProgressDirection::Upload).transferred >= 500 &&
                                     !s->progress(ProgressDirection::Upload).outstanding(),
                                 10000);
    }

    void destroyingTheEmbeddedDemoRunsNoEventLoop()
    {
        // The demo's destructor used to wait for its server in a nested event loop and then
        // flush every deferred delete of the process: whatever was queued ran inside it.
        QTemporaryDir dir;
        auto demo = std::make_unique<EmbeddedDemo>(dir.path());
        QString error;
        QVERIFY2(demo->start(&error), qPrintable(error));
        SessionMonitor monitor;
        MonitoredSession *s = monitor.addSession(demo->workspace().sessions.constFirst());
        QTRY_VERIFY_WITH_TIMEOUT(connected(s), 10000);

        bool queuedCallRan = false;
        QMetaObject::invokeMethod(
            this, [&queuedCallRan] { queuedCallRan = true; }, Qt::QueuedConnection);
        QPointer<QObject> doomed = new QObject;
        doomed->deleteLater();
        demo.reset(); // with a live connection
        QVERIFY(!queuedCallRan);
        QVERIFY(doomed);
        QTRY_VERIFY(queuedCallRan);
        // The client notices that the server is gone and keeps trying, as it should.
        QTRY_VERIFY_WITH_TIMEOUT(s->connectionBadge() != ConnectionBadge::Connected, 10000);
    }

    void workspaceOfTheMonitorIsWhatWasAdded()
    {
        SessionMonitor monitor;
        Workspace w;
        w.title = QStringLiteral("T");
        w.sessions << definition(QStringLiteral("A"), QStringLiteral("u"), QStringLiteral("/w/a"),
                                 {QStringLiteral("/w/*")});
        w.sessions.last().traffic.kind = TrafficSpec::Kind::Steady;
        w.sessions.last().traffic.intervalMs = 50;
        w.sessions.last().traffic.valueBytes = 100;
        monitor.addWorkspace(w);
        QCOMPARE(monitor.workspace(), w);
        // The synthetic traffic writes and the writes get uploaded.
        MonitoredSession *a = monitor.sessions().constFirst();
        QTRY_VERIFY_WITH_TIMEOUT(a->progress(ProgressDirection::Upload).transferred >= 500, 10000);
    }
};

QTEST_GUILESS_MAIN(TestSessionMonitor)
#include "tst_sessionmonitor.moc"
