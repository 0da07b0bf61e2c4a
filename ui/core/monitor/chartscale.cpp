#include "monitor/chartscale.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace syncscope::monitor {

namespace {

// The smallest of 1, 2, 5 × 10^n that is >= value.
double niceStep(double value)
{
    if (!(value > 0))
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (double factor : {1.0, 2.0, 5.0}) {
        if (value <= factor * magnitude * (1 + 1e-9))
            return factor * magnitude;
    }
    return 10 * magnitude;
}

// The unit as the session list spells it in the user's language ("MiB" in English, "Mio" in
// French), taken from the same QLocale::formattedDataSize so the axis and the list never
// disagree; bytes stay the short "B" (translated) where the list writes the word out.
QString unitName(int unit)
{
    if (unit == 0)
        return QCoreApplication::translate("ChartScale", "B");
    const QString one =
        QLocale().formattedDataSize(qint64(1) << (10 * unit), 0, QLocale::DataSizeIecFormat);
    qsizetype start = 0;
    while (start < one.size() && (one.at(start).isDigit() || one.at(start).isSpace()))
        ++start;
    return one.mid(start);
}

} // namespace

ValueAxisScale valueAxisScale(double maximumBytes, bool perSecond)
{
    const double maximum = std::isfinite(maximumBytes) ? qMax(0.0, maximumBytes) : 0.0;
    ValueAxisScale scale;
    int unit = 0;
    while (maximum / scale.divisor >= 1024 && unit < 4) {
        scale.divisor *= 1024;
        ++unit;
    }
    scale.unit = unitName(unit);
    if (perSecond)
        scale.unit = QCoreApplication::translate("ChartScale", "%1/s").arg(scale.unit);
    const double inUnit = maximum / scale.divisor;
    // About four intervals; a fraction of a byte is never a tick ("0.2 B/s").
    scale.step = niceStep(inUnit / 4);
    if (unit == 0)
        scale.step = qMax(1.0, scale.step);
    scale.top = qMax(scale.step, std::ceil(inUnit * 1.02 / scale.step - 1e-9) * scale.step);
    scale.decimals = scale.step >= 1 ? 0 : int(std::ceil(-std::log10(scale.step) - 1e-9));
    return scale;
}

OutlierClip clipOutliers(const QList<double> &values)
{
    QList<double> nonZero;
    nonZero.reserve(values.size());
    for (double v : values) {
        if (v > 0 && std::isfinite(v))
            nonZero.append(v);
    }
    OutlierClip clip;
    if (nonZero.isEmpty())
        return clip;
    std::sort(nonZero.begin(), nonZero.end());
    clip.peak = nonZero.constLast();
    // Too few points to call any of them unusual.
    constexpr qsizetype kMinimumPoints = 10;
    if (nonZero.size() < kMinimumPoints)
        return clip;
    // The 90th percentile: bursts that make up more than a tenth of the traffic are the traffic.
    const double typical = nonZero.at(qsizetype(std::floor(0.9 * double(nonZero.size() - 1))));
    constexpr double kOutlierFactor = 4;
    if (clip.peak <= kOutlierFactor * typical)
        return clip;
    clip.clipped = true;
    clip.limit = 2 * typical; // room above the typical values, so they are not drawn at the edge
    return clip;
}

TimeAxisScale timeAxisScale(std::chrono::seconds span, qint64 nowMs, TimeAxisMode mode)
{
    const qint64 spanS = qMax<qint64>(1, span.count());
    static constexpr qint64 kSteps[] = {15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 14400};
    qint64 step = kSteps[std::size(kSteps) - 1];
    for (qint64 candidate : kSteps) {
        if (spanS / candidate <= 6) {
            step = candidate;
            break;
        }
    }
    const qint64 stepMs = step * 1000;
    TimeAxisScale scale;
    if (mode == TimeAxisMode::Ago) {
        qint64 divisor = 1;
        scale.title = QCoreApplication::translate("ChartScale", "seconds ago");
        if (spanS > 3 * 3600) {
            divisor = 3600;
            scale.title = QCoreApplication::translate("ChartScale", "hours ago");
        } else if (spanS > 60) {
            divisor = 60;
            scale.title = QCoreApplication::translate("ChartScale", "minutes ago");
        }
        for (qint64 ago = (spanS / step) * step; ago >= 0; ago -= step)
            scale.ticks.append({nowMs - ago * 1000, QString::number(ago / divisor)});
        return scale;
    }
    scale.title = QCoreApplication::translate("ChartScale", "time of day");
    const qint64 from = nowMs - spanS * 1000;
    // Round in local time, so "12:00" is a tick in every time zone.
    const qint64 offsetMs = qint64(QDateTime::fromMSecsSinceEpoch(nowMs).offsetFromUtc()) * 1000;
    // Strictly after the left edge: over 24 h a tick on both edges would read "12:00" twice.
    qint64 tick = ((from + offsetMs) / stepMs + 1) * stepMs - offsetMs;
    const QString format = step < 60 ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm");
    for (; tick <= nowMs; tick += stepMs)
        scale.ticks.append({tick, QDateTime::fromMSecsSinceEpoch(tick).toString(format)});
    return scale;
}

qsizetype nearestSample(const QList<HistorySample> &samples, qint64 timestampMs)
{
    qsizetype best = -1;
    qint64 bestDistance = 0;
    for (qsizetype i = 0; i < samples.size(); ++i) {
        const qint64 distance = qAbs(samples.at(i).timestampMs - timestampMs);
        if (best < 0 || distance < bestDistance) {
            best = i;
            bestDistance = distance;
        }
    }
    return best;
}

} // namespace syncscope::monitor
