#pragma once

#include "realmstorage.h"

#include <QObject>
#include <QThread>

#include <functional>
#include <memory>

namespace syncscope::server {

class StorageWorker;

// Runs all database work of the server on one thread of its own, so that no query, commit or
// fsync ever holds the WebSocket event loop: one heavy request (a huge UPLOAD, thousands of
// new realms) no longer freezes every other client.
//
// Lives on the event loop's thread. Jobs run on the storage thread one after the other in the
// order they were submitted (so a realm's reads and writes keep their order), each against the
// RealmStorage that thread created; their results come back to the event loop's thread in the
// same order, as queued calls. One thread, not a pool: one SQLite connection serialises
// writers anyway, and one queue keeps "what was committed before this read" simple.
class StorageThread final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StorageThread)

public:
    // Creates and opens the back end on the storage thread; nullptr and *error on failure.
    using Factory = std::function<std::unique_ptr<RealmStorage>(QString *error)>;

    explicit StorageThread(QObject *parent = nullptr);
    ~StorageThread() override; // stop()s

    // Starts the thread and opens the storage there; waits for the outcome.
    bool start(const Factory &factory, QString *error);
    // Runs what is queued, closes the storage on its thread and ends the thread. Results not
    // delivered yet are dropped (waitForIdle() first to have them).
    void stop();
    bool isRunning() const { return m_thread != nullptr; }

    // Runs work(storage) on the storage thread, then done(result) on this object's thread,
    // unless this object is gone by then. done must check itself whether whoever it informs
    // still exists.
    template <typename Result>
    void run(std::function<Result(RealmStorage &)> work, std::function<void(Result)> done)
    {
        post([this, work = std::move(work), done = std::move(done)](RealmStorage &storage) {
            auto result = std::make_shared<Result>(work(storage));
            QMetaObject::invokeMethod(
                this, [done, result] { done(std::move(*result)); }, Qt::QueuedConnection);
        });
    }

    // Runs work(storage) on the storage thread after what is queued, with no result.
    void runInBackground(std::function<void(RealmStorage &)> work) { post(std::move(work)); }

    // Blocks until every job submitted so far has run, then delivers their results here.
    // For shutdown, when what was received must be stored before the server stops.
    void waitForIdle();

private:
    void post(std::function<void(RealmStorage &)> job);

    std::unique_ptr<QThread> m_thread;
    StorageWorker *m_worker = nullptr; // lives on m_thread, deleted there
};

} // namespace syncscope::server
