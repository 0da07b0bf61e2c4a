#include "reconnectbackoff.h"

#include <algorithm>

namespace syncscope::detail {

ReconnectBackoff::ReconnectBackoff(std::chrono::milliseconds minimum,
                                   std::chrono::milliseconds maximum, QRandomGenerator *random)
    : m_minimum(std::max(minimum, std::chrono::milliseconds(0)))
    , m_maximum(std::max(maximum, m_minimum))
    , m_random(random)
{}

std::chrono::milliseconds ReconnectBackoff::nextDelay(FailureReason reason)
{
    if (!m_failing || reason != m_reason)
        m_base = m_minimum;
    else
        m_base = std::min(m_base * 2, m_maximum);
    m_failing = true;
    m_reason = reason;
    const qint64 base = m_base.count();
    const qint64 jitter = base >= 4 ? qint64(m_random->bounded(quint64(base / 4) + 1)) : 0;
    return std::chrono::milliseconds(base - jitter);
}

FailureReason failureReasonFor(ClientErrorCode code)
{
    switch (code) {
    case ClientErrorCode::ConnectTimeout:
        return FailureReason::ConnectTimeout;
    case ClientErrorCode::PongTimeout:
        return FailureReason::PongTimeout;
    case ClientErrorCode::ConnectionLost:
        return FailureReason::ConnectionLost;
    case ClientErrorCode::ConnectionRefused:
        return FailureReason::ConnectionRefused;
    case ClientErrorCode::HostNotFound:
        return FailureReason::HostNotFound;
    case ClientErrorCode::TlsVerificationFailed:
    case ClientErrorCode::TlsHandshakeFailed:
        return FailureReason::TlsFailed;
    case ClientErrorCode::HandshakeRejected:
        return FailureReason::HandshakeRejected;
    case ClientErrorCode::ClosedByServer:
        return FailureReason::ClosedByServer;
    case ClientErrorCode::ConnectFailed:
    case ClientErrorCode::SubprotocolRejected:
    case ClientErrorCode::ProtocolViolation:
    case ClientErrorCode::SessionClosed:
    case ClientErrorCode::LocalFileError:
        return FailureReason::ConnectFailed;
    }
    return FailureReason::ConnectFailed;
}

void ReconnectBackoff::reset()
{
    m_failing = false;
    m_base = std::chrono::milliseconds(0);
}

} // namespace syncscope::detail
