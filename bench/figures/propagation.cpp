// propagation latency: Realm::write on client A (timer starts before the write, so A's durable
// commit is included) → Realm::changed on client B naming that key. Baseline: a raw WebSocket
// ping round trip between two processes, taken between the writes of the same repetition.
#include "groups.h"
#include "syncfixture.h"

#include "baselines/rawwebsocket.h"
#include "harness/context.h"
#include "harness/eventwait.h"
#include "harness/figurenames.h"
#include "harness/stats.h"

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace syncscope::bench {

namespace {

struct Latencies
{
    QList<double> writeToChangedMs;
    QList<double> returnedToChangedMs; // from write() returning: without A's local commit
    QList<double> roundTripMs;
};

std::optional<Latencies> measureRepetition(Realm &writer, Realm &reader, RawWebSocket &raw,
                                           int repetition, int samples)
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
        if (const std::optional<double> rtt = raw.pingRoundTrip())
            latencies.roundTripMs.append(*rtt / 1e3);
    }
    QObject::disconnect(connection);
    if (latencies.writeToChangedMs.size() < samples)
        return std::nullopt;
    return latencies;
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
    // Two Apps: two connections, as two devices would have.
    BenchClient clientA(server.url(), server.token(), context.newDirectory(u"client-a"_s));
    BenchClient clientB(server.url(), server.token(), context.newDirectory(u"client-b"_s));
    std::shared_ptr<Realm> writer = clientA.open(u"/bench/propagation"_s);
    std::shared_ptr<Realm> reader = clientB.open(u"/bench/propagation"_s);
    if (!writer || !reader)
        return {};
    QElapsedTimer clock;
    clock.start();
    if (awaitFuture(writer->syncSession()->downloadAllServerChanges(), clock, 60s).result !=
            FutureOutcome::Result::Succeeded ||
        awaitFuture(reader->syncSession()->downloadAllServerChanges(), clock, 60s).result !=
            FutureOutcome::Result::Succeeded) {
        qCWarning(lcBench) << "propagation: the clients did not get in sync";
        return {};
    }

    QList<double> p50, p99, returnedP50, rttP50, rttP99;
    for (int repetition = 0; repetition < options.repetitions; ++repetition) {
        const std::optional<Latencies> latencies =
            measureRepetition(*writer, *reader, *raw, repetition, options.propagationSamples);
        if (!latencies)
            return {};
        p50.append(percentile(latencies->writeToChangedMs, 50));
        p99.append(percentile(latencies->writeToChangedMs, 99));
        returnedP50.append(percentile(latencies->returnedToChangedMs, 50));
        rttP50.append(percentile(latencies->roundTripMs, 50));
        rttP99.append(percentile(latencies->roundTripMs, 99));
        qCInfo(lcBench, "propagation %d/%d: p50 %.2f ms p99 %.2f ms (ping round trip %.3f ms)",
               repetition + 1, options.repetitions, p50.last(), p99.last(), rttP50.last());
    }
    Figure median = makeFigure(names::propagationP50(), u"ms"_s, false, p50,
                               u"raw WebSocket ping round trip p50"_s, rttP50);
    median.goal = u"≤ 5× baseline"_s;
    Figure tail = makeFigure(names::propagationP99(), u"ms"_s, false, p99,
                             u"raw WebSocket ping round trip p99"_s, rttP99);
    // The same path without client A's durable local commit: what the network, the server's
    // durable commit and client B's durable apply cost.
    Figure afterCommit = makeFigure(names::propagationAfterWriteP50(), u"ms"_s, false, returnedP50,
                                    u"raw WebSocket ping round trip p50"_s, rttP50);
    return {median, tail, afterCommit};
}

} // namespace syncscope::bench
