#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

namespace syncscope::monitor {

class MonitoredSession;
struct ServerRow;
class SessionMonitor;

// What `syncscope --headless` prints each tick, in its two formats: the table for people
// (fitted to a width) and a JSON object for scripts (docs/monitor.md, "Headless output").
class StatusReport final
{
    Q_DECLARE_TR_FUNCTIONS(syncscope::monitor::StatusReport)

public:
    StatusReport(const SessionMonitor *monitor, qint64 elapsedSeconds, const QDateTime &now);

    // The title line, the header and one row a session. Every line fits `columns`
    // (0: no limit): the name and the last error are cut with "…", and when even that is not
    // enough the least needed columns (progress, state, rates, connection) are left out.
    // Then, after an empty line, one row a server the sessions use (ServerOverview): the
    // server, its reach and since when, its sessions per health, the ping round trip and the
    // last connect error.
    QStringList tableLines(int columns) const;
    QStringList serverLines(int columns) const;

    // {"type": "tick", "time", "elapsed_s", "upload_rate", "download_rate", "sessions": […],
    //  "servers": […]}
    QJsonObject tickObject() const;
    // One session as it appears in "sessions" of a tick and of the summary.
    static QJsonObject sessionObject(const MonitoredSession *session, const QDateTime &now);
    // One server as it appears in "servers" of a tick.
    static QJsonObject serverObject(const ServerRow &server);

private:
    const SessionMonitor *m_monitor;
    qint64 m_elapsedSeconds;
    QDateTime m_now;
};

} // namespace syncscope::monitor
