#include "operatorfacts.h"

#include <syncscope/protocol/errorcodes.h>

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace syncscope::server {

namespace {

QString iso(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

void appendSessionJson(JsonText &out, const SessionStatistics &s)
{
    out.beginObject();
    out.key("id"_L1);
    out.value(quint64(s.sessionId));
    out.key("phase"_L1);
    out.value(phaseName(s.phase));
    out.key("realm"_L1);
    out.value(s.realmPath);
    out.key("user"_L1);
    out.value(s.userId);
    out.key("clientFileId"_L1);
    out.value(quint64(s.clientFileId));
    out.key("since"_L1);
    out.time(s.boundAt);
    out.key("uploadCursor"_L1);
    out.value(quint64(s.uploadCursor));
    out.key("uploadedChangesets"_L1);
    out.value(quint64(s.uploadedChangesets));
    out.key("uploadedBytes"_L1);
    out.value(quint64(s.uploadedBytes));
    out.key("refusedUploads"_L1);
    out.value(quint64(s.refusedUploads));
    out.key("downloadCursor"_L1);
    out.value(quint64(s.downloadCursor));
    out.key("serverHead"_L1);
    out.value(quint64(s.latestServerVersion));
    out.key("versionsBehind"_L1);
    out.value(quint64(
        s.latestServerVersion > s.downloadCursor ? s.latestServerVersion - s.downloadCursor : 0));
    out.key("bytesBehind"_L1);
    out.value(quint64(s.bytesBehind));
    out.key("downloadedChangesets"_L1);
    out.value(quint64(s.downloadedChangesets));
    out.key("downloadedBytes"_L1);
    out.value(quint64(s.downloadedBytes));
    out.key("lastUpload"_L1);
    out.time(s.lastUpload);
    out.key("lastDownload"_L1);
    out.time(s.lastDownload);
    out.key("lastActivity"_L1);
    out.time(s.lastActivity, true);
    if (s.phase == SessionPhase::Ended) {
        out.key("endCode"_L1);
        out.value(quint64(s.lastErrorCode));
    }
    out.key("lastError"_L1);
    if (s.lastErrorCode != 0) {
        out.beginObject();
        out.key("code"_L1);
        out.value(quint64(s.lastErrorCode));
        out.key("name"_L1);
        out.value(protocol::errorCodeName(s.lastErrorCode));
        out.key("message"_L1);
        out.value(s.lastErrorMessage);
        out.key("at"_L1);
        out.time(s.lastErrorAt, true);
        out.endObject();
    } else {
        out.null();
    }
    out.endObject();
}

QJsonObject histogramSummary(const Histogram &histogram)
{
    return {{QStringLiteral("count"), double(histogram.count)},
            {QStringLiteral("sum"), histogram.sum},
            {QStringLiteral("p50"), histogram.quantile(0.5)},
            {QStringLiteral("p99"), histogram.quantile(0.99)}};
}

} // namespace

QString phaseName(SessionPhase phase)
{
    switch (phase) {
    case SessionPhase::Binding:
        return QStringLiteral("binding");
    case SessionPhase::Identifying:
        return QStringLiteral("identifying");
    case SessionPhase::Syncing:
        return QStringLiteral("syncing");
    case SessionPhase::Ended:
        return QStringLiteral("ended");
    }
    return {};
}

std::optional<SessionPhase> phaseFromName(const QString &name)
{
    for (const SessionPhase phase : {SessionPhase::Binding, SessionPhase::Identifying,
                                     SessionPhase::Syncing, SessionPhase::Ended}) {
        if (phaseName(phase) == name)
            return phase;
    }
    return std::nullopt;
}

OperatorFilter OperatorFilter::fromJson(const QJsonObject &filter, QString *error)
{
    OperatorFilter result;
    result.user = filter.value(QLatin1StringView("user")).toString().left(1024);
    result.realmPrefix = filter.value(QLatin1StringView("realmPrefix")).toString().left(1024);
    const QString state = filter.value(QLatin1StringView("state")).toString();
    if (!state.isEmpty()) {
        result.phase = phaseFromName(state);
        if (!result.phase && error)
            *error = QCoreApplication::translate(
                "syncscope::server::OperatorEndpoint",
                "\"state\" must be binding, identifying, syncing or ended");
    }
    return result;
}

bool OperatorFilter::matches(const SessionStatistics &s) const
{
    return (user.isEmpty() || s.userId == user) &&
           (realmPrefix.isEmpty() || s.realmPath.startsWith(realmPrefix)) &&
           (!phase || s.phase == *phase);
}

bool OperatorFilter::matches(const ConnectionStatistics &c) const
{
    if (isEmpty())
        return true;
    if (realmPrefix.isEmpty() && !phase && c.userId == user)
        return true;
    const auto matching = [this](const SessionStatistics &s) { return matches(s); };
    return std::any_of(c.sessions.cbegin(), c.sessions.cend(), matching) ||
           std::any_of(c.endedSessions.cbegin(), c.endedSessions.cend(), matching);
}

void ServerCounts::add(const ConnectionStatistics &c)
{
    ++connections;
    sessions += c.sessions.size();
    sendQueueBytes += c.bytesQueued;
    for (const SessionStatistics &s : c.sessions) {
        ++sessionsByRealm[s.realmPath];
        downloadQueueBytes += s.bytesBehind;
    }
}

ServerCounts ServerCounts::of(const ServerStatistics &statistics)
{
    ServerCounts counts;
    for (const ConnectionStatistics &c : statistics.connections())
        counts.add(c);
    return counts;
}

QJsonObject serverFactsJson(const ServerStatistics &statistics, const ServerCounts &counts,
                            const QDateTime &startedAt, qint64 storageBytes)
{
    const ServerTotals totals = statistics.totals();
    const Histogram &commits = statistics.commitDuration();
    QJsonObject errors;
    for (auto it = statistics.errorsSent().cbegin(); it != statistics.errorsSent().cend(); ++it)
        errors.insert(protocol::errorCodeName(it.key()), double(it.value()));
    return {{QStringLiteral("version"), QCoreApplication::applicationVersion()},
            {QStringLiteral("startedAt"), iso(startedAt)},
            {QStringLiteral("uptimeSeconds"),
             double(startedAt.secsTo(QDateTime::currentDateTimeUtc()))},
            {QStringLiteral("connections"), double(counts.connections)},
            {QStringLiteral("sessions"), double(counts.sessions)},
            {QStringLiteral("realms"), double(counts.sessionsByRealm.size())},
            {QStringLiteral("sendQueueBytes"), double(counts.sendQueueBytes)},
            {QStringLiteral("downloadQueueBytes"), double(counts.downloadQueueBytes)},
            {QStringLiteral("changesetsIntegrated"), double(totals.changesetsIntegrated)},
            {QStringLiteral("bytesIntegrated"), double(totals.bytesIntegrated)},
            {QStringLiteral("uploadsRefused"), double(totals.uploadsRefused)},
            {QStringLiteral("commits"), double(commits.count)},
            {QStringLiteral("commitSecondsSum"), commits.sum},
            {QStringLiteral("commitsPerSecond"), statistics.commitsPerSecond()},
            {QStringLiteral("commitSeconds"), histogramSummary(commits)},
            {QStringLiteral("commitUploads"), histogramSummary(statistics.commitUploads())},
            {QStringLiteral("ackSeconds"), histogramSummary(statistics.uploadAckLatency())},
            {QStringLiteral("errorsSent"), errors},
            {QStringLiteral("storageBytes"), double(storageBytes)},
            {QStringLiteral("connectionsAccepted"), double(totals.connectionsAccepted)},
            {QStringLiteral("connectionsRejected"), double(totals.connectionsRejected)}};
}

void appendConnectionJson(JsonText &out, const ConnectionStatistics &c,
                          const OperatorFilter &filter, qsizetype *sessionCount)
{
    out.beginObject();
    out.key("id"_L1);
    out.value(quint64(c.connectionId));
    out.key("peer"_L1);
    out.value(c.peer);
    out.key("user"_L1);
    out.value(c.userId);
    out.key("since"_L1);
    out.time(c.connectedAt, true);
    out.key("lastActivity"_L1);
    out.time(c.lastActivity, true);
    out.key("bytesIn"_L1);
    out.value(quint64(c.bytesReceived));
    out.key("bytesOut"_L1);
    out.value(quint64(c.bytesSent));
    out.key("messagesIn"_L1);
    out.value(quint64(c.messagesReceived));
    out.key("messagesOut"_L1);
    out.value(quint64(c.messagesSent));
    out.key("sendQueueBytes"_L1);
    out.value(quint64(c.bytesQueued));
    out.key("roundTripMs"_L1);
    if (c.roundTripMs < 0)
        out.null();
    else
        out.value(qint64(c.roundTripMs));
    out.key("sessions"_L1);
    out.beginArray();
    qsizetype sessions = 0;
    for (const QList<SessionStatistics> *list : {&c.sessions, &c.endedSessions}) {
        for (const SessionStatistics &s : *list) {
            if (filter.matches(s)) {
                appendSessionJson(out, s);
                ++sessions;
            }
        }
    }
    out.endArray();
    out.endObject();
    if (sessionCount)
        *sessionCount = sessions;
}

qsizetype matchingSessions(const ConnectionStatistics &c, const OperatorFilter &filter)
{
    if (filter.isEmpty())
        return c.sessions.size() + c.endedSessions.size();
    const auto matching = [&filter](const SessionStatistics &s) { return filter.matches(s); };
    return std::count_if(c.sessions.cbegin(), c.sessions.cend(), matching) +
           std::count_if(c.endedSessions.cbegin(), c.endedSessions.cend(), matching);
}

void appendRealmJson(JsonText &out, const RealmStatistics &realm, qsizetype sessionsBound)
{
    out.beginObject();
    out.key("path"_L1);
    out.value(realm.path);
    out.key("headVersion"_L1);
    out.value(quint64(realm.headVersion));
    out.key("historyBytes"_L1);
    out.value(quint64(realm.historyBytes));
    out.key("clientFiles"_L1);
    out.value(quint64(realm.clientFiles));
    out.key("sessionsBound"_L1);
    out.value(quint64(sessionsBound));
    out.endObject();
}

size_t fingerprint(const ConnectionStatistics &c)
{
    size_t seed =
        qHashMulti(0, c.userId, c.bytesReceived, c.bytesSent, c.messagesReceived, c.messagesSent,
                   c.bytesQueued, c.roundTripMs, c.sessions.size(), c.endedSessions.size());
    for (const QList<SessionStatistics> *list : {&c.sessions, &c.endedSessions}) {
        for (const SessionStatistics &s : *list)
            seed = qHashMulti(seed, s.sessionId, int(s.phase), s.clientFileId, s.uploadCursor,
                              s.downloadCursor, s.latestServerVersion, s.uploadedBytes,
                              s.downloadedBytes, s.bytesBehind, s.refusedUploads, s.lastErrorCode);
    }
    return seed;
}

size_t fingerprint(const RealmStatistics &realm, qsizetype sessionsBound)
{
    // Not the path: it is the key these are kept under.
    return qHashMulti(0, realm.headVersion, realm.historyBytes, realm.clientFiles, sessionsBound);
}

} // namespace syncscope::server
