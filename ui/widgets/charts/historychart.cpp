#include "charts/historychart.h"

#include "monitor/sessionstatus.h"
#include "sessions/badgestyle.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QMouseEvent>
#include <QScatterSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace syncscope::ui {

using monitor::HistorySample;
using monitor::TimeAxisMode;
using monitor::TimeRange;

namespace {

// Hands the mouse to the chart's readout: where it hovers and when it leaves.
class HoverChartView final : public QChartView
{
public:
    HoverChartView(QChart *chart, HistoryChart *owner)
        : QChartView(chart, owner)
        , m_owner(owner)
    {
        setMouseTracking(true);
        viewport()->setMouseTracking(true);
    }

protected:
    void mouseMoveEvent(QMouseEvent *event) override
    {
        QChartView::mouseMoveEvent(event);
        m_owner->showReadoutAt(event->position().toPoint());
    }
    void leaveEvent(QEvent *event) override
    {
        QChartView::leaveEvent(event);
        m_owner->hideReadout();
    }

private:
    HistoryChart *m_owner;
};

QString colourSwatch(const QColor &colour, const QString &glyph = QStringLiteral("■"))
{
    return QStringLiteral("<span style=\"color:%1\">%2</span>").arg(colour.name(), glyph);
}

// The colour a chart's background shows (a gradient's middle).
QColor backgroundColour(const QChart &chart)
{
    const QBrush brush = chart.backgroundBrush();
    const QGradient *gradient = brush.gradient();
    if (!gradient || gradient->stops().isEmpty())
        return brush.color();
    const QColor first = gradient->stops().constFirst().second;
    const QColor last = gradient->stops().constLast().second;
    return QColor::fromRgbF((first.redF() + last.redF()) / 2, (first.greenF() + last.greenF()) / 2,
                            (first.blueF() + last.blueF()) / 2);
}

// `over` painted with its alpha onto `under`, as one opaque colour.
QColor opaqueOver(const QColor &over, const QColor &under)
{
    const float a = over.alphaF();
    return QColor::fromRgbF(over.redF() * a + under.redF() * (1 - a),
                            over.greenF() * a + under.greenF() * (1 - a),
                            over.blueF() * a + under.blueF() * (1 - a));
}

} // namespace

