#pragma once

#include "monitor/sessionsource.h"
#include "workspace/workspace.h"

#include <syncscope/syncsession.h>
#include <syncscope/types.h>

#include <QPointer>
#include <QTimer>

#include <chrono>
#include <functional>
#include <memory>

namespace syncscope {
class Realm;
class User;
} // namespace syncscope

namespace syncscope::monitor {

class MonitoredSession;
class TrafficGenerator;

// A session of the local client SDK: a SyncSession this process opened, turned into facts.
// Accepts every command. Errors, connection failures, the next retry and the outage start are
// the SDK's own (errorOccurred, connectionErrorOccurred, nextConnectionAttempt(),
// disconnectedSince()): the monitor never guesses them.
class LocalSessionSource final : public SessionSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalSessionSource)

public:
    explicit LocalSessionSource(const SessionDefinition &definition, QObject *parent = nullptr);
    ~LocalSessionSource() override;

    // How "Log in again" logs the session's user in (the App and the workspace's token).
    void setLogIn(std::function<void()> logIn) { m_logIn = std::move(logIn); }

    // Exactly one of these, once, after the monitor listens to the signals.
    void attach(const std::shared_ptr<User> &user, const std::shared_ptr<Realm> &realm);
    // A session another part of this process opened and owns (the embeddable widget shows an
    // app's own sessions): watched, never kept open; realm() stays nullptr.
    void watch(SyncSession *session);
    void failToOpen(const QString &reason); // an Invalid session that says why it never opened

    Realm *realm() const { return m_realm.get(); }
    SyncSession *syncSession() const { return m_session; }
    User *user() const { return m_user.get(); }

    CommandSupport supports(SessionCommand command) const override;
    void pause(std::optional<std::chrono::seconds> duration) override;
    void resume() override;
    void reconnect() override;
    void setHeldByMonitor(bool held) override;
    void logIn() override;
    // Simulated network conditions of the session's connection ("Simulate slow network…").
    CommandSupport supportsNetworkConditions() const;
    NetworkConditions networkConditions() const;
    void setNetworkConditions(const NetworkConditions &conditions);

private:
    void listen();  // to the session and its user, once m_session and m_user are set
    void refresh(); // publishes the facts as the SDK and the pause bookkeeping have them
    void applyPause();
    StateBadge currentState() const;
    void onStateChanged(SessionState newState, SessionState oldState);
    void onConnectionChanged(ConnectionState newState, ConnectionState oldState);
    void onError(const SyncError &error, SessionError::Origin origin);
    void onProgress(ProgressDirection direction, quint64 transferred, quint64 transferable);

    const TrafficSpec m_traffic;
    std::shared_ptr<User> m_user;
    std::shared_ptr<Realm> m_realm;
    QPointer<SyncSession> m_session;
    quint64 m_uploadToken = 0;
    quint64 m_downloadToken = 0;
    TrafficGenerator *m_trafficGenerator = nullptr;
    bool m_openFailed = false;

    QDateTime m_connectionSince;
    std::function<void()> m_logIn;

    PauseFacts m_pause;
    QTimer m_pauseTimer;
};

// The realm of a session the local SDK runs, for writing into it; nullptr for other sources.
Realm *localRealmOf(const MonitoredSession *session);

} // namespace syncscope::monitor
