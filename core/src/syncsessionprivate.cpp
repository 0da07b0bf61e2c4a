#include "syncsession_p.h"

#include "connectionpool.h"
#include "localstore.h"
#include "logging.h"

#include <syncscope/protocol/stagetrace.h>
#include <syncscope/user.h>

#include <QCoreApplication>

namespace syncscope {

namespace {

// The translation context of this file's messages; lupdate reads it from the macro too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(syncscope::SyncSession)
};

} // namespace

using detail::CompletionWaits;

SyncSessionPrivate::SyncSessionPrivate(const SyncConfig &config, std::shared_ptr<User> user,
                                       std::shared_ptr<detail::LocalStore> store,
                                       const ClientConfig &clientConfig,
                                       detail::ConnectionPool *pool)
    : m_config(config)
    , m_user(std::move(user))
    , m_store(std::move(store))
    , m_clientConfig(clientConfig)
    , m_pool(pool)
    , m_progress([this](ProgressDirection direction, quint64 transferred, quint64 transferable) {
        Q_EMIT q->progressChanged(direction, transferred, transferable);
    })
{
    m_progress.update(m_store->counters());
}

void SyncSessionPrivate::setPublic(SyncSession *session)
{
    q = session;
    User *user = m_user.get();
    QObject::connect(user, &User::accessTokenChanged, q, [this] { handleAccessTokenChanged(); });
    QObject::connect(user, &User::loggedOut, q, [this] { handleLogOut(); });
    QObject::connect(user, &User::loggedIn, q, [this] { handleLogIn(); });
}

SyncSessionPrivate::~SyncSessionPrivate()
{
    m_currentServerUrl = {}; // no currentServerUrlChanged from a session being destroyed
    stopProtocol();
}

QString SyncSessionPrivate::accessToken() const
{
    return m_user->accessToken();
}

SessionState SyncSessionPrivate::publicState() const
{
    switch (m_state) {
    case State::Active:
    case State::Dying:
    case State::WaitingForAccessToken:
        return SessionState::Active;
    case State::Paused:
    case State::Inactive:
    case State::Closed:
        return SessionState::Inactive;
    case State::Invalid:
        return SessionState::Invalid;
    }
    Q_UNREACHABLE();
    return SessionState::Inactive;
}

SyncError SyncSessionPrivate::closedError(const QString &why) const
{
    return SyncError(int(ClientErrorCode::SessionClosed), why, false);
}

bool SyncSessionPrivate::canSync() const
{
    return m_user->isLoggedIn() && m_pool;
}

bool SyncSessionPrivate::hasOutstandingUploads() const
{
    return m_store->ackedClientVersion() < m_store->lastClientVersion();
}

// --- events -------------------------------------------------------------------------------

void SyncSessionPrivate::handleOpen()
{
    switch (m_state) {
    case State::Inactive:
        if (canSync())
            becomeSyncing();
        return; // a logged-out user's session waits for the login
    case State::Active:
    case State::Dying:
    case State::WaitingForAccessToken:
    case State::Paused:
    case State::Closed:
    case State::Invalid:
        Q_ASSERT_X(false, "SyncSessionPrivate::handleOpen", "a session is opened only once");
        return;
    }
}

void SyncSessionPrivate::handleReopen()
{
    m_closeRequested = false;
    switch (m_state) {
    case State::Dying:
        setState(State::Active); // the same protocol session goes on
        return;
    case State::Inactive:
        if (canSync())
            becomeSyncing();
        return;
    case State::Active:
    case State::WaitingForAccessToken:
    case State::Paused: // sticky: only resume() leaves it (realm-core#6085)
    case State::Invalid:
        return;
    case State::Closed:
        Q_ASSERT_X(false, "SyncSessionPrivate::handleReopen", "the App drops closed sessions");
        return;
    }
}

void SyncSessionPrivate::handleClose()
{
    Q_ASSERT(!m_closeRequested || m_state == State::Invalid || m_state == State::Closed);
    m_closeRequested = true;
    switch (m_state) {
    case State::Active:
        if (hasOutstandingUploads()) {
            m_dyingTarget = m_store->lastClientVersion();
            setState(State::Dying);
            return;
        }
        finishClose();
        return;
    case State::WaitingForAccessToken:
        if (hasOutstandingUploads()) {
            m_dyingTarget = m_store->lastClientVersion(); // Dying once the token comes
            return;
        }
        finishClose();
        return;
    case State::Paused:
    case State::Inactive:
        finishClose(); // what is outstanding is uploaded when the file is opened again
        return;
    case State::Invalid:
        stopProtocol();
        if (onFinished)
            onFinished();
        return;
    case State::Dying:
    case State::Closed:
        return;
    }
}

