#pragma once

#include <QJsonArray>
#include <QList>

#include <map>

namespace syncscope::bench {

// Latencies as counts in buckets 1 % wide (from 1 µs up), so that the latencies of many
// seconds can be pooled and a percentile taken over all of them, without shipping every
// latency from the load client. A percentile is the upper edge of its bucket: at most 1 %
// above the exact nearest-rank value, the same bias in every histogram.
class LatencyHistogram
{
public:
    void add(double milliseconds);
    void merge(const LatencyHistogram &other);
    qint64 count() const { return m_count; }
    // Nearest-rank percentile, p in [0, 100]; 0 without latencies.
    double percentile(double p) const;

    // [bucket, count, bucket, count, …]: compact enough for one JSON line per run.
    QJsonArray toJson() const;
    static LatencyHistogram fromJson(const QJsonArray &array);

private:
    std::map<int, qint64> m_counts; // bucket → latencies in it
    qint64 m_count = 0;
};

// One phase of an A/B comparison run: with or without what is measured (here: an operator
// subscribed), the server's CPU time and the wall time it spanned, and the acknowledgement
// latencies that fell in it.
struct Phase
{
    bool subscribed = false;
    double cpuSeconds = 0;
    double wallSeconds = 0;
    LatencyHistogram acks;
};

// One kind of phase, pooled: CPU as all its CPU seconds over all its wall seconds, the ack
// p99 over all its acknowledgements. The per-phase values are there to show how phases vary.
struct PhaseKind
{
    double cpuPercent = 0; // of one core
    double ackP99Ms = 0;
    qint64 acks = 0;
    QList<double> phaseCpuPercent;
    QList<double> phaseAckP99Ms; // phases without acknowledgements left out
};

struct PhaseComparison
{
    PhaseKind on;  // subscribed
    PhaseKind off; // the baseline
    // The same ratios (on ÷ off) within each block of four phases (A B B A): how much one
    // block's answer differs from the next, the spread to read the pooled ratio against.
    QList<double> cpuRatioPerBlock;
    QList<double> ackP99RatioPerBlock; // blocks without acknowledgements in a kind left out
};

// The order of `phases` phases: off, on, on, off, off, on, on, off, … so that in every block
// of four both kinds sit at the same mean time and a steady drift (a growing database, a
// neighbour starting to compile) cancels out of each block's ratio.
QList<bool> abbaSchedule(int phases);

// Pools the phases by kind. Only whole blocks of four count: a trailing partial block would
// give one kind more of the run's late (or early) part than the other.
PhaseComparison comparePhases(const QList<Phase> &phases);

} // namespace syncscope::bench
