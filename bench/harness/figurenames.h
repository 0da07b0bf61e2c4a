#pragma once

#include "options.h"

#include <QString>
#include <QStringList>

// The names of every figure, in one place: the figure groups use them, and `syncscope-bench
// verify` checks that a JSON file has all of them for the sizes it was run with.
namespace syncscope::bench::names {

inline QString localWrite()
{
    return QStringLiteral("local write");
}
QString uploadThroughput(int mib);
QString downloadThroughput(int mib);
inline QString propagationP50()
{
    return QStringLiteral("propagation latency p50");
}
inline QString propagationP99()
{
    return QStringLiteral("propagation latency p99");
}
// The points a propagation passes, in order: the bench's own first and last, the stage stamps
// of client and server (protocol/stagetrace.h) between them.
QStringList propagationPoints();
// "propagation step N: FROM → TO p50", one per pair of consecutive points.
QStringList propagationSteps();
inline QString propagationAfterWriteP50()
{
    return QStringLiteral("propagation latency p50 from write() returned");
}
QString sessionsReady(int sessions);
QString clientMemoryPerSession(int sessions);
QString clientSqliteMemoryPerSession(int sessions);
QString clientTotalMemoryPerSession(int sessions);
QString serverMemoryPerSession(int sessions);
inline QString scaleAckP50()
{
    return QStringLiteral("server scale ack latency p50");
}
inline QString scaleAckP99()
{
    return QStringLiteral("server scale ack latency p99");
}
inline QString scaleAckRate()
{
    return QStringLiteral("server scale acks per second");
}
inline QString scaleCpu()
{
    return QStringLiteral("server scale CPU");
}
inline QString scaleCpuPerThousandAcks()
{
    return QStringLiteral("server scale CPU per 1,000 acks/s");
}
inline QString scaleRss()
{
    return QStringLiteral("server scale RSS");
}
inline QString operatorCpu()
{
    return QStringLiteral("server CPU with one operator subscribed");
}
inline QString operatorAckP99()
{
    return QStringLiteral("ack latency p99 with one operator subscribed");
}
inline QString waitTimeoutOvershoot()
{
    return QStringLiteral("wait timeout overshoot p99");
}
inline QString reconnect()
{
    return QStringLiteral("reconnect after server restart");
}
QString chartRefresh(int hours);
QString monitorBusy(const QString &feed);
QString monitorFrameP99(const QString &feed);
QString liveSessionsFeed(int sessions);
QString syntheticRowsFeed(int rows);
QString attachedSessionsFeed(int sessions, int connections);
QString monitorMemoryPerRemoteSession(const QString &feed);

// Every name a run with `options` produces (all its groups).
QStringList expected(const BenchOptions &options);

} // namespace syncscope::bench::names
