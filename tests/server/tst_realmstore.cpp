// SqliteRealmStorage against a real SQLite file: LWW with tombstones, idempotent uploads,
// atomicity, download batches and persistence across reopening.

#include "sqlitepagecache.h"
#include "sqliterealmstorage.h"
#include "walreserve.h"
#include "walwritegathering.h"

#include <syncscope/protocol/codec.h>
#include <syncscope/server/sqlitesetup.h>
#include <syncscope/testsupport/filesizelimit.h>
#include <syncscope/testsupport/sqlitewritefault.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace syncscope;
using namespace syncscope::protocol;
using syncscope::server::SqlitePageCache;
using syncscope::server::SqliteRealmStorage;
using syncscope::server::WalReserve;
using syncscope::server::WalWriteGathering;

namespace {

Operation set(const QString &key, const QByteArray &value)
{
    return {Operation::Kind::Set, key, value};
}

Operation remove(const QString &key)
{
    return {Operation::Kind::Remove, key, {}};
}

// The write calls (write, pwrite, ...) this process made so far, as Linux counts them; -1 if it
// cannot tell. They include what SQLite's own VFS writes beneath WalWriteGathering.
qint64 writeCallsOfThisProcess()
{
    QFile io(QStringLiteral("/proc/self/io"));
    if (!io.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : io.readAll().split('\n')) {
        if (line.startsWith("syscw: "))
            return line.mid(7).trimmed().toLongLong();
    }
    return -1;
}

// Runs use(query) on a connection of its own to the database file, closed again after.
template <typename Use> void withDataFile(const QString &path, const QString &connection, Use &&use)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        use(q);
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

int g_lostCopies = 0;

void countLostCopy(const char *, int)
{
    ++g_lostCopies;
}

} // namespace

class RealmStoreTest final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<SqliteRealmStorage> m_store;
    qint64 m_realm = 0;

    // Opens the store's data file (closed: m_store reset) with Qt's driver, for a migration
    // test to shape it as an older schema had it, or to check it.
    template <typename Use> void withStoreFile(const QString &connection, Use &&use)
    {
        withDataFile(m_dir.filePath(QStringLiteral("data/syncscope.sqlite3")), connection,
                     std::forward<Use>(use));
    }

