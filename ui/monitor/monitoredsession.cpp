#include "monitor/monitoredsession.h"

#include "monitor/eventlog.h"
#include "monitor/logging.h"
#include "monitor/progressrecorder.h"
#include "monitor/trafficgenerator.h"

#include <syncscope/realm.h>
#include <syncscope/syncsession.h>
#include <syncscope/user.h>

#include <QCoreApplication>
#include <QLocale>

namespace syncscope::monitor {

namespace {

QString hostAndPort(const QUrl &url)
{
    return url.port() > 0 ? url.host() + u':' + QString::number(url.port()) : url.host();
}

QString shortTime(const QDateTime &time)
{
    return QLocale().toString(time.time(), QLocale::ShortFormat);
}

} // namespace

MonitoredSession::MonitoredSession(int id, const SessionDefinition &definition, EventLog *log,
                                   ProgressRecorder *recorder, QObject *parent)
    : QObject(parent)
    , m_id(id)
    , m_definition(definition)
    , m_serverText(hostAndPort(definition.serverUrl))
    , m_log(log)
    , m_recorder(recorder)
{
    m_pauseTimer.setSingleShot(true);
    m_pauseTimer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_pauseTimer, &QTimer::timeout, this, [this] {
        logEvent(EventKind::Pause, tr("The pause you set has ended"));
        resumeByUser();
    });
    if (m_recorder)
        m_recorder->setLabel(m_id, SessionLabel{m_definition.name, m_definition.realmPath});
}

MonitoredSession::~MonitoredSession()
{
    delete m_traffic;
    if (m_session) {
        // Callbacks capture `this`; they must not outlive it while the realm lingers elsewhere.
        m_session->removeProgressNotification(m_uploadToken);
        m_session->removeProgressNotification(m_downloadToken);
        m_session->disconnect(this);
    }
}

void MonitoredSession::logEvent(EventKind kind, const QString &message)
{
    if (m_log)
        m_log->append(m_id, m_definition.name, kind, message);
}

void MonitoredSession::attach(const std::shared_ptr<User> &user,
                              const std::shared_ptr<Realm> &realm)
{
    m_user = user;
    m_realm = realm;
    m_session = realm->syncSession();
    m_connectionSince = QDateTime::currentDateTime();
    m_lastSampleMs = QDateTime::currentMSecsSinceEpoch();
    logEvent(EventKind::Monitor, tr("Opened %1 on %2").arg(realmPath(), serverText()));
    if (!m_session)
        return;

    connect(m_session, &SyncSession::stateChanged, this, &MonitoredSession::onStateChanged);
    connect(m_session, &SyncSession::connectionStateChanged, this,
            &MonitoredSession::onConnectionChanged);
    connect(m_session, &SyncSession::errorOccurred, this, [this](const SyncError &error) {
        onError(error.code(), error.message(), error.isFatal());
    });
    m_uploadToken = m_session->addProgressNotification(
        ProgressDirection::Upload, ProgressMode::ReportIndefinitely,
        [this](quint64 transferred, quint64 transferable) {
            onProgress(ProgressDirection::Upload, transferred, transferable);
        });
    m_downloadToken = m_session->addProgressNotification(
        ProgressDirection::Download, ProgressMode::ReportIndefinitely,
        [this](quint64 transferred, quint64 transferable) {
            onProgress(ProgressDirection::Download, transferred, transferable);
        });

    // Whatever happened before we connected (an early fatal error) is reflected right away.
    const SyncError error = m_session->lastError();
    if (error.code() != 0)
        onError(error.code(), error.message(), error.isFatal());
    if (m_definition.traffic.kind != TrafficSpec::Kind::None &&
        m_session->state() != SessionState::Invalid) {
        m_traffic = new TrafficGenerator(m_realm.get(), m_definition.traffic);
    }
    Q_EMIT changed();
}

void MonitoredSession::failToOpen(const QString &reason)
{
    m_openError = reason;
    m_lastErrorTime = QDateTime::currentDateTime();
    logEvent(EventKind::Error, tr("Could not open the session: %1").arg(reason));
    Q_EMIT changed();
    Q_EMIT invalidated();
}

