// The monitor attached to another process: a real application process with the inspector on
// (tests/inspector's inspectedprocess app, two users, sessions /a and /b) against a real
// syncscope-server process; the monitor's SessionMonitor watches its sessions through
// InspectedProcessSessions. The app prints what its own listeners see, so a pause from the
// monitor is checked where the app sees it.

#include "monitor/eventlog.h"
#include "monitor/inspectedprocesssessions.h"
#include "monitor/inspectorsessionsource.h"
#include "monitor/monitoredsession.h"
#include "monitor/sessionmonitor.h"

#include "inspectedapp.h"

#include <syncscope/inspectorclient.h>

#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using namespace syncscope;
using namespace syncscope::monitor;

class InspectorSessionsTest : public QObject
{
    Q_OBJECT

private:
    InspectedApp m_app;
    qint64 m_appPid = 0;
    std::unique_ptr<SessionMonitor> m_monitor;
    std::unique_ptr<InspectedProcessSessions> m_process;

    std::optional<QString> waitForLine(const QString &prefix, qsizetype from = 0)
    {
        return m_app.waitForLine(prefix, from);
    }
    MonitoredSession *row(const QString &realmPath) const
    {
        for (MonitoredSession *session : m_monitor->sessions()) {
            if (session->realmPath() == realmPath)
                return session;
        }
        return nullptr;
    }
    qsizetype logEntriesContaining(const QString &text) const
    {
        qsizetype count = 0;
        for (const EventEntry &entry : m_monitor->eventLog()->entries())
            count += entry.message.contains(text) ? 1 : 0;
        return count;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString error = m_app.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_appPid = m_app.pid();
        m_monitor = std::make_unique<SessionMonitor>();
    }

    void cleanupTestCase()
    {
        m_process.reset();
        m_app.kill();
    }

