#pragma once

#include <syncscope/errors.h>
#include <syncscope/types.h>

#include <QDateTime>
#include <QFuture>
#include <QObject>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace syncscope {

class User;
class SyncSessionPrivate;

// The long-lived facade of one realm's synchronisation: state, listeners and waits. The
// protocol-level session beneath it comes and goes with the connection.
class SyncSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncSession)

public:
    ~SyncSession() override;

    SyncConfig config() const;
    SessionState state() const;
    QUrl url() const; // config().serverUrl, the first node
    // The server node this session's connection uses now (one of config().serverUrls()): the
    // one it is connected or connecting to, or, while waiting to retry, the one it tries next.
    // Empty while the session does not sync (paused, closed, logged out, Invalid). Announced
    // by currentServerUrlChanged.
    QUrl currentServerUrl() const;
    std::shared_ptr<User> user() const;

    NotificationToken addConnectionNotification(
        std::function<void(ConnectionState newState, ConnectionState oldState)> callback);
    void removeConnectionNotification(NotificationToken token);

    NotificationToken addProgressNotification(
        ProgressDirection direction, ProgressMode mode,
        std::function<void(quint64 transferred, quint64 transferable)> callback);
    void removeProgressNotification(NotificationToken token);

    ConnectionState connectionState() const;
    bool isConnected() const;

    QFuture<void> downloadAllServerChanges(std::chrono::milliseconds timeout = {});
    QFuture<void> uploadAllLocalChanges(std::chrono::milliseconds timeout = {});

    void pause();
    void resume();
    void reconnect();
    bool isPaused() const;

    SyncError lastError() const;

    // Why the last connection attempt of this session's connection failed, or why the
    // connection was lost (code 0: none since the session started). Every failure is also
    // announced by connectionErrorOccurred; none of them is fatal.
    SyncError lastConnectionError() const;
    // When the connection will be tried again after a failure; invalid while connected,
    // connecting, or not syncing at all (paused, closed, logged out, Invalid).
    QDateTime nextConnectionAttempt() const;
    // Since when the connection has been down: the first failure after the last successful
    // connection (later failed retries do not move it); invalid while connected or not syncing.
    QDateTime disconnectedSince() const;
    // How long the last keep-alive PING of this session's connection took to come back as a
    // PONG (one every ClientConfig::pingInterval while connected). nullopt until the first PONG
    // of the current connection and whenever the session is not Connected: a figure from before
    // an outage says nothing about the server now. Announced by pingRoundTripMeasured.
    std::optional<std::chrono::microseconds> lastPingRoundTrip() const;

    // Simulates a slow or broken network for debugging (docs/client.md): a bandwidth limit per
    // direction, added latency, or offline. It applies to the session's connection, so every
    // session of the same user on the same server shares it; it stays until changed back to
    // NetworkConditions{}, across reconnects. Announced by networkConditionsChanged.
    void setNetworkConditions(const NetworkConditions &conditions);
    NetworkConditions networkConditions() const;

Q_SIGNALS:
    void stateChanged(syncscope::SessionState newState, syncscope::SessionState oldState);
    void connectionStateChanged(syncscope::ConnectionState newState,
                                syncscope::ConnectionState oldState);
    void progressChanged(syncscope::ProgressDirection direction, quint64 transferred,
                         quint64 transferable);
    void errorOccurred(const syncscope::SyncError &error);
    // A connection attempt failed or the connection was lost; see lastConnectionError().
    void connectionErrorOccurred(const syncscope::SyncError &error);
    // nextConnectionAttempt() changed (a retry was scheduled, started or cancelled).
    void nextConnectionAttemptChanged(const QDateTime &nextAttempt);
    // currentServerUrl() changed: the connection moved to another node, or syncing stopped.
    void currentServerUrlChanged(const QUrl &url);
    // A PONG came back while the session is connected; lastPingRoundTrip() is now `roundTrip`.
    void pingRoundTripMeasured(std::chrono::microseconds roundTrip);
    // setNetworkConditions() was called on this session.
    void networkConditionsChanged(const syncscope::NetworkConditions &conditions);

private:
    friend class SyncSessionPrivate;
    friend class AppPrivate;
    explicit SyncSession(std::unique_ptr<SyncSessionPrivate> d);
    std::unique_ptr<SyncSessionPrivate> d;
};

} // namespace syncscope
