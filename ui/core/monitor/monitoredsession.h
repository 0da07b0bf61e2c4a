#pragma once

#include "monitor/etaestimator.h"
#include "monitor/eventlog.h"
#include "monitor/ratehistory.h"
#include "monitor/sessionfacts.h"
#include "monitor/sessionsource.h"
#include "monitor/statetable.h"
#include "workspace/workspace.h"

#include <syncscope/types.h>

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <chrono>
#include <memory>
#include <optional>

namespace syncscope::monitor {

class MonitoredSession;
class ProgressRecorder;

// Who a row tells of its changes by a direct call rather than through its signals: the
// SessionMonitor that owns it (no connection per row; see SessionSourceObserver). Called before
// the row's signals are emitted.
class MonitoredSessionObserver
{
public:
    virtual void rowChanged(MonitoredSession *row) = 0;
    virtual void rowStalled(MonitoredSession *row) = 0;
    virtual void rowInvalidated(MonitoredSession *row) = 0;

protected:
    MonitoredSessionObserver() = default;
    ~MonitoredSessionObserver() = default;
    Q_DISABLE_COPY_MOVE(MonitoredSessionObserver)
};

// One row of the monitor: a SessionSource (where the facts come from and where commands go)
// plus what the monitor derives from the facts over time, the same for every source — rates,
// the history for the charts, stall detection — and the event log and progress records it
// writes for the session.
class MonitoredSession final
    : public QObject
    , private SessionSourceObserver
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MonitoredSession)

public:
    // `definition` is what Save workspace writes for the row (a workspace entry, or the source's
    // own description of itself); it also says whether the session is expected to fail.
    MonitoredSession(int id, std::unique_ptr<SessionSource> source,
                     const SessionDefinition &definition, EventLog *log, ProgressRecorder *recorder,
                     MonitoredSessionObserver *observer = nullptr, QObject *parent = nullptr);
    ~MonitoredSession() override;

    int id() const { return m_id; }
    SessionSource *source() const { return m_source.get(); }
    const SessionFacts &facts() const { return m_source->facts(); }
    // What Save workspace writes for the row: the definition it was added with, or for a source
    // described by its facts (SessionSource::describedByFacts()) the same rebuilt from them.
    SessionDefinition definition() const;
    QString name() const { return facts().name; }
    QString realmPath() const { return facts().realmPath; }
    QString userId() const { return facts().userId; }
    QString serverText() const { return facts().server; } // host:port

    StateBadge stateBadge() const { return facts().state; }
    ConnectionBadge connectionBadge() const { return facts().connection; }
    DirectionProgress progress(ProgressDirection direction) const
    {
        return facts().progress(direction);
    }
    double uploadRate() const { return m_uploadRate; }
    double downloadRate() const { return m_downloadRate; }

    // The most recent error of the session (or why it could not be opened); empty if none.
    QString lastErrorText() const { return facts().lastError.text(); }
    bool hasError() const { return facts().hasError(); }
    QDateTime lastErrorTime() const { return facts().lastError.time; }
    bool isExpectedToFail() const { return m_definition && m_definition->expectedToFail; }
    bool isUnexpectedlyInvalid() const
    {
        return stateBadge() == StateBadge::Invalid && !isExpectedToFail();
    }

    bool isPausedByUser() const { return facts().pause.byPerson; }
    bool isPausedByPauseAll() const { return facts().pause.byMonitor; }
    QDateTime pausedAt() const { return facts().pause.since; }
    QDateTime pauseUntil() const { return facts().pause.until; }
    bool isStalled() const { return m_stalled; }
    QDateTime nextAttempt() const { return facts().nextAttempt; }
    QDateTime disconnectedSince() const { return facts().disconnectedSince; }
    bool isUserLoggedOut() const { return facts().userLoggedOut; }

    // The row's chart history; empty while none is kept (keepsHistory()).
    const RateHistory &history() const;
    // A history kept from an earlier run of the monitor (HistoryStore), before sampling starts.
    void restoreHistory(const RateHistory &history);
    // Whether samples go into history(): from the start if the source says so
    // (SessionSource::keepsHistoryFromStart()), else from the first keepHistory() on.
    bool keepsHistory() const { return m_history != nullptr; }
    void keepHistory();

    // Time left for the transfer in progress in that direction; nullopt while unknown.
    std::optional<std::chrono::seconds> eta(ProgressDirection direction) const
    {
        return etaEstimator(direction).remaining();
    }
    const EtaEstimator &etaEstimator(ProgressDirection direction) const
    {
        return direction == ProgressDirection::Upload ? m_uploadEta : m_downloadEta;
    }

    // Tooltip texts: why the badge reads what it reads.
    QString stateExplanation() const;
    QString connectionExplanation() const;

    bool canPause() const { return supports(SessionCommand::Pause); }
    bool canResume() const { return supports(SessionCommand::Resume); }
    bool canPauseFor() const { return supports(SessionCommand::TimedPause); }
    bool canReconnect() const { return supports(SessionCommand::Reconnect); }
    bool canLogIn() const { return supports(SessionCommand::LogIn); }

    // duration: "Pause for…"; the session resumes by itself when it has passed.
    void pauseByUser(std::optional<std::chrono::seconds> duration = std::nullopt);
    void resumeByUser();
    void setPausedByPauseAll(bool paused);
    void reconnectNow();
    void logInAgain();

    // Once a second: rates, history, stall detection. Returns the raw sample it recorded.
    HistorySample sample(qint64 nowMs, std::chrono::milliseconds stallAfter);

Q_SIGNALS:
    void changed();
    void stalled();     // connected, work outstanding, no progress for the stall time
    void invalidated(); // turned Invalid (expected or not)

private:
    friend class SessionMonitor; // keeps m_countedAs

    bool supports(SessionCommand command) const;
    SessionDefinition definitionFromFacts() const;
    StateContext stateContext() const;
    void sourceStateChanged(StateBadge state) override;
    void sourceConnectionChanged(ConnectionBadge connection) override;
    void sourceErrorOccurred(const SessionError &error) override;
    void sourceProgressReported(ProgressDirection direction,
                                const DirectionProgress &progress) override;
    void sourceNoted(EventKind kind, const QString &message) override { logEvent(kind, message); }
    void sourceChanged() override { notifyChanged(); }
    void notifyChanged();
    void logEvent(EventKind kind, const QString &message);

    const int m_id;
    std::unique_ptr<SessionSource> m_source;
    // Null when the source's facts say all of it (describedByFacts()); only the server URL is
    // then kept, in m_serverUrl.
    std::unique_ptr<const SessionDefinition> m_definition;
    QUrl m_serverUrl;
    QPointer<EventLog> m_log;
    QPointer<ProgressRecorder> m_recorder;
    MonitoredSessionObserver *m_observer;
    // What SessionMonitor counts the row as (stateCounts()), kept on the row so that a change is
    // recounted without looking the row up among 10,000s.
    quint32 m_countedAs = 0;

    qint64 m_lastProgressMs = 0;
    qint64 m_lastSampleMs = 0;
    quint64 m_lastUploadReported = 0;
    quint64 m_lastDownloadReported = 0;
    quint64 m_lastSampleUpload = 0;
    quint64 m_lastSampleDownload = 0;
    bool m_uploadBaselineTaken = false;
    bool m_downloadBaselineTaken = false;
    double m_uploadRate = 0;
    double m_downloadRate = 0;
    bool m_stalled = false;
    std::unique_ptr<RateHistory> m_history; // null: none kept (yet)
    EtaEstimator m_uploadEta;
    EtaEstimator m_downloadEta;
};

} // namespace syncscope::monitor
