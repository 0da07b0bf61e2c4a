#include "completionwaits.h"

#include <QCoreApplication>
#include <QTimer>

namespace syncscope::detail {

CompletionWaits::~CompletionWaits()
{
    for (Wait &wait : m_waits) {
        delete wait.timer;
        // A future nobody can settle any more must not hang its waiter forever.
        wait.promise->setException(std::make_exception_ptr(SyncError(
            int(ClientErrorCode::SessionClosed),
            QCoreApplication::translate("syncscope::SyncSession", "The sync session was destroyed"),
            false)));
        wait.promise->finish();
    }
}

QFuture<void> CompletionWaits::ready()
{
    QPromise<void> promise;
    promise.start();
    promise.finish();
    return promise.future();
}

QFuture<void> CompletionWaits::failed(const QException &error)
{
    QPromise<void> promise;
    promise.start();
    try {
        error.raise();
    } catch (...) {
        promise.setException(std::current_exception());
    }
    promise.finish();
    return promise.future();
}

QFuture<void> CompletionWaits::add(Kind kind, std::chrono::milliseconds timeout,
                                   quint64 targetVersion)
{
    auto promise = std::make_shared<QPromise<void>>();
    promise->start();
    m_waits.push_back(Wait{kind, targetVersion, promise, nullptr});
    if (timeout.count() > 0) {
        Wait &wait = m_waits.back();
        wait.timer = new QTimer;
        wait.timer->setSingleShot(true);
        // A coarse timer may fire up to 5 % early; a TimeoutError must never come before the
        // timeout the caller asked for.
        wait.timer->setTimerType(Qt::PreciseTimer);
        const QString message =
            kind == Kind::Upload
                ? QCoreApplication::translate("syncscope::SyncSession",
                                              "Uploading changes did not complete in %1 ms.")
                      .arg(timeout.count())
                : QCoreApplication::translate("syncscope::SyncSession",
                                              "Downloading changes did not complete in %1 ms.")
                      .arg(timeout.count());
        QPromise<void> *key = promise.get();
        QObject::connect(wait.timer, &QTimer::timeout, wait.timer, [this, key, message] {
            const TimeoutError error(message);
            finishIf([key](const Wait &w) { return w.promise.get() == key; }, &error);
        });
        wait.timer->start(timeout);
    }
    return promise->future();
}

template <typename Predicate>
void CompletionWaits::finishIf(Predicate predicate, const QException *error)
{
    // Take the matching waits out first: settling a future can run user code that adds waits.
    std::list<Wait> done;
    for (auto it = m_waits.begin(); it != m_waits.end();) {
        auto next = std::next(it);
        if (predicate(*it))
            done.splice(done.end(), m_waits, it);
        it = next;
    }
    for (Wait &wait : done) {
        if (wait.timer) {
            // Stopped first: a timeout already due would otherwise still be delivered, to a
            // handler that captures this object (maybe gone by then) and finds its wait by an
            // address a newer wait may have taken. Deleted later: we may be inside its signal.
            wait.timer->stop();
            wait.timer->deleteLater();
        }
        if (error) {
            try {
                error->raise();
            } catch (...) {
                wait.promise->setException(std::current_exception());
            }
        }
        wait.promise->finish();
    }
}

void CompletionWaits::completeUploadsUpTo(quint64 acknowledgedVersion)
{
    finishIf(
        [&](const Wait &w) { return w.kind == Kind::Upload && w.target <= acknowledgedVersion; },
        nullptr);
}

void CompletionWaits::completeDownloads()
{
    finishIf([](const Wait &w) { return w.kind == Kind::Download; }, nullptr);
}

void CompletionWaits::failAll(const SyncError &error)
{
    finishIf([](const Wait &) { return true; }, &error);
}

bool CompletionWaits::hasDownloadWaits() const
{
    for (const Wait &wait : m_waits) {
        if (wait.kind == Kind::Download)
            return true;
    }
    return false;
}

} // namespace syncscope::detail
