#pragma once

#include "monitor/eventlog.h"
#include "monitor/ratehistory.h"
#include "monitor/sessionfilter.h"
#include "monitor/sessionstatus.h"
#include "workspace/workspace.h"

#include <syncscope/syncsession.h>
#include <syncscope/types.h>

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <memory>
#include <optional>

namespace syncscope {
class Realm;
class User;
} // namespace syncscope

namespace syncscope::monitor {

class ProgressRecorder;
class TrafficGenerator;

// Transferred and transferable bytes of one direction, as last reported by the SDK.
struct DirectionProgress
{
    quint64 transferred = 0;
    quint64 transferable = 0;
    bool known = false; // no report yet: the SDK reports nothing before the first DOWNLOAD
    double fraction() const
    {
        return transferable == 0 ? 1.0 : qMin(1.0, double(transferred) / double(transferable));
    }
    bool outstanding() const { return known && transferred < transferable; }
};

// One row of the monitor: a SyncSession plus everything the monitor adds to it — pause
// bookkeeping (who paused it, when, until when), rates, stall detection, the history for the
// charts — and the source of its events and progress records.
class MonitoredSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MonitoredSession)

public:
    MonitoredSession(int id, const SessionDefinition &definition, EventLog *log,
                     ProgressRecorder *recorder, QObject *parent = nullptr);
    ~MonitoredSession() override;

    // Exactly one of these is called once by the owner after construction.
    void attach(const std::shared_ptr<User> &user, const std::shared_ptr<Realm> &realm);
    void failToOpen(const QString &reason); // an Invalid row that says why it never opened

    int id() const { return m_id; }
    const SessionDefinition &definition() const { return m_definition; }
    QString name() const { return m_definition.name; }
    QString realmPath() const { return m_definition.realmPath; }
    QString userId() const;
    QString serverText() const { return m_serverText; } // host:port
    Realm *realm() const { return m_realm.get(); }
    SyncSession *syncSession() const { return m_session; }

    StateBadge stateBadge() const;
    ConnectionBadge connectionBadge() const;
    DirectionProgress progress(ProgressDirection direction) const;
    double uploadRate() const { return m_uploadRate; }
    double downloadRate() const { return m_downloadRate; }

    // The most recent error of the session (or why it could not be opened); empty if none.
    QString lastErrorText() const;
    bool hasError() const
    {
        return !m_openError.isEmpty() || m_lastErrorCode != 0 || !m_lastErrorMessage.isEmpty();
    }
    QDateTime lastErrorTime() const { return m_lastErrorTime; }
    bool isExpectedToFail() const { return m_definition.expectedToFail; }
    bool isUnexpectedlyInvalid() const
    {
        return stateBadge() == StateBadge::Invalid && !isExpectedToFail();
    }

    bool isPausedByUser() const { return m_pausedByUser; }
    bool isPausedByPauseAll() const { return m_pausedByPauseAll; }
    QDateTime pausedAt() const { return m_pausedAt; }
    QDateTime pauseUntil() const { return m_pauseUntil; }
    bool isStalled() const { return m_stalled; }

    SessionFacts facts() const;
    const RateHistory &history() const { return m_history; }

    // Tooltip texts: why the badge reads what it reads.
    QString stateExplanation() const;
    QString connectionExplanation() const;

    bool canPause() const;     // not paused by the person and not Invalid
    bool canResume() const;    // paused by the person
    bool canReconnect() const; // Active and not connected

    // duration: "Pause for…"; the session resumes by itself when it has passed.
    void pauseByUser(std::optional<std::chrono::seconds> duration = std::nullopt);
    void resumeByUser();
    void setPausedByPauseAll(bool paused);
    void reconnectNow();

    // The SDK's back-off bounds (ClientConfig), for the "next attempt" estimate in tooltips.
    void setReconnectDelays(std::chrono::milliseconds minimum, std::chrono::milliseconds maximum);
    int failedAttempts() const { return m_failedAttempts; }

    // Once a second: rates, history, stall detection. Returns the raw sample it recorded.
    HistorySample sample(qint64 nowMs, std::chrono::milliseconds stallAfter);

Q_SIGNALS:
    void changed();
    void stalled();     // connected, work outstanding, no progress for the stall time
    void invalidated(); // turned Invalid (expected or not)

private:
    void applyPause();
    void onStateChanged(SessionState newState, SessionState oldState);
    void onConnectionChanged(ConnectionState newState, ConnectionState oldState);
    void onError(int code, const QString &message, bool fatal);
    void onProgress(ProgressDirection direction, quint64 transferred, quint64 transferable);
    void logEvent(EventKind kind, const QString &message);

    const int m_id;
    const SessionDefinition m_definition;
    const QString m_serverText; // the URL never changes; asked for per row and per tick
    QPointer<EventLog> m_log;
    QPointer<ProgressRecorder> m_recorder;

    std::shared_ptr<User> m_user;
    std::shared_ptr<Realm> m_realm;
    QPointer<SyncSession> m_session;
    quint64 m_uploadToken = 0;
    quint64 m_downloadToken = 0;
    TrafficGenerator *m_traffic = nullptr;

    QString m_openError;
    int m_lastErrorCode = 0;
    QString m_lastErrorMessage;
    bool m_lastErrorFatal = false;
    QDateTime m_lastErrorTime;
    QDateTime m_connectionSince;
    int m_failedAttempts = 0;
    std::chrono::milliseconds m_reconnectDelayMin{1'000};
    std::chrono::milliseconds m_reconnectDelayMax{300'000};

    DirectionProgress m_upload;
    DirectionProgress m_download;
    qint64 m_lastProgressMs = 0;

    bool m_pausedByUser = false;
    bool m_pausedByPauseAll = false;
    QDateTime m_pausedAt;
    QDateTime m_pauseUntil;
    QTimer m_pauseTimer;

    qint64 m_lastSampleMs = 0;
    quint64 m_lastSampleUpload = 0;
    quint64 m_lastSampleDownload = 0;
    double m_uploadRate = 0;
    double m_downloadRate = 0;
    bool m_stalled = false;
    RateHistory m_history;
};

} // namespace syncscope::monitor
