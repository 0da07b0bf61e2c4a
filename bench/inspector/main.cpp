// syncscope-bench-inspector: what an attached inspector costs the application's GUI thread.
//
// One App with N sessions (default 1,000) of one user against a syncscope-server process, and
// a steady workload: another process (this program in "writer" mode, the same user on other
// devices) writes every 20 ms to the next realm, round robin, so that every session of the app
// keeps downloading and producing state, progress and changed events. The writes are not done
// on the app's GUI thread on purpose: a durable Realm::write() is a SQLite commit with
// fdatasync, and an app that cares about its frames does not put its disk's flush latency on
// its GUI thread; with it there, the longest frame measured the disk, not the inspector. The
// main thread's event loop is timed by overriding QCoreApplication::notify: busy % is the share
// of wall time spent in outermost events, a frame is one such event (the longest the loop could
// not have painted), reported as the longest, the 99th percentile and the count over 16 ms.
// Each repetition measures W seconds with the inspector off, then
// W seconds with the inspector on and a client attached from another process (this program in
// "client" mode), in the same run. The snapshot the client receives on attach is timed on its
// own (attach-snapshot figure). The inspector's own events (its named timers and client sockets)
// are also reported on their own.
//
//   syncscope-bench-inspector [--sessions N] [--seconds W] [--repetitions R] [--json FILE]
//   syncscope-bench-inspector client PID              (started by the measuring process)
//   syncscope-bench-inspector writer URL TOKEN DIR N  (started by the measuring process)

#include "harness/figure.h"
#include "harness/processmetrics.h"
#include "harness/report.h"
#include <syncscope/testsupport/serverprocess.h>

#include <syncscope/inspectorclient.h>
#include <syncscope/syncscope.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <array>
#include <cstdio>
#include <thread>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace syncscope;

namespace {

// Times every outermost event the main thread handles (timers, socket activity, posted
// events): their sum over the wall time is the busy share, the longest one is the longest time
// the loop could not have painted a frame.
class LoopMeter final
{
public:
    void start()
    {
        m_busyNs = 0;
        m_cpuBusyNs = 0;
        m_longestCpuNs = 0;
        m_longestInspectorCpuNs = 0;
        m_cpuFramesOver16 = 0;
        m_longestNs = 0;
        m_longestInspectorNs = 0;
        m_inspectorBusyNs = 0;
        m_frames.clear();
        m_inspectorFrames.clear();
        m_wall.start();
        m_running = true;
    }
    void stop()
    {
        m_running = false;
        m_wallNs = m_wall.nsecsElapsed();
    }
    // What the receiver is, taken before the event: handling it may delete the receiver.
    struct Receiver
    {
        std::array<const QMetaObject *, 4> chain{}; // the receiver, its parent, …
        bool inspectors = false; // the inspector's timers and client sockets are named so
    };
    static Receiver identify(const QObject *receiver)
    {
        Receiver what;
        std::size_t depth = 0;
        for (const QObject *o = receiver; o; o = o->parent()) {
            if (depth < what.chain.size())
                what.chain[depth++] = o->metaObject();
            what.inspectors = what.inspectors || o->objectName().startsWith(u"syncscope inspector");
        }
        return what;
    }
    void record(qint64 ns, qint64 cpuNs, const Receiver &receiver, QEvent::Type type)
    {
        if (!m_running)
            return;
        m_busyNs += ns;
        m_cpuBusyNs += cpuNs;
        m_longestCpuNs = std::max(m_longestCpuNs, cpuNs);
        m_cpuFramesOver16 += cpuNs > 16'000'000 ? 1 : 0;
        if (receiver.inspectors)
            m_longestInspectorCpuNs = std::max(m_longestInspectorCpuNs, cpuNs);
        m_frames.push_back(ns);
        if (receiver.inspectors) {
            m_longestInspectorNs = std::max(m_longestInspectorNs, ns);
            m_inspectorFrames.push_back(ns);
            m_inspectorBusyNs += ns;
        }
        if (ns > m_longestNs) {
            m_longestNs = ns;
            // "QSocketNotifier < QNativeSocketEngine < QTcpSocket": which socket an unnamed
            // notifier serves.
            QStringList chain;
            for (const QMetaObject *meta : receiver.chain) {
                if (meta)
                    chain.append(QString::fromLatin1(meta->className()));
            }
            m_longestWhat = u"%1%2 event %3"_s
                                .arg(chain.join(u" < "_s),
                                     receiver.inspectors ? u" (the inspector's)"_s : QString())
                                .arg(int(type));
        }
    }
    QString longestWhat() const { return m_longestWhat; }
    double longestInspectorMs() const { return double(m_longestInspectorNs) / 1e6; }
    double inspectorBusyPercent() const
    {
        return 100.0 * double(m_inspectorBusyNs) / double(std::max<qint64>(1, m_wallNs));
    }
    double busyPercent() const
    {
        return 100.0 * double(m_busyNs) / double(std::max<qint64>(1, m_wallNs));
    }
    double longestFrameMs() const { return double(m_longestNs) / 1e6; }
    // The same in CPU time of the thread: the work itself, without the time this process
    // waited for a core (on a loaded machine, most of a long wall-clock frame).
    double cpuBusyPercent() const
    {
        return 100.0 * double(m_cpuBusyNs) / double(std::max<qint64>(1, m_wallNs));
    }
    double longestCpuFrameMs() const { return double(m_longestCpuNs) / 1e6; }
    double longestInspectorCpuMs() const { return double(m_longestInspectorCpuNs) / 1e6; }
    int cpuFramesOver16() const { return m_cpuFramesOver16; }
    double framePercentileMs(double fraction) const
    {
        if (m_frames.empty())
            return 0;
        std::vector<qint64> sorted = m_frames;
        const auto at = sorted.begin() + qsizetype(fraction * double(sorted.size() - 1));
        std::nth_element(sorted.begin(), at, sorted.end());
        return double(*at) / 1e6;
    }
    int inspectorFramesOver(std::chrono::milliseconds limit) const
    {
        return countOver(m_inspectorFrames, limit);
    }
    int framesOver(std::chrono::milliseconds limit) const { return countOver(m_frames, limit); }

private:
    static int countOver(const std::vector<qint64> &frames, std::chrono::milliseconds limit)
    {
        const qint64 ns = std::chrono::nanoseconds(limit).count();
        return int(
            std::count_if(frames.begin(), frames.end(), [ns](qint64 frame) { return frame > ns; }));
    }

