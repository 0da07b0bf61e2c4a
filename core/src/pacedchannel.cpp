#include "pacedchannel.h"

#include <algorithm>

namespace syncscope::detail {

PacedChannel::PacedChannel(std::function<void(const QByteArray &)> deliver, QObject *parent)
    : QObject(parent)
    , m_deliver(std::move(deliver))
{
    m_clock.start();
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &PacedChannel::deliverDue);
}

void PacedChannel::setLimits(quint64 bytesPerSecond, std::chrono::milliseconds latency)
{
    m_bytesPerSecond = bytesPerSecond;
    m_latencyNs = std::max<qint64>(0, latency.count()) * 1'000'000;
}

void PacedChannel::push(const QByteArray &bytes)
{
    const qint64 now = m_clock.nsecsElapsed();
    const qint64 start = std::max(now, m_busyUntilNs);
    const qint64 transmitNs =
        m_bytesPerSecond == 0
            ? 0
            : qint64((long double)bytes.size() * 1e9L / (long double)m_bytesPerSecond);
    m_busyUntilNs = start + transmitNs;
    // In order even when the latency was lowered meanwhile.
    m_lastDueNs = std::max(m_lastDueNs, m_busyUntilNs + m_latencyNs);
    m_queue.push_back({bytes, m_lastDueNs});
    if (m_queue.size() == 1)
        arm();
}

void PacedChannel::clear()
{
    m_queue.clear();
    m_timer.stop();
    m_busyUntilNs = 0;
    m_lastDueNs = 0;
}

void PacedChannel::arm()
{
    if (m_queue.empty()) {
        m_timer.stop();
        return;
    }
    const qint64 waitNs = m_queue.front().dueNs - m_clock.nsecsElapsed();
    // Round up: a message is never delivered before its time.
    m_timer.start(std::chrono::milliseconds(std::max<qint64>(0, (waitNs + 999'999) / 1'000'000)));
}

void PacedChannel::deliverDue()
{
    // Delivery may clear() the channel or delete its owner's socket: take each item out first.
    while (!m_queue.empty() && m_queue.front().dueNs <= m_clock.nsecsElapsed()) {
        const QByteArray bytes = std::move(m_queue.front().bytes);
        m_queue.pop_front();
        m_deliver(bytes);
    }
    arm();
}

} // namespace syncscope::detail
