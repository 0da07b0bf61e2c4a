#include "monitor/monitoredsession.h"

#include "monitor/eventlog.h"
#include "monitor/progressrecorder.h"

#include <QLocale>

namespace syncscope::monitor {

namespace {

QString shortTime(const QDateTime &time)
{
    return QLocale().toString(time.time(), QLocale::ShortFormat);
}

} // namespace

MonitoredSession::MonitoredSession(int id, std::unique_ptr<SessionSource> source,
                                   const SessionDefinition &definition, EventLog *log,
                                   ProgressRecorder *recorder, QObject *parent)
    : QObject(parent)
    , m_id(id)
    , m_source(std::move(source))
    , m_definition(definition)
    , m_log(log)
    , m_recorder(recorder)
    , m_lastSampleMs(QDateTime::currentMSecsSinceEpoch())
{
    Q_ASSERT(m_source);
    if (m_recorder)
        m_recorder->setLabel(m_id, SessionLabel{name(), realmPath()});
    SessionSource *s = m_source.get();
    connect(s, &SessionSource::stateChanged, this, &MonitoredSession::onStateChanged);
    connect(s, &SessionSource::connectionChanged, this, &MonitoredSession::onConnectionChanged);
    connect(s, &SessionSource::errorOccurred, this, &MonitoredSession::onError);
    connect(s, &SessionSource::progressReported, this, &MonitoredSession::onProgress);
    connect(s, &SessionSource::noted, this, &MonitoredSession::logEvent);
    connect(s, &SessionSource::changed, this, &MonitoredSession::changed);
}

MonitoredSession::~MonitoredSession()
{
    // The source's signals reach this object; it goes first.
    m_source.reset();
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
    const SessionFacts &f = facts();
    switch (f.state) {
    case StateBadge::Invalid: {
        QString text = f.lastError.origin == SessionError::Origin::Opening
                           ? tr("Could not be opened: %1").arg(f.lastError.message)
                           : tr("Stopped for good after a fatal error at %1: %2. Open the "
                                "session again once the cause is fixed.")
                                 .arg(shortTime(f.lastError.time), lastErrorText());
        if (isExpectedToFail())
            text += u'\n' + tr("This session is expected to fail (it is marked so in the "
                               "workspace).");
        return text;
    }
    case StateBadge::Paused: {
        QStringList lines;
        if (f.pause.byPerson)
            lines << tr("Paused by you at %1.").arg(shortTime(f.pause.since));
        if (f.pause.until.isValid())
            lines << tr("Resumes by itself at %1.").arg(shortTime(f.pause.until));
        if (f.pause.byMonitor)
            lines << tr("Paused by \"Pause all\"; \"Resume all\" resumes it.");
        if (lines.isEmpty())
            lines << tr("Paused.");
        return lines.join(u'\n');
    }
    case StateBadge::Inactive:
        return tr("Not syncing: the realm was closed or its user logged out.");
    case StateBadge::Active:
        if (m_stalled)
            return tr("Active, but no progress for a while although work is outstanding.");
        return tr("Syncing: changes go up and come down as they happen.");
    }
    return {};
}

QString MonitoredSession::connectionExplanation() const
{
    const SessionFacts &f = facts();
    const QString since = shortTime(f.connectionSince);
    switch (f.connection) {
    case ConnectionBadge::Connected:
        return tr("Connected to %1 since %2.").arg(f.server, since);
    case ConnectionBadge::Connecting:
        return tr("Connecting to %1 since %2.").arg(f.server, since);
    case ConnectionBadge::Disconnected:
        break;
    }
    if (f.state == StateBadge::Invalid)
        return tr("Disconnected for good: the session is Invalid.");
    if (f.state == StateBadge::Paused)
        return tr("Disconnected because the session is paused.");
    QString text = tr("Disconnected since %1.").arg(since);
    if (f.lastError.origin == SessionError::Origin::Session && !f.lastError.message.isEmpty())
        text +=
            u'\n' + tr("Last error at %1: %2").arg(shortTime(f.lastError.time), lastErrorText());
    if (f.nextAttempt.isPending() && f.nextAttempt.latest > QDateTime::currentDateTime()) {
        text +=
            u'\n' +
            tr("Next attempt expected between %1 and %2 (after %n failed attempt(s)).", nullptr,
               f.nextAttempt.failedAttempts)
                .arg(QLocale().toString(f.nextAttempt.earliest.time(), QStringLiteral("HH:mm:ss")),
                     QLocale().toString(f.nextAttempt.latest.time(), QStringLiteral("HH:mm:ss")));
    }
    if (canReconnect())
        text += u'\n' + tr("The SDK retries by itself, waiting longer after each failure (up to "
                           "5 min). \"Reconnect now\" skips the wait.");
    return text;
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

void MonitoredSession::onStateChanged(StateBadge state)
{
    logEvent(EventKind::State, tr("State: %1").arg(stateBadgeText(state)));
    if (state == StateBadge::Invalid)
        Q_EMIT invalidated();
}

void MonitoredSession::onConnectionChanged(ConnectionBadge connection)
{
    if (connection == ConnectionBadge::Connected)
        m_lastProgressMs = QDateTime::currentMSecsSinceEpoch(); // the stall clock restarts
    logEvent(EventKind::Connection, tr("Connection: %1").arg(connectionBadgeText(connection)));
}

void MonitoredSession::onError(const SessionError &error)
{
    if (error.origin == SessionError::Origin::Opening) {
        logEvent(EventKind::Error, tr("Could not open the session: %1").arg(error.message));
        return;
    }
    logEvent(EventKind::Error, error.fatal
                                   ? tr("Fatal error %1: %2").arg(error.code).arg(error.message)
                                   : tr("Error %1: %2").arg(error.code).arg(error.message));
}

void MonitoredSession::onProgress(ProgressDirection direction, const DirectionProgress &progress)
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
        if (m_uploadRate < 1)
            m_uploadRate = 0;
        if (m_downloadRate < 1)
            m_downloadRate = 0;
        raw.uploadRate = up;
        raw.downloadRate = down;
        m_history.add(raw);
    }
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
            Q_EMIT stalled();
        } else {
            logEvent(EventKind::Stall, tr("Progress again"));
        }
        Q_EMIT changed();
    }
    return raw;
}

} // namespace syncscope::monitor
