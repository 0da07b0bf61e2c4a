// server scale: S sessions over C connections from syncscope-bench-load (a separate process
// speaking the protocol directly), each session uploading one small changeset a second.
// Ack latency = UPLOAD sent → DOWNLOAD acknowledging that client version, as the load client
// sees it. Server CPU (share of one core) and RSS come from /proc/<server pid> over the
// steady phase. Samples are per-second windows of one run: a run is too heavy to repeat.
// With --postgres-nodes N the sessions are spread evenly over N nodes, one load process each;
// latencies are the worst node's, CPU and memory the mean of the nodes.
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
    // One load process a node, each with its share of the sessions and connections, each
    // session on a realm of its own (as on one node).
    const int nodes = server.nodeCount();
    std::vector<std::unique_ptr<LoadProcess>> loads;
    for (int i = 0; i < nodes; ++i) {
        const int sessions = options.scaleSessions / nodes + (i < options.scaleSessions % nodes);
        const int connections = std::max(1, options.scaleConnections / nodes);
        auto load = std::make_unique<LoadProcess>(options.loadBin);
        load->start({u"scale"_s, u"--url"_s, server.node(i).url().toString(), u"--token"_s,
                     server.token(), u"--prefix"_s, u"/bench/scale/n%1-r"_s.arg(i), u"--sessions"_s,
                     QString::number(sessions), u"--connections"_s, QString::number(connections),
                     u"--seconds"_s, QString::number(options.scaleSeconds), u"--value-bytes"_s,
                     u"100"_s});
        loads.push_back(std::move(load));
    }
    // One node: the server on the first CPU, the load client on the second; otherwise the
    // scheduler puts them on one core at times and the server's latency and CPU include the
    // load's turns. Several nodes (and PostgreSQL) share the cores unpinned.
    const bool pinned = nodes == 1 && usableCpuCount() >= 2 &&
                        pinToCpu(server.process().pid(), 0) && pinToCpu(loads.front()->pid(), 1);
    if (!pinned)
        qCWarning(lcBench) << "server scale: running unpinned (" << nodes
                           << "node(s), or fewer than 2 CPUs, or pinning failed)";
    for (int i = 0; i < nodes; ++i) {
        const std::optional<QString> bound = loads.at(size_t(i))->waitForLine(u"bound"_s, 600s);
        if (!bound)
            return {};
        qCInfo(lcBench) << "server scale: node" << i + 1 << "of" << nodes << "bound in" << *bound
                        << "ms";
    }
    qCInfo(lcBench) << "server scale:" << options.scaleSessions << "sessions over" << nodes
                    << "node(s); measuring" << options.scaleSeconds << "s; server data in"
                    << (options.scaleDataDir.isEmpty() ? options.workDir : options.scaleDataDir);
    QElapsedTimer wall;
    wall.start();
    std::vector<std::optional<std::chrono::nanoseconds>> cpuBefore;
    for (int i = 0; i < nodes; ++i)
        cpuBefore.push_back(cpuTime(server.node(i).pid()));
    const qint64 postgresPid = context.postgresPid();
    // CPU seconds of the PostgreSQL cluster (postmaster and backends), -1 without one.
    const auto postgresSeconds = [postgresPid] {
        const auto time = postgresPid > 0 ? cpuTimeWithChildren(postgresPid) : std::nullopt;
        return time ? double(time->count()) / 1e9 : -1.0;
    };
    const double postgresBefore = postgresSeconds();
    std::vector<QJsonObject> results;
    for (auto &load : loads) {
        const std::optional<QJsonObject> result =
            load->waitForResult(std::chrono::seconds(options.scaleSeconds) + 120s);
        if (!result)
            return {};
        results.push_back(*result);
    }
    const double wallSeconds = double(wall.nsecsElapsed()) / 1e9;
    const double postgresAfter = postgresSeconds();

    // Per node: its CPU, and its CPU per 1,000 of its acks a second.
    double acks = 0, sent = 0, unacked = 0, errors = 0, p50Value = 0, p99Value = 0;
    double cpuSum = 0, cpuPerThousandSum = 0, rssSum = 0;
    QList<double> windowP50, windowP99, windowAcks;
    for (int i = 0; i < nodes; ++i) {
        const QJsonObject &result = results.at(size_t(i));
        const qint64 pid = server.node(i).pid();
        const auto cpuAfter = cpuTime(pid);
        const auto rss = residentBytes(pid);
        if (!cpuBefore.at(size_t(i)) || !cpuAfter || !rss)
            return {};
        const double cpuPercent =
            100.0 * double((*cpuAfter - *cpuBefore.at(size_t(i))).count()) / 1e9 / wallSeconds;
        const double nodeAcks = result.value("acks"_L1).toDouble();
        const double nodeRate = nodeAcks / wallSeconds;
        const double nodeCpuPerThousand = nodeRate > 0 ? cpuPercent * 1000.0 / nodeRate : 0.0;
        qCInfo(lcBench,
               "server scale node %d/%d: %.0f uploads, %.0f acknowledged, %.0f never (%.0f "
               "errors), p50 %.1f ms, p99 %.1f ms, CPU %.0f %% (%.2f %% per 1,000 acks/s), RSS "
               "%.0f MiB",
               i + 1, nodes, result.value("sent"_L1).toDouble(), nodeAcks,
               result.value("unacked"_L1).toDouble(), result.value("errors"_L1).toDouble(),
               result.value("p50_ms"_L1).toDouble(), result.value("p99_ms"_L1).toDouble(),
               cpuPercent, nodeCpuPerThousand, double(*rss) / 1048576.0);
        acks += nodeAcks;
        sent += result.value("sent"_L1).toDouble();
        unacked += result.value("unacked"_L1).toDouble();
        errors += result.value("errors"_L1).toDouble();
        // The nodes' latencies cannot be merged into one exact percentile from their summaries:
        // the worst node's stands for all (for one node, exactly its own).
        p50Value = std::max(p50Value, result.value("p50_ms"_L1).toDouble());
        p99Value = std::max(p99Value, result.value("p99_ms"_L1).toDouble());
        cpuSum += cpuPercent;
        cpuPerThousandSum += nodeCpuPerThousand;
        rssSum += double(*rss) / 1048576.0;
        const QList<double> p50s = doubles(result.value("window_p50_ms"_L1).toArray());
        const QList<double> p99s = doubles(result.value("window_p99_ms"_L1).toArray());
        const QList<double> counts = doubles(result.value("window_acks"_L1).toArray());
        for (qsizetype w = 0; w < p50s.size(); ++w) {
            if (windowP50.size() <= w)
                windowP50.append(0), windowP99.append(0), windowAcks.append(0);
            windowP50[w] = std::max(windowP50[w], p50s.at(w));
            windowP99[w] = std::max(windowP99[w], p99s.value(w));
            windowAcks[w] += counts.value(w);
        }
    }
    if (postgresBefore >= 0 && postgresAfter >= 0) {
        const double postgresPercent = 100.0 * (postgresAfter - postgresBefore) / wallSeconds;
        qCInfo(lcBench,
               "server scale: PostgreSQL (postmaster and backends) CPU %.0f %% of a core, %.2f %% "
               "per 1,000 acks/s",
               postgresPercent, acks > 0 ? postgresPercent * 1000.0 / (acks / wallSeconds) : 0.0);
    }
    qCInfo(lcBench,
           "server scale: %d node(s), %.0f uploads, %.0f acknowledged, %.0f never (%.0f errors), "
           "worst node p50 %.1f ms, p99 %.1f ms, CPU %.0f %% a node",
           nodes, sent, acks, unacked, errors, p50Value, p99Value, cpuSum / nodes);

    Figure p50 = makeFigure(names::scaleAckP50(), u"ms"_s, false, windowP50);
    p50.value = p50Value;
    Figure p99 = makeFigure(names::scaleAckP99(), u"ms"_s, false, windowP99);
    p99.value = p99Value;
    p99.goal = u"≤ 50 ms"_s;
    Figure rate = makeFigure(names::scaleAckRate(), u"acks/s"_s, true, windowAcks);
    rate.goal = u"= %1 (one a session a second)"_s.arg(options.scaleSessions);
    // With several nodes: the mean of the nodes (each carries its share of the load).
    Figure cpu = makeFigure(names::scaleCpu(), u"% of a core"_s, false, {cpuSum / nodes});
    // The cost per unit of work, comparable between runs of different sizes.
    Figure cpuPerThousand = makeFigure(names::scaleCpuPerThousandAcks(), u"% of a core"_s, false,
                                       {cpuPerThousandSum / nodes});
    cpuPerThousand.goal = u"≤ 3 % of a core"_s;
    Figure memory = makeFigure(names::scaleRss(), u"MiB"_s, false, {rssSum / nodes});
    if (errors > 0)
        qCWarning(lcBench) << "server scale: the load clients saw" << errors << "errors";
    return {p50, p99, rate, cpu, cpuPerThousand, memory};
}

} // namespace syncscope::bench
