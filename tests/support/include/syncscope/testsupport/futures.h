#pragma once

#include <QElapsedTimer>
#include <QFuture>
#include <QString>

#include <chrono>

namespace syncscope::testsupport {

// How an SDK wait (a QFuture<void> of uploadAllLocalChanges / downloadAllServerChanges) ended.
struct FutureOutcome
{
    enum class Result { Succeeded, TimedOut, SyncFailed, OtherFailure, NotFinished };
    Result result = Result::NotFinished;
    qint64 finishedAtNs = 0; // on the clock given to awaitFuture, taken in the finished slot
    int code = 0;            // the SyncError's code when SyncFailed
    QString error;           // the exception's message, empty on success

    bool succeeded() const { return result == Result::Succeeded; }
    // "" on success, else a line saying how it ended (for QVERIFY2 messages).
    QString description() const;
};

// Runs the event loop (the SDK lives on this thread) until `future` finishes or `limit` passes.
// With a clock, the finish time is read in QFutureWatcher::finished, on the SDK's thread, so
// how quickly the loop notices does not enter it.
FutureOutcome awaitFuture(const QFuture<void> &future, std::chrono::milliseconds limit,
                          const QElapsedTimer *clock = nullptr);

} // namespace syncscope::testsupport
