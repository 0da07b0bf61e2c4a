#include "monitor/monitoredsession.h"

#include "monitor/eventlog.h"
#include "monitor/progressrecorder.h"
#include "monitor/statetable.h"

#include <QLocale>

namespace syncscope::monitor {

MonitoredSession::MonitoredSession(int id, std::unique_ptr<SessionSource> source,
                                   const SessionDefinition &definition, EventLog *log,
                                   ProgressRecorder *recorder, MonitoredSessionObserver *observer,
                                   QObject *parent)
    : QObject(parent)
    , m_id(id)
    , m_source(std::move(source))
    , m_log(log)
    , m_recorder(recorder)
    , m_observer(observer)
    , m_lastSampleMs(QDateTime::currentMSecsSinceEpoch())
{
    Q_ASSERT(m_source);
    m_serverUrl = definition.serverUrl;
    if (!m_source->describedByFacts() || definitionFromFacts() != definition)
        m_definition = std::make_unique<const SessionDefinition>(definition);
    if (m_source->keepsHistoryFromStart())
        keepHistory();
    m_source->setObserver(this);
}

MonitoredSession::~MonitoredSession()
{
    // The source tells this object of its changes; it goes first, told of no more.
    m_source->setObserver(nullptr);
    m_source.reset();
}

SessionDefinition MonitoredSession::definition() const
{
    return m_definition ? *m_definition : definitionFromFacts();
}

SessionDefinition MonitoredSession::definitionFromFacts() const
{
    SessionDefinition rebuilt;
    rebuilt.name = facts().name;
    rebuilt.serverUrl = m_serverUrl;
    rebuilt.realmPath = facts().realmPath;
    return rebuilt;
}

void MonitoredSession::notifyChanged()
{
    if (m_observer)
        m_observer->rowChanged(this);
    Q_EMIT changed();
}

void MonitoredSession::logEvent(EventKind kind, const QString &message)
{
    if (m_log)
        m_log->append(m_id, name(), kind, message);
}

bool MonitoredSession::supports(SessionCommand command) const
{
    return m_source->supports(command).available;
}

QString MonitoredSession::stateExplanation() const
{
    return StateTable::explain(stateBadge(), stateContext());
}

QString MonitoredSession::connectionExplanation() const
{
    return StateTable::explain(connectionBadge(), stateContext());
}

StateContext MonitoredSession::stateContext() const
{
    return StateContext{facts(), m_stalled, isExpectedToFail(), canReconnect()};
}

void MonitoredSession::pauseByUser(std::optional<std::chrono::seconds> duration)
{
    if (supports(duration ? SessionCommand::TimedPause : SessionCommand::Pause))
        m_source->pause(duration);
}

void MonitoredSession::resumeByUser()
{
    if (supports(SessionCommand::Resume))
        m_source->resume();
}

void MonitoredSession::setPausedByPauseAll(bool paused)
{
    // Releasing always goes through, so a session that stopped accepting commands while held
    // does not stay marked as held.
    if (paused ? supports(SessionCommand::HoldByMonitor) : isPausedByPauseAll())
        m_source->setHeldByMonitor(paused);
}

void MonitoredSession::reconnectNow()
{
    if (supports(SessionCommand::Reconnect))
        m_source->reconnect();
}

void MonitoredSession::logInAgain()
{
    if (supports(SessionCommand::LogIn))
        m_source->logIn();
}

void MonitoredSession::sourceStateChanged(StateBadge state)
{
    logEvent(EventKind::State, tr("State: %1").arg(stateBadgeText(state)));
    if (state == StateBadge::Invalid) {
        if (m_observer)
            m_observer->rowInvalidated(this);
        Q_EMIT invalidated();
    }
}

void MonitoredSession::sourceConnectionChanged(ConnectionBadge connection)
{
    if (connection == ConnectionBadge::Connected) {
        m_lastProgressMs = QDateTime::currentMSecsSinceEpoch(); // the stall clock restarts
    } else {
        // Nothing moves without a connection: no rate lingers in the moving average.
        m_uploadRate = 0;
        m_downloadRate = 0;
    }
    logEvent(EventKind::Connection, tr("Connection: %1").arg(connectionBadgeText(connection)));
}

void MonitoredSession::sourceErrorOccurred(const SessionError &error)
{
    if (error.origin == SessionError::Origin::Opening) {
        logEvent(EventKind::Error, tr("Could not open the session: %1").arg(error.message));
        return;
    }
    if (error.origin == SessionError::Origin::Connection) {
        logEvent(EventKind::Error, tr("Connection failed: %1").arg(error.text()));
        return;
    }
    logEvent(EventKind::Error,
             error.fatal ? tr("Fatal error %1: %2").arg(error.code).arg(error.localizedMessage())
                         : tr("Error %1: %2").arg(error.code).arg(error.localizedMessage()));
}

void MonitoredSession::sourceProgressReported(ProgressDirection direction,
                                              const DirectionProgress &progress)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const bool up = direction == ProgressDirection::Upload;
    bool &baselineTaken = up ? m_uploadBaselineTaken : m_downloadBaselineTaken;
    quint64 &lastSample = up ? m_lastSampleUpload : m_lastSampleDownload;
    if (!baselineTaken) {
        // The first report carries the counters persisted in the local file: a baseline for
        // the rate, not bytes that moved just now.
        baselineTaken = true;
        lastSample = progress.transferred;
    }
    quint64 &lastReported = up ? m_lastUploadReported : m_lastDownloadReported;
    if (progress.transferred != lastReported)
        m_lastProgressMs = now;
    lastReported = progress.transferred;
    if (m_recorder)
        m_recorder->record(
            ProgressRecord{now, m_id, direction, progress.transferred, progress.transferable});
}

