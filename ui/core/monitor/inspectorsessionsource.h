#pragma once

#include "monitor/sessionsource.h"

#include <syncscope/inspectorclient.h>

#include <QPointer>

namespace syncscope::monitor {

// A session of another process, seen through that process's inspector: its facts come from the
// InspectedSession the InspectorClient keeps up to date, its commands travel to the app over the
// client and come back as new facts. When the process is gone the source keeps its last facts,
// shows it disconnected, and refuses every command with that reason.
class InspectorSessionSource final : public SessionSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InspectorSessionSource)

public:
    InspectorSessionSource(InspectorClient *client, const InspectedSession &session,
                           const QString &processName, QObject *parent = nullptr);

    int inspectedId() const { return m_id; }
    qint64 pid() const { return m_pid; }
    bool isGone() const { return m_gone; }
    NetworkConditions networkConditions() const { return m_network; }

    // The client reported new facts of this session.
    void update(const InspectedSession &session);
    // The process exited or the connection to its inspector ended.
    void markGone();

    CommandSupport supports(SessionCommand command) const override;
    void pause(std::optional<std::chrono::seconds> duration) override;
    void resume() override;
    void reconnect() override;
    // Simulated network conditions in the app ("Simulate slow network…").
    CommandSupport supportsNetworkConditions() const;
    void setNetworkConditions(const NetworkConditions &conditions);

    static SessionFacts factsOf(const InspectedSession &session, const QString &processName);

private:
    QPointer<InspectorClient> m_client;
    const int m_id;
    const qint64 m_pid;
    const QString m_processName;
    NetworkConditions m_network;
    QDateTime m_pauseUntil; // "Pause for…" from this monitor: when the app resumes by itself
    bool m_gone = false;
};

} // namespace syncscope::monitor
