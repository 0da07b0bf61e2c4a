#pragma once

#include "monitor/ringbuffer.h"

#include <QList>
#include <QString>

#include <array>
#include <chrono>

namespace syncscope::monitor {

// One point of a session's history: the average over a bucket of time.
struct HistorySample
{
    qint64 timestampMs = 0;  // start of the bucket (ms since the epoch)
    double uploadRate = 0;   // bytes per second
    double downloadRate = 0; // bytes per second
    double uploadTransferred = 0;
    double uploadTransferable = 0;
    double downloadTransferred = 0;
    double downloadTransferable = 0;
    double connectedFraction = 1; // share of the bucket spent connected, 0..1
};

enum class TimeRange {
    OneMinute,
    FiveMinutes,
    ThirtyMinutes,
    ThreeHours,
    SixHours,
    TwelveHours,
    TwentyFourHours
};
inline constexpr std::array kAllTimeRanges{
    TimeRange::OneMinute, TimeRange::FiveMinutes, TimeRange::ThirtyMinutes,  TimeRange::ThreeHours,
    TimeRange::SixHours,  TimeRange::TwelveHours, TimeRange::TwentyFourHours};

std::chrono::seconds timeRangeDuration(TimeRange range);
QString timeRangeLabel(TimeRange range); // translated, e.g. "5 min"
QString timeRangeKey(TimeRange range);   // stable, for QSettings: "5m"
TimeRange timeRangeFromKey(const QString &key, TimeRange fallback);

// Averaging ring buffers at several resolutions (1 s, 6 s, 36 s, 144 s), as qBittorrent's speed
// graph does: any range from 1 min to 24 h is drawn from at most kMaxPointsPerRange points, and
// memory per session stays fixed (about 1,800 samples) however long the monitor runs.
class RateHistory final
{
public:
    static constexpr qsizetype kMaxPointsPerRange = 600;

    RateHistory();

    // Feed one raw sample (the monitor does so once a second). Samples must not go back in time.
    void add(const HistorySample &sample);

    // The points covering [nowMs - range, nowMs], oldest first, at most kMaxPointsPerRange,
    // including the bucket still being filled.
    QList<HistorySample> samples(TimeRange range, qint64 nowMs) const;

    // Point-wise sum of several sessions' series (aligned buckets): rates and bytes add up, the
    // connected share is the lowest (the aggregate counts as disconnected if any part is).
    static QList<HistorySample> sum(const QList<QList<HistorySample>> &series);

    // The whole history as bytes (HistoryStore keeps it across restarts of the monitor), and
    // back. restore() checks everything it reads — a damaged or foreign file is refused with a
    // reason and leaves the history as it was.
    QByteArray serialize() const;
    bool restore(const QByteArray &bytes, QString *error);
    // The monitor was not running from the newest sample until nowMs: the gap reads as not
    // connected with no traffic, instead of a line drawn straight across it.
    void markGapUntil(qint64 nowMs);
    qint64 newestTimestamp() const; // 0 when empty

private:
    struct Level
    {
        Level(qint64 bucketMs, qsizetype capacity)
            : bucketMs(bucketMs)
            , buffer(capacity)
        {}
        qint64 bucketMs;
        RingBuffer<HistorySample> buffer;
        HistorySample pending; // running sums of the current bucket
        int pendingCount = 0;
    };

    static HistorySample average(const Level &level);
    static void flush(Level &level);

    std::array<Level, 4> m_levels;
};

} // namespace syncscope::monitor
