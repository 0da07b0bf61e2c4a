// ServerOverview, the per-server rows of the monitor's own sessions, against real
// syncscope-server processes: one is killed with SIGKILL and restarted on the same port, and
// its row must read Unreachable with the connect failure and the outage's start, then recover.

#include "monitor/manualsessionsource.h"
#include "monitor/monitoredsession.h"
#include "monitor/serveroverview.h"
#include "monitor/sessionmonitor.h"

#include <syncscope/testsupport/serverprocess.h>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace syncscope;
using namespace syncscope::monitor;
using namespace std::chrono_literals;

namespace {

ClientConfig quickConfig()
{
    ClientConfig config;
    config.pingInterval = 200ms; // round trips are known within a second
    config.pongTimeout = 5000ms;
    config.reconnectDelayMin = 100ms;
    config.reconnectDelayMax = 500ms;
    config.connectionLingerTime = 0ms;
    return config;
}

QString hostPort(const QUrl &url)
{
    return u"%1:%2"_s.arg(url.host()).arg(url.port());
}

} // namespace

class ServerOverviewTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static SessionDefinition definition(const testsupport::ServerProcess &server,
                                        const QString &name, const QString &user)
    {
        SessionDefinition d;
        d.name = name;
        d.serverUrl = server.url();
        d.token = server.mintToken(user, {u"/*"_s});
        d.realmPath = u"/"_s + name;
        return d;
    }

    static std::optional<ServerRow> rowOf(const SessionMonitor &monitor,
                                          const testsupport::ServerProcess &server)
    {
        return monitor.serverOverview()->row(hostPort(server.url()), QDateTime::currentDateTime());
    }

