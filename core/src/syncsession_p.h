#pragma once

#include "callbacklist.h"
#include "completionwaits.h"
#include "progressnotifier.h"
#include "protocolsession.h"

#include <syncscope/syncsession.h>

#include <QPointer>

#include <functional>
#include <memory>

namespace syncscope {

namespace detail {
class ConnectionPool;
class LocalStore;
} // namespace detail

// The state behind SyncSession: realm-core's object-store SyncSession. Internal states:
//   Active ── close() with uploads outstanding ──▶ Dying ── uploaded ──▶ Inactive
//   Active ── token expired ──▶ WaitingForAccessToken ── User::setAccessToken ──▶ Active
//   any ── pause() ──▶ Paused ── resume() ──▶ Active;   any ── fatal error ──▶ Invalid
// Public state: Invalid; Inactive for Paused and Inactive; Active for the rest.
class SyncSessionPrivate final : public detail::SessionHost
{
public:
    enum class State { Active, Dying, WaitingForAccessToken, Paused, Inactive, Invalid };

    SyncSessionPrivate(const SyncConfig &config, std::shared_ptr<User> user,
                       std::shared_ptr<detail::LocalStore> store, const ClientConfig &clientConfig,
                       detail::ConnectionPool *pool);
    // Completes construction once the public object exists.
    void setPublic(SyncSession *session);
    ~SyncSessionPrivate() override;

    static SyncSessionPrivate *get(SyncSession *session) { return session->d.get(); }

    // Lifecycle driven by App and Realm.
    void activate();
    void close();                     // Realm closed: Dying until uploaded, then Inactive
    void revive();                    // the Realm was opened again while the session was dying
    void shutdownForAppDestruction(); // the App (and its connections) goes away
    void localChangesCommitted();

    SessionState publicState() const;
    void setConnectionState(ConnectionState state);

    // Called by App when the session ended (closed and done); also by Realm for changed().
    std::function<void()> onFinished;
    std::function<void(const QStringList &)> onDataChanged;

    // SessionHost
    detail::LocalStore &store() override { return *m_store; }
    QString realmPath() const override { return m_config.realmPath; }
    QString accessToken() const override;
    ClientConfig clientConfig() const override { return m_clientConfig; }
    void protocolConnectionStateChanged(ConnectionState state) override;
    void downloadIntegrated(const QStringList &changedKeys) override;
    void downloadCompleted() override;
    void protocolErrorReported(const SyncError &error) override;
    void protocolFailedFatally(const SyncError &error) override;
    void accessTokenExpired(const SyncError &error) override;

    SyncSession *q = nullptr;
    SyncConfig m_config;
    std::shared_ptr<User> m_user;
    std::shared_ptr<detail::LocalStore> m_store;
    ClientConfig m_clientConfig;
    QPointer<detail::ConnectionPool> m_pool;

    State m_state = State::Inactive;
    bool m_closeRequested = false;
    quint64 m_dyingTarget = 0;
    ConnectionState m_connectionState = ConnectionState::Disconnected;
    QPointer<detail::ProtocolSession> m_protocol;
    detail::CallbackList<ConnectionState, ConnectionState> m_connectionCallbacks;
    detail::ProgressNotifier m_progress;
    detail::CompletionWaits m_waits;
    SyncError m_lastError;

    void setState(State state);
    void startProtocol();
    void startProtocolSoon();
    void stopProtocol();
    void becomeInactive(const SyncError &waitError);
    void becomeInvalid(const SyncError &error);
    void finishClose();
    void checkDying();
    SyncError closedError(const QString &why) const;
};

} // namespace syncscope
