#include "monitorfigure.h"

#include "guiloadmeter.h"

#include "harness/eventwait.h"
#include "harness/figurenames.h"
#include "harness/loadprocess.h"
#include "harness/options.h"
#include "harness/stats.h"

#include "mainwindow/mainwindow.h"
#include "monitor/manualsessionsource.h"
#include "monitor/monitoredsession.h"
#include "monitor/sessionmonitor.h"
#include "sessions/sessionlistmodel.h"
#include "sessions/sessionlistpanel.h"

#include <syncscope/testsupport/serverprocess.h>

#include <QApplication>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace syncscope::bench {

namespace {

constexpr auto kRefresh = 100ms; // "updating 10 times a second"

// Shows the window over `monitor` refreshing every kRefresh, runs `seconds` with the meter on
// and returns {busy %, frame p99 ms}; `perTick` is called every kRefresh while it runs.
std::pair<Figure, Figure> measureWindow(monitor::SessionMonitor &monitor, GuiLoadMeter &meter,
                                        const QString &feed, int seconds,
                                        const std::function<void()> &perTick)
{
    // The list refreshes 10 times a second; the rate sampler keeps its 1 s design interval
    // (it feeds per-second rates and the charts' 1 s history buckets).
    ui::MainWindow window(&monitor);
    window.sessionList()->model()->setUpdateInterval(kRefresh);
    window.resize(1280, 800);
    window.show();
    QTimer ticker;
    ticker.setInterval(kRefresh);
    QObject::connect(&ticker, &QTimer::timeout, &ticker, perTick);
    ticker.start();
    // Settle first (initial layout, first paints), then measure one-second windows.
    waitUntil([] { return false; }, 1s);
    QList<double> busyPercent, framesMs, secondP99Ms;
    for (int second = 0; second < seconds; ++second) {
        meter.start();
        waitUntil([] { return false; }, 1s);
        meter.stop();
        busyPercent.append(meter.busyPercent());
        framesMs.append(meter.frameMs());
        secondP99Ms.append(percentile(meter.frameMs(), 99));
    }
    ticker.stop();
    Figure busy = makeFigure(names::monitorBusy(feed), u"%"_s, false, busyPercent);
    busy.goal = u"≤ 25 %"_s;
    // Samples: each second's p99; value: the p99 of every frame of the run.
    Figure frames = makeFigure(names::monitorFrameP99(feed), u"ms"_s, false, secondP99Ms);
    frames.value = percentile(framesMs, 99);
    frames.goal = u"≤ 16 ms"_s;
    return {busy, frames};
}

std::optional<std::pair<Figure, Figure>> liveSessions(const BenchOptions &options,
                                                      GuiLoadMeter &meter, const QString &dir)
{
    const int count = options.monitorSessions;
    testsupport::ServerProcess server;
    server.setProgram(options.serverBin);
    server.setDataDir(dir + u"/server"_s);
    server.setExtraArguments({u"--log-level"_s, u"warning"_s, u"--max-sessions-per-connection"_s,
                              QString::number(count)});
    if (!server.start(30s))
        return std::nullopt;
    const QString token = server.mintToken(u"bench"_s, {u"/bench/*"_s}, 24h);
    monitor::SessionMonitor monitor;
    monitor.setDefaultLocalDirectory(dir + u"/local"_s);
    for (int i = 0; i < count; ++i) {
        monitor::SessionDefinition definition;
        definition.name = u"live %1"_s.arg(i);
        definition.serverUrl = server.url();
        definition.token = token;
        definition.realmPath = u"/bench/monitor/%1"_s.arg(i);
        definition.localPath = dir + u"/local/%1.realm"_s.arg(i);
        monitor.addSession(definition);
    }
    const auto allConnected = [&] {
        for (monitor::MonitoredSession *session : monitor.sessions()) {
            if (session->connectionBadge() != monitor::ConnectionBadge::Connected)
                return false;
        }
        return true;
    };
    if (!waitUntil(allConnected, 120s))
        return std::nullopt;
    // Downloads keep flowing into a share of the sessions: one changeset a second each.
    LoadProcess load(options.loadBin);
    load.start({u"scale"_s, u"--url"_s, server.url().toString(), u"--token"_s, token, u"--prefix"_s,
                u"/bench/monitor/"_s, u"--sessions"_s, QString::number(std::min(count, 200)),
                u"--connections"_s, u"4"_s, u"--seconds"_s,
                QString::number(options.monitorSeconds + 30), u"--value-bytes"_s, u"1024"_s});
    if (!load.waitForLine(u"bound"_s, 120s))
        return std::nullopt;
    return measureWindow(monitor, meter, names::liveSessionsFeed(count), options.monitorSeconds,
                         [] {});
}

std::pair<Figure, Figure> syntheticRows(const BenchOptions &options, GuiLoadMeter &meter)
{
    // Rows of a ManualSessionSource: no server, no files. Each tick every source re-sends its
    // facts (touch()), so every row is due for a repaint, as with live sessions that all report.
    monitor::SessionMonitor monitor;
    QList<monitor::ManualSessionSource *> sources;
    for (int i = 0; i < options.monitorRows; ++i) {
        monitor::SessionFacts facts;
        facts.name = u"synthetic %1"_s.arg(i);
        facts.realmPath = u"/bench/synthetic/%1"_s.arg(i);
        facts.userId = u"bench"_s;
        facts.server = u"127.0.0.1:9"_s;
        facts.state = monitor::StateBadge::Active;
        auto source = std::make_unique<monitor::ManualSessionSource>(facts);
        sources.append(source.get());
        monitor::SessionDefinition definition;
        definition.name = facts.name;
        definition.realmPath = facts.realmPath;
        monitor.addSource(std::move(source), definition);
    }
    return measureWindow(monitor, meter, names::syntheticRowsFeed(options.monitorRows),
                         options.monitorSeconds, [&sources] {
                             for (monitor::ManualSessionSource *source : std::as_const(sources))
                                 source->touch();
                         });
}

} // namespace

QList<Figure> measureMonitor(const BenchOptions &options, GuiLoadMeter &meter,
                             const QString &workDir)
{
    QList<Figure> figures;
    if (const auto live = liveSessions(options, meter, workDir + u"/live"_s))
        figures << live->first << live->second;
    const auto synthetic = syntheticRows(options, meter);
    figures << synthetic.first << synthetic.second;
    return figures;
}

} // namespace syncscope::bench
