#pragma once

// Waits for an SDK future while the event loop keeps running (the SDK, the fault proxies and
// the test server all live on this thread). Returns an empty string on success, else why.

#include <syncscope/errors.h>

#include <QEventLoop>
#include <QFuture>
#include <QFutureWatcher>
#include <QTimer>

#include <chrono>

namespace syncscope::reliability {

inline QString waitForFuture(QFuture<void> future, std::chrono::milliseconds guard)
{
    if (!future.isFinished()) {
        QEventLoop loop;
        QFutureWatcher<void> watcher;
        QObject::connect(&watcher, &QFutureWatcher<void>::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(guard, &loop, &QEventLoop::quit);
        watcher.setFuture(future);
        if (!future.isFinished())
            loop.exec();
    }
    if (!future.isFinished())
        return QStringLiteral("still running after %1 ms").arg(guard.count());
    try {
        future.waitForFinished();
    } catch (const syncscope::SyncError &error) {
        return QStringLiteral("SyncError %1: %2").arg(error.code()).arg(error.message());
    } catch (const syncscope::TimeoutError &error) {
        return QStringLiteral("TimeoutError: %1").arg(error.message());
    } catch (const std::exception &error) {
        return QStringLiteral("exception: %1").arg(QString::fromLocal8Bit(error.what()));
    }
    return {};
}

} // namespace syncscope::reliability