HistoryChart::HistoryChart(const QString &title, bool perSecond, const QList<Line> &lines,
                           QWidget *parent)
    : QWidget(parent)
    , m_lines(lines)
    , m_legend(new QLabel(this))
    , m_clipMarkers(new QScatterSeries)
    , m_shadeUpper(new QLineSeries)
    , m_shade(new QAreaSeries(m_shadeUpper))
    , m_x(new QCategoryAxis)
    , m_y(new QValueAxis)
    , m_shadeAxis(new QValueAxis)
    , m_perSecond(perSecond)
{
    // QAreaSeries draws its upper line but does not own it: the area series does, as its child,
    // so the line goes with it (LeakSanitizer found it leaked with every chart).
    m_shadeUpper->setParent(m_shade);
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    // Qt's legend cuts names it has no room for ("Not connec…"); the label below wraps instead.
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    const bool dark = BadgeStyle::isDark(palette());
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundRoundness(0);
    // The light theme paints its background as a gradient from white to white: Qt fills a
    // gradient span by span through its thread pool, a solid colour with one memset per line.
    if (const QGradient *gradient = chart->backgroundBrush().gradient();
        gradient && !gradient->stops().isEmpty()) {
        const QGradientStops stops = gradient->stops();
        const bool uniform = std::all_of(stops.cbegin(), stops.cend(), [&](const auto &stop) {
            return stop.second == stops.constFirst().second;
        });
        if (uniform)
            chart->setBackgroundBrush(stops.constFirst().second);
    }

    chart->addAxis(m_x, Qt::AlignBottom);
    chart->addAxis(m_y, Qt::AlignLeft);
    chart->addAxis(m_shadeAxis, Qt::AlignRight);
    m_shadeAxis->setRange(0, 1);
    m_shadeAxis->setVisible(false);
    m_x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    // Ticks at 0, step, 2 × step … as chartscale decides, never where Qt's own nice numbers
    // would put them (-22, -7).
    m_y->setTickType(QValueAxis::TicksDynamic);
    m_y->setTickAnchor(0);

    m_shade->setName(tr("Not connected"));
    // Opaque: the shade as it looks over the chart's background. A translucent fill is blended
    // span by span through Qt's thread pool, which cost a fifth of a refresh; an opaque one is
    // a plain fill. (It hides the grid inside the shaded stretches, which say "no data" anyway.)
    const QColor shade = dark ? QColor(255, 255, 255, 40) : QColor(0, 0, 0, 28);
    m_shade->setBrush(opaqueOver(shade, backgroundColour(*chart)));
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

    const QColor markerColour = dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xc6, 0x28, 0x28);
    m_clipMarkers->setName(tr("Clipped"));
    m_clipMarkers->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
    m_clipMarkers->setMarkerSize(9);
    m_clipMarkers->setColor(markerColour);
    m_clipMarkers->setBorderColor(markerColour);
    chart->addSeries(m_clipMarkers);
    m_clipMarkers->attachAxis(m_x);
    m_clipMarkers->attachAxis(m_y);

    m_view = new HoverChartView(chart, this);
    // No antialiasing: stroking antialiased series dominated a refresh.
    m_view->setRenderHint(QPainter::Antialiasing, false);
    m_view->setMinimumHeight(160);
    m_view->setAccessibleName(title);

    m_cursorLine = new QGraphicsLineItem(chart);
    m_cursorLine->setPen(QPen(palette().color(QPalette::Text), 0, Qt::DotLine));
    m_readoutBox = new QGraphicsRectItem(chart);
    QColor boxColour = palette().color(QPalette::ToolTipBase);
    boxColour.setAlpha(235);
    m_readoutBox->setBrush(boxColour);
    m_readoutBox->setPen(QPen(palette().color(QPalette::Mid), 0));
    m_readoutItem = new QGraphicsSimpleTextItem(m_readoutBox);
    m_readoutItem->setBrush(palette().color(QPalette::ToolTipText));
    m_readoutItem->setFont(font());
    for (QGraphicsItem *item :
         {static_cast<QGraphicsItem *>(m_cursorLine), static_cast<QGraphicsItem *>(m_readoutBox)}) {
        item->setZValue(100);
        item->hide();
    }

    m_legend->setWordWrap(true);
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setAccessibleName(tr("%1 legend").arg(title));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_legend);
    setAccessibleName(title);
    updateLegend({});
}

QChart *HistoryChart::chart() const
{
    return m_view->chart();
}

qsizetype HistoryChart::pointCount(int line) const
{
    return line >= 0 && line < m_series.size() ? m_series.at(line)->count() : 0;
}

qsizetype HistoryChart::clippedPointCount() const
{
    return m_clipMarkers->count();
}

QStringList HistoryChart::timeTickLabels() const
{
    QStringList labels;
    for (const auto &tick : m_ticks)
        labels << tick.second;
    return labels;
}

void HistoryChart::setTimeAxisMode(TimeAxisMode mode)
{
    m_timeMode = mode;
}

double HistoryChart::xOf(qint64 timestampMs) const
{
    // Seconds, relative to now ("ago") or to a fixed moment (clock time), so the numbers stay
    // small for float precision and the ticks of clock time do not move between refreshes.
    const qint64 origin = m_timeMode == TimeAxisMode::Ago ? m_nowMs : m_anchorMs;
    return double(timestampMs - origin) / 1000.0;
}

qint64 HistoryChart::timestampOf(double x) const
{
    const qint64 origin = m_timeMode == TimeAxisMode::Ago ? m_nowMs : m_anchorMs;
    return origin + qint64(std::llround(x * 1000.0));
}

