#include "operator/operatorsessionsource.h"

using namespace Qt::StringLiterals;

namespace syncscope::monitor {

namespace {

quint64 bytesBehind(const OperatorSession &session)
{
    if (session.versionsBehind <= 0)
        return 0;
    double mean = 0;
    if (session.downloadedChangesets > 0)
        mean = double(session.downloadedBytes) / double(session.downloadedChangesets);
    else if (session.uploadedChangesets > 0)
        mean = double(session.uploadedBytes) / double(session.uploadedChangesets);
    // Bounded: a peer's figures must not overflow the estimate.
    const double estimate = std::min(mean * double(session.versionsBehind), 1e15);
    return std::max<quint64>(1, quint64(estimate));
}

} // namespace

OperatorSessionSource::OperatorSessionSource(OperatorClient *client, const QString &serverLabel,
                                             const OperatorSession &session,
                                             const QDateTime &connectionSince, QObject *parent)
    : SessionSource(parent)
    , m_client(client)
    , m_connection(session.connection)
    , m_id(session.id)
{
    apply(session, connectionSince, serverLabel);
}

SessionFacts OperatorSessionSource::factsOf(const OperatorSession &session,
                                            const QString &serverLabel)
{
    SessionFacts facts;
    // Grouped by server in the list through the Server column (the operator API's host:port);
    // connection and session id tell apart two apps of one user on one realm.
    facts.name =
        u"%1 %2 #%3.%4"_s.arg(session.user, session.realm).arg(session.connection).arg(session.id);
    facts.realmPath = session.realm;
    facts.userId = session.user;
    facts.server = serverLabel;
    // A bound session is one the server is serving: Active and connected.
    facts.state = StateBadge::Active;
    facts.connection = ConnectionBadge::Connected;
    // The server counts the bytes it integrated and sent. What the app still holds is unknown to
    // it, so the upload reads as complete; what the app lacks is known in versions
    // (versionsBehind), turned into bytes at this session's mean changeset size so that the row
    // is not "Up to date" while it is behind.
    const auto uploaded = quint64(std::max<qint64>(0, session.uploadedBytes));
    const auto downloaded = quint64(std::max<qint64>(0, session.downloadedBytes));
    facts.upload = {uploaded, uploaded, true};
    facts.download = {downloaded, downloaded + bytesBehind(session), true};
    return facts;
}

void OperatorSessionSource::update(const OperatorSession &session, const QDateTime &connectionSince)
{
    apply(session, connectionSince, serverLabel());
}

void OperatorSessionSource::apply(const OperatorSession &session, const QDateTime &connectionSince,
                                  const QString &label)
{
    SessionFacts next = factsOf(session, label);
    // The row's name and the export label share the first copy of the name; an equal one built
    // anew from every delta would be a second string per row.
    if (next.name == facts().name)
        next.name = facts().name;
    next.connectionSince =
        connectionSince.isValid() ? connectionSince : QDateTime::currentDateTimeUtc();
    if (facts().stale)
        note(EventKind::Connection, tr("Seen on the server again"));
    // publish() reports each direction that moved, once: one progress record per direction
    // the server's figures moved in (10,000 sessions fill the recorder's ring fast enough).
    publish(next);
}

void OperatorSessionSource::markStale(const QDateTime &since, const QDateTime &nextAttempt,
                                      const QString &why)
{
    SessionFacts next = facts();
    if (!next.stale) {
        next.stale = true;
        next.disconnectedSince = since;
        next.connectionSince = since;
    }
    // As for a session's own outage: the monitor cannot reach it, so it shows disconnected,
    // with the operator connection's error and retry time. State and progress stay as last known.
    next.connection = ConnectionBadge::Disconnected;
    next.nextAttempt = nextAttempt;
    next.lastError.code = 0;
    next.lastError.message = tr("Operator connection to %1 lost: %2").arg(serverLabel(), why);
    next.lastError.origin = SessionError::Origin::Connection;
    next.lastError.fatal = false;
    next.lastError.time = QDateTime::currentDateTimeUtc();
    publish(next);
}

OperatorSession OperatorSessionSource::remote() const
{
    if (m_client) {
        const auto connection = m_client->connections().constFind(m_connection);
        if (connection != m_client->connections().cend()) {
            for (const OperatorSession &session : connection->sessions) {
                if (session.id == m_id)
                    return session;
            }
        }
    }
    OperatorSession known;
    known.connection = m_connection;
    known.id = m_id;
    known.realm = facts().realmPath;
    known.user = facts().userId;
    return known;
}

CommandSupport OperatorSessionSource::supports(SessionCommand command) const
{
    switch (command) {
    case SessionCommand::HoldByMonitor:
        return CommandSupport::no(
            tr("Pause all holds only the monitor's own sessions, not those on a server."));
    case SessionCommand::Pause:
    case SessionCommand::TimedPause:
    case SessionCommand::Resume:
        return CommandSupport::no(
            tr("Pausing happens in the app, which this monitor does not reach: it sees the "
               "session on %1. Use Operator > Suspend session instead.")
                .arg(serverLabel()));
    case SessionCommand::Reconnect:
        return CommandSupport::no(
            tr("Only the app can reconnect; it sees the session on %1. Disconnecting its "
               "connection (Operator menu) makes the app reconnect.")
                .arg(serverLabel()));
    case SessionCommand::LogIn:
        return CommandSupport::no(tr("The app logs its user in, not the monitor."));
    }
    return CommandSupport::no(QString());
}

CommandSupport OperatorSessionSource::supportsOperatorAction(OperatorAction action) const
{
    if (!m_client)
        return CommandSupport::no(
            tr("The monitor is no longer attached to %1.").arg(serverLabel()));
    if (facts().stale || m_client->status() != OperatorClient::Status::Attached)
        return CommandSupport::no(
            tr("The operator connection to %1 is down; the row shows the last known state.")
                .arg(serverLabel()));
    if (action == OperatorAction::RefuseUser && facts().userId.isEmpty())
        return CommandSupport::no(tr("The session has no user to refuse."));
    return CommandSupport::yes();
}

void OperatorSessionSource::act(OperatorAction action, const QString &reason,
                                const QDateTime &until)
{
    if (!supportsOperatorAction(action).available)
        return;
    switch (action) {
    case OperatorAction::DisconnectConnection:
        m_client->disconnectConnection(m_connection, reason);
        note(EventKind::Connection,
             tr("Operator: disconnect connection %1 sent to the server").arg(m_connection));
        break;
    case OperatorAction::SuspendSession:
    case OperatorAction::EndSession: {
        const bool fatal = action == OperatorAction::EndSession;
        m_client->endSession(m_connection, m_id, fatal, reason);
        note(EventKind::State, fatal ? tr("Operator: end session (fatal) sent to the server")
                                     : tr("Operator: suspend session sent to the server"));
        break;
    }
    case OperatorAction::RefuseUser:
        m_client->refuseUser(facts().userId, until);
        note(EventKind::State, tr("Operator: refuse user %1 until %2 sent to the server")
                                   .arg(facts().userId, until.toLocalTime().toString(Qt::ISODate)));
        break;
    }
}

} // namespace syncscope::monitor