    QElapsedTimer m_wall;
    bool m_running = false;
    qint64 m_wallNs = 0;
    qint64 m_busyNs = 0;
    qint64 m_cpuBusyNs = 0;
    qint64 m_longestCpuNs = 0;
    qint64 m_longestInspectorCpuNs = 0;
    int m_cpuFramesOver16 = 0;
    qint64 m_longestNs = 0;
    qint64 m_longestInspectorNs = 0;
    qint64 m_inspectorBusyNs = 0;
    std::vector<qint64> m_frames;          // every outermost event of the window
    std::vector<qint64> m_inspectorFrames; // those of them that were the inspector's
    QString m_longestWhat;
};

class TimedApplication final : public QCoreApplication
{
public:
    using QCoreApplication::QCoreApplication;
    LoopMeter meter;
    bool notify(QObject *receiver, QEvent *event) override
    {
        // Only the GUI thread's loop is measured (Qt delivers other threads' events here too).
        if (m_depth > 0 || QThread::currentThread() != thread())
            return QCoreApplication::notify(receiver, event);
        ++m_depth;
        const auto type = event->type();
        const LoopMeter::Receiver what = LoopMeter::identify(receiver);
        const qint64 cpuBefore = bench::threadCpuNs();
        QElapsedTimer timer;
        timer.start();
        const bool result = QCoreApplication::notify(receiver, event);
        const qint64 wall = timer.nsecsElapsed();
        meter.record(wall, bench::threadCpuNs() - cpuBefore, what, type);
        --m_depth;
        return result;
    }

private:
    int m_depth = 0;
};

void spin(std::chrono::milliseconds duration)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < duration.count())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
}

bool spinUntil(const std::function<bool()> &done, std::chrono::milliseconds limit)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > limit.count())
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    return true;
}

// Opens /bench/r0 … /bench/r<count-1> into files `filePrefix`0 …, and waits until every session
// is connected; empty (after a warning) when one cannot open or they do not connect in time.
std::vector<std::shared_ptr<Realm>> openConnectedRealms(App &app, const std::shared_ptr<User> &user,
                                                        const QUrl &url, const QString &filePrefix,
                                                        int count)
{
    std::vector<std::shared_ptr<Realm>> realms;
    for (int i = 0; i < count; ++i) {
        realms.push_back(app.openRealm(
            user, SyncConfig{url, u"/bench/r%1"_s.arg(i), filePrefix + QString::number(i)}));
        if (!realms.back()) {
            qWarning() << app.lastError();
            return {};
        }
    }
    if (!spinUntil(
            [&] {
                return std::all_of(realms.begin(), realms.end(),
                                   [](const auto &r) { return r->syncSession()->isConnected(); });
            },
            300s)) {
        qWarning() << "not every session connected";
        return {};
    }
    return realms;
}

