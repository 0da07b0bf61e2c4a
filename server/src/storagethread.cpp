#include "storagethread.h"

#include "logging.h"

#include <QCoreApplication>

namespace syncscope::server {

// The storage thread's side: owns the RealmStorage, which is created, used and destroyed only
// there.
class StorageWorker final : public QObject
{
public:
    std::unique_ptr<RealmStorage> storage;
};

StorageThread::StorageThread(QObject *parent)
    : QObject(parent)
{}

StorageThread::~StorageThread()
{
    stop();
}

bool StorageThread::start(const Factory &factory, QString *error)
{
    stop();
    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(QStringLiteral("syncscope-storage"));
    m_worker = new StorageWorker;
    m_worker->moveToThread(m_thread.get());
    QObject::connect(m_thread.get(), &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
    bool opened = false;
    QString why;
    QMetaObject::invokeMethod(
        m_worker,
        [this, &factory, &opened, &why] {
            m_worker->storage = factory(&why);
            opened = m_worker->storage != nullptr;
        },
        Qt::BlockingQueuedConnection);
    if (!opened) {
        stop();
        *error = why;
        return false;
    }
    return true;
}

void StorageThread::stop()
{
    if (!m_thread)
        return;
    // Queued behind every job: the storage closes (and releases its lock) only after them.
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->storage.reset(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    // The worker's deleteLater ran as the thread finished.
    m_worker = nullptr;
    m_thread.reset();
    // Results nobody collected are dropped: whoever waits for them goes away with the server.
    QCoreApplication::removePostedEvents(this, QEvent::MetaCall);
}

void StorageThread::post(std::function<void(RealmStorage &)> job)
{
    if (!m_worker) {
        qCCritical(lcStorage).noquote() << "a storage job was submitted while storage is closed";
        return;
    }
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, job = std::move(job)] {
            if (worker->storage)
                job(*worker->storage);
        },
        Qt::QueuedConnection);
}

void StorageThread::waitForIdle()
{
    if (!m_worker)
        return;
    QMetaObject::invokeMethod(
        m_worker, [] {}, Qt::BlockingQueuedConnection);
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
}

} // namespace syncscope::server
