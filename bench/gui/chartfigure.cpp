#include "chartfigure.h"

#include "harness/figurenames.h"
#include "harness/options.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QElapsedTimer>
#include <QLineSeries>
#include <QValueAxis>

#include <cmath>

using namespace Qt::StringLiterals;

namespace syncscope::bench {

namespace {

// A rate chart shaped like the monitor's: upload and download series over a time axis.
class RateChart final
{
    Q_DISABLE_COPY_MOVE(RateChart)

public:
    RateChart()
    {
        m_chart = new QChart;
        m_view.setChart(m_chart);
        for (QLineSeries *series : {&m_upload, &m_download}) {
            m_chart->addSeries(series);
        }
        m_chart->addAxis(&m_time, Qt::AlignBottom);
        m_chart->addAxis(&m_rate, Qt::AlignLeft);
        for (QLineSeries *series : {&m_upload, &m_download}) {
            series->attachAxis(&m_time);
            series->attachAxis(&m_rate);
        }
        m_view.resize(900, 400);
        m_view.show();
        QApplication::processEvents();
    }
    ~RateChart()
    {
        // The series and axes are members; take them out of the chart before it deletes them.
        m_chart->removeSeries(&m_upload);
        m_chart->removeSeries(&m_download);
        m_chart->removeAxis(&m_time);
        m_chart->removeAxis(&m_rate);
    }

    // replace() both series and paint once; returns milliseconds.
    double refresh(const QList<QPointF> &upload, const QList<QPointF> &download)
    {
        QElapsedTimer timer;
        timer.start();
        m_upload.replace(upload);
        m_download.replace(download);
        m_time.setRange(QDateTime::fromMSecsSinceEpoch(qint64(upload.first().x())),
                        QDateTime::fromMSecsSinceEpoch(qint64(upload.last().x())));
        m_rate.setRange(0, 120);
        QApplication::sendPostedEvents();
        m_view.viewport()->repaint();
        return double(timer.nsecsElapsed()) / 1e6;
    }

private:
    QChartView m_view;
    QChart *m_chart = nullptr;
    QLineSeries m_upload;
    QLineSeries m_download;
    QDateTimeAxis m_time;
    QValueAxis m_rate;
};

// A day of rate samples at one a second (what a full history holds), or `points` evenly spread.
QList<QPointF> series(qint64 endMs, int hours, int points, double phase)
{
    QList<QPointF> result;
    result.reserve(points);
    const double spanMs = hours * 3600.0 * 1000.0;
    for (int i = 0; i < points; ++i) {
        const double t = double(endMs) - spanMs + spanMs * i / std::max(1, points - 1);
        result.append({t, 60 + 50 * std::sin(t / 600'000.0 + phase) * std::cos(i * 0.01)});
    }
    return result;
}

} // namespace

QList<Figure> measureChart(const BenchOptions &options)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const int fullPoints = options.chartHours * 3600;
    const QList<QPointF> fullUpload = series(now, options.chartHours, fullPoints, 0);
    const QList<QPointF> fullDownload = series(now, options.chartHours, fullPoints, 1);
    const QList<QPointF> smallUpload = series(now, options.chartHours, 1000, 0);
    const QList<QPointF> smallDownload = series(now, options.chartHours, 1000, 1);

    RateChart chart;
    chart.refresh(smallUpload, smallDownload); // warm-up: fonts, caches
    QList<double> samples, baseline;
    const int refreshes = std::max(3, options.repetitions * 4);
    for (int i = 0; i < refreshes; ++i) {
        baseline.append(chart.refresh(smallUpload, smallDownload));
        samples.append(chart.refresh(fullUpload, fullDownload));
    }
    Figure figure = makeFigure(names::chartRefresh(options.chartHours), u"ms"_s, false, samples,
                               u"Qt Charts replace+paint, 1,000 points a series"_s, baseline);
    figure.goal = u"≤ 3 ms"_s;
    return {figure};
}

} // namespace syncscope::bench
