#pragma once

#include <QList>

namespace syncscope::bench {

// Which steps make the slowest samples slow. Each sample is the list of its steps' durations,
// whose sum is the sample's whole latency. The slowest `tailFraction` of the samples (at least
// one) are compared with the middle ones (ranks 40-60 %, at least one): per step the mean over
// each group, so that the steps' differences add up to the difference of the groups' mean
// latencies — the tail's excess, split by step. A median per step would not add up, and the
// tail of a p99 has only a few samples, each of which counts.
struct TailView
{
    int tailSamples = 0;
    int middleSamples = 0;
    QList<double> tailMean;   // per step
    QList<double> middleMean; // per step
    double tailTotal = 0;     // mean latency of the tail's samples
    double middleTotal = 0;
    // Indexes into the samples given, slowest first.
    QList<qsizetype> tailIndexes;
};

// Samples must all have the same number of steps; none: an empty view.
TailView compareTailWithMiddle(const QList<QList<double>> &samples, double tailFraction = 0.02);

} // namespace syncscope::bench