// The attached tool: attaches, keeps reading, prints "attached MS" (how long the snapshot took
// from connect to received), exits when its stdin closes.
int runClient(qint64 pid)
{
    InspectorClient client;
    QElapsedTimer clock;
    clock.start();
    QObject::connect(&client, &InspectorClient::attached, &client, [&] {
        std::printf("attached %.3f\n", double(clock.nsecsElapsed()) / 1e6);
        std::fflush(stdout);
    });
    QObject::connect(&client, &InspectorClient::detached, qApp, &QCoreApplication::quit);
    if (!client.attach(pid))
        return 1;
    // The parent closes our stdin to end the run.
    std::thread([] {
        while (std::fgetc(stdin) != EOF) {
        }
        QMetaObject::invokeMethod(qApp, &QCoreApplication::quit, Qt::QueuedConnection);
    }).detach();
    return QCoreApplication::exec();
}

// The workload, as the app's user on other devices: opens the same N realms from its own files,
// prints "ready" once every session is connected, then writes 256 bytes every 20 ms to the next
// realm, round robin, until its stdin closes.
int runWriter(const QUrl &url, const QString &token, const QString &folder, int sessions)
{
    App app;
    auto user = app.logIn(token);
    std::vector<std::shared_ptr<Realm>> realms =
        openConnectedRealms(app, user, url, folder + u"/w"_s, sessions);
    if (realms.empty()) {
        qWarning() << "writer: the sessions did not open";
        return 1;
    }
    std::printf("ready\n");
    std::fflush(stdout);
    int next = 0;
    QTimer writer;
    writer.setInterval(20);
    const QByteArray value(256, 'w');
    QObject::connect(&writer, &QTimer::timeout, &app, [&] {
        realms[next % realms.size()]->write(u"k%1"_s.arg(next), value);
        ++next;
    });
    writer.start();
    std::thread([] {
        while (std::fgetc(stdin) != EOF) {
        }
        QMetaObject::invokeMethod(qApp, &QCoreApplication::quit, Qt::QueuedConnection);
    }).detach();
    const int result = QCoreApplication::exec();
    realms.clear();
    return result;
}

