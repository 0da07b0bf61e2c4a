// What the charts, the ETA column and the event log's tools decide, without widgets: axis units
// and ticks, outlier clipping, the time axis, the hover lookup, histories kept across restarts
// (QStandardPaths test mode, real files), ETA estimates, the event filter and the diagnostics
// text. Fed by ManualSessionSource rows; no server.
#include "fakesessions.h"

#include "monitor/chartscale.h"
#include "monitor/etaestimator.h"
#include "monitor/eventfilter.h"
#include "monitor/historystore.h"
#include "monitor/ratehistory.h"
#include "monitor/sessiondiagnostics.h"
#include "monitor/sessionstatus.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QStandardPaths>
#include <QTest>

#include <cmath>

using namespace syncscope;
using namespace syncscope::monitor;
using namespace syncscope::monitor::testing;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

namespace {

// Ticks 0, step, …, top: each a whole multiple of the step, none negative.
void verifyTicks(const ValueAxisScale &scale, double maximumBytes)
{
    QVERIFY(scale.step > 0);
    QVERIFY(scale.top >= maximumBytes / scale.divisor);
    const double steps = scale.top / scale.step;
    QVERIFY2(std::abs(steps - std::round(steps)) < 1e-6, qPrintable(QString::number(steps)));
    QVERIFY2(steps >= 1 && steps <= 6, qPrintable(QString::number(steps)));
    const double magnitude = std::pow(10.0, std::floor(std::log10(scale.step)));
    const double mantissa = scale.step / magnitude;
    QVERIFY2(std::abs(mantissa - 1) < 1e-9 || std::abs(mantissa - 2) < 1e-9 ||
                 std::abs(mantissa - 5) < 1e-9,
             qPrintable(QString::number(scale.step)));
}

} // namespace

