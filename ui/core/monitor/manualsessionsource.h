#pragma once

#include "monitor/sessionsource.h"

#include <QList>

#include <array>

namespace syncscope::monitor {

// A session whose facts its owner sets: the model tests drive every model with it, and the
// bench feeds the window synthetic rows with it, without a server. Commands change the facts
// the way a real session would report (pause → Paused and disconnected, resume → Active,
// reconnect → Connecting) and are remembered in commands(); each one can be refused with a
// reason, as a read-only remote source would.
class ManualSessionSource final : public SessionSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ManualSessionSource)

public:
    explicit ManualSessionSource(const SessionFacts &initial = {}, QObject *parent = nullptr);

    void setFacts(const SessionFacts &facts) { publish(facts); }
    void setState(StateBadge state);
    void setConnection(ConnectionBadge connection);
    void setProgress(ProgressDirection direction, quint64 transferred, quint64 transferable);
    void setError(int code, const QString &message, bool fatal);
    // Emits changed() without a change, as a source that re-sends the same facts does.
    void touch() { Q_EMIT changed(); }

    // An empty reason accepts the command again.
    void refuse(SessionCommand command, const QString &why);

    CommandSupport supports(SessionCommand command) const override;
    void pause(std::optional<std::chrono::seconds> duration) override;
    void resume() override;
    void reconnect() override;
    void setHeldByMonitor(bool held) override;
    void logIn() override;

    QList<SessionCommand> commands() const { return m_commands; }

private:
    void applyPause(SessionFacts next);

    std::array<QString, kSessionCommandCount> m_refusals; // by SessionCommand
    QList<SessionCommand> m_commands;
};

} // namespace syncscope::monitor
