// syncscope-bench-inspector: what an attached inspector costs the application's GUI thread.
//
// One App with N sessions (default 1,000) of one user against a syncscope-server process, and
// a steady workload: a write every 20 ms to the next realm, round robin, so that every session
// keeps producing state, progress and acknowledgement events. The main thread's event loop is
// timed by overriding QCoreApplication::notify: busy % is the share of wall time spent in
// outermost events, the longest frame is the longest such event (the longest the loop could
// not have painted). Each repetition measures W seconds with the inspector off, then
// W seconds with the inspector on and a client attached from another process (this program in
// "client" mode), in the same run. The snapshot the client receives on attach is timed on its
// own (attach-snapshot figure).
//
//   syncscope-bench-inspector [--sessions N] [--seconds W] [--repetitions R] [--json FILE]

#include "harness/figure.h"
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
#include <QTimer>

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
        m_longestNs = 0;
        m_longestInspectorNs = 0;
        m_inspectorBusyNs = 0;
        m_wall.start();
        m_running = true;
    }
    void stop()
    {
        m_running = false;
        m_wallNs = m_wall.nsecsElapsed();
    }
    void record(qint64 ns, QObject *receiver, QEvent::Type type)
    {
        if (!m_running)
            return;
        m_busyNs += ns;
        if (receiver->objectName().startsWith(u"syncscope inspector")) {
            m_longestInspectorNs = std::max(m_longestInspectorNs, ns);
            m_inspectorBusyNs += ns;
        }
        if (ns > m_longestNs) {
            m_longestNs = ns;
            m_longestWhat = u"%1 \"%2\" event %3"_s
                                .arg(QString::fromLatin1(receiver->metaObject()->className()),
                                     receiver->objectName())
                                .arg(int(type));
        }
    }
    QString longestWhat() const { return m_longestWhat; }
    // The longest event of the inspector's own timers (deltas, snapshot parts).
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

private:
    QElapsedTimer m_wall;
    bool m_running = false;
    qint64 m_wallNs = 0;
    qint64 m_busyNs = 0;
    qint64 m_longestNs = 0;
    qint64 m_longestInspectorNs = 0;
    qint64 m_inspectorBusyNs = 0;
    QString m_longestWhat;
};

class TimedApplication final : public QCoreApplication
{
public:
    using QCoreApplication::QCoreApplication;
    LoopMeter meter;
    bool notify(QObject *receiver, QEvent *event) override
    {
        if (m_depth > 0)
            return QCoreApplication::notify(receiver, event);
        ++m_depth;
        QElapsedTimer timer;
        timer.start();
        const auto type = event->type();
        const bool result = QCoreApplication::notify(receiver, event);
        meter.record(timer.nsecsElapsed(), receiver, type);
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
    std::vector<std::shared_ptr<Realm>> realms;
    for (int i = 0; i < sessions; ++i) {
        realms.push_back(app.openRealm(user, SyncConfig{server.url(), u"/bench/r%1"_s.arg(i),
                                                        scratch.filePath(u"r%1"_s.arg(i))}));
        if (!realms.back()) {
            qWarning() << app.lastError();
            return 1;
        }
    }
    if (!spinUntil(
            [&] {
                return std::all_of(realms.begin(), realms.end(),
                                   [](const auto &r) { return r->syncSession()->isConnected(); });
            },
            300s)) {
        qWarning() << "not every session connected";
        return 1;
    }
    qInfo() << sessions << "sessions connected";

    int next = 0;
    QTimer writer;
    writer.setObjectName(u"workload writes"_s);
    writer.setInterval(20);
    const QByteArray value(256, 'w');
    QObject::connect(&writer, &QTimer::timeout, &app, [&] {
        realms[next % realms.size()]->write(u"k%1"_s.arg(next), value);
        ++next;
    });
    writer.start();
    spin(10s); // the workload settles: the first seconds still carry the opening of N sessions

    LoopMeter &meter = static_cast<TimedApplication *>(QCoreApplication::instance())->meter;
    QList<double> busyOff, busyOn, frameOff, frameOn, snapshotMs, inspectorAttachMs,
        inspectorSteadyMs, inspectorBusy;
    for (int repetition = 0; repetition < repetitions; ++repetition) {
        meter.start();
        spin(std::chrono::seconds(seconds));
        meter.stop();
        busyOff << meter.busyPercent();
        qInfo() << "longest event with the inspector off:" << meter.longestWhat();
        frameOff << meter.longestFrameMs();

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
        meter.start();
        spin(std::chrono::seconds(seconds));
        meter.stop();
        busyOn << meter.busyPercent();
        qInfo() << "longest event with the inspector on:" << meter.longestWhat();
        frameOn << meter.longestFrameMs();
        inspectorSteadyMs << meter.longestInspectorMs();
        inspectorBusy << meter.inspectorBusyPercent();
        client.closeWriteChannel();
        spinUntil([&] { return client.state() == QProcess::NotRunning; }, 30s);
        app.setInspectorEnabled(false);
        qInfo("repetition %d: busy off %.2f %% on %.2f %%, longest frame off %.1f ms on %.1f ms",
              repetition + 1, busyOff.constLast(), busyOn.constLast(), frameOff.constLast(),
              frameOn.constLast());
    }
    writer.stop();

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
    figures << makeFigure(
        u"inspector attached: its timers' share of the GUI thread (%1 sessions)"_s.arg(sessions),
        u"%"_s, false, inspectorBusy);
    bench::Figure own =
        makeFigure(u"inspector attached: its longest event (%1 sessions)"_s.arg(sessions), u"ms"_s,
                   false, inspectorSteadyMs);
    own.goal = u"≤ 16 ms"_s;
    figures << own;
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
