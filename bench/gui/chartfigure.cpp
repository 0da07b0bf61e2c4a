#include "chartfigure.h"

#include "harness/figurenames.h"
#include "harness/options.h"

#include "charts/historychart.h"
#include "monitor/ratehistory.h"

#include <QApplication>
#include <QChartView>
#include <QDateTime>
#include <QElapsedTimer>

#include <cmath>

using namespace Qt::StringLiterals;

namespace syncscope::bench {

namespace {

using monitor::HistorySample;
using monitor::RateHistory;
using monitor::TimeRange;

// A session's sample at second `i`: rates that wander, so every point differs.
HistorySample sampleAt(qint64 timestampMs, qint64 i)
{
    HistorySample sample;
    sample.timestampMs = timestampMs;
    sample.uploadRate = 60'000 + 50'000 * std::sin(double(i) / 600.0);
    sample.downloadRate = 80'000 + 40'000 * std::cos(double(i) / 450.0);
    sample.uploadTransferred = double(i) * 60'000;
    sample.uploadTransferable = sample.uploadTransferred + 1000;
    sample.downloadTransferred = double(i) * 80'000;
    sample.downloadTransferable = sample.downloadTransferred;
    sample.connectedFraction = (i / 3600) % 5 == 4 ? 0 : 1; // an hour offline now and then
    return sample;
}

// The monitor's rate chart (charts/historychart.h), as the detail pane builds it: two solid
// lines (ui/widgets/charts/detailpane.cpp).
std::unique_ptr<ui::HistoryChart> makeRateChart()
{
    auto chart = std::make_unique<ui::HistoryChart>(
        u"Transfer rate"_s, true,
        QList<ui::HistoryChart::Line>{{u"Upload"_s, Qt::blue, Qt::SolidLine,
                                       [](const HistorySample &s) { return s.uploadRate; }},
                                      {u"Download"_s, Qt::darkGreen, Qt::SolidLine,
                                       [](const HistorySample &s) { return s.downloadRate; }}});
    chart->resize(900, 400);
    chart->show();
    QApplication::processEvents();
    return chart;
}

// One refresh as the monitor does it: the points come from the history, are swapped into the
// series (replace()), and the view paints synchronously.
double refresh(ui::HistoryChart &chart, const std::function<QList<HistorySample>()> &points,
               qint64 nowMs)
{
    QElapsedTimer timer;
    timer.start();
    chart.setSamples(points(), TimeRange::TwentyFourHours, nowMs);
    QApplication::sendPostedEvents();
    chart.view()->viewport()->repaint();
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

QList<Figure> measureChart(const BenchOptions &options)
{
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    const qint64 seconds = qint64(options.chartHours) * 3600;
    // Full history: a sample every second for the whole range, through the monitor's
    // downsampling ring buffers.
    RateHistory history;
    for (qint64 i = 0; i < seconds; ++i)
        history.add(sampleAt(nowMs - (seconds - i) * 1000, i));
    // Baseline: the same chart given 1,000 points a series directly.
    QList<HistorySample> thousand;
    for (qint64 i = 0; i < 1000; ++i)
        thousand.append(sampleAt(nowMs - seconds * 1000 + i * seconds, i * seconds / 1000));

    auto chart = makeRateChart();
    refresh(
        *chart, [&] { return thousand; }, nowMs); // warm-up: fonts, caches
    QList<double> samples, baseline;
    const int refreshes = std::max(3, options.repetitions * 4);
    for (int i = 0; i < refreshes; ++i) {
        baseline.append(refresh(
            *chart, [&] { return thousand; }, nowMs));
        samples.append(refresh(
            *chart, [&] { return history.samples(TimeRange::TwentyFourHours, nowMs); }, nowMs));
    }
    Figure figure = makeFigure(names::chartRefresh(options.chartHours), u"ms"_s, false, samples,
                               u"the same chart given 1,000 points a series"_s, baseline);
    figure.goal = u"≤ 3 ms"_s;
    return {figure};
}

} // namespace syncscope::bench