private Q_SLOTS:
    void rowsFollowTheServersOfOwnSessions()
    {
        testsupport::ServerProcess first;
        testsupport::ServerProcess second;
        QVERIFY2(first.start(), qPrintable(first.errorString()));
        QVERIFY2(second.start(), qPrintable(second.errorString()));

        SessionMonitor monitor(quickConfig());
        monitor.setDefaultLocalDirectory(m_dir.path());
        MonitoredSession *a1 = monitor.addSession(definition(first, u"a1"_s, u"alice"_s));
        MonitoredSession *a2 = monitor.addSession(definition(first, u"a2"_s, u"bob"_s));
        // One user a server: the same user id is one User of the SDK, with one token.
        MonitoredSession *b = monitor.addSession(definition(second, u"b"_s, u"carol"_s));
        // A row of another source (an attached server's, a test's) is not one of ours.
        SessionFacts foreign;
        foreign.name = u"foreign"_s;
        foreign.server = u"elsewhere:1"_s;
        foreign.state = StateBadge::Active;
        foreign.connection = ConnectionBadge::Connected;
        monitor.addSource(std::make_unique<ManualSessionSource>(foreign), {});

        QTRY_VERIFY_WITH_TIMEOUT(rowOf(monitor, first) && rowOf(monitor, second) &&
                                     rowOf(monitor, first)->pingRoundTrip &&
                                     rowOf(monitor, second)->pingRoundTrip,
                                 20'000);
        const QList<ServerRow> rows = monitor.serverOverview()->rows(QDateTime::currentDateTime());
        QCOMPARE(rows.size(), 2); // the foreign row's server is not listed
        ServerRow a = *rowOf(monitor, first);
        QCOMPARE(a.reach, ServerReach::Reachable);
        QCOMPARE(a.url, first.url());
        QCOMPARE(a.sessions, 2);
        QCOMPARE(a.count(Health::Syncing), 2);
        QCOMPARE(a.count(SessionState::Active), 2);
        QVERIFY(a.since.isValid() && a.since <= QDateTime::currentDateTime());
        QVERIFY(a.lastConnectError.isEmpty());
        QVERIFY(*a.pingRoundTrip >= 0us);

        // Pausing one session moves it to Paused / Inactive; the server stays reachable.
        a2->source()->pause(std::nullopt);
        QTRY_COMPARE_WITH_TIMEOUT(rowOf(monitor, first)->count(Health::Paused), 1, 10'000);
        a = *rowOf(monitor, first);
        QCOMPARE(a.count(Health::Syncing), 1);
        QCOMPARE(a.count(SessionState::Active), 1);
        QCOMPARE(a.count(SessionState::Inactive), 1);
        QCOMPARE(a.reach, ServerReach::Reachable);

        // The second server dies: its row reads Unreachable since the outage began, says why,
        // and has no round trip any more.
        QSignalSpy changed(monitor.serverOverview(), &ServerOverview::changed);
        const QDateTime killedAt = QDateTime::currentDateTime();
        second.kill();
        QTRY_COMPARE_WITH_TIMEOUT(rowOf(monitor, second)->reach, ServerReach::Unreachable, 20'000);
        QTRY_VERIFY_WITH_TIMEOUT(!rowOf(monitor, second)->lastConnectError.isEmpty(), 10'000);
        ServerRow down = *rowOf(monitor, second);
        QVERIFY(!changed.isEmpty());
        QVERIFY2(down.since.isValid() && down.since >= killedAt.addMSecs(-1000),
                 qPrintable(down.since.toString(Qt::ISODateWithMs)));
        QCOMPARE(down.lastConnectError.origin, SessionError::Origin::Connection);
        QVERIFY(!down.pingRoundTrip);
        QCOMPARE(down.count(Health::Syncing), 0);
        QCOMPARE(down.count(Health::Retrying), 1);
        QCOMPARE(down.count(SessionState::Active), 1);
        // The first server is not touched by it.
        QCOMPARE(rowOf(monitor, first)->reach, ServerReach::Reachable);

        // Back on the same port: reachable again since now, the failure still told.
        const QDateTime restartedAt = QDateTime::currentDateTime();
        QVERIFY2(second.restart(), qPrintable(second.errorString()));
        QTRY_COMPARE_WITH_TIMEOUT(rowOf(monitor, second)->reach, ServerReach::Reachable, 20'000);
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(monitor, second)->pingRoundTrip.has_value(), 10'000);
        const ServerRow back = *rowOf(monitor, second);
        QVERIFY(back.since >= restartedAt);
        // The last failed retry before the restart (later than the first one seen) is kept.
        QCOMPARE(back.lastConnectError.origin, SessionError::Origin::Connection);
        QVERIFY(back.lastConnectError.time >= down.lastConnectError.time);
        QVERIFY(back.lastConnectError.time <= back.since);
        QCOMPARE(back.count(Health::Syncing), 1);
        QVERIFY(b->facts().lastError.isEmpty()); // the session row dropped it, the server keeps it

        // Nothing of ours syncs with the first server: Not in use, not unreachable.
        a1->source()->pause(std::nullopt);
        QTRY_COMPARE_WITH_TIMEOUT(rowOf(monitor, first)->reach, ServerReach::Unused, 10'000);

        // A server whose last session goes leaves the overview.
        monitor.removeSession(b);
        QTRY_VERIFY(!rowOf(monitor, second));
        QCOMPARE(monitor.serverOverview()->rows(QDateTime::currentDateTime()).size(), 1);
    }

    void textsSayWhatTheyMean()
    {
        QCOMPARE(ServerOverview::roundTripText(std::nullopt), u"\u2014"_s);
        QCOMPARE(ServerOverview::roundTripText(1500us), u"1.5 ms"_s);
        QCOMPARE(ServerOverview::roundTripText(85'400us), u"85 ms"_s);
        ServerRow row;
        QCOMPARE(ServerOverview::healthCountsText(row), u"none"_s);
        row.perHealth[size_t(Health::Syncing)] = 2;
        row.perHealth[size_t(Health::Offline)] = 1;
        QCOMPARE(ServerOverview::healthCountsText(row), u"Syncing 2, Offline 1"_s);
        row.perRealmState = {2, 0, 1};
        QCOMPARE(ServerOverview::realmStateCountsText(row), u"Active 2, Inactive 0, Invalid 1"_s);
    }
};

QTEST_GUILESS_MAIN(ServerOverviewTest)
#include "tst_serveroverview.moc"
