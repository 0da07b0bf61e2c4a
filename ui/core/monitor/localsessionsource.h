#pragma once

#include "monitor/sessionsource.h"
#include "workspace/workspace.h"

#include <syncscope/syncsession.h>
#include <syncscope/types.h>

#include <QPointer>
#include <QTimer>

#include <chrono>
#include <memory>

namespace syncscope {
class Realm;
class User;
} // namespace syncscope

namespace syncscope::monitor {

class MonitoredSession;
class TrafficGenerator;

// A session of the local client SDK: a SyncSession this process opened, turned into facts.
// Accepts every command. The SDK does not yet publish when it will retry, so the source
// estimates it from the documented back-off (reconnectDelays()).
class LocalSessionSource final : public SessionSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalSessionSource)

public:
    explicit LocalSessionSource(const SessionDefinition &definition, QObject *parent = nullptr);
    ~LocalSessionSource() override;

    // The SDK's back-off bounds (ClientConfig), for the next-attempt estimate.
    void setReconnectDelays(std::chrono::milliseconds minimum, std::chrono::milliseconds maximum);

    // Exactly one of these, once, after the monitor listens to the signals.
    void attach(const std::shared_ptr<User> &user, const std::shared_ptr<Realm> &realm);
    void failToOpen(const QString &reason); // an Invalid session that says why it never opened

    Realm *realm() const { return m_realm.get(); }
    SyncSession *syncSession() const { return m_session; }

    CommandSupport supports(SessionCommand command) const override;
    void pause(std::optional<std::chrono::seconds> duration) override;
    void resume() override;
    void reconnect() override;
    void setHeldByMonitor(bool held) override;

private:
    void refresh(); // publishes the facts as the SDK and the pause bookkeeping have them
    void applyPause();
    StateBadge currentState() const;
    RetryEstimate retryEstimate() const;
    void onStateChanged(SessionState newState, SessionState oldState);
    void onConnectionChanged(ConnectionState newState, ConnectionState oldState);
    void onError(int code, const QString &message, bool fatal);
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
    int m_failedAttempts = 0;
    std::chrono::milliseconds m_reconnectDelayMin{1'000};
    std::chrono::milliseconds m_reconnectDelayMax{300'000};

    PauseFacts m_pause;
    QTimer m_pauseTimer;
};

// The realm of a session the local SDK runs, for writing into it; nullptr for other sources.
Realm *localRealmOf(const MonitoredSession *session);

} // namespace syncscope::monitor
