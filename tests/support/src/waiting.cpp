#include <syncscope/testsupport/waiting.h>

#include <QCoreApplication>
#include <QEventLoop>

namespace syncscope::testsupport {

bool waitUntil(const std::function<bool()> &condition, std::chrono::milliseconds timeout)
{
    const QDeadlineTimer deadline(timeout);
    while (!condition()) {
        if (deadline.hasExpired())
            return condition();
        // Blocks until an event arrives (at most 10 ms), then handles it.
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 10);
    }
    return true;
}

} // namespace syncscope::testsupport
