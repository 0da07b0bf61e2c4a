#pragma once

// Waits for an SDK future while the event loop keeps running (the SDK, the fault proxies and
// the test server all live on this thread). Returns an empty string on success, else why.

#include <syncscope/testsupport/futures.h>

#include <chrono>

namespace syncscope::reliability {

inline QString waitForFuture(QFuture<void> future, std::chrono::milliseconds guard)
{
    const auto outcome = testsupport::awaitFuture(future, guard);
    if (outcome.result == testsupport::FutureOutcome::Result::NotFinished)
        return QStringLiteral("still running after %1 ms").arg(guard.count());
    return outcome.description();
}

} // namespace syncscope::reliability
