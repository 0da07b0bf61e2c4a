#include "monitor/localsessionsource.h"

#include "monitor/monitoredsession.h"
#include "monitor/trafficgenerator.h"

#include <syncscope/realm.h>
#include <syncscope/syncsession.h>
#include <syncscope/user.h>

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

QString networkText(const NetworkConditions &network)
{
    if (network.isUnchanged())
        return LocalSessionSource::tr("Network conditions back to normal");
    return LocalSessionSource::tr("Simulated network: up %1 B/s, down %2 B/s, latency %3 ms%4")
        .arg(network.uploadBytesPerSecond)
        .arg(network.downloadBytesPerSecond)
        .arg(network.addedLatency.count())
        .arg(network.offline ? LocalSessionSource::tr(", offline") : QString());
}

} // namespace

LocalSessionSource::LocalSessionSource(const SessionDefinition &definition, QObject *parent)
    : SessionSource(parent)
    , m_traffic(definition.traffic)
{
    SessionFacts initial;
    initial.name = definition.name;
    initial.realmPath = definition.realmPath;
    initial.server = hostAndPort(definition.serverUrl);
    initial.serverUrl = definition.serverUrl;
    initial.additionalServerUrls = definition.additionalServerUrls;
    initial.localPath = definition.localPath;
    publish(initial);

    m_pauseTimer.setSingleShot(true);
    m_pauseTimer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_pauseTimer, &QTimer::timeout, this, [this] {
        note(EventKind::Pause, tr("The pause you set has ended"));
        resume();
    });
}

LocalSessionSource::~LocalSessionSource()
{
    delete m_trafficGenerator;
    if (m_session) {
        // Callbacks capture `this`; they must not outlive it while the realm lingers elsewhere.
        m_session->removeProgressNotification(m_uploadToken);
        m_session->removeProgressNotification(m_downloadToken);
        m_session->disconnect(this);
    }
}

void LocalSessionSource::attach(const std::shared_ptr<User> &user,
                                const std::shared_ptr<Realm> &realm)
{
    m_user = user;
    m_realm = realm;
    m_session = realm->syncSession();
    m_connectionSince = QDateTime::currentDateTime();
    note(EventKind::Monitor, tr("Opened %1 on %2").arg(facts().realmPath, facts().server));
    if (!m_session) {
        refresh();
        return;
    }
    listen();
    if (m_traffic.kind != TrafficSpec::Kind::None && m_session->state() != SessionState::Invalid)
        m_trafficGenerator = new TrafficGenerator(m_realm.get(), m_traffic);
}

void LocalSessionSource::watch(SyncSession *session)
{
    m_session = session;
    m_user = session->user();
    m_connectionSince = QDateTime::currentDateTime();
    note(EventKind::Monitor, tr("Watching %1 on %2").arg(facts().realmPath, facts().server));
    listen();
}

