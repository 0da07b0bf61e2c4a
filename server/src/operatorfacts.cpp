#include "operatorfacts.h"

#include <syncscope/protocol/errorcodes.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace syncscope::server {

namespace {

QString iso(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// null for a time that has not happened (no upload yet, no error yet).
QJsonValue isoOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(iso(time)) : QJsonValue(QJsonValue::Null);
}

QJsonObject sessionJson(const SessionStatistics &s)
{
    QJsonObject json{
        {QStringLiteral("id"), double(s.sessionId)},
        {QStringLiteral("phase"), phaseName(s.phase)},
        {QStringLiteral("realm"), s.realmPath},
        {QStringLiteral("user"), s.userId},
        {QStringLiteral("clientFileId"), double(s.clientFileId)},
        {QStringLiteral("since"), isoOrNull(s.boundAt)},
        {QStringLiteral("uploadCursor"), double(s.uploadCursor)},
        {QStringLiteral("uploadedChangesets"), double(s.uploadedChangesets)},
        {QStringLiteral("uploadedBytes"), double(s.uploadedBytes)},
        {QStringLiteral("refusedUploads"), double(s.refusedUploads)},
        {QStringLiteral("downloadCursor"), double(s.downloadCursor)},
        {QStringLiteral("serverHead"), double(s.latestServerVersion)},
        {QStringLiteral("versionsBehind"),
         double(s.latestServerVersion > s.downloadCursor ? s.latestServerVersion - s.downloadCursor
                                                         : 0)},
        {QStringLiteral("bytesBehind"), double(s.bytesBehind)},
        {QStringLiteral("downloadedChangesets"), double(s.downloadedChangesets)},
        {QStringLiteral("downloadedBytes"), double(s.downloadedBytes)},
        {QStringLiteral("lastUpload"), isoOrNull(s.lastUpload)},
        {QStringLiteral("lastDownload"), isoOrNull(s.lastDownload)},
        {QStringLiteral("lastActivity"), iso(s.lastActivity)}};
    if (s.phase == SessionPhase::Ended)
        json.insert(QStringLiteral("endCode"), double(s.lastErrorCode));
    if (s.lastErrorCode != 0) {
        json.insert(QStringLiteral("lastError"),
                    QJsonObject{{QStringLiteral("code"), double(s.lastErrorCode)},
                                {QStringLiteral("name"), protocol::errorCodeName(s.lastErrorCode)},
                                {QStringLiteral("message"), s.lastErrorMessage},
                                {QStringLiteral("at"), iso(s.lastErrorAt)}});
    } else {
        json.insert(QStringLiteral("lastError"), QJsonValue(QJsonValue::Null));
    }
    return json;
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

QJsonObject serverFactsJson(const ServerStatistics &statistics, const QDateTime &startedAt,
                            qint64 storageBytes)
{
    const QList<ConnectionStatistics> connections = statistics.connections();
    qsizetype sessions = 0;
    QSet<QString> realms;
    quint64 queued = 0;
    quint64 behind = 0;
    for (const ConnectionStatistics &c : connections) {
        sessions += c.sessions.size();
        queued += c.bytesQueued;
        for (const SessionStatistics &s : c.sessions) {
            realms.insert(s.realmPath);
            behind += s.bytesBehind;
        }
    }
    const ServerTotals totals = statistics.totals();
    const Histogram &commits = statistics.commitDuration();
    QJsonObject errors;
    for (auto it = statistics.errorsSent().cbegin(); it != statistics.errorsSent().cend(); ++it)
        errors.insert(protocol::errorCodeName(it.key()), double(it.value()));
    return {{QStringLiteral("version"), QCoreApplication::applicationVersion()},
            {QStringLiteral("startedAt"), iso(startedAt)},
            {QStringLiteral("uptimeSeconds"),
             double(startedAt.secsTo(QDateTime::currentDateTimeUtc()))},
            {QStringLiteral("connections"), double(connections.size())},
            {QStringLiteral("sessions"), double(sessions)},
            {QStringLiteral("realms"), double(realms.size())},
            {QStringLiteral("sendQueueBytes"), double(queued)},
            {QStringLiteral("downloadQueueBytes"), double(behind)},
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

QJsonObject connectionJson(const ConnectionStatistics &c, const OperatorFilter &filter,
                           qsizetype *sessionCount)
{
    QJsonArray sessions;
    for (const QList<SessionStatistics> *list : {&c.sessions, &c.endedSessions}) {
        for (const SessionStatistics &s : *list) {
            if (filter.matches(s))
                sessions.append(sessionJson(s));
        }
    }
    if (sessionCount)
        *sessionCount = sessions.size();
    return {{QStringLiteral("id"), double(c.connectionId)},
            {QStringLiteral("peer"), c.peer},
            {QStringLiteral("user"), c.userId},
            {QStringLiteral("since"), iso(c.connectedAt)},
            {QStringLiteral("lastActivity"), iso(c.lastActivity)},
            {QStringLiteral("bytesIn"), double(c.bytesReceived)},
            {QStringLiteral("bytesOut"), double(c.bytesSent)},
            {QStringLiteral("messagesIn"), double(c.messagesReceived)},
            {QStringLiteral("messagesOut"), double(c.messagesSent)},
            {QStringLiteral("sendQueueBytes"), double(c.bytesQueued)},
            {QStringLiteral("roundTripMs"),
             c.roundTripMs < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(double(c.roundTripMs))},
            {QStringLiteral("sessions"), sessions}};
}

QJsonObject realmJson(const RealmStatistics &realm, qsizetype sessionsBound)
{
    return {{QStringLiteral("path"), realm.path},
            {QStringLiteral("headVersion"), double(realm.headVersion)},
            {QStringLiteral("historyBytes"), double(realm.historyBytes)},
            {QStringLiteral("clientFiles"), double(realm.clientFiles)},
            {QStringLiteral("sessionsBound"), double(sessionsBound)}};
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
    return qHashMulti(0, realm.path, realm.headVersion, realm.historyBytes, realm.clientFiles,
                      sessionsBound);
}

} // namespace syncscope::server
