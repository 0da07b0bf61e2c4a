// The monitor attached to a server: a real syncscope-server process with --operator-listen, an
// operator token from "syncscope-server token --operator", and real SDK sessions opened by this
// test (through a SessionMonitor of their own, so that what the app side sees can be checked).
// A second SessionMonitor attaches to the server and must see every session with its figures,
// act on them, survive the server going away, and refuse a bad token clearly.

#include "monitor/eventlog.h"
#include "monitor/monitoredsession.h"
#include "monitor/sessionhealth.h"
#include "monitor/sessionmonitor.h"
#include "operator/attachedserver.h"
#include "operator/operatorclient.h"
#include "operator/operatorsessionsource.h"
#include "workspace/workspacefile.h"

#include <syncscope/testsupport/serverprocess.h>
#include <syncscope/testsupport/waiting.h>

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace syncscope;
using namespace syncscope::monitor;
using namespace std::chrono_literals;

namespace {

// A port nobody listens on now, so the operator API comes back on the same one after restart().
quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

} // namespace

class OperatorSessionsTest : public QObject
{
    Q_OBJECT

private:
    testsupport::ServerProcess m_server;
    QTemporaryDir m_dir;
    QUrl m_operatorUrl;
    QString m_tokenFile;
    SessionMonitor m_apps; // the "apps": real SDK sessions of this process
    std::unique_ptr<SessionMonitor> m_monitor;
    AttachedServer *m_attached = nullptr;

    SessionDefinition appSession(const QString &user, const QString &realm)
    {
        SessionDefinition d;
        d.name = user + realm;
        d.serverUrl = m_server.url();
        d.token = m_server.mintToken(user, {u"/*"_s});
        d.realmPath = realm;
        d.localPath = m_dir.filePath(user + realm.mid(1) + u".realm"_s);
        return d;
    }

    MonitoredSession *app(const QString &user, const QString &realm) const
    {
        for (MonitoredSession *s : m_apps.sessions()) {
            if (s->userId() == user && s->realmPath() == realm)
                return s;
        }
        return nullptr;
    }

    QList<MonitoredSession *> remote(const QString &user, const QString &realm) const
    {
        QList<MonitoredSession *> out;
        for (MonitoredSession *s : m_monitor->sessions()) {
            if (s->userId() == user && s->realmPath() == realm)
                out.append(s);
        }
        return out;
    }

    bool logHas(const SessionMonitor &monitor, EventKind kind, const QString &text) const
    {
        for (const EventEntry &entry : monitor.eventLog()->entries()) {
            if (entry.kind == kind && entry.message.contains(text))
                return true;
        }
        return false;
    }