void SyncSessionPrivate::handlePause()
{
    switch (m_state) {
    case State::Active:
    case State::Dying:
    case State::WaitingForAccessToken:
        stopSyncing(State::Paused);
        return;
    case State::Inactive: // logged out: only the state changes, the login leaves it paused
        setState(State::Paused);
        return;
    case State::Paused:
    case State::Closed: // the App dropped it: nothing may bring it back
    case State::Invalid:
        return;
    }
}

void SyncSessionPrivate::handleResume()
{
    switch (m_state) {
    case State::Paused:
        if (canSync())
            becomeSyncing();
        else
            setState(State::Inactive); // the user's next login revives it
        return;
    case State::Active:
    case State::Dying:
    case State::WaitingForAccessToken:
    case State::Inactive:
    case State::Closed:
    case State::Invalid:
        return;
    }
}

void SyncSessionPrivate::handleReconnect()
{
    switch (m_state) {
    case State::Active:
    case State::Dying:
    case State::WaitingForAccessToken:
        if (m_protocol) // none yet right after opening: it connects at once anyway
            m_protocol->reconnect();
        return;
    case State::Paused:
    case State::Inactive:
    case State::Closed:
    case State::Invalid:
        return; // nothing connects in these states (realm-core: only while Active)
    }
}

void SyncSessionPrivate::handleLogOut()
{
    const SyncError loggedOut = closedError(Text::tr("The user logged out"));
    // A session whose Realm was closed (Dying, or waiting for a token or paused on its way
    // there) is closed for good: what it had left is uploaded when the file is opened again.
    switch (m_state) {
    case State::Active:
    case State::WaitingForAccessToken:
    case State::Paused:
        if (m_state != State::Paused)
            stopSyncing(State::Inactive);
        m_waits.failAll(loggedOut);
        if (m_closeRequested)
            finishClose();
        return;
    case State::Dying:
        m_waits.failAll(loggedOut);
        finishClose();
        return;
    case State::Inactive:
        m_waits.failAll(loggedOut);
        return;
    case State::Closed:
    case State::Invalid:
        return;
    }
}

void SyncSessionPrivate::handleLogIn()
{
    switch (m_state) {
    case State::Inactive: // inactive only because of the logout
        if (canSync())
            becomeSyncing();
        return;
    case State::Active:
    case State::Dying:
    case State::WaitingForAccessToken:
    case State::Paused: // the application paused it; it stays paused
    case State::Closed:
    case State::Invalid:
        return;
    }
}

void SyncSessionPrivate::handleAccessTokenChanged()
{
    switch (m_state) {
    case State::WaitingForAccessToken:
        setState(m_closeRequested ? State::Dying : State::Active);
        if (m_protocol)
            m_protocol->accessTokenChanged();
        return;
    case State::Active:
    case State::Dying:
    case State::Paused:
    case State::Inactive:
    case State::Closed:
    case State::Invalid:
        return; // the next BIND sends the new token
    }
}

void SyncSessionPrivate::accessTokenExpired(const SyncError &error)
{
    switch (m_state) {
    case State::Active:
    case State::Dying:
    case State::WaitingForAccessToken:
        setState(State::WaitingForAccessToken);
        m_lastError = error;
        Q_EMIT q->errorOccurred(error);
        return;
    case State::Paused:
    case State::Inactive:
    case State::Closed:
    case State::Invalid:
        return; // no protocol session runs in these states
    }
}

void SyncSessionPrivate::handleUploadsAcknowledged()
{
    switch (m_state) {
    case State::Dying:
        if (m_store->ackedClientVersion() >= m_dyingTarget)
            finishClose();
        return;
    case State::Active:
    case State::WaitingForAccessToken:
    case State::Paused:
    case State::Inactive:
    case State::Closed:
    case State::Invalid:
        return;
    }
}

void SyncSessionPrivate::handleFatalError(const SyncError &error)
{
    switch (m_state) {
    case State::Active:
    case State::Dying:
    case State::WaitingForAccessToken:
    case State::Paused:
    case State::Inactive:
        break;
    case State::Closed:
    case State::Invalid:
        return; // reported once
    }
    Q_ASSERT(error.isFatal());
    qCWarning(detail::lcSession) << "session for" << m_config.realmPath
                                 << "is invalid:" << error.code() << error.message();
    stopProtocol();
    const SessionState before = publicState();
    // Invalid already inside errorOccurred, so a listener calling pause()/resume() or asking
    // for a wait sees the final state; stateChanged(Invalid) follows the error.
    m_state = State::Invalid;
    m_lastError = error;
    setRetry({}, {});
    Q_EMIT q->errorOccurred(error);
    if (before != SessionState::Invalid)
        Q_EMIT q->stateChanged(SessionState::Invalid, before);
    setConnectionState(ConnectionState::Disconnected);
    m_waits.failAll(error);
    if (m_closeRequested && onFinished)
        onFinished(); // a dying session has nothing left to upload to
}

