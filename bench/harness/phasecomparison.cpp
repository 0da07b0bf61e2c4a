#include "phasecomparison.h"

#include <algorithm>
#include <cmath>

namespace syncscope::bench {

namespace {

constexpr double kSmallestMs = 0.001;
const double kBucketGrowth = std::log(1.01);

int bucketOf(double milliseconds)
{
    if (!(milliseconds > kSmallestMs))
        return 0;
    return int(std::ceil(std::log(milliseconds / kSmallestMs) / kBucketGrowth - 1e-9));
}

double upperEdge(int bucket)
{
    return kSmallestMs * std::exp(double(bucket) * kBucketGrowth);
}

PhaseKind pool(const QList<Phase> &phases, bool subscribed)
{
    PhaseKind kind;
    double cpuSeconds = 0;
    double wallSeconds = 0;
    LatencyHistogram acks;
    for (const Phase &phase : phases) {
        if (phase.subscribed != subscribed)
            continue;
        cpuSeconds += phase.cpuSeconds;
        wallSeconds += phase.wallSeconds;
        acks.merge(phase.acks);
        if (phase.wallSeconds > 0)
            kind.phaseCpuPercent.append(100.0 * phase.cpuSeconds / phase.wallSeconds);
        if (phase.acks.count() > 0)
            kind.phaseAckP99Ms.append(phase.acks.percentile(99));
    }
    kind.cpuPercent = wallSeconds > 0 ? 100.0 * cpuSeconds / wallSeconds : 0;
    kind.ackP99Ms = acks.percentile(99);
    kind.acks = acks.count();
    return kind;
}

} // namespace

void LatencyHistogram::add(double milliseconds)
{
    ++m_counts[bucketOf(milliseconds)];
    ++m_count;
}

void LatencyHistogram::merge(const LatencyHistogram &other)
{
    for (const auto &[bucket, count] : other.m_counts)
        m_counts[bucket] += count;
    m_count += other.m_count;
}

double LatencyHistogram::percentile(double p) const
{
    if (m_count == 0)
        return 0;
    const auto rank =
        std::clamp<qint64>(qint64(std::ceil(p / 100.0 * double(m_count))), 1, m_count);
    qint64 seen = 0;
    for (const auto &[bucket, count] : m_counts) {
        seen += count;
        if (seen >= rank)
            return upperEdge(bucket);
    }
    return upperEdge(m_counts.rbegin()->first);
}

QJsonArray LatencyHistogram::toJson() const
{
    QJsonArray array;
    for (const auto &[bucket, count] : m_counts) {
        array.append(bucket);
        array.append(double(count));
    }
    return array;
}

LatencyHistogram LatencyHistogram::fromJson(const QJsonArray &array)
{
    LatencyHistogram histogram;
    for (qsizetype i = 0; i + 1 < array.size(); i += 2) {
        const auto count = qint64(array.at(i + 1).toDouble());
        if (count <= 0)
            continue;
        histogram.m_counts[array.at(i).toInt()] += count;
        histogram.m_count += count;
    }
    return histogram;
}

QList<bool> abbaSchedule(int phases)
{
    QList<bool> schedule;
    for (int i = 0; i < phases; ++i)
        schedule.append(i % 4 == 1 || i % 4 == 2);
    return schedule;
}

PhaseComparison comparePhases(const QList<Phase> &phases)
{
    const QList<Phase> whole = phases.first(phases.size() / 4 * 4);
    PhaseComparison comparison;
    comparison.on = pool(whole, true);
    comparison.off = pool(whole, false);
    for (qsizetype block = 0; block < whole.size(); block += 4) {
        const QList<Phase> four = whole.mid(block, 4);
        const PhaseKind on = pool(four, true);
        const PhaseKind off = pool(four, false);
        if (off.cpuPercent > 0)
            comparison.cpuRatioPerBlock.append(on.cpuPercent / off.cpuPercent);
        if (on.acks > 0 && off.acks > 0 && off.ackP99Ms > 0)
            comparison.ackP99RatioPerBlock.append(on.ackP99Ms / off.ackP99Ms);
    }
    return comparison;
}

} // namespace syncscope::bench
