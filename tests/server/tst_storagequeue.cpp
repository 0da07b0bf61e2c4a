// What waits behind what on the storage thread, with the real StorageThread, UploadBatcher and
// HeadsPoll on a real SQLite store: the next group commit is handed over as soon as the
// previous group's results are, not after its acknowledgements; and a heads poll over thousands
// of realms holds other jobs (group commits) for one chunk at most, never for the whole round.

#include "headspoll.h"
#include "realmhub.h"
#include "sqliterealmstorage.h"
#include "storagethread.h"
#include "uploadbatcher.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace syncscope;
using syncscope::server::HeadsPoll;
using syncscope::server::RealmHub;
using syncscope::server::RealmStorage;
using syncscope::server::SqliteRealmStorage;
using syncscope::server::StorageThread;
using syncscope::server::UploadBatcher;

namespace {

RealmStorage::PendingUpload upload(qint64 realmId, quint64 clientFileId, quint64 clientVersion)
{
    return {realmId,
            clientFileId,
            {{clientVersion,
              QDateTime::currentMSecsSinceEpoch(),
              {{protocol::Operation::Kind::Set, QStringLiteral("k%1").arg(clientVersion),
                QByteArray("v")}}}}};
}

} // namespace

class StorageQueueTest final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<StorageThread> m_storage;

    // BINDs of `count` new realms, one transaction; their ids and client files in order.
    QList<RealmStorage::Binding> bindRealms(int count)
    {
        QList<RealmStorage::BindRequest> requests;
        for (int i = 0; i < count; ++i)
            requests.append({QStringLiteral("/r%1").arg(i), QStringLiteral("alice"), true, false});
        QList<RealmStorage::Binding> bindings;
        m_storage->run<QList<RealmStorage::Binding>>(
            [requests](RealmStorage &storage) { return storage.bindAll(requests); },
            [&bindings](QList<RealmStorage::Binding> result) { bindings = std::move(result); });
        m_storage->waitForIdle();
        return bindings;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_storage = std::make_unique<StorageThread>();
        QString error;
        const QString dataDir = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()));
        QVERIFY2(m_storage->start(
                     [dataDir](QString *why) -> std::unique_ptr<RealmStorage> {
                         auto storage = std::make_unique<SqliteRealmStorage>(dataDir);
                         if (!storage->open(dataDir, why))
                             return nullptr;
                         return storage;
                     },
                     &error),
                 qPrintable(error));
    }

    void cleanup() { m_storage.reset(); }

    void nextGroupGoesToStorageBeforeTheAcknowledgementsAreSent()
    {
        const QList<RealmStorage::Binding> bound = bindRealms(1);
        QCOMPARE(bound.size(), 1);
        QVERIFY(bound.first().realmId && bound.first().clientFileId != 0);
        const qint64 realm = *bound.first().realmId;
        const quint64 file = bound.first().clientFileId;

        RealmHub hub;
        UploadBatcher batcher(m_storage.get(), &hub, 64 * 1024 * 1024);
        // The first group goes to the storage thread; the second arrives while it commits.
        batcher.enqueue(nullptr, upload(realm, file, 1));
        batcher.flush();
        batcher.enqueue(nullptr, upload(realm, file, 2));
        QCOMPARE(batcher.queuedUploads(), qsizetype(1));
        // A job behind the first group: its result is delivered right after that group's report,
        // with no event-loop turn (and no timer) in between.
        qsizetype queuedAfterTheReport = -1;
        m_storage->run<int>([](RealmStorage &) { return 0; },
                            [&](int) { queuedAfterTheReport = batcher.queuedUploads(); });
        m_storage->waitForIdle();
        // The report handed the waiting upload to the storage thread itself, before the
        // acknowledgements of its own group were sent (not a later turn of the event loop).
        QCOMPARE(queuedAfterTheReport, qsizetype(0));

        // And both are stored, in order.
        m_storage->waitForIdle();
        std::optional<quint64> head;
        m_storage->run<std::optional<quint64>>(
            [realm](RealmStorage &storage) { return storage.headVersion(realm); },
            [&head](std::optional<quint64> result) { head = result; });
        m_storage->waitForIdle();
        QCOMPARE(head, std::optional<quint64>(2));
    }

    void headsPollHoldsOtherJobsForOneChunkAtMost()
    {
        const int realmCount = int(HeadsPoll::kChunkRealms * 2 + 500);
        const QList<RealmStorage::Binding> bound = bindRealms(realmCount);
        QCOMPARE(bound.size(), realmCount);
        QList<qint64> realms;
        for (const RealmStorage::Binding &binding : bound) {
            QVERIFY(binding.realmId);
            realms.append(*binding.realmId);
        }
        // One realm has a head above 0, so the values are checked, not only the keys.
        m_storage->run<QList<RealmStorage::Integration>>(
            [realm = realms.last(), file = bound.last().clientFileId](RealmStorage &storage) {
                return storage.integrateUploads({upload(realm, file, 1)});
            },
            [](const QList<RealmStorage::Integration> &) {});
        m_storage->waitForIdle();

        QList<QHash<qint64, quint64>> published;
        HeadsPoll poll(m_storage.get(), [&published](const QHash<qint64, quint64> &heads) {
            published.append(heads);
        });
        QVERIFY(poll.start(realms));
        QVERIFY(!poll.start(realms)); // one round at a time
        // A job submitted while the round runs (a group commit, say) is served after the first
        // chunk, not after all of them.
        qsizetype chunksBeforeTheJob = -1;
        m_storage->run<int>([](RealmStorage &) { return 0; },
                            [&](int) { chunksBeforeTheJob = published.size(); });
        m_storage->waitForIdle();
        QCOMPARE(chunksBeforeTheJob, qsizetype(1));
        QVERIFY(poll.isRunning());

        // The round still reads every realm, each once, in chunks of at most kChunkRealms.
        while (poll.isRunning())
            m_storage->waitForIdle();
        QCOMPARE(published.size(), qsizetype(3));
        QHash<qint64, quint64> all;
        for (const QHash<qint64, quint64> &chunk : std::as_const(published)) {
            QVERIFY(chunk.size() <= HeadsPoll::kChunkRealms);
            for (auto it = chunk.cbegin(); it != chunk.cend(); ++it) {
                QVERIFY(!all.contains(it.key()));
                all.insert(it.key(), it.value());
            }
        }
        QCOMPARE(all.size(), qsizetype(realmCount));
        QCOMPARE(all.value(realms.last()), quint64(1));
        QCOMPARE(all.value(realms.first()), quint64(0));
        // Over: the next round may start.
        QVERIFY(poll.start(realms));
        while (poll.isRunning())
            m_storage->waitForIdle();
    }

    void headsPollForgottenWhenTheStorageStopsStartsAgain()
    {
        const QList<RealmStorage::Binding> bound = bindRealms(3);
        QList<qint64> realms;
        for (const RealmStorage::Binding &binding : bound)
            realms.append(*binding.realmId);
        int publications = 0;
        HeadsPoll poll(m_storage.get(),
                       [&publications](const QHash<qint64, quint64> &) { ++publications; });
        QVERIFY(poll.start(realms));
        // Stopped with the round's result undelivered: it never comes.
        m_storage->stop();
        QVERIFY(poll.isRunning());
        poll.reset();
        QVERIFY(!poll.isRunning());
        QCOMPARE(publications, 0);
    }
};

QTEST_GUILESS_MAIN(StorageQueueTest)
#include "tst_storagequeue.moc"
