// The session-source seam: SessionMonitor and MonitoredSession driven by a ManualSessionSource,
// without any server — facts turn into events, counts, progress records, rates, stalls, and
// commands reach the source only when it accepts them.
#include "fakesessions.h"

#include <QSignalSpy>
#include <QTest>

using namespace syncscope;
using namespace syncscope::monitor;
using namespace std::chrono_literals;

namespace {

using testing::addFake;
using Watched = testing::FakeRow;

Watched watch(SessionMonitor &monitor, const QString &name, bool expectedToFail = false)
{
    return addFake(monitor, name, expectedToFail);
}

QStringList messagesOf(const EventLog *log, int sessionId)
{
    QStringList out;
    for (const EventEntry &entry : log->entries()) {
        if (entry.sessionId == sessionId)
            out << entry.message;
    }
    return out;
}

} // namespace

class TestSessionSource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void factsBecomeEventsAndCounts()
    {
        SessionMonitor monitor;
        const Watched a = watch(monitor, QStringLiteral("A"));
        QSignalSpy stateChanges(&monitor, &SessionMonitor::sessionStateChanged);
        QCOMPARE(monitor.stateCounts().count(StateFilter::Active), 1);
        QCOMPARE(monitor.connectedServerCount(), 0);

        a.source->setConnection(ConnectionBadge::Connected);
        QCOMPARE(stateChanges.size(), 1);
        QCOMPARE(monitor.connectedServerCount(), 1);
        QCOMPARE(monitor.stateCounts().count(StateFilter::Connected), 1);

        a.source->setError(4102, QStringLiteral("bad changeset"), true);
        a.source->setState(StateBadge::Invalid);
        QCOMPARE(monitor.stateCounts().count(StateFilter::Invalid), 1);
        QCOMPARE(monitor.stateCounts().count(StateFilter::WithError), 1);
        QCOMPARE(monitor.unexpectedInvalidCount(), 1);
        QCOMPARE(a.session->lastErrorText(), QStringLiteral("bad changeset (code 4102)"));
        QVERIFY(a.session->stateExplanation().contains(QStringLiteral("bad changeset")));
        const QStringList events = messagesOf(monitor.eventLog(), a.session->id());
        QVERIFY2(events.contains(QStringLiteral("Connection: Connected")),
                 qPrintable(events.join(u'|')));
        QVERIFY(events.contains(QStringLiteral("Fatal error 4102: bad changeset")));
        QVERIFY(events.contains(QStringLiteral("State: Invalid")));
    }

    void anExpectedFailureDoesNotCountAgainstTheRun()
    {
        SessionMonitor monitor;
        const Watched a = watch(monitor, QStringLiteral("A"), true);
        QSignalSpy invalidated(&monitor, &SessionMonitor::sessionInvalidated);
        a.source->setState(StateBadge::Invalid);
        QCOMPARE(invalidated.size(), 1);
        QCOMPARE(monitor.unexpectedInvalidCount(), 0);
    }

    void progressIsRecordedAndSampledIntoRates()
    {
        SessionMonitor monitor;
        const Watched a = watch(monitor, QStringLiteral("A"));
        a.source->setConnection(ConnectionBadge::Connected);
        a.source->setProgress(ProgressDirection::Download, 1000, 5000); // the baseline
        const qint64 start = QDateTime::currentMSecsSinceEpoch() + 1000;
        a.session->sample(start, 60s);
        a.source->setProgress(ProgressDirection::Download, 3000, 5000);
        a.session->sample(start + 1000, 60s); // +2000 bytes in one second
        const QList<HistorySample> samples =
            a.session->history().samples(TimeRange::OneMinute, start + 1000);
        QVERIFY(!samples.isEmpty());
        QCOMPARE(samples.constLast().downloadRate, 2000.0);
        QCOMPARE(monitor.recorder()->size(), 2);
        QCOMPARE(a.session->progress(ProgressDirection::Download).transferred, 3000u);
    }

    void aDisconnectedSessionsRateIsZeroAtOnce()
    {
        SessionMonitor monitor;
        const Watched a = watch(monitor, QStringLiteral("A"));
        a.source->setConnection(ConnectionBadge::Connected);
        a.source->setProgress(ProgressDirection::Upload, 0, 10'000);
        const qint64 start = QDateTime::currentMSecsSinceEpoch() + 1000;
        a.session->sample(start, 60s);
        a.source->setProgress(ProgressDirection::Upload, 4000, 10'000);
        a.session->sample(start + 1000, 60s);
        QVERIFY(a.session->uploadRate() > 0);
        QVERIFY(monitor.totalUploadRate() > 0);
        a.source->setConnection(ConnectionBadge::Disconnected);
        QCOMPARE(a.session->uploadRate(), 0.0); // not after the moving average decays
        QCOMPARE(monitor.totalUploadRate(), 0.0);
        a.session->sample(start + 2000, 60s);
        QCOMPARE(a.session->uploadRate(), 0.0);
    }

    void noProgressWithWorkOutstandingIsAStall()
    {
        SessionMonitor monitor;
        const Watched a = watch(monitor, QStringLiteral("A"));
        QSignalSpy stalled(&monitor, &SessionMonitor::sessionStalled);
        a.source->setConnection(ConnectionBadge::Connected);
        a.source->setProgress(ProgressDirection::Upload, 10, 100);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        a.session->sample(now, 1h);
        QCOMPARE(stalled.size(), 0);
        a.session->sample(now + 2 * 3600 * 1000, 1h);
        QCOMPARE(stalled.size(), 1);
        QVERIFY(a.session->isStalled());
        a.source->setProgress(ProgressDirection::Upload, 100, 100); // done: nothing outstanding
        a.session->sample(now + 2 * 3600 * 1000 + 1000, 1h);
        QVERIFY(!a.session->isStalled());
    }

    void commandsGoToTheSourceOnlyWhenItAcceptsThem()
    {
        SessionMonitor monitor;
        const Watched a = watch(monitor, QStringLiteral("A"));
        QVERIFY(a.session->canPause());
        QVERIFY(!a.session->canResume());
        a.session->pauseByUser(5min);
        QCOMPARE(a.source->commands(), QList{SessionCommand::TimedPause});
        QCOMPARE(a.session->stateBadge(), StateBadge::Paused);
        QVERIFY(a.session->pauseUntil().isValid());
        QVERIFY(a.session->stateExplanation().contains(QStringLiteral("Resumes by itself")));
        QVERIFY(a.session->canResume());
        a.session->resumeByUser();
        QCOMPARE(a.session->stateBadge(), StateBadge::Active);

        // A source may refuse, and says why; the monitor then does not send the command.
        a.source->refuse(SessionCommand::Pause, QStringLiteral("read-only"));
        QVERIFY(!a.session->canPause());
        QCOMPARE(a.source->supports(SessionCommand::Pause).whyNot, QStringLiteral("read-only"));
        const qsizetype before = a.source->commands().size();
        a.session->pauseByUser();
        QCOMPARE(a.source->commands().size(), before);
        QCOMPARE(a.session->stateBadge(), StateBadge::Active);

        a.source->setConnection(ConnectionBadge::Disconnected);
        QVERIFY(a.session->canReconnect());
        a.session->reconnectNow();
        QCOMPARE(a.session->connectionBadge(), ConnectionBadge::Connecting);
    }

    void pauseAllHoldsEverySourceAndSpareTheirOwnPause()
    {
        SessionMonitor monitor;
        const Watched a = watch(monitor, QStringLiteral("A"));
        const Watched b = watch(monitor, QStringLiteral("B"));
        b.session->pauseByUser();
        monitor.pauseAll();
        QVERIFY(a.session->isPausedByPauseAll() && b.session->isPausedByPauseAll());
        QCOMPARE(a.session->stateBadge(), StateBadge::Paused);
        // A session added while everything is paused is held too.
        const Watched c = watch(monitor, QStringLiteral("C"));
        QVERIFY(c.session->isPausedByPauseAll());
        monitor.resumeAll();
        QCOMPARE(a.session->stateBadge(), StateBadge::Active);
        QCOMPARE(b.session->stateBadge(), StateBadge::Paused); // its own pause survives
        QCOMPARE(c.session->stateBadge(), StateBadge::Active);
    }

    void workspaceHoldsWhatWasAdded()
    {
        SessionMonitor monitor;
        watch(monitor, QStringLiteral("A"));
        QCOMPARE(monitor.workspace().sessions.size(), 1);
        QCOMPARE(monitor.workspace().sessions.constFirst().name, QStringLiteral("A"));
        QVERIFY(monitor.hasSessionNamed(QStringLiteral("A")));
    }
};

QTEST_GUILESS_MAIN(TestSessionSource)
#include "tst_sessionsource.moc"
