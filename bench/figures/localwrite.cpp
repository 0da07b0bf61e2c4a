// local write: Realm::write of 1 KiB values, each durable when it returns, against a raw
// SQLite file with the same pragmas and one transaction a write. The session is paused so the
// figure is the local commit path alone (uploads are the throughput figures' business).
#include "groups.h"
#include "syncfixture.h"

#include "baselines/rawsqlite.h"
#include "harness/context.h"
#include "harness/figurenames.h"

using namespace Qt::StringLiterals;

namespace syncscope::bench {

namespace {

std::optional<double> sdkWritesPerSecond(BenchClient &client, int repetition, int writes)
{
    std::shared_ptr<Realm> realm = client.open(u"/bench/local-write/%1"_s.arg(repetition));
    if (!realm)
        return std::nullopt;
    realm->syncSession()->pause();
    QByteArray value(1024, 'v');
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < writes; ++i) {
        value[0] = char(i);
        if (!realm->write(u"key-%1"_s.arg(i), value)) {
            qCWarning(lcBench) << "Realm::write failed:" << realm->lastError();
            return std::nullopt;
        }
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    realm->close();
    return writes / seconds;
}

} // namespace

QList<Figure> measureLocalWrite(BenchContext &context)
{
    const BenchOptions &options = context.options();
    BenchServer server(context, u"local-write"_s);
    if (!server.start()) {
        qCWarning(lcBench) << "local-write:" << server.errorString();
        return {};
    }
    BenchClient client(server.url(), server.token(), context.newDirectory(u"local-write"_s));
    QList<double> samples;
    QList<double> baseline;
    for (int repetition = 0; repetition < options.repetitions; ++repetition) {
        QString error;
        const std::optional<double> raw = rawSqliteWritesPerSecond(
            context.newDirectory(u"raw-sqlite"_s) + u"/raw.sqlite"_s, options.localWrites, &error);
        const std::optional<double> sdk =
            sdkWritesPerSecond(client, repetition, options.localWrites);
        if (!raw || !sdk) {
            qCWarning(lcBench) << "local-write failed" << error;
            return {};
        }
        baseline.append(*raw);
        samples.append(*sdk);
        qCInfo(lcBench, "local write %d/%d: %.0f writes/s (raw SQLite %.0f)", repetition + 1,
               options.repetitions, *sdk, *raw);
    }
    Figure figure = makeFigure(names::localWrite(), u"writes/s"_s, true, samples,
                               u"raw SQLite write, WAL + synchronous=FULL"_s, baseline);
    figure.goal = u"≥ 0.8× baseline"_s;
    return {figure};
}

} // namespace syncscope::bench
