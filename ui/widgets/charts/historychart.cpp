#include "charts/historychart.h"

#include "sessions/badgestyle.h"

#include <QAreaSeries>
#include <QChart>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>

#include <cmath>

namespace syncscope::ui {

using monitor::HistorySample;
using monitor::TimeRange;

namespace {

struct Unit
{
    double divisor;
    QString name;
};

Unit unitFor(double maximum, bool perSecond)
{
    const char *names[] = {"B", "KiB", "MiB", "GiB"};
    double divisor = 1;
    int i = 0;
    while (maximum / divisor >= 1024 && i < 3) {
        divisor *= 1024;
        ++i;
    }
    QString name = QString::fromLatin1(names[i]);
    if (perSecond)
        name = HistoryChart::tr("%1/s").arg(name);
    return {divisor, name};
}

// 1, 2, 5 × 10^n: axis maxima people read at a glance.
double niceCeiling(double value)
{
    if (value <= 0)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : {1.0, 2.0, 5.0, 10.0}) {
        if (value <= step * magnitude)
            return step * magnitude;
    }
    return 10 * magnitude;
}

} // namespace

HistoryChart::HistoryChart(const QString &title, bool perSecond, const QList<Line> &lines,
                           QWidget *parent)
    : QChartView(parent)
    , m_lines(lines)
    , m_shadeUpper(new QLineSeries)
    , m_shade(new QAreaSeries(m_shadeUpper))
    , m_x(new QValueAxis)
    , m_y(new QValueAxis)
    , m_shadeAxis(new QValueAxis)
    , m_perSecond(perSecond)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    const bool dark = BadgeStyle::isDark(palette());
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundRoundness(0);

    chart->addAxis(m_x, Qt::AlignBottom);
    chart->addAxis(m_y, Qt::AlignLeft);
    chart->addAxis(m_shadeAxis, Qt::AlignRight);
    m_shadeAxis->setRange(0, 1);
    m_shadeAxis->setVisible(false);
    m_x->setLabelFormat(QStringLiteral("%d"));
    m_y->setLabelFormat(QStringLiteral("%.3g"));
    m_y->setTickCount(5);

    m_shade->setName(tr("Not connected"));
    QColor shade = dark ? QColor(255, 255, 255, 40) : QColor(0, 0, 0, 28);
    m_shade->setBrush(shade);
    m_shade->setPen(Qt::NoPen);
    chart->addSeries(m_shade);
    m_shade->attachAxis(m_x);
    m_shade->attachAxis(m_shadeAxis);

    for (const Line &line : m_lines) {
        auto *series = new QLineSeries;
        series->setName(line.name);
        // Cosmetic 1 px: Qt draws it with its line rasterizer; a wider pen is stroked into an
        // outline and filled, which was two thirds of a refresh.
        QPen pen(line.colour, 1);
        pen.setCosmetic(true);
        pen.setStyle(line.style);
        series->setPen(pen);
        chart->addSeries(series);
        series->attachAxis(m_x);
        series->attachAxis(m_y);
        m_series.append(series);
    }
    setChart(chart);
    // No antialiasing: stroking antialiased series dominated a refresh.
    setRenderHint(QPainter::Antialiasing, false);
    setMinimumHeight(160);
    setAccessibleName(title);
}

qsizetype HistoryChart::pointCount(int line) const
{
    return line >= 0 && line < m_series.size() ? m_series.at(line)->count() : 0;
}

void HistoryChart::setSamples(const QList<HistorySample> &samples, TimeRange range, qint64 nowMs)
{
    const double spanSeconds = double(monitor::timeRangeDuration(range).count());
    // Relative x: small numbers keep float precision and read as "minutes ago".
    double xDivisor = 1;
    QString xUnit = tr("seconds ago");
    if (spanSeconds > 3 * 3600) {
        xDivisor = 3600;
        xUnit = tr("hours ago");
    } else if (spanSeconds > 5 * 60) {
        xDivisor = 60;
        xUnit = tr("minutes ago");
    }
    auto xOf = [&](qint64 t) { return double(t - nowMs) / 1000.0 / xDivisor; };

    double maximum = 0;
    for (const HistorySample &s : samples) {
        for (const Line &line : std::as_const(m_lines))
            maximum = qMax(maximum, line.value(s));
    }
    const Unit unit = unitFor(maximum, m_perSecond);
    const double top = niceCeiling(maximum / unit.divisor * 1.05);

    // More points than the chart has pixels only cost time: long ranges keep each group's
    // highest value, so peaks stay visible.
    const qsizetype step = (samples.size() + kMaxPoints - 1) / kMaxPoints;
    for (int i = 0; i < m_series.size(); ++i) {
        const Line &line = m_lines.at(i);
        QList<QPointF> points;
        points.reserve(samples.size() / qMax<qsizetype>(step, 1) + 1);
        for (qsizetype first = 0; first < samples.size(); first += step) {
            const qsizetype end = qMin(first + step, samples.size());
            double value = line.value(samples.at(first));
            for (qsizetype k = first + 1; k < end; ++k)
                value = qMax(value, line.value(samples.at(k)));
            points.append(QPointF(xOf(samples.at(end - 1).timestampMs), value / unit.divisor));
        }
        m_series.at(i)->replace(points);
    }

    // Shade every run of not-fully-connected buckets as one rectangle.
    QList<QPointF> shade;
    const qint64 bucketMs =
        samples.size() > 1 ? samples.at(1).timestampMs - samples.at(0).timestampMs : 1000;
    for (qsizetype i = 0; i < samples.size();) {
        if (samples.at(i).connectedFraction >= 0.999) {
            ++i;
            continue;
        }
        const double start = xOf(samples.at(i).timestampMs);
        qsizetype j = i;
        while (j + 1 < samples.size() && samples.at(j + 1).connectedFraction < 0.999)
            ++j;
        const double end = qMin(0.0, xOf(samples.at(j).timestampMs + bucketMs));
        shade << QPointF(start, 0) << QPointF(start, 1) << QPointF(end, 1) << QPointF(end, 0);
        i = j + 1;
    }
    m_shadeUpper->replace(shade);

    m_x->setRange(-spanSeconds / xDivisor, 0);
    m_x->setTitleText(xUnit);
    m_y->setRange(0, top);
    m_y->applyNiceNumbers();
    m_y->setTitleText(unit.name);
}

} // namespace syncscope::ui