class TestMonitorTools : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void valueAxisHasRoundTicksInAReadableUnit_data()
    {
        QTest::addColumn<double>("maximum");
        QTest::addColumn<QString>("unit");
        QTest::newRow("nothing") << 0.0 << QStringLiteral("B/s");
        QTest::newRow("a fraction of a byte") << 0.4 << QStringLiteral("B/s");
        QTest::newRow("3 bytes") << 3.0 << QStringLiteral("B/s");
        QTest::newRow("999 bytes") << 999.0 << QStringLiteral("B/s");
        QTest::newRow("1.1 KiB") << 1126.0 << QStringLiteral("KiB/s");
        QTest::newRow("300 KiB") << 300.0 * 1024 << QStringLiteral("KiB/s");
        QTest::newRow("1.5 MiB") << 1.5 * 1024 * 1024 << QStringLiteral("MiB/s");
        QTest::newRow("7 GiB") << 7.0 * 1024 * 1024 * 1024 << QStringLiteral("GiB/s");
    }
    void valueAxisHasRoundTicksInAReadableUnit()
    {
        QFETCH(double, maximum);
        QFETCH(QString, unit);
        const ValueAxisScale scale = valueAxisScale(maximum, true);
        QCOMPARE(scale.unit, unit);
        verifyTicks(scale, maximum);
        if (unit == QStringLiteral("B/s")) // never "0.2 B/s"
            QVERIFY(scale.step >= 1);
        // The labels show each tick exactly with the decimals the scale asks for.
        const double scaled = scale.step * std::pow(10.0, scale.decimals);
        QVERIFY(std::abs(scaled - std::round(scaled)) < 1e-9);
    }

    // The chart's axis and the list spell a unit the same way in every language ("Mio/s" in
    // French on both, never "MiB/s" on one).
    void axisUnitIsSpelledAsTheListSpellsIt()
    {
        const QLocale before;
        for (const auto language :
             {QLocale::English, QLocale::French, QLocale::German, QLocale::Spanish}) {
            QLocale::setDefault(QLocale(language));
            for (const double rate : {3.0 * 1024, 1.5 * 1024 * 1024, 7.0 * 1024 * 1024 * 1024}) {
                const QString axis = valueAxisScale(rate, true).unit;
                QVERIFY2(formatRate(rate).endsWith(u' ' + axis) ||
                             formatRate(rate).endsWith(QChar(0xA0) + axis) ||
                             formatRate(rate).endsWith(QChar(0x202F) + axis),
                         qPrintable(formatRate(rate) + u" / "_s + axis));
            }
        }
        QLocale::setDefault(before);
        QCOMPARE(valueAxisScale(1.5 * 1024 * 1024, true).unit, QStringLiteral("MiB/s"));
    }

    void valueAxisWithoutPerSecondNamesBytes()
    {
        QCOMPARE(valueAxisScale(5000, false).unit, QStringLiteral("KiB"));
    }

    void aStartUpSpikeIsClippedButSteadyBurstsAreNot()
    {
        // Five minutes of steady 5 KiB/s and one 2 MiB/s spike at the start.
        QList<double> steady(300, 5 * 1024.0);
        steady[0] = 2 * 1024 * 1024.0;
        const OutlierClip spike = clipOutliers(steady);
        QVERIFY(spike.clipped);
        QCOMPARE(spike.peak, 2 * 1024 * 1024.0);
        QVERIFY(spike.limit >= 5 * 1024.0 && spike.limit < 100 * 1024.0);

        // A burst every seven seconds is the traffic, not an outlier.
        QList<double> bursty(300, 0.0);
        for (int i = 0; i < bursty.size(); i += 7)
            bursty[i] = 1.5 * 1024 * 1024;
        for (int i = 1; i < bursty.size(); i += 7)
            bursty[i] = 800;
        QVERIFY(!clipOutliers(bursty).clipped);
        // Too few points to tell.
        QVERIFY(!clipOutliers({1, 1, 1, 1000000}).clipped);
        QVERIFY(!clipOutliers({}).clipped);
    }

    void timeAxisTicksAreRound_data()
    {
        QTest::addColumn<int>("range");
        for (TimeRange range : kAllTimeRanges)
            QTest::newRow(qPrintable(timeRangeKey(range))) << int(range);
    }
    void timeAxisTicksAreRound()
    {
        QFETCH(int, range);
        const auto span = timeRangeDuration(TimeRange(range));
        const qint64 now =
            QDateTime(QDate(2026, 12, 6), QTime(11, 37, 23, 456)).toMSecsSinceEpoch();
        const qint64 from = now - std::chrono::milliseconds(span).count();

        const TimeAxisScale ago = timeAxisScale(span, now, TimeAxisMode::Ago);
        QVERIFY(ago.ticks.size() >= 4 && ago.ticks.size() <= 7);
        QCOMPARE(ago.ticks.constLast().timestampMs, now);
        QCOMPARE(ago.ticks.constLast().label, QStringLiteral("0"));
        for (const TimeTick &tick : ago.ticks) {
            QVERIFY(tick.timestampMs >= from && tick.timestampMs <= now);
            bool ok = false;
            QVERIFY(tick.label.toInt(&ok) >= 0 && ok); // whole, never negative
        }

        // On a round time both edges could be ticks; the labels must still differ.
        const qint64 roundNow = QDateTime(QDate(2026, 12, 6), QTime(12, 0)).toMSecsSinceEpoch();
        QStringList labels;
        for (const TimeTick &tick : timeAxisScale(span, roundNow, TimeAxisMode::WallClock).ticks)
            labels << tick.label;
        QCOMPARE(QSet<QString>(labels.begin(), labels.end()).size(), labels.size());

        const TimeAxisScale clock = timeAxisScale(span, now, TimeAxisMode::WallClock);
        QVERIFY(clock.ticks.size() >= 3 && clock.ticks.size() <= 7);
        for (const TimeTick &tick : clock.ticks) {
            QVERIFY(tick.timestampMs >= from && tick.timestampMs <= now);
            const QDateTime local = QDateTime::fromMSecsSinceEpoch(tick.timestampMs);
            QCOMPARE(local.time().msec(), 0);
            QVERIFY2(local.time().second() % 15 == 0, qPrintable(tick.label));
            QVERIFY(tick.label.startsWith(local.toString(QStringLiteral("HH:mm"))));
        }
    }

    void hoverFindsTheNearestSample()
    {
        QList<HistorySample> samples;
        for (qint64 t : {1000, 2000, 3000})
            samples.append(HistorySample{t});
        QCOMPARE(nearestSample(samples, 2400), 1);
        QCOMPARE(nearestSample(samples, 2600), 2);
        QCOMPARE(nearestSample(samples, -50), 0);
        QCOMPARE(nearestSample({}, 5), -1);
    }

    void historyRoundTripsAndRefusesDamage()
    {
        RateHistory history;
        const qint64 start = 1'800'000'000'000;
        for (int i = 0; i < 400; ++i)
            history.add(HistorySample{start + i * 1000, double(i), 2.0 * i, 1, 2, 3, 4, 1});
        const QByteArray bytes = history.serialize();
        RateHistory restored;
        QString error;
        QVERIFY2(restored.restore(bytes, &error), qPrintable(error));
        const qint64 now = start + 400 * 1000;
        for (TimeRange range : kAllTimeRanges) {
            const QList<HistorySample> a = history.samples(range, now);
            const QList<HistorySample> b = restored.samples(range, now);
            QCOMPARE(a.size(), b.size());
            QCOMPARE(a.constLast().uploadRate, b.constLast().uploadRate);
        }

        // Cut short, flipped, or claiming more samples than a history holds: refused, unchanged.
        RateHistory untouched;
        QVERIFY(!untouched.restore(bytes.left(bytes.size() / 2), &error));
        QVERIFY(!untouched.restore(QByteArray("not a history"), &error));
        QByteArray huge = bytes;
        huge[16] = char(0x7f); // the first level's sample count
        QVERIFY(!untouched.restore(huge, &error));
        QVERIFY(untouched.samples(TimeRange::TwentyFourHours, now).isEmpty());
    }

    void theTimeTheMonitorWasNotRunningReadsAsNotConnected()
    {
        RateHistory history;
        const qint64 start = 1'800'000'000'000;
        for (int i = 0; i < 10; ++i)
            history.add(HistorySample{start + i * 1000, 500, 0, 4000, 4000, 0, 0, 1});
        const qint64 restart = start + 120'000;
        history.markGapUntil(restart);
        const QList<HistorySample> samples = history.samples(TimeRange::FiveMinutes, restart);
        QCOMPARE(samples.size(), 12);
        for (const HistorySample &gap : {samples.at(10), samples.at(11)}) {
            QCOMPARE(gap.connectedFraction, 0.0);    // shaded
            QCOMPARE(gap.uploadRate, 0.0);           // no line drawn across at the old rate
            QCOMPARE(gap.uploadTransferred, 4000.0); // the counters stay where they were
        }
        QCOMPARE(samples.constLast().timestampMs, restart - 1000);
        history.markGapUntil(restart); // nothing new to mark
        QCOMPARE(history.samples(TimeRange::FiveMinutes, restart).size(), 12);
    }

    void chartHistorySurvivesARestartOfTheMonitor()
    {
        const QString directory = HistoryStore::defaultDirectory();
        QVERIFY(directory.contains(QStringLiteral("qttest"))); // the test location, not the user's
        QDir(directory).removeRecursively();
        qint64 before = 0;
        {
            SessionMonitor monitor;
            monitor.setSampleInterval(1h); // sampled by hand
            monitor.setTitle(QStringLiteral("Restart test"));
            monitor.keepHistoryIn(directory);
            const FakeRow a = addFake(monitor, QStringLiteral("Kept"));
            a.source->setConnection(ConnectionBadge::Connected);
            monitor.sampleNow(); // the sum gets a sample too
            // Then a second apart, by the clock the samples carry (no waiting).
            const qint64 start = QDateTime::currentMSecsSinceEpoch();
            for (int i = 1; i <= 3; ++i) {
                a.source->setProgress(ProgressDirection::Upload, quint64(i) * 5000, 20000);
                a.session->sample(start + i * 1000, 1min);
            }
            before = a.session->history()
                         .samples(TimeRange::FiveMinutes, QDateTime::currentMSecsSinceEpoch())
                         .size();
            QVERIFY(before > 0);
        } // the monitor goes: its histories are written
        QCOMPARE(QDir(directory).entryList(QDir::Files).size(), 2); // the session and the sum

        SessionMonitor again;
        again.setSampleInterval(1h);
        again.setTitle(QStringLiteral("Restart test"));
        again.keepHistoryIn(directory);
        const FakeRow a = addFake(again, QStringLiteral("Kept"));
        const FakeRow other = addFake(again, QStringLiteral("New"));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(a.session->history().samples(TimeRange::FiveMinutes, now).size() >= before);
        QVERIFY(a.session->history().samples(TimeRange::FiveMinutes, now).constLast().uploadRate >
                0);
        QVERIFY(!again.aggregateHistory().samples(TimeRange::FiveMinutes, now).isEmpty());
        QVERIFY(other.session->history().samples(TimeRange::FiveMinutes, now).isEmpty());
    }

    void historyFolderStaysBounded()
    {
        QTemporaryDir dir;
        HistoryStore store(dir.path());
        RateHistory history;
        history.add(HistorySample{1'800'000'000'000});
        QString error;
        for (int i = 0; i < HistoryStore::kMaxFiles + 20; ++i)
            QVERIFY(store.save(QString::number(i), history, &error));
        QFile stale(store.pathOf(QStringLiteral("0")));
        QVERIFY(stale.open(QIODevice::ReadWrite));
        QVERIFY(stale.setFileTime(QDateTime::currentDateTime().addDays(-2),
                                  QFileDevice::FileModificationTime));
        stale.close();
        store.prune(QDateTime::currentMSecsSinceEpoch());
        QVERIFY(QDir(dir.path()).entryList(QDir::Files).size() <= HistoryStore::kMaxFiles);
        QVERIFY(!QFile::exists(store.pathOf(QStringLiteral("0"))));

        // An oversized file is refused before it is read.
        QFile big(store.pathOf(QStringLiteral("big")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(HistoryStore::kMaxFileBytes + 1));
        big.close();
        RateHistory into;
        QVERIFY(!store.load(QStringLiteral("big"), &into, &error));
        QVERIFY(error.contains(QStringLiteral("too large")));
    }

    void etaFollowsASmoothedRate()
    {
        EtaEstimator eta;
        qint64 t = 1'000'000;
        eta.add(t, 0, 10'000, true);
        QVERIFY(!eta.remaining()); // no rate yet
        QVERIFY(eta.inProgress());
        for (int i = 1; i <= 10; ++i)
            eta.add(t + i * 1000, quint64(i) * 500, 10'000, true); // 500 B/s
        QVERIFY(eta.remaining());
        QCOMPARE(eta.remaining()->count(), 10); // 5,000 bytes left at 500 B/s
        // One lump does not make the estimate jump to "done".
        eta.add(t + 11'000, 9'000, 10'000, true);
        QVERIFY(eta.remaining()->count() >= 1);
        QVERIFY(eta.smoothedRate() < 1000);
        QCOMPARE(etaText(eta.remaining(), eta.inProgress()),
                 formatDuration(eta.remaining()->count()));
        // Disconnected: unknown, shown as "—".
        eta.add(t + 12'000, 9'000, 10'000, false);
        QVERIFY(!eta.remaining());
        QCOMPARE(etaText(eta.remaining(), eta.inProgress()), QStringLiteral("—"));
        // Done: nothing in progress, nothing shown.
        eta.add(t + 13'000, 10'000, 10'000, true);
        QVERIFY(!eta.inProgress());
        QCOMPARE(etaText(eta.remaining(), eta.inProgress()), QString());
    }

    void sessionsEstimateTheirTransfers()
    {
        SessionMonitor monitor;
        monitor.setSampleInterval(1h);
        const FakeRow a = addFake(monitor, QStringLiteral("Downloading"));
        a.source->setConnection(ConnectionBadge::Connected);
        const qint64 start = QDateTime::currentMSecsSinceEpoch();
        for (int i = 1; i <= 4; ++i) {
            a.source->setProgress(ProgressDirection::Download, quint64(i) * 1000, 100'000);
            a.session->sample(start + i * 1000, 1min);
        }
        QCOMPARE(a.session->eta(ProgressDirection::Download)->count(), 96); // 96 KB at 1 KB/s
        QVERIFY(a.session->eta(ProgressDirection::Download));
        QVERIFY(!a.session->eta(ProgressDirection::Upload));
    }

    void eventFilterMatchesTextAndSeveralKinds()
    {
        EventLog log;
        log.append(1, QStringLiteral("Notes"), EventKind::Error,
                   QStringLiteral("Connection failed: refused"));
        log.append(1, QStringLiteral("Notes"), EventKind::Pause, QStringLiteral("Paused by you"));
        log.append(2, QStringLiteral("Chat"), EventKind::State, QStringLiteral("State: Active"));
        log.append(2, QStringLiteral("Chat"), EventKind::Stall, QStringLiteral("Progress again"));
        auto shown = [&log](const EventFilter &filter) {
            int n = 0;
            for (const EventEntry &e : log.entries())
                n += filter.accepts(e) ? 1 : 0;
            return n;
        };
        EventFilter filter;
        QCOMPARE(shown(filter), 4);
        filter.setKinds(0);
        filter.setKindShown(EventKind::Error, true);
        filter.setKindShown(EventKind::State, true);
        QCOMPARE(shown(filter), 2);
        filter.setText(QStringLiteral("REFUSED"));
        QCOMPARE(shown(filter), 1);
        filter.setText(QStringLiteral("chat")); // the session's name matches too
        QCOMPARE(shown(filter), 1);
        filter.setKinds(EventFilter::kAllKinds);
        filter.setSessionId(1);
        QCOMPARE(shown(filter), 0);
        filter.setText({});
        QCOMPARE(shown(filter), 2);
    }

    void diagnosticsHoldHistoryAndErrorsButNeverTheToken()
    {
        SessionMonitor monitor;
        monitor.setSampleInterval(1h);
        auto source = std::make_unique<ManualSessionSource>(factsNamed(QStringLiteral("Notes")));
        ManualSessionSource *raw = source.get();
        SessionDefinition definition;
        definition.name = QStringLiteral("Notes");
        definition.realmPath = QStringLiteral("/fake/Notes");
        definition.serverUrl = QUrl(QStringLiteral("ws://127.0.0.1:7800"));
        const QString token =
            QStringLiteral("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhbm4ifQ.c2VjcmV0c2lnbmF0dXJl");
        definition.token = token;
        MonitoredSession *session = monitor.addSource(std::move(source), definition);
        raw->setConnection(ConnectionBadge::Connecting);
        raw->setConnection(ConnectionBadge::Connected);
        raw->setError(4711, QStringLiteral("the server said no"), false);
        raw->setState(StateBadge::Invalid);

        const QString text = SessionDiagnostics::text(*session, *monitor.eventLog());
        QVERIFY2(!text.contains(token), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("c2VjcmV0c2lnbmF0dXJl")));
        QVERIFY(text.contains(QStringLiteral("Access token: omitted")));
        QVERIFY(text.contains(QStringLiteral("ws://127.0.0.1:7800")));
        QVERIFY(text.contains(QStringLiteral("/fake/Notes")));
        const qsizetype history = text.indexOf(QStringLiteral("State history"));
        const qsizetype errors = text.indexOf(QStringLiteral("Last errors"));
        QVERIFY(history > 0 && errors > history);
        QVERIFY(text.mid(history, errors - history).contains(QStringLiteral("Connected")));
        QVERIFY(text.mid(history, errors - history).contains(QStringLiteral("Invalid")));
        QVERIFY(text.mid(errors).contains(QStringLiteral("the server said no")));
    }
};

QTEST_GUILESS_MAIN(TestMonitorTools)
#include "tst_monitortools.moc"
