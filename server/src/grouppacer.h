#pragma once

#include <syncscope/server/serverconfig.h>

#include <algorithm>
#include <chrono>

namespace syncscope::server {

// Decides how long the uploads queued for the next group commit wait before they are handed to
// the storage thread (GroupCommitPacing). Pure policy: the batcher tells it what it handed over
// and asks it with the clock's time, so the rule is tested without a clock.
class GroupPacer final
{
public:
    using Clock = std::chrono::steady_clock;

    explicit GroupPacer(GroupCommitPacing pacing)
        : m_pacing(pacing)
    {}

    // A group with uploads of `writers` distinct client files went to the storage thread.
    void handedOver(int writers, Clock::time_point when)
    {
        m_lastWriters = writers;
        m_lastHandover = when;
    }

    // How long to hold the queued uploads (of `queuedWriters` distinct client files) at `now`;
    // zero: hand them over now.
    Clock::duration wait(int queuedWriters, Clock::time_point now) const
    {
        if (m_pacing.spacing <= Clock::duration::zero() || m_lastWriters < m_pacing.busyWriters ||
            queuedWriters >= m_pacing.fullGroupWriters)
            return Clock::duration::zero();
        return std::max(Clock::duration::zero(), m_lastHandover + m_pacing.spacing - now);
    }

private:
    GroupCommitPacing m_pacing;
    int m_lastWriters = 0;
    Clock::time_point m_lastHandover;
};

} // namespace syncscope::server
