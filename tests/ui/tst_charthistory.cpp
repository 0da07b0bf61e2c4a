// The charts' history alone: per-session and aggregate RateHistory as SessionMonitor samples
// ManualSessionSource rows — rates, transferred bytes, the connected share, and the bound on
// points however long it runs.
#include "fakesessions.h"

#include "monitor/ratehistory.h"

#include <QTest>

using namespace syncscope;
using namespace syncscope::monitor;
using namespace syncscope::monitor::testing;
using namespace std::chrono_literals;

class TestChartHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aggregateIsTheSumOfTheSessions()
    {
        SessionMonitor monitor;
        monitor.setSampleInterval(1h); // sampled by hand below
        const FakeRow a = addFake(monitor, QStringLiteral("A"));
        const FakeRow b = addFake(monitor, QStringLiteral("B"));
        a.source->setConnection(ConnectionBadge::Connected);
        a.source->setProgress(ProgressDirection::Upload, 0, 4000);
        b.source->setProgress(ProgressDirection::Download, 0, 1000);
        monitor.sampleNow();
        a.source->setProgress(ProgressDirection::Upload, 3000, 4000);
        b.source->setProgress(ProgressDirection::Download, 1000, 1000);
        QTest::qWait(20); // the next sample needs a later millisecond; rates are per elapsed time
        monitor.sampleNow();

        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const QList<HistorySample> total =
            monitor.aggregateHistory().samples(TimeRange::OneMinute, now);
        QVERIFY(!total.isEmpty());
        const HistorySample &last = total.constLast();
        QCOMPARE(last.uploadTransferred, 3000.0);
        QCOMPARE(last.downloadTransferred, 1000.0);
        QCOMPARE(last.uploadTransferable + last.downloadTransferable, 5000.0);
        QCOMPARE(last.connectedFraction, 0.5); // one of the two active sessions is connected
        QVERIFY(last.uploadRate > 0 && last.downloadRate > 0);

        const QList<HistorySample> ofA = a.session->history().samples(TimeRange::OneMinute, now);
        const QList<HistorySample> ofB = b.session->history().samples(TimeRange::OneMinute, now);
        const QList<HistorySample> sum = RateHistory::sum({ofA, ofB});
        QCOMPARE(sum.constLast().uploadTransferred, last.uploadTransferred);
        QCOMPARE(sum.constLast().downloadTransferred, last.downloadTransferred);
        QCOMPARE(ofA.constLast().connectedFraction, 1.0);
        QCOMPARE(ofB.constLast().connectedFraction, 0.0);
    }

    void aLongRunStaysWithinThePointBound()
    {
        SessionMonitor monitor;
        const FakeRow a = addFake(monitor, QStringLiteral("A"));
        a.source->setConnection(ConnectionBadge::Connected);
        const qint64 start = QDateTime::currentMSecsSinceEpoch() + 1000;
        quint64 bytes = 0;
        for (int second = 0; second < 7200; ++second) {
            bytes += 100;
            a.source->setProgress(ProgressDirection::Download, bytes, bytes);
            a.session->sample(start + second * 1000, 1h);
        }
        const qint64 end = start + 7199 * 1000;
        for (TimeRange range : kAllTimeRanges) {
            const QList<HistorySample> points = a.session->history().samples(range, end);
            QVERIFY(points.size() <= RateHistory::kMaxPointsPerRange);
            QVERIFY(!points.isEmpty());
        }
        const QList<HistorySample> minute = a.session->history().samples(TimeRange::OneMinute, end);
        QCOMPARE(minute.constLast().downloadRate, 100.0);
        QCOMPARE(minute.constLast().downloadTransferred, double(bytes));
    }
};

QTEST_GUILESS_MAIN(TestChartHistory)
#include "tst_charthistory.moc"