    QString mintOperatorToken()
    {
        QProcess mint;
        mint.start(testsupport::ServerProcess::serverBinary(),
                   {u"token"_s, u"--operator"_s, u"--secret-file"_s, m_server.secretFile(),
                    u"--user"_s, u"oncall"_s, u"--ttl"_s, u"3600"_s});
        if (!mint.waitForFinished(30'000) || mint.exitCode() != 0)
            return {};
        return QString::fromLatin1(mint.readAllStandardOutput()).trimmed();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const quint16 port = freePort();
        QVERIFY(port != 0);
        m_server.setExtraArguments({u"--operator-listen"_s, QString::number(port)});
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        QVERIFY(testsupport::waitUntil(
            [&] { return m_server.standardError().contains(u"operator API at"_s); }, 20s));
        m_operatorUrl = QUrl(u"ws://127.0.0.1:%1"_s.arg(port));

        const QString token = mintOperatorToken();
        QVERIFY(!token.isEmpty());
        m_tokenFile = m_dir.filePath(u"operator.token"_s);
        QFile file(m_tokenFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.setPermissions(WorkspaceFile::kPrivatePermissions);
        file.write(token.toLatin1());
        file.close();

        m_apps.setDefaultLocalDirectory(m_dir.path());
        // Three apps' sessions: alice on /a (with 64 KiB to upload) and /b, bob on /a.
        SessionDefinition seeded = appSession(u"alice"_s, u"/a"_s);
        seeded.traffic.kind = TrafficSpec::Kind::Seed;
        seeded.traffic.valueBytes = 4096;
        seeded.traffic.totalBytes = 64 * 1024;
        m_apps.addSession(seeded);
        m_apps.addSession(appSession(u"alice"_s, u"/b"_s));
        m_apps.addSession(appSession(u"bob"_s, u"/a"_s));
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(m_apps.sessions().cbegin(), m_apps.sessions().cend(),
                                             [](const MonitoredSession *s) {
                                                 return s->connectionBadge() ==
                                                        ConnectionBadge::Connected;
                                             }),
                                 30'000);
    }

    void cleanupTestCase()
    {
        m_monitor.reset();
        m_server.kill();
    }

    void seesEverySessionWithItsStateAndProgress()
    {
        m_monitor = std::make_unique<SessionMonitor>();
        QSignalSpy attachedSpy(m_monitor.get(), &SessionMonitor::serverAttached);
        // The server's pages reach the session list as batches, one insertion each.
        int addedOutsideABatch = 0;
        const QMetaObject::Connection counting =
            connect(m_monitor.get(), &SessionMonitor::sessionAdded, this, [&] {
                if (!m_monitor->isInBatch())
                    ++addedOutsideABatch;
            });
        m_attached = m_monitor->attachServer({m_operatorUrl, m_tokenFile, QString()});
        QCOMPARE(attachedSpy.count(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(m_monitor->count(), 3, 30'000);
        disconnect(counting);
        QCOMPARE(addedOutsideABatch, 0);
        QVERIFY(m_attached->isReachable());
        QVERIFY(m_attached->statusText().startsWith(u"Reachable since"_s));
        QVERIFY(logHas(*m_monitor, EventKind::Monitor, u"as oncall: 3 sessions"_s));

        for (const auto &[user, realm] :
             {std::pair(u"alice"_s, u"/a"_s), {u"alice"_s, u"/b"_s}, {u"bob"_s, u"/a"_s}}) {
            const QList<MonitoredSession *> rows = remote(user, realm);
            QCOMPARE(rows.size(), 1);
            const MonitoredSession *row = rows.constFirst();
            QCOMPARE(row->stateBadge(), StateBadge::Active);
            QCOMPARE(row->connectionBadge(), ConnectionBadge::Connected);
            QCOMPARE(row->serverText(), m_attached->label());
            QVERIFY(row->name().startsWith(user + u' ' + realm + u" #"_s));
            QVERIFY(!row->source()->savedInWorkspace());
            // The monitor's own commands do not reach an app on a server: said why.
            const CommandSupport pause = row->source()->supports(SessionCommand::Pause);
            QVERIFY(!pause.available);
            QVERIFY(pause.whyNot.contains(m_attached->label()));
        }
        // alice's 64 KiB arrive on the server: the upload figure of her /a row follows.
        MonitoredSession *aliceA = remote(u"alice"_s, u"/a"_s).constFirst();
        QTRY_VERIFY_WITH_TIMEOUT(aliceA->progress(ProgressDirection::Upload).transferred >= 60'000u,
                                 30'000);
        // Its definition (not saved) is rebuilt from the facts and the attachment.
        QCOMPARE(aliceA->definition().serverUrl, m_operatorUrl);
        QCOMPARE(aliceA->definition().realmPath, u"/a"_s);
        // And bob's download of it (he is on /a too).
        MonitoredSession *bobA = remote(u"bob"_s, u"/a"_s).constFirst();
        QTRY_VERIFY_WITH_TIMEOUT(bobA->progress(ProgressDirection::Download).transferred >= 60'000u,
                                 30'000);
        // Caught up: the download reads as complete; behind would read as outstanding.
        QTRY_VERIFY_WITH_TIMEOUT(!bobA->progress(ProgressDirection::Download).outstanding(),
                                 30'000);
        OperatorSession behind = qobject_cast<OperatorSessionSource *>(bobA->source())->remote();
        behind.versionsBehind = 3;
        const SessionFacts behindFacts = OperatorSessionSource::factsOf(behind, u"h:1"_s);
        QVERIFY(behindFacts.download.outstanding());
        QVERIFY(behindFacts.download.transferable > behindFacts.download.transferred);
        // The server pane's figures: two realms, /a with two sessions.
        const QList<AttachedServer::RealmFigures> realms = m_attached->realms();
        QCOMPARE(realms.size(), 2);
        QCOMPARE(realms.at(0).path, u"/a"_s);
        QCOMPARE(realms.at(0).sessions, 2);
        QVERIFY(realms.at(0).headVersion >= 1);
        QTRY_VERIFY_WITH_TIMEOUT(m_attached->commitLatencySeconds().has_value(), 30'000);
        // Saving the workspace writes the attachment, not the server's sessions.
        const Workspace saved = m_monitor->workspace();
        QCOMPARE(saved.sessions.size(), 0);
        QCOMPARE(saved.servers.size(), 1);
        QCOMPARE(saved.servers.constFirst().tokenFile, m_tokenFile);
    }

    void theStreamFlowsThroughABoundedReadBuffer()
    {
        // The client reads at most readBufferBytes() ahead of what it parsed (the rest waits in
        // the kernel). Bounded far below what the stream carries over this test, every message
        // must still arrive: the snapshot, then server reports and deltas, none stuck behind a
        // full buffer.
        OperatorClient client;
        QCOMPARE(client.readBufferBytes(), OperatorClient::kDefaultReadBufferBytes);
        client.setReadBufferBytes(4 * 1024);
        QSignalSpy reports(&client, &OperatorClient::serverChanged);
        client.open(m_operatorUrl, mintOperatorToken());
        QTRY_COMPARE_WITH_TIMEOUT(client.status(), OperatorClient::Status::Attached, 30'000);
        qsizetype sessions = 0;
        for (const OperatorConnection &connection : client.connections())
            sessions += connection.sessions.size();
        QCOMPARE(sessions, 3);
        // The server reports every second or two while nothing changes; with the welcome and
        // the snapshot, 8 reports are more bytes than the buffer holds.
        QTRY_VERIFY_WITH_TIMEOUT(reports.count() >= 8, 120'000);
        QCOMPARE(client.status(), OperatorClient::Status::Attached);
        QVERIFY2(client.lastError().isEmpty(), qPrintable(client.lastError()));
    }

    void suspendReachesTheAppAndItBindsAgain()
    {
        MonitoredSession *row = remote(u"alice"_s, u"/b"_s).value(0);
        QVERIFY(row);
        auto *source = qobject_cast<OperatorSessionSource *>(row->source());
        QVERIFY(source);
        QVERIFY(source->supportsOperatorAction(OperatorAction::SuspendSession).available);
        const qint64 oldId = source->sessionId();
        // alice's other session, on the same connection: its strings as the client holds them.
        MonitoredSession *aliceA = remote(u"alice"_s, u"/a"_s).value(0);
        QVERIFY(aliceA);
        const auto *aliceASource = qobject_cast<OperatorSessionSource *>(aliceA->source());
        const QString realmBefore = aliceASource->remote().realm;
        source->act(OperatorAction::SuspendSession, u"reindexing"_s);
        // The app's session reports the documented error and is not Invalid.
        MonitoredSession *appB = app(u"alice"_s, u"/b"_s);
        QTRY_VERIFY_WITH_TIMEOUT(
            appB->lastErrorText().contains(u"suspended by an operator: reindexing"_s), 30'000);
        QVERIFY(appB->stateBadge() != StateBadge::Invalid);
        QVERIFY(logHas(*m_monitor, EventKind::Monitor, u"did endSession"_s));
        // It binds again after its back-off: a new session on the server, a new row.
        QTRY_VERIFY_WITH_TIMEOUT(remote(u"alice"_s, u"/b"_s).size() == 1 &&
                                     qobject_cast<OperatorSessionSource *>(
                                         remote(u"alice"_s, u"/b"_s).constFirst()->source())
                                             ->sessionId() != oldId,
                                 60'000);
        // The delta that brought it parsed alice's connection anew. The client kept the strings
        // it held and gives a session its connection's user: the rows and the client share one
        // copy of each.
        const auto *rebound = qobject_cast<OperatorSessionSource *>(
            remote(u"alice"_s, u"/b"_s).constFirst()->source());
        const OperatorConnection connection =
            m_attached->client()->connections().value(rebound->connectionId());
        QCOMPARE(rebound->facts().userId.constData(), connection.user.constData());
        QCOMPARE(aliceASource->connectionId(), rebound->connectionId()); // one per user and server
        const OperatorSession after = aliceASource->remote();
        QCOMPARE(after.realm.constData(), realmBefore.constData());
        QCOMPARE(aliceA->realmPath().constData(), realmBefore.constData());
        QCOMPARE(after.user.constData(), connection.user.constData());
    }

    void fatalEndMakesTheAppsSessionInvalid()
    {
        MonitoredSession *row = remote(u"bob"_s, u"/a"_s).value(0);
        QVERIFY(row);
        auto *source = qobject_cast<OperatorSessionSource *>(row->source());
        source->act(OperatorAction::EndSession, u"abuse"_s);
        MonitoredSession *appBob = app(u"bob"_s, u"/a"_s);
        QTRY_COMPARE_WITH_TIMEOUT(appBob->stateBadge(), StateBadge::Invalid, 30'000);
        QVERIFY(appBob->lastErrorText().contains(u"ended by an operator: abuse"_s));
        // The row goes away with the session; the log says so.
        QTRY_VERIFY_WITH_TIMEOUT(remote(u"bob"_s, u"/a"_s).isEmpty(), 30'000);
        QVERIFY(logHas(*m_monitor, EventKind::State, u"Ended on the server"_s));
    }

    void anUnknownSessionIsAnErrorInTheLog()
    {
        m_attached->client()->endSession(999'999, 1, false, u"x"_s);
        QTRY_VERIFY_WITH_TIMEOUT(logHas(*m_monitor, EventKind::Error, u"no_such_session"_s),
                                 30'000);
    }

    void losingTheServerMarksRowsStaleAndTheyRecover()
    {
        QTRY_COMPARE_WITH_TIMEOUT(m_monitor->count(), 2, 30'000);
        QSignalSpy lost(m_monitor.get(), &SessionMonitor::serverLost);
        QSignalSpy regained(m_monitor.get(), &SessionMonitor::serverRegained);
        m_server.kill();
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(m_monitor->sessions().cbegin(), m_monitor->sessions().cend(),
                        [](const MonitoredSession *s) { return s->facts().stale; }),
            30'000);
        // The last known state stays; the outage shows like any other.
        QCOMPARE(m_monitor->count(), 2);
        for (const MonitoredSession *row : m_monitor->sessions()) {
            QCOMPARE(row->stateBadge(), StateBadge::Active);
            QCOMPARE(row->connectionBadge(), ConnectionBadge::Disconnected);
            QVERIFY(row->facts().nextAttempt.isValid());
            QVERIFY(row->lastErrorText().contains(u"Operator connection to"_s));
            QVERIFY(healthText(row->facts(), QDateTime::currentDateTime()).startsWith(u"Stale"_s));
            auto *source = qobject_cast<OperatorSessionSource *>(row->source());
            QVERIFY(
                !source->supportsOperatorAction(OperatorAction::DisconnectConnection).available);
        }
        QVERIFY(logHas(*m_monitor, EventKind::Error, u"Lost the operator connection"_s));
        // The window's alert banner and tray listen to this, as for the monitor's own sessions.
        QTRY_COMPARE_WITH_TIMEOUT(lost.count(), 1, 30'000);
        QCOMPARE(lost.constFirst().constFirst().toString(), m_attached->label());
        QVERIFY(!m_attached->isReachable());
        QVERIFY(m_attached->statusText().startsWith(u"Unreachable since"_s));
        QVERIFY(!m_attached->client()->lastError().isEmpty());

        QVERIFY2(m_server.restart(), qPrintable(m_server.errorString()));
        // The apps reconnect after their back-off; the monitor re-attaches after its own and
        // shows them again, fresh.
        QTRY_VERIFY_WITH_TIMEOUT(m_attached->isReachable(), 60'000);
        QTRY_VERIFY_WITH_TIMEOUT(
            m_monitor->count() == 2 &&
                std::none_of(m_monitor->sessions().cbegin(), m_monitor->sessions().cend(),
                             [](const MonitoredSession *s) { return s->facts().stale; }),
            90'000);
        QVERIFY(remote(u"alice"_s, u"/a"_s).size() == 1);
        QVERIFY(remote(u"alice"_s, u"/b"_s).size() == 1);
        QVERIFY(logHas(*m_monitor, EventKind::Monitor, u"restarted"_s));
        QVERIFY(regained.count() >= 1);
    }

    void disconnectActionMakesTheAppReconnect()
    {
        MonitoredSession *row = remote(u"alice"_s, u"/a"_s).value(0);
        QVERIFY(row);
        auto *source = qobject_cast<OperatorSessionSource *>(row->source());
        QTRY_VERIFY_WITH_TIMEOUT(
            source->supportsOperatorAction(OperatorAction::DisconnectConnection).available, 30'000);
        const qint64 connection = source->connectionId();
        source->act(OperatorAction::DisconnectConnection, u"maintenance"_s);
        MonitoredSession *appA = app(u"alice"_s, u"/a"_s);
        QTRY_VERIFY_WITH_TIMEOUT(
            appA->lastErrorText().contains(u"disconnected by an operator"_s) ||
                logHas(m_apps, EventKind::Error, u"disconnected by an operator: maintenance"_s),
            30'000);
        // It comes back on a new connection.
        QTRY_VERIFY_WITH_TIMEOUT(remote(u"alice"_s, u"/a"_s).size() == 1 &&
                                     qobject_cast<OperatorSessionSource *>(
                                         remote(u"alice"_s, u"/a"_s).constFirst()->source())
                                             ->connectionId() != connection,
                                 60'000);
    }

    // syncscope --headless --attach URL --operator-token-file F: the server's sessions in the
    // status table; a refused token ends the run at once with exit code 2 and says why.
    void headlessAttachFromTheCommandLine()
    {
        QProcess monitor;
        monitor.start(QStringLiteral(SYNCSCOPE_MONITOR_BIN),
                      {u"--headless"_s, u"--attach"_s, m_operatorUrl.toString(),
                       u"--operator-token-file"_s, m_tokenFile, u"--duration"_s, u"4"_s,
                       u"--lang"_s, u"en"_s});
        QVERIFY(monitor.waitForFinished(60'000));
        const QString out = QString::fromUtf8(monitor.readAllStandardOutput());
        QVERIFY2(out.contains(u"alice /a #"_s) && out.contains(u"alice /b #"_s), qPrintable(out));
        QCOMPARE(monitor.exitCode(), 0);

        const QString userTokenFile = m_dir.filePath(u"user.token"_s);
        QFile file(userTokenFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(m_server.mintToken(u"alice"_s, {u"/*"_s}).toLatin1());
        file.close();
        QProcess refused;
        refused.start(QStringLiteral(SYNCSCOPE_MONITOR_BIN),
                      {u"--headless"_s, u"--attach"_s, m_operatorUrl.toString(),
                       u"--operator-token-file"_s, userTokenFile, u"--duration"_s, u"120"_s,
                       u"--lang"_s, u"en"_s});
        QVERIFY(refused.waitForFinished(60'000));
        QCOMPARE(refused.exitCode(), 2);
        const QString err = QString::fromUtf8(refused.readAllStandardError());
        QVERIFY2(err.contains(u"refused the operator token"_s), qPrintable(err));

        // Each --attach needs its token file: a usage error before anything runs.
        QProcess bad;
        bad.start(QStringLiteral(SYNCSCOPE_MONITOR_BIN),
                  {u"--headless"_s, u"--attach"_s, m_operatorUrl.toString()});
        QVERIFY(bad.waitForFinished(30'000));
        QCOMPARE(bad.exitCode(), 2);
        QVERIFY(QString::fromUtf8(bad.readAllStandardError()).contains(u"--operator-token-file"_s));
    }

    void refusedUserIsBackAfterTheTime()
    {
        MonitoredSession *row = remote(u"alice"_s, u"/b"_s).value(0);
        QVERIFY(row);
        auto *source = qobject_cast<OperatorSessionSource *>(row->source());
        QTRY_VERIFY_WITH_TIMEOUT(
            source->supportsOperatorAction(OperatorAction::RefuseUser).available, 30'000);
        auto sessionIdOf = [this](const QString &realm) {
            const QList<MonitoredSession *> rows = remote(u"alice"_s, realm);
            return rows.size() == 1
                       ? qobject_cast<OperatorSessionSource *>(rows.constFirst()->source())
                             ->sessionId()
                       : qint64(-1);
        };
        const qint64 oldA = sessionIdOf(u"/a"_s);
        const qint64 oldB = sessionIdOf(u"/b"_s);
        const QDateTime until = QDateTime::currentDateTimeUtc().addSecs(3);
        source->act(OperatorAction::RefuseUser, QString(), until);
        MonitoredSession *appB = app(u"alice"_s, u"/b"_s);
        QTRY_VERIFY_WITH_TIMEOUT(appB->lastErrorText().contains(u"refused by an operator until"_s),
                                 30'000);
        QVERIFY(logHas(*m_monitor, EventKind::Monitor, u"did refuseUser"_s));
        // Both of alice's sessions left the server; after the time they bind again, as new
        // sessions (new rows).
        QTRY_VERIFY_WITH_TIMEOUT(sessionIdOf(u"/a"_s) > 0 && sessionIdOf(u"/a"_s) != oldA &&
                                     sessionIdOf(u"/b"_s) > 0 && sessionIdOf(u"/b"_s) != oldB,
                                 90'000);
        QVERIFY(QDateTime::currentDateTimeUtc() >= until);
        QVERIFY(appB->stateBadge() != StateBadge::Invalid);
    }

    // Two servers at once, each with its own secret and token: each row under its own server.
    void severalServersEachWithItsOwnToken()
    {
        testsupport::ServerProcess second;
        const quint16 port = freePort();
        second.setExtraArguments({u"--operator-listen"_s, QString::number(port)});
        QVERIFY2(second.start(), qPrintable(second.errorString()));
        QVERIFY(testsupport::waitUntil(
            [&] { return second.standardError().contains(u"operator API at"_s); }, 20s));
        QProcess mint;
        mint.start(testsupport::ServerProcess::serverBinary(),
                   {u"token"_s, u"--operator"_s, u"--secret-file"_s, second.secretFile()});
        QVERIFY(mint.waitForFinished(30'000));
        const QString secondToken = QString::fromLatin1(mint.readAllStandardOutput()).trimmed();
        QVERIFY(!secondToken.isEmpty());

        SessionMonitor apps;
        apps.setDefaultLocalDirectory(m_dir.filePath(u"second"_s));
        SessionDefinition d;
        d.name = u"dave"_s;
        d.serverUrl = second.url();
        d.token = second.mintToken(u"dave"_s, {u"/*"_s});
        d.realmPath = u"/d"_s;
        apps.addSession(d);

        const qsizetype before = m_monitor->count();
        // The first server's token does not open the second one: refused there, not here.
        AttachedServer *wrong = m_monitor->attachServer(
            {QUrl(u"ws://127.0.0.1:%1"_s.arg(port)), m_tokenFile, QString()});
        QTRY_COMPARE_WITH_TIMEOUT(wrong->client()->status(), OperatorClient::Status::Refused,
                                  30'000);
        QVERIFY(m_attached->isReachable());
        m_monitor->detachServer(wrong);
        AttachedServer *other = m_monitor->attachServer(
            {QUrl(u"ws://127.0.0.1:%1"_s.arg(port)), QString(), secondToken});
        QTRY_COMPARE_WITH_TIMEOUT(m_monitor->count(), before + 1, 30'000);
        const QList<MonitoredSession *> dave = remote(u"dave"_s, u"/d"_s);
        QCOMPARE(dave.size(), 1);
        QCOMPARE(dave.constFirst()->serverText(), other->label());
        QVERIFY(other->label() != m_attached->label());
        QCOMPARE(m_attached->sessions().size(), before);
        QCOMPARE(other->sessions().size(), 1);
        QCOMPARE(m_monitor->attachedServers().size(), 2);
        QCOMPARE(m_monitor->workspace().servers.size(), 2);
        m_monitor->detachServer(other);
        QCOMPARE(m_monitor->count(), before);
    }

    void aUsersTokenIsRefusedClearly()
    {
        SessionMonitor monitor;
        AttachedServer *server = monitor.attachServer(
            {m_operatorUrl, QString(), m_server.mintToken(u"alice"_s, {u"/*"_s})});
        QTRY_COMPARE_WITH_TIMEOUT(server->client()->status(), OperatorClient::Status::Refused,
                                  30'000);
        QVERIFY2(server->statusText().contains(u"refused the operator token"_s),
                 qPrintable(server->statusText()));
        QVERIFY(logHas(monitor, EventKind::Error, u"not retried"_s));
        QCOMPARE(monitor.count(), 0);
    }

    void aMissingTokenFileIsAClearError()
    {
        SessionMonitor monitor;
        AttachedServer *server =
            monitor.attachServer({m_operatorUrl, m_dir.filePath(u"nope.token"_s), QString()});
        QVERIFY(server->statusText().contains(u"nope.token"_s));
        QVERIFY(logHas(monitor, EventKind::Error, u"cannot read the operator token file"_s));
        QCOMPARE(server->client()->status(), OperatorClient::Status::Idle);
    }

    void anUnreachableServerIsRetried()
    {
        SessionMonitor monitor;
        AttachedServer *server =
            monitor.attachServer({QUrl(u"ws://127.0.0.1:%1"_s.arg(freePort())), m_tokenFile, {}});
        QTRY_COMPARE_WITH_TIMEOUT(server->client()->status(), OperatorClient::Status::Retrying,
                                  30'000);
        QVERIFY(logHas(monitor, EventKind::Error, u"retrying in"_s));
        QVERIFY(server->client()->nextAttempt().isValid());
    }

    void workspaceKeepsServersAndGuardsInlineTokens()
    {
        Workspace workspace;
        workspace.servers = {{m_operatorUrl, m_tokenFile, QString()},
                             {QUrl(u"wss://ops.example:7443"_s), QString(), u"secret-token"_s}};
        const QString path = m_dir.filePath(u"servers.json"_s);
        QString error;
        QVERIFY2(WorkspaceFile::save(workspace, path, &error), qPrintable(error));
        QCOMPARE(QFileInfo(path).permissions() & (QFile::ReadGroup | QFile::ReadOther),
                 QFile::Permissions());
        WorkspaceError loadError;
        const std::optional<Workspace> loaded = WorkspaceFile::load(path, &loadError);
        QVERIFY2(loaded, qPrintable(loadError.toString()));
        QCOMPARE(loaded->servers, workspace.servers);

        // Readable by others: an inline operator token is refused, with where and why.
        QVERIFY(QFile::setPermissions(path, WorkspaceFile::kPrivatePermissions | QFile::ReadGroup |
                                                QFile::ReadOther));
        QVERIFY(!WorkspaceFile::load(path, &loadError));
        QCOMPARE(loadError.field, u"servers[1].token"_s);
        QVERIFY(loadError.line > 0);
        QVERIFY(loadError.message.contains(u"chmod 600"_s));

        // Neither or both of token and tokenFile, or a non-WebSocket URL: refused.
        const QByteArray both = R"({"syncscopeWorkspace":1,"sessions":[],"servers":[
            {"url":"ws://h:1","tokenFile":"f","token":"t"}]})";
        QVERIFY(!WorkspaceFile::parse(both, m_dir.path(), &loadError));
        QCOMPARE(loadError.field, u"servers[0].token"_s);
        const QByteArray http =
            R"({"syncscopeWorkspace":1,"sessions":[],"servers":[{"url":"http://h:1","token":"t"}]})";
        QVERIFY(!WorkspaceFile::parse(http, m_dir.path(), &loadError));
        QCOMPARE(loadError.field, u"servers[0].url"_s);
    }
};

QTEST_GUILESS_MAIN(OperatorSessionsTest)
#include "tst_operatorsessions.moc"