QString HistoryChart::valueText(double value) const
{
    return m_perSecond ? monitor::formatRate(value) : monitor::formatBytes(value);
}

void HistoryChart::updateTimeAxis(TimeRange range)
{
    const auto span = monitor::timeRangeDuration(range);
    const monitor::TimeAxisScale scale = monitor::timeAxisScale(span, m_nowMs, m_timeMode);
    QList<QPair<double, QString>> ticks;
    for (const monitor::TimeTick &tick : scale.ticks)
        ticks.append({xOf(tick.timestampMs), tick.label});
    const double left = xOf(m_nowMs - std::chrono::milliseconds(span).count());
    m_x->setRange(left, xOf(m_nowMs));
    m_x->setTitleText(scale.title);
    if (ticks == m_ticks)
        return; // relabelling re-lays the chart out: only when a tick comes or goes
    m_ticks = ticks;
    for (const QString &label : m_x->categoriesLabels())
        m_x->remove(label);
    m_x->setStartValue(left - 1);
    for (const auto &[x, label] : std::as_const(ticks))
        m_x->append(label, x);
}

void HistoryChart::updateLegend(const monitor::OutlierClip &clip)
{
    const QColor shade =
        BadgeStyle::isDark(palette()) ? QColor(0x80, 0x80, 0x80) : QColor(0xc8, 0xc8, 0xc8);
    QStringList entries;
    // Non-breaking inside an entry, so a line breaks only between entries.
    auto entry = [](const QString &swatch, const QString &text) -> QString {
        return swatch + QStringLiteral("&nbsp;") +
               text.toHtmlEscaped().replace(u' ', QStringLiteral("&nbsp;"));
    };
    for (const Line &line : std::as_const(m_lines))
        entries << entry(colourSwatch(line.colour), line.name);
    entries << entry(colourSwatch(shade), tr("Not connected"));
    if (clip.clipped)
        entries << entry(colourSwatch(m_clipMarkers->color(), QStringLiteral("▲")),
                         tr("Clipped, peak %1").arg(valueText(clip.peak)));
    const QString html = entries.join(QStringLiteral(" &nbsp; "));
    if (html == m_legendHtml)
        return;
    m_legendHtml = html;
    m_legend->setText(html);
}

void HistoryChart::setSamples(const QList<HistorySample> &samples, TimeRange range, qint64 nowMs)
{
    m_nowMs = nowMs;
    if (m_anchorMs == 0)
        m_anchorMs = nowMs;
    m_samples = samples;

    double maximum = 0;
    QList<double> values;
    if (m_clipOutliers)
        values.reserve(samples.size() * m_lines.size());
    for (const HistorySample &s : samples) {
        for (const Line &line : std::as_const(m_lines)) {
            const double v = line.value(s);
            maximum = qMax(maximum, v);
            if (m_clipOutliers)
                values.append(v);
        }
    }
    const monitor::OutlierClip clip =
        m_clipOutliers ? monitor::clipOutliers(values) : monitor::OutlierClip{};
    m_scale = monitor::valueAxisScale(clip.clipped ? clip.limit : maximum, m_perSecond);
    const double top = m_scale.top;

    // More points than the chart has pixels only cost time: long ranges keep each group's
    // highest value, so peaks stay visible.
    const qsizetype step = qMax<qsizetype>(1, (samples.size() + kMaxPoints - 1) / kMaxPoints);
    QList<QPointF> markers;
    for (int i = 0; i < m_series.size(); ++i) {
        const Line &line = m_lines.at(i);
        QList<QPointF> points;
        points.reserve(samples.size() / step + 1);
        for (qsizetype first = 0; first < samples.size(); first += step) {
            const qsizetype end = qMin(first + step, samples.size());
            double value = line.value(samples.at(first));
            for (qsizetype k = first + 1; k < end; ++k)
                value = qMax(value, line.value(samples.at(k)));
            const double x = xOf(samples.at(end - 1).timestampMs);
            double y = value / m_scale.divisor;
            if (y > top) { // only when clipped: drawn at the edge, marked
                y = top;
                markers.append(QPointF(x, top));
            }
            points.append(QPointF(x, y));
        }
        m_series.at(i)->replace(points);
    }
    m_clipMarkers->replace(markers);

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
        const double end = qMin(xOf(nowMs), xOf(samples.at(j).timestampMs + bucketMs));
        shade << QPointF(start, 0) << QPointF(start, 1) << QPointF(end, 1) << QPointF(end, 0);
        i = j + 1;
    }
    m_shadeUpper->replace(shade);

    updateTimeAxis(range);
    m_y->setRange(0, top);
    m_y->setTickInterval(m_scale.step);
    // QValueAxis::setLabelFormat() re-lays the whole chart out (every label re-shaped from
    // HTML, a quarter of a refresh) even when the format is the same: only when it changes.
    const QString labelFormat = QStringLiteral("%.%1f").arg(m_scale.decimals);
    if (labelFormat != m_y->labelFormat())
        m_y->setLabelFormat(labelFormat);
    m_y->setTitleText(m_scale.unit);
    updateLegend(clip);
    drawReadout(); // the points moved under a resting mouse: show what is under it now
}