void SyncSessionPrivate::handleAppDestroyed()
{
    // Silently: no listener or signal runs from inside ~App(), where the application's own
    // objects may already be half gone.
    m_pool = nullptr;
    m_currentServerUrl = {}; // before stopProtocol(), which would announce it
    stopProtocol();
    switch (m_state) {
    case State::Active:
    case State::Dying:
    case State::WaitingForAccessToken:
    case State::Paused:
    case State::Inactive:
        m_state = State::Closed;
        break;
    case State::Closed:
    case State::Invalid:
        break;
    }
    m_connectionState = ConnectionState::Disconnected;
    m_nextConnectionAttempt = {};
    m_disconnectedSince = {};
    m_waits.failAll(closedError(Text::tr("The application object was destroyed")));
}

QFuture<void> SyncSessionPrivate::handleDownloadWaitRequested(std::chrono::milliseconds timeout)
{
    switch (m_state) {
    case State::Invalid:
        return CompletionWaits::failed(m_lastError);
    case State::Closed:
        return CompletionWaits::failed(closedError(Text::tr("The sync session is not active")));
    case State::Active:
    case State::Dying:
    case State::WaitingForAccessToken:
    case State::Paused:   // completes after resume()
    case State::Inactive: // logged out: completes after the login
        break;
    }
    QFuture<void> future = m_waits.add(CompletionWaits::Kind::Download, timeout);
    if (m_protocol)
        m_protocol->requestDownloadCompletion();
    return future;
}

QFuture<void> SyncSessionPrivate::handleUploadWaitRequested(std::chrono::milliseconds timeout)
{
    if (m_state == State::Invalid)
        return CompletionWaits::failed(m_lastError);
    const quint64 target = m_store->lastClientVersion();
    if (m_store->ackedClientVersion() >= target)
        return CompletionWaits::ready();
    switch (m_state) {
    case State::Invalid:
        return CompletionWaits::failed(m_lastError);
    case State::Closed:
        return CompletionWaits::failed(closedError(Text::tr("The sync session is not active")));
    case State::Active:
    case State::Dying:
    case State::WaitingForAccessToken:
    case State::Paused:
    case State::Inactive:
        break;
    }
    return m_waits.add(CompletionWaits::Kind::Upload, timeout, target);
}

void SyncSessionPrivate::localChangesCommitted()
{
    protocol::traceStage(detail::lcTrace(), "client-committed", m_store->clientFileId(),
                         m_store->lastClientVersion());
    m_progress.update(m_store->counters());
    if (m_protocol)
        m_protocol->uploadPending();
}

// --- transitions' building blocks ---------------------------------------------------------

void SyncSessionPrivate::setState(State state)
{
    if (m_state == state)
        return;
    const SessionState before = publicState();
    m_state = state;
    const SessionState after = publicState();
    if (before != after)
        Q_EMIT q->stateChanged(after, before);
}

void SyncSessionPrivate::setConnectionState(ConnectionState state)
{
    if (m_connectionState == state)
        return;
    const ConnectionState old = m_connectionState;
    m_connectionState = state;
    if (state != ConnectionState::Connected)
        m_lastPingRoundTrip.reset(); // a figure from before an outage says nothing about now
    m_connectionCallbacks.invoke(state, old);
    Q_EMIT q->connectionStateChanged(state, old);
}

void SyncSessionPrivate::setRetry(const QDateTime &nextAttempt, const QDateTime &downSince)
{
    m_disconnectedSince = downSince;
    if (m_nextConnectionAttempt == nextAttempt)
        return;
    m_nextConnectionAttempt = nextAttempt;
    Q_EMIT q->nextConnectionAttemptChanged(nextAttempt);
}

void SyncSessionPrivate::becomeSyncing()
{
    Q_ASSERT(canSync());
    if (m_closeRequested) {
        if (!hasOutstandingUploads()) {
            finishClose();
            return;
        }
        m_dyingTarget = m_store->lastClientVersion();
        setState(State::Dying);
    } else {
        setState(State::Active);
    }
    startProtocolSoon();
}

void SyncSessionPrivate::startProtocol()
{
    if (m_protocol || !m_pool)
        return;
    detail::Connection *connection = m_pool->connectionFor(m_config.serverUrls(), m_user->id());
    m_protocol = new detail::ProtocolSession(*this, connection, q);
    if (m_waits.hasDownloadWaits())
        m_protocol->requestDownloadCompletion();
    m_protocol->start();
}

