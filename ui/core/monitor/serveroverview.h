#pragma once

#include "monitor/sessionfacts.h"
#include "monitor/sessionhealth.h"
#include "monitor/sessionstatus.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <array>
#include <chrono>
#include <optional>

namespace syncscope::monitor {

class MonitoredSession;
class SessionMonitor;

// Whether the monitor's own sessions reach a server, as one word.
enum class ServerReach {
    Reachable,   // at least one of its sessions is connected
    Unreachable, // sessions want to sync and none is connected after a failure
    Connecting,  // sessions want to sync, none connected yet, nothing failed so far
    Unused,      // no session of it wants to sync (all paused, closed or failed)
};

// One server that sessions of this monitor's own process (the local SDK) talk to: the facts an
// operator asks for first — can we reach it, since when, why not, how are its sessions, how
// fast does it answer. Built from the sessions' facts; servers seen through the operator API
// have their own pane.
struct ServerRow
{
    QString server; // host:port, as the session list shows it
    QUrl url;
    ServerReach reach = ServerReach::Unused;
    // When `reach` began: the outage's start as the SDK reports it (failed retries do not move
    // it) when unreachable, else when the monitor saw the change (or, at start, when the first
    // of its connected sessions connected). Invalid: not known.
    QDateTime since;
    // The most recent connection failure any of its sessions reported, kept after the server
    // is back (the session rows drop it then): the answer to "why was it down?".
    SessionError lastConnectError;
    std::array<int, kHealthCount> perHealth{}; // indexed by Health
    std::array<int, 3> perRealmState{};        // Active, Inactive (paused too), Invalid
    int sessions = 0;
    // The slowest keep-alive round trip among its connected sessions (one connection per
    // user); nullopt while none has been measured.
    std::optional<std::chrono::microseconds> pingRoundTrip;

    int count(Health health) const { return perHealth[size_t(health)]; }
    int count(SessionState state) const { return perRealmState[size_t(state)]; }
    friend bool operator==(const ServerRow &, const ServerRow &) = default;
};

// The per-server view of the monitor's own sessions: rows() is computed from the sessions on
// demand (cheap: one pass), while what needs history — since when, the last connect failure —
// is remembered as the sessions change. Owned by SessionMonitor.
class ServerOverview final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerOverview)

public:
    explicit ServerOverview(SessionMonitor *monitor);

    // One row a server, ordered by host:port; `now` decides Retrying versus Offline.
    QList<ServerRow> rows(const QDateTime &now) const;
    std::optional<ServerRow> row(const QString &server, const QDateTime &now) const;

    // Whether the session counts: it runs in this process's SDK (not an attached server's row
    // nor another process's).
    static bool isOwnSession(const MonitoredSession *session);

    // "Reachable", "Unreachable", …: translated.
    static QString reachText(ServerReach reach);
    // "1.2 ms", "85 ms", "—" when unknown: translated unit.
    static QString roundTripText(const std::optional<std::chrono::microseconds> &roundTrip);
    // "14:02:11 (3 min)": the clock time and how long ago; empty when not known.
    static QString sinceText(const QDateTime &since, const QDateTime &now);
    // "Syncing 2, Retrying 1" (only non-zero counts; "none" without sessions): translated.
    static QString healthCountsText(const ServerRow &row);
    // "Active 2, Inactive 1, Invalid 0": Realm's words, every one.
    static QString realmStateCountsText(const ServerRow &row);

Q_SIGNALS:
    // A server's reach changed, one appeared or went, or its last connect error changed.
    // Durations and round trips move without it: views refresh on SessionMonitor::sampled too.
    void changed();

private:
    struct Memory
    {
        ServerReach reach = ServerReach::Unused;
        QDateTime since;
        SessionError lastConnectError;
    };
    void observe(const MonitoredSession *session);
    void update(const QString &server);
    // Reach and, for Unreachable, the SDK's outage start, from the sessions as they are now;
    // nullopt when none of the monitor's own sessions uses the server.
    std::optional<ServerReach> reachNow(const QString &server, QDateTime *outageStart,
                                        QDateTime *firstConnected) const;

    SessionMonitor *m_monitor;
    QHash<QString, Memory> m_memory; // host:port -> what rows() cannot see in the sessions
};

} // namespace syncscope::monitor
