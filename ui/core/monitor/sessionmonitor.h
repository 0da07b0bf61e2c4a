#pragma once

#include "monitor/eventlog.h"
#include "monitor/historystore.h"
#include "monitor/localsessions.h"
#include "monitor/monitoredsession.h"
#include "monitor/progressrecorder.h"
#include "monitor/ratehistory.h"
#include "monitor/serveroverview.h"
#include "monitor/sessionfilter.h"
#include "operator/attachedserver.h"
#include "workspace/workspace.h"

#include <syncscope/types.h>

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <chrono>
#include <memory>
#include <optional>
#include <vector>

namespace syncscope::monitor {

// The model behind both the window and the headless run: watches sessions from any
// SessionSource (the local SDK's are opened from workspace entries by addSession()), samples
// them once a second, keeps the progress log and event log, and implements "Pause all" /
// "Resume all" so that each session's own pause survives them. Everything but addSession()
// sees a session only through MonitoredSession and its SessionSource.
class SessionMonitor final
    : public QObject
    , private MonitoredSessionObserver
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionMonitor)

public:
    explicit SessionMonitor(const ClientConfig &config = monitorClientConfig(),
                            QObject *parent = nullptr);
    // The SDK's defaults, but a keep-alive PING every 5 s instead of 60: the servers' round
    // trips are what the monitor shows, and a minute-old figure (or none for a minute after
    // connecting) is no use to someone watching. A PING is a few bytes.
    static ClientConfig monitorClientConfig();
    ~SessionMonitor() override;

    // Where local sessions without a localPath keep their file (created when needed).
    void setDefaultLocalDirectory(const QString &directory);
    QString defaultLocalDirectory() const { return m_local.defaultLocalDirectory(); }

    void setTitle(const QString &title) { m_title = title; }
    QString title() const { return m_title; }

    // Watches a session of any source; `definition` is what Save workspace writes for it.
    MonitoredSession *addSource(std::unique_ptr<SessionSource> source,
                                const SessionDefinition &definition);
    // Opens a workspace entry with the local SDK and watches it.
    MonitoredSession *addSession(const SessionDefinition &definition);

    // While one lives, the sessions added and removed are one batch: each still comes with
    // sessionAdded() or sessionAboutToBeRemoved(), batchEnded() follows the last, and the
    // removed sessions are deleted only after it, so a view can insert and remove them as
    // ranges. A page of 500 new sessions from an attached server then costs a sorted list one
    // re-sort instead of 500 (at 10,000 sessions those re-sorts made rows take a minute to
    // appear), and detaching a server one update of the window instead of one a row. Batches
    // nest; the outermost one ends the batch.
    class Batch
    {
        Q_DISABLE_COPY_MOVE(Batch)
    public:
        explicit Batch(SessionMonitor *monitor);
        ~Batch();

    private:
        QPointer<SessionMonitor> m_monitor;
    };
    bool isInBatch() const { return m_batchDepth > 0; }
    void addWorkspace(const Workspace &workspace);
    // Stops watching the session and closes it (sessionAboutToBeRemoved first). Its lines in
    // the event log stay.
    void removeSession(MonitoredSession *session);
    // Closes the session and opens `definition` in its place (Edit…, Reopen): the new session
    // takes the old one's place in sessions().
    MonitoredSession *replaceSession(MonitoredSession *session,
                                     const SessionDefinition &definition);
    Workspace workspace() const; // what Save workspace writes

    // Attaches to a syncscope-server's operator API: its sessions become rows (AttachedServer).
    AttachedServer *attachServer(const ServerAttachment &attachment);
    // Stops watching that server and removes its rows.
    void detachServer(AttachedServer *server);
    QList<AttachedServer *> attachedServers() const;

    QList<MonitoredSession *> sessions() const { return m_sessions; }
    MonitoredSession *sessionById(int id) const;
    qsizetype count() const { return m_sessions.size(); }
    bool hasSessionNamed(const QString &name) const;

    void pauseAll();
    void resumeAll();
    bool isAllPaused() const { return m_allPaused; }

    EventLog *eventLog() const { return m_eventLog; }
    ProgressRecorder *recorder() const { return m_recorder; }
    // What the export names each session of the recorded progress by: the rows listed now, and
    // those removed since (kept by the recorder when they go).
    QHash<int, SessionLabel> progressLabels() const;
    const RateHistory &aggregateHistory() const { return m_aggregate; }

    void setStallThreshold(std::chrono::milliseconds threshold) { m_stallAfter = threshold; }
    std::chrono::milliseconds stallThreshold() const { return m_stallAfter; }
    void setSampleInterval(std::chrono::milliseconds interval) { m_sampler.setInterval(interval); }

    double totalUploadRate() const;
    double totalDownloadRate() const;
    StateFilterCounts stateCounts() const;
    int unexpectedInvalidCount() const;
    int stalledCount() const;
    int connectedServerCount() const; // distinct servers with at least one connected session
    int serverCount() const;
    // The servers this monitor's own sessions use, one row each (the window's Servers tab and
    // the headless server table).
    ServerOverview *serverOverview() const { return m_serverOverview; }

    // Samples every session now (the timer calls this once a second).
    void sampleNow();

    // Keeps the charts' histories in `directory` across restarts: restores what is there for
    // the sessions watched now and later (and for the sum, by the title: set it first), and
    // saves every minute, when a session is removed and when the monitor goes.
    void keepHistoryIn(const QString &directory);
    void saveHistories();

