// What waits behind what on the storage thread, with the real StorageThread, UploadBatcher and
// HeadsPoll on a real SQLite store: the next group commit is handed over as soon as the
// previous group's results are, not after its acknowledgements; and a heads poll over thousands
// of realms holds other jobs (group commits) for one chunk at most, never for the whole round.
// And the group pacing: a lone writer's uploads go to storage at once, while after a group of
// many writers the next group waits to fill up (counted, never timed: the spacing is an hour).

#include "grouppacer.h"
#include "headspoll.h"
#include "realmhub.h"
#include "sqliterealmstorage.h"
#include "storagethread.h"
#include "uploadbatcher.h"

#include <syncscope/server/serverstatistics.h>

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace syncscope;
using namespace std::chrono_literals;
using syncscope::server::GroupCommitPacing;
using syncscope::server::GroupPacer;
using syncscope::server::HeadsPoll;
using syncscope::server::RealmHub;
using syncscope::server::RealmStorage;
using syncscope::server::ServerStatistics;
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

    // The uploads still queued in `batcher` when a job queued now behind the group on the
    // storage thread reports, i.e. right after that group's report: 0 when the report handed
    // them to the storage thread itself.
    qsizetype queuedRightAfterTheReport(const UploadBatcher &batcher)
    {
        qsizetype queued = -1;
        m_storage->run<int>([](RealmStorage &) { return 0; },
                            [&](int) { queued = batcher.queuedUploads(); });
        m_storage->waitForIdle();
        return queued;
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
        const qsizetype queuedAfterTheReport = queuedRightAfterTheReport(batcher);
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

    // The rule alone, on a made-up clock.
    void pacingWaitsOnlyAfterABusyGroupAndOnlyUntilTheSpacing()
    {
        const GroupCommitPacing pacing{10ms, 4, 8};
        GroupPacer pacer(pacing);
        const GroupPacer::Clock::time_point t0{1h};
        // Nothing handed over yet, and after groups of fewer writers than busyWriters: at once.
        QCOMPARE(pacer.wait(1, t0), GroupPacer::Clock::duration::zero());
        pacer.handedOver(3, t0);
        QCOMPARE(pacer.wait(3, t0 + 1ms), GroupPacer::Clock::duration::zero());
        // After a busy group: until the spacing since it was handed over, no longer.
        pacer.handedOver(4, t0);
        QCOMPARE(pacer.wait(1, t0 + 3ms), GroupPacer::Clock::duration(7ms));
        QCOMPARE(pacer.wait(7, t0 + 9ms), GroupPacer::Clock::duration(1ms));
        QCOMPARE(pacer.wait(1, t0 + 10ms), GroupPacer::Clock::duration::zero());
        QCOMPARE(pacer.wait(1, t0 + 1h), GroupPacer::Clock::duration::zero());
        // A full group goes at once.
        QCOMPARE(pacer.wait(8, t0 + 1ms), GroupPacer::Clock::duration::zero());
        // Spacing 0 switches the pacing off.
        GroupPacer off(GroupCommitPacing{0ms, 1, 8});
        off.handedOver(100, t0);
        QCOMPARE(off.wait(1, t0), GroupPacer::Clock::duration::zero());
    }

    void aLoneWritersUploadsAreHandedOverWithoutDelay()
    {
        const QList<RealmStorage::Binding> bound = bindRealms(1);
        QCOMPARE(bound.size(), 1);
        const qint64 realm = *bound.first().realmId;
        const quint64 file = bound.first().clientFileId;
        RealmHub hub;
        ServerStatistics statistics;
        // An hour's spacing after a group of 2 writers or more: a paced group would never go.
        UploadBatcher batcher(m_storage.get(), &hub, 64 * 1024 * 1024, {1h, 2, 1000});
        batcher.setStatistics(&statistics);
        quint64 version = 0;
        for (int round = 0; round < 5; ++round) {
            // An upload to an idle batcher goes after this turn, by the batcher's own timer.
            batcher.enqueue(nullptr, upload(realm, file, ++version));
            QTRY_COMPARE_WITH_TIMEOUT(batcher.queuedUploads(), qsizetype(0), 20000);
            m_storage->waitForIdle();
            // A stream queued behind a commit (the throughput case) is one writer too: it goes
            // as soon as that commit is reported.
            batcher.enqueue(nullptr, upload(realm, file, ++version));
            batcher.flush();
            for (int i = 0; i < 3; ++i)
                batcher.enqueue(nullptr, upload(realm, file, ++version));
            const qsizetype queuedAfterTheReport = queuedRightAfterTheReport(batcher);
            QCOMPARE(queuedAfterTheReport, qsizetype(0));
            m_storage->waitForIdle();
        }
        QCOMPARE(statistics.commitUploads().count, quint64(15));
        QCOMPARE(statistics.commitUploads().sum, double(version));
    }

    void manyWritersFormFullerGroups()
    {
        constexpr int kWriters = 8;
        const QList<RealmStorage::Binding> bound = bindRealms(kWriters);
        QCOMPARE(bound.size(), qsizetype(kWriters));
        RealmHub hub;
        ServerStatistics statistics;
        // Busy from 4 writers on; a group of 8 writers is full. The spacing (an hour) never ends
        // a wait here: only a full group does.
        UploadBatcher batcher(m_storage.get(), &hub, 64 * 1024 * 1024, {1h, 4, kWriters});
        batcher.setStatistics(&statistics);
        const auto enqueueFrom = [&](int first, int last, quint64 version) {
            for (int i = first; i < last; ++i)
                batcher.enqueue(nullptr,
                                upload(*bound.at(i).realmId, bound.at(i).clientFileId, version));
        };
        // A group of every writer goes to storage; three writers upload again while it commits.
        enqueueFrom(0, kWriters, 1);
        batcher.flush();
        enqueueFrom(0, 3, 2);
        const qsizetype queuedAfterTheReport = queuedRightAfterTheReport(batcher);
        // After a busy group the three wait for more instead of forming a group of their own.
        QCOMPARE(queuedAfterTheReport, qsizetype(3));
        QCOMPARE(statistics.commitUploads().count, quint64(1));
        // A writer that uploads twice counts once; the rest fill the group, which goes at once.
        enqueueFrom(0, 1, 3);
        enqueueFrom(3, kWriters, 2);
        QTRY_COMPARE_WITH_TIMEOUT(batcher.queuedUploads(), qsizetype(0), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(statistics.commitUploads().count, quint64(2), 20000);
        QCOMPARE(statistics.commitUploads().sum, double(2 * kWriters + 1));
        m_storage->waitForIdle();
        for (int i = 0; i < kWriters; ++i) {
            std::optional<quint64> head;
            m_storage->run<std::optional<quint64>>(
                [realm = *bound.at(i).realmId](RealmStorage &storage) {
                    return storage.headVersion(realm);
                },
                [&head](std::optional<quint64> result) { head = result; });
            m_storage->waitForIdle();
            QCOMPARE(head, std::optional<quint64>(i == 0 ? 3 : 2));
        }
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
