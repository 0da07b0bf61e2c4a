#include "metrics/monitormetrics.h"

#include "monitor/monitoredsession.h"
#include "monitor/sessionmonitor.h"

#include <syncscope/platform/prometheus.h>

#include <QCoreApplication>

#include <array>

namespace syncscope::monitor {

namespace {

constexpr std::array kStates = {
    std::pair{StateBadge::Active, "active"}, std::pair{StateBadge::Paused, "paused"},
    std::pair{StateBadge::Inactive, "inactive"}, std::pair{StateBadge::Invalid, "invalid"}};
constexpr std::array kConnections = {std::pair{ConnectionBadge::Disconnected, "disconnected"},
                                     std::pair{ConnectionBadge::Connecting, "connecting"},
                                     std::pair{ConnectionBadge::Connected, "connected"}};
constexpr std::array kDirections = {std::pair{ProgressDirection::Upload, "upload"},
                                    std::pair{ProgressDirection::Download, "download"}};

// id keeps two sessions of the same name apart.
QByteArray sessionLabels(const MonitoredSession *session)
{
    return "id=\"" + QByteArray::number(session->id()) + "\",session=\"" +
           platform::prometheusLabelValue(session->name()) + '"';
}

} // namespace

MonitorMetrics::MonitorMetrics(SessionMonitor *monitor, QObject *parent)
    : QObject(parent)
    , m_monitor(monitor)
{
    for (MonitoredSession *session : monitor->sessions())
        observe(session);
    connect(monitor, &SessionMonitor::sessionAdded, this, &MonitorMetrics::observe);
    connect(monitor, &SessionMonitor::sessionStateChanged, this, &MonitorMetrics::observe);
    connect(monitor, &SessionMonitor::sessionAboutToBeRemoved, this,
            [this](MonitoredSession *session) { m_connections.remove(session); });
}

void MonitorMetrics::observe(MonitoredSession *session)
{
    Connections &c = m_connections[session];
    const bool connected = session->connectionBadge() == ConnectionBadge::Connected;
    if (connected && !c.connected)
        ++c.established;
    c.connected = connected;
}

quint64 MonitorMetrics::reconnects(const MonitoredSession *session) const
{
    const quint64 established = m_connections.value(session).established;
    return established > 0 ? established - 1 : 0;
}

QByteArray MonitorMetrics::render() const
{
    const QList<MonitoredSession *> sessions = m_monitor->sessions();
    platform::PrometheusExposition out;
    out.family("syncscope_monitor_build_info", "gauge", "Version of this syncscope; always 1.");
    out.sample("syncscope_monitor_build_info", 1,
               "version=\"" +
                   platform::prometheusLabelValue(QCoreApplication::applicationVersion()) + '"');

    out.family("syncscope_monitor_sessions", "gauge", "Sessions watched, by state.");
    for (const auto &[state, name] : kStates) {
        const auto count = std::count_if(sessions.cbegin(), sessions.cend(),
                                         [state](auto *s) { return s->stateBadge() == state; });
        out.sample("syncscope_monitor_sessions", double(count),
                   QByteArray("state=\"") + name + '"');
    }
    out.family("syncscope_monitor_session_state", "gauge",
               "1 for the state each session is in, 0 for the others.");
    for (const MonitoredSession *session : sessions) {
        for (const auto &[state, name] : kStates)
            out.sample("syncscope_monitor_session_state", session->stateBadge() == state ? 1 : 0,
                       sessionLabels(session) + ",state=\"" + name + '"');
    }
    out.family("syncscope_monitor_session_connection", "gauge",
               "1 for the connection state each session is in, 0 for the others.");
    for (const MonitoredSession *session : sessions) {
        for (const auto &[connection, name] : kConnections)
            out.sample("syncscope_monitor_session_connection",
                       session->connectionBadge() == connection ? 1 : 0,
                       sessionLabels(session) + ",connection=\"" + name + '"');
    }
    out.family("syncscope_monitor_session_transferred_bytes", "gauge",
               "Bytes transferred as the session's last progress report says, per direction.");
    for (const MonitoredSession *session : sessions) {
        for (const auto &[direction, name] : kDirections)
            out.sample("syncscope_monitor_session_transferred_bytes",
                       double(session->progress(direction).transferred),
                       sessionLabels(session) + ",direction=\"" + name + '"');
    }
    out.family("syncscope_monitor_session_transferable_bytes", "gauge",
               "Bytes transferable as the session's last progress report says, per direction.");
    for (const MonitoredSession *session : sessions) {
        for (const auto &[direction, name] : kDirections)
            out.sample("syncscope_monitor_session_transferable_bytes",
                       double(session->progress(direction).transferable),
                       sessionLabels(session) + ",direction=\"" + name + '"');
    }
    out.family("syncscope_monitor_session_reconnects_total", "counter",
               "Connections each session regained after its first one.");
    for (const MonitoredSession *session : sessions)
        out.sample("syncscope_monitor_session_reconnects_total", double(reconnects(session)),
                   sessionLabels(session));
    return out.take();
}

} // namespace syncscope::monitor