QString MonitoredSession::userId() const
{
    return m_user ? m_user->id() : QString();
}

StateBadge MonitoredSession::stateBadge() const
{
    if (!m_openError.isEmpty() || !m_session)
        return m_openError.isEmpty() ? StateBadge::Inactive : StateBadge::Invalid;
    switch (m_session->state()) {
    case SessionState::Invalid:
        return StateBadge::Invalid;
    case SessionState::Inactive:
        return m_session->isPaused() ? StateBadge::Paused : StateBadge::Inactive;
    case SessionState::Active:
        return StateBadge::Active;
    }
    return StateBadge::Inactive;
}

ConnectionBadge MonitoredSession::connectionBadge() const
{
    return m_session ? connectionBadgeFor(m_session->connectionState())
                     : ConnectionBadge::Disconnected;
}

DirectionProgress MonitoredSession::progress(ProgressDirection direction) const
{
    return direction == ProgressDirection::Upload ? m_upload : m_download;
}

QString MonitoredSession::lastErrorText() const
{
    if (!m_openError.isEmpty())
        return m_openError;
    if (m_lastErrorMessage.isEmpty() && m_lastErrorCode == 0)
        return {};
    return tr("%1 (code %2)").arg(m_lastErrorMessage).arg(m_lastErrorCode);
}

SessionFacts MonitoredSession::facts() const
{
    return SessionFacts{name(),       realmPath(),       userId(),  serverText(),
                        stateBadge(), connectionBadge(), hasError()};
}

QString MonitoredSession::stateExplanation() const
{
    switch (stateBadge()) {
    case StateBadge::Invalid: {
        QString text = m_openError.isEmpty()
                           ? tr("Stopped for good after a fatal error at %1: %2. Open the "
                                "session again once the cause is fixed.")
                                 .arg(shortTime(m_lastErrorTime), lastErrorText())
                           : tr("Could not be opened: %1").arg(m_openError);
        if (isExpectedToFail())
            text += u'\n' + tr("This session is expected to fail (it is marked so in the "
                               "workspace).");
        return text;
    }
    case StateBadge::Paused: {
        QStringList lines;
        if (m_pausedByUser)
            lines << tr("Paused by you at %1.").arg(shortTime(m_pausedAt));
        if (m_pauseUntil.isValid())
            lines << tr("Resumes by itself at %1.").arg(shortTime(m_pauseUntil));
        if (m_pausedByPauseAll)
            lines << tr("Paused by \"Pause all\"; \"Resume all\" resumes it.");
        if (lines.isEmpty())
            lines << tr("Paused.");
        return lines.join(u'\n');
    }
    case StateBadge::Inactive:
        return m_session ? tr("Not syncing: the realm was closed or its user logged out.")
                         : tr("Not opened yet.");
    case StateBadge::Active:
        if (m_stalled)
            return tr("Active, but no progress for a while although work is outstanding.");
        return tr("Syncing: changes go up and come down as they happen.");
    }
    return {};
}

