// server scale: S sessions over C connections from syncscope-bench-load (a separate process
// speaking the protocol directly), each session uploading one small changeset a second.
// Ack latency = UPLOAD sent → DOWNLOAD acknowledging that client version, as the load client
// sees it. Server CPU (share of one core) and RSS come from /proc/<server pid> over the
// steady phase. Samples are per-second windows of one run: a run is too heavy to repeat.
#include "groups.h"
#include "harness/loadprocess.h"
#include "syncfixture.h"

#include "harness/context.h"
#include "harness/figurenames.h"
#include "harness/processmetrics.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace syncscope::bench {

namespace {

QList<double> doubles(const QJsonArray &array)
{
    QList<double> values;
    for (const QJsonValue &value : array)
        values.append(value.toDouble());
    return values;
}

} // namespace

QList<Figure> measureServerScale(BenchContext &context)
{
    const BenchOptions &options = context.options();
    BenchServer server(context, u"server-scale"_s, {}, BenchServer::DataPlace::ScaleDataDir);
    if (!server.start()) {
        qCWarning(lcBench) << "server-scale:" << server.errorString();
        return {};
    }
    LoadProcess load(options.loadBin);
    load.start({u"scale"_s, u"--url"_s, server.url().toString(), u"--token"_s, server.token(),
                u"--prefix"_s, u"/bench/scale/r"_s, u"--sessions"_s,
                QString::number(options.scaleSessions), u"--connections"_s,
                QString::number(options.scaleConnections), u"--seconds"_s,
                QString::number(options.scaleSeconds), u"--value-bytes"_s, u"100"_s});
    // The server on the first CPU, the load client on the second: otherwise the scheduler puts
    // them on one core at times and the server's latency and CPU include the load's turns.
    const bool pinned =
        usableCpuCount() >= 2 && pinToCpu(server.process().pid(), 0) && pinToCpu(load.pid(), 1);
    if (!pinned)
        qCWarning(lcBench) << "server scale: fewer than 2 CPUs or pinning failed; running unpinned";
    const std::optional<QString> bound = load.waitForLine(u"bound"_s, 600s);
    if (!bound)
        return {};
    qCInfo(lcBench) << "server scale:" << options.scaleSessions << "sessions bound in" << *bound
                    << "ms; measuring" << options.scaleSeconds << "s; server data in"
                    << (options.scaleDataDir.isEmpty() ? options.workDir : options.scaleDataDir);
    const qint64 pid = server.process().pid();
    QElapsedTimer wall;
    wall.start();
    const auto cpuBefore = cpuTime(pid);
    const std::optional<QJsonObject> result =
        load.waitForResult(std::chrono::seconds(options.scaleSeconds) + 120s);
    const auto cpuAfter = cpuTime(pid);
    const double wallSeconds = double(wall.nsecsElapsed()) / 1e9;
    const auto rss = residentBytes(pid);
    if (!result || !cpuBefore || !cpuAfter || !rss)
        return {};

    const double cpuPercent = 100.0 * double((*cpuAfter - *cpuBefore).count()) / 1e9 / wallSeconds;
    const double acks = result->value("acks"_L1).toDouble();
    const double errors = result->value("errors"_L1).toDouble();
    qCInfo(lcBench,
           "server scale: %.0f uploads, %.0f acknowledged, %.0f never (%.0f errors), p50 %.1f ms, "
           "p99 %.1f ms, CPU %.0f %%, RSS %.0f MiB",
           result->value("sent"_L1).toDouble(), acks, result->value("unacked"_L1).toDouble(),
           errors, result->value("p50_ms"_L1).toDouble(), result->value("p99_ms"_L1).toDouble(),
           cpuPercent, double(*rss) / 1048576.0);

    Figure p50 = makeFigure(names::scaleAckP50(), u"ms"_s, false,
                            doubles(result->value("window_p50_ms"_L1).toArray()));
    p50.value = result->value("p50_ms"_L1).toDouble();
    Figure p99 = makeFigure(names::scaleAckP99(), u"ms"_s, false,
                            doubles(result->value("window_p99_ms"_L1).toArray()));
    p99.value = result->value("p99_ms"_L1).toDouble();
    p99.goal = u"≤ 50 ms"_s;
    Figure rate = makeFigure(names::scaleAckRate(), u"acks/s"_s, true,
                             doubles(result->value("window_acks"_L1).toArray()));
    rate.goal = u"= %1 (one a session a second)"_s.arg(options.scaleSessions);
    Figure cpu = makeFigure(names::scaleCpu(), u"% of a core"_s, false, {cpuPercent});
    // The cost per unit of work, comparable between runs of different sizes.
    const double acksPerSecond = acks / wallSeconds;
    Figure cpuPerThousand =
        makeFigure(names::scaleCpuPerThousandAcks(), u"% of a core"_s, false,
                   {acksPerSecond > 0 ? cpuPercent * 1000.0 / acksPerSecond : 0.0});
    cpuPerThousand.goal = u"≤ 3 % of a core"_s;
    Figure memory = makeFigure(names::scaleRss(), u"MiB"_s, false, {double(*rss) / 1048576.0});
    if (errors > 0)
        qCWarning(lcBench) << "server scale: the load client saw" << errors << "errors";
    return {p50, p99, rate, cpu, cpuPerThousand, memory};
}

} // namespace syncscope::bench
