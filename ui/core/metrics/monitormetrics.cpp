#include "metrics/monitormetrics.h"

#include "monitor/monitoredsession.h"
#include "monitor/sessionmonitor.h"

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

// A label value escapes backslash, double quote and newline.
QByteArray labelValue(const QString &value)
{
    QByteArray escaped;
    for (const char c : value.toUtf8()) {
        if (c == '\n') {
            escaped += "\\n";
            continue;
        }
        if (c == '\\' || c == '"')
            escaped += '\\';
        escaped += c;
    }
    return escaped;
}

class Exposition
{
public:
    void family(QByteArrayView name, QByteArrayView type, QByteArrayView help)
    {
        m_text += "# HELP ";
        m_text += name;
        m_text += ' ';
        m_text += help;
        m_text += "\n# TYPE ";
        m_text += name;
        m_text += ' ';
        m_text += type;
        m_text += '\n';
    }

    void sample(QByteArrayView name, const QByteArray &labels, double value)
    {
        m_text += name;
        if (!labels.isEmpty()) {
            m_text += '{';
            m_text += labels;
            m_text += '}';
        }
        m_text += ' ';
        m_text += QByteArray::number(value, 'g', 17);
        m_text += '\n';
    }

    QByteArray take() { return std::move(m_text); }

private:
    QByteArray m_text;
};

// id keeps two sessions of the same name apart.
QByteArray sessionLabels(const MonitoredSession *session)
{
    return "id=\"" + QByteArray::number(session->id()) + "\",session=\"" +
           labelValue(session->name()) + '"';
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
    Exposition out;
    out.family("syncscope_monitor_build_info", "gauge", "Version of this syncscope; always 1.");
    out.sample("syncscope_monitor_build_info",
               "version=\"" + labelValue(QCoreApplication::applicationVersion()) + '"', 1);

    out.family("syncscope_monitor_sessions", "gauge", "Sessions watched, by state.");
    for (const auto &[state, name] : kStates) {
        const auto count = std::count_if(sessions.cbegin(), sessions.cend(),
                                         [state](auto *s) { return s->stateBadge() == state; });
        out.sample("syncscope_monitor_sessions", QByteArray("state=\"") + name + '"',
                   double(count));
    }
    out.family("syncscope_monitor_session_state", "gauge",
               "1 for the state each session is in, 0 for the others.");
    for (const MonitoredSession *session : sessions) {
        for (const auto &[state, name] : kStates)
            out.sample("syncscope_monitor_session_state",
                       sessionLabels(session) + ",state=\"" + name + '"',
                       session->stateBadge() == state ? 1 : 0);
    }
    out.family("syncscope_monitor_session_connection", "gauge",
               "1 for the connection state each session is in, 0 for the others.");
    for (const MonitoredSession *session : sessions) {
        for (const auto &[connection, name] : kConnections)
            out.sample("syncscope_monitor_session_connection",
                       sessionLabels(session) + ",connection=\"" + name + '"',
                       session->connectionBadge() == connection ? 1 : 0);
    }
    out.family("syncscope_monitor_session_transferred_bytes", "gauge",
               "Bytes transferred as the session's last progress report says, per direction.");
    for (const MonitoredSession *session : sessions) {
        for (const auto &[direction, name] : kDirections)
            out.sample("syncscope_monitor_session_transferred_bytes",
                       sessionLabels(session) + ",direction=\"" + name + '"',
                       double(session->progress(direction).transferred));
    }
    out.family("syncscope_monitor_session_transferable_bytes", "gauge",
               "Bytes transferable as the session's last progress report says, per direction.");
    for (const MonitoredSession *session : sessions) {
        for (const auto &[direction, name] : kDirections)
            out.sample("syncscope_monitor_session_transferable_bytes",
                       sessionLabels(session) + ",direction=\"" + name + '"',
                       double(session->progress(direction).transferable));
    }
    out.family("syncscope_monitor_session_reconnects_total", "counter",
               "Connections each session regained after its first one.");
    for (const MonitoredSession *session : sessions)
        out.sample("syncscope_monitor_session_reconnects_total", sessionLabels(session),
                   double(reconnects(session)));
    return out.take();
}

} // namespace syncscope::monitor
