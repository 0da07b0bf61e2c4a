// propagation latency: Realm::write on client A (timer starts before the write, so A's durable
// commit is included) → Realm::changed on client B naming that key. Baseline: the floor of a
// durable round trip, taken between the writes of the same repetition: a raw WebSocket ping
// round trip between two processes plus two 4 KiB fdatasyncs (the server's commit and client
// B's apply must each reach the disk; client A's own commit is the third, left out so the floor
// stays a floor). The realm's first write is made before the samples and not counted: a new
// file's first durable write also makes its creation durable (two syncs more), a cost of the
// file, not of a propagation (it was among the three slowest of the first repetition's 200
// samples in 21 of 56 runs, i.e. its p99); the log shows it.
#include "groups.h"
#include "syncfixture.h"

#include "baselines/durablefile.h"
#include "baselines/rawwebsocket.h"
#include "harness/context.h"
#include "harness/eventwait.h"
#include "harness/figurenames.h"
#include "harness/stats.h"

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace syncscope::bench {

namespace {

struct Latencies
{
    QList<double> writeToChangedMs;
    QList<double> returnedToChangedMs; // from write() returning: without A's local commit
    QList<double> roundTripMs;
    QList<double> smallSyncMs; // one 4 KiB write + fdatasync
};

} // namespace

bool writerAcknowledged(Realm &writer)
{
    QElapsedTimer clock;
    clock.start();
    return awaitFuture(writer.syncSession()->uploadAllLocalChanges(), clock, 30s).result ==
           FutureOutcome::Result::Succeeded;
}

std::optional<double> firstWriteBeforeTheSamples(Realm &writer, Realm &reader)
{
    const QString key = u"first-write"_s;
    QElapsedTimer clock;
    bool arrived = false;
    const auto connection =
        QObject::connect(&reader, &Realm::changed, &reader,
                         [&](const QStringList &keys) { arrived = arrived || keys.contains(key); });
    clock.start();
    const bool ok =
        writer.write(key, QByteArray(100, 'p')) && waitUntil([&] { return arrived; }, 30s);
    const double ms = double(clock.nsecsElapsed()) / 1e6;
    QObject::disconnect(connection);
    if (!ok || !writerAcknowledged(writer)) {
        qCWarning(lcBench) << "propagation: the first write did not arrive";
        return std::nullopt;
    }
    qCInfo(lcBench, "propagation: the realm's first write (not a sample) took %.2f ms", ms);
    return ms;
}

namespace {

std::optional<Latencies> measureRepetition(Realm &writer, Realm &reader, RawWebSocket &raw,
                                           SmallSyncProbe &syncProbe, int repetition, int samples)
{
    Latencies latencies;
    QElapsedTimer clock;
    clock.start();
    QString awaitedKey;
    qint64 arrivedNs = -1;
    const auto connection =
        QObject::connect(&reader, &Realm::changed, &reader, [&](const QStringList &keys) {
            if (keys.contains(awaitedKey))
                arrivedNs = clock.nsecsElapsed();
        });
    const QByteArray value(100, 'p');
    for (int i = 0; i < samples; ++i) {
        awaitedKey = u"r%1-k%2"_s.arg(repetition).arg(i);
        arrivedNs = -1;
        const qint64 startNs = clock.nsecsElapsed();
        if (!writer.write(awaitedKey, value)) {
            qCWarning(lcBench) << "Realm::write failed:" << writer.lastError();
            break;
        }
        const qint64 returnedNs = clock.nsecsElapsed();
        if (!waitUntil([&] { return arrivedNs >= 0; }, 30s)) {
            qCWarning(lcBench) << "a write never reached the other client";
            break;
        }
        latencies.writeToChangedMs.append(double(arrivedNs - startNs) / 1e6);
        latencies.returnedToChangedMs.append(double(arrivedNs - returnedNs) / 1e6);
        // A's acknowledgement may be handled after B's change (the client stores a bare
        // acknowledgement one turn later): handled now, it is in neither the baseline's ping
        // nor the next write.
        if (!writerAcknowledged(writer)) {
            qCWarning(lcBench) << "the writer's upload was never acknowledged";
            break;
        }
        if (const std::optional<double> rtt = raw.pingRoundTrip())
            latencies.roundTripMs.append(*rtt / 1e3);
        if (const std::optional<double> sync = syncProbe.sampleMicroseconds()) {
            latencies.smallSyncMs.append(*sync / 1e3);
        } else {
            qCWarning(lcBench) << "fdatasync baseline:" << syncProbe.errorString();
            break;
        }
    }
    QObject::disconnect(connection);
    if (latencies.writeToChangedMs.size() < samples)
        return std::nullopt;
    return latencies;
}

// The slowest samples of a repetition, with their numbers in it and the floor's own sync
// sampled right before each (the one after the write before): whether the p99 is a few
// samples at the start, a cost that comes back every so many writes, or the disk's tail.
void logSlowestSamples(const Latencies &latencies)
{
    const QList<double> &ms = latencies.writeToChangedMs;
    QList<qsizetype> order(ms.size());
    std::iota(order.begin(), order.end(), qsizetype(0));
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return ms.at(a) > ms.at(b); });
    QStringList slowest;
    const qsizetype count =
        std::min<qsizetype>(order.size(), std::max<qsizetype>(3, ms.size() / 50));
    for (qsizetype rank = 0; rank < count; ++rank) {
        const qsizetype sample = order.at(rank);
        const double syncBefore = sample > 0 && sample - 1 < latencies.smallSyncMs.size()
                                      ? latencies.smallSyncMs.at(sample - 1)
                                      : 0.0;
        slowest << u"#%1 %2 ms (sync before %3 ms)"_s.arg(sample)
                       .arg(ms.at(sample), 0, 'f', 2)
                       .arg(syncBefore, 0, 'f', 2);
    }
    qCInfo(lcBench).noquote() << "  slowest:" << slowest.join(u", "_s);
}

} // namespace

