#pragma once

#include "monitor/sessionsource.h"
#include "operator/operatorclient.h"

#include <QPointer>

namespace syncscope::monitor {

// What an operator can do to a session on a server (docs/operator.md, "Actions").
enum class OperatorAction {
    DisconnectConnection, // close the session's whole connection; the app reconnects
    SuspendSession,       // end the session, non-fatal: the app backs off and binds again
    EndSession,           // end the session, fatal: the app's session goes Invalid
    RefuseUser,           // end every session of the user and refuse its binds until a time
};

// A session bound on a syncscope-server the monitor is attached to, seen through the server's
// operator API (one OperatorClient per server, in AttachedServer). The facts say what the
// server knows: user, realm, bytes integrated and sent, its connection. The monitor's own
// commands (pause, reconnect, log in) are local to the app and refused with that reason; the
// operator actions go to the server instead. While the operator connection is down the facts
// are the last known ones, marked stale and shown as an outage.
class OperatorSessionSource final : public SessionSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OperatorSessionSource)

public:
    OperatorSessionSource(OperatorClient *client, const QString &serverLabel,
                          const OperatorSession &session, const QDateTime &connectionSince,
                          QObject *parent = nullptr);

    qint64 connectionId() const { return m_connection; }
    qint64 sessionId() const { return m_id; }
    // The server's latest figures of the session, as the operator client holds them; only the
    // ids and user once the client is gone or no longer lists it.
    OperatorSession remote() const;
    bool isStale() const { return facts().stale; }

    // The server sent new figures of this session (or of its connection).
    void update(const OperatorSession &session, const QDateTime &connectionSince);
    // The operator connection is down since `since`; the next attempt is at `nextAttempt`.
    void markStale(const QDateTime &since, const QDateTime &nextAttempt, const QString &why);

    CommandSupport supports(SessionCommand command) const override;
    bool savedInWorkspace() const override { return false; }
    bool keepsHistoryFromStart() const override { return false; }
    // A server session's name and realm are fixed by its ids.
    bool describedByFacts() const override { return true; }

    CommandSupport supportsOperatorAction(OperatorAction action) const;
    // Sends the action to the server; the effect shows as new facts (or the row going away).
    // `until` is for RefuseUser only.
    void act(OperatorAction action, const QString &reason, const QDateTime &until = {});

    static SessionFacts factsOf(const OperatorSession &session, const QString &serverLabel);

private:
    // The server's label is the facts' `server` (factsOf()): not kept twice.
    const QString &serverLabel() const { return facts().server; }
    void apply(const OperatorSession &session, const QDateTime &connectionSince,
               const QString &label);

    QPointer<OperatorClient> m_client;
    // Not a copy of the OperatorSession: the client holds one already (remote()), and a row
    // of an attached server must stay small.
    const qint64 m_connection;
    const qint64 m_id;
};

} // namespace syncscope::monitor
