#include "monitorfigure.h"

#include "guiloadmeter.h"

#include "harness/eventwait.h"
#include "harness/figurenames.h"
#include "harness/loadprocess.h"
#include "harness/options.h"
#include "harness/processmetrics.h"
#include "harness/stats.h"

#include "mainwindow/mainwindow.h"
#include "monitor/eventlog.h"
#include "monitor/manualsessionsource.h"
#include "monitor/monitoredsession.h"
#include "monitor/progressrecorder.h"
#include "monitor/sessionmonitor.h"
#include "operator/attachedserver.h"
#include "sessions/sessionlistmodel.h"
#include "sessions/sessionlistpanel.h"

#include <syncscope/testsupport/serverprocess.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace syncscope::bench {

namespace {

constexpr auto kRefresh = 100ms; // "updating 10 times a second"

// The monitor's window as the figures see it: 1280×800, shown, its list publishing changes
// every kRefresh (the rate sampler keeps its 1 s design interval: it feeds per-second rates
// and the charts' 1 s history buckets).
void showWindow(ui::MainWindow &window)
{
    window.sessionList()->model()->setUpdateInterval(kRefresh);
    window.resize(1280, 800);
    window.show();
}

// Runs `seconds` with the meter on over a shown window and returns {busy %, frame p99 ms};
// `perTick` is called every kRefresh while it runs.
std::pair<Figure, Figure> measureShownWindow(GuiLoadMeter &meter, const QString &feed, int seconds,
                                             const std::function<void()> &perTick)
{
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

// Shows the window over `monitor` and measures it (measureShownWindow).
std::pair<Figure, Figure> measureWindow(monitor::SessionMonitor &monitor, GuiLoadMeter &meter,
                                        const QString &feed, int seconds,
                                        const std::function<void()> &perTick)
{
    ui::MainWindow window(&monitor);
    showWindow(window);
    return measureShownWindow(meter, feed, seconds, perTick);
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

// An operator token for the server's operator API, minted as an operator would:
// `syncscope-server token --operator`.
QString mintOperatorToken(const QString &serverBin, const QString &secretFile)
{
    QProcess mint;
    mint.start(serverBin, {u"token"_s, u"--operator"_s, u"--secret-file"_s, secretFile, u"--user"_s,
                           u"bench"_s, u"--ttl"_s, u"86400"_s});
    if (!mint.waitForFinished(30'000) || mint.exitStatus() != QProcess::NormalExit ||
        mint.exitCode() != 0)
        return {};
    return QString::fromLatin1(mint.readAllStandardOutput()).trimmed();
}

// The monitor attached to a real syncscope-server (--operator-listen) that serves the
// server-scale load: S sessions over C connections from syncscope-bench-load, one changeset a
// second each. Every session is a row of the window, through the operator API. Memory: the
// resident set of this process with all rows and the measured seconds behind it, minus the
// same window attached to the same server before the load bound a session, per session.
std::optional<QList<Figure>> attachedServer(const BenchOptions &options, GuiLoadMeter &meter,
                                            const QString &dir)
{
    const int sessions = options.scaleSessions;
    testsupport::ServerProcess server;
    server.setProgram(options.serverBin);
    server.setDataDir(dir + u"/server"_s);
    server.setExtraArguments({u"--log-level"_s, u"warning"_s, u"--operator-listen"_s, u"0"_s});
    if (!server.start(30s)) {
        qWarning() << "monitor, attached server:" << server.errorString();
        return std::nullopt;
    }
    QUrl operatorUrl;
    waitUntil(
        [&] {
            static const QRegularExpression line(u"operator API at (ws://[0-9.]+:\\d+)"_s);
            const auto match = line.match(server.standardError());
            if (match.hasMatch())
                operatorUrl = QUrl(match.captured(1));
            return !operatorUrl.isEmpty();
        },
        30s);
    const QString operatorToken = mintOperatorToken(options.serverBin, server.secretFile());
    if (operatorUrl.isEmpty() || operatorToken.isEmpty()) {
        qWarning() << "monitor, attached server: no operator API address or token";
        return std::nullopt;
    }

    monitor::SessionMonitor monitor;
    ui::MainWindow window(&monitor);
    showWindow(window);
    monitor::AttachedServer *attached =
        monitor.attachServer({operatorUrl, QString(), operatorToken});
    if (!waitUntil([&] { return attached->isReachable(); }, 30s)) {
        qWarning() << "monitor, attached server: not attached:" << attached->statusText();
        return std::nullopt;
    }
    waitUntil([] { return false; }, 1s); // the empty window's first paints and layouts
    const std::optional<qint64> emptyRss = residentBytes();
    const qint64 emptyHeap = heapBytesInUse();

    LoadProcess load(options.loadBin);
    const QString token = server.mintToken(u"bench"_s, {u"/bench/*"_s}, 24h);
    // Long enough for every row to arrive, the settling second and the measured ones; the
    // load is stopped when the figure is done.
    load.start({u"scale"_s, u"--url"_s, server.url().toString(), u"--token"_s, token, u"--prefix"_s,
                u"/bench/attached/r"_s, u"--sessions"_s, QString::number(sessions),
                u"--connections"_s, QString::number(options.scaleConnections), u"--seconds"_s,
                QString::number(options.monitorSeconds + 300), u"--value-bytes"_s, u"100"_s});
    if (!load.waitForLine(u"bound"_s, 600s)) {
        qWarning() << "monitor, attached server: the load client did not bind its sessions";
        return std::nullopt;
    }
    QElapsedTimer arriving;
    arriving.start();
    if (!waitUntil([&] { return attached->sessions().size() >= sessions; }, 300s)) {
        qWarning() << "monitor, attached server: only" << attached->sessions().size() << "of"
                   << sessions << "rows arrived";
        return std::nullopt;
    }
    qInfo() << "monitor, attached server:" << sessions << "rows" << arriving.elapsed()
            << "ms after the load bound them";
    const QString feed = names::attachedSessionsFeed(sessions, options.scaleConnections);
    const auto [busy, frames] = measureShownWindow(meter, feed, options.monitorSeconds, [] {});
    const std::optional<qint64> fullRss = residentBytes();
    const qint64 fullHeap = heapBytesInUse();
    if (!emptyRss || !fullRss || attached->sessions().size() < sessions)
        return std::nullopt;
    const double perSessionKiB = double(*fullRss - *emptyRss) / 1024.0 / double(sessions);
    qInfo("monitor, attached server: RSS %.1f -> %.1f MiB, heap in use %.1f -> %.1f MiB, "
          "%.2f KiB RSS and %.2f KiB heap per session",
          double(*emptyRss) / 1048576.0, double(*fullRss) / 1048576.0,
          double(emptyHeap) / 1048576.0, double(fullHeap) / 1048576.0, perSessionKiB,
          double(fullHeap - emptyHeap) / 1024.0 / double(sessions));
    // Part of the difference is not per row: the progress recorder's ring and the event log are
    // bounded whatever the number of sessions, and what they hold grows with time since the
    // load bound its sessions. Said here so that a per-session figure can be read apart from it.
    const monitor::ProgressRecorder *recorder = monitor.recorder();
    qInfo("monitor, attached server: %lld progress records (%.2f KiB a session), %lld event log "
          "entries",
          qlonglong(recorder->size()),
          double(recorder->size()) * double(sizeof(monitor::ProgressRecord)) / 1024.0 /
              double(sessions),
          qlonglong(monitor.eventLog()->size()));
    // What an operator waits for when the server restarts or is detached: every row removed.
    QElapsedTimer detaching;
    detaching.start();
    monitor.detachServer(attached);
    qInfo() << "monitor, attached server: detaching removed" << sessions << "rows in"
            << detaching.elapsed() << "ms";
    Figure memory =
        makeFigure(names::monitorMemoryPerRemoteSession(feed), u"KiB"_s, false, {perSessionKiB});
    memory.goal = u"≤ 2 KiB"_s;
    return QList<Figure>{busy, frames, memory};
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
    // First: its memory figure compares resident sets, which the other feeds' freed memory,
    // kept by the allocator for reuse, would flatter.
    if (const auto attached = attachedServer(options, meter, workDir + u"/attached"_s))
        figures << *attached;
    if (const auto live = liveSessions(options, meter, workDir + u"/live"_s))
        figures << live->first << live->second;
    const auto synthetic = syntheticRows(options, meter);
    figures << synthetic.first << synthetic.second;
    return figures;
}

} // namespace syncscope::bench
