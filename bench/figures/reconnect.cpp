// reconnect: the server process is SIGKILLed; once the client has noticed (Disconnected) the
// server is restarted on the same port and data. The moment its "listening on" line arrives,
// the bench calls reconnect(); the figure is the time from there to Connected.
#include "groups.h"
#include "syncfixture.h"

#include "harness/context.h"
#include "harness/eventwait.h"
#include "harness/figurenames.h"

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace syncscope::bench {

QList<Figure> measureReconnect(BenchContext &context)
{
    const BenchOptions &options = context.options();
    BenchServer server(context, u"reconnect"_s);
    if (!server.start()) {
        qCWarning(lcBench) << "reconnect:" << server.errorString();
        return {};
    }
    BenchClient client(server.url(), server.token(), context.newDirectory(u"reconnect"_s));
    std::shared_ptr<Realm> realm = client.open(u"/bench/reconnect"_s);
    if (!realm)
        return {};
    SyncSession *session = realm->syncSession();
    QElapsedTimer clock;
    clock.start();
    if (awaitFuture(session->downloadAllServerChanges(), clock, 30s).result !=
        FutureOutcome::Result::Succeeded)
        return {};

    qint64 listeningNs = -1;
    qint64 connectedNs = -1;
    QObject::connect(&server.process(), &testsupport::ServerProcess::listening, session, [&] {
        listeningNs = clock.nsecsElapsed();
        session->reconnect();
    });
    const NotificationToken token =
        session->addConnectionNotification([&](ConnectionState state, ConnectionState) {
            if (state == ConnectionState::Connected && listeningNs >= 0 && connectedNs < 0)
                connectedNs = clock.nsecsElapsed();
        });

    QList<double> samples;
    for (int i = 0; i < options.reconnectSamples; ++i) {
        server.process().kill();
        if (!waitUntil([&] { return session->connectionState() != ConnectionState::Connected; },
                       30s))
            break;
        listeningNs = -1;
        connectedNs = -1;
        if (!server.process().restart(30s) || !waitUntil([&] { return connectedNs >= 0; }, 30s)) {
            qCWarning(lcBench) << "reconnect: no Connected within 30 s of the restart";
            break;
        }
        samples.append(double(connectedNs - listeningNs) / 1e6);
        qCInfo(lcBench, "reconnect %d/%d: %.1f ms after the server listened", i + 1,
               options.reconnectSamples, samples.last());
    }
    session->removeConnectionNotification(token);
    if (samples.size() < options.reconnectSamples)
        return {};
    Figure figure = makeFigure(names::reconnect(), u"ms"_s, false, samples);
    figure.goal = u"≤ 100 ms"_s;
    realm->close();
    return {figure};
}

} // namespace syncscope::bench