int runMeasure(int sessions, int seconds, int repetitions, const QString &jsonFile)
{
    QTemporaryDir scratch;
    qputenv("XDG_RUNTIME_DIR", scratch.path().toLocal8Bit()); // our own inspector folder
    testsupport::ServerProcess server;
    server.setProgram(QStringLiteral(SYNCSCOPE_BENCH_SERVER_BIN));
    server.setDataDir(scratch.filePath(u"server"_s));
    server.setExtraArguments({u"--max-sessions-per-connection"_s, QString::number(sessions + 1),
                              u"--log-level"_s, u"warning"_s});
    if (!server.start(std::chrono::seconds(30))) {
        qWarning() << "server:" << server.errorString();
        return 1;
    }
    App app;
    auto user = app.logIn(server.mintToken(u"bench"_s, {u"/bench/*"_s}, std::chrono::hours(24)));
    std::vector<std::shared_ptr<Realm>> realms =
        openConnectedRealms(app, user, server.url(), scratch.filePath(u"r"_s), sessions);
    if (realms.empty())
        return 1;
    qInfo() << sessions << "sessions connected";

    QProcess writer; // the workload, see runWriter()
    writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    writer.start(QCoreApplication::applicationFilePath(),
                 {u"writer"_s, server.url().toString(),
                  server.mintToken(u"bench"_s, {u"/bench/*"_s}, std::chrono::hours(24)),
                  scratch.path(), QString::number(sessions)});
    QByteArray writerOut;
    if (!spinUntil(
            [&] {
                writerOut += writer.readAllStandardOutput();
                return writerOut.contains("ready") || writer.state() == QProcess::NotRunning;
            },
            300s) ||
        !writerOut.contains("ready")) {
        qWarning() << "the writer did not start";
        return 1;
    }
    qInfo() << "the writer is writing";
    spin(10s); // the workload settles: the first seconds still carry the opening of N sessions
    QElapsedTimer downloads;
    downloads.start();
    qint64 downloadsAtStart = 0;
    for (const auto &realm : realms)
        downloadsAtStart += realm->keys().size();

    LoopMeter &meter = static_cast<TimedApplication *>(QCoreApplication::instance())->meter;
    QList<double> busyOff, busyOn, frameOff, frameOn, p99Off, p99On, overOff, overOn, snapshotMs,
        inspectorAttachMs, inspectorSteadyMs, inspectorBusy, inspectorOver, cpuBusyOff, cpuBusyOn,
        cpuFrameOff, cpuFrameOn, cpuOverOff, cpuOverOn, inspectorCpuMs, inspectorAttachCpuMs;
    for (int repetition = 0; repetition < repetitions; ++repetition) {
        meter.start();
        spin(std::chrono::seconds(seconds));
        meter.stop();
        busyOff << meter.busyPercent();
        qInfo() << "longest event with the inspector off:" << meter.longestWhat();
        frameOff << meter.longestFrameMs();
        p99Off << meter.framePercentileMs(0.99);
        cpuBusyOff << meter.cpuBusyPercent();
        cpuFrameOff << meter.longestCpuFrameMs();
        cpuOverOff << meter.cpuFramesOver16();
        overOff << meter.framesOver(16ms);

        meter.start(); // the attach: only the inspector's own longest event is reported
        app.setInspectorEnabled(true);
        QProcess client;
        client.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        client.start(QCoreApplication::applicationFilePath(),
                     {u"client"_s, QString::number(QCoreApplication::applicationPid())});
        QByteArray clientOut;
        if (!spinUntil(
                [&] {
                    clientOut += client.readAllStandardOutput();
                    return clientOut.contains('\n');
                },
                60s)) {
            qWarning() << "the inspector client did not attach";
            return 1;
        }
        snapshotMs << clientOut.trimmed().split(' ').value(1).toDouble();
        spin(1s); // the attach itself is the snapshot figure, not the steady cost
        meter.stop();
        inspectorAttachMs << meter.longestInspectorMs();
        inspectorAttachCpuMs << meter.longestInspectorCpuMs();
        meter.start();
        spin(std::chrono::seconds(seconds));
        meter.stop();
        busyOn << meter.busyPercent();
        qInfo() << "longest event with the inspector on:" << meter.longestWhat();
        frameOn << meter.longestFrameMs();
        p99On << meter.framePercentileMs(0.99);
        cpuBusyOn << meter.cpuBusyPercent();
        cpuFrameOn << meter.longestCpuFrameMs();
        cpuOverOn << meter.cpuFramesOver16();
        inspectorCpuMs << meter.longestInspectorCpuMs();
        overOn << meter.framesOver(16ms);
        inspectorSteadyMs << meter.longestInspectorMs();
        inspectorBusy << meter.inspectorBusyPercent();
        inspectorOver << meter.inspectorFramesOver(16ms);
        client.closeWriteChannel();
        spinUntil([&] { return client.state() == QProcess::NotRunning; }, 30s);
        app.setInspectorEnabled(false);
        qInfo("repetition %d: busy off %.2f %% on %.2f %%, longest frame off %.1f ms on %.1f ms, "
              "p99 off %.2f ms on %.2f ms, over 16 ms off %d on %d; CPU time: busy off %.2f %% "
              "on %.2f %%, longest frame off %.1f ms on %.1f ms, over 16 ms off %d on %d",
              repetition + 1, busyOff.constLast(), busyOn.constLast(), frameOff.constLast(),
              frameOn.constLast(), p99Off.constLast(), p99On.constLast(), int(overOff.constLast()),
              int(overOn.constLast()), cpuBusyOff.constLast(), cpuBusyOn.constLast(),
              cpuFrameOff.constLast(), cpuFrameOn.constLast(), int(cpuOverOff.constLast()),
              int(cpuOverOn.constLast()));
    }
    qint64 downloaded = -downloadsAtStart;
    for (const auto &realm : realms)
        downloaded += realm->keys().size();
    qInfo("the app downloaded %lld writes in %.0f s (%.1f per second)", downloaded,
          double(downloads.elapsed()) / 1000,
          double(downloaded) * 1000 / double(downloads.elapsed()));
    writer.closeWriteChannel();
    spinUntil([&] { return writer.state() == QProcess::NotRunning; }, 60s);

    using bench::makeFigure;
    QList<bench::Figure> figures;
    bench::Figure busy =
        makeFigure(u"inspector attached: GUI thread busy (%1 sessions)"_s.arg(sessions), u"%"_s,
                   false, busyOn, u"inspector off"_s, busyOff);
    busy.goal = u"≤ off + 2 points"_s;
    figures << busy;
    bench::Figure frame =
        makeFigure(u"inspector attached: longest frame (%1 sessions)"_s.arg(sessions), u"ms"_s,
                   false, frameOn, u"inspector off"_s, frameOff);
    frame.goal = u"≤ 16 ms"_s;
    figures << frame;
    figures << makeFigure(u"inspector attached: frame p99 (%1 sessions)"_s.arg(sessions), u"ms"_s,
                          false, p99On, u"inspector off"_s, p99Off);
    bench::Figure over =
        makeFigure(u"inspector attached: frames over 16 ms (%1 sessions)"_s.arg(sessions),
                   u"frames"_s, false, overOn, u"inspector off"_s, overOff);
    over.goal = u"0"_s;
    figures << over;
    bench::Figure cpuBusy =
        makeFigure(u"inspector attached: GUI thread CPU time (%1 sessions)"_s.arg(sessions), u"%"_s,
                   false, cpuBusyOn, u"inspector off"_s, cpuBusyOff);
    cpuBusy.goal = u"≤ off + 2 points"_s;
    figures << cpuBusy;
    figures << makeFigure(
        u"inspector attached: longest frame in CPU time (%1 sessions)"_s.arg(sessions), u"ms"_s,
        false, cpuFrameOn, u"inspector off"_s, cpuFrameOff);
    bench::Figure cpuOver = makeFigure(
        u"inspector attached: frames over 16 ms of CPU time (%1 sessions)"_s.arg(sessions),
        u"frames"_s, false, cpuOverOn, u"inspector off"_s, cpuOverOff);
    cpuOver.goal = u"0"_s;
    figures << cpuOver;
    figures << makeFigure(
        u"inspector attached: its longest event in CPU time (%1 sessions)"_s.arg(sessions), u"ms"_s,
        false, inspectorCpuMs);
    figures << makeFigure(
        u"inspector attach: its longest event in CPU time (%1 sessions)"_s.arg(sessions), u"ms"_s,
        false, inspectorAttachCpuMs);
    figures << makeFigure(
        u"inspector attached: its own events' share of the GUI thread (%1 sessions)"_s.arg(
            sessions),
        u"%"_s, false, inspectorBusy);
    bench::Figure own =
        makeFigure(u"inspector attached: its longest event (%1 sessions)"_s.arg(sessions), u"ms"_s,
                   false, inspectorSteadyMs);
    own.goal = u"≤ 16 ms"_s;
    figures << own;
    bench::Figure ownOver =
        makeFigure(u"inspector attached: its events over 16 ms (%1 sessions)"_s.arg(sessions),
                   u"frames"_s, false, inspectorOver);
    ownOver.goal = u"0"_s;
    figures << ownOver;
    bench::Figure attach =
        makeFigure(u"inspector attach: its longest event (%1 sessions)"_s.arg(sessions), u"ms"_s,
                   false, inspectorAttachMs);
    attach.goal = u"≤ 16 ms"_s;
    figures << attach;
    figures << makeFigure(u"inspector attach: snapshot received (%1 sessions)"_s.arg(sessions),
                          u"ms"_s, false, snapshotMs);
    QTextStream out(stdout);
    bench::printTable(out, figures);
    if (!jsonFile.isEmpty()) {
        QString error;
        if (!bench::writeJsonFile(jsonFile, bench::figuresToJson(figures), &error)) {
            qWarning() << error;
            return 1;
        }
    }
    realms.clear();
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    TimedApplication application(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.value(1) == u"client"_s)
        return runClient(args.value(2).toLongLong());
    if (args.value(1) == u"writer"_s)
        return runWriter(QUrl(args.value(2)), args.value(3), args.value(4), args.value(5).toInt());
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption sessions(u"sessions"_s, u"Sessions in the app."_s, u"N"_s, u"1000"_s);
    const QCommandLineOption seconds(u"seconds"_s, u"Seconds per measurement."_s, u"W"_s, u"5"_s);
    const QCommandLineOption repetitions(u"repetitions"_s, u"Off/on pairs."_s, u"R"_s, u"3"_s);
    const QCommandLineOption json(u"json"_s, u"Write the figures as JSON."_s, u"FILE"_s);
    parser.addOptions({sessions, seconds, repetitions, json});
    parser.process(application);
    return runMeasure(parser.value(sessions).toInt(), parser.value(seconds).toInt(),
                      parser.value(repetitions).toInt(), parser.value(json));
}
