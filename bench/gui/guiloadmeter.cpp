#include "guiloadmeter.h"

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
    QElapsedTimer timer;
    timer.start();
    ++m_depth;
    const bool handled = QApplication::notify(receiver, event);
    --m_depth;
    const qint64 elapsed = timer.nsecsElapsed();
    if (m_depth == 0)
        m_meter->recordEvent(elapsed);
    if (event->type() == QEvent::UpdateRequest)
        m_meter->recordFrame(elapsed);
    return handled;
}

} // namespace syncscope::bench
