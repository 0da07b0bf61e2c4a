// The bench harness's arithmetic and its JSON: what docs/performance.md reports rests on them.
#include "baselines/durablefile.h"
#include "harness/figure.h"
#include "harness/figurenames.h"
#include "harness/options.h"
#include "harness/phasecomparison.h"
#include "harness/processmetrics.h"
#include "harness/report.h"
#include "harness/stats.h"
#include "harness/tailview.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <sched.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace syncscope::bench;

class TestBenchHarness final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void medianOfOddAndEvenCounts()
    {
        QCOMPARE(median({5, 1, 3}), 3.0);
        QCOMPARE(median({4, 1, 3, 2}), 2.5);
        QCOMPARE(median({}), 0.0);
    }

    void nearestRankPercentile()
    {
        QList<double> values;
        for (int i = 1; i <= 100; ++i)
            values.append(i);
        QCOMPARE(percentile(values, 50), 50.0);
        QCOMPARE(percentile(values, 99), 99.0);
        QCOMPARE(percentile(values, 100), 100.0);
        QCOMPARE(percentile({7}, 99), 7.0);
    }

    void spreadIsRangeOverMedian()
    {
        QCOMPARE(relativeSpread({9, 10, 11}), 0.2);
        QCOMPARE(relativeSpread({10}), 0.0);
    }

    void ratioUsesTheMedians()
    {
        const Figure figure =
            makeFigure(u"f"_s, u"MiB/s"_s, true, {10, 30, 20}, u"raw"_s, {40, 50, 30});
        QCOMPARE(figure.value, 20.0);
        QCOMPARE(*figure.baseline, 40.0);
        QCOMPARE(*ratio(figure), 0.5);
        QVERIFY(!ratio(makeFigure(u"g"_s, u"ms"_s, false, {1})).has_value());
    }

    void theBaselineIsTheLowerLimitAndNamesTheOther()
    {
        const Figure figure = makeFigureAgainstLowestLimit(
            QStringLiteral("upload throughput (1 MiB)"), QStringLiteral("MiB/s"), {10, 12},
            {{QStringLiteral("raw socket"), {200, 300}}, {QStringLiteral("durable file"), {600}}});
        QCOMPARE(figure.baseline, std::optional<double>(250));
        // The lower one first; the other one is not called "the lower limit".
        QCOMPARE(figure.baselineName,
                 QStringLiteral("raw socket; the other limit: durable file: 600 MiB/s"));
    }

    void jsonHasExactlyTheIssueKeys()
    {
        const Figure withBaseline = makeFigure(u"a"_s, u"ms"_s, false, {1, 2}, u"b"_s, {3});
        const Figure without = makeFigure(u"c"_s, u"ms"_s, false, {4});
        const QJsonArray array = figuresToJson({withBaseline, without});
        QCOMPARE(array.size(), 2);
        for (const QJsonValue &value : array) {
            QStringList keys = value.toObject().keys();
            keys.sort();
            QCOMPARE(keys, QStringList({u"baseline"_s, u"baseline_name"_s, u"higher_is_better"_s,
                                        u"name"_s, u"samples"_s, u"unit"_s, u"value"_s}));
        }
        QCOMPARE(array.at(0)["baseline"_L1].toDouble(), 3.0);
        QVERIFY(array.at(1)["baseline"_L1].isNull());
        QCOMPARE(array.at(0)["higher_is_better"_L1].toBool(), false);
    }

    void detailedJsonRoundTrips()
    {
        Figure figure = makeFigure(u"a"_s, u"ms"_s, false, {1, 2}, u"b"_s, {3, 5});
        figure.goal = u"≤ 3 ms"_s;
        QString error;
        const QList<Figure> back = figuresFromJson(figuresToDetailedJson({figure}), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(back.size(), 1);
        QCOMPARE(back[0].samples, figure.samples);
        QCOMPARE(back[0].baselineSamples, figure.baselineSamples);
        QCOMPARE(back[0].goal, figure.goal);
    }

    void histogramPercentileIsNearestRankWithinOnePercent()
    {
        LatencyHistogram histogram;
        for (int i = 1; i <= 1000; ++i)
            histogram.add(i * 0.1); // 0.1 … 100 ms
        QCOMPARE(histogram.count(), 1000);
        // Nearest rank: the 990th of 1000 is 99 ms; a bucket's upper edge is at most 1 % more.
        QVERIFY2(histogram.percentile(99) >= 99.0 && histogram.percentile(99) <= 99.0 * 1.01,
                 qPrintable(QString::number(histogram.percentile(99))));
        QVERIFY(histogram.percentile(50) >= 50.0 && histogram.percentile(50) <= 50.0 * 1.01);
        const LatencyHistogram back = LatencyHistogram::fromJson(histogram.toJson());
        QCOMPARE(back.count(), histogram.count());
        QCOMPARE(back.percentile(99), histogram.percentile(99));
        QCOMPARE(LatencyHistogram().percentile(99), 0.0);
    }

    void abbaScheduleBalancesEveryBlockOfFour()
    {
        QCOMPARE(abbaSchedule(8),
                 QList<bool>({false, true, true, false, false, true, true, false}));
    }

    // What the operator-cost figure rests on: a kind's ack p99 is taken over all its
    // acknowledgements, not as a median of per-phase (or per-second) p99s, and its CPU is all
    // its CPU seconds over all its wall seconds, not a mean of per-phase percentages.
    void phasesArePooledByKind()
    {
        const auto phase = [](bool on, double cpu, double wall,
                              QList<std::pair<double, int>> acks) {
            Phase p;
            p.subscribed = on;
            p.cpuSeconds = cpu;
            p.wallSeconds = wall;
            for (const auto &[ms, count] : acks) {
                for (int i = 0; i < count; ++i)
                    p.acks.add(ms);
            }
            return p;
        };
        // Subscribed: one phase of 1,000 quick acks (its own p99 1 ms) and one short phase
        // of 20 slow ones (its own p99 200 ms). Pooled, 1.96 % of the 1,020 acks are slow, so
        // the p99 is 200 ms; a median of the two phases' p99s would say 100.5 ms.
        // The baseline: every ack 10 ms. CPU: 0.9 s in 1 s and 0.3 s in 3 s pool to 30 %,
        // where a mean of the phases' percentages would say 50 %.
        const QList<Phase> phases{
            phase(false, 0.5, 2.0, {{10.0, 500}}),   phase(true, 0.9, 1.0, {{1.0, 1000}}),
            phase(true, 0.3, 3.0, {{200.0, 20}}),    phase(false, 0.5, 2.0, {{10.0, 500}}),
            phase(true, 5.0, 1.0, {{1000.0, 1000}}), // a partial block: left out
        };
        const PhaseComparison comparison = comparePhases(phases);
        QVERIFY(std::abs(comparison.on.cpuPercent - 30.0) < 1e-9);
        QVERIFY(std::abs(comparison.off.cpuPercent - 25.0) < 1e-9);
        QCOMPARE(comparison.on.acks, 1020);
        QCOMPARE(comparison.off.acks, 1000);
        QVERIFY2(comparison.on.ackP99Ms >= 200.0 && comparison.on.ackP99Ms <= 202.0,
                 qPrintable(QString::number(comparison.on.ackP99Ms)));
        QVERIFY(comparison.off.ackP99Ms >= 10.0 && comparison.off.ackP99Ms <= 10.1);
        QCOMPARE(comparison.on.phaseCpuPercent.size(), 2);
        QCOMPARE(comparison.on.phaseAckP99Ms.size(), 2);
        // One whole block, so one ratio each, equal to the pooled ratio.
        QCOMPARE(comparison.cpuRatioPerBlock.size(), 1);
        QVERIFY(std::abs(comparison.cpuRatioPerBlock.at(0) - 1.2) < 1e-9);
        QCOMPARE(comparison.ackP99RatioPerBlock.size(), 1);
        QVERIFY(std::abs(comparison.ackP99RatioPerBlock.at(0) -
                         comparison.on.ackP99Ms / comparison.off.ackP99Ms) < 1e-9);
    }

    void ratioRangeIsShownNextToTheRatioAndRoundTrips()
    {
        Figure figure = makeFigure(u"a"_s, u"ms"_s, false, {1, 2}, u"b"_s, {3, 5});
        figure.ratioSamples = {0.9, 1.3, 1.1};
        QString text;
        QTextStream out(&text);
        printMarkdownTable(out, {figure});
        QVERIFY2(text.contains(u"0.375× (per block 0.900–1.30×, median 1.10×, n = 3)"_s),
                 qPrintable(text));
        QString error;
        const QList<Figure> back = figuresFromJson(figuresToDetailedJson({figure}), &error);
        QCOMPARE(back.at(0).ratioSamples, figure.ratioSamples);
        // The issue's JSON keeps its keys.
        QVERIFY(!figuresToJson({figure}).at(0).toObject().contains("ratio_samples"_L1));
    }

    void sizeFlagsOverridePresetsAndNameTheFigures()
    {
        QString error;
        const auto options = parseOptions(
            {u"bench"_s, u"--quick"_s, u"--throughput-mib"_s, u"2,8"_s, u"throughput"_s}, &error);
        QVERIFY2(options.has_value(), qPrintable(error));
        QCOMPARE(options->throughputMiB, QList<int>({2, 8}));
        QCOMPARE(options->repetitions, 3); // from --quick
        QCOMPARE(names::expected(*options),
                 QStringList({u"upload throughput (2 MiB)"_s, u"download throughput (2 MiB)"_s,
                              u"upload throughput (8 MiB)"_s, u"download throughput (8 MiB)"_s}));
        QVERIFY(!parseOptions({u"bench"_s, u"--sessions"_s, u"10,x"_s}, &error));
        QVERIFY(!parseOptions({u"bench"_s, u"no-such-group"_s}, &error));
    }

    void scaleDataDirIsAnOption()
    {
        QString error;
        const auto options = parseOptions(
            {u"bench"_s, u"--scale-data-dir"_s, u"/dev/shm/x"_s, u"server-scale"_s}, &error);
        QVERIFY2(options.has_value(), qPrintable(error));
        QCOMPARE(options->scaleDataDir, u"/dev/shm/x"_s);
        QVERIFY(parseOptions({u"bench"_s}, &error)->scaleDataDir.isEmpty());
    }

    void theTailViewSplitsTheSlowestSamplesExcessByStep()
    {
        // 100 samples of three steps: step 0 is 1 ms, step 1 is 2 ms, step 2 grows with the
        // sample (0.01 ms each), and two samples have a 10 ms step 1: those are the tail.
        QList<QList<double>> samples;
        for (int i = 0; i < 100; ++i)
            samples.append({1.0, i == 17 || i == 63 ? 10.0 : 2.0, 0.01 * i});
        const TailView view = compareTailWithMiddle(samples, 0.02);
        QCOMPARE(view.tailSamples, 2);
        QCOMPARE(view.tailIndexes, (QList<qsizetype>{63, 17})); // slowest first
        QCOMPARE(view.tailMean.at(0), 1.0);
        QCOMPARE(view.tailMean.at(1), 10.0);
        QCOMPARE(view.middleMean.at(1), 2.0);
        // The middle: 20 samples around the median, of the 98 that are not slow.
        QCOMPARE(view.middleSamples, 20);
        QVERIFY(view.middleMean.at(2) > 0.3 && view.middleMean.at(2) < 0.7);
        // The steps' differences add up to the difference of the totals.
        double excess = 0;
        for (int step = 0; step < 3; ++step)
            excess += view.tailMean.at(step) - view.middleMean.at(step);
        QVERIFY(qAbs(excess - (view.tailTotal - view.middleTotal)) < 1e-9);
        // A single sample is its own tail and its own middle; none gives an empty view.
        const TailView one = compareTailWithMiddle({{1.0, 2.0}});
        QCOMPARE(one.tailSamples, 1);
        QCOMPARE(one.middleSamples, 1);
        QCOMPARE(one.tailTotal, 3.0);
        QCOMPARE(compareTailWithMiddle({}).tailSamples, 0);
    }

    void smallSyncProbeAppendsToOneFileItKeeps()
    {
        // The floor's sync samples are taken between the measured writes: a file created and
        // removed per sample left its removal to the next measured sync. One file, appended
        // to, for every sample; removed only with the probe.
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        const auto inodeOf = [](const QString &path) {
            struct stat status = {};
            return ::stat(QFile::encodeName(path).constData(), &status) == 0 ? status.st_ino
                                                                             : ino_t(0);
        };
        {
            SmallSyncProbe probe(directory.path());
            QVERIFY2(probe.isOpen(), qPrintable(probe.errorString()));
            const ino_t inode = inodeOf(probe.filePath());
            QVERIFY(inode != 0);
            for (int sample = 1; sample <= 3; ++sample) {
                const std::optional<double> micros = probe.sampleMicroseconds();
                QVERIFY2(micros && *micros > 0, qPrintable(probe.errorString()));
                QCOMPARE(inodeOf(probe.filePath()), inode);
                QCOMPARE(QFileInfo(probe.filePath()).size(), qint64(sample) * 4096);
                QCOMPARE(QDir(directory.path()).entryList(QDir::Files).size(), 1);
            }
        }
        QVERIFY(QDir(directory.path()).entryList(QDir::Files).isEmpty());
    }

    void pinningAProcessPinsEveryThread()
    {
        // The server's storage thread exists before the bench pins the server: a mask set on
        // the main thread alone left it on the load client's core.
        cpu_set_t before;
        CPU_ZERO(&before);
        QCOMPARE(sched_getaffinity(0, sizeof(before), &before), 0);
        if (CPU_COUNT(&before) < 2)
            QSKIP("needs two usable CPUs");
        int cpu = CPU_SETSIZE - 1;
        while (!CPU_ISSET(cpu, &before))
            --cpu;
        std::atomic<pid_t> tid{0};
        std::atomic<bool> done{false};
        std::thread worker([&] {
            tid = gettid();
            while (!done)
                std::this_thread::yield();
        });
        QTRY_VERIFY(tid != 0);
        const bool pinned = pinToCpu(getpid(), cpu);
        cpu_set_t workerMask;
        CPU_ZERO(&workerMask);
        const int read = sched_getaffinity(tid, sizeof(workerMask), &workerMask);
        done = true;
        worker.join();
        sched_setaffinity(0, sizeof(before), &before); // this test's other checks run anywhere
        QVERIFY(pinned);
        QCOMPARE(read, 0);
        QCOMPARE(CPU_COUNT(&workerMask), 1);
        QVERIFY(CPU_ISSET(cpu, &workerMask));
    }

    void aScopedPinGivesTheCpusBack()
    {
        cpu_set_t before;
        CPU_ZERO(&before);
        QCOMPARE(sched_getaffinity(0, sizeof(before), &before), 0);
        if (CPU_COUNT(&before) < 2)
            QSKIP("needs two usable CPUs");
        int cpu = CPU_SETSIZE - 1;
        while (!CPU_ISSET(cpu, &before))
            --cpu;
        {
            const ScopedCpuPin pin(cpu);
            QVERIFY(pin.pinned());
            cpu_set_t during;
            CPU_ZERO(&during);
            QCOMPARE(sched_getaffinity(0, sizeof(during), &during), 0);
            QCOMPARE(CPU_COUNT(&during), 1);
            QVERIFY(CPU_ISSET(cpu, &during));
        }
        cpu_set_t after;
        CPU_ZERO(&after);
        QCOMPARE(sched_getaffinity(0, sizeof(after), &after), 0);
        QVERIFY(CPU_EQUAL(&after, &before));
    }

    // The GUI child gets sizeArguments() and must accept them, with and without PostgreSQL
    // nodes (0, SQLite, is not a value the parser takes).
    void sizeArgumentsParseBackTheSameOptions()
    {
        for (const QStringList &flags :
             {QStringList{u"--quick"_s}, QStringList{u"--postgres-nodes"_s, u"3"_s}}) {
            QString error;
            const auto options = parseOptions(QStringList{u"bench"_s} + flags, &error);
            QVERIFY2(options.has_value(), qPrintable(error));
            const auto again =
                parseOptions(QStringList{u"bench"_s} + sizeArguments(*options), &error);
            QVERIFY2(again.has_value(), qPrintable(error));
            QCOMPARE(again->postgresNodes, options->postgresNodes);
            QCOMPARE(again->scaleSessions, options->scaleSessions);
            QCOMPARE(again->throughputMiB, options->throughputMiB);
        }
    }
};

QTEST_GUILESS_MAIN(TestBenchHarness)
#include "tst_benchharness.moc"
