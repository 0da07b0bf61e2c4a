#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>

namespace syncscope::monitor {

class MonitoredSession;
class SessionMonitor;

// The monitor's own sessions as Prometheus metrics (docs/monitor.md lists every one): their
// states and connections, the bytes their progress reports per direction, and how often each
// reconnected, which it counts from the moment it is created.
class MonitorMetrics final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MonitorMetrics)

public:
    explicit MonitorMetrics(SessionMonitor *monitor, QObject *parent = nullptr);

    // Text exposition format 0.0.4.
    QByteArray render() const;
    // Connections regained after the first one.
    quint64 reconnects(const MonitoredSession *session) const;

private:
    struct Connections
    {
        bool connected = false;
        quint64 established = 0;
    };

    void observe(MonitoredSession *session);

    SessionMonitor *m_monitor;
    QHash<const MonitoredSession *, Connections> m_connections;
};

} // namespace syncscope::monitor