void LocalSessionSource::listen()
{
    connect(m_session, &SyncSession::stateChanged, this, &LocalSessionSource::onStateChanged);
    connect(m_session, &SyncSession::connectionStateChanged, this,
            &LocalSessionSource::onConnectionChanged);
    // The SDK reports each error once (a fatal one before stateChanged(Invalid)), and every
    // failed connection attempt with its reason.
    connect(m_session, &SyncSession::errorOccurred, this,
            [this](const SyncError &error) { onError(error, SessionError::Origin::Session); });
    connect(m_session, &SyncSession::connectionErrorOccurred, this,
            [this](const SyncError &error) { onError(error, SessionError::Origin::Connection); });
    connect(m_session, &SyncSession::nextConnectionAttemptChanged, this,
            &LocalSessionSource::refresh);
    connect(m_session, &SyncSession::currentServerUrlChanged, this, [this](const QUrl &node) {
        // With one node there is nothing to tell: the server column already names it.
        if (!node.isEmpty() && !facts().additionalServerUrls.isEmpty())
            note(EventKind::Connection, tr("Using the server node %1").arg(node.toDisplayString()));
        refresh();
    });
    connect(m_session, &SyncSession::pingRoundTripMeasured, this, &LocalSessionSource::refresh);
    connect(m_session, &SyncSession::networkConditionsChanged, this,
            [this](const NetworkConditions &conditions) {
                note(EventKind::Connection, networkText(conditions));
            });
    connect(m_user.get(), &User::loggedOut, this, [this] {
        note(EventKind::State, tr("User %1 logged out").arg(m_user->id()));
        refresh();
    });
    connect(m_user.get(), &User::loggedIn, this, [this] {
        note(EventKind::State, tr("User %1 logged in again").arg(m_user->id()));
        refresh();
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

    if (m_pause.any())
        applyPause(); // "Pause all" was on before the session opened
    refresh();
    // A session handed back Invalid (its file's session failed before this source existed)
    // reported its error before anyone listened: show it once.
    if (m_session->state() == SessionState::Invalid && m_session->lastError().code() != 0)
        onError(m_session->lastError(), SessionError::Origin::Session);
}

void LocalSessionSource::failToOpen(const QString &reason)
{
    m_openFailed = true;
    refresh();
    reportError(
        SessionError{0, reason, true, SessionError::Origin::Opening, QDateTime::currentDateTime()});
}

StateBadge LocalSessionSource::currentState() const
{
    if (m_openFailed)
        return StateBadge::Invalid;
    if (!m_session)
        return StateBadge::Inactive;
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

void LocalSessionSource::refresh()
{
    SessionFacts now = facts();
    now.userId = m_user ? m_user->id() : QString();
    now.state = currentState();
    now.connection = m_session ? connectionBadgeFor(m_session->connectionState())
                               : ConnectionBadge::Disconnected;
    now.connectionSince = m_connectionSince;
    now.currentServerUrl = m_session ? m_session->currentServerUrl() : QUrl();
    now.nextAttempt = m_session ? m_session->nextConnectionAttempt() : QDateTime();
    now.disconnectedSince = m_session ? m_session->disconnectedSince() : QDateTime();
    now.pingRoundTrip = m_session ? m_session->lastPingRoundTrip() : std::nullopt;
    now.userLoggedOut = m_user && !m_user->isLoggedIn() && now.state == StateBadge::Inactive;
    if (now.connection == ConnectionBadge::Connected &&
        now.lastError.origin == SessionError::Origin::Connection)
        now.lastError = {}; // the connection is back: that failure is history (event log)
    now.pause = m_pause;
    publish(now);
}

CommandSupport LocalSessionSource::supports(SessionCommand command) const
{
    if (!m_session && !m_openFailed)
        return CommandSupport::no(tr("The session is not open."));
    if (command == SessionCommand::LogIn && !m_logIn)
        return CommandSupport::no(tr("Only the app that opened this session can log its user in."));
    return usualSupport(command);
}

void LocalSessionSource::applyPause()
{
    if (!m_session || currentState() == StateBadge::Invalid) {
        refresh();
        return;
    }
    if (m_pause.any()) {
        m_session->pause();
    } else {
        m_session->resume();
    }
    refresh();
}

void LocalSessionSource::pause(std::optional<std::chrono::seconds> duration)
{
    if (!m_session)
        return;
    m_pause.byPerson = true;
    m_pause.since = QDateTime::currentDateTime();
    if (duration) {
        m_pause.until = m_pause.since.addSecs(duration->count());
        m_pauseTimer.start(std::chrono::duration_cast<std::chrono::milliseconds>(*duration));
        note(EventKind::Pause, tr("Paused by you until %1").arg(shortTime(m_pause.until)));
    } else {
        m_pause.until = {};
        m_pauseTimer.stop();
        note(EventKind::Pause, tr("Paused by you"));
    }
    applyPause();
}

void LocalSessionSource::resume()
{
    if (!m_pause.byPerson)
        return;
    m_pause.byPerson = false;
    m_pause.since = {};
    m_pause.until = {};
    m_pauseTimer.stop();
    note(EventKind::Pause, m_pause.byMonitor ? tr("Resumed by you; still held by \"Pause all\"")
                                             : tr("Resumed by you"));
    applyPause();
}

void LocalSessionSource::setHeldByMonitor(bool held)
{
    if (m_pause.byMonitor == held)
        return;
    m_pause.byMonitor = held;
    applyPause();
}

void LocalSessionSource::logIn()
{
    if (!supports(SessionCommand::LogIn).available || !m_logIn)
        return;
    note(EventKind::State, tr("Log in again requested by you"));
    m_logIn();
}

void LocalSessionSource::reconnect()
{
    if (!supports(SessionCommand::Reconnect).available)
        return;
    note(EventKind::Connection, tr("Reconnect requested by you"));
    m_session->reconnect();
}

CommandSupport LocalSessionSource::supportsNetworkConditions() const
{
    if (!m_session)
        return CommandSupport::no(tr("The session is not open."));
    if (m_session->state() == SessionState::Invalid)
        return CommandSupport::no(tr("The session is Invalid: it never syncs again."));
    return CommandSupport::yes();
}

NetworkConditions LocalSessionSource::networkConditions() const
{
    return m_session ? m_session->networkConditions() : NetworkConditions{};
}

void LocalSessionSource::setNetworkConditions(const NetworkConditions &conditions)
{
    if (!supportsNetworkConditions().available)
        return;
    // The SDK announces it with networkConditionsChanged, which notes it in the event log.
    m_session->setNetworkConditions(conditions);
}

void LocalSessionSource::onStateChanged(SessionState newState, SessionState)
{
    if (newState == SessionState::Invalid) {
        delete m_trafficGenerator;
        m_trafficGenerator = nullptr;
        m_pauseTimer.stop();
    }
    refresh();
}

void LocalSessionSource::onConnectionChanged(ConnectionState, ConnectionState)
{
    m_connectionSince = QDateTime::currentDateTime();
    refresh();
}

void LocalSessionSource::onError(const SyncError &error, SessionError::Origin origin)
{
    refresh(); // the facts around the error first (state, next attempt), then the error
    reportError(SessionError{error.code(), error.message(), error.isFatal(), origin,
                             QDateTime::currentDateTime()});
}

void LocalSessionSource::onProgress(ProgressDirection direction, quint64 transferred,
                                    quint64 transferable)
{
    reportProgress(direction, DirectionProgress{transferred, transferable, true});
}

Realm *localRealmOf(const MonitoredSession *session)
{
    const auto *local = qobject_cast<const LocalSessionSource *>(session->source());
    return local ? local->realm() : nullptr;
}

} // namespace syncscope::monitor
