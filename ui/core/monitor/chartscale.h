#pragma once

#include "monitor/ratehistory.h"

#include <QList>
#include <QString>

#include <chrono>

namespace syncscope::monitor {

// How the charts turn numbers into axes a person reads at a glance: byte units, round tick
// steps that never go below zero, a time axis in "ago" or clock time, and which values are
// outliers that would flatten the rest. Kept apart from Qt Charts so every rule is unit tested.

// A value axis from 0 up: the byte unit, and ticks at 0, step, 2 × step, … top (in the unit).
struct ValueAxisScale
{
    double divisor = 1; // bytes per unit
    QString unit;       // "KiB/s" or "KiB", translated
    double step = 1;    // 1, 2 or 5 × 10^n in the unit; never below one byte
    double top = 1;     // a whole number of steps, >= the maximum
    int decimals = 0;   // what the labels need to show the step exactly
};
ValueAxisScale valueAxisScale(double maximumBytes, bool perSecond);

// One start-up spike should not flatten minutes of steady traffic: when a few values (at most
// one in ten of the non-zero ones) are far above the rest, the axis is scaled to the rest and the
// higher points are drawn at the top edge with a marker. A log scale was the alternative, but
// rates are zero most of the time (a log axis cannot show 0) and it compresses the differences
// an operator compares; a clipped linear axis keeps both.
struct OutlierClip
{
    bool clipped = false;
    double limit = 0; // bytes: the axis maximum when clipped
    double peak = 0;  // bytes: the highest value
};
OutlierClip clipOutliers(const QList<double> &values);

enum class TimeAxisMode { Ago, WallClock };

struct TimeTick
{
    qint64 timestampMs = 0;
    QString label;
};

// Ticks at round times across [nowMs - span, nowMs]: every 15 s, 1 min, 5 min, … (4 to 6 of them),
// labelled "30" (with the title "seconds ago") or "12:05" (clock time, local).
struct TimeAxisScale
{
    QString title;
    QList<TimeTick> ticks; // oldest first
};
TimeAxisScale timeAxisScale(std::chrono::seconds span, qint64 nowMs, TimeAxisMode mode);

// The sample whose bucket is nearest to `timestampMs` (-1 if none): what a hover readout shows.
qsizetype nearestSample(const QList<HistorySample> &samples, qint64 timestampMs);

} // namespace syncscope::monitor
