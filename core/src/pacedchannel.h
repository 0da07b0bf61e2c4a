#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <deque>
#include <functional>

namespace syncscope::detail {

// One direction of a simulated slow link (SyncSession::setNetworkConditions): every message
// waits until the ones before it were "transmitted" at the configured rate, then for the added
// latency, and is delivered in order. Due times come from an ideal clock, not from when the
// timer fired, so a late timer does not slow the link down further.
class PacedChannel final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PacedChannel)

public:
    explicit PacedChannel(std::function<void(const QByteArray &)> deliver,
                          QObject *parent = nullptr);

    // 0 bytes per second: no limit.
    void setLimits(quint64 bytesPerSecond, std::chrono::milliseconds latency);
    void push(const QByteArray &bytes);
    void clear(); // the link went down: what was in flight is lost
    qsizetype queuedCount() const { return qsizetype(m_queue.size()); }

private:
    void deliverDue();
    void arm();

    struct Item
    {
        QByteArray bytes;
        qint64 dueNs;
    };
    std::function<void(const QByteArray &)> m_deliver;
    std::deque<Item> m_queue;
    QTimer m_timer;
    QElapsedTimer m_clock;
    quint64 m_bytesPerSecond = 0;
    qint64 m_latencyNs = 0;
    qint64 m_busyUntilNs = 0; // when the link finished "transmitting" the last message
    qint64 m_lastDueNs = 0;
};

} // namespace syncscope::detail
