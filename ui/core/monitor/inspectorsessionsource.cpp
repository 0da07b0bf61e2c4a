#include "monitor/inspectorsessionsource.h"

using namespace Qt::StringLiterals;

namespace syncscope::monitor {

namespace {

StateBadge badgeOf(SessionState state, bool paused)
{
    switch (state) {
    case SessionState::Active:
        return StateBadge::Active;
    case SessionState::Invalid:
        return StateBadge::Invalid;
    case SessionState::Inactive:
        break;
    }
    return paused ? StateBadge::Paused : StateBadge::Inactive;
}

ConnectionBadge badgeOf(ConnectionState state)
{
    switch (state) {
    case ConnectionState::Connected:
        return ConnectionBadge::Connected;
    case ConnectionState::Connecting:
        return ConnectionBadge::Connecting;
    case ConnectionState::Disconnected:
        break;
    }
    return ConnectionBadge::Disconnected;
}

} // namespace

InspectorSessionSource::InspectorSessionSource(InspectorClient *client,
                                               const InspectedSession &session,
                                               const QString &processName, QObject *parent)
    : SessionSource(parent)
    , m_client(client)
    , m_id(session.id)
    , m_pid(client->process().pid)
    , m_processName(processName)
{
    update(session);
    // The progress at the attach, once the monitor listens (it connects after this
    // constructor, so what update() reported went nowhere): the first point of the charts and
    // of an exported log, as a local session's first SDK callback is.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_gone)
                return;
            reportProgress(ProgressDirection::Upload, facts().upload);
            reportProgress(ProgressDirection::Download, facts().download);
        },
        Qt::QueuedConnection);
}

SessionFacts InspectorSessionSource::factsOf(const InspectedSession &session,
                                             const QString &processName)
{
    SessionFacts facts;
    // Grouped by process in the list: the name starts with the process.
    facts.name = u"%1: %2 %3"_s.arg(processName, session.userId, session.realmPath);
    facts.realmPath = session.realmPath;
    facts.userId = session.userId;
    facts.serverUrl = session.serverUrl;
    facts.server = u"%1:%2"_s.arg(session.serverUrl.host()).arg(session.serverUrl.port());
    facts.localPath = session.localPath;
    facts.additionalServerUrls = session.additionalServerUrls;
    facts.currentServerUrl = session.currentServerUrl;
    facts.state = badgeOf(session.state, session.paused);
    facts.connection = badgeOf(session.connectionState);
    facts.upload = {session.uploaded, session.uploadable, true};
    facts.download = {session.downloaded, session.downloadable, true};
    if (session.lastError.code() != 0 || !session.lastError.message().isEmpty()) {
        facts.lastError.code = session.lastError.code();
        facts.lastError.message = session.lastError.message();
        facts.lastError.fatal = session.lastError.isFatal();
    } else if (session.connectionState != ConnectionState::Connected &&
               session.lastConnectionError.code() != 0) {
        // As for local sessions: a connection failure counts only until the connection is back.
        facts.lastError.code = session.lastConnectionError.code();
        facts.lastError.message = session.lastConnectionError.message();
        facts.lastError.origin = SessionError::Origin::Connection;
    }
    facts.nextAttempt = session.nextConnectionAttempt;
    facts.disconnectedSince = session.disconnectedSince;
    // As for local sessions: only while connected (the app's SDK forgets it on a disconnect).
    if (session.connectionState == ConnectionState::Connected)
        facts.pingRoundTrip = session.pingRoundTrip;
    facts.pause.byPerson = session.paused;
    return facts;
}