private Q_SLOTS:
    // As syncscope-server's main() does, before this process uses SQLite.
    void initTestCase() { QVERIFY(syncscope::server::prepareSqliteForServer()); }

    void init()
    {
        QVERIFY(m_dir.isValid());
        QDir(m_dir.path()).removeRecursively();
        m_store = std::make_unique<SqliteRealmStorage>(QStringLiteral("tst_realmstore"));
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
        const quint64 a = m_store->allocateClientFile(m_realm, QStringLiteral("owner"));
        const quint64 b = m_store->allocateClientFile(other, QStringLiteral("owner"));
        // Random ids: distinct and non-zero, in no particular order.
        QVERIFY(a > 0 && b > 0 && a != b);
        QCOMPARE(m_store->clientFileOwner(a), std::optional<QString>(QStringLiteral("owner")));
        QCOMPARE(m_store->uploadCursor(m_realm, a), std::optional<quint64>(0));
        QVERIFY(!m_store->uploadCursor(m_realm, b)); // belongs to the other realm
        QVERIFY(!m_store->uploadCursor(m_realm, 12345));
        QCOMPARE(m_store->headVersion(m_realm), std::optional<quint64>(0));
    }

    void bindsAreStoredTogetherAndSurviveReopening()
    {
        const QList<server::RealmStorage::Binding> bound =
            m_store->bindAll({{QStringLiteral("/r"), QStringLiteral("alice"), true, true},
                              {QStringLiteral("/new"), QStringLiteral("bob"), true, false},
                              {QStringLiteral("/new"), QStringLiteral("bob"), false, true}});
        QCOMPARE(bound.size(), 3);
        QCOMPARE(bound.at(0).realmId, std::optional<qint64>(m_realm));
        QVERIFY(bound.at(0).totals);
        QCOMPARE(bound.at(0).totals->clientFiles, 0u); // read before its new client file
        QVERIFY(bound.at(1).realmId && *bound.at(1).realmId != m_realm); // created on first use
        QCOMPARE(bound.at(2).realmId, bound.at(1).realmId);
        QVERIFY(!bound.at(1).totals);
        QCOMPARE(bound.at(2).clientFileId, 0u); // not asked for
        QVERIFY(bound.at(2).totals);
        QCOMPARE(bound.at(2).totals->clientFiles, 1u);
        const quint64 alice = bound.at(0).clientFileId;
        const quint64 bob = bound.at(1).clientFileId;
        QVERIFY(alice > 0 && bob > 0 && alice != bob);

        m_store.reset();
        m_store = std::make_unique<SqliteRealmStorage>(QStringLiteral("tst_realmstore"));
        QString error;
        QVERIFY2(m_store->open(m_dir.filePath(QStringLiteral("data")), &error), qPrintable(error));
        QCOMPARE(m_store->clientFileOwner(alice), std::optional<QString>(QStringLiteral("alice")));
        QCOMPARE(m_store->clientFileOwner(bob), std::optional<QString>(QStringLiteral("bob")));
        QCOMPARE(m_store->uploadCursor(*bound.at(1).realmId, bob), std::optional<quint64>(0));
        QCOMPARE(m_store->realmId(QStringLiteral("/new")), bound.at(1).realmId);
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
        const quint64 a = m_store->allocateClientFile(m_realm, QStringLiteral("owner"));
        const quint64 b = m_store->allocateClientFile(m_realm, QStringLiteral("owner"));
        auto integrate = [&](quint64 file, quint64 version, qint64 timestamp,
                             QList<Operation> ops) {
            const auto r = m_store->integrateUpload(m_realm, file, {{version, timestamp, ops}});
            QCOMPARE(r.status, SqliteRealmStorage::Integration::Status::Integrated);
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

    // Schema 9: no upload writes `entries`; a snapshot folds the history into it first, from
    // where the last snapshot left off. Folded in steps or in one go, the same state comes out,
    // the ties and tombstones across a step's edge included.
    void entriesAreFoldedFromTheHistoryWhenASnapshotIsRead()
    {
        const qint64 stepwise = m_realm;
        const qint64 atOnce = m_store->realmId(QStringLiteral("/at-once")).value();
        struct Upload
        {
            int file; // 0 or 1
            qint64 timestamp;
            QList<Operation> operations;
        };
        const QList<Upload> uploads = {
            {1, 200, {set(QStringLiteral("x"), "b200"), remove(QStringLiteral("gone"))}},
            {0, 100, {set(QStringLiteral("x"), "a100"), set(QStringLiteral("gone"), "a100")}},
            {0, 200, {set(QStringLiteral("tie"), "a200")}},
            {1, 200, {set(QStringLiteral("tie"), "b200")}},
            {0, 300, {set(QStringLiteral("tie"), "a300")}},
            {0, 300, {set(QStringLiteral("tie"), "a300 again")}}, // same stamp: later wins
            {1, 400, {remove(QStringLiteral("x"))}},
            {0, 350, {set(QStringLiteral("x"), "a350")}}, // older than the remove
            {0, 360, {set(QStringLiteral("y"), "1"), set(QStringLiteral("y"), "2")}},
        };
        const auto countEntries = [this](qint64 realm) {
            QSqlQuery q(QSqlDatabase::database(QStringLiteral("tst_realmstore")));
            q.prepare(QStringLiteral("SELECT count(*) FROM entries WHERE realm_id = ?"));
            q.addBindValue(realm);
            return q.exec() && q.next() ? q.value(0).toInt() : -1;
        };
        const auto entriesThrough = [this](qint64 realm) {
            QSqlQuery q(QSqlDatabase::database(QStringLiteral("tst_realmstore")));
            q.prepare(QStringLiteral("SELECT entries_through FROM realms WHERE id = ?"));
            q.addBindValue(realm);
            return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
        };
        for (const qint64 realm : {stepwise, atOnce}) {
            const quint64 files[] = {m_store->allocateClientFile(realm, QStringLiteral("owner")),
                                     m_store->allocateClientFile(realm, QStringLiteral("owner"))};
            quint64 versions[] = {0, 0};
            for (const Upload &upload : uploads) {
                const quint64 version = ++versions[upload.file];
                QCOMPARE(m_store
                             ->integrateUpload(realm, files[upload.file],
                                               {{version, upload.timestamp, upload.operations}})
                             .status,
                         SqliteRealmStorage::Integration::Status::Integrated);
                if (realm == stepwise) {
                    QVERIFY(m_store->snapshot(realm).has_value());
                    QCOMPARE(entriesThrough(realm), qint64(*m_store->headVersion(realm)));
                }
            }
        }
        QCOMPARE(countEntries(atOnce), 0); // nothing written before a snapshot asks
        QCOMPARE(entriesThrough(atOnce), 0);
        const QHash<QString, QByteArray> expected = {{QStringLiteral("tie"), "a300 again"},
                                                     {QStringLiteral("y"), "2"}};
        QCOMPARE(m_store->snapshot(stepwise).value(), expected);
        QCOMPARE(m_store->snapshot(atOnce).value(), expected);
        QCOMPARE(entriesThrough(atOnce), 9);
        QCOMPARE(countEntries(atOnce), 4); // x and gone as tombstones
        QCOMPARE(countEntries(stepwise), 4);
        // A realm without history, and one that does not exist, read as empty.
        const qint64 empty = m_store->realmId(QStringLiteral("/empty")).value();
        QVERIFY(m_store->snapshot(empty).value().isEmpty());
        QVERIFY(m_store->snapshot(empty + 1000).value().isEmpty());
    }

    // A changeset the fold cannot decode fails the snapshot; nothing of that fold is kept.
    void aSnapshotOverAnUnreadableChangesetFailsAndFoldsNothing()
    {
        const quint64 a = m_store->allocateClientFile(m_realm, QStringLiteral("owner"));
        for (quint64 v = 1; v <= 3; ++v) {
            QCOMPARE(m_store
                         ->integrateUpload(
                             m_realm, a, {{v, qint64(v), {set(QStringLiteral("k%1").arg(v), "v")}}})
                         .status,
                     SqliteRealmStorage::Integration::Status::Integrated);
        }
        QSqlQuery q(QSqlDatabase::database(QStringLiteral("tst_realmstore")));
        QVERIFY(
            q.exec(QStringLiteral("UPDATE changesets SET ops = x'ff' WHERE server_version = 3")));
        QVERIFY(!m_store->snapshot(m_realm).has_value());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*), (SELECT entries_through FROM realms"
                                      " WHERE id = %1) FROM entries")
                           .arg(m_realm)) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QCOMPARE(q.value(1).toInt(), 0);
        q.finish();
        // The store goes on: uploads still commit.
        QCOMPARE(
            m_store->integrateUpload(m_realm, a, {{4, 4, {set(QStringLiteral("k4"), "v")}}}).head,
            4u);
    }

    void aKeyThatBeginsWithAByteOrderMarkIsItsOwnKey()
    {
        // SQLite reads a U+FEFF at the start of UTF-16 text as a byte-order mark and drops it:
        // bound that way, the key was stored as the key without it, its stamp compared with
        // that key's, and the snapshot lost its value.
        const quint64 a = m_store->allocateClientFile(m_realm, QStringLiteral("owner"));
        const QString marked = QChar(0xFEFF) + QStringLiteral("k");
        auto r = m_store->integrateUpload(m_realm, a,
                                          {{1, 200, {set(QStringLiteral("k"), "plain")}},
                                           {2, 100, {set(marked, "marked, older")}}});
        QCOMPARE(r.status, SqliteRealmStorage::Integration::Status::Integrated);
        const auto state = m_store->snapshot(m_realm).value();
        QCOMPARE(state.value(QStringLiteral("k")), QByteArray("plain"));
        QCOMPARE(state.value(marked), QByteArray("marked, older"));
        QCOMPARE(state.size(), 2);
    }

    void uploadsAreIdempotentAndAtomic()
    {
        const quint64 a = m_store->allocateClientFile(m_realm, QStringLiteral("owner"));
        auto r = m_store->integrateUpload(m_realm, a,
                                          {{1, 1, {set(QStringLiteral("k1"), "1")}},
                                           {2, 2, {}},
                                           {5, 3, {set(QStringLiteral("k5"), "5")}}});
        QCOMPARE(r.status, SqliteRealmStorage::Integration::Status::Integrated);
        QCOMPARE(r.uploadCursor, 5u);
        QCOMPARE(r.integratedChangesets, 2u); // the empty one moves the cursor only
        QCOMPARE(r.head, 2u);

        r = m_store->integrateUpload(m_realm, a,
                                     {{1, 1, {set(QStringLiteral("k1"), "dup")}},
                                      {5, 3, {set(QStringLiteral("k5"), "dup")}},
                                      {6, 4, {set(QStringLiteral("k6"), "6")}}});
        QCOMPARE(r.status, SqliteRealmStorage::Integration::Status::Integrated);
        QCOMPARE(r.integratedChangesets, 1u);
        QCOMPARE(r.head, 3u);
        QCOMPARE(m_store->snapshot(m_realm)->value(QStringLiteral("k1")), QByteArray("1"));

        r = m_store->integrateUpload(
            m_realm, a,
            {{7, 5, {set(QStringLiteral("k7"), "7")}}, {7, 6, {set(QStringLiteral("k7b"), "7")}}});
        QCOMPARE(r.status, SqliteRealmStorage::Integration::Status::BadClientVersion);
        QVERIFY(!r.error.isEmpty());
        QCOMPARE(m_store->headVersion(m_realm), std::optional<quint64>(3));
        QCOMPARE(m_store->uploadCursor(m_realm, a), std::optional<quint64>(6));
        QVERIFY(!m_store->snapshot(m_realm)->contains(QStringLiteral("k7")));
    }

    void downloadBatchesSkipOwnChangesetsAndCountRemainingBytes()
    {
        const quint64 a = m_store->allocateClientFile(m_realm, QStringLiteral("owner"));
        const quint64 b = m_store->allocateClientFile(m_realm, QStringLiteral("owner"));
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
                 SqliteRealmStorage::Integration::Status::Integrated);
        QCOMPARE(m_store->integrateUpload(m_realm, b, fromB).status,
                 SqliteRealmStorage::Integration::Status::Integrated);
        QCOMPARE(m_store->integrateUpload(m_realm, a, fromA.mid(1)).status,
                 SqliteRealmStorage::Integration::Status::Integrated);
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

    // A DOWNLOAD's values are read from the history once, by SQLite, into one array per
    // changeset that they share (through Qt's driver the blob was copied twice and every value
    // once more).
    void downloadedValuesShareTheirChangesetsBytes()
    {
        const quint64 a = m_store->allocateClientFile(m_realm, QStringLiteral("a"));
        const quint64 b = m_store->allocateClientFile(m_realm, QStringLiteral("b"));
        const QByteArray big(300 * 1024, '\x7E');
        QCOMPARE(
            m_store
                ->integrateUpload(
                    m_realm, a,
                    {{1, 1, {set(QStringLiteral("one"), "first"), set(QStringLiteral("two"), big)}},
                     {2, 2, {}},
                     {3, 3, {set(QStringLiteral("three"), "third")}}})
                .status,
            SqliteRealmStorage::Integration::Status::Integrated);
        const auto batch = m_store->readDownload(m_realm, b, 0, 1 << 30).value();
        QCOMPARE(batch.changesets.size(), 2); // the empty one moved the cursor only
        const QList<Operation> &first = batch.changesets.at(0).operations;
        QCOMPARE(first.size(), 2);
        QCOMPARE(first.at(0).value, QByteArray("first"));
        QCOMPARE(first.at(1).value, big);
        QVERIFY(const_cast<QByteArray &>(first.at(0).value).data_ptr().d_ptr() ==
                const_cast<QByteArray &>(first.at(1).value).data_ptr().d_ptr());
        QCOMPARE(batch.changesets.at(1).operations.at(0).value, QByteArray("third"));
        // Again, batch by batch: each read opens the blob handle anew.
        quint64 cursor = 0;
        QList<quint64> versions;
        while (cursor < batch.cursor) {
            const auto one = m_store->readDownload(m_realm, b, cursor, 1).value();
            for (const DownloadChangeset &c : one.changesets)
                versions.append(c.serverVersion);
            cursor = one.cursor;
        }
        QCOMPARE(versions, (QList<quint64>{batch.changesets.at(0).serverVersion,
                                           batch.changesets.at(1).serverVersion}));
    }

    // A changeset's pages are read ~30 a system call (WalWriteGathering::SequentialReads), from
    // the log as from the database file; one read a page before.
    void aDownloadReadsItsPagesManyAtATime()
    {
        const quint64 a = m_store->allocateClientFile(m_realm, QStringLiteral("a"));
        const quint64 b = m_store->allocateClientFile(m_realm, QStringLiteral("b"));
        // More than the storage's 16 MiB page cache holds, so the pages come from the files.
        const QByteArray big(6 * 1024 * 1024, '\x3C');
        QList<UploadChangeset> upload;
        for (quint64 version = 1; version <= 3; ++version)
            upload.append({version, qint64(version), {set(QString::number(version), big)}});
        QCOMPARE(m_store->integrateUpload(m_realm, a, upload).status,
                 SqliteRealmStorage::Integration::Status::Integrated);
        for (const char *from : {"the log", "the database file"}) {
            const WalWriteGathering::SequentialReadCounts before =
                WalWriteGathering::sequentialReadCounts();
            const auto batch = m_store->readDownload(m_realm, b, 0, 1 << 30);
            const WalWriteGathering::SequentialReadCounts after =
                WalWriteGathering::sequentialReadCounts();
            QVERIFY(batch);
            QCOMPARE(batch->changesets.size(), 3);
            for (const DownloadChangeset &changeset : batch->changesets)
                QCOMPARE(changeset.operations.at(0).value, big);
            const qint64 reads = after.reads - before.reads;
            const qint64 platformReads = after.platformReads - before.platformReads;
            QVERIFY2(reads >= 500 && platformReads * 10 <= reads,
                     qPrintable(QStringLiteral("from %1: %2 page reads, %3 of the file")
                                    .arg(QLatin1StringView(from))
                                    .arg(reads)
                                    .arg(platformReads)));
            // Closing copies the log into the database file, where the next read finds it.
            m_store.reset();
            m_store = std::make_unique<SqliteRealmStorage>(QStringLiteral("tst_realmstore"));
            QString error;
            QVERIFY2(m_store->open(m_dir.filePath(QStringLiteral("data")), &error),
                     qPrintable(error));
        }
    }

    // The batch rule of docs/protocol.md: changesets join while the total stays within the
    // batch size; a changeset larger than the batch by itself comes alone.
    void batchesNeverExceedTheBatchSizeUnlessOneChangesetDoes()
    {
        const quint64 writer = m_store->allocateClientFile(m_realm, QStringLiteral("owner"));
        const quint64 reader = m_store->allocateClientFile(m_realm, QStringLiteral("owner"));
        // Sizes 52, 52, 52, 100, 101, 48, 52: "k" + value of 42 bytes is 1+4+1+4+42 = 52.
        const QList<int> valueBytes = {42, 42, 42, 90, 91, 38, 42};
        QList<UploadChangeset> changesets;
        for (int i = 0; i < valueBytes.size(); ++i)
            changesets.append({quint64(i + 1),
                               qint64(i),
                               {set(QStringLiteral("k"), QByteArray(valueBytes.at(i), 'v'))}});
        QCOMPARE(m_store->integrateUpload(m_realm, writer, changesets).status,
                 SqliteRealmStorage::Integration::Status::Integrated);
        QCOMPARE(changesetSize(changesets.at(0).operations), 52u);

        const auto sizesOfBatches = [&](qint64 batchBytes) {
            QList<QList<quint64>> batches;
            quint64 cursor = 0;
            while (cursor < 7) {
                const auto batch = m_store->readDownload(m_realm, reader, cursor, batchBytes);
                if (!batch || batch->cursor <= cursor)
                    return QList<QList<quint64>>{};
                QList<quint64> sizes;
                for (const DownloadChangeset &c : batch->changesets)
                    sizes.append(changesetSize(c.operations));
                batches.append(sizes);
                cursor = batch->cursor;
            }
            return batches;
        };
        using Batches = QList<QList<quint64>>;
        // 104 would overshoot 100: one 52-byte changeset per DOWNLOAD; 100 exactly fits; 101
        // is alone although it is larger than the batch.
        QCOMPARE(sizesOfBatches(100), Batches({{52}, {52}, {52}, {100}, {101}, {48, 52}}));
        QCOMPARE(sizesOfBatches(104), Batches({{52, 52}, {52}, {100}, {101}, {48, 52}}));
        QCOMPARE(sizesOfBatches(1), Batches({{52}, {52}, {52}, {100}, {101}, {48}, {52}}));
        QCOMPARE(sizesOfBatches(1 << 20), Batches({{52, 52, 52, 100, 101, 48, 52}}));
    }

    // downloadableBytes from running totals equals the plain sum over what is left, for every
    // cursor and for clients with and without changesets of their own in the range.
    void remainingBytesMatchTheSumOfOtherClientsChangesets()
    {
        const quint64 files[] = {m_store->allocateClientFile(m_realm, QStringLiteral("owner")),
                                 m_store->allocateClientFile(m_realm, QStringLiteral("owner")),
                                 m_store->allocateClientFile(m_realm, QStringLiteral("owner"))};
        QList<std::pair<quint64, quint64>> history; // origin file, bytes; index = version - 1
        quint64 nextVersion[3] = {1, 1, 1};
        for (int i = 0; i < 30; ++i) {
            const int who = (i * 7 + i / 4) % 3;
            const QList<Operation> ops = {
                set(QStringLiteral("k%1").arg(i), QByteArray(10 + (i * 37) % 90, 'v'))};
            QCOMPARE(
                m_store
                    ->integrateUpload(m_realm, files[who], {{nextVersion[who]++, qint64(i), ops}})
                    .status,
                SqliteRealmStorage::Integration::Status::Integrated);
            history.append({files[who], changesetSize(ops)});
        }
        const quint64 stranger =
            m_store->allocateClientFile(m_realm, QStringLiteral("owner")); // owns nothing
        for (quint64 file : {files[0], files[1], files[2], stranger}) {
            for (quint64 cursor = 0; cursor <= 30; ++cursor) {
                quint64 expected = 0;
                for (quint64 v = cursor + 1; v <= 30; ++v) {
                    if (history.at(qsizetype(v - 1)).first != file)
                        expected += history.at(qsizetype(v - 1)).second;
                }
                // A batch of at most one changeset: remaining is counted from its cursor.
                const auto batch = m_store->readDownload(m_realm, file, cursor, 1).value();
                quint64 expectedAfter = expected;
                for (const DownloadChangeset &c : batch.changesets)
                    expectedAfter -= changesetSize(c.operations);
                QCOMPARE(batch.remainingBytes, expectedAfter);
                QVERIFY(batch.changesets.size() <= 1);
                if (expectedAfter == 0)
                    QCOMPARE(batch.cursor, 30u); // only own changesets left: skip to the head
            }
        }
    }

    // Group commit: several uploads in one transaction, each in its own savepoint.
    void groupCommitRefusesABadUploadAlone()
    {
        const quint64 a = m_store->allocateClientFile(m_realm, QStringLiteral("owner"));
        const quint64 b = m_store->allocateClientFile(m_realm, QStringLiteral("owner"));
        const qint64 other = m_store->realmId(QStringLiteral("/other")).value();
        const quint64 c = m_store->allocateClientFile(other, QStringLiteral("owner"));
        const QList<SqliteRealmStorage::PendingUpload> group = {
            {m_realm, a, {{1, 1, {set(QStringLiteral("a1"), "1")}}}},
            // Not increasing: refused, and the set it would have made is undone.
            {m_realm, b, {{3, 1, {set(QStringLiteral("b3"), "3")}}, {2, 1, {}}}},
            {other, c, {{1, 1, {set(QStringLiteral("c1"), "1")}}}},
            // b's next upload builds on the refused one: refused with it.
            {m_realm, b, {{4, 1, {set(QStringLiteral("b4"), "4")}}}},
            {m_realm, a, {{2, 2, {set(QStringLiteral("a2"), "2")}}}},
        };
        const QList<SqliteRealmStorage::Integration> results = m_store->integrateUploads(group);
        QCOMPARE(results.size(), group.size());
        using Status = SqliteRealmStorage::Integration::Status;
        QCOMPARE(results.at(0).status, Status::Integrated);
        QCOMPARE(results.at(1).status, Status::BadClientVersion);
        QCOMPARE(results.at(2).status, Status::Integrated);
        QCOMPARE(results.at(3).status, Status::BadClientVersion);
        QCOMPARE(results.at(4).status, Status::Integrated);
        QCOMPARE(results.at(0).head, 1u);
        QCOMPARE(results.at(4).head, 2u); // sees the first one of the group
        QCOMPARE(results.at(4).uploadCursor, 2u);

        // Durable after reopening, i.e. committed.
        m_store.reset();
        m_store = std::make_unique<SqliteRealmStorage>(QStringLiteral("tst_realmstore"));
        QString error;
        QVERIFY2(m_store->open(m_dir.filePath(QStringLiteral("data")), &error), qPrintable(error));
        const auto state = m_store->snapshot(m_realm).value();
        QCOMPARE(state.value(QStringLiteral("a1")), QByteArray("1"));
        QCOMPARE(state.value(QStringLiteral("a2")), QByteArray("2"));
        QVERIFY(!state.contains(QStringLiteral("b3")));
        QVERIFY(!state.contains(QStringLiteral("b4")));
        QCOMPARE(m_store->snapshot(other)->value(QStringLiteral("c1")), QByteArray("1"));
        QCOMPARE(m_store->uploadCursor(m_realm, b), std::optional<quint64>(0));
        QCOMPARE(m_store->headVersion(m_realm), std::optional<quint64>(2));
        QCOMPARE(m_store->readDownload(m_realm, b, 0, 1 << 20)->changesets.size(), 2);
    }

    // A store that is not open (or was closed) refuses uploads with an error, never crashes.
    void uploadsToAClosedStoreFail()
    {
        const quint64 a = m_store->allocateClientFile(m_realm, QStringLiteral("owner"));
        m_store->close();
        const auto results = m_store->integrateUploads(
            {{m_realm, a, {{1, 1, {set(QStringLiteral("k"), "v")}}}}, {m_realm, a, {}}});
        QCOMPARE(results.size(), 2);
        for (const auto &result : results) {
            QCOMPARE(result.status, SqliteRealmStorage::Integration::Status::StorageError);
            QVERIFY(!result.error.isEmpty());
        }
    }

    // The group commit writes a batch without savepoints; when the database refuses one of its
    // uploads (here a trigger stands for a full disk or a constraint), the whole batch is
    // written again upload by upload, so that only that one fails, and what the store keeps
    // in memory of heads and cursors follows only what was committed.
    void uploadTheDatabaseRefusesFailsAloneAndTheRestCommits()
    {
        const quint64 a = m_store->allocateClientFile(m_realm, QStringLiteral("owner"));
        const quint64 b = m_store->allocateClientFile(m_realm, QStringLiteral("owner"));
        const qint64 other = m_store->realmId(QStringLiteral("/other")).value();
        const quint64 c = m_store->allocateClientFile(other, QStringLiteral("owner"));
        using Status = SqliteRealmStorage::Integration::Status;
        // Heads and cursors known to the store before the refusal.
        QCOMPARE(
            m_store->integrateUpload(m_realm, b, {{1, 1, {set(QStringLiteral("b1"), "1")}}}).status,
            Status::Integrated);
        const QString connection = QStringLiteral("refuse-b");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(m_store->databasePath());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY2(q.exec(QStringLiteral("CREATE TRIGGER refuse_b BEFORE INSERT ON changesets"
                                           " WHEN NEW.origin_file_id = %1"
                                           " BEGIN SELECT RAISE(ABORT, 'refused for b'); END")
                                .arg(b)),
                     qPrintable(q.lastError().text()));
        }
        const QList<SqliteRealmStorage::PendingUpload> group = {
            {m_realm, a, {{1, 1, {set(QStringLiteral("a1"), "1")}}}},
            {m_realm, b, {{2, 2, {set(QStringLiteral("b2"), "2")}}}},
            {other, c, {{1, 1, {set(QStringLiteral("c1"), "1")}}}},
            {m_realm, b, {{3, 3, {set(QStringLiteral("b3"), "3")}}}}, // builds on the refused one
            {m_realm, a, {{2, 2, {set(QStringLiteral("a2"), "2")}}}},
        };
        const QList<SqliteRealmStorage::Integration> results = m_store->integrateUploads(group);
        QCOMPARE(results.size(), group.size());
        QCOMPARE(results.at(0).status, Status::Integrated);
        QCOMPARE(results.at(1).status, Status::StorageError);
        QVERIFY2(results.at(1).error.contains(QStringLiteral("refused for b")),
                 qPrintable(results.at(1).error));
        QCOMPARE(results.at(2).status, Status::Integrated);
        QCOMPARE(results.at(3).status, Status::StorageError);
        QCOMPARE(results.at(4).status, Status::Integrated);
        QCOMPARE(results.at(0).head, 2u);
        QCOMPARE(results.at(4).head, 3u); // b's refused changeset took no version
        QCOMPARE(results.at(2).head, 1u);
        {
            QSqlDatabase db = QSqlDatabase::database(connection);
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER refuse_b")));
        }
        QSqlDatabase::removeDatabase(connection);

        // b continues from its last committed cursor (1), the realm from head 3.
        const auto again =
            m_store->integrateUpload(m_realm, b, {{2, 4, {set(QStringLiteral("b2"), "2")}}});
        QCOMPARE(again.status, Status::Integrated);
        QCOMPARE(again.head, 4u);
        QCOMPARE(again.uploadCursor, 2u);

        m_store.reset();
        m_store = std::make_unique<SqliteRealmStorage>(QStringLiteral("tst_realmstore"));
        QString error;
        QVERIFY2(m_store->open(m_dir.filePath(QStringLiteral("data")), &error), qPrintable(error));
        QCOMPARE(m_store->headVersion(m_realm), std::optional<quint64>(4));
        QCOMPARE(m_store->headVersion(other), std::optional<quint64>(1));
        QCOMPARE(m_store->uploadCursor(m_realm, a), std::optional<quint64>(2));
        QCOMPARE(m_store->uploadCursor(m_realm, b), std::optional<quint64>(2));
        const auto state = m_store->snapshot(m_realm).value();
        QCOMPARE(state.value(QStringLiteral("a2")), QByteArray("2"));
        QCOMPARE(state.value(QStringLiteral("b2")), QByteArray("2"));
        QVERIFY(!state.contains(QStringLiteral("b3")));
        // The running totals continue unbroken: c sees all of a's and b's bytes.
        const quint64 d = m_store->allocateClientFile(m_realm, QStringLiteral("owner"));
        const auto download = m_store->readDownload(m_realm, d, 0, 1 << 20).value();
        QCOMPARE(download.changesets.size(), 4);
        QCOMPARE(download.remainingBytes, 0u);
    }

    // Schema 5: a realm's head is its highest changeset's version, not a column every group
    // commit had to update. A file of schema 4 loses the column and keeps its heads.
    void schemaFourHeadsAreKeptWhenTheColumnGoes()
    {
        const quint64 a = m_store->allocateClientFile(m_realm, QStringLiteral("owner"));
        const qint64 empty = m_store->realmId(QStringLiteral("/empty")).value();
        for (quint64 v = 1; v <= 3; ++v) {
            QCOMPARE(m_store
                         ->integrateUpload(
                             m_realm, a, {{v, qint64(v), {set(QStringLiteral("k%1").arg(v), "x")}}})
                         .status,
                     SqliteRealmStorage::Integration::Status::Integrated);
        }
        // An empty changeset moves the cursor and takes no version.
        QCOMPARE(m_store->integrateUpload(m_realm, a, {{4, 4, {}}}).head, 3u);
        m_store.reset();
        withStoreFile(QStringLiteral("to-schema-4"), [](QSqlQuery &q) {
            // What schema 4 kept: the head in the realm's row.
            for (const char *statement :
                 {"ALTER TABLE realms ADD COLUMN head_version INTEGER NOT NULL DEFAULT 0",
                  "UPDATE realms SET head_version = (SELECT COALESCE(MAX(server_version), 0)"
                  " FROM changesets WHERE realm_id = realms.id)",
                  "PRAGMA user_version=4"})
                QVERIFY2(q.exec(QString::fromLatin1(statement)), statement);
        });
        m_store = std::make_unique<SqliteRealmStorage>(QStringLiteral("tst_realmstore"));
        QString error;
        QVERIFY2(m_store->open(m_dir.filePath(QStringLiteral("data")), &error), qPrintable(error));
        QCOMPARE(m_store->headVersion(m_realm), std::optional<quint64>(3));
        QCOMPARE(m_store->headVersion(empty), std::optional<quint64>(0));
        QCOMPARE(m_store->totals(m_realm)->head, 3u);
        QVERIFY(!m_store->headVersion(12345).has_value()); // no such realm
        const auto next =
            m_store->integrateUpload(m_realm, a, {{5, 5, {set(QStringLiteral("k5"), "y")}}});
        QCOMPARE(next.status, SqliteRealmStorage::Integration::Status::Integrated);
        QCOMPARE(next.head, 4u);
        QCOMPARE(next.uploadCursor, 5u);
        const quint64 b = m_store->allocateClientFile(empty, QStringLiteral("owner"));
        QCOMPARE(m_store->integrateUpload(empty, b, {{1, 1, {set(QStringLiteral("e"), "1")}}}).head,
                 1u);
        m_store.reset();
        withStoreFile(QStringLiteral("check-schema-5"), [](QSqlQuery &q) {
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
            QCOMPARE(q.value(0).toInt(), 9);
            q.finish();
            QVERIFY(q.exec(QStringLiteral("PRAGMA table_info(realms)")));
            while (q.next())
                QVERIFY(q.value(1).toString() != QStringLiteral("head_version"));
        });
    }

    // A data directory written by schema 1 (no running totals) is migrated on open.
    void schemaOneDataIsMigrated()
    {
        const quint64 a = m_store->allocateClientFile(m_realm, QStringLiteral("owner"));
        const quint64 b = m_store->allocateClientFile(m_realm, QStringLiteral("owner"));
        quint64 bytesFromA = 0;
        for (quint64 v = 1; v <= 6; ++v) {
            const QList<Operation> ops = {
                set(QStringLiteral("k%1").arg(v), QByteArray(int(v) * 10, 'x'))};
            const quint64 file = v % 2 ? a : b;
            if (file == a)
                bytesFromA += changesetSize(ops);
            QCOMPARE(m_store->integrateUpload(m_realm, file, {{v, qint64(v), ops}}).status,
                     SqliteRealmStorage::Integration::Status::Integrated);
        }
        m_store.reset();
        {
            // Back to what schema 1 looked like.
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("downgrade"));
            db.setDatabaseName(m_dir.filePath(QStringLiteral("data/syncscope.sqlite3")));
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const char *statement :
                 {"DROP INDEX changesets_by_origin_mark",
                  "ALTER TABLE changesets DROP COLUMN origin_marked",
                  "ALTER TABLE changesets DROP COLUMN cumulative_bytes",
                  "ALTER TABLE changesets DROP COLUMN origin_cumulative_bytes",
                  "ALTER TABLE client_files DROP COLUMN uploaded_bytes", "PRAGMA user_version=1"})
                QVERIFY2(q.exec(QString::fromLatin1(statement)), statement);
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("downgrade"));
        m_store = std::make_unique<SqliteRealmStorage>(QStringLiteral("tst_realmstore"));
        QString error;
        QVERIFY2(m_store->open(m_dir.filePath(QStringLiteral("data")), &error), qPrintable(error));
        // What b has to download in all: its first batch of one changeset plus what remains.
        const auto totalForB = [&] {
            const auto batch = m_store->readDownload(m_realm, b, 0, 1).value();
            return batch.remainingBytes + changesetSize(batch.changesets.first().operations);
        };
        QCOMPARE(totalForB(), bytesFromA);
        // New uploads continue the migrated totals.
        const QList<Operation> ops = {set(QStringLiteral("k7"), "seven")};
        QCOMPARE(m_store->integrateUpload(m_realm, a, {{7, 7, ops}}).status,
                 SqliteRealmStorage::Integration::Status::Integrated);
        QCOMPARE(totalForB(), bytesFromA + changesetSize(ops));
    }

    // A BIND for a realm new to the operator's statistics counts the realm's client files
    // (totals()); without an index that read the whole client_files table once per new
    // session, most of the server's time when 10,000 sessions start. A file written before
    // the index existed gets it at its next open.
    void clientFilesOfARealmAreCountedThroughAnIndex()
    {
        m_store->allocateClientFile(m_realm, QStringLiteral("owner"));
        m_store.reset();
        const QString file = m_dir.filePath(QStringLiteral("data/syncscope.sqlite3"));
        const auto plan = [&file] {
            QString result;
            {
                QSqlDatabase db =
                    QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("plan"));
                db.setDatabaseName(file);
                if (!db.open())
                    return result;
                QSqlQuery q(db);
                q.exec(QStringLiteral(
                    "EXPLAIN QUERY PLAN SELECT COUNT(*) FROM client_files WHERE realm_id = 1"));
                while (q.next())
                    result += q.value(3).toString() + u'\n';
            }
            QSqlDatabase::removeDatabase(QStringLiteral("plan"));
            return result;
        };
        QVERIFY2(plan().contains(QLatin1StringView("client_files_by_realm")), qPrintable(plan()));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("downgrade"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("DROP INDEX client_files_by_realm")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("downgrade"));
        QVERIFY2(plan().contains(QLatin1StringView("SCAN")), qPrintable(plan()));
        m_store = std::make_unique<SqliteRealmStorage>(QStringLiteral("tst_realmstore"));
        QString error;
        QVERIFY2(m_store->open(m_dir.filePath(QStringLiteral("data")), &error), qPrintable(error));
        QVERIFY2(plan().contains(QLatin1StringView("client_files_by_realm")), qPrintable(plan()));
        QCOMPARE(m_store->totals(m_realm)->clientFiles, 1u);
    }

    // Big values must never sit in a WITHOUT ROWID b-tree: SQLite reads an overflowing row in
    // full before comparing its key, so every lookup read whole changesets (schema 4). A file
    // of schema 3 (WITHOUT ROWID, blob before the totals) is rebuilt and keeps its data.
    void valuesAreStoredOnceInTheHistory()
    {
        // Schema 5: an entry keeps no copy of its value, the changeset that set it holds it.
        // Every byte of an upload used to be written twice (history and state).
        const quint64 a = m_store->allocateClientFile(m_realm, QStringLiteral("owner"));
        const QByteArray big(300 * 1024, 'v');
        QCOMPARE(m_store
                     ->integrateUpload(
                         m_realm, a,
                         {{1,
                           1,
                           {set(QStringLiteral("k"), "first"), set(QStringLiteral("big"), big),
                            set(QStringLiteral("k"), "second"), set(QStringLiteral("empty"), ""),
                            set(QStringLiteral("r"), "soon gone")}},
                          {2, 2, {remove(QStringLiteral("r"))}}})
                     .status,
                 SqliteRealmStorage::Integration::Status::Integrated);
        const QString file = m_dir.filePath(QStringLiteral("data/syncscope.sqlite3"));
        const auto storedValueBytes = [&file](const char *statement = nullptr) {
            qint64 bytes = -1;
            {
                QSqlDatabase db =
                    QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("values"));
                db.setDatabaseName(file);
                if (db.open()) {
                    QSqlQuery q(db);
                    if (statement)
                        q.exec(QString::fromLatin1(statement));
                    if (q.exec(QStringLiteral(
                            "SELECT COALESCE(SUM(length(value)), 0) FROM entries")) &&
                        q.next())
                        bytes = q.value(0).toLongLong();
                }
            }
            QSqlDatabase::removeDatabase(QStringLiteral("values"));
            return bytes;
        };
        QCOMPARE(storedValueBytes(), 0);
        auto state = m_store->snapshot(m_realm).value();
        QCOMPARE(state.size(), 3);
        QCOMPARE(state.value(QStringLiteral("k")), QByteArray("second")); // the later one wins
        QCOMPARE(state.value(QStringLiteral("big")), big);
        QVERIFY(state.contains(QStringLiteral("empty")));
        QVERIFY(state.value(QStringLiteral("empty")).isEmpty());
        // An entry written before schema 6 keeps its copy, which is read as it is.
        QCOMPARE(storedValueBytes("UPDATE entries SET value = 'older copy' WHERE key = 'k'"), 10);
        state = m_store->snapshot(m_realm).value();
        QCOMPARE(state.value(QStringLiteral("k")), QByteArray("older copy"));
        QCOMPARE(state.value(QStringLiteral("big")), big);
    }

    void blobsLiveInRowidTablesAsTheirLastColumn()
    {
        const quint64 a = m_store->allocateClientFile(m_realm, QStringLiteral("owner"));
        const quint64 b = m_store->allocateClientFile(m_realm, QStringLiteral("owner"));
        const QByteArray big(300 * 1024, 'v');
        for (quint64 v = 1; v <= 3; ++v) {
            QCOMPARE(m_store
                         ->integrateUpload(
                             m_realm, a, {{v, qint64(v), {set(QStringLiteral("k%1").arg(v), big)}}})
                         .status,
                     SqliteRealmStorage::Integration::Status::Integrated);
        }
        // The entries complete, as schema 3 kept them (the fold of schema 9 fills them in here).
        QVERIFY(m_store->snapshot(m_realm).has_value());
        m_store.reset();
        const QString file = m_dir.filePath(QStringLiteral("data/syncscope.sqlite3"));
        const auto layout = [&file] {
            QStringList result;
            {
                QSqlDatabase db =
                    QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("layout"));
                db.setDatabaseName(file);
                if (!db.open())
                    return result;
                QSqlQuery q(db);
                for (const QString &table :
                     {QStringLiteral("changesets"), QStringLiteral("entries")}) {
                    q.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = '%1'")
                               .arg(table));
                    const bool withoutRowid = q.next() && q.value(0).toString().contains(
                                                              QLatin1StringView("WITHOUT ROWID"));
                    q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table));
                    QString last;
                    // Schema 8's mark comes after the blob (added without rewriting a row),
                    // but nothing reads it from a row: the partial index it selects answers it.
                    while (q.next()) {
                        if (q.value(1).toString() != QStringLiteral("origin_marked"))
                            last = q.value(1).toString();
                    }
                    result << table +
                                  (withoutRowid ? u" without rowid, last "_qs
                                                : u" rowid, last "_qs) +
                                  last;
                }
                q.exec(QStringLiteral("PRAGMA user_version"));
                result << (q.next() ? q.value(0).toString() : QString());
            }
            QSqlDatabase::removeDatabase(QStringLiteral("layout"));
            return result;
        };
        const QStringList expected = {u"changesets rowid, last ops"_qs,
                                      u"entries rowid, last value"_qs, u"9"_qs};
        QCOMPARE(layout(), expected);

        {
            // Back to schema 3's tables.
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("downgrade"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const char *statement :
                 {"CREATE TABLE c3 (realm_id INTEGER NOT NULL, server_version INTEGER NOT NULL,"
                  " origin_file_id INTEGER NOT NULL, client_version INTEGER NOT NULL,"
                  " origin_timestamp INTEGER NOT NULL, ops BLOB NOT NULL,"
                  " byte_size INTEGER NOT NULL, cumulative_bytes INTEGER NOT NULL DEFAULT 0,"
                  " origin_cumulative_bytes INTEGER NOT NULL DEFAULT 0,"
                  " PRIMARY KEY (realm_id, server_version)) WITHOUT ROWID",
                  "INSERT INTO c3 SELECT realm_id, server_version, origin_file_id,"
                  " client_version, origin_timestamp, ops, byte_size, cumulative_bytes,"
                  " origin_cumulative_bytes FROM changesets",
                  "DROP TABLE changesets", "ALTER TABLE c3 RENAME TO changesets",
                  "CREATE INDEX changesets_by_origin ON changesets"
                  " (realm_id, origin_file_id, server_version, origin_cumulative_bytes)",
                  "CREATE TABLE e3 (realm_id INTEGER NOT NULL, key TEXT NOT NULL, value BLOB,"
                  " removed INTEGER NOT NULL, stamp_timestamp INTEGER NOT NULL,"
                  " stamp_file_id INTEGER NOT NULL, server_version INTEGER NOT NULL,"
                  " PRIMARY KEY (realm_id, key)) WITHOUT ROWID",
                  "INSERT INTO e3 SELECT realm_id, key, value, removed, stamp_timestamp,"
                  " stamp_file_id, server_version FROM entries",
                  "DROP TABLE entries", "ALTER TABLE e3 RENAME TO entries",
                  "PRAGMA user_version=3"})
                QVERIFY2(q.exec(QString::fromLatin1(statement)), statement);
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("downgrade"));
        QVERIFY(layout().first().contains(QLatin1StringView("without rowid")));

        m_store = std::make_unique<SqliteRealmStorage>(QStringLiteral("tst_realmstore"));
        QString error;
        QVERIFY2(m_store->open(m_dir.filePath(QStringLiteral("data")), &error), qPrintable(error));
        const auto batch = m_store->readDownload(m_realm, b, 0, 1 << 30).value();
        QCOMPARE(batch.changesets.size(), 3);
        QCOMPARE(batch.changesets.at(2).operations.at(0).value, big);
        QCOMPARE(batch.remainingBytes, 0u);
        QCOMPARE(m_store->snapshot(m_realm)->value(QStringLiteral("k2")), big);
        QCOMPARE(m_store->uploadCursor(m_realm, a), std::optional<quint64>(3));
        // Uploads continue the migrated history and totals.
        QCOMPARE(
            m_store->integrateUpload(m_realm, a, {{4, 4, {set(QStringLiteral("k4"), "x")}}}).status,
            SqliteRealmStorage::Integration::Status::Integrated);
        const auto next = m_store->readDownload(m_realm, b, 3, 1 << 30).value();
        QCOMPARE(next.changesets.size(), 1);
        QCOMPARE(next.cursor, 4u);
        m_store.reset();
        QCOMPARE(layout(), expected);
        m_store = std::make_unique<SqliteRealmStorage>(QStringLiteral("tst_realmstore"));
        QVERIFY2(m_store->open(m_dir.filePath(QStringLiteral("data")), &error), qPrintable(error));
    }

    // Schema 7: a client file's cursor and byte total are its last changeset's, so the group
    // commit writes its row only when empty changesets moved the cursor past that changeset.
    // Every upload used to update the row too: one more statement and random page an upload.
    void cursorsComeFromTheHistoryAndTheRowOnlyWhereItCannotTell()
    {
        const quint64 a = m_store->allocateClientFile(m_realm, QStringLiteral("owner"));
        const quint64 b = m_store->allocateClientFile(m_realm, QStringLiteral("owner"));
        using Status = SqliteRealmStorage::Integration::Status;
        const QString file = m_dir.filePath(QStringLiteral("data/syncscope.sqlite3"));
        using Row = std::pair<qint64, qint64>; // upload_cursor, uploaded_bytes
        const auto row = [&file](quint64 clientFileId) {
            Row cursorAndBytes{-1, -1};
            {
                QSqlDatabase db =
                    QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("row"));
                db.setDatabaseName(file);
                if (db.open()) {
                    QSqlQuery q(db);
                    if (q.exec(QStringLiteral("SELECT upload_cursor, uploaded_bytes FROM"
                                              " client_files WHERE id = %1")
                                   .arg(clientFileId)) &&
                        q.next())
                        cursorAndBytes = {q.value(0).toLongLong(), q.value(1).toLongLong()};
                }
            }
            QSqlDatabase::removeDatabase(QStringLiteral("row"));
            return cursorAndBytes;
        };
        const auto reopen = [this] {
            m_store.reset();
            m_store = std::make_unique<SqliteRealmStorage>(QStringLiteral("tst_realmstore"));
            QString error;
            QVERIFY2(m_store->open(m_dir.filePath(QStringLiteral("data")), &error),
                     qPrintable(error));
        };
        const QList<Operation> one = {set(QStringLiteral("a"), "12345")};
        const quint64 oneBytes = changesetSize(one);
        QCOMPARE(m_store->integrateUpload(m_realm, a, {{1, 1, one}, {2, 2, one}}).status,
                 Status::Integrated);
        QCOMPARE(
            m_store->integrateUploads({{m_realm, a, {{3, 3, one}}}, {m_realm, b, {{1, 1, one}}}})
                .constLast()
                .status,
            Status::Integrated);
        QCOMPARE(row(a), (Row{0, 0})); // not written
        QCOMPARE(row(b), (Row{0, 0}));
        reopen(); // nothing of it in memory any more
        QCOMPARE(m_store->uploadCursor(m_realm, a), std::optional<quint64>(3));
        QCOMPARE(m_store->uploadCursor(m_realm, b), std::optional<quint64>(1));
        // Already integrated changesets are skipped after the reopen as before it.
        const auto again = m_store->integrateUpload(m_realm, a, {{3, 3, one}, {4, 4, one}});
        QCOMPARE(again.status, Status::Integrated);
        QCOMPARE(again.integratedChangesets, 1u);
        QCOMPARE(again.head, 5u);

        // Empty changesets after the last stored one: only the row can tell, so it is written.
        QCOMPARE(m_store->integrateUpload(m_realm, a, {{5, 5, one}, {6, 6, {}}, {7, 7, {}}}).head,
                 6u);
        QCOMPARE(row(a), (Row{7, qint64(5 * oneBytes)}));
        // A later stored changeset is again told by the history, past the row.
        QCOMPARE(m_store->integrateUpload(m_realm, a, {{8, 8, one}}).head, 7u);
        QCOMPARE(row(a), (Row{7, qint64(5 * oneBytes)}));
        reopen();
        QCOMPARE(m_store->uploadCursor(m_realm, a), std::optional<quint64>(8));
        QCOMPARE(m_store->integrateUpload(m_realm, a, {{8, 8, one}}).integratedChangesets, 0u);
        // The byte totals run on unbroken: b sees exactly a's six changesets.
        const auto download = m_store->readDownload(m_realm, b, 0, 1 << 20).value();
        QCOMPARE(download.changesets.size(), 6);
        QCOMPARE(download.bytes, 6 * oneBytes);
        QCOMPARE(download.remainingBytes, 0u);
        const auto next = m_store->integrateUpload(m_realm, a, {{9, 9, one}});
        QCOMPARE(next.status, Status::Integrated);
        const auto rest = m_store->readDownload(m_realm, b, download.cursor, 1 << 20).value();
        QCOMPARE(rest.changesets.size(), 1);
        QCOMPARE(rest.remainingBytes, 0u);
        const auto fromStart = m_store->readDownload(m_realm, b, 0, qint64(oneBytes)).value();
        QCOMPARE(fromStart.remainingBytes, 6 * oneBytes); // seven of a's, one in the batch
    }

    // A schema 6 file kept every cursor in its row, also those its history tells; it opens as
    // schema 7 unchanged, then 8 (a schema 6 server refuses it then: it would read the row alone).
    void schemaSixCursorsAreKept()
    {
        const quint64 a = m_store->allocateClientFile(m_realm, QStringLiteral("owner"));
        const quint64 b = m_store->allocateClientFile(m_realm, QStringLiteral("owner"));
        const QList<Operation> one = {set(QStringLiteral("a"), "1")};
        QCOMPARE(m_store->integrateUpload(m_realm, a, {{1, 1, one}, {2, 2, one}}).head, 2u);
        QCOMPARE(m_store->integrateUpload(m_realm, b, {{1, 1, one}, {2, 2, {}}}).head, 3u);
        m_store.reset();
        withStoreFile(QStringLiteral("to-schema-6"), [&](QSqlQuery &q) {
            // What schema 6 wrote: every cursor in its row.
            const qint64 bytes = qint64(changesetSize(one));
            for (const QString &statement :
                 {QStringLiteral("UPDATE client_files SET upload_cursor = 2, uploaded_bytes = %1"
                                 " WHERE id = %2")
                      .arg(2 * bytes)
                      .arg(a),
                  QStringLiteral("PRAGMA user_version=6")})
                QVERIFY2(q.exec(statement), qPrintable(statement));
        });
        QString error;
        m_store = std::make_unique<SqliteRealmStorage>(QStringLiteral("tst_realmstore"));
        QVERIFY2(m_store->open(m_dir.filePath(QStringLiteral("data")), &error), qPrintable(error));
        QCOMPARE(m_store->uploadCursor(m_realm, a), std::optional<quint64>(2));
        QCOMPARE(m_store->uploadCursor(m_realm, b), std::optional<quint64>(2));
        const auto next = m_store->integrateUpload(m_realm, a, {{2, 2, one}, {3, 3, one}});
        QCOMPARE(next.integratedChangesets, 1u);
        QCOMPARE(next.head, 4u);
        const auto download = m_store->readDownload(m_realm, b, 0, 1 << 20).value();
        QCOMPARE(download.changesets.size(), 3);
        QCOMPARE(download.remainingBytes, 0u);
        m_store.reset();
        withStoreFile(QStringLiteral("check-schema"), [](QSqlQuery &q) {
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
            QCOMPARE(q.value(0).toInt(), 9);
        });
    }

    // Schema 8: the origin index has an entry for a changeset only where its realm moved on
    // more than kOriginMarkSpan (32) versions since its file's last entry, not for every
    // changeset: that random insert was a third of the storage thread's work an upload.
    void theOriginIndexHoldsOneChangesetInManyOfAFile()
    {
        const quint64 a = m_store->allocateClientFile(m_realm, QStringLiteral("owner"));
        const quint64 b = m_store->allocateClientFile(m_realm, QStringLiteral("owner"));
        for (quint64 v = 1; v <= 100; ++v) {
            const auto results = m_store->integrateUploads(
                {{m_realm, a, {{v, qint64(v), {set(QStringLiteral("a%1").arg(v), "x")}}}},
                 {m_realm, b, {{v, qint64(v), {set(QStringLiteral("b%1").arg(v), "y")}}}}});
            QCOMPARE(results.constLast().head, 2 * v);
        }
        m_store.reset();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                        QStringLiteral("origin-index"));
            db.setDatabaseName(m_dir.filePath(QStringLiteral("data/syncscope.sqlite3")));
            QVERIFY(db.open());
            QSqlQuery q(db);
            // Every index of the history besides its primary key: the partial origin index.
            QVERIFY(
                q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type ="
                                      " 'index' AND tbl_name = 'changesets' AND sql NOT NULL")));
            int indexes = 0;
            while (q.next()) {
                ++indexes;
                QCOMPARE(q.value(0).toString(), QStringLiteral("changesets_by_origin_mark"));
                QVERIFY2(q.value(1).toString().endsWith(QStringLiteral("WHERE origin_marked")),
                         qPrintable(q.value(1).toString()));
            }
            QCOMPARE(indexes, 1);
            // 200 changesets, each file's at versions 2 apart: one in 17 marked.
            QVERIFY(q.exec(QStringLiteral("SELECT origin_file_id, count(*) FROM changesets"
                                          " WHERE origin_marked GROUP BY origin_file_id")));
            int files = 0;
            while (q.next()) {
                ++files;
                QVERIFY2(q.value(1).toInt() <= 6, qPrintable(q.value(1).toString()));
            }
            QCOMPARE(files, 2);
            // The lookup finds the marks in that index, not by a walk of the realm's history.
            QVERIFY(q.exec(QStringLiteral(
                "EXPLAIN QUERY PLAN SELECT server_version FROM changesets WHERE realm_id = 1"
                " AND origin_file_id = 2 AND origin_marked AND server_version <= 3"
                " ORDER BY server_version DESC LIMIT 1")));
            QString plan;
            while (q.next())
                plan += q.value(3).toString();
            QVERIFY2(plan.contains(QStringLiteral("changesets_by_origin_mark")), qPrintable(plan));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("origin-index"));
    }

    // The cursors and remaining bytes that the origin index answered for every changeset are
    // answered from its marks and a short walk (schema 8), in memory and after a reopen: files
    // that upload at every version, every few versions, and more than a mark's span apart.
    void cursorsAndRemainingBytesComeFromTheMarks()
    {
        const quint64 a = m_store->allocateClientFile(m_realm, QStringLiteral("owner"));
        const quint64 b = m_store->allocateClientFile(m_realm, QStringLiteral("owner"));
        const quint64 c = m_store->allocateClientFile(m_realm, QStringLiteral("owner"));
        const quint64 d = m_store->allocateClientFile(m_realm, QStringLiteral("owner")); // reads
        QHash<quint64, quint64> cursors;
        QList<std::pair<quint64, quint64>> history; // origin file, bytes; version = index + 1
        const auto upload = [&](int round) {
            QList<server::RealmStorage::PendingUpload> group;
            for (const quint64 file : {a, b, c}) {
                const bool uploads = file == a ? round % 5 != 4
                                     : file == b
                                         ? round % 7 == 0
                                         : QList<int>{3, 36, 37, 38, 71, 120, 121}.contains(round);
                if (!uploads)
                    continue;
                const quint64 version = ++cursors[file];
                const QList<Operation> ops = {
                    set(QStringLiteral("k%1").arg(round), QByteArray(round % 9 + 1, 'v'))};
                group.append({m_realm, file, {{version, qint64(round), ops}}});
                history.append({file, changesetSize(ops)});
            }
            // An empty changeset moves a's cursor past its history now and then.
            if (round % 11 == 0)
                group.append({m_realm, a, {{++cursors[a], qint64(round), {}}}});
            for (const auto &result : m_store->integrateUploads(group))
                QCOMPARE(result.status, SqliteRealmStorage::Integration::Status::Integrated);
        };
        const auto check = [&] {
            const quint64 head = quint64(history.size());
            QCOMPARE(m_store->headVersion(m_realm), std::optional<quint64>(head));
            for (const quint64 file : {a, b, c, d}) {
                QCOMPARE(m_store->uploadCursor(m_realm, file),
                         std::optional<quint64>(cursors.value(file)));
                for (quint64 from = 0; from <= head; ++from) {
                    const auto batch = m_store->readDownload(m_realm, file, from, 1);
                    QVERIFY(batch);
                    quint64 others = 0; // of the others' changesets after the batch
                    for (quint64 v = batch->cursor + 1; v <= head; ++v)
                        others += history.at(v - 1).first == file ? 0 : history.at(v - 1).second;
                    QCOMPARE(batch->remainingBytes, others);
                }
            }
        };
        for (int round = 1; round <= 90; ++round)
            upload(round);
        check();
        m_store.reset(); // nothing in memory any more: every answer from the database
        m_store = std::make_unique<SqliteRealmStorage>(QStringLiteral("tst_realmstore"));
        QString error;
        QVERIFY2(m_store->open(m_dir.filePath(QStringLiteral("data")), &error), qPrintable(error));
        check();
        for (int round = 91; round <= 130; ++round) // the marks go on from the database's
            upload(round);
        check();
    }

    // A schema 7 file had every changeset in changesets_by_origin. Opened by schema 8, its
    // changesets all count as marked (no row is rewritten) and the index is replaced by the
    // partial one; cursors and byte totals read as before, and new changesets are marked sparsely.
    void schemaSevenOriginIndexIsReplaced()
    {
        const quint64 a = m_store->allocateClientFile(m_realm, QStringLiteral("owner"));
        const quint64 b = m_store->allocateClientFile(m_realm, QStringLiteral("owner"));
        const QList<Operation> one = {set(QStringLiteral("a"), "1")};
        const quint64 oneBytes = changesetSize(one);
        for (quint64 v = 1; v <= 50; ++v)
            QCOMPARE(m_store->integrateUpload(m_realm, a, {{v, qint64(v), one}}).head, v);
        QCOMPARE(m_store->integrateUpload(m_realm, b, {{1, 1, one}}).head, 51u);
        m_store.reset();
        withStoreFile(QStringLiteral("to-schema-7"), [](QSqlQuery &q) {
            // What schema 7 had: no marks, every changeset in the origin index.
            for (const char *statement :
                 {"DROP INDEX changesets_by_origin_mark",
                  "ALTER TABLE changesets DROP COLUMN origin_marked",
                  "CREATE INDEX changesets_by_origin ON changesets"
                  " (realm_id, origin_file_id, server_version, origin_cumulative_bytes)",
                  "PRAGMA user_version=7"})
                QVERIFY2(q.exec(QString::fromLatin1(statement)), statement);
        });
        m_store = std::make_unique<SqliteRealmStorage>(QStringLiteral("tst_realmstore"));
        QString error;
        QVERIFY2(m_store->open(m_dir.filePath(QStringLiteral("data")), &error), qPrintable(error));
        QCOMPARE(m_store->uploadCursor(m_realm, a), std::optional<quint64>(50));
        QCOMPARE(m_store->uploadCursor(m_realm, b), std::optional<quint64>(1));
        QCOMPARE(m_store->readDownload(m_realm, b, 0, qint64(oneBytes)).value().remainingBytes,
                 49 * oneBytes);
        QCOMPARE(m_store->readDownload(m_realm, a, 10, qint64(oneBytes)).value().remainingBytes,
                 0u); // b's one changeset is in the batch
        for (quint64 v = 51; v <= 100; ++v)
            QCOMPARE(m_store->integrateUpload(m_realm, a, {{v, qint64(v), one}}).head, v + 1);
        QCOMPARE(m_store->readDownload(m_realm, b, 0, qint64(oneBytes)).value().remainingBytes,
                 99 * oneBytes);
        m_store.reset();
        withStoreFile(QStringLiteral("check-schema"), [](QSqlQuery &q) {
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
            QCOMPARE(q.value(0).toInt(), 9);
            q.finish();
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name ="
                                          " 'changesets_by_origin'")) &&
                    q.next());
            QCOMPARE(q.value(0).toInt(), 0);
            q.finish();
            // The 51 old changesets, and of the 50 new ones (versions 52-101) the one more than
            // 32 versions after a's last old one (50): 83.
            QVERIFY(q.exec(QStringLiteral("SELECT server_version FROM changesets WHERE"
                                          " origin_marked AND server_version > 51")) &&
                    q.next());
            QCOMPARE(q.value(0).toInt(), 83);
            QVERIFY(!q.next());
        });
        m_store = std::make_unique<SqliteRealmStorage>(QStringLiteral("tst_realmstore"));
        QVERIFY2(m_store->open(m_dir.filePath(QStringLiteral("data")), &error), qPrintable(error));
        QCOMPARE(m_store->uploadCursor(m_realm, a), std::optional<quint64>(100));
    }

    // A schema 8 file's entries were upserted with every upload. Opened by schema 9, each
    // realm's entries count as folded up to its head: nothing is folded twice, and what comes
    // later is folded from there.
    void schemaEightEntriesAreKept()
    {
        const quint64 a = m_store->allocateClientFile(m_realm, QStringLiteral("owner"));
        const qint64 quiet = m_store->realmId(QStringLiteral("/quiet")).value();
        for (quint64 v = 1; v <= 3; ++v) {
            QCOMPARE(m_store
                         ->integrateUpload(
                             m_realm, a,
                             {{v, qint64(v), {set(QStringLiteral("k"), QByteArray::number(v))}}})
                         .head,
                     v);
        }
        QVERIFY(m_store->snapshot(m_realm).has_value()); // complete, as schema 8 kept them
        m_store.reset();
        withStoreFile(QStringLiteral("to-schema-8"), [](QSqlQuery &q) {
            // A mark of our own, which a second fold of version 3 (a full tie) would overwrite.
            for (const char *statement :
                 {"UPDATE entries SET value = 'kept' WHERE key = 'k'",
                  "ALTER TABLE realms DROP COLUMN entries_through", "PRAGMA user_version=8"})
                QVERIFY2(q.exec(QString::fromLatin1(statement)), statement);
        });
        m_store = std::make_unique<SqliteRealmStorage>(QStringLiteral("tst_realmstore"));
        QString error;
        QVERIFY2(m_store->open(m_dir.filePath(QStringLiteral("data")), &error), qPrintable(error));
        QCOMPARE(m_store->snapshot(m_realm)->value(QStringLiteral("k")), QByteArray("kept"));
        QVERIFY(m_store->snapshot(quiet)->isEmpty());
        QCOMPARE(
            m_store->integrateUpload(m_realm, a, {{4, 4, {set(QStringLiteral("k"), "4")}}}).head,
            4u);
        QCOMPARE(m_store->snapshot(m_realm)->value(QStringLiteral("k")), QByteArray("4"));
        m_store.reset();
        withStoreFile(QStringLiteral("check-schema-9"), [this, quiet](QSqlQuery &q) {
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
            QCOMPARE(q.value(0).toInt(), 9);
            q.finish();
            QVERIFY(q.exec(QStringLiteral("SELECT id, entries_through FROM realms ORDER BY id")));
            QHash<qint64, qint64> through;
            while (q.next())
                through.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
            QCOMPARE(through.value(m_realm), 4);
            QCOMPARE(through.value(quiet, -1), 0);
        });
    }

    // A file of a later schema than this server knows is refused, not half understood: so a
    // server of schema 8 refuses a schema 9 file, whose entries it would upsert again.
    void aFileOfANewerSchemaIsRefused()
    {
        m_store.reset();
        withStoreFile(QStringLiteral("newer"), [](QSqlQuery &q) {
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=10")));
        });
        m_store = std::make_unique<SqliteRealmStorage>(QStringLiteral("tst_realmstore"));
        QString error;
        QVERIFY(!m_store->open(m_dir.filePath(QStringLiteral("data")), &error));
        QVERIFY2(error.contains(QStringLiteral("newer")), qPrintable(error));
    }

    // The WAL is copied back into the database file by a thread and connection of its own:
    // SQLite's automatic checkpoint did it inside the storage thread's commit that crossed the
    // threshold, which then waited for it before it could report or commit the next group.
    void theWalIsCopiedBackOffTheCommittingThread()
    {
        const QString data = m_dir.filePath(QStringLiteral("checkpointed"));
        SqliteRealmStorage store(QStringLiteral("tst_realmstore_checkpoint"));
        store.setCheckpointThresholds({64, 1 << 30}); // a pass every 64 frames, never inline
        QString error;
        QVERIFY2(store.open(data, &error), qPrintable(error));
        const qint64 realm = store.realmId(QStringLiteral("/big")).value();
        const quint64 a = store.allocateClientFile(realm, QStringLiteral("owner"));
        const QFileInfo database(store.databasePath());
        const qint64 emptySize = database.size();
        const WalWriteGathering::CopyBackCounts before = WalWriteGathering::copyBackCounts();
        const QByteArray value(256 * 1024, 'v'); // 64 pages and more a changeset
        for (quint64 v = 1; v <= 8; ++v) {
            QCOMPARE(store
                         .integrateUpload(
                             realm, a, {{v, qint64(v), {set(QStringLiteral("k%1").arg(v), value)}}})
                         .status,
                     SqliteRealmStorage::Integration::Status::Integrated);
        }
        QTRY_VERIFY_WITH_TIMEOUT(store.checkpointPasses().background >= 1, 60000);
        QCOMPARE(store.checkpointPasses().inlined, 0);
        // The values reached the database file itself, not only the WAL.
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(store.databasePath()).size() > emptySize + 1024 * 1024,
                                 60000);
        // The checkpointer's connection goes through WalWriteGathering: its pages reached the
        // file many to a write.
        const WalWriteGathering::CopyBackCounts after = WalWriteGathering::copyBackCounts();
        const qint64 pageWrites = after.databaseWrites - before.databaseWrites;
        const qint64 fileWrites = after.platformDatabaseWrites - before.platformDatabaseWrites;
        QVERIFY2(
            pageWrites >= 256 && fileWrites <= pageWrites / 4,
            qPrintable(QStringLiteral("%1 pages in %2 writes").arg(pageWrites).arg(fileWrites)));
        QCOMPARE(store.snapshot(realm)->value(QStringLiteral("k8")), value);
        store.close();
        QVERIFY2(store.open(data, &error), qPrintable(error));
        QCOMPARE(store.headVersion(realm), std::optional<quint64>(8));
        QCOMPARE(store.snapshot(realm)->value(QStringLiteral("k1")), value);
    }

    // When commits come faster than the passes copy, the WAL still starts over: beyond the
    // inline threshold the committing thread copies the rest itself.
    void theWalStaysBoundedWhenThePassesFallBehind()
    {
        const QString data = m_dir.filePath(QStringLiteral("inline"));
        SqliteRealmStorage store(QStringLiteral("tst_realmstore_inline"));
        store.setCheckpointThresholds({1 << 30, 256}); // no pass in the background at all
        QString error;
        QVERIFY2(store.open(data, &error), qPrintable(error));
        const qint64 realm = store.realmId(QStringLiteral("/big")).value();
        const quint64 a = store.allocateClientFile(realm, QStringLiteral("owner"));
        const QByteArray value(256 * 1024, 'v');
        constexpr int kChangesets = 16; // 4 MiB, ~1,040 frames: far beyond 256
        for (int v = 1; v <= kChangesets; ++v) {
            QCOMPARE(
                store
                    .integrateUpload(realm, a,
                                     {{quint64(v), v, {set(QStringLiteral("k%1").arg(v), value)}}})
                    .status,
                SqliteRealmStorage::Integration::Status::Integrated);
        }
        QVERIFY(store.checkpointPasses().inlined >= 1);
        QCOMPARE(store.checkpointPasses().background, 0);
        // The WAL started over after the copies: it never held the 4 MiB at once (its frames;
        // the file holds the reserve's zeros past them too).
        const qint64 wal = store.walCommittedEnd();
        QVERIFY2(wal < kChangesets * value.size() / 2, qPrintable(QString::number(wal)));
        QCOMPARE(store.snapshot(realm)->value(QStringLiteral("k%1").arg(kChangesets)), value);
    }

    // Under a steady stream of commits no background pass copies the whole WAL: it copies
    // what was there when it began, and the WAL starts over only at a transaction that finds
    // all of it copied. Before, the rest waited until the WAL reached the inline bound, and
    // the committing thread then copied half the WAL inside a commit. Now the writer copies
    // a small rest itself between two commits, and the next commit starts the WAL over. Here
    // a reader's snapshot holds the pass back, as the writer's appends do under load.
    void theWriterFinishesWhatAPassLeftAndTheWalStartsOver()
    {
        const QString data = m_dir.filePath(QStringLiteral("finished"));
        SqliteRealmStorage store(QStringLiteral("tst_realmstore_finish"));
        store.setCheckpointThresholds({64, 1 << 30}); // a pass every 64 frames, never inline
        QString error;
        QVERIFY2(store.open(data, &error), qPrintable(error));
        const qint64 realm = store.realmId(QStringLiteral("/big")).value();
        const quint64 a = store.allocateClientFile(realm, QStringLiteral("owner"));
        quint64 version = 0;
        const auto upload = [&](const QByteArray &value) {
            ++version;
            return store
                       .integrateUpload(realm, a,
                                        {{version,
                                          qint64(version),
                                          {set(QStringLiteral("k%1").arg(version), value)}}})
                       .status == SqliteRealmStorage::Integration::Status::Integrated;
        };
        QVERIFY(upload("small"));

        // A reader of the WAL as it is now: no pass may copy what is committed after it.
        sqlite3 *reader = nullptr;
        QCOMPARE(sqlite3_open_v2(QFile::encodeName(store.databasePath()).constData(), &reader,
                                 SQLITE_OPEN_READONLY, nullptr),
                 SQLITE_OK);
        const auto closeReader = qScopeGuard([&] { sqlite3_close(reader); });
        QCOMPARE(
            sqlite3_exec(reader, "BEGIN; SELECT count(*) FROM realms", nullptr, nullptr, nullptr),
            SQLITE_OK);
        const QByteArray big(512 * 1024, 'b'); // 128 pages and more: a background pass
        QVERIFY(upload(big));
        QTRY_VERIFY_WITH_TIMEOUT(store.checkpointPasses().background >= 1, 60000);
        QCOMPARE(sqlite3_exec(reader, "COMMIT", nullptr, nullptr, nullptr), SQLITE_OK);

        // Small commits alone never ask for another pass (64 frames apart).
        const qint64 before = store.walCommittedEnd();
        QVERIFY(upload("after"));
        QVERIFY(store.walCommittedEnd() > before);
        store.prepareNextCommit(); // between two commits: the writer copies the rest
        QVERIFY(upload("restarted"));
        QVERIFY2(store.walCommittedEnd() < before,
                 qPrintable(QStringLiteral("WAL frames end at %1, before at %2")
                                .arg(store.walCommittedEnd())
                                .arg(before)));
        QCOMPARE(store.checkpointPasses().finished, 1);
        QCOMPARE(store.checkpointPasses().inlined, 0);
        QCOMPARE(store.snapshot(realm)->value(QStringLiteral("k2")), big);
        store.close();
        QVERIFY2(store.open(data, &error), qPrintable(error));
        QCOMPARE(store.headVersion(realm), std::optional<quint64>(version));
        QCOMPARE(store.snapshot(realm)->value(QStringLiteral("k2")), big);
        QCOMPARE(store.snapshot(realm)->value(QStringLiteral("k%1").arg(version)),
                 QByteArray("restarted"));
    }

    // The WAL may grow up to the inline bound before it starts over; its size limit
    // (journal_size_limit) and the reserve follow that bound. With a fixed 64 MiB limit a WAL
    // that had grown past it was truncated by the commit that started it over, and grown again
    // into new blocks by the commits after, each a file system journal commit on the disk.
    void theWalIsNotTruncatedBelowTheSizeItMayReach()
    {
        const QString data = m_dir.filePath(QStringLiteral("untruncated"));
        SqliteRealmStorage store(QStringLiteral("tst_realmstore_untruncated"));
        constexpr int kInlineFrames = 20480; // ~80 MiB of 4 KiB pages: beyond 64 MiB
        store.setCheckpointThresholds({1 << 30, kInlineFrames});
        QString error;
        QVERIFY2(store.open(data, &error), qPrintable(error));
        const qint64 realm = store.realmId(QStringLiteral("/big")).value();
        const quint64 a = store.allocateClientFile(realm, QStringLiteral("owner"));
        const QByteArray value(1024 * 1024, 'v');
        const QString wal = store.databasePath() + QStringLiteral("-wal");
        qint64 largest = 0;
        quint64 version = 0;
        for (; store.checkpointPasses().inlined == 0 && version < 200;) {
            ++version;
            QCOMPARE(store
                         .integrateUpload(realm, a,
                                          {{version,
                                            qint64(version),
                                            {set(QStringLiteral("k%1").arg(version), value)}}})
                         .status,
                     SqliteRealmStorage::Integration::Status::Integrated);
            largest = std::max(largest, QFileInfo(wal).size());
        }
        QCOMPARE(store.checkpointPasses().inlined, 1);
        QVERIFY(largest > 64 * 1024 * 1024);
        ++version; // this commit starts the WAL over
        QCOMPARE(store
                     .integrateUpload(realm, a,
                                      {{version, qint64(version), {set(QStringLiteral("k"), "v")}}})
                     .status,
                 SqliteRealmStorage::Integration::Status::Integrated);
        QVERIFY(store.walCommittedEnd() < 1024 * 1024);
        QCOMPARE(QFileInfo(wal).size(), largest);
        QCOMPARE(store.snapshot(realm)->value(QStringLiteral("k1")), value);
    }

    // The gathering VFS is right only for connections that sync every commit, as the server's
    // storage does. A process that embeds the server (the monitor, tests) also opens the
    // client's local files, whose downloads commit without a sync while another connection
    // checkpoints them: as the process's default VFS it held their frames back from that
    // connection, which then read the file as damaged.
    void theGatheringVfsIsNotTheProcesssDefault()
    {
        const char *name = WalWriteGathering::install();
        QVERIFY(name);
        QVERIFY(sqlite3_vfs_find(name));
        QVERIFY(sqlite3_vfs_find(nullptr) != sqlite3_vfs_find(name));
    }

    // A checkpoint copies the WAL back into the database file one page per write and reads
    // the WAL one page per read. Through WalWriteGathering (which the server's connections
    // open, the WAL checkpointer's too) both go out ~120 KiB a call, when the file grows and
    // when its pages are overwritten, and the database file alone then holds every value.
    void aCheckpointOfScatteredFramesReadsAboutWhatItCopies()
    {
        const char *vfs = WalWriteGathering::install();
        QVERIFY(vfs);
        const QByteArray file = m_dir.filePath(QStringLiteral("scattered.sqlite")).toUtf8();
        sqlite3 *writer = nullptr;
        sqlite3 *checkpointer = nullptr;
        const auto closeBoth = qScopeGuard([&] {
            sqlite3_close(checkpointer);
            sqlite3_close(writer);
        });
        const auto exec = [](sqlite3 *db, const QByteArray &sql) {
            return sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
        };
        const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        QCOMPARE(sqlite3_open_v2(file.constData(), &writer, flags, vfs), SQLITE_OK);
        QVERIFY(exec(writer, "PRAGMA journal_mode=WAL"));
        QVERIFY(exec(writer, "PRAGMA wal_autocheckpoint=0"));
        QVERIFY(exec(writer, "CREATE TABLE t(k INTEGER PRIMARY KEY, v BLOB)"));
        QCOMPARE(sqlite3_open_v2(file.constData(), &checkpointer, flags, vfs), SQLITE_OK);
        QVERIFY(exec(checkpointer, "PRAGMA journal_mode=WAL"));
        // A row fills most of a page: 600 leaves in a row, copied back once.
        constexpr int kRows = 600;
        QVERIFY(exec(writer, "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n"
                             " WHERE i < 599) INSERT INTO t SELECT i, zeroblob(3000) FROM n"));
        QCOMPARE(sqlite3_wal_checkpoint_v2(checkpointer, nullptr, SQLITE_CHECKPOINT_TRUNCATE,
                                           nullptr, nullptr),
                 SQLITE_OK);
        // Then one row at a time, in no order, as many small uploads to many realms write: the
        // last frame of each page lies anywhere in the log.
        for (int i = 0; i < 400; ++i) {
            const int key = (i * 7919) % kRows;
            QVERIFY(exec(writer,
                         "UPDATE t SET v = randomblob(3000) WHERE k = " + QByteArray::number(key)));
        }
        const WalWriteGathering::CopyBackCounts before = WalWriteGathering::copyBackCounts();
        int logFrames = 0;
        int copiedFrames = 0;
        QCOMPARE(sqlite3_wal_checkpoint_v2(checkpointer, nullptr, SQLITE_CHECKPOINT_FULL,
                                           &logFrames, &copiedFrames),
                 SQLITE_OK);
        const WalWriteGathering::CopyBackCounts after = WalWriteGathering::copyBackCounts();
        QCOMPARE(copiedFrames, logFrames);
        const qint64 pageReads = after.checkpointLogReads - before.checkpointLogReads;
        const qint64 fileBytes =
            after.platformCheckpointLogBytes - before.platformCheckpointLogBytes;
        const QString counts = QStringLiteral("%1 frames, %2 page reads, %3 bytes read")
                                   .arg(logFrames)
                                   .arg(pageReads)
                                   .arg(fileBytes);
        qInfo().noquote() << counts;
        QVERIFY2(pageReads >= 300, qPrintable(counts));
        // Reading 120 KiB ahead for each of them read ~30 times what was copied.
        QVERIFY2(fileBytes <= 2 * pageReads * 4096, qPrintable(counts));
        sqlite3_stmt *count = nullptr;
        QCOMPARE(sqlite3_prepare_v2(writer, "SELECT count(*) FROM t WHERE length(v) = 3000", -1,
                                    &count, nullptr),
                 SQLITE_OK);
        QCOMPARE(sqlite3_step(count), SQLITE_ROW);
        QCOMPARE(sqlite3_column_int(count, 0), kRows);
        sqlite3_finalize(count);
    }

    void aCheckpointCopiesTheWalBackInFewWrites()
    {
        const char *vfs = WalWriteGathering::install();
        QVERIFY(vfs);
        const auto open = [vfs](const QByteArray &name, sqlite3 **db) {
            return sqlite3_open_v2(name.constData(), db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                                   vfs);
        };
        const QString path = m_dir.filePath(QStringLiteral("copyback.sqlite"));
        sqlite3 *writer = nullptr;
        sqlite3 *checkpointer = nullptr;
        const auto closeBoth = qScopeGuard([&] {
            sqlite3_close(checkpointer);
            sqlite3_close(writer);
        });
        const QByteArray file = path.toUtf8();
        QCOMPARE(open(file, &writer), SQLITE_OK);
        const auto exec = [](sqlite3 *db, const char *sql) {
            return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
        };
        QVERIFY(exec(writer, "PRAGMA journal_mode=WAL"));
        QVERIFY(exec(writer, "PRAGMA wal_autocheckpoint=0"));
        QVERIFY(exec(writer, "CREATE TABLE t(k INTEGER PRIMARY KEY, v BLOB)"));
        QCOMPARE(open(file, &checkpointer), SQLITE_OK);
        QVERIFY(exec(checkpointer, "PRAGMA journal_mode=WAL")); // opens its connection's WAL

        constexpr int kRows = 1200; // ~3.6 MiB of values, ~1000 pages
        const auto valueOf = [](int key, int round) -> QByteArray {
            return QByteArray(3000, char('a' + (key + round) % 26)) + QByteArray::number(round);
        };
        const auto writeRound = [&](int round) {
            sqlite3_stmt *statement = nullptr;
            if (!exec(writer, "BEGIN") ||
                sqlite3_prepare_v2(writer, "INSERT OR REPLACE INTO t VALUES(?, ?)", -1, &statement,
                                   nullptr) != SQLITE_OK)
                return false;
            bool ok = true;
            for (int key = 0; key < kRows && ok; ++key) {
                const QByteArray value = valueOf(key, round);
                sqlite3_bind_int(statement, 1, key);
                sqlite3_bind_blob(statement, 2, value.constData(), int(value.size()),
                                  SQLITE_TRANSIENT);
                ok =
                    sqlite3_step(statement) == SQLITE_DONE && sqlite3_reset(statement) == SQLITE_OK;
            }
            sqlite3_finalize(statement);
            return ok && exec(writer, "COMMIT");
        };
        const auto checkpointRound = [&](int round) {
            const qint64 sizeBefore = QFileInfo(path).size();
            QVERIFY(writeRound(round));
            const WalWriteGathering::CopyBackCounts before = WalWriteGathering::copyBackCounts();
            const qint64 writeCallsBefore = writeCallsOfThisProcess();
            int logFrames = 0;
            int copiedFrames = 0;
            QCOMPARE(sqlite3_wal_checkpoint_v2(checkpointer, nullptr, SQLITE_CHECKPOINT_FULL,
                                               &logFrames, &copiedFrames),
                     SQLITE_OK);
            const qint64 writeCalls = writeCallsOfThisProcess() - writeCallsBefore;
            const WalWriteGathering::CopyBackCounts after = WalWriteGathering::copyBackCounts();
            QVERIFY(logFrames > 0);
            QCOMPARE(copiedFrames, logFrames); // all of it copied
            const qint64 pageWrites = after.databaseWrites - before.databaseWrites;
            const qint64 fileWrites = after.platformDatabaseWrites - before.platformDatabaseWrites;
            const qint64 pageReads = after.checkpointLogReads - before.checkpointLogReads;
            const qint64 fileReads =
                after.platformCheckpointLogReads - before.platformCheckpointLogReads;
            const QString counts = QStringLiteral("round %1: file %2 -> %3 bytes, %4 page writes "
                                                  "in %5 writes, %6 page reads in %7 reads")
                                       .arg(round)
                                       .arg(sizeBefore)
                                       .arg(QFileInfo(path).size())
                                       .arg(pageWrites)
                                       .arg(fileWrites)
                                       .arg(pageReads)
                                       .arg(fileReads);
            qInfo().noquote() << counts;
            QVERIFY2(pageWrites >= 900 && pageReads >= 900, qPrintable(counts));
            // 30 pages of 4 KiB a write or read; the rest where the pages are not in a row.
            QVERIFY2(fileWrites <= pageWrites / 16, qPrintable(counts));
            QVERIFY2(fileReads <= pageReads / 16, qPrintable(counts));
            // Nor does reserving a growing file's blocks write them one by one beneath the VFS
            // (SQLite's own answer to its size hint, without posix_fallocate).
            if (writeCallsBefore >= 0)
                QVERIFY2(writeCalls <= pageWrites / 16,
                         qPrintable(counts + QStringLiteral(", %1 write calls").arg(writeCalls)));

            // The database file alone, as a copy without its WAL, holds every value.
            const QString alone =
                m_dir.filePath(QStringLiteral("copyback-alone-%1.sqlite").arg(round));
            QVERIFY(QFile::copy(path, alone));
            sqlite3 *reader = nullptr;
            const auto closeReader = qScopeGuard([&] { sqlite3_close(reader); });
            QCOMPARE(sqlite3_open(alone.toUtf8().constData(), &reader), SQLITE_OK);
            sqlite3_stmt *statement = nullptr;
            QCOMPARE(sqlite3_prepare_v2(reader, "SELECT k, v FROM t ORDER BY k", -1, &statement,
                                        nullptr),
                     SQLITE_OK);
            int rows = 0;
            while (sqlite3_step(statement) == SQLITE_ROW) {
                const QByteArray value(static_cast<const char *>(sqlite3_column_blob(statement, 1)),
                                       sqlite3_column_bytes(statement, 1));
                if (sqlite3_column_int(statement, 0) != rows || value != valueOf(rows, round))
                    break;
                ++rows;
            }
            sqlite3_finalize(statement);
            QCOMPARE(rows, kRows);
        };
        checkpointRound(1); // the file grows by every page
        if (QTest::currentTestFailed())
            return;
        const qint64 grown = QFileInfo(path).size();
        QVERIFY(grown > 3 * 1024 * 1024);
        checkpointRound(2); // the same pages overwritten
        QCOMPARE(QFileInfo(path).size(), grown);
    }

    // SQLite writes a commit's frames one by one, two writes a frame; the log's writes are
    // gathered until the commit's sync and reach the file as one (WalWriteGathering). The
    // commit is as durable and as readable as before.
    void aCommitsFramesReachTheLogInOneWrite()
    {
        QList<SqliteRealmStorage::PendingUpload> uploads;
        for (int i = 0; i < 200; ++i) {
            const qint64 realm = m_store->realmId(QStringLiteral("/gather/%1").arg(i)).value();
            const quint64 file = m_store->allocateClientFile(realm, QStringLiteral("owner"));
            uploads.append(
                {realm, file, {{1, 1, {set(QStringLiteral("k"), QByteArray(3000, 'g'))}}}});
        }
        const WalWriteGathering::Counts before = WalWriteGathering::counts();
        const auto results = m_store->integrateUploads(uploads);
        const WalWriteGathering::Counts after = WalWriteGathering::counts();
        for (const auto &result : results)
            QVERIFY2(result.status == SqliteRealmStorage::Integration::Status::Integrated,
                     qPrintable(result.error));
        const qint64 sqliteWrites = after.sqliteWrites - before.sqliteWrites;
        const qint64 platformWrites = after.platformWrites - before.platformWrites;
        // Two a frame, a frame or more an upload; the frames then go out in 64 KiB pieces.
        QVERIFY2(sqliteWrites >= 400, qPrintable(QString::number(sqliteWrites)));
        QVERIFY2(platformWrites <= sqliteWrites / 16,
                 qPrintable(QStringLiteral("%1 of %2").arg(platformWrites).arg(sqliteWrites)));
        m_store.reset();
        m_store = std::make_unique<SqliteRealmStorage>(QStringLiteral("tst_realmstore"));
        QString error;
        QVERIFY2(m_store->open(m_dir.filePath(QStringLiteral("data")), &error), qPrintable(error));
        for (const auto &upload : uploads)
            QCOMPARE(m_store->snapshot(upload.realmId)->value(QStringLiteral("k")),
                     QByteArray(3000, 'g'));
    }

    void aCopyBackWriteThatFailsAfterSqliteCountedItStopsTheServer()
    {
        // The last collected write of a checkpoint goes out at CKPT_DONE, after which SQLite
        // may record the frames as copied without another call to the file (a partial
        // checkpoint): failing there, the server must stop instead of going on.
        const char *vfs = WalWriteGathering::install();
        QVERIFY(vfs);
        const auto restore = qScopeGuard([] { WalWriteGathering::setLostCopyHandler(nullptr); });
        const QString path = m_dir.filePath(QStringLiteral("lostcopy.sqlite"));
        // A dozen new pages in a row: fewer than one collected write holds, so the first write
        // that reaches the file is the one at CKPT_DONE.
        testsupport::UncopiedWal wal(path, vfs, 12);
        QVERIFY(wal.ok());
        // Only the collected writes (more than one page) into the database file fail.
        testsupport::SqliteWriteFault fault(path, 4096);
        QVERIFY(fault.installed());
        g_lostCopies = 0;
        WalWriteGathering::setLostCopyHandler(&countLostCopy);

        const int done = sqlite3_wal_checkpoint_v2(wal.checkpointer(), nullptr,
                                                   SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
        QCOMPARE(g_lostCopies, 1);
        QVERIFY(testsupport::SqliteWriteFault::refusals() > 0);
        // This checkpoint copied the whole log, so SQLite went on to truncate the file and
        // learnt of the error there; a partial one would not have.
        QVERIFY(done != SQLITE_OK);
    }

    void aCopyBackThatCannotReserveItsBlocksFailsAndLosesNothing()
    {
        // The copy-back collects pages only into blocks it reserved first (fallocate()). On a
        // full disk the reservation fails: the pages must then go out one by one, so that the
        // write that fails is one SQLite sees and the frames stay in the log, never a
        // collected write at CKPT_DONE after SQLite counted the frames as copied.
        const char *vfs = WalWriteGathering::install();
        QVERIFY(vfs);
        const auto restore = qScopeGuard([] { WalWriteGathering::setLostCopyHandler(nullptr); });
        const QString path = m_dir.filePath(QStringLiteral("nospace.sqlite"));
        // A dozen new pages: fewer than one collected write holds, so a collected copy would
        // reach the file only at CKPT_DONE.
        constexpr int kPages = 12;
        testsupport::UncopiedWal wal(path, vfs, kPages);
        QVERIFY(wal.ok());
        g_lostCopies = 0;
        WalWriteGathering::setLostCopyHandler(&countLostCopy);
        const qint64 room = std::max<qint64>(QFileInfo(path).size(), 4096);
        int failed = SQLITE_OK;
        {
            // The database file cannot grow: no block can be reserved, no page written past it.
            const testsupport::FileSizeLimit full{rlim_t(room)};
            failed = wal.checkpoint();
        }
        QVERIFY2(failed != SQLITE_OK, "the copy-back grew a file it had no room for");
        QCOMPARE(g_lostCopies, 0);
        QVERIFY(QFileInfo(path).size() <= room);
        // With room again, the same frames are copied, and the file alone holds them all.
        bool everyFrame = false;
        QCOMPARE(wal.checkpoint(&everyFrame), SQLITE_OK);
        QVERIFY(everyFrame);
        const QString missing =
            wal.checkFileAloneHoldsEveryRow(m_dir.filePath(QStringLiteral("nospace-alone.sqlite")));
        QVERIFY2(missing.isEmpty(), qPrintable(missing));
    }

    void aCommitAfterABalanceDoesNotWalkThePageCache()
    {
        // Put in place by initTestCase(), as syncscope-server's main() does.
        QVERIFY(SqlitePageCache::isInstalled());
        QList<std::pair<qint64, quint64>> writers;
        for (int i = 0; i < 100; ++i) {
            const qint64 realm = m_store->realmId(QStringLiteral("/balance/%1").arg(i)).value();
            writers.append({realm, m_store->allocateClientFile(realm, QStringLiteral("owner"))});
        }
        // New keys in the middle of every realm's range, as at 10,000 sessions: index leaves
        // split in the middle, and SQLite swaps page numbers through its parking place.
        const SqlitePageCache::Counts before = SqlitePageCache::counts();
        constexpr int kCommits = 30;
        for (int commit = 0; commit < kCommits; ++commit) {
            QList<SqliteRealmStorage::PendingUpload> group;
            for (const auto &[realm, file] : std::as_const(writers)) {
                const QString key =
                    QStringLiteral("k%1").arg((commit * 7919 + int(realm) * 104729) % 100003);
                group.append(
                    {realm, file, {{quint64(commit + 1), 1, {set(key, QByteArray(60, 'b'))}}}});
            }
            for (const auto &result : m_store->integrateUploads(group))
                QVERIFY2(result.status == SqliteRealmStorage::Integration::Status::Integrated,
                         qPrintable(result.error));
        }
        const SqlitePageCache::Counts after = SqlitePageCache::counts();
        QVERIFY2(after.parked > before.parked, "no balance parked a page: the load split nothing");
        // Every commit's end had nothing beyond the file to drop; SQLite's cache walked all of
        // itself at each one after a page had been parked.
        QVERIFY2(after.skipped - before.skipped >= kCommits,
                 qPrintable(QString::number(after.skipped - before.skipped)));
        QCOMPARE(after.forwarded - before.forwarded, 0);
        for (const auto &[realm, file] : std::as_const(writers))
            QCOMPARE(m_store->headVersion(realm), std::optional<quint64>(kCommits));
    }

    void aRollbackStillDropsThePagesBeyondTheFile()
    {
        QVERIFY(SqlitePageCache::isInstalled());
        sqlite3 *db = nullptr;
        const QByteArray path = m_dir.filePath(QStringLiteral("rollback.sqlite3")).toUtf8();
        QCOMPARE(sqlite3_open(path.constData(), &db), SQLITE_OK);
        const auto closeDb = qScopeGuard([db] { sqlite3_close(db); });
        const auto exec = [db](const QByteArray &sql) {
            char *message = nullptr;
            const int rc = sqlite3_exec(db, sql.constData(), nullptr, nullptr, &message);
            const QString error = QString::fromUtf8(message ? message : "");
            sqlite3_free(message);
            return rc == SQLITE_OK ? QString() : error;
        };
        const auto insert = [&exec](const QByteArray &prefix, int rows) {
            return exec(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " +
                QByteArray::number(rows) + ") INSERT INTO t SELECT '" + prefix +
                "' || ((i * 7919) % 100003), randomblob(300) FROM n");
        };
        QCOMPARE(exec("PRAGMA journal_mode=WAL; CREATE TABLE t (k TEXT PRIMARY KEY, v BLOB)"),
                 QString());
        QCOMPARE(insert("kept", 100), QString());
        // Grows the file by hundreds of pages, with balances that park pages, then undoes it:
        // the cache must drop every page beyond the size the rollback restores.
        const SqlitePageCache::Counts before = SqlitePageCache::counts();
        QCOMPARE(exec("BEGIN"), QString());
        QCOMPARE(insert("gone", 3000), QString());
        QCOMPARE(exec("ROLLBACK"), QString());
        QVERIFY(SqlitePageCache::counts().forwarded > before.forwarded);
        // The same page numbers are used again, for other rows.
        QCOMPARE(exec("BEGIN"), QString());
        QCOMPARE(insert("new", 3000), QString());
        QCOMPARE(exec("COMMIT"), QString());
        const auto single = [db](const char *sql) {
            sqlite3_stmt *statement = nullptr;
            if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) != SQLITE_OK)
                return QString();
            QString value;
            if (sqlite3_step(statement) == SQLITE_ROW)
                value = QString::fromUtf8(
                    reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
            sqlite3_finalize(statement);
            return value;
        };
        QCOMPARE(single("PRAGMA integrity_check"), QStringLiteral("ok"));
        QCOMPARE(single("SELECT count(*) FROM t"), QStringLiteral("3100"));
        QCOMPARE(single("SELECT count(*) FROM t WHERE k LIKE 'gone%'"), QStringLiteral("0"));
    }

    void everythingSurvivesReopening()
    {
        const quint64 a = m_store->allocateClientFile(m_realm, QStringLiteral("owner"));
        QCOMPARE(
            m_store->integrateUpload(m_realm, a, {{3, 9, {set(QStringLiteral("k"), "v")}}}).status,
            SqliteRealmStorage::Integration::Status::Integrated);
        m_store.reset();
        m_store = std::make_unique<SqliteRealmStorage>(QStringLiteral("tst_realmstore"));
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

    void groupCommitsSyncIntoTheLogsReserve()
    {
        // A commit that grows the write-ahead log must commit the file system's journal too
        // (the bench's step 4, twice a plain sync): after the reserve is made, the next
        // commits write into blocks the log already has.
        const quint64 a = m_store->allocateClientFile(m_realm, QStringLiteral("owner"));
        QCOMPARE(
            m_store->integrateUpload(m_realm, a, {{1, 1, {set(QStringLiteral("k"), "1")}}}).status,
            SqliteRealmStorage::Integration::Status::Integrated);
        const QFileInfo log(m_store->databasePath() + QStringLiteral("-wal"));
        QVERIFY(m_store->walCommittedEnd() > 0);
        m_store->prepareNextCommit();
        const qint64 reserved = QFileInfo(log.filePath()).size();
        QVERIFY2(reserved >= m_store->walCommittedEnd() + WalReserve::kDefaultChunkBytes,
                 qPrintable(QStringLiteral("log %1 bytes, frames end at %2")
                                .arg(reserved)
                                .arg(m_store->walCommittedEnd())));
        for (quint64 version = 2; version <= 4; ++version) {
            const qint64 before = m_store->walCommittedEnd();
            QCOMPARE(m_store
                         ->integrateUpload(m_realm, a,
                                           {{version,
                                             qint64(version),
                                             {set(QStringLiteral("k"), QByteArray(3000, 'v'))}}})
                         .status,
                     SqliteRealmStorage::Integration::Status::Integrated);
            QVERIFY(m_store->walCommittedEnd() > before);
            QCOMPARE(QFileInfo(log.filePath()).size(), reserved);
        }
    }

    void aStoreOpensWithItsLogReserved()
    {
        // The first group commit already syncs into blocks the log has: the reserve is made
        // when the store opens, not after that commit, where the next upload waited for it.
        QVERIFY(m_store->walCommittedEnd() > 0); // the open's own commits
        const qint64 reserved = QFileInfo(m_store->databasePath() + QStringLiteral("-wal")).size();
        QVERIFY2(reserved >= m_store->walCommittedEnd() + WalReserve::kDefaultChunkBytes,
                 qPrintable(QStringLiteral("log %1 bytes, frames end at %2")
                                .arg(reserved)
                                .arg(m_store->walCommittedEnd())));
    }

    void aLogWithAReserveLosesNoCommit()
    {
        // What a killed server leaves: the database and its log as they are now (no
        // checkpoint, no shared-memory index), zeros past the last commit. Every commit is
        // recovered from the log.
        const quint64 a = m_store->allocateClientFile(m_realm, QStringLiteral("owner"));
        for (quint64 version = 1; version <= 5; ++version) {
            QCOMPARE(m_store
                         ->integrateUpload(m_realm, a,
                                           {{version,
                                             qint64(version),
                                             {set(QStringLiteral("k%1").arg(version), "v")}}})
                         .status,
                     SqliteRealmStorage::Integration::Status::Integrated);
            m_store->prepareNextCommit();
        }
        const QString copyDir = m_dir.filePath(QStringLiteral("killed"));
        QVERIFY(QDir().mkpath(copyDir));
        const QString copy = SqliteRealmStorage::databasePathIn(copyDir);
        QVERIFY(QFile::copy(m_store->databasePath(), copy));
        QVERIFY(QFile::copy(m_store->databasePath() + QStringLiteral("-wal"),
                            copy + QStringLiteral("-wal")));
        QVERIFY(QFileInfo(copy + QStringLiteral("-wal")).size() > m_store->walCommittedEnd());

        SqliteRealmStorage recovered(QStringLiteral("tst_realmstore_recovered"));
        QString error;
        QVERIFY2(recovered.open(copyDir, &error), qPrintable(error));
        QCOMPARE(recovered.uploadCursor(m_realm, a), std::optional<quint64>(5));
        QCOMPARE(recovered.headVersion(m_realm), std::optional<quint64>(5));
        QCOMPARE(recovered.snapshot(m_realm)->size(), 5);
    }

    void theReserveKeepsTheAutomaticCheckpoint()
    {
        // The reserve takes over SQLite's WAL hook, and with it the automatic checkpoint:
        // at the given number of frames the log is checkpointed and then reused from the start.
        sqlite3 *db = nullptr;
        const QByteArray path = QFile::encodeName(m_dir.filePath(QStringLiteral("raw.sqlite")));
        QCOMPARE(sqlite3_open(path.constData(), &db), SQLITE_OK);
        const auto closeDb = qScopeGuard([&] { sqlite3_close(db); });
        QCOMPARE(sqlite3_exec(db, "PRAGMA journal_mode=WAL; CREATE TABLE t (v BLOB)", nullptr,
                              nullptr, nullptr),
                 SQLITE_OK);
        {
            WalReserve reserve(db, 20, 1024 * 1024, 64 * 1024);
            qint64 highest = 0;
            bool restarted = false;
            for (int i = 0; i < 40 && !restarted; ++i) {
                QCOMPARE(sqlite3_exec(db, "INSERT INTO t VALUES (zeroblob(3000))", nullptr, nullptr,
                                      nullptr),
                         SQLITE_OK);
                restarted = reserve.committedEnd() < highest;
                highest = std::max(highest, reserve.committedEnd());
                QString error;
                QVERIFY2(reserve.topUp(&error), qPrintable(error));
            }
            QVERIFY(restarted);
        }
        sqlite3_int64 rows = 0;
        sqlite3_stmt *count = nullptr;
        QCOMPARE(sqlite3_prepare_v2(db, "SELECT count(*) FROM t", -1, &count, nullptr), SQLITE_OK);
        QCOMPARE(sqlite3_step(count), SQLITE_ROW);
        rows = sqlite3_column_int64(count, 0);
        sqlite3_finalize(count);
        QVERIFY(rows > 0);
    }

    void theReserveHandsEveryCommitOnToTheNextHook()
    {
        // A connection has one WAL hook: the reserve takes the commits first and hands them on
        // (to the WAL checkpointer in the server), and gives the hook back when it goes.
        sqlite3 *db = nullptr;
        const QByteArray path = QFile::encodeName(m_dir.filePath(QStringLiteral("chain.sqlite")));
        QCOMPARE(sqlite3_open(path.constData(), &db), SQLITE_OK);
        const auto closeDb = qScopeGuard([&] { sqlite3_close(db); });
        QCOMPARE(sqlite3_exec(db, "PRAGMA journal_mode=WAL; CREATE TABLE t (v BLOB)", nullptr,
                              nullptr, nullptr),
                 SQLITE_OK);
        QList<int> seen;
        const WalReserve::WalHook next = [](void *out, sqlite3 *, const char *, int frames) {
            static_cast<QList<int> *>(out)->append(frames);
            return SQLITE_OK;
        };
        sqlite3_wal_hook(db, next, &seen);
        {
            WalReserve reserve(db, 2, 1024 * 1024, 64 * 1024);
            reserve.forwardCommitsTo(next, &seen);
            for (int i = 0; i < 3; ++i) {
                QCOMPARE(sqlite3_exec(db, "INSERT INTO t VALUES (zeroblob(3000))", nullptr, nullptr,
                                      nullptr),
                         SQLITE_OK);
            }
            QCOMPARE(seen.size(), 3);
            QVERIFY(reserve.committedEnd() > 0);
            // Handed on, not checkpointed at its own 2 frames: the log only grew.
            QVERIFY(seen.at(0) < seen.at(1) && seen.at(1) < seen.at(2));
        }
        QCOMPARE(sqlite3_exec(db, "INSERT INTO t VALUES (1)", nullptr, nullptr, nullptr),
                 SQLITE_OK);
        QCOMPARE(seen.size(), 4); // the hook is the next one's again
    }

    void openFailsClearly()
    {
        SqliteRealmStorage store(QStringLiteral("tst_realmstore_fail"));
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
