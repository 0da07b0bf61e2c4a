#pragma once

#include "monitor/chartscale.h"
#include "monitor/ratehistory.h"

#include <QColor>
#include <QList>
#include <QPoint>
#include <QWidget>

#include <functional>
#include <optional>

class QAreaSeries;
class QCategoryAxis;
class QChart;
class QChartView;
class QGraphicsLineItem;
class QGraphicsRectItem;
class QGraphicsSimpleTextItem;
class QLabel;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace syncscope::ui {

// A live chart over a RateHistory range: a few line series plus shaded stretches where the
// session(s) were not connected, with a legend under it that wraps instead of cutting names.
// The axes come from monitor::chartscale: round ticks in a byte unit from 0 up, a time axis
// in "… ago" or clock time. The rate chart clips a rare spike (a marker at the top edge says
// so and the legend gives the peak); hovering shows the time and the values under the mouse.
// Points are swapped in with QXYSeries::replace().
class HistoryChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryChart)

public:
    struct Line
    {
        QString name;
        QColor colour;
        Qt::PenStyle style = Qt::SolidLine; // solid is cheapest to stroke; the legend names lines
        std::function<double(const monitor::HistorySample &)> value;
    };

    HistoryChart(const QString &title, bool perSecond, const QList<Line> &lines,
                 QWidget *parent = nullptr);

    void setSamples(const QList<monitor::HistorySample> &samples, monitor::TimeRange range,
                    qint64 nowMs);
    void setTimeAxisMode(monitor::TimeAxisMode mode);
    monitor::TimeAxisMode timeAxisMode() const { return m_timeMode; }
    // Rates: a rare spike is clipped instead of flattening the rest (see chartscale.h).
    void setClipOutliers(bool clip) { m_clipOutliers = clip; }

    // What a hover at `viewPosition` (in the chart view's viewport) shows; hideReadout() on leave.
    void showReadoutAt(const QPoint &viewPosition);
    void hideReadout();

    // For tests and screenshots: what is drawn.
    qsizetype pointCount(int line) const;
    qsizetype clippedPointCount() const;
    QString readoutText() const { return m_readout; }
    QStringList timeTickLabels() const;
    const monitor::ValueAxisScale &valueScale() const { return m_scale; }
    QLabel *legend() const { return m_legend; }
    QChartView *view() const { return m_view; }
    QChart *chart() const;

    // At most this many points a line: enough for the chart's width, a fraction of 24 h.
    static constexpr qsizetype kMaxPoints = 300;

private:
    double xOf(qint64 timestampMs) const;
    qint64 timestampOf(double x) const;
    void updateTimeAxis(monitor::TimeRange range);
    void updateLegend(const monitor::OutlierClip &clip);
    QString valueText(double value) const;
    void drawReadout();

    QList<Line> m_lines;
    QChartView *m_view;
    QLabel *m_legend;
    QList<QLineSeries *> m_series;
    QScatterSeries *m_clipMarkers;
    QLineSeries *m_shadeUpper;
    QAreaSeries *m_shade;
    QCategoryAxis *m_x;
    QValueAxis *m_y;
    QValueAxis *m_shadeAxis;
    QGraphicsLineItem *m_cursorLine = nullptr;
    QGraphicsRectItem *m_readoutBox = nullptr;
    QGraphicsSimpleTextItem *m_readoutItem = nullptr;
    bool m_perSecond;
    bool m_clipOutliers = false;
    monitor::TimeAxisMode m_timeMode = monitor::TimeAxisMode::Ago;
    monitor::ValueAxisScale m_scale;
    QList<monitor::HistorySample> m_samples;
    QList<QPair<double, QString>> m_ticks; // what the x axis shows now
    qint64 m_nowMs = 0;
    qint64 m_anchorMs = 0; // clock time: x is seconds since this moment
    QString m_readout;
    std::optional<QPoint> m_hover; // where the mouse rests, in the view's viewport
    QString m_legendHtml;
};

} // namespace syncscope::ui
