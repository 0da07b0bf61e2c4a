#pragma once

#include "monitor/eventlog.h"
#include "monitor/sessionfacts.h"

#include <QObject>
#include <QString>

#include <chrono>
#include <optional>

namespace syncscope::monitor {

// What the person (or the monitor) can ask a session to do.
enum class SessionCommand {
    Pause,         // until resumed
    TimedPause,    // "Pause for…": resumes by itself
    Resume,        // undoes the person's pause
    Reconnect,     // skip the wait before the next connection attempt
    HoldByMonitor, // "Pause all" / "Resume all"
    LogIn,         // log the session's user in again after a logout
};
inline constexpr int kSessionCommandCount = 6;

// Whether a command is accepted now, and if not, a translated sentence that says why.
struct CommandSupport
{
    bool available = false;
    QString whyNot;
    static CommandSupport yes() { return {true, {}}; }
    static CommandSupport no(const QString &why) { return {false, why}; }
};

class SessionSource;

// Who a source tells of its changes by a direct call rather than through its signals: the
// monitor's row (MonitoredSession). A signal connection costs about 150 bytes; six of them per
// row were a third of what a session of an attached server (10,000s of them) cost. Called before
// the signals are emitted, in the same order.
class SessionSourceObserver
{
public:
    virtual void sourceStateChanged(StateBadge state) = 0;
    virtual void sourceConnectionChanged(ConnectionBadge connection) = 0;
    virtual void sourceErrorOccurred(const SessionError &error) = 0;
    virtual void sourceProgressReported(ProgressDirection direction,
                                        const DirectionProgress &progress) = 0;
    virtual void sourceNoted(EventKind kind, const QString &message) = 0;
    virtual void sourceChanged() = 0;

protected:
    SessionSourceObserver() = default;
    ~SessionSourceObserver() = default;
    Q_DISABLE_COPY_MOVE(SessionSourceObserver)
};

// A session the monitor watches, wherever it lives: the local SDK (LocalSessionSource), another
// process (InspectorSessionSource), a server the monitor is attached to (OperatorSessionSource).
// The source pushes its facts with publish() (so a remote one only needs to turn messages into
// SessionFacts); the base class compares them with the previous ones and emits what changed.
// Commands are virtual calls that may complete later: their effect shows up as new facts, never
// as a return value, so a command that travels over a socket fits the same shape. Each command
// is optional; supports() says whether it is accepted now, and why not.
class SessionSource : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionSource)

public:
    explicit SessionSource(QObject *parent = nullptr);
    ~SessionSource() override;

    const SessionFacts &facts() const { return m_facts; }
    // At most one; it must outlive the source or be reset to null first.
    void setObserver(SessionSourceObserver *observer) { m_observer = observer; }

    // By default a source accepts no command: a read-only view of someone else's session.
    virtual CommandSupport supports(SessionCommand command) const;
    virtual void pause(std::optional<std::chrono::seconds> duration);
    virtual void resume();
    virtual void reconnect();
    virtual void setHeldByMonitor(bool held);
    virtual void logIn();
    // Whether Save workspace writes the row as a session entry. A session that lives elsewhere
    // (on a server the monitor is attached to) is not: the attachment is saved instead.
    virtual bool savedInWorkspace() const { return true; }
    // Whether the monitor keeps the row's chart history (RateHistory, up to about 115 KiB when
    // full) from the start. The sessions of an attached server — 10,000s of them — do not:
    // theirs starts when the row is selected (MonitoredSession::keepHistory()).
    virtual bool keepsHistoryFromStart() const { return true; }
    // Whether the source's facts hold all a row's definition would: a name and realm that never
    // change, no token, local file or traffic. The row then keeps no copy of its definition (160
    // bytes, for each of an attached server's 10,000s of rows) and rebuilds it from the facts.
    virtual bool describedByFacts() const { return false; }

Q_SIGNALS:
    // Any fact changed (after the more specific signals below).
    void changed();
    void stateChanged(syncscope::monitor::StateBadge state,
                      syncscope::monitor::StateBadge previous);
    void connectionChanged(syncscope::monitor::ConnectionBadge connection,
                           syncscope::monitor::ConnectionBadge previous);
    void errorOccurred(const syncscope::monitor::SessionError &error);
    // One progress report: emitted per report, also when the numbers did not move.
    void progressReported(syncscope::ProgressDirection direction,
                          const syncscope::monitor::DirectionProgress &progress);
    // Something worth a line in the event log that the facts alone do not tell (a command
    // taken, a timed pause ending, the session opened).
    void noted(syncscope::monitor::EventKind kind, const QString &message);

protected:
    // The rules every source that accepts commands shares, read from its facts: nothing for an
    // Invalid session, Pause unless the person paused it, Resume only then, Reconnect only an
    // active session that is not connected, LogIn only a session whose user logged out.
    CommandSupport usualSupport(SessionCommand command) const;
    // Replaces the facts and emits what changed.
    void publish(const SessionFacts &facts);
    // A progress report: updates the facts and emits progressReported() even if equal.
    void reportProgress(ProgressDirection direction, const DirectionProgress &progress);
    // An error, also one equal to the last (the same error can really happen twice).
    void reportError(const SessionError &error);
    // Emits noted() (after telling the observer).
    void note(EventKind kind, const QString &message);

private:
    SessionFacts m_facts;
    SessionSourceObserver *m_observer = nullptr;
};

} // namespace syncscope::monitor