void InspectorSessionSource::update(const InspectedSession &session)
{
    if (m_gone)
        return;
    SessionFacts next = factsOf(session, m_processName);
    next.connectionSince =
        next.connection == facts().connection && facts().connectionSince.isValid()
            ? facts().connectionSince
            : QDateTime::currentDateTimeUtc();
    if (next.pause.byPerson) {
        next.pause.since =
            facts().pause.byPerson ? facts().pause.since : QDateTime::currentDateTimeUtc();
        next.pause.until = m_pauseUntil;
    } else {
        m_pauseUntil = {};
    }
    if (next.lastError.code == facts().lastError.code &&
        next.lastError.message == facts().lastError.message)
        next.lastError.time = facts().lastError.time;
    else if (!next.lastError.isEmpty())
        next.lastError.time = QDateTime::currentDateTimeUtc();
    const bool newError = !next.lastError.isEmpty() && next.lastError != facts().lastError;
    const SessionError error = next.lastError;
    const bool progressMoved = next.upload != facts().upload || next.download != facts().download;
    if (!(session.networkConditions == m_network)) {
        m_network = session.networkConditions;
        note(EventKind::Connection,
             m_network.isUnchanged()
                 ? tr("Network conditions back to normal")
                 : tr("Simulated network: up %1 B/s, down %2 B/s, latency %3 ms%4")
                       .arg(m_network.uploadBytesPerSecond)
                       .arg(m_network.downloadBytesPerSecond)
                       .arg(m_network.addedLatency.count())
                       .arg(m_network.offline ? tr(", offline") : QString()));
    }
    next.lastError = facts().lastError;
    publish(next);
    if (progressMoved) {
        reportProgress(ProgressDirection::Upload, next.upload);
        reportProgress(ProgressDirection::Download, next.download);
    }
    if (newError)
        reportError(error);
}

void InspectorSessionSource::markGone()
{
    if (m_gone)
        return;
    m_gone = true;
    SessionFacts next = facts();
    next.connection = ConnectionBadge::Disconnected;
    next.connectionSince = QDateTime::currentDateTimeUtc();
    next.nextAttempt = {};
    next.pause = {};
    if (next.state != StateBadge::Invalid)
        next.state = StateBadge::Inactive;
    publish(next);
}

CommandSupport InspectorSessionSource::supports(SessionCommand command) const
{
    if (m_gone || !m_client || !m_client->isAttached())
        return CommandSupport::no(tr("The process %1 is gone.").arg(m_pid));
    if (command == SessionCommand::HoldByMonitor)
        return CommandSupport::no(
            tr("Pause all holds only the monitor's own sessions, not those of another process."));
    if (facts().state == StateBadge::Invalid)
        return usualSupport(command);
    switch (command) {
    case SessionCommand::Pause:
    case SessionCommand::TimedPause:
        return facts().pause.byPerson ? CommandSupport::no(tr("Already paused."))
                                      : CommandSupport::yes();
    case SessionCommand::Resume:
        return facts().pause.byPerson ? CommandSupport::yes()
                                      : CommandSupport::no(tr("Not paused."));
    default:
        return usualSupport(command);
    }
}

CommandSupport InspectorSessionSource::supportsNetworkConditions() const
{
    if (m_gone || !m_client || !m_client->isAttached())
        return CommandSupport::no(tr("The process %1 is gone.").arg(m_pid));
    return CommandSupport::yes();
}

void InspectorSessionSource::pause(std::optional<std::chrono::seconds> duration)
{
    if (!supports(duration ? SessionCommand::TimedPause : SessionCommand::Pause).available)
        return;
    if (duration) {
        m_pauseUntil = QDateTime::currentDateTimeUtc().addSecs(duration->count());
        m_client->pauseFor(m_id, *duration);
        note(EventKind::Pause,
             tr("Pause for %n s sent to the process", nullptr, int(duration->count())));
    } else {
        m_pauseUntil = {};
        m_client->pause(m_id);
        note(EventKind::Pause, tr("Pause sent to the process"));
    }
}

void InspectorSessionSource::resume()
{
    if (!supports(SessionCommand::Resume).available)
        return;
    m_client->resume(m_id);
    note(EventKind::Pause, tr("Resume sent to the process"));
}

void InspectorSessionSource::reconnect()
{
    if (!supports(SessionCommand::Reconnect).available)
        return;
    m_client->reconnect(m_id);
    note(EventKind::Connection, tr("Reconnect sent to the process"));
}

void InspectorSessionSource::setNetworkConditions(const NetworkConditions &conditions)
{
    if (!supportsNetworkConditions().available)
        return;
    m_client->setNetworkConditions(m_id, conditions);
}

} // namespace syncscope::monitor