void SyncSessionPrivate::startProtocolSoon()
{
    // Asynchronous like Realm's: listeners registered right after openRealm() or resume()
    // still see Connecting and Connected.
    QMetaObject::invokeMethod(
        q,
        [this] {
            if (m_state == State::Active || m_state == State::Dying)
                startProtocol();
        },
        Qt::QueuedConnection);
}

void SyncSessionPrivate::stopProtocol()
{
    setCurrentServerUrl({});
    if (!m_protocol)
        return;
    detail::ProtocolSession *protocol = m_protocol.data();
    m_protocol = nullptr;
    protocol->shutdown();
    // We may be inside one of its calls: delete it once that returned.
    protocol->deleteLater();
}

void SyncSessionPrivate::stopSyncing(State state)
{
    Q_ASSERT(state == State::Paused || state == State::Inactive);
    stopProtocol();
    setState(state);
    setConnectionState(ConnectionState::Disconnected);
    setRetry({}, {});
}

void SyncSessionPrivate::finishClose()
{
    Q_ASSERT(m_closeRequested && m_state != State::Closed && m_state != State::Invalid);
    stopSyncing(State::Inactive);
    m_state = State::Closed; // same public state: no second stateChanged
    m_waits.failAll(closedError(Text::tr("The sync session was closed")));
    if (onFinished)
        onFinished();
}

// --- what the protocol session reports ----------------------------------------------------

void SyncSessionPrivate::protocolConnectionStateChanged(ConnectionState state)
{
    switch (m_state) {
    case State::Active:
    case State::Dying:
    case State::WaitingForAccessToken:
        setConnectionState(state);
        return;
    case State::Paused:
    case State::Inactive:
    case State::Closed:
    case State::Invalid:
        return;
    }
}

void SyncSessionPrivate::protocolConnectionAttemptFailed(const SyncError &error)
{
    switch (m_state) {
    case State::Active:
    case State::Dying:
    case State::WaitingForAccessToken:
        m_lastConnectionError = error;
        Q_EMIT q->connectionErrorOccurred(error);
        return;
    case State::Paused:
    case State::Inactive:
    case State::Closed:
    case State::Invalid:
        return;
    }
}

void SyncSessionPrivate::setCurrentServerUrl(const QUrl &url)
{
    if (m_currentServerUrl == url)
        return;
    m_currentServerUrl = url;
    Q_EMIT q->currentServerUrlChanged(url);
}

void SyncSessionPrivate::protocolServerUrlChanged(const QUrl &url)
{
    // Only a syncing session has a node; a stopping one was already cleared by stopProtocol().
    if (m_protocol)
        setCurrentServerUrl(url);
}

void SyncSessionPrivate::protocolPingRoundTrip(std::optional<std::chrono::microseconds> roundTrip)
{
    if (!roundTrip || m_connectionState != ConnectionState::Connected)
        return;
    switch (m_state) {
    case State::Active:
    case State::Dying:
    case State::WaitingForAccessToken:
        m_lastPingRoundTrip = roundTrip;
        Q_EMIT q->pingRoundTripMeasured(*roundTrip);
        return;
    case State::Paused:
    case State::Inactive:
    case State::Closed:
    case State::Invalid:
        return;
    }
}

void SyncSessionPrivate::protocolRetryChanged(const QDateTime &nextAttempt,
                                              const QDateTime &downSince)
{
    switch (m_state) {
    case State::Active:
    case State::Dying:
    case State::WaitingForAccessToken:
        setRetry(nextAttempt, downSince);
        return;
    case State::Paused:
    case State::Inactive:
    case State::Closed:
    case State::Invalid:
        return;
    }
}

void SyncSessionPrivate::downloadIntegrated(const QStringList &changedKeys)
{
    if (!changedKeys.isEmpty() && onDataChanged)
        onDataChanged(changedKeys);
    // Progress is reported before the waits it completes are settled.
    m_progress.update(m_store->counters());
    m_progress.markKnown();
    m_waits.completeUploadsUpTo(m_store->ackedClientVersion());
    handleUploadsAcknowledged();
}

void SyncSessionPrivate::downloadCompleted()
{
    m_waits.completeDownloads();
}

void SyncSessionPrivate::protocolErrorReported(const SyncError &error)
{
    m_lastError = error;
    Q_EMIT q->errorOccurred(error);
}

void SyncSessionPrivate::protocolFailedFatally(const SyncError &error)
{
    handleFatalError(error);
}

} // namespace syncscope
