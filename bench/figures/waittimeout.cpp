// wait timeouts: how late a TimeoutError reaches the caller. The session is paused with one
// local write outstanding, so uploadAllLocalChanges / downloadAllServerChanges can only time
// out; overshoot = (finished − called) − timeout, taken in the QFutureWatcher slot on the
// owner thread, i.e. when the application would see it.
#include "groups.h"
#include "syncfixture.h"

#include "harness/context.h"
#include "harness/figurenames.h"
#include "harness/stats.h"

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace syncscope::bench {

QList<Figure> measureWaitTimeout(BenchContext &context)
{
    const BenchOptions &options = context.options();
    BenchServer server(context, u"wait-timeout"_s);
    if (!server.start()) {
        qCWarning(lcBench) << "wait-timeout:" << server.errorString();
        return {};
    }
    BenchClient client(server.url(), server.token(), context.newDirectory(u"wait-timeout"_s));
    std::shared_ptr<Realm> realm = client.open(u"/bench/wait-timeout"_s);
    if (!realm)
        return {};
    SyncSession *session = realm->syncSession();
    session->pause();
    if (!realm->write(u"outstanding"_s, QByteArray(1024, 'w')))
        return {};

    const std::array timeouts = {20ms, 50ms, 100ms};
    QList<double> perRepetition;
    for (int repetition = 0; repetition < options.repetitions; ++repetition) {
        QList<double> overshootMs;
        for (int i = 0; i < options.timeoutSamples; ++i) {
            const std::chrono::milliseconds timeout = timeouts[i % timeouts.size()];
            QElapsedTimer clock;
            clock.start();
            const QFuture<void> future = i % 2 == 0 ? session->uploadAllLocalChanges(timeout)
                                                    : session->downloadAllServerChanges(timeout);
            const FutureOutcome outcome = awaitFuture(future, clock, 10s);
            if (outcome.result != FutureOutcome::Result::TimedOut) {
                qCWarning(lcBench) << "wait-timeout: the wait did not time out" << outcome.error;
                return {};
            }
            overshootMs.append(double(outcome.finishedAtNs) / 1e6 - double(timeout.count()));
        }
        perRepetition.append(percentile(overshootMs, 99));
        // A negative minimum means a TimeoutError came before the requested time.
        qCInfo(lcBench, "wait timeout %d/%d: overshoot min %.2f ms p50 %.2f ms p99 %.2f ms",
               repetition + 1, options.repetitions, minimum(overshootMs),
               percentile(overshootMs, 50), perRepetition.last());
    }
    Figure figure = makeFigure(names::waitTimeoutOvershoot(), u"ms"_s, false, perRepetition);
    figure.goal = u"≤ 10 ms"_s;
    realm->close();
    return {figure};
}

} // namespace syncscope::bench
