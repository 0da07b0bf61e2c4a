// RealmStore against a real SQLite file: LWW with tombstones, idempotent uploads, atomicity,
// download batches and persistence across reopening.

#include "realmstore.h"

#include <syncscope/protocol/codec.h>

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace syncscope;
using namespace syncscope::protocol;
using syncscope::server::RealmStore;

namespace {

Operation set(const QString &key, const QByteArray &value)
{
    return {Operation::Kind::Set, key, value};
}

Operation remove(const QString &key)
{
    return {Operation::Kind::Remove, key, {}};
}

} // namespace

class RealmStoreTest final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<RealmStore> m_store;
    qint64 m_realm = 0;

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QDir(m_dir.path()).removeRecursively();
        m_store = std::make_unique<RealmStore>(QStringLiteral("tst_realmstore"));
        QString error;
        QVERIFY2(m_store->open(m_dir.filePath(QStringLiteral("data")), &error), qPrintable(error));
        m_realm = m_store->realmId(QStringLiteral("/r")).value();
    }

    void cleanup() { m_store.reset(); }

    void realmsAndClientFiles()
    {
        QCOMPARE(m_store->realmId(QStringLiteral("/r")).value(), m_realm);
        const qint64 other = m_store->realmId(QStringLiteral("/other")).value();
        QVERIFY(other != m_realm);
        const quint64 a = m_store->allocateClientFile(m_realm);
        const quint64 b = m_store->allocateClientFile(other);
        QVERIFY(a > 0 && b > a);
        QCOMPARE(m_store->uploadCursor(m_realm, a), std::optional<quint64>(0));
        QVERIFY(!m_store->uploadCursor(m_realm, b)); // belongs to the other realm
        QVERIFY(!m_store->uploadCursor(m_realm, 12345));
        QCOMPARE(m_store->headVersion(m_realm), std::optional<quint64>(0));
    }

    // Realm paths are keys: a hostile one creates no file or directory.
    void pathsNeverTouchTheFileSystem()
    {
        const QStringList before = QDir(m_dir.filePath(QStringLiteral("data")))
                                       .entryList(QDir::NoDotAndDotDot | QDir::AllEntries);
        QVERIFY(m_store->realmId(QStringLiteral("/../../etc/passwd")));
        QVERIFY(m_store->realmId(QStringLiteral("/a/b/c")));
        QCOMPARE(QDir(m_dir.filePath(QStringLiteral("data")))
                     .entryList(QDir::NoDotAndDotDot | QDir::AllEntries),
                 before);
    }

    void lastWriterWinsWithTombstones()
    {
        const quint64 a = m_store->allocateClientFile(m_realm);
        const quint64 b = m_store->allocateClientFile(m_realm);
        auto integrate = [&](quint64 file, quint64 version, qint64 timestamp,
                             QList<Operation> ops) {
            const auto r = m_store->integrateUpload(m_realm, file, {{version, timestamp, ops}});
            QCOMPARE(r.status, RealmStore::Integration::Status::Integrated);
        };
        integrate(b, 1, 200, {set(QStringLiteral("x"), "b200"), remove(QStringLiteral("gone"))});
        integrate(a, 1, 100,
                  {set(QStringLiteral("x"), "a100"), set(QStringLiteral("gone"), "a100")});
        integrate(a, 2, 200, {set(QStringLiteral("tie"), "a200")});
        integrate(b, 2, 200, {set(QStringLiteral("tie"), "b200")});
        integrate(a, 3, 300, {set(QStringLiteral("tie"), "a300")});
        integrate(a, 4, 300, {set(QStringLiteral("tie"), "a300 again")}); // same stamp: later wins
        integrate(b, 3, 400, {remove(QStringLiteral("x"))});
        integrate(a, 5, 350, {set(QStringLiteral("x"), "a350")}); // older than the remove

        const auto state = m_store->snapshot(m_realm).value();
        QCOMPARE(state.value(QStringLiteral("tie")), QByteArray("a300 again"));
        QVERIFY(!state.contains(QStringLiteral("x")));    // tombstone at 400 beats 350
        QVERIFY(!state.contains(QStringLiteral("gone"))); // remove at 200 beats set at 100
        QCOMPARE(m_store->headVersion(m_realm), std::optional<quint64>(8)); // history keeps all
    }

    void uploadsAreIdempotentAndAtomic()
    {
        const quint64 a = m_store->allocateClientFile(m_realm);
        auto r = m_store->integrateUpload(m_realm, a,
                                          {{1, 1, {set(QStringLiteral("k1"), "1")}},
                                           {2, 2, {}},
                                           {5, 3, {set(QStringLiteral("k5"), "5")}}});
        QCOMPARE(r.status, RealmStore::Integration::Status::Integrated);
        QCOMPARE(r.uploadCursor, 5u);
        QCOMPARE(r.integratedChangesets, 2u); // the empty one moves the cursor only
        QCOMPARE(r.head, 2u);

        r = m_store->integrateUpload(m_realm, a,
                                     {{1, 1, {set(QStringLiteral("k1"), "dup")}},
                                      {5, 3, {set(QStringLiteral("k5"), "dup")}},
                                      {6, 4, {set(QStringLiteral("k6"), "6")}}});
        QCOMPARE(r.status, RealmStore::Integration::Status::Integrated);
        QCOMPARE(r.integratedChangesets, 1u);
        QCOMPARE(r.head, 3u);
        QCOMPARE(m_store->snapshot(m_realm)->value(QStringLiteral("k1")), QByteArray("1"));

        r = m_store->integrateUpload(
            m_realm, a,
            {{7, 5, {set(QStringLiteral("k7"), "7")}}, {7, 6, {set(QStringLiteral("k7b"), "7")}}});
        QCOMPARE(r.status, RealmStore::Integration::Status::BadClientVersion);
        QVERIFY(!r.error.isEmpty());
        QCOMPARE(m_store->headVersion(m_realm), std::optional<quint64>(3));
        QCOMPARE(m_store->uploadCursor(m_realm, a), std::optional<quint64>(6));
        QVERIFY(!m_store->snapshot(m_realm)->contains(QStringLiteral("k7")));
    }

    void downloadBatchesSkipOwnChangesetsAndCountRemainingBytes()
    {
        const quint64 a = m_store->allocateClientFile(m_realm);
        const quint64 b = m_store->allocateClientFile(m_realm);
        QList<UploadChangeset> fromA;
        QList<UploadChangeset> fromB;
        quint64 bytesFromA = 0;
        for (quint64 v = 1; v <= 10; ++v) {
            const QList<Operation> ops = {set(QStringLiteral("a%1").arg(v), QByteArray(100, 'a'))};
            bytesFromA += changesetSize(ops);
            fromA.append({v, qint64(v), ops});
            fromB.append({v, qint64(v), {set(QStringLiteral("b%1").arg(v), "b")}});
        }
        // Interleave: a1, b1..b10, a2..a10.
        QCOMPARE(m_store->integrateUpload(m_realm, a, fromA.mid(0, 1)).status,
                 RealmStore::Integration::Status::Integrated);
        QCOMPARE(m_store->integrateUpload(m_realm, b, fromB).status,
                 RealmStore::Integration::Status::Integrated);
        QCOMPARE(m_store->integrateUpload(m_realm, a, fromA.mid(1)).status,
                 RealmStore::Integration::Status::Integrated);
        QCOMPARE(m_store->headVersion(m_realm), std::optional<quint64>(20));

        // b downloads with small batches: only a's changesets, cursor ends at the head.
        quint64 cursor = 0;
        quint64 received = 0;
        int batches = 0;
        while (cursor < 20) {
            const auto batch = m_store->readDownload(m_realm, b, cursor, 250).value();
            ++batches;
            QVERIFY(batch.cursor > cursor);
            QCOMPARE(batch.head, 20u);
            for (const DownloadChangeset &c : batch.changesets) {
                QCOMPARE(c.originFileId, a);
                QVERIFY(c.serverVersion > cursor && c.serverVersion <= batch.cursor);
                received += changesetSize(c.operations);
            }
            QCOMPARE(received + batch.remainingBytes, bytesFromA);
            cursor = batch.cursor;
        }
        QCOMPARE(received, bytesFromA);
        QVERIFY(batches >= 4);

        // a has nothing to download but b's changesets.
        const auto forA = m_store->readDownload(m_realm, a, 0, 1 << 20).value();
        QCOMPARE(forA.changesets.size(), 10);
        QCOMPARE(forA.cursor, 20u);
        QCOMPARE(forA.remainingBytes, 0u);
        // Caught up: an empty batch at the head.
        const auto none = m_store->readDownload(m_realm, a, 20, 1 << 20).value();
        QVERIFY(none.changesets.isEmpty());
        QCOMPARE(none.cursor, 20u);
    }

    void everythingSurvivesReopening()
    {
        const quint64 a = m_store->allocateClientFile(m_realm);
        QCOMPARE(
            m_store->integrateUpload(m_realm, a, {{3, 9, {set(QStringLiteral("k"), "v")}}}).status,
            RealmStore::Integration::Status::Integrated);
        m_store.reset();
        m_store = std::make_unique<RealmStore>(QStringLiteral("tst_realmstore"));
        QString error;
        QVERIFY(m_store->open(m_dir.filePath(QStringLiteral("data")), &error));
        QCOMPARE(m_store->realmId(QStringLiteral("/r")).value(), m_realm);
        QCOMPARE(m_store->uploadCursor(m_realm, a), std::optional<quint64>(3));
        QCOMPARE(m_store->headVersion(m_realm), std::optional<quint64>(1));
        QCOMPARE(m_store->snapshot(m_realm)->value(QStringLiteral("k")), QByteArray("v"));
        const auto batch = m_store->readDownload(m_realm, 999, 0, 1000).value();
        QCOMPARE(batch.changesets.size(), 1);
        QCOMPARE(batch.changesets.first().originTimestamp, 9);
    }

    void openFailsClearly()
    {
        RealmStore store(QStringLiteral("tst_realmstore_fail"));
        QString error;
        QFile blocker(m_dir.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QVERIFY(!store.open(blocker.fileName(), &error)); // a file, not a directory
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(RealmStoreTest)
#include "tst_realmstore.moc"
