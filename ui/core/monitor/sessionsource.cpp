#include "monitor/sessionsource.h"

namespace syncscope::monitor {

SessionSource::SessionSource(QObject *parent)
    : QObject(parent)
{}

SessionSource::~SessionSource() = default;

CommandSupport SessionSource::supports(SessionCommand) const
{
    return CommandSupport::no(tr("This session does not accept commands from the monitor."));
}

CommandSupport SessionSource::usualSupport(SessionCommand command) const
{
    if (m_facts.state == StateBadge::Invalid)
        return CommandSupport::no(tr("The session is Invalid: it takes no more commands."));
    switch (command) {
    case SessionCommand::Pause:
        return m_facts.pause.byPerson ? CommandSupport::no(tr("Already paused by you."))
                                      : CommandSupport::yes();
    case SessionCommand::Resume:
        return m_facts.pause.byPerson ? CommandSupport::yes()
                                      : CommandSupport::no(tr("Not paused by you."));
    case SessionCommand::Reconnect:
        if (m_facts.state == StateBadge::Active && m_facts.connection != ConnectionBadge::Connected)
            return CommandSupport::yes();
        return CommandSupport::no(tr("Only an active session that is not connected reconnects."));
    case SessionCommand::LogIn:
        return m_facts.userLoggedOut ? CommandSupport::yes()
                                     : CommandSupport::no(tr("Its user is logged in."));
    case SessionCommand::TimedPause:
    case SessionCommand::HoldByMonitor:
        return CommandSupport::yes();
    }
    return CommandSupport::no({});
}

void SessionSource::pause(std::optional<std::chrono::seconds>) {}

void SessionSource::resume() {}

void SessionSource::reconnect() {}

void SessionSource::setHeldByMonitor(bool) {}

void SessionSource::logIn() {}

void SessionSource::publish(const SessionFacts &facts)
{
    if (facts == m_facts)
        return;
    const SessionFacts previous = std::exchange(m_facts, facts);
    if (facts.state != previous.state) {
        if (m_observer)
            m_observer->sourceStateChanged(facts.state);
        Q_EMIT stateChanged(facts.state, previous.state);
    }
    if (facts.connection != previous.connection) {
        if (m_observer)
            m_observer->sourceConnectionChanged(facts.connection);
        Q_EMIT connectionChanged(facts.connection, previous.connection);
    }
    if (facts.lastError != previous.lastError && !facts.lastError.isEmpty()) {
        if (m_observer)
            m_observer->sourceErrorOccurred(facts.lastError);
        Q_EMIT errorOccurred(facts.lastError);
    }
    for (const ProgressDirection direction :
         {ProgressDirection::Upload, ProgressDirection::Download}) {
        if (facts.progress(direction) != previous.progress(direction)) {
            if (m_observer)
                m_observer->sourceProgressReported(direction, facts.progress(direction));
            Q_EMIT progressReported(direction, facts.progress(direction));
        }
    }
    if (m_observer)
        m_observer->sourceChanged();
    Q_EMIT changed();
}

void SessionSource::reportProgress(ProgressDirection direction, const DirectionProgress &progress)
{
    (direction == ProgressDirection::Upload ? m_facts.upload : m_facts.download) = progress;
    if (m_observer)
        m_observer->sourceProgressReported(direction, progress);
    Q_EMIT progressReported(direction, progress);
    if (m_observer)
        m_observer->sourceChanged();
    Q_EMIT changed();
}

void SessionSource::reportError(const SessionError &error)
{
    m_facts.lastError = error;
    if (m_observer)
        m_observer->sourceErrorOccurred(error);
    Q_EMIT errorOccurred(error);
    if (m_observer)
        m_observer->sourceChanged();
    Q_EMIT changed();
}

void SessionSource::note(EventKind kind, const QString &message)
{
    if (m_observer)
        m_observer->sourceNoted(kind, message);
    Q_EMIT noted(kind, message);
}

} // namespace syncscope::monitor
