#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace syncscope::bench {

// One measured figure: its repetitions, and the baseline measured in the same run (if it has
// one). `value` is what the table and the JSON report: the median of the samples, unless a
// figure defines it otherwise (a p99 over all events, say) and says so in docs/performance.md.
struct Figure
{
    QString name;
    QString unit;
    bool higherIsBetter = true;
    double value = 0;
    QList<double> samples;
    std::optional<double> baseline; // median of baselineSamples
    QString baselineName;
    QList<double> baselineSamples;
    QString goal; // human-readable goal from the issue, for the table ("≥ 0.8× baseline")
    // The ratio to the baseline as measured in parts of the run (each A/B block of an
    // interleaved comparison), shown as a min–max range next to the ratio; empty: none.
    QList<double> ratioSamples;
};

// Builds a figure from samples: value = median, baseline = median of baseline samples.
Figure makeFigure(const QString &name, const QString &unit, bool higherIsBetter,
                  const QList<double> &samples);
Figure makeFigure(const QString &name, const QString &unit, bool higherIsBetter,
                  const QList<double> &samples, const QString &baselineName,
                  const QList<double> &baselineSamples);

// One same-run limit a figure cannot beat (raw WebSocket transfer, durable file writes, ...).
struct Limit
{
    QString name;
    QList<double> samples;
};

// A higher-is-better figure bounded by several limits: its baseline is the limit with the
// lowest median, the one that binds; `baselineName` names it and gives the others' medians.
Figure makeFigureAgainstLowestLimit(const QString &name, const QString &unit,
                                    const QList<double> &samples, const QList<Limit> &limits);

// value ÷ baseline, the plain quotient the goals are written in (writes/s ÷ baseline
// writes/s, latency ÷ round trip). No baseline: nullopt.
std::optional<double> ratio(const Figure &figure);

} // namespace syncscope::bench
