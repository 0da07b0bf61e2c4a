#include "monitor/ratehistory.h"

#include <QCoreApplication>
#include <QMap>

namespace syncscope::monitor {

using namespace std::chrono_literals;

std::chrono::seconds timeRangeDuration(TimeRange range)
{
    switch (range) {
    case TimeRange::OneMinute:
        return 1min;
    case TimeRange::FiveMinutes:
        return 5min;
    case TimeRange::ThirtyMinutes:
        return 30min;
    case TimeRange::ThreeHours:
        return 3h;
    case TimeRange::SixHours:
        return 6h;
    case TimeRange::TwelveHours:
        return 12h;
    case TimeRange::TwentyFourHours:
        return 24h;
    }
    return 5min;
}

QString timeRangeLabel(TimeRange range)
{
    switch (range) {
    case TimeRange::OneMinute:
        return QCoreApplication::translate("TimeRange", "1 min");
    case TimeRange::FiveMinutes:
        return QCoreApplication::translate("TimeRange", "5 min");
    case TimeRange::ThirtyMinutes:
        return QCoreApplication::translate("TimeRange", "30 min");
    case TimeRange::ThreeHours:
        return QCoreApplication::translate("TimeRange", "3 h");
    case TimeRange::SixHours:
        return QCoreApplication::translate("TimeRange", "6 h");
    case TimeRange::TwelveHours:
        return QCoreApplication::translate("TimeRange", "12 h");
    case TimeRange::TwentyFourHours:
        return QCoreApplication::translate("TimeRange", "24 h");
    }
    return {};
}

QString timeRangeKey(TimeRange range)
{
    switch (range) {
    case TimeRange::OneMinute:
        return QStringLiteral("1m");
    case TimeRange::FiveMinutes:
        return QStringLiteral("5m");
    case TimeRange::ThirtyMinutes:
        return QStringLiteral("30m");
    case TimeRange::ThreeHours:
        return QStringLiteral("3h");
    case TimeRange::SixHours:
        return QStringLiteral("6h");
    case TimeRange::TwelveHours:
        return QStringLiteral("12h");
    case TimeRange::TwentyFourHours:
        return QStringLiteral("24h");
    }
    return {};
}

TimeRange timeRangeFromKey(const QString &key, TimeRange fallback)
{
    for (TimeRange range : kAllTimeRanges) {
        if (timeRangeKey(range) == key)
            return range;
    }
    return fallback;
}

RateHistory::RateHistory()
    : m_levels{Level{1'000, 300}, Level{6'000, 300}, Level{36'000, 600}, Level{144'000, 600}}
{}

HistorySample RateHistory::average(const Level &level)
{
    HistorySample out = level.pending;
    if (level.pendingCount > 1) {
        const double n = level.pendingCount;
        out.uploadRate /= n;
        out.downloadRate /= n;
        out.connectedFraction /= n;
    }
    return out;
}

void RateHistory::flush(Level &level)
{
    if (level.pendingCount > 0)
        level.buffer.push(average(level));
    level.pendingCount = 0;
}

void RateHistory::add(const HistorySample &sample)
{
    for (Level &level : m_levels) {
        const qint64 bucketStart = sample.timestampMs - (sample.timestampMs % level.bucketMs);
        if (level.pendingCount > 0 && bucketStart != level.pending.timestampMs)
            flush(level);
        if (level.pendingCount == 0) {
            level.pending = sample;
            level.pending.timestampMs = bucketStart;
        } else {
            level.pending.uploadRate += sample.uploadRate;
            level.pending.downloadRate += sample.downloadRate;
            level.pending.connectedFraction += sample.connectedFraction;
            // Byte counters are levels, not flows: the bucket shows where they ended.
            level.pending.uploadTransferred = sample.uploadTransferred;
            level.pending.uploadTransferable = sample.uploadTransferable;
            level.pending.downloadTransferred = sample.downloadTransferred;
            level.pending.downloadTransferable = sample.downloadTransferable;
        }
        ++level.pendingCount;
    }
}

QList<HistorySample> RateHistory::samples(TimeRange range, qint64 nowMs) const
{
    const qint64 spanMs = std::chrono::milliseconds(timeRangeDuration(range)).count();
    // The finest level whose buffer spans the range.
    const Level *chosen = &m_levels.back();
    for (const Level &level : m_levels) {
        if (level.bucketMs * level.buffer.capacity() >= spanMs) {
            chosen = &level;
            break;
        }
    }
    const qint64 from = nowMs - spanMs;
    QList<HistorySample> out;
    for (qsizetype i = 0; i < chosen->buffer.size(); ++i) {
        const HistorySample &s = chosen->buffer.at(i);
        if (s.timestampMs >= from)
            out.append(s);
    }
    if (chosen->pendingCount > 0 && chosen->pending.timestampMs >= from)
        out.append(average(*chosen));
    if (out.size() > kMaxPointsPerRange)
        out.remove(0, out.size() - kMaxPointsPerRange);
    return out;
}

QList<HistorySample> RateHistory::sum(const QList<QList<HistorySample>> &series)
{
    QMap<qint64, HistorySample> byTime;
    for (const QList<HistorySample> &one : series) {
        for (const HistorySample &s : one) {
            auto it = byTime.find(s.timestampMs);
            if (it == byTime.end()) {
                byTime.insert(s.timestampMs, s);
                continue;
            }
            it->uploadRate += s.uploadRate;
            it->downloadRate += s.downloadRate;
            it->uploadTransferred += s.uploadTransferred;
            it->uploadTransferable += s.uploadTransferable;
            it->downloadTransferred += s.downloadTransferred;
            it->downloadTransferable += s.downloadTransferable;
            it->connectedFraction = qMin(it->connectedFraction, s.connectedFraction);
        }
    }
    return byTime.values();
}

} // namespace syncscope::monitor
