#pragma once

#include <syncscope/errors.h>

#include <QRandomGenerator>

#include <chrono>

namespace syncscope::detail {

// Why a connection attempt or connection failed; a different reason restarts the back-off.
enum class FailureReason {
    ConnectFailed,
    ConnectTimeout,
    ConnectionLost,
    PongTimeout,
    ServerError,
    ConnectionRefused,
    HostNotFound,
    TlsFailed,
    HandshakeRejected,
    ClosedByServer,
};

// The back-off sequence a client-detected failure belongs to.
FailureReason failureReasonFor(ClientErrorCode code);

// Realm's ErrorBackoffState: the first failure waits the minimum delay, every further failure
// of the same reason doubles it up to the maximum. Each returned delay is reduced by a random
// 0–25 % so that many clients cut off together do not reconnect in lockstep. reset() after a
// successful connection.
class ReconnectBackoff final
{
public:
    ReconnectBackoff(std::chrono::milliseconds minimum, std::chrono::milliseconds maximum,
                     QRandomGenerator *random = QRandomGenerator::global());

    // Records a failure and returns how long to wait before the next attempt.
    std::chrono::milliseconds nextDelay(FailureReason reason);
    void reset();

    // The un-jittered delay the last nextDelay() was derived from (0 before any failure).
    std::chrono::milliseconds baseDelay() const { return m_base; }

private:
    std::chrono::milliseconds m_minimum;
    std::chrono::milliseconds m_maximum;
    QRandomGenerator *m_random;
    std::chrono::milliseconds m_base{0};
    FailureReason m_reason = FailureReason::ConnectFailed;
    bool m_failing = false;
};

} // namespace syncscope::detail