QString MonitoredSession::connectionExplanation() const
{
    const QString since = shortTime(m_connectionSince);
    switch (connectionBadge()) {
    case ConnectionBadge::Connected:
        return tr("Connected to %1 since %2.").arg(serverText(), since);
    case ConnectionBadge::Connecting:
        return tr("Connecting to %1 since %2.").arg(serverText(), since);
    case ConnectionBadge::Disconnected:
        break;
    }
    if (stateBadge() == StateBadge::Invalid)
        return tr("Disconnected for good: the session is Invalid.");
    if (stateBadge() == StateBadge::Paused)
        return tr("Disconnected because the session is paused.");
    QString text = tr("Disconnected since %1.").arg(since);
    if (!m_lastErrorMessage.isEmpty())
        text += u'\n' + tr("Last error at %1: %2").arg(shortTime(m_lastErrorTime), lastErrorText());
    // The SDK does not publish its back-off timer. It is documented, though (docs/client.md:
    // the minimum delay doubling per failed attempt up to the maximum, minus up to 25 %
    // jitter, reset by a success), so the window of the next attempt can be estimated.
    if (m_failedAttempts > 0) {
        const qint64 delay =
            std::min<qint64>(m_reconnectDelayMax.count(),
                             m_reconnectDelayMin.count() << std::min(m_failedAttempts - 1, 30));
        const QDateTime latest = m_connectionSince.addMSecs(delay);
        const QDateTime earliest = m_connectionSince.addMSecs(delay * 3 / 4);
        if (latest > QDateTime::currentDateTime()) {
            text +=
                u'\n' + tr("Next attempt expected between %1 and %2 (after %n failed attempt(s)).",
                           nullptr, m_failedAttempts)
                            .arg(QLocale().toString(earliest.time(), QStringLiteral("HH:mm:ss")),
                                 QLocale().toString(latest.time(), QStringLiteral("HH:mm:ss")));
        }
    }
    text += u'\n' + tr("The SDK retries by itself, waiting longer after each failure (up to "
                       "5 min). \"Reconnect now\" skips the wait.");
    return text;
}

bool MonitoredSession::canPause() const
{
    return m_session && !m_pausedByUser && stateBadge() != StateBadge::Invalid;
}

bool MonitoredSession::canResume() const
{
    return m_session && m_pausedByUser && stateBadge() != StateBadge::Invalid;
}

bool MonitoredSession::canReconnect() const
{
    return m_session && stateBadge() == StateBadge::Active &&
           connectionBadge() != ConnectionBadge::Connected;
}

void MonitoredSession::applyPause()
{
    if (!m_session || stateBadge() == StateBadge::Invalid)
        return;
    if (m_pausedByUser || m_pausedByPauseAll) {
        m_failedAttempts = 0; // a paused session does not retry
        m_session->pause();
    } else {
        m_session->resume();
    }
    Q_EMIT changed();
}

void MonitoredSession::pauseByUser(std::optional<std::chrono::seconds> duration)
{
    if (!m_session)
        return;
    m_pausedByUser = true;
    m_pausedAt = QDateTime::currentDateTime();
    if (duration) {
        m_pauseUntil = m_pausedAt.addSecs(duration->count());
        m_pauseTimer.start(std::chrono::duration_cast<std::chrono::milliseconds>(*duration));
        logEvent(EventKind::Pause, tr("Paused by you until %1").arg(shortTime(m_pauseUntil)));
    } else {
        m_pauseUntil = {};
        m_pauseTimer.stop();
        logEvent(EventKind::Pause, tr("Paused by you"));
    }
    applyPause();
}

void MonitoredSession::resumeByUser()
{
    if (!m_pausedByUser)
        return;
    m_pausedByUser = false;
    m_pausedAt = {};
    m_pauseUntil = {};
    m_pauseTimer.stop();
    logEvent(EventKind::Pause, m_pausedByPauseAll
                                   ? tr("Resumed by you; still held by \"Pause all\"")
                                   : tr("Resumed by you"));
    applyPause();
}

void MonitoredSession::setPausedByPauseAll(bool paused)
{
    if (m_pausedByPauseAll == paused)
        return;
    m_pausedByPauseAll = paused;
    applyPause();
}

void MonitoredSession::reconnectNow()
{
    if (!canReconnect())
        return;
    logEvent(EventKind::Connection, tr("Reconnect requested by you"));
    m_session->reconnect();
}

void MonitoredSession::onStateChanged(SessionState newState, SessionState)
{
    logEvent(EventKind::State, tr("State: %1").arg(stateBadgeText(stateBadge())));
    if (newState == SessionState::Invalid) {
        delete m_traffic;
        m_traffic = nullptr;
        m_pauseTimer.stop();
        const SyncError error = m_session->lastError();
        if (error.code() != 0 && error.code() != m_lastErrorCode)
            onError(error.code(), error.message(), error.isFatal());
        Q_EMIT invalidated();
    }
    Q_EMIT changed();
}

