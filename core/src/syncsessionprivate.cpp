#include "syncsession_p.h"

#include "connectionpool.h"
#include "localstore.h"
#include "logging.h"

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
    QObject::connect(m_user.get(), &User::accessTokenChanged, q, [this] {
        if (m_state == State::WaitingForAccessToken) {
            setState(State::Active);
            if (m_protocol)
                m_protocol->accessTokenChanged();
        }
    });
    QObject::connect(m_user.get(), &User::loggedOut, q, [this] {
        if (m_state != State::Invalid && m_state != State::Inactive)
            becomeInactive(closedError(Text::tr("The user logged out")));
    });
}

SyncSessionPrivate::~SyncSessionPrivate()
{
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
        return SessionState::Inactive;
    case State::Invalid:
        return SessionState::Invalid;
    }
    return SessionState::Inactive;
}

SyncError SyncSessionPrivate::closedError(const QString &why) const
{
    return SyncError(int(ClientErrorCode::SessionClosed), why, false);
}

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
    m_connectionCallbacks.invoke(state, old);
    Q_EMIT q->connectionStateChanged(state, old);
}

void SyncSessionPrivate::startProtocol()
{
    if (m_protocol || !m_pool)
        return;
    detail::Connection *connection = m_pool->connectionFor(m_config.serverUrl, m_user->id());
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
    if (!m_protocol)
        return;
    detail::ProtocolSession *protocol = m_protocol.data();
    m_protocol = nullptr;
    protocol->shutdown();
    // We may be inside one of its calls: delete it once that returned.
    protocol->deleteLater();
}

void SyncSessionPrivate::activate()
{
    if (m_state != State::Inactive || m_closeRequested)
        return;
    if (!m_user->isLoggedIn() || !m_pool)
        return;
    setState(State::Active);
    startProtocolSoon();
}

void SyncSessionPrivate::revive()
{
    m_closeRequested = false;
    if (m_state == State::Dying)
        setState(State::Active);
    else
        activate();
}

void SyncSessionPrivate::close()
{
    m_closeRequested = true;
    switch (m_state) {
    case State::Active:
        if (m_store->ackedClientVersion() < m_store->lastClientVersion()) {
            m_dyingTarget = m_store->lastClientVersion();
            setState(State::Dying);
            return;
        }
        finishClose();
        return;
    case State::Dying:
        return;
    case State::WaitingForAccessToken:
    case State::Paused:
    case State::Inactive:
    case State::Invalid:
        finishClose();
        return;
    }
}

void SyncSessionPrivate::checkDying()
{
    if (m_state == State::Dying && m_store->ackedClientVersion() >= m_dyingTarget)
        finishClose();
}

void SyncSessionPrivate::finishClose()
{
    if (m_state != State::Invalid)
        becomeInactive(closedError(Text::tr("The sync session was closed")));
    else
        stopProtocol();
    if (onFinished)
        onFinished();
}

void SyncSessionPrivate::shutdownForAppDestruction()
{
    // Silently: no listener or signal runs from inside ~App(), where the application's own
    // objects may already be half gone.
    m_pool = nullptr;
    stopProtocol();
    if (m_state != State::Invalid)
        m_state = State::Inactive;
    m_connectionState = ConnectionState::Disconnected;
    m_waits.failAll(closedError(Text::tr("The application object was destroyed")));
}

void SyncSessionPrivate::becomeInactive(const SyncError &waitError)
{
    stopProtocol();
    setState(State::Inactive);
    setConnectionState(ConnectionState::Disconnected);
    m_waits.failAll(waitError);
}

void SyncSessionPrivate::becomeInvalid(const SyncError &error)
{
    qCWarning(detail::lcSession) << "session for" << m_config.realmPath
                                 << "is invalid:" << error.code() << error.message();
    stopProtocol();
    m_lastError = error;
    setState(State::Invalid);
    setConnectionState(ConnectionState::Disconnected);
    Q_EMIT q->errorOccurred(error);
    m_waits.failAll(error);
    if (m_closeRequested && onFinished)
        onFinished(); // a dying session has nothing left to upload to
}

void SyncSessionPrivate::localChangesCommitted()
{
    m_progress.update(m_store->counters());
    if (m_protocol)
        m_protocol->uploadPending();
}

void SyncSessionPrivate::protocolConnectionStateChanged(ConnectionState state)
{
    if (m_state == State::Active || m_state == State::Dying ||
        m_state == State::WaitingForAccessToken)
        setConnectionState(state);
}

void SyncSessionPrivate::downloadIntegrated(const QStringList &changedKeys)
{
    if (!changedKeys.isEmpty() && onDataChanged)
        onDataChanged(changedKeys);
    // Progress is reported before the waits it completes are settled.
    m_progress.update(m_store->counters());
    m_progress.markKnown();
    m_waits.completeUploadsUpTo(m_store->ackedClientVersion());
    checkDying();
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
    becomeInvalid(error);
}

void SyncSessionPrivate::accessTokenExpired(const SyncError &error)
{
    setState(State::WaitingForAccessToken);
    m_lastError = error;
    Q_EMIT q->errorOccurred(error);
}

} // namespace syncscope
