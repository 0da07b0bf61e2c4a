#include "monitor/ratehistory.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QIODevice>
#include <QMap>

#include <cmath>

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

namespace syncscope::monitor {

namespace {

constexpr quint32 kHistoryMagic = 0x53534848; // "SSHH"
constexpr quint32 kHistoryVersion = 1;

void writeSample(QDataStream &out, const HistorySample &s)
{
    out << s.timestampMs << s.uploadRate << s.downloadRate << s.uploadTransferred
        << s.uploadTransferable << s.downloadTransferred << s.downloadTransferable
        << s.connectedFraction;
}

// `maxFraction`: a bucket still being filled holds the sum of its samples' connected shares.
bool readSample(QDataStream &in, HistorySample *s, double maxFraction = 1)
{
    in >> s->timestampMs >> s->uploadRate >> s->downloadRate >> s->uploadTransferred >>
        s->uploadTransferable >> s->downloadTransferred >> s->downloadTransferable >>
        s->connectedFraction;
    if (in.status() != QDataStream::Ok)
        return false;
    for (double v : {s->uploadRate, s->downloadRate, s->uploadTransferred, s->uploadTransferable,
                     s->downloadTransferred, s->downloadTransferable}) {
        if (!std::isfinite(v) || v < 0)
            return false;
    }
    return std::isfinite(s->connectedFraction) && s->connectedFraction >= 0 &&
           s->connectedFraction <= maxFraction && s->timestampMs >= 0;
}

} // namespace

QByteArray RateHistory::serialize() const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << kHistoryMagic << kHistoryVersion << quint32(m_levels.size());
    for (const Level &level : m_levels) {
        out << level.bucketMs << quint32(level.buffer.size());
        for (qsizetype i = 0; i < level.buffer.size(); ++i)
            writeSample(out, level.buffer.at(i));
        out << qint32(level.pendingCount);
        if (level.pendingCount > 0)
            writeSample(out, level.pending);
    }
    return bytes;
}

bool RateHistory::restore(const QByteArray &bytes, QString *error)
{
    QDataStream in(bytes);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    quint32 version = 0;
    quint32 levels = 0;
    in >> magic >> version >> levels;
    if (in.status() != QDataStream::Ok || magic != kHistoryMagic) {
        *error = QCoreApplication::translate("RateHistory", "not a chart history file");
        return false;
    }
    if (version != kHistoryVersion || levels != quint32(m_levels.size())) {
        *error = QCoreApplication::translate("RateHistory", "written by another version");
        return false;
    }
    auto damaged = [error] {
        *error = QCoreApplication::translate("RateHistory", "the file is damaged");
        return false;
    };
    std::array<Level, 4> restored = m_levels;
    for (Level &level : restored) {
        level.buffer.clear();
        qint64 bucketMs = 0;
        quint32 count = 0;
        in >> bucketMs >> count;
        // The count comes from a file: checked against the ring's capacity before any use.
        if (in.status() != QDataStream::Ok || bucketMs != level.bucketMs ||
            count > quint32(level.buffer.capacity()))
            return damaged();
        qint64 previous = -1;
        for (quint32 i = 0; i < count; ++i) {
            HistorySample s;
            if (!readSample(in, &s) || s.timestampMs < previous)
                return damaged();
            previous = s.timestampMs;
            level.buffer.push(s);
        }
        qint32 pending = 0;
        in >> pending;
        if (in.status() != QDataStream::Ok || pending < 0 || pending > 1'000'000)
            return damaged();
        level.pendingCount = pending;
        if (pending > 0 &&
            (!readSample(in, &level.pending, pending) || level.pending.timestampMs < previous))
            return damaged();
    }
    if (!in.atEnd())
        return damaged();
    m_levels = std::move(restored);
    return true;
}

qint64 RateHistory::newestTimestamp() const
{
    const Level &finest = m_levels.front();
    if (finest.pendingCount > 0)
        return finest.pending.timestampMs;
    return finest.buffer.isEmpty() ? 0 : finest.buffer.last().timestampMs;
}

void RateHistory::markGapUntil(qint64 nowMs)
{
    const qint64 newest = newestTimestamp();
    constexpr qint64 kSampleMs = 1000;
    if (newest == 0 || nowMs - newest < 3 * kSampleMs)
        return;
    const Level &finest = m_levels.front();
    // The byte counters stay where they were; nothing moved and nothing was connected.
    HistorySample gap = finest.pendingCount > 0 ? average(finest) : finest.buffer.last();
    gap.uploadRate = 0;
    gap.downloadRate = 0;
    gap.connectedFraction = 0;
    gap.timestampMs = newest + kSampleMs;
    add(gap);
    gap.timestampMs = nowMs - kSampleMs;
    add(gap);
}

} // namespace syncscope::monitor
