#pragma once

#include "monitor/ratehistory.h"

#include <QChartView>
#include <QColor>
#include <QList>

#include <functional>

class QAreaSeries;
class QLineSeries;
class QValueAxis;

namespace syncscope::ui {

// A live chart over a RateHistory range: a few line series plus shaded stretches where the
// session(s) were not connected. The x axis is "time ago" (relative, never epoch values), the
// y axis is scaled to a readable byte unit. Points are swapped in with QXYSeries::replace().
class HistoryChart final : public QChartView
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
    qsizetype pointCount(int line) const; // for tests: what is drawn
    // At most this many points a line: enough for the chart's width, a fraction of 24 h.
    static constexpr qsizetype kMaxPoints = 300;

private:
    QList<Line> m_lines;
    QList<QLineSeries *> m_series;
    QLineSeries *m_shadeUpper;
    QAreaSeries *m_shade;
    QValueAxis *m_x;
    QValueAxis *m_y;
    QValueAxis *m_shadeAxis;
    bool m_perSecond;
};

} // namespace syncscope::ui
