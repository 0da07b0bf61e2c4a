#include "syncscope/testsupport/futures.h"

#include "syncscope/testsupport/waiting.h"

#include <syncscope/errors.h>

#include <QFutureWatcher>

namespace syncscope::testsupport {

QString FutureOutcome::description() const
{
    switch (result) {
    case Result::Succeeded:
        return {};
    case Result::TimedOut:
        return QStringLiteral("TimeoutError: %1").arg(error);
    case Result::SyncFailed:
        return QStringLiteral("SyncError %1: %2").arg(code).arg(error);
    case Result::OtherFailure:
        return QStringLiteral("exception: %1").arg(error);
    case Result::NotFinished:
        return QStringLiteral("still running");
    }
    return {};
}

FutureOutcome awaitFuture(const QFuture<void> &future, std::chrono::milliseconds limit,
                          const QElapsedTimer *clock)
{
    FutureOutcome outcome;
    bool finished = future.isFinished();
    QFutureWatcher<void> watcher;
    if (!finished) {
        QObject::connect(&watcher, &QFutureWatcher<void>::finished, &watcher, [&] {
            if (clock)
                outcome.finishedAtNs = clock->nsecsElapsed();
            finished = true;
        });
        watcher.setFuture(future);
        if (!waitUntil([&] { return finished; }, limit))
            return outcome;
    } else if (clock) {
        outcome.finishedAtNs = clock->nsecsElapsed();
    }
    try {
        QFuture<void>(future).waitForFinished();
        outcome.result = FutureOutcome::Result::Succeeded;
    } catch (const TimeoutError &error) {
        outcome.result = FutureOutcome::Result::TimedOut;
        outcome.error = error.message();
    } catch (const SyncError &error) {
        outcome.result = FutureOutcome::Result::SyncFailed;
        outcome.code = error.code();
        outcome.error = error.message();
    } catch (const std::exception &error) {
        outcome.result = FutureOutcome::Result::OtherFailure;
        outcome.error = QString::fromLocal8Bit(error.what());
    }
    return outcome;
}

} // namespace syncscope::testsupport
