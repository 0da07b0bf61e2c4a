#pragma once

#include <QString>
#include <QtGlobal>

#include <chrono>
#include <optional>

namespace syncscope::monitor {

// Time left for one direction of a session: bytes outstanding over the transfer rate, smoothed
// over about ten seconds so the estimate does not jump with every changeset that arrives in a
// lump. Unknown (nullopt) while nothing is in progress, while disconnected, before a rate is
// known, when nothing moved for a while, or when it would be more than a week.
class EtaEstimator final
{
public:
    // Once a sample (a second): the SDK's counters for the direction now.
    void add(qint64 nowMs, quint64 transferred, quint64 transferable, bool connected);

    bool inProgress() const { return m_outstanding > 0; }
    double smoothedRate() const { return m_rate; } // bytes per second
    std::optional<std::chrono::seconds> remaining() const;

    static constexpr double kSmoothingSeconds = 10;

private:
    qint64 m_lastMs = 0;
    quint64 m_lastTransferred = 0;
    quint64 m_outstanding = 0;
    double m_rate = 0;
    bool m_connected = false;
    bool m_rateKnown = false;
};

// "3 min", "—" for a transfer in progress without an estimate, empty when nothing is.
QString etaText(const std::optional<std::chrono::seconds> &remaining, bool inProgress);

} // namespace syncscope::monitor
