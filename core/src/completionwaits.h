#pragma once

#include <syncscope/errors.h>

#include <QFuture>
#include <QObject>
#include <QPromise>

#include <chrono>
#include <list>
#include <memory>

class QTimer;

namespace syncscope::detail {

// The pending uploadAllLocalChanges / downloadAllServerChanges futures of one session. A
// timeout rejects a future with TimeoutError through a QTimer without touching the transfer;
// everything else settles them from the session's progress.
class CompletionWaits final
{
    Q_DISABLE_COPY_MOVE(CompletionWaits)

public:
    enum class Kind { Upload, Download };

    CompletionWaits() = default;
    ~CompletionWaits();

    // An upload wait completes once the server acknowledged `targetVersion`.
    QFuture<void> add(Kind kind, std::chrono::milliseconds timeout, quint64 targetVersion = 0);

    void completeUploadsUpTo(quint64 acknowledgedVersion);
    void completeDownloads();
    void failAll(const SyncError &error);
    bool hasDownloadWaits() const;

    static QFuture<void> ready();
    static QFuture<void> failed(const QException &error);

private:
    struct Wait
    {
        Kind kind;
        quint64 target;
        std::shared_ptr<QPromise<void>> promise;
        QTimer *timer = nullptr;
    };

    template <typename Predicate> void finishIf(Predicate predicate, const QException *error);

    std::list<Wait> m_waits;
};

} // namespace syncscope::detail