Q_SIGNALS:
    void sessionAdded(syncscope::monitor::MonitoredSession *session);
    // The outermost Batch ended (also when it changed nothing); the sessions it removed are
    // still valid during the signal and deleted right after.
    void batchEnded();
    // Still valid during the signal; deleted right after.
    void sessionAboutToBeRemoved(syncscope::monitor::MonitoredSession *session);
    void sessionChanged(syncscope::monitor::MonitoredSession *session);
    // Its state, connection or error changed (what stateCounts() and the state filter look at).
    void sessionStateChanged(syncscope::monitor::MonitoredSession *session);
    void sessionStalled(syncscope::monitor::MonitoredSession *session);
    void sessionInvalidated(syncscope::monitor::MonitoredSession *session);
    void allPausedChanged(bool paused);
    // The last connected session of a server lost its connection while sessions of it still
    // want to sync (not a pause): the server is down or unreachable. Regained: one is back.
    void serverLost(const QString &server, const QDateTime &since);
    void serverRegained(const QString &server, const QDateTime &lostSince);
    void sampled();
    void serverAttached(syncscope::monitor::AttachedServer *server);
    void serverAboutToBeDetached(syncscope::monitor::AttachedServer *server);

private:
    // What a session counts as in stateCounts(), packed so a change is one comparison.
    struct CountKey
    {
        StateBadge state;
        ConnectionBadge connection;
        bool hasError;
        bool operator==(const CountKey &) const = default;
        // As MonitoredSession::m_countedAs keeps it.
        quint32 packed() const
        {
            return quint32(state) | quint32(connection) << 8 | quint32(hasError) << 16;
        }
        static CountKey unpacked(quint32 bits)
        {
            return {StateBadge(bits & 0xff), ConnectionBadge((bits >> 8) & 0xff),
                    ((bits >> 16) & 1) != 0};
        }
    };
    static CountKey countKeyOf(const MonitoredSession *session);
    void recount(MonitoredSession *session);
    void rowChanged(MonitoredSession *row) override;
    void rowStalled(MonitoredSession *row) override { Q_EMIT sessionStalled(row); }
    void rowInvalidated(MonitoredSession *row) override { Q_EMIT sessionInvalidated(row); }
    void countConnected(const MonitoredSession *session, const CountKey &key, int delta);

    LocalSessions m_local; // declared first: its App outlives every session
    EventLog *m_eventLog;
    ProgressRecorder *m_recorder;
    QList<MonitoredSession *> m_sessions;
    std::vector<std::unique_ptr<AttachedServer>> m_servers;
    // Kept incrementally (adjusted when a session's state changes) instead of recounting every
    // session for the filter box and the status bar on every tick; each row keeps what it is
    // counted as (MonitoredSession::m_countedAs).
    StateFilterCounts m_counts;
    QHash<QString, int> m_connectedByServer; // host:port -> connected sessions, > 0 only
    QHash<QString, int> m_sessionsByServer;  // host:port -> sessions
    QHash<QString, QDateTime> m_lostServers; // host:port -> since when no session reaches it
    void checkServerLost(const QString &server);
    QString m_title;
    bool m_allPaused = false;
    int m_batchDepth = 0;
    QList<MonitoredSession *> m_removedInBatch; // deleted when the batch ends
    int m_nextId = 1;
    std::chrono::milliseconds m_stallAfter{std::chrono::seconds(60)};
    QTimer m_sampler;
    ServerOverview *m_serverOverview = nullptr;
    RateHistory m_aggregate;
    std::optional<HistoryStore> m_historyStore;
    QTimer m_historySaver;
    void restoreHistory(MonitoredSession *session);
    QString aggregateHistoryKey() const;
};

} // namespace syncscope::monitor
