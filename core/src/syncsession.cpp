#include "syncsession_p.h"

#include "connectionpool.h"

#include <syncscope/user.h>

namespace syncscope {

SyncSession::SyncSession(std::unique_ptr<SyncSessionPrivate> d)
    : d(std::move(d))
{}

SyncSession::~SyncSession() = default;

SyncConfig SyncSession::config() const
{
    return d->m_config;
}

SessionState SyncSession::state() const
{
    return d->publicState();
}

QUrl SyncSession::url() const
{
    return d->m_config.serverUrl;
}

QUrl SyncSession::currentServerUrl() const
{
    return d->m_currentServerUrl;
}

std::shared_ptr<User> SyncSession::user() const
{
    return d->m_user;
}

NotificationToken SyncSession::addConnectionNotification(
    std::function<void(ConnectionState, ConnectionState)> callback)
{
    return d->m_connectionCallbacks.add(std::move(callback));
}

void SyncSession::removeConnectionNotification(NotificationToken token)
{
    d->m_connectionCallbacks.remove(token);
}

NotificationToken
SyncSession::addProgressNotification(ProgressDirection direction, ProgressMode mode,
                                     std::function<void(quint64, quint64)> callback)
{
    return d->m_progress.add(direction, mode, std::move(callback));
}

void SyncSession::removeProgressNotification(NotificationToken token)
{
    d->m_progress.remove(token);
}

ConnectionState SyncSession::connectionState() const
{
    return d->m_connectionState;
}

bool SyncSession::isConnected() const
{
    return state() == SessionState::Active && d->m_connectionState == ConnectionState::Connected;
}

QFuture<void> SyncSession::downloadAllServerChanges(std::chrono::milliseconds timeout)
{
    return d->handleDownloadWaitRequested(timeout);
}

QFuture<void> SyncSession::uploadAllLocalChanges(std::chrono::milliseconds timeout)
{
    return d->handleUploadWaitRequested(timeout);
}

void SyncSession::pause()
{
    d->handlePause();
}

void SyncSession::resume()
{
    d->handleResume();
}

bool SyncSession::isPaused() const
{
    return d->isPaused();
}

void SyncSession::reconnect()
{
    d->handleReconnect();
}

SyncError SyncSession::lastError() const
{
    return d->m_lastError;
}

SyncError SyncSession::lastConnectionError() const
{
    return d->m_lastConnectionError;
}

QDateTime SyncSession::nextConnectionAttempt() const
{
    return d->m_nextConnectionAttempt;
}

QDateTime SyncSession::disconnectedSince() const
{
    return d->m_disconnectedSince;
}

std::optional<std::chrono::microseconds> SyncSession::lastPingRoundTrip() const
{
    return d->m_lastPingRoundTrip;
}

void SyncSession::setNetworkConditions(const NetworkConditions &conditions)
{
    if (!d->m_pool)
        return; // the App is gone: no connection left to shape
    d->m_pool->setNetworkConditions(d->m_config.serverUrls(), d->m_user->id(), conditions);
    Q_EMIT networkConditionsChanged(conditions);
}

NetworkConditions SyncSession::networkConditions() const
{
    return d->m_pool ? d->m_pool->networkConditions(d->m_config.serverUrls(), d->m_user->id())
                     : NetworkConditions{};
}

} // namespace syncscope
