#include "monitor/etaestimator.h"

#include "monitor/sessionstatus.h"

#include <cmath>

namespace syncscope::monitor {

void EtaEstimator::add(qint64 nowMs, quint64 transferred, quint64 transferable, bool connected)
{
    m_outstanding = transferable > transferred ? transferable - transferred : 0;
    m_connected = connected;
    if (!connected || m_lastMs == 0 || nowMs <= m_lastMs || transferred < m_lastTransferred) {
        // A new start: a reconnect or a counter that went back (a new local file) begins a
        // new measurement instead of averaging across the gap.
        if (!connected)
            m_rateKnown = false;
        if (!connected || transferred < m_lastTransferred)
            m_rate = 0;
        m_lastMs = connected ? nowMs : 0;
        m_lastTransferred = transferred;
        return;
    }
    const double seconds = double(nowMs - m_lastMs) / 1000.0;
    const double raw = double(transferred - m_lastTransferred) / seconds;
    const double weight = 1 - std::exp(-seconds / kSmoothingSeconds);
    m_rate = m_rateKnown ? m_rate + weight * (raw - m_rate) : raw;
    m_rateKnown = true;
    m_lastMs = nowMs;
    m_lastTransferred = transferred;
}

std::optional<std::chrono::seconds> EtaEstimator::remaining() const
{
    constexpr double kMinimumRate = 1;         // bytes per second
    constexpr double kLongest = 7 * 24 * 3600; // seconds: beyond this it is no estimate
    if (!m_connected || m_outstanding == 0 || !m_rateKnown || m_rate < kMinimumRate)
        return std::nullopt;
    const double seconds = std::ceil(double(m_outstanding) / m_rate);
    if (seconds > kLongest)
        return std::nullopt;
    return std::chrono::seconds(qint64(seconds));
}

QString etaText(const std::optional<std::chrono::seconds> &remaining, bool inProgress)
{
    if (!inProgress)
        return {};
    if (!remaining)
        return QStringLiteral("—"); // a symbol, the same in every language
    return formatDuration(remaining->count());
}

} // namespace syncscope::monitor