void HistoryChart::showReadoutAt(const QPoint &viewPosition)
{
    m_hover = viewPosition;
    drawReadout();
}

void HistoryChart::hideReadout()
{
    m_hover.reset();
    drawReadout();
}

void HistoryChart::drawReadout()
{
    QChart *c = chart();
    const QPointF inChart =
        m_hover ? c->mapFromScene(m_view->mapToScene(*m_hover)) : QPointF(-1, -1);
    const qsizetype index =
        m_hover && !m_series.isEmpty() && c->plotArea().contains(inChart)
            ? monitor::nearestSample(m_samples,
                                     timestampOf(c->mapToValue(inChart, m_series.constFirst()).x()))
            : -1;
    if (index < 0) {
        m_readout.clear();
        m_cursorLine->hide();
        m_readoutBox->hide();
        return;
    }
    const HistorySample &sample = m_samples.at(index);
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(sample.timestampMs);
    QString text = time.toString(QStringLiteral("HH:mm:ss"));
    if (m_timeMode == TimeAxisMode::Ago)
        text = tr("%1 (%2 ago)")
                   .arg(text, monitor::formatDuration((m_nowMs - sample.timestampMs) / 1000));
    // The real values, also where the line is clipped at the top.
    for (const Line &line : std::as_const(m_lines))
        text += u'\n' + tr("%1: %2").arg(line.name, valueText(line.value(sample)));
    if (sample.connectedFraction < 0.999)
        text += u'\n' + tr("Not connected");
    m_readout = text;

    const QRectF plot = c->plotArea();
    const double x =
        c->mapToPosition(QPointF(xOf(sample.timestampMs), 0), m_series.constFirst()).x();
    m_cursorLine->setLine(x, plot.top(), x, plot.bottom());
    m_readoutItem->setText(text);
    const QRectF textRect = m_readoutItem->boundingRect();
    const double pad = 4;
    const QRectF box(0, 0, textRect.width() + 2 * pad, textRect.height() + 2 * pad);
    // Beside the cursor, on the side with room, inside the plot.
    double left = x + 8;
    if (left + box.width() > plot.right())
        left = x - 8 - box.width();
    left = qMax(plot.left(), left);
    m_readoutBox->setRect(box);
    // Below the pointer like a tooltip, clear of the clip markers on the top edge.
    const double top = qBound(plot.top() + 12, inChart.y() + 12, plot.bottom() - box.height());
    m_readoutBox->setPos(left, top);
    m_readoutItem->setPos(pad, pad);
    m_cursorLine->show();
    m_readoutBox->show();
}

} // namespace syncscope::ui
