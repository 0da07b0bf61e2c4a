#include "figurenames.h"

using namespace Qt::StringLiterals;

namespace syncscope::bench::names {

QString uploadThroughput(int mib)
{
    return u"upload throughput (%1 MiB)"_s.arg(mib);
}
QString downloadThroughput(int mib)
{
    return u"download throughput (%1 MiB)"_s.arg(mib);
}
QString sessionsReady(int sessions)
{
    return u"sessions open to downloaded (%1)"_s.arg(sessions);
}
QString clientMemoryPerSession(int sessions)
{
    return u"client memory per session (%1)"_s.arg(sessions);
}
QString clientSqliteMemoryPerSession(int sessions)
{
    return u"client SQLite memory per session (%1)"_s.arg(sessions);
}
QString clientTotalMemoryPerSession(int sessions)
{
    return u"client memory per session with SQLite (%1)"_s.arg(sessions);
}
QString serverMemoryPerSession(int sessions)
{
    return u"server memory per session (%1)"_s.arg(sessions);
}
QString chartRefresh(int hours)
{
    return u"chart refresh (%1 h full history)"_s.arg(hours);
}
QString monitorBusy(const QString &feed)
{
    return u"monitor GUI busy (%1)"_s.arg(feed);
}
QString monitorFrameP99(const QString &feed)
{
    return u"monitor frame p99 (%1)"_s.arg(feed);
}
QString liveSessionsFeed(int sessions)
{
    return u"%1 live sessions"_s.arg(sessions);
}
QString syntheticRowsFeed(int rows)
{
    return u"%1 synthetic rows"_s.arg(rows);
}

QString attachedSessionsFeed(int sessions, int connections)
{
    return u"attached server, %1 sessions over %2 connections"_s.arg(sessions).arg(connections);
}
QString monitorMemoryPerRemoteSession(const QString &feed)
{
    return u"monitor memory per remote session (%1)"_s.arg(feed);
}

QStringList propagationPoints()
{
    return {u"write() called"_s,           u"client-committed"_s, u"client-upload-sent"_s,
            u"server-upload-received"_s,   u"server-committed"_s, u"server-download-sent"_s,
            u"client-download-received"_s, u"client-stored"_s,    u"Realm::changed"_s};
}

QStringList propagationSteps()
{
    const QStringList points = propagationPoints();
    QStringList steps;
    for (qsizetype i = 0; i + 1 < points.size(); ++i)
        steps << u"propagation step %1: %2 → %3 p50"_s.arg(i + 1).arg(points[i], points[i + 1]);
    return steps;
}

QStringList expected(const BenchOptions &options)
{
    QStringList result;
    if (options.wants(u"local-write"_s))
        result << localWrite();
    if (options.wants(u"throughput"_s)) {
        for (int mib : options.throughputMiB)
            result << uploadThroughput(mib) << downloadThroughput(mib);
    }
    if (options.wants(u"propagation"_s))
        result << propagationP50() << propagationP99() << propagationAfterWriteP50()
               << propagationSteps();
    if (options.wants(u"sessions"_s)) {
        for (int sessions : options.sessionCounts)
            result << sessionsReady(sessions) << clientMemoryPerSession(sessions)
                   << clientSqliteMemoryPerSession(sessions)
                   << clientTotalMemoryPerSession(sessions) << serverMemoryPerSession(sessions);
    }
    if (options.wants(u"server-scale"_s))
        result << scaleAckP50() << scaleAckP99() << scaleAckRate() << scaleCpu()
               << scaleCpuPerThousandAcks() << scaleRss();
    if (options.wants(u"operator-cost"_s))
        result << operatorCpu() << operatorAckP99();
    if (options.wants(u"wait-timeout"_s))
        result << waitTimeoutOvershoot();
    if (options.wants(u"reconnect"_s))
        result << reconnect();
    if (options.wants(u"chart"_s))
        result << chartRefresh(options.chartHours);
    if (options.wants(u"monitor"_s)) {
        for (const QString &feed :
             {liveSessionsFeed(options.monitorSessions), syntheticRowsFeed(options.monitorRows)})
            result << monitorBusy(feed) << monitorFrameP99(feed);
        const QString attached =
            attachedSessionsFeed(options.scaleSessions, options.scaleConnections);
        result << monitorBusy(attached) << monitorFrameP99(attached)
               << monitorMemoryPerRemoteSession(attached);
    }
    return result;
}

} // namespace syncscope::bench::names
