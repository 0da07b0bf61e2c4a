#include <syncscope/testsupport/waiting.h>

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

namespace syncscope::testsupport {

bool waitUntil(const std::function<bool()> &condition, std::chrono::milliseconds timeout)
{
    const QDeadlineTimer deadline(timeout);
    // Wakes the loop at least every 10 ms so the deadline is noticed even without traffic;
    // otherwise the thread sleeps until an event arrives instead of spinning.
    QTimer wakeUp;
    wakeUp.start(std::chrono::milliseconds(10));
    while (!condition()) {
        if (deadline.hasExpired())
            return condition();
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

} // namespace syncscope::testsupport
