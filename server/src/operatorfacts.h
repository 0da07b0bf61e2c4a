#pragma once

#include "jsontext.h"

#include <syncscope/server/serverstatistics.h>

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace syncscope::server {

// What an operator subscriber asked to see (docs/operator.md, "filter"); empty parts match all.
struct OperatorFilter
{
    QString user;
    QString realmPrefix;
    std::optional<SessionPhase> phase;

    // Reads {"user", "realmPrefix", "state"}; an unknown state sets *error.
    static OperatorFilter fromJson(const QJsonObject &filter, QString *error);
    bool isEmpty() const { return user.isEmpty() && realmPrefix.isEmpty() && !phase; }
    bool matches(const SessionStatistics &session) const;
    // A connection matches when one of its sessions (bound or recently ended) does, or, with
    // only a user filter, when it is that user's connection.
    bool matches(const ConnectionStatistics &connection) const;
    bool matchesRealm(const QString &path) const
    {
        return realmPrefix.isEmpty() || path.startsWith(realmPrefix);
    }
};

QString phaseName(SessionPhase phase);
std::optional<SessionPhase> phaseFromName(const QString &name);

// The server facts that are sums over every connection and session. A subscriber's round adds
// each connection as it visits it, a slice at a time, instead of walking all of them at once.
struct ServerCounts
{
    qsizetype connections = 0;
    qsizetype sessions = 0;
    quint64 sendQueueBytes = 0;
    quint64 downloadQueueBytes = 0;
    // Bound sessions by realm path: the realms' "sessionsBound", and their number the server's
    // "realms".
    QHash<QString, qsizetype> sessionsByRealm;

    void add(const ConnectionStatistics &connection);
    // Every connection at once: for a one-off message such as "welcome".
    static ServerCounts of(const ServerStatistics &statistics);
};

// The JSON of the operator stream. Each is what changed-detection hashes, too.
QJsonObject serverFactsJson(const ServerStatistics &statistics, const ServerCounts &counts,
                            const QDateTime &startedAt, qint64 storageBytes);
// Only the sessions the filter matches; `sessions` tells how many that was. Written as JSON
// text (JsonText): these are sent for every session several times a minute.
void appendConnectionJson(JsonText &out, const ConnectionStatistics &connection,
                          const OperatorFilter &filter, qsizetype *sessions = nullptr);
// How many of the connection's sessions appendConnectionJson() would write, without writing them.
qsizetype matchingSessions(const ConnectionStatistics &connection, const OperatorFilter &filter);
void appendRealmJson(JsonText &out, const RealmStatistics &realm, qsizetype sessionsBound);
size_t fingerprint(const ConnectionStatistics &connection);
size_t fingerprint(const RealmStatistics &realm, qsizetype sessionsBound);

} // namespace syncscope::server