void MonitoredSession::setReconnectDelays(std::chrono::milliseconds minimum,
                                          std::chrono::milliseconds maximum)
{
    m_reconnectDelayMin = minimum;
    m_reconnectDelayMax = maximum;
}

void MonitoredSession::onConnectionChanged(ConnectionState newState, ConnectionState oldState)
{
    m_connectionSince = QDateTime::currentDateTime();
    // Count failed attempts the way the SDK's back-off does: a success resets it.
    if (newState == ConnectionState::Connected)
        m_failedAttempts = 0;
    else if (newState == ConnectionState::Disconnected && m_session && !m_session->isPaused() &&
             m_session->state() == SessionState::Active)
        m_failedAttempts = oldState == ConnectionState::Connected ? 1 : m_failedAttempts + 1;
    else if (newState == ConnectionState::Disconnected)
        m_failedAttempts = 0; // paused or closed: no retry is pending
    if (newState == ConnectionState::Connected)
        m_lastProgressMs = QDateTime::currentMSecsSinceEpoch(); // the stall clock restarts
    logEvent(EventKind::Connection,
             tr("Connection: %1").arg(connectionBadgeText(connectionBadgeFor(newState))));
    Q_EMIT changed();
}

void MonitoredSession::onError(int code, const QString &message, bool fatal)
{
    // The SDK may tell about one fatal error twice (stateChanged, then errorOccurred).
    const QDateTime now = QDateTime::currentDateTime();
    if (code == m_lastErrorCode && message == m_lastErrorMessage && m_lastErrorTime.isValid() &&
        m_lastErrorTime.msecsTo(now) < 2000) {
        return;
    }
    m_lastErrorCode = code;
    m_lastErrorMessage = message;
    m_lastErrorFatal = fatal;
    m_lastErrorTime = QDateTime::currentDateTime();
    logEvent(EventKind::Error, fatal ? tr("Fatal error %1: %2").arg(code).arg(message)
                                     : tr("Error %1: %2").arg(code).arg(message));
    Q_EMIT changed();
}

void MonitoredSession::onProgress(ProgressDirection direction, quint64 transferred,
                                  quint64 transferable)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    DirectionProgress &p = direction == ProgressDirection::Upload ? m_upload : m_download;
    if (!p.known) {
        // The first report carries the counters persisted in the local file: a baseline for
        // the rate, not bytes that moved just now.
        (direction == ProgressDirection::Upload ? m_lastSampleUpload : m_lastSampleDownload) =
            transferred;
    }
    if (p.transferred != transferred)
        m_lastProgressMs = now;
    p = DirectionProgress{transferred, transferable, true};
    if (m_recorder)
        m_recorder->record(ProgressRecord{now, m_id, direction, transferred, transferable});
    Q_EMIT changed();
}

HistorySample MonitoredSession::sample(qint64 nowMs, std::chrono::milliseconds stallAfter)
{
    HistorySample raw{nowMs,
                      0,
                      0,
                      double(m_upload.transferred),
                      double(m_upload.transferable),
                      double(m_download.transferred),
                      double(m_download.transferable),
                      connectionBadge() == ConnectionBadge::Connected ? 1.0 : 0.0};
    // Rates are bytes that moved since the previous sample; a short moving average keeps the
    // column readable when changesets arrive in lumps.
    if (m_lastSampleMs > 0 && nowMs > m_lastSampleMs) {
        const double seconds = double(nowMs - m_lastSampleMs) / 1000.0;
        const double up =
            double(m_upload.transferred - qMin(m_upload.transferred, m_lastSampleUpload)) / seconds;
        const double down =
            double(m_download.transferred - qMin(m_download.transferred, m_lastSampleDownload)) /
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
    m_lastSampleUpload = m_upload.transferred;
    m_lastSampleDownload = m_download.transferred;

    const bool outstanding = m_upload.outstanding() || m_download.outstanding();
    const bool connected = connectionBadge() == ConnectionBadge::Connected;
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
