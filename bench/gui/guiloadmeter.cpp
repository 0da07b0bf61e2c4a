#include "guiloadmeter.h"

#include "harness/processmetrics.h"

#include <QtDebug>

#include <algorithm>

namespace syncscope::bench {

void GuiLoadMeter::start()
{
    m_framesMs.clear();
    m_busyNs = 0;
    m_wall.start();
    m_running = true;
}

void GuiLoadMeter::stop()
{
    m_wallNs = m_wall.nsecsElapsed();
    m_running = false;
}

void GuiLoadMeter::recordFrame(qint64 nanoseconds)
{
    if (m_running)
        m_framesMs.append(double(nanoseconds) / 1e6);
}

double GuiLoadMeter::busyPercent() const
{
    return m_wallNs <= 0 ? 0 : 100.0 * double(m_busyNs) / double(m_wallNs);
}

TimedApplication::TimedApplication(int &argc, char **argv)
    : QApplication(argc, argv)
{}

bool TimedApplication::notify(QObject *receiver, QEvent *event)
{
    if (!m_meter)
        return QApplication::notify(receiver, event);
    static const bool namesLongFrames = qEnvironmentVariableIsSet("SYNCSCOPE_BENCH_LONG_FRAMES");
    const QEvent::Type type = event->type();
    const bool frame = type == QEvent::UpdateRequest;
    const bool outerFrame = frame && namesLongFrames && !m_inFrame;
    qint64 cpuStartNs = 0;
    if (outerFrame) {
        m_inFrame = true;
        m_frameParts.clear();
        cpuStartNs = threadCpuNs();
    }
    QElapsedTimer timer;
    timer.start();
    ++m_depth;
    const bool handled = QApplication::notify(receiver, event);
    --m_depth;
    const qint64 elapsed = timer.nsecsElapsed();
    if (m_depth == 0)
        m_meter->recordEvent(elapsed);
    if (m_inFrame && !outerFrame)
        m_frameParts[QStringLiteral("%1 (%2)")
                         .arg(QLatin1StringView(receiver->metaObject()->className()))
                         .arg(int(type))] += elapsed;
    if (frame)
        m_meter->recordFrame(elapsed);
    if (outerFrame) {
        m_inFrame = false;
        if (elapsed > 16'000'000) {
            QList<std::pair<qint64, QString>> parts;
            for (auto it = m_frameParts.cbegin(); it != m_frameParts.cend(); ++it)
                parts.append({it.value(), it.key()});
            std::sort(parts.begin(), parts.end(), std::greater<>());
            QStringList top;
            for (qsizetype i = 0; i < std::min<qsizetype>(4, parts.size()); ++i)
                top.append(QStringLiteral("%1 %2 ms")
                               .arg(parts.at(i).second)
                               .arg(double(parts.at(i).first) / 1e6, 0, 'f', 1));
            qInfo().noquote() << "long frame" << double(elapsed) / 1e6 << "ms,"
                              << double(threadCpuNs() - cpuStartNs) / 1e6
                              << "ms of it on the CPU:" << top.join(u", ");
        }
    }
    return handled;
}

} // namespace syncscope::bench
