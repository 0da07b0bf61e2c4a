#include "monitor/manualsessionsource.h"

namespace syncscope::monitor {

ManualSessionSource::ManualSessionSource(const SessionFacts &initial, QObject *parent)
    : SessionSource(parent)
{
    publish(initial);
}

void ManualSessionSource::setState(StateBadge state)
{
    SessionFacts next = facts();
    next.state = state;
    publish(next);
}

void ManualSessionSource::setConnection(ConnectionBadge connection)
{
    SessionFacts next = facts();
    next.connection = connection;
    next.connectionSince = QDateTime::currentDateTime();
    if (connection == ConnectionBadge::Connected)
        next.disconnectedSince = {};
    else if (!next.disconnectedSince.isValid())
        next.disconnectedSince = next.connectionSince;
    publish(next);
}

void ManualSessionSource::setProgress(ProgressDirection direction, quint64 transferred,
                                      quint64 transferable)
{
    reportProgress(direction, DirectionProgress{transferred, transferable, true});
}

void ManualSessionSource::setError(int code, const QString &message, bool fatal)
{
    reportError(SessionError{code, message, fatal, SessionError::Origin::Session,
                             QDateTime::currentDateTime()});
}

void ManualSessionSource::refuse(SessionCommand command, const QString &why)
{
    m_refusals.at(std::size_t(command)) = why;
}

CommandSupport ManualSessionSource::supports(SessionCommand command) const
{
    const QString &why = m_refusals.at(std::size_t(command));
    if (!why.isEmpty())
        return CommandSupport::no(why);
    return usualSupport(command);
}

void ManualSessionSource::applyPause(SessionFacts next)
{
    if (next.state != StateBadge::Invalid && next.state != StateBadge::Inactive) {
        next.state = next.pause.any() ? StateBadge::Paused : StateBadge::Active;
        if (next.pause.any())
            next.connection = ConnectionBadge::Disconnected;
    }
    publish(next);
}

void ManualSessionSource::pause(std::optional<std::chrono::seconds> duration)
{
    m_commands.append(duration ? SessionCommand::TimedPause : SessionCommand::Pause);
    SessionFacts next = facts();
    next.pause.byPerson = true;
    next.pause.since = QDateTime::currentDateTime();
    next.pause.until = duration ? next.pause.since.addSecs(duration->count()) : QDateTime();
    applyPause(next);
}

void ManualSessionSource::resume()
{
    m_commands.append(SessionCommand::Resume);
    SessionFacts next = facts();
    next.pause.byPerson = false;
    next.pause.since = {};
    next.pause.until = {};
    applyPause(next);
}

void ManualSessionSource::reconnect()
{
    m_commands.append(SessionCommand::Reconnect);
    setConnection(ConnectionBadge::Connecting);
}

void ManualSessionSource::setHeldByMonitor(bool held)
{
    m_commands.append(SessionCommand::HoldByMonitor);
    SessionFacts next = facts();
    next.pause.byMonitor = held;
    applyPause(next);
}

} // namespace syncscope::monitor

namespace syncscope::monitor {

void ManualSessionSource::logIn()
{
    m_commands.append(SessionCommand::LogIn);
    SessionFacts next = facts();
    next.userLoggedOut = false;
    if (next.state == StateBadge::Inactive)
        next.state = next.pause.any() ? StateBadge::Paused : StateBadge::Active;
    publish(next);
}

} // namespace syncscope::monitor