QList<Figure> measurePropagation(BenchContext &context)
{
    const BenchOptions &options = context.options();
    RawWebSocket *raw = context.rawWebSocket();
    BenchServer server(context, u"propagation"_s);
    if (!raw || !server.start()) {
        qCWarning(lcBench) << "propagation:" << server.errorString();
        return {};
    }
    // Two Apps: two connections, as two devices would have; with several nodes, B on the last
    // node, so that a change crosses from node to node (database, notification, tail read).
    BenchClient clientA(server.url(), server.token(), context.newDirectory(u"client-a"_s));
    BenchClient clientB(server.otherUrl(), server.token(), context.newDirectory(u"client-b"_s));
    std::shared_ptr<Realm> writer = clientA.open(u"/bench/propagation"_s);
    std::shared_ptr<Realm> reader = clientB.open(u"/bench/propagation"_s);
    if (!writer || !reader)
        return {};
    if (!waitUntilInSync(*writer, *reader) || !firstWriteBeforeTheSamples(*writer, *reader)) {
        qCWarning(lcBench) << "propagation: the clients did not get in sync";
        return {};
    }

    // One file for every sample of the floor's sync, appended to: see SmallSyncProbe.
    SmallSyncProbe syncProbe(context.newDirectory(u"sync-baseline"_s));
    if (!syncProbe.isOpen()) {
        qCWarning(lcBench) << "fdatasync baseline:" << syncProbe.errorString();
        return {};
    }
    QList<double> p50, p99, returnedP50, rttP50, floorP50, syncP50;
    for (int repetition = 0; repetition < options.repetitions; ++repetition) {
        const std::optional<Latencies> latencies = measureRepetition(
            *writer, *reader, *raw, syncProbe, repetition, options.propagationSamples);
        if (!latencies)
            return {};
        p50.append(percentile(latencies->writeToChangedMs, 50));
        p99.append(percentile(latencies->writeToChangedMs, 99));
        returnedP50.append(percentile(latencies->returnedToChangedMs, 50));
        rttP50.append(percentile(latencies->roundTripMs, 50));
        syncP50.append(percentile(latencies->smallSyncMs, 50));
        floorP50.append(rttP50.last() + 2 * syncP50.last());
        // The disk's own tail, in the log only: a p99 goal of 3× a floor made of p50s is out of
        // reach when one fdatasync's p99 alone is several times its p50.
        qCInfo(lcBench,
               "propagation %d/%d: p50 %.2f ms p99 %.2f ms (floor %.3f ms: ping round trip %.3f "
               "ms + 2 × fdatasync %.3f ms; fdatasync p99 %.3f ms)",
               repetition + 1, options.repetitions, p50.last(), p99.last(), floorP50.last(),
               rttP50.last(), syncP50.last(), percentile(latencies->smallSyncMs, 99));
        logSlowestSamples(*latencies);
    }
    // One floor for both figures: p50 of the ping plus twice the p50 of a small fdatasync.
    const QString floorName = u"durable round-trip floor: ping p50 %1 ms + 2 × 4 KiB fdatasync "
                              u"p50 %2 ms"_s.arg(median(rttP50), 0, 'g', 3)
                                  .arg(median(syncP50), 0, 'g', 3);
    Figure median50 = makeFigure(names::propagationP50(), u"ms"_s, false, p50, floorName, floorP50);
    median50.goal = u"≤ 1.5× baseline"_s;
    Figure tail = makeFigure(names::propagationP99(), u"ms"_s, false, p99, floorName, floorP50);
    tail.goal = u"≤ 3× baseline"_s;
    // The same path without client A's durable local commit: what the network, the server's
    // durable commit and client B's durable apply cost.
    Figure afterCommit = makeFigure(names::propagationAfterWriteP50(), u"ms"_s, false, returnedP50,
                                    floorName, floorP50);
    return QList<Figure>{median50, tail, afterCommit} + measurePropagationBreakdown(context);
}

} // namespace syncscope::bench
