#pragma once

#include "callbacklist.h"
#include "completionwaits.h"
#include "progressnotifier.h"
#include "protocolsession.h"

#include <syncscope/syncsession.h>

#include <QDateTime>
#include <QPointer>

#include <functional>
#include <memory>

namespace syncscope {

namespace detail {
class ConnectionPool;
class LocalStore;
} // namespace detail

// The state machine behind SyncSession: realm-core's object-store SyncSession. Every transition
// lives here, one handler per event, each a switch over all internal states:
//
//   Active ── close() with uploads outstanding ──▶ Dying ── uploaded ──▶ Closed
//   Active ── token expired ──▶ WaitingForAccessToken ── User::setAccessToken ──▶ Active
//   Active/Dying ── user logged out ──▶ Inactive ── same user logged in again ──▶ Active/Dying
//   Active/Dying/Inactive ── pause() ──▶ Paused ── resume() ──▶ Active/Dying (Inactive if logged
//   out) any but Closed ── fatal error ──▶ Invalid;   Closed and Invalid are final
//
// Public state: Invalid; Inactive for Paused, Inactive and Closed; Active for the rest.
class SyncSessionPrivate final : public detail::SessionHost
{
public:
    enum class State { Active, Dying, WaitingForAccessToken, Paused, Inactive, Closed, Invalid };

    SyncSessionPrivate(const SyncConfig &config, std::shared_ptr<User> user,
                       std::shared_ptr<detail::LocalStore> store, const ClientConfig &clientConfig,
                       detail::ConnectionPool *pool);
    // Completes construction once the public object exists.
    void setPublic(SyncSession *session);
    ~SyncSessionPrivate() override;

    static SyncSessionPrivate *get(SyncSession *session) { return session->d.get(); }

    // Events. Each handler decides, for every internal state, what the event does.
    void handleOpen();               // openRealm() created the session
    void handleReopen();             // openRealm() found the session (realm-core revive_if_needed)
    void handleClose();              // the last Realm closed: Dying until uploaded, then Closed
    void handlePause();              // SyncSession::pause()
    void handleResume();             // SyncSession::resume()
    void handleReconnect();          // SyncSession::reconnect()
    void handleLogOut();             // User::logOut()
    void handleLogIn();              // App::logIn() logged the same user in again
    void handleAccessTokenChanged(); // User::setAccessToken()
    void handleUploadsAcknowledged();
    void handleFatalError(const SyncError &error);
    void handleAppDestroyed(); // the App (and its connections) goes away
    QFuture<void> handleDownloadWaitRequested(std::chrono::milliseconds timeout);
    QFuture<void> handleUploadWaitRequested(std::chrono::milliseconds timeout);
    void localChangesCommitted();

    SessionState publicState() const;
    bool isPaused() const { return m_state == State::Paused; }

    // Called by App when the session ended (closed and done); also by Realm for changed().
    std::function<void()> onFinished;
    std::function<void(const QStringList &)> onDataChanged;

    // SessionHost
    detail::LocalStore &store() override { return *m_store; }
    QString realmPath() const override { return m_config.realmPath; }
    QString accessToken() const override;
    ClientConfig clientConfig() const override { return m_clientConfig; }
    void protocolConnectionStateChanged(ConnectionState state) override;
    void protocolConnectionAttemptFailed(const SyncError &error) override;
    void protocolRetryChanged(const QDateTime &nextAttempt, const QDateTime &downSince) override;
    void protocolServerUrlChanged(const QUrl &url) override;
    void protocolPingRoundTrip(std::optional<std::chrono::microseconds> roundTrip) override;
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
    bool m_closeRequested = false; // the Realm was closed: finish once everything is uploaded
    quint64 m_dyingTarget = 0;
    ConnectionState m_connectionState = ConnectionState::Disconnected;
    QPointer<detail::ProtocolSession> m_protocol;
    detail::CallbackList<ConnectionState, ConnectionState> m_connectionCallbacks;
    detail::ProgressNotifier m_progress;
    detail::CompletionWaits m_waits;
    SyncError m_lastError;
    SyncError m_lastConnectionError;
    QDateTime m_nextConnectionAttempt;
    QDateTime m_disconnectedSince;
    QUrl m_currentServerUrl;
    std::optional<std::chrono::microseconds> m_lastPingRoundTrip; // only while Connected

private:
    void setState(State state);
    void setConnectionState(ConnectionState state);
    void setRetry(const QDateTime &nextAttempt, const QDateTime &downSince);
    void setCurrentServerUrl(const QUrl &url);
    bool canSync() const; // the user is logged in and the App still exists
    bool hasOutstandingUploads() const;
    // Active (or Dying, when the Realm was closed) with a protocol session on the next
    // event-loop iteration.
    void becomeSyncing();
    void startProtocol();
    void startProtocolSoon();
    void stopProtocol();
    // Leaves syncing for `state` (Inactive or Paused): unbinds, reads Disconnected.
    void stopSyncing(State state);
    void finishClose();
    SyncError closedError(const QString &why) const;
};

} // namespace syncscope
