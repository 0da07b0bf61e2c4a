#include <syncscope/errors.h>

namespace syncscope {

SyncError::SyncError(int code, const QString &message, bool fatal)
    : m_code(code)
    , m_message(message)
    , m_fatal(fatal)
    , m_what(message.toUtf8())
{}

void SyncError::raise() const
{
    throw *this;
}

SyncError *SyncError::clone() const
{
    return new SyncError(*this);
}

const char *SyncError::what() const noexcept
{
    return m_what.constData();
}

TimeoutError::TimeoutError(const QString &message)
    : m_message(message)
    , m_what(message.toUtf8())
{}

void TimeoutError::raise() const
{
    throw *this;
}

TimeoutError *TimeoutError::clone() const
{
    return new TimeoutError(*this);
}

const char *TimeoutError::what() const noexcept
{
    return m_what.constData();
}

} // namespace syncscope