    void attachShowsTheAppsSessionsAndItsHistory()
    {
        m_process = std::make_unique<InspectedProcessSessions>(m_monitor.get());
        QSignalSpy attached(m_process.get(), &InspectedProcessSessions::attached);
        QVERIFY2(m_process->attach(m_appPid), qPrintable(m_process->errorString()));
        QVERIFY(attached.wait(20'000));

        QCOMPARE(m_monitor->count(), 2);
        MonitoredSession *a = row(u"/a"_s);
        MonitoredSession *b = row(u"/b"_s);
        QVERIFY(a && b);
        QCOMPARE(a->userId(), u"alice"_s);
        QCOMPARE(b->userId(), u"bob"_s);
        QVERIFY(qobject_cast<InspectorSessionSource *>(a->source()));
        QCOMPARE(a->serverText(), u"127.0.0.1:%1"_s.arg(m_app.server().url().port()));
        QTRY_COMPARE_WITH_TIMEOUT(a->stateBadge(), StateBadge::Active, 20'000);
        QTRY_COMPARE_WITH_TIMEOUT(a->connectionBadge(), ConnectionBadge::Connected, 20'000);
        // Grouped by process: the row's name says which process it belongs to.
        QVERIFY2(a->name().contains(u"[%1]"_s.arg(m_appPid)), qPrintable(a->name()));

        QCOMPARE(logEntriesContaining(u"Attached to process"_s), 1);
        QVERIFY(logEntriesContaining(u"Before the attach"_s) >= 2); // both sessions were added
        // Pause all holds the monitor's own sessions only; it says so instead of failing silently.
        QVERIFY(!a->source()->supports(SessionCommand::HoldByMonitor).available);
        QVERIFY(!a->source()->supports(SessionCommand::HoldByMonitor).whyNot.isEmpty());
    }

    void pauseFromTheMonitorReachesTheAppsListener()
    {
        MonitoredSession *a = row(u"/a"_s);
        QVERIFY(a);
        QVERIFY(a->canPause());
        QVERIFY(!a->canResume());
        const qsizetype from = m_app.lineCount();
        a->pauseByUser();
        QVERIFY(waitForLine(u"state /a Inactive paused=1"_s, from));
        QTRY_COMPARE_WITH_TIMEOUT(a->stateBadge(), StateBadge::Paused, 20'000);
        QVERIFY(a->isPausedByUser());
        QVERIFY(a->canResume());
        QVERIFY(!a->canPause());
        QCOMPARE(row(u"/b"_s)->stateBadge(), StateBadge::Active); // only /a

        a->resumeByUser();
        QVERIFY(waitForLine(u"state /a Active paused=0"_s, from));
        QTRY_COMPARE_WITH_TIMEOUT(a->stateBadge(), StateBadge::Active, 20'000);
        QVERIFY(!a->isPausedByUser());
    }

    void timedPauseEndsInTheApp()
    {
        MonitoredSession *b = row(u"/b"_s);
        QVERIFY(b && b->canPauseFor());
        const qsizetype from = m_app.lineCount();
        b->pauseByUser(std::chrono::seconds(1));
        QVERIFY(waitForLine(u"state /b Inactive paused=1"_s, from));
        QTRY_VERIFY_WITH_TIMEOUT(b->pauseUntil().isValid(), 20'000);
        QVERIFY(waitForLine(u"state /b Active paused=0"_s, from)); // the app resumed by itself
        QTRY_COMPARE_WITH_TIMEOUT(b->stateBadge(), StateBadge::Active, 20'000);
    }

    void networkConditionsReachTheApp()
    {
        auto *source = qobject_cast<InspectorSessionSource *>(row(u"/a"_s)->source());
        QVERIFY(source && source->supportsNetworkConditions().available);
        const qsizetype from = m_app.lineCount();
        NetworkConditions slow;
        slow.uploadBytesPerSecond = 50'000;
        slow.downloadBytesPerSecond = 20'000;
        slow.addedLatency = std::chrono::milliseconds(120);
        source->setNetworkConditions(slow);
        QVERIFY(waitForLine(u"network /a 50000 20000 120 0"_s, from));
        QTRY_COMPARE_WITH_TIMEOUT(source->networkConditions(), slow, 20'000);
        QTRY_VERIFY_WITH_TIMEOUT(logEntriesContaining(u"Simulated network"_s) >= 1, 20'000);

        source->setNetworkConditions({});
        QVERIFY(waitForLine(u"network /a 0 0 0 0"_s, from));
        QTRY_VERIFY_WITH_TIMEOUT(source->networkConditions().isUnchanged(), 20'000);
    }

    // The round trip of the app's keep-alive ping is in the inspected session's facts, as the
    // SDK's lastPingRoundTrip() is in an own session's. A second inspector client asks the app
    // to reconnect the connected session, which is the SDK's urgent ping: a PONG at once.
    void pingRoundTripIsTheAppsOwn()
    {
        MonitoredSession *a = row(u"/a"_s);
        QVERIFY(a);
        QTRY_COMPARE_WITH_TIMEOUT(a->connectionBadge(), ConnectionBadge::Connected, 20'000);
        InspectorClient other;
        QSignalSpy attached(&other, &InspectorClient::attached);
        QVERIFY(other.attach(m_appPid));
        QVERIFY(attached.wait(20'000));
        int id = 0;
        for (const InspectedSession &session : other.sessions())
            id = session.realmPath == u"/a"_s ? session.id : id;
        QVERIFY(id != 0);
        const qsizetype from = m_app.lineCount();
        other.reconnect(id);
        const auto ping = waitForLine(u"ping /a "_s, from);
        QVERIFY(ping);
        const std::chrono::microseconds roundTrip(ping->section(u' ', 2).toLongLong());
        QTRY_COMPARE_WITH_TIMEOUT(a->facts().pingRoundTrip.value_or(std::chrono::microseconds(-1)),
                                  roundTrip, 20'000);
    }

    void headlessAttachPidWatchesTheAppsSessions()
    {
        QProcess monitor;
        monitor.start(QStringLiteral(SYNCSCOPE_MONITOR_BIN),
                      {u"--headless"_s, u"--attach-pid"_s, QString::number(m_appPid),
                       u"--duration"_s, u"3"_s});
        QVERIFY(monitor.waitForFinished(60'000));
        const QString out = QString::fromUtf8(monitor.readAllStandardOutput());
        QVERIFY2(monitor.exitCode() == 0,
                 qPrintable(out + QString::fromUtf8(monitor.readAllStandardError())));
        // The summary names every session in full: both of the app's, none of the demo's.
        const QString summary = out.section(u"Summary after"_s, 1);
        QVERIFY2(summary.contains(u"[%1]: alice /a: Active, Connected"_s.arg(m_appPid)),
                 qPrintable(out));
        QVERIFY2(summary.contains(u"[%1]: bob /b: Active, Connected"_s.arg(m_appPid)),
                 qPrintable(out));
        QVERIFY2(out.contains(u"2 sessions"_s), qPrintable(out));
    }

    // The progress log export covers another process's sessions like the monitor's own: a
    // headless monitor attached to the app records /a's progress at the attach (4 KiB the app
    // uploaded before) and the upload of 8 KiB more while attached, under the row's name.
    void headlessExportHoldsTheAppsProgress()
    {
        const qsizetype before = m_app.lineCount();
        m_app.process().write("write /a 2 2048\n");
        QVERIFY(waitForLine(u"written"_s, before));
        // Uploaded before the monitor starts: the app's progress listener says so.
        const auto uploadedBefore = [&] {
            quint64 bytes = 0;
            for (const QString &line : m_app.lines().mid(before)) {
                if (line.startsWith(u"upload /a "_s))
                    bytes = std::max<quint64>(bytes, line.section(u' ', 3).toULongLong());
            }
            return bytes;
        };
        QTRY_VERIFY_WITH_TIMEOUT(uploadedBefore() >= 2 * 2048, 30'000);
        const quint64 uploadedBeforeAttach = uploadedBefore();
        QTemporaryDir folder;
        const QString csv = folder.filePath(u"progress.csv"_s);
        QProcess monitor;
        QByteArray out;
        connect(&monitor, &QProcess::readyReadStandardOutput, this,
                [&] { out += monitor.readAllStandardOutput(); });
        monitor.start(QStringLiteral(SYNCSCOPE_MONITOR_BIN),
                      {u"--headless"_s, u"--attach-pid"_s, QString::number(m_appPid),
                       u"--duration"_s, u"6"_s, u"--export"_s, csv});
        // Attached once it reports the app's sessions.
        QTRY_VERIFY_WITH_TIMEOUT(out.contains(QByteArray::number(m_appPid)), 30'000);
        const qint64 secondWriteMs = QDateTime::currentMSecsSinceEpoch();
        const qsizetype from = m_app.lineCount();
        m_app.process().write("write /a 4 2048\n");
        QVERIFY(waitForLine(u"written"_s, from));
        QVERIFY(monitor.waitForFinished(60'000));
        QVERIFY2(monitor.exitCode() == 0, monitor.readAllStandardError().constData());
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.value(0),
                 QByteArray("timestamp_ms,session,realm_path,direction,transferred,transferable"));
        quint64 atAttach = 0, last = 0;
        for (const QByteArray &line : lines.mid(1)) {
            const QList<QByteArray> cells = line.split(',');
            if (cells.size() != 6)
                continue;
            QVERIFY2(cells.at(1).contains(QByteArray::number(m_appPid)), line.constData());
            if (cells.at(2) == "/a" && cells.at(3) == "upload") {
                const quint64 bytes = cells.at(4).toULongLong();
                last = std::max(last, bytes);
                if (cells.at(0).toLongLong() < secondWriteMs)
                    atAttach = std::max(atAttach, bytes);
            }
        }
        QVERIFY2(atAttach >= uploadedBeforeAttach, lines.join('|').constData());
        QVERIFY2(last >= atAttach + 4 * 2048, lines.join('|').constData());
    }

    void headlessAttachPidRefusesWhatItCannotAttachTo()
    {
        QProcess monitor;
        monitor.start(QStringLiteral(SYNCSCOPE_MONITOR_BIN),
                      {u"--headless"_s, u"--attach-pid"_s, u"twelve"_s});
        QVERIFY(monitor.waitForFinished(60'000));
        QCOMPARE(monitor.exitCode(), 2);
        QVERIFY(monitor.readAllStandardError().contains("--attach-pid needs a process id"));

        // This test process runs no inspector.
        monitor.start(QStringLiteral(SYNCSCOPE_MONITOR_BIN),
                      {u"--headless"_s, u"--attach-pid"_s,
                       QString::number(QCoreApplication::applicationPid())});
        QVERIFY(monitor.waitForFinished(60'000));
        QCOMPARE(monitor.exitCode(), 2);
        QVERIFY(monitor.readAllStandardError().contains("cannot attach to"));
    }

    void theAppExitingIsTheProcessGoneNotAnErrorPerSession()
    {
        QSignalSpy gone(m_process.get(), &InspectedProcessSessions::gone);
        m_app.kill();
        QCOMPARE(m_app.process().state(), QProcess::NotRunning);
        QVERIFY(gone.wait(20'000));
        QVERIFY(m_process->isGone());

        QCOMPARE(logEntriesContaining(u"is gone"_s), 1); // one event for the process
        for (MonitoredSession *session : m_monitor->sessions()) {
            QVERIFY2(!session->hasError(), qPrintable(session->lastErrorText()));
            QCOMPARE(session->connectionBadge(), ConnectionBadge::Disconnected);
            QVERIFY(session->stateBadge() != StateBadge::Invalid);
            QVERIFY(!session->canPause());
            auto *source = qobject_cast<InspectorSessionSource *>(session->source());
            QVERIFY(source && source->isGone());
            QVERIFY(
                source->supports(SessionCommand::Pause).whyNot.contains(QString::number(m_appPid)));
        }
        for (const EventEntry &entry : m_monitor->eventLog()->entries())
            QVERIFY2(entry.kind != EventKind::Error, qPrintable(entry.message));
    }
};

QTEST_GUILESS_MAIN(InspectorSessionsTest)
#include "tst_inspectorsessions.moc"
