// The group commit (UploadBatcher) against a real storage thread and a real SQLite file: when
// an upload is handed to the storage thread and which uploads share a commit. Orderings are
// checked, never durations: StorageThread::waitForIdle() runs what was handed over so far
// without turning the event loop, so an upload still waiting for a timer is not committed by it.

#include "realmhub.h"
#include "sqliterealmstorage.h"
#include "storagethread.h"
#include "uploadbatcher.h"

#include <syncscope/server/serverstatistics.h>

#include <QTemporaryDir>
#include <QTest>

using namespace syncscope;
using namespace syncscope::server;

namespace {

protocol::UploadChangeset changeset(quint64 clientVersion, const QString &key)
{
    return {clientVersion, 1000, {{protocol::Operation::Kind::Set, key, "value"}}};
}

} // namespace

class UploadBatcherTest final : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<StorageThread> m_storage;
    std::unique_ptr<RealmHub> m_hub;
    std::unique_ptr<ServerStatistics> m_statistics;
    std::unique_ptr<UploadBatcher> m_batcher;
    qint64 m_realm = -1;
    QList<quint64> m_files;

    // Runs work on the storage thread and waits for it.
    template <typename Result> Result onStorage(std::function<Result(RealmStorage &)> work)
    {
        Result result{};
        m_storage->run<Result>(std::move(work), [&result](Result r) { result = std::move(r); });
        m_storage->waitForIdle();
        return result;
    }

    std::optional<quint64> head()
    {
        return onStorage<std::optional<quint64>>(
            [realm = m_realm](RealmStorage &storage) { return storage.headVersion(realm); });
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_storage = std::make_unique<StorageThread>();
        QString error;
        const QString dataDir = m_dir->filePath(QStringLiteral("data"));
        QVERIFY2(m_storage->start(
                     [dataDir](QString *why) -> std::unique_ptr<RealmStorage> {
                         auto storage = std::make_unique<SqliteRealmStorage>(
                             QStringLiteral("tst_uploadbatcher"));
                         if (!storage->open(dataDir, why))
                             return nullptr;
                         return storage;
                     },
                     &error),
                 qPrintable(error));
        m_hub = std::make_unique<RealmHub>();
        m_statistics = std::make_unique<ServerStatistics>();
        m_batcher = std::make_unique<UploadBatcher>(m_storage.get(), m_hub.get(), 64 << 20);
        m_batcher->setStatistics(m_statistics.get());
        const auto realm = onStorage<std::optional<qint64>>(
            [](RealmStorage &storage) { return storage.realmId(QStringLiteral("/batched")); });
        QVERIFY(realm);
        m_realm = *realm;
        m_files = onStorage<QList<quint64>>([realm = m_realm](RealmStorage &storage) {
            QList<quint64> files;
            for (int i = 0; i < 3; ++i)
                files << storage.allocateClientFile(realm, QStringLiteral("alice"));
            return files;
        });
        QCOMPARE(m_files.size(), 3);
        QVERIFY(!m_files.contains(0));
    }

    void cleanup()
    {
        // The storage thread stops before the batcher whose results it delivers goes away.
        m_storage->stop();
        m_batcher.reset();
        m_statistics.reset();
        m_hub.reset();
        m_storage.reset();
        m_dir.reset();
    }

    // With no group on the storage thread, an upload goes there at once: waiting for the
    // storage thread commits it, although the event loop never turned (it waited for a 0 ms
    // timer, one turn of the event loop, before).
    void loneUploadIsCommittedWithoutATurnOfTheEventLoop()
    {
        // No session: integrated and announced to the realm, acknowledged to nobody.
        m_batcher->enqueue(nullptr, {m_realm, m_files[0], {changeset(1, QStringLiteral("k"))}});
        QCOMPARE(m_batcher->queuedUploads(), 0);
        m_storage->waitForIdle();
        QCOMPARE(m_statistics->commitUploads().count, 1u);
        QCOMPARE(head(), std::optional<quint64>(1));
    }

    // While a group is on the storage thread, what arrives waits and forms the next group, sent
    // after the first is reported: two commits for three uploads, the second with two.
    void uploadsArrivingDuringACommitShareTheNextOne()
    {
        m_batcher->enqueue(nullptr, {m_realm, m_files[0], {changeset(1, QStringLiteral("a"))}});
        m_batcher->enqueue(nullptr, {m_realm, m_files[1], {changeset(1, QStringLiteral("b"))}});
        m_batcher->enqueue(nullptr, {m_realm, m_files[2], {changeset(1, QStringLiteral("c"))}});
        QCOMPARE(m_batcher->queuedUploads(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(m_statistics->commitUploads().count, 2u, 30000);
        QCOMPARE(m_statistics->commitUploads().sum, 3.0);
        QCOMPARE(m_batcher->queuedUploads(), 0);
        QCOMPARE(head(), std::optional<quint64>(3));
    }
};

QTEST_GUILESS_MAIN(UploadBatcherTest)
#include "tst_uploadbatcher.moc"
