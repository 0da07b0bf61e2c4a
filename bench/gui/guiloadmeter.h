#pragma once

#include <QApplication>
#include <QElapsedTimer>
#include <QList>
#include <QMap>

namespace syncscope::bench {

// What the GUI thread costs while it runs: the share of wall time it spent handling events
// (every outermost QApplication::notify — timers, socket activity, posted events, paints — so
// also time blocked inside a handler, e.g. in an fsync), and how long each frame took (the
// UpdateRequest that makes a window paint).
class GuiLoadMeter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuiLoadMeter)

public:
    GuiLoadMeter() = default;
    void start();
    void stop();
    void recordEvent(qint64 nanoseconds) { m_busyNs += m_running ? nanoseconds : 0; }
    void recordFrame(qint64 nanoseconds);

    double busyPercent() const;
    const QList<double> &frameMs() const { return m_framesMs; }

private:
    bool m_running = false;
    QElapsedTimer m_wall;
    qint64 m_wallNs = 0;
    qint64 m_busyNs = 0;
    QList<double> m_framesMs;
};

// A QApplication that times every outermost event and every UpdateRequest for the meter.
class TimedApplication final : public QApplication
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimedApplication)

public:
    TimedApplication(int &argc, char **argv);
    void setMeter(GuiLoadMeter *meter) { m_meter = meter; }
    bool notify(QObject *receiver, QEvent *event) override;

private:
    GuiLoadMeter *m_meter = nullptr;
    int m_depth = 0;
    // Within the frame being painted: nanoseconds per "class (event type)" of the events sent
    // while it is, so that a frame over 16 ms says where its time went
    // (SYNCSCOPE_BENCH_LONG_FRAMES).
    bool m_inFrame = false;
    QMap<QString, qint64> m_frameParts;
};

} // namespace syncscope::bench
