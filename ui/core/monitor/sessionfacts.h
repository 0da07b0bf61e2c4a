#pragma once

#include "monitor/sessionstatus.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

#include <chrono>
#include <optional>

namespace syncscope::monitor {

// Transferred and transferable bytes of one direction, as last reported by the source.
struct DirectionProgress
{
    quint64 transferred = 0;
    quint64 transferable = 0;
    bool known = false; // no report yet: the SDK reports nothing before the first DOWNLOAD
    double fraction() const
    {
        return transferable == 0 ? 1.0 : qMin(1.0, double(transferred) / double(transferable));
    }
    bool outstanding() const { return known && transferred < transferable; }
    friend bool operator==(const DirectionProgress &, const DirectionProgress &) = default;
};

// The most recent error of a session: a code, a translated message, and when it came.
struct SessionError
{
    enum class Origin {
        Session,    // reported by the running session (fatal or not)
        Opening,    // the session could not be opened at all; code is 0
        Connection, // a connection attempt failed or the connection was lost; never fatal
    };
    int code = 0;
    QString message;
    bool fatal = false;
    Origin origin = Origin::Session;
    QDateTime time;

    bool isEmpty() const { return code == 0 && message.isEmpty(); }
    QString text() const; // "message (code N)", the message alone without a code; empty if none
    // The message in the monitor's language: a server's reason is translated
    // (ServerReason), the SDK's own messages already are.
    QString localizedMessage() const;
    friend bool operator==(const SessionError &, const SessionError &) = default;
};

// Who holds a session paused, since when and until when.
struct PauseFacts
{
    bool byPerson = false;  // "Pause" / "Pause for…" on this session
    bool byMonitor = false; // "Pause all" of the monitor watching it
    QDateTime since;        // when the person paused it
    QDateTime until;        // "Pause for…": when it resumes by itself; invalid otherwise
    bool any() const { return byPerson || byMonitor; }
    friend bool operator==(const PauseFacts &, const PauseFacts &) = default;
};

// Everything the monitor knows about one session, whichever source it comes from: the local
// SDK, a server the monitor is attached to, another process. A plain value, so a source can
// build it from anything (a signal, a message on a socket) and the filter can match on it.
struct SessionFacts
{
    // Who and where: set when the source is created, never changed afterwards.
    QString name;
    QString realmPath;
    QString userId;
    QString server; // host:port
    QUrl serverUrl;
    QList<QUrl> additionalServerUrls; // further nodes of the same server, in the order tried
    QString localPath;                // empty when the session's file is not on this machine

    StateBadge state = StateBadge::Inactive;
    ConnectionBadge connection = ConnectionBadge::Disconnected;
    QDateTime connectionSince; // when the connection state last changed
    // The server node the session's connection uses now (SyncSession::currentServerUrl):
    // connected or connecting to, or tried next; empty when not syncing or not known.
    QUrl currentServerUrl;
    DirectionProgress upload;
    DirectionProgress download;
    // The most recent error of any origin. A connection failure stays only until the
    // connection is back, so "With errors" lists what is wrong now; the event log keeps them all.
    SessionError lastError;
    QDateTime nextAttempt;       // when the source tries to connect again; invalid: no retry due
    QDateTime disconnectedSince; // when the outage began (failed retries do not move it)
    bool userLoggedOut = false;  // Inactive because its user logged out: "Log in again" helps
    PauseFacts pause;
    // The source lost touch with where the session lives (a server the monitor is attached to
    // is unreachable): the facts are the last known ones, from before disconnectedSince.
    bool stale = false;
    // The last keep-alive round trip of the session's connection (SyncSession's
    // lastPingRoundTrip()); nullopt while not connected or before the first PONG.
    std::optional<std::chrono::microseconds> pingRoundTrip;

    bool hasError() const { return !lastError.isEmpty(); }
    bool hasSeveralNodes() const { return !additionalServerUrls.isEmpty(); }
    // host:port of currentServerUrl; empty when no node is in use.
    QString currentNodeText() const;
    // "Server nodes: …" and the node in use, one per line, for a tooltip or a report.
    QString nodesDescription() const;
    const DirectionProgress &progress(ProgressDirection direction) const
    {
        return direction == ProgressDirection::Upload ? upload : download;
    }
    friend bool operator==(const SessionFacts &, const SessionFacts &) = default;
};

} // namespace syncscope::monitor