const RateHistory &MonitoredSession::history() const
{
    static const RateHistory none;
    return m_history ? *m_history : none;
}

void MonitoredSession::restoreHistory(const RateHistory &history)
{
    m_history = std::make_unique<RateHistory>(history);
}

void MonitoredSession::keepHistory()
{
    if (!m_history)
        m_history = std::make_unique<RateHistory>();
}

HistorySample MonitoredSession::sample(qint64 nowMs, std::chrono::milliseconds stallAfter)
{
    const DirectionProgress upload = facts().upload;
    const DirectionProgress download = facts().download;
    const bool connected = connectionBadge() == ConnectionBadge::Connected;
    HistorySample raw{nowMs,
                      0,
                      0,
                      double(upload.transferred),
                      double(upload.transferable),
                      double(download.transferred),
                      double(download.transferable),
                      connected ? 1.0 : 0.0};
    // Rates are bytes that moved since the previous sample; a short moving average keeps the
    // column readable when changesets arrive in lumps.
    if (m_lastSampleMs > 0 && nowMs > m_lastSampleMs) {
        const double seconds = double(nowMs - m_lastSampleMs) / 1000.0;
        const double up =
            double(upload.transferred - qMin(upload.transferred, m_lastSampleUpload)) / seconds;
        const double down =
            double(download.transferred - qMin(download.transferred, m_lastSampleDownload)) /
            seconds;
        m_uploadRate = 0.5 * m_uploadRate + 0.5 * up;
        m_downloadRate = 0.5 * m_downloadRate + 0.5 * down;
        if (m_uploadRate < 1 || !connected)
            m_uploadRate = 0;
        if (m_downloadRate < 1 || !connected)
            m_downloadRate = 0;
        raw.uploadRate = up;
        raw.downloadRate = down;
        if (m_history)
            m_history->add(raw);
    }
    m_uploadEta.add(nowMs, upload.transferred, upload.transferable, connected);
    m_downloadEta.add(nowMs, download.transferred, download.transferable, connected);
    m_lastSampleMs = nowMs;
    m_lastSampleUpload = upload.transferred;
    m_lastSampleDownload = download.transferred;

    const bool outstanding = upload.outstanding() || download.outstanding();
    const bool stalledNow = connected && outstanding && m_lastProgressMs > 0 &&
                            nowMs - m_lastProgressMs >= stallAfter.count();
    if (stalledNow != m_stalled) {
        m_stalled = stalledNow;
        if (m_stalled) {
            logEvent(
                EventKind::Stall,
                tr("No progress for %1 s although work is outstanding")
                    .arg(std::chrono::duration_cast<std::chrono::seconds>(stallAfter).count()));
            if (m_observer)
                m_observer->rowStalled(this);
            Q_EMIT stalled();
        } else {
            logEvent(EventKind::Stall, tr("Progress again"));
        }
        notifyChanged();
    }
    return raw;
}

} // namespace syncscope::monitor
