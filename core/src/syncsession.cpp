#include "syncsession_p.h"

#include "connectionpool.h"
#include "localstore.h"
#include "logging.h"

#include <syncscope/user.h>

#include <QCoreApplication>

namespace syncscope {

using detail::CompletionWaits;

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
    using State = SyncSessionPrivate::State;
    if (d->m_state == State::Invalid)
        return CompletionWaits::failed(d->m_lastError);
    if (d->m_state == State::Inactive)
        return CompletionWaits::failed(d->closedError(tr("The sync session is not active")));
    QFuture<void> future = d->m_waits.add(CompletionWaits::Kind::Download, timeout);
    if (d->m_protocol)
        d->m_protocol->requestDownloadCompletion();
    return future;
}

QFuture<void> SyncSession::uploadAllLocalChanges(std::chrono::milliseconds timeout)
{
    using State = SyncSessionPrivate::State;
    if (d->m_state == State::Invalid)
        return CompletionWaits::failed(d->m_lastError);
    const quint64 target = d->m_store->lastClientVersion();
    if (d->m_store->ackedClientVersion() >= target)
        return CompletionWaits::ready();
    if (d->m_state == State::Inactive)
        return CompletionWaits::failed(d->closedError(tr("The sync session is not active")));
    return d->m_waits.add(CompletionWaits::Kind::Upload, timeout, target);
}

void SyncSession::pause()
{
    using State = SyncSessionPrivate::State;
    if (d->m_state == State::Paused || d->m_state == State::Invalid)
        return;
    d->stopProtocol();
    d->setState(State::Paused);
    d->setConnectionState(ConnectionState::Disconnected);
}

void SyncSession::resume()
{
    using State = SyncSessionPrivate::State;
    if (d->m_state != State::Paused)
        return;
    if (d->m_closeRequested) {
        d->setState(State::Active);
        d->close(); // continue closing: upload what is left, or finish now
        if (d->m_state == State::Dying)
            d->startProtocolSoon();
        return;
    }
    d->setState(State::Inactive);
    d->activate();
}

bool SyncSession::isPaused() const
{
    return d->m_state == SyncSessionPrivate::State::Paused;
}

void SyncSession::reconnect()
{
    if (d->m_protocol)
        d->m_protocol->reconnect();
}

SyncError SyncSession::lastError() const
{
    return d->m_lastError;
}

} // namespace syncscope
