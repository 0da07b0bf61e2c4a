// PostgresRealmStorage against a private PostgreSQL cluster (TestSupport::PostgresCluster):
// awkward keys and large values byte for byte, a refused upload failing alone in its group
// (refused by our checks or by the database), a group commit of a few statements whatever its
// size, last writer wins within a group as in SQLite,
// one notification batch for 500 realms split below PostgreSQL's payload limit, the schema
// version, and a database that goes away and comes back.

#include "clusterlistener.h"
#include "postgresrealmstorage.h"
#include "realmtailcache.h"
#include "sqliterealmstorage.h"

#include <syncscope/protocol/codec.h>
#include <syncscope/testsupport/postgrescluster.h>

#include <QFile>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace syncscope;
using namespace syncscope::protocol;
using syncscope::server::ClusterListener;
using syncscope::server::PostgresRealmStorage;
using syncscope::server::RealmStorage;
using syncscope::server::RealmTailCache;
using syncscope::server::SqliteRealmStorage;
using syncscope::testsupport::PostgresCluster;

namespace {

Operation set(const QString &key, const QByteArray &value)
{
    return {Operation::Kind::Set, key, value};
}

UploadChangeset changeset(quint64 clientVersion, QList<Operation> operations)
{
    return {clientVersion, QDateTime::currentMSecsSinceEpoch(), std::move(operations)};
}

} // namespace

class PostgresStorageTest final : public QObject
{
    Q_OBJECT

    std::unique_ptr<PostgresCluster> m_cluster;
    std::unique_ptr<PostgresRealmStorage> m_store;
    int m_databases = 0;
    QString m_conninfo;
    QString m_databaseName;

    std::unique_ptr<PostgresRealmStorage> openStore(QString *error)
    {
        auto store = std::make_unique<PostgresRealmStorage>(
            QStringLiteral("tst_postgresstorage-%1").arg(++m_databases), QStringLiteral("node-a"));
        if (!store->open(m_conninfo, {}, error))
            return nullptr;
        return store;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString why = PostgresCluster::unavailableReason(); !why.isEmpty())
            QSKIP(qPrintable(why));
        m_cluster = std::make_unique<PostgresCluster>();
        QString error;
        QVERIFY2(m_cluster->start(&error), qPrintable(error));
    }

    void init()
    {
        if (!m_cluster)
            return;
        // A fresh database per test function.
        m_databaseName = QStringLiteral("t%1").arg(++m_databases);
        QString error;
        QVERIFY2(m_cluster->createDatabase(m_databaseName, &error), qPrintable(error));
        m_conninfo = m_cluster->conninfo(m_databaseName);
        m_store = openStore(&error);
        QVERIFY2(m_store, qPrintable(error));
    }

    void cleanup() { m_store.reset(); }

    void cleanupTestCase()
    {
        m_store.reset();
        m_cluster.reset();
    }

    void aKeyThatBeginsWithAByteOrderMarkIsItsOwnKey()
    {
        // QString::fromUtf8 drops a U+FEFF at the start as a byte-order mark: a snapshot read
        // that way put such a key's value under the key without it.
        const qint64 realm = m_store->realmId(QStringLiteral("/marked")).value();
        const quint64 file = m_store->allocateClientFile(realm, QStringLiteral("alice"));
        const QString marked = QChar(0xFEFF) + QStringLiteral("k");
        const auto results = m_store->integrateUploads(
            {{realm,
              file,
              {changeset(1, {set(QStringLiteral("k"), "plain"), set(marked, "marked")})}}});
        QCOMPARE(results.size(), 1);
        QCOMPARE(int(results.first().status), int(RealmStorage::Integration::Status::Integrated));
        const auto state = m_store->snapshot(realm);
        QVERIFY(state);
        QCOMPARE(state->size(), 2);
        QCOMPARE(state->value(QStringLiteral("k")), QByteArray("plain"));
        QCOMPARE(state->value(marked), QByteArray("marked"));
    }

    void keyWithNulAndEightMebibyteValueRoundTrip()
    {
        const qint64 realm = m_store->realmId(QStringLiteral("/awkward")).value();
        const quint64 file = m_store->allocateClientFile(realm, QStringLiteral("alice"));
        QVERIFY(file != 0);
        const QString nulKey =
            QStringLiteral("a") + QChar(u'\0') + QStringLiteral("b\u00e9\U0001F600");
        QByteArray big(8 * 1024 * 1024, Qt::Uninitialized);
        QRandomGenerator generator(7);
        generator.fillRange(reinterpret_cast<quint32 *>(big.data()), big.size() / 4);
        big[0] = '\0'; // binary from the first byte on
        const QByteArray small("x\0y\xff", 4);

        const auto results =
            m_store->integrateUploads({{realm,
                                        file,
                                        {changeset(1, {set(nulKey, small)}),
                                         changeset(2, {set(QStringLiteral("big"), big)})}}});
        QCOMPARE(results.size(), 1);
        QCOMPARE(int(results.first().status), int(RealmStorage::Integration::Status::Integrated));
        QCOMPARE(results.first().head, quint64(2));

        const auto state = m_store->snapshot(realm);
        QVERIFY(state);
        QCOMPARE(state->size(), 2);
        QVERIFY(state->contains(nulKey));
        QCOMPARE(state->value(nulKey), small);
        QVERIFY(state->value(QStringLiteral("big")) == big);

        // And as another client downloads them.
        const quint64 reader = m_store->allocateClientFile(realm, QStringLiteral("bob"));
        const auto batch = m_store->readDownload(realm, reader, 0, 64 * 1024 * 1024);
        QVERIFY(batch);
        QCOMPARE(batch->changesets.size(), 2);
        QCOMPARE(batch->changesets.at(0).operations.first().key, nulKey);
        QCOMPARE(batch->changesets.at(0).operations.first().value, small);
        QVERIFY(batch->changesets.at(1).operations.first().value == big);
        QCOMPARE(batch->cursor, quint64(2));
        QCOMPARE(batch->remainingBytes, quint64(0));
    }

    // Keys, values and ops travel in libpq's binary protocol: every byte value, an empty value
    // (which is not NULL), a removed key (which is), and a download whose batch ends before a
    // changeset that does not fit, which is then read whole by the next batch.
    void valuesAtTheEdgesRoundTripThroughTheBinaryProtocol()
    {
        const qint64 realm = m_store->realmId(QStringLiteral("/edges")).value();
        const quint64 file = m_store->allocateClientFile(realm, QStringLiteral("alice"));
        QVERIFY(file != 0);
        // Every byte value, more than the tail cache holds: the first download reads it from
        // the database.
        QByteArray everyByte;
        for (int i = 0; i < 256; ++i)
            everyByte.append(char(i));
        everyByte = everyByte.repeated(int(RealmTailCache::kMaxBytes / 256) + 1);
        const QString nulOnlyKey(1, QChar(u'\0'));
        const quint64 before = m_store->binaryStatements();

        const auto results = m_store->integrateUploads(
            {{realm,
              file,
              {changeset(1, {set(QStringLiteral("every"), everyByte),
                             set(QStringLiteral("empty"), QByteArray()),
                             set(nulOnlyKey, QByteArray(1, '\0')),
                             set(QStringLiteral("gone"), QByteArrayLiteral("x"))}),
               changeset(2, {{Operation::Kind::Remove, QStringLiteral("gone"), {}}}),
               changeset(3, {set(QStringLiteral("one"), QByteArray(1, '\xff'))})}}});
        QCOMPARE(results.size(), 1);
        QCOMPARE(int(results.first().status), int(RealmStorage::Integration::Status::Integrated));
        QCOMPARE(results.first().head, quint64(3));
        QVERIFY2(m_store->binaryStatements() > before, "the writes took Qt's text path");

        const auto state = m_store->snapshot(realm);
        QVERIFY(state);
        QCOMPARE(state->size(), 4);
        QCOMPARE(state->value(QStringLiteral("every")), everyByte);
        QVERIFY(state->contains(QStringLiteral("empty")));
        QCOMPARE(state->value(QStringLiteral("empty")).size(), 0);
        QCOMPARE(state->value(nulOnlyKey), QByteArray(1, '\0'));
        QCOMPARE(state->value(QStringLiteral("one")), QByteArray(1, '\xff'));
        QVERIFY(!state->contains(QStringLiteral("gone")));
        QString connectionName;
        const auto removeConnection = qScopeGuard([&connectionName] {
            if (!connectionName.isEmpty())
                QSqlDatabase::removeDatabase(connectionName);
        });
        {
            QString error;
            QSqlDatabase check = m_cluster->connect(m_databaseName, &error);
            QVERIFY2(check.isOpen(), qPrintable(error));
            connectionName = check.connectionName();
            QSqlQuery query(check);
            QVERIFY(query.exec(QStringLiteral("SELECT value IS NULL, removed FROM entries"
                                              " WHERE key = 'empty'::bytea OR key = 'gone'::bytea"
                                              " ORDER BY key")));
            QVERIFY(query.next()); // "empty": an empty value, not NULL
            QCOMPARE(query.value(0).toBool(), false);
            QCOMPARE(query.value(1).toBool(), false);
            QVERIFY(query.next()); // "gone": removed, its value NULL
            QCOMPARE(query.value(0).toBool(), true);
            QCOMPARE(query.value(1).toBool(), true);
            query.finish();
            check.close();
        }

        // A reader whose batch limit ends inside the run: the first batch stops before the
        // changeset that does not fit, the next one starts with it.
        const quint64 reader = m_store->allocateClientFile(realm, QStringLiteral("bob"));
        const quint64 firstSize =
            quint64(encodeOperations({set(QStringLiteral("every"), everyByte),
                                      set(QStringLiteral("empty"), QByteArray()),
                                      set(nulOnlyKey, QByteArray(1, '\0')),
                                      set(QStringLiteral("gone"), QByteArrayLiteral("x"))})
                        .size());
        const auto first = m_store->readDownload(realm, reader, 0, qint64(firstSize));
        QVERIFY(first);
        QCOMPARE(first->changesets.size(), 1);
        QCOMPARE(first->changesets.first().operations.first().value, everyByte);
        QCOMPARE(first->changesets.first().operations.at(2).key, nulOnlyKey);
        QCOMPARE(first->cursor, quint64(1));
        QVERIFY(first->remainingBytes > 0);
        const auto rest = m_store->readDownload(realm, reader, first->cursor, 1024 * 1024);
        QVERIFY(rest);
        QCOMPARE(rest->changesets.size(), 2);
        QCOMPARE(int(rest->changesets.at(0).operations.first().kind), int(Operation::Kind::Remove));
        QCOMPARE(rest->changesets.at(1).operations.first().value, QByteArray(1, '\xff'));
        QCOMPARE(rest->cursor, quint64(3));
        QCOMPARE(rest->remainingBytes, quint64(0));
    }

    // A group of BINDs is one pipeline: the realms created on first use, the new client files
    // and the totals, with the results each request would have had on its own (as the SQLite
    // store gives them): totals without the request's own new client file.
    void bindsOfAGroupTakeOnePipelineWithTheirOwnResults()
    {
        const qint64 existing = m_store->realmId(QStringLiteral("/r")).value();
        const quint64 writer = m_store->allocateClientFile(existing, QStringLiteral("writer"));
        const auto written = m_store->integrateUploads(
            {{existing, writer, {changeset(1, {set(QStringLiteral("k"), QByteArray(100, 'v'))})}}});
        QCOMPARE(int(written.value(0).status), int(RealmStorage::Integration::Status::Integrated));
        const quint64 historyBytes = m_store->totals(existing)->historyBytes;
        QVERIFY(historyBytes > 0);

        const QString newPath = QStringLiteral("/neu/\u00e4\u00f6\u00fc/\u65b0");
        const QString owner = QStringLiteral("b\u00f6b");
        const quint64 before = m_store->binaryStatements();
        const QList<RealmStorage::Binding> bound =
            m_store->bindAll({{QStringLiteral("/r"), QStringLiteral("alice"), true, true},
                              {newPath, owner, true, false},
                              {newPath, owner, false, true},
                              {newPath, owner, true, true}});
        QCOMPARE(m_store->binaryStatements() - before, quint64(3)); // one pipeline
        QCOMPARE(bound.size(), 4);
        QCOMPARE(bound.at(0).realmId, std::optional<qint64>(existing));
        QVERIFY(bound.at(0).totals);
        QCOMPARE(bound.at(0).totals->head, quint64(1));
        QCOMPARE(bound.at(0).totals->historyBytes, historyBytes);
        QCOMPARE(bound.at(0).totals->clientFiles, quint64(1)); // the writer's, not its own
        QVERIFY(bound.at(1).realmId && *bound.at(1).realmId != existing); // created on first use
        QCOMPARE(bound.at(2).realmId, bound.at(1).realmId);
        QCOMPARE(bound.at(3).realmId, bound.at(1).realmId);
        QVERIFY(!bound.at(1).totals);
        QCOMPARE(bound.at(2).clientFileId, quint64(0));        // not asked for
        QCOMPARE(bound.at(2).totals->clientFiles, quint64(1)); // the second request's
        QCOMPARE(bound.at(3).totals->clientFiles, quint64(1)); // still not its own
        QCOMPARE(bound.at(3).totals->head, quint64(0));
        const quint64 alice = bound.at(0).clientFileId;
        const quint64 bob = bound.at(1).clientFileId;
        const quint64 bob2 = bound.at(3).clientFileId;
        QVERIFY(alice > 0 && bob > 0 && bob2 > 0);
        QVERIFY(alice != bob && bob != bob2 && alice != bob2);
        QCOMPARE(m_store->clientFileOwner(alice), std::optional<QString>(QStringLiteral("alice")));
        QCOMPARE(m_store->clientFileOwner(bob), std::optional<QString>(owner));
        QCOMPARE(m_store->uploadCursor(*bound.at(1).realmId, bob2), std::optional<quint64>(0));
        QVERIFY(!m_store->uploadCursor(existing, bob)); // belongs to the new realm
        QCOMPARE(m_store->realmId(newPath), bound.at(1).realmId);
        QCOMPARE(m_store->totals(*bound.at(1).realmId)->clientFiles, quint64(2));

        // Bound again: the same realms, nothing created twice.
        const QList<RealmStorage::Binding> again =
            m_store->bindAll({{newPath, owner, false, true},
                              {QStringLiteral("/r"), QStringLiteral("alice"), false, false}});
        QCOMPARE(again.at(0).realmId, bound.at(1).realmId);
        QCOMPARE(again.at(0).totals->clientFiles, quint64(2));
        QCOMPARE(again.at(1).realmId, std::optional<qint64>(existing));
    }

    void headsOfAThousandRealmsAreOneBinaryStatement()
    {
        // The nodes' poll reads the heads of every realm a node serves: the ids go as one
        // binary array, not as a thousand numbers in SQL text for the database to parse.
        QList<RealmStorage::BindRequest> requests;
        for (int i = 0; i < 1000; ++i)
            requests.append(
                {QStringLiteral("/heads/%1").arg(i), QStringLiteral("a"), i == 0, false});
        const QList<RealmStorage::Binding> bound = m_store->bindAll(requests);
        QList<qint64> realms;
        for (const RealmStorage::Binding &binding : bound)
            realms.append(binding.realmId.value());
        const auto written = m_store->integrateUploads(
            {{realms.first(),
              bound.first().clientFileId,
              {changeset(1, {set(QStringLiteral("k"), QByteArray("v"))})}}});
        QCOMPARE(int(written.value(0).status), int(RealmStorage::Integration::Status::Integrated));

        const quint64 before = m_store->binaryStatements();
        const auto heads = m_store->heads(realms + QList<qint64>{realms.last() + 1000});
        QCOMPARE(m_store->binaryStatements() - before, quint64(1));
        QVERIFY(heads);
        QCOMPARE(heads->size(), qsizetype(1000)); // an unknown realm has no head
        QCOMPARE(heads->value(realms.first()), quint64(1));
        QCOMPARE(heads->value(realms.last(), 99), quint64(0));
        const auto none = m_store->heads({});
        QVERIFY(none && none->isEmpty());
    }

    void refusedUploadFailsAloneInItsGroup()
    {
        const qint64 realm = m_store->realmId(QStringLiteral("/group")).value();
        const quint64 good = m_store->allocateClientFile(realm, QStringLiteral("a"));
        const quint64 bad = m_store->allocateClientFile(realm, QStringLiteral("b"));
        const quint64 later = m_store->allocateClientFile(realm, QStringLiteral("c"));
        // The bad one repeats client version 2 after 3: refused, and its second upload in the
        // same group with it; the others are stored around it.
        const auto results = m_store->integrateUploads({
            {realm, good, {changeset(1, {set(QStringLiteral("g"), "1")})}},
            {realm,
             bad,
             {changeset(3, {set(QStringLiteral("b1"), "1")}),
              changeset(2, {set(QStringLiteral("b2"), "2")})}},
            {realm, bad, {changeset(4, {set(QStringLiteral("b3"), "3")})}},
            {realm, later, {changeset(1, {set(QStringLiteral("l"), "1")})}},
        });
        QCOMPARE(results.size(), 4);
        using Status = RealmStorage::Integration::Status;
        QCOMPARE(int(results.at(0).status), int(Status::Integrated));
        QCOMPARE(int(results.at(1).status), int(Status::BadClientVersion));
        QCOMPARE(int(results.at(2).status), int(Status::BadClientVersion));
        QCOMPARE(int(results.at(3).status), int(Status::Integrated));
        QCOMPARE(results.at(3).head, quint64(2)); // no version went to the refused upload

        const auto state = m_store->snapshot(realm);
        QVERIFY(state);
        QCOMPARE(QSet<QString>(state->keyBegin(), state->keyEnd()),
                 (QSet<QString>{QStringLiteral("g"), QStringLiteral("l")}));
        QCOMPARE(m_store->uploadCursor(realm, bad).value(), quint64(0));
        QCOMPARE(m_store->headVersion(realm).value(), quint64(2));
        // A re-upload of what was stored is skipped, not stored twice.
        const auto again = m_store->integrateUploads(
            {{realm, good, {changeset(1, {set(QStringLiteral("g"), "1")})}}});
        QCOMPARE(int(again.first().status), int(Status::Integrated));
        QCOMPARE(again.first().integratedChangesets, quint64(0));
        QCOMPARE(m_store->headVersion(realm).value(), quint64(2));
    }

    // The group commit is two round trips for the whole batch: as many for 200 uploads over
    // 20 realms as for one upload (before, each upload was about eight statements in a row).
    void groupCommitIsTwoRoundTripsWhateverTheBatchSize()
    {
        QList<qint64> realms;
        QList<quint64> files;
        for (int i = 0; i < 20; ++i) {
            realms.append(m_store->realmId(QStringLiteral("/batch/%1").arg(i)).value());
            for (int j = 0; j < 10; ++j)
                files.append(m_store->allocateClientFile(realms.last(), QStringLiteral("a")));
        }
        // Both statement shapes prepared before counting.
        QCOMPARE(int(m_store
                         ->integrateUploads({{realms.first(),
                                              files.first(),
                                              {changeset(1, {set(QStringLiteral("warm"), "up")})}}})
                         .first()
                         .status),
                 int(RealmStorage::Integration::Status::Integrated));
        const auto one = m_store->integrateUploads(
            {{realms.first(), files.first(), {changeset(2, {set(QStringLiteral("k"), "v")})}}});
        QCOMPARE(int(one.first().status), int(RealmStorage::Integration::Status::Integrated));
        const quint64 forOne = m_store->lastCommitRoundTrips();

        QList<RealmStorage::PendingUpload> uploads;
        for (qsizetype i = 0; i < files.size(); ++i) {
            const qint64 realm = realms.at(i / 10);
            const quint64 version = i < 1 ? 3 : 1;
            uploads.append(
                {realm,
                 files.at(i),
                 {changeset(version, {set(QStringLiteral("k%1").arg(i), "v"),
                                      set(QStringLiteral("shared"), QByteArray::number(i))}),
                  changeset(version + 1, {})}});
        }
        const auto results = m_store->integrateUploads(uploads);
        for (const auto &result : results)
            QCOMPARE(int(result.status), int(RealmStorage::Integration::Status::Integrated));
        QCOMPARE(m_store->lastCommitRoundTrips(), forOne);
        QCOMPARE(forOne, quint64(2));
        for (const qint64 realm : std::as_const(realms)) {
            const quint64 expected = realm == realms.first() ? 12 : 10;
            QCOMPARE(m_store->headVersion(realm).value(), expected);
            QCOMPARE(m_store->snapshot(realm)->size(), realm == realms.first() ? 13 : 11);
        }
        QCOMPARE(m_store->uploadCursor(realms.last(), files.last()).value(), quint64(2));
        const auto totals = m_store->totals(realms.at(1));
        QVERIFY(totals);
        QCOMPARE(totals->clientFiles, quint64(10));
    }

    // A statement the database refuses for one upload's rows (a trigger here, standing in for
    // any constraint) fails the batch as a whole; then it is stored upload by upload, each in
    // its own savepoint, so that upload fails alone, and the rest commits.
    void uploadTheDatabaseRefusesFailsAloneAndTheRestCommits()
    {
        QString error;
        QSqlDatabase admin = m_cluster->connect(m_databaseName, &error);
        QVERIFY2(admin.isValid(), qPrintable(error));
        const auto closeAdmin = qScopeGuard([&admin] {
            const QString name = admin.connectionName();
            admin.close();
            admin = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
        });
        QSqlQuery ddl(admin);
        QVERIFY2(ddl.exec(QStringLiteral(
                     "CREATE FUNCTION refuse_poison() RETURNS trigger LANGUAGE plpgsql AS $$"
                     " BEGIN IF NEW.key = 'poison'::bytea THEN RAISE EXCEPTION 'poisoned';"
                     " END IF; RETURN NEW; END $$")),
                 qPrintable(ddl.lastError().text()));
        QVERIFY2(ddl.exec(QStringLiteral("CREATE TRIGGER refuse_poison BEFORE INSERT OR UPDATE"
                                         " ON entries FOR EACH ROW EXECUTE FUNCTION"
                                         " refuse_poison()")),
                 qPrintable(ddl.lastError().text()));

        const qint64 realm = m_store->realmId(QStringLiteral("/poison")).value();
        const qint64 other = m_store->realmId(QStringLiteral("/clean")).value();
        const quint64 good = m_store->allocateClientFile(realm, QStringLiteral("a"));
        const quint64 bad = m_store->allocateClientFile(realm, QStringLiteral("b"));
        const quint64 elsewhere = m_store->allocateClientFile(other, QStringLiteral("c"));
        const auto results = m_store->integrateUploads({
            {realm, good, {changeset(1, {set(QStringLiteral("g"), "1")})}},
            {realm, bad, {changeset(1, {set(QStringLiteral("poison"), "x")})}},
            {realm, bad, {changeset(2, {set(QStringLiteral("after"), "y")})}},
            {other, elsewhere, {changeset(1, {set(QStringLiteral("e"), "1")})}},
            {realm, good, {changeset(2, {set(QStringLiteral("g2"), "2")})}},
        });
        QCOMPARE(results.size(), 5);
        using Status = RealmStorage::Integration::Status;
        QCOMPARE(int(results.at(0).status), int(Status::Integrated));
        QCOMPARE(int(results.at(1).status), int(Status::StorageError));
        QVERIFY2(results.at(1).error.contains(QStringLiteral("poisoned")),
                 qPrintable(results.at(1).error));
        QCOMPARE(int(results.at(2).status), int(Status::StorageError)); // with its file's first
        QCOMPARE(int(results.at(3).status), int(Status::Integrated));
        QCOMPARE(int(results.at(4).status), int(Status::Integrated));
        QCOMPARE(results.at(4).head, quint64(2)); // no version went to the refused upload

        QCOMPARE(m_store->headVersion(realm).value(), quint64(2));
        QCOMPARE(m_store->headVersion(other).value(), quint64(1));
        const auto state = m_store->snapshot(realm);
        QVERIFY(state);
        QCOMPARE(QSet<QString>(state->keyBegin(), state->keyEnd()),
                 (QSet<QString>{QStringLiteral("g"), QStringLiteral("g2")}));
        QCOMPARE(m_store->uploadCursor(realm, bad).value(), quint64(0));
        QCOMPARE(m_store->uploadCursor(realm, good).value(), quint64(2));

        // The next batch without the poisoned key is one set again, and the refused client
        // stores its work once it sends something the database takes.
        const auto next = m_store->integrateUploads(
            {{realm, bad, {changeset(1, {set(QStringLiteral("cured"), "z")})}}});
        QCOMPARE(int(next.first().status), int(Status::Integrated));
        QCOMPARE(next.first().head, quint64(3));
    }

    // Last writer wins within one batch exactly as operation by operation in SQLite: the same
    // uploads through both back ends leave the same entries (client file ids are random in
    // each, so the files are matched by their order, which is all the rule compares).
    void lastWriterWinsWithinABatchAsInSqlite()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        SqliteRealmStorage sqlite(QStringLiteral("tst_postgresstorage-sqlite"));
        QString error;
        QVERIFY2(sqlite.open(dir.path(), &error), qPrintable(error));
        const auto sortedFiles = [](RealmStorage &store, qint64 realm) {
            QList<quint64> files;
            for (int i = 0; i < 3; ++i)
                files.append(store.allocateClientFile(realm, QStringLiteral("f%1").arg(i)));
            std::sort(files.begin(), files.end());
            return files;
        };
        const qint64 pgRealm = m_store->realmId(QStringLiteral("/lww")).value();
        const qint64 sqliteRealm = sqlite.realmId(QStringLiteral("/lww")).value();
        const QList<quint64> pgFiles = sortedFiles(*m_store, pgRealm);
        const QList<quint64> sqliteFiles = sortedFiles(sqlite, sqliteRealm);

        const qint64 t = QDateTime::currentMSecsSinceEpoch() - 100'000;
        const auto at = [](quint64 version, qint64 timestamp, QList<Operation> operations) {
            return UploadChangeset{version, timestamp, std::move(operations)};
        };
        const auto remove = [](const QString &key) {
            return Operation{Operation::Kind::Remove, key, {}};
        };
        const QString k1 = QStringLiteral("k1"), k2 = QStringLiteral("k2"),
                      k3 = QStringLiteral("k3"), k4 = QStringLiteral("k4"),
                      k5 = QStringLiteral("k5"), k6 = QStringLiteral("k6"),
                      k7 = QStringLiteral("k7");
        // (file index, changesets) per upload; batch 0 is the stored state, batch 1 one group.
        using Upload = std::pair<int, QList<UploadChangeset>>;
        const QList<QList<Upload>> batches{
            {{1,
              {at(1, t, {set(k1, "1a"), set(k2, "2a"), set(k3, "3a"), set(k4, "4a")}),
               at(2, t + 50, {set(k7, "7-stored")})}}},
            {
                {0,
                 {at(1, t, {set(k1, "1-older-file")}),
                  at(2, t + 1, {remove(k2), set(k7, "7-older")})}},
                {2, {at(1, t, {set(k1, "1-newer-file")})}},
                {2, {at(2, t - 1, {set(k3, "3-too-old-again")})}},
                {1, {at(3, t, {set(k3, "3-full-tie-later"), remove(k4)})}},
                {0, {at(3, t + 5, {set(k5, "5-low"), set(k2, "2-back")})}},
                {2, {at(3, t + 5, {set(k5, "5-high"), set(k6, "6a"), set(k6, "6b")})}},
                {1, {at(4, t + 5, {set(k5, "5-middle")}), at(5, t + 4, {remove(k6)})}},
            },
        };
        for (const QList<Upload> &batch : batches) {
            QList<RealmStorage::PendingUpload> pg, lite;
            for (const auto &[file, changesets] : batch) {
                pg.append({pgRealm, pgFiles.at(file), changesets});
                lite.append({sqliteRealm, sqliteFiles.at(file), changesets});
            }
            const auto pgResults = m_store->integrateUploads(pg);
            const auto sqliteResults = sqlite.integrateUploads(lite);
            QCOMPARE(pgResults.size(), sqliteResults.size());
            for (qsizetype i = 0; i < pgResults.size(); ++i) {
                QCOMPARE(int(pgResults.at(i).status), int(sqliteResults.at(i).status));
                QCOMPARE(pgResults.at(i).head, sqliteResults.at(i).head);
                QCOMPARE(pgResults.at(i).uploadCursor, sqliteResults.at(i).uploadCursor);
                QCOMPARE(pgResults.at(i).integratedBytes, sqliteResults.at(i).integratedBytes);
            }
        }
        const auto pgState = m_store->snapshot(pgRealm);
        const auto sqliteState = sqlite.snapshot(sqliteRealm);
        QVERIFY(pgState && sqliteState);
        QCOMPARE(*pgState, *sqliteState);
        const QHash<QString, QByteArray> expected{
            {k1, "1-newer-file"}, {k2, "2-back"}, {k3, "3-full-tie-later"},
            {k5, "5-high"},       {k6, "6b"},     {k7, "7-stored"}};
        QCOMPARE(*pgState, expected);
        // And the byte totals a download reports agree too.
        const quint64 pgReader = m_store->allocateClientFile(pgRealm, QStringLiteral("r"));
        const quint64 sqliteReader = sqlite.allocateClientFile(sqliteRealm, QStringLiteral("r"));
        const auto pgBatch = m_store->readDownload(pgRealm, pgReader, 0, 40);
        const auto sqliteBatch = sqlite.readDownload(sqliteRealm, sqliteReader, 0, 40);
        QVERIFY(pgBatch && sqliteBatch);
        QCOMPARE(pgBatch->cursor, sqliteBatch->cursor);
        QCOMPARE(pgBatch->remainingBytes, sqliteBatch->remainingBytes);
        QCOMPARE(pgBatch->head, sqliteBatch->head);
    }

    void oneBatchOf500RealmsNotifiesEveryRealmInPayloadsBelowTheLimit()
    {
        QString error;
        QSqlDatabase listener = m_cluster->connect(m_databaseName, &error);
        QVERIFY2(listener.isValid(), qPrintable(error));
        QVERIFY(listener.driver()->subscribeToNotification(
            QString::fromLatin1(PostgresRealmStorage::kHeadsChannel)));
        QStringList payloads;
        connect(listener.driver(), &QSqlDriver::notification, this,
                [&payloads](const QString &, QSqlDriver::NotificationSource,
                            const QVariant &payload) { payloads.append(payload.toString()); });

        // Realm ids of 19 digits: 500 of them take about 11,000 bytes, more than one payload.
        QVERIFY(QSqlQuery(listener).exec(
            QStringLiteral("ALTER SEQUENCE realms_id_seq RESTART WITH 1000000000000000000")));
        QList<RealmStorage::PendingUpload> uploads;
        for (int i = 0; i < 500; ++i) {
            const qint64 realm =
                m_store->realmId(QStringLiteral("/many/realm-with-a-longish-name-%1").arg(i))
                    .value();
            const quint64 file = m_store->allocateClientFile(realm, QStringLiteral("a"));
            uploads.append({realm, file, {changeset(1, {set(QStringLiteral("k"), "v")})}});
        }
        const auto results = m_store->integrateUploads(uploads);
        for (const auto &result : results)
            QCOMPARE(int(result.status), int(RealmStorage::Integration::Status::Integrated));

        // Another node (not node-a itself) reads every realm's new head from the payloads.
        QHash<qint64, quint64> heads;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                heads.clear();
                for (const QString &payload : std::as_const(payloads))
                    heads.insert(ClusterListener::parsePayload(payload, QStringLiteral("node-b")));
                return heads.size() == 500;
            }(),
            30'000);
        QVERIFY2(payloads.size() > 1, "500 realms do not fit one payload; they must be split");
        for (const QString &payload : std::as_const(payloads))
            QVERIFY(payload.toUtf8().size() < 8000);
        for (const auto &upload : std::as_const(uploads))
            QCOMPARE(heads.value(upload.realmId), quint64(1));
        // Its own notifications are nothing new to the node that sent them.
        QVERIFY(
            ClusterListener::parsePayload(payloads.first(), QStringLiteral("node-a")).isEmpty());
        const QString name = listener.connectionName();
        listener.close();
        listener = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    }

    void oneChangeIsReadOnceForEveryReaderOfTheNode()
    {
        const qint64 realm = m_store->realmId(QStringLiteral("/tail")).value();
        const quint64 writer = m_store->allocateClientFile(realm, QStringLiteral("w"));
        QList<quint64> readers;
        for (int i = 0; i < 10; ++i)
            readers.append(m_store->allocateClientFile(realm, QStringLiteral("r")));
        QList<UploadChangeset> changesets;
        for (quint64 v = 1; v <= 3; ++v)
            changesets.append(
                changeset(v, {set(QStringLiteral("k%1").arg(v), QByteArray(100, 'x'))}));
        QCOMPARE(int(m_store->integrateUploads({{realm, writer, changesets}}).first().status),
                 int(RealmStorage::Integration::Status::Integrated));

        const quint64 before = m_store->tailRowsRead();
        for (quint64 reader : std::as_const(readers)) {
            const auto batch = m_store->readDownload(realm, reader, 0, 1024 * 1024);
            QVERIFY(batch);
            QCOMPARE(batch->changesets.size(), 3);
            QCOMPARE(batch->cursor, quint64(3));
            QCOMPARE(batch->changesets.at(2).operations.first().key, QStringLiteral("k3"));
        }
        QCOMPARE(m_store->tailRowsRead() - before, quint64(3)); // not 30
        // The writer itself gets none of its own, and skips to the head.
        const auto own = m_store->readDownload(realm, writer, 0, 1024 * 1024);
        QVERIFY(own);
        QVERIFY(own->changesets.isEmpty());
        QCOMPARE(own->cursor, quint64(3));
        // A batch limit splits as the database path does: one changeset per ~100 bytes.
        const auto first = m_store->readDownload(realm, readers.first(), 0, 50);
        QVERIFY(first);
        QCOMPARE(first->changesets.size(), 1);
        QCOMPARE(first->cursor, quint64(1));
        QVERIFY(first->remainingBytes > 0);
    }

    void tailCacheKeepsARunWithoutGapsWithinItsBounds()
    {
        RealmTailCache cache;
        const auto entry = [](quint64 version, quint64 origin, quint64 size) {
            RealmTailCache::Entry e;
            e.changeset.serverVersion = version;
            e.changeset.originFileId = origin;
            e.size = size;
            return e;
        };
        cache.append(1, 4, {entry(5, 1, 10), entry(6, 2, 10), entry(7, 1, 10)});
        QCOMPARE(cache.last(1).value(), quint64(7));
        QVERIFY(!cache.read(1, 3, 3, 7, 1000)); // older than the tail: the database's job
        auto batch = cache.read(1, 2, 4, 7, 1000);
        QVERIFY(batch);
        QCOMPARE(batch->changesets.size(), 2); // 5 and 7, not its own 6
        QCOMPARE(batch->cursor, quint64(7));
        batch = cache.read(1, 2, 4, 7, 5); // each changeset alone
        QCOMPARE(batch->changesets.size(), 1);
        QCOMPARE(batch->cursor, quint64(5));
        QCOMPARE(batch->remainingBytes, quint64(10));
        // A gap starts the run over; a changeset over the byte budget is not held at all.
        cache.append(1, 7, {entry(9, 1, 10)});
        QCOMPARE(cache.last(1).value(), quint64(9));
        QVERIFY(!cache.read(1, 2, 7, 9, 1000));
        cache.append(1, 9, {entry(10, 1, RealmTailCache::kMaxBytes + 1)});
        QVERIFY(!cache.read(1, 2, 9, 10, 1000));
        QCOMPARE(cache.last(1).value(), quint64(10));
    }

    void schemaOneIsMigratedToTwo()
    {
        m_store.reset();
        QString error;
        QString name;
        {
            QSqlDatabase db = m_cluster->connect(m_databaseName, &error);
            QVERIFY2(db.isValid(), qPrintable(error));
            // What a server of schema 1 left: no nodes table (and no index of schema 3).
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("DROP TABLE nodes")));
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("DROP INDEX client_files_by_realm")));
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("UPDATE syncscope_schema SET version = 1")));
            name = db.connectionName();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        m_store = openStore(&error);
        QVERIFY2(m_store, qPrintable(error));
        RealmStorage::NodeInfo self;
        self.id = QStringLiteral("node-a");
        self.listen = {QStringLiteral("ws://127.0.0.1:1")};
        self.version = QStringLiteral("0");
        self.startedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        const auto nodes = m_store->heartbeat(self);
        QVERIFY(nodes);
        QCOMPARE(nodes->size(), 1);
        QCOMPARE(nodes->first().id, QStringLiteral("node-a"));
        QCOMPARE(nodes->first().listen, self.listen);
        QVERIFY(nodes->first().secondsSinceHeartbeat < 60);
    }

    // Schema 3 adds the index that a BIND's count of a realm's client files uses; a database
    // of schema 2 gets it on the next start, and keeps what it held.
    void schemaTwoIsMigratedToThree()
    {
        const qint64 realm = m_store->realmId(QStringLiteral("/kept")).value();
        const quint64 file = m_store->allocateClientFile(realm, QStringLiteral("alice"));
        QVERIFY(file != 0);
        m_store.reset();
        QString error;
        const auto hasIndex = [&] {
            QSqlDatabase db = m_cluster->connect(m_databaseName, &error);
            QSqlQuery query(db);
            const bool found =
                query.exec(QStringLiteral("SELECT count(*) FROM pg_indexes WHERE indexname ="
                                          " 'client_files_by_realm'")) &&
                query.next() && query.value(0).toInt() == 1;
            query.finish();
            const QString name = db.connectionName();
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return found;
        };
        QVERIFY(hasIndex());
        {
            QSqlDatabase db = m_cluster->connect(m_databaseName, &error);
            QVERIFY2(db.isValid(), qPrintable(error));
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("DROP INDEX client_files_by_realm")));
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("UPDATE syncscope_schema SET version = 2")));
            const QString name = db.connectionName();
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
        }
        QVERIFY(!hasIndex());
        m_store = openStore(&error);
        QVERIFY2(m_store, qPrintable(error));
        QVERIFY(hasIndex());
        QCOMPARE(m_store->totals(realm)->clientFiles, quint64(1));
        QCOMPARE(m_store->clientFileOwner(file), std::optional<QString>(QStringLiteral("alice")));
    }

    // A SyncServer embedded in an application that set no version (QCoreApplication's is then a
    // null string) still shows up in the nodes table: `version` is NOT NULL there.
    void nodeWithoutAVersionStillBeats()
    {
        RealmStorage::NodeInfo self;
        self.id = QStringLiteral("embedded");
        self.listen = {QStringLiteral("ws://127.0.0.1:2")};
        QVERIFY(self.version.isNull());
        self.startedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        const auto nodes = m_store->heartbeat(self);
        QVERIFY(nodes);
        QCOMPARE(nodes->size(), 1);
        QCOMPARE(nodes->first().id, QStringLiteral("embedded"));
        QCOMPARE(nodes->first().version, QString());
    }

    void newerSchemaIsRefused()
    {
        m_store.reset();
        QString error;
        QSqlDatabase db = m_cluster->connect(m_databaseName, &error);
        QVERIFY2(db.isValid(), qPrintable(error));
        QSqlQuery(db).exec(QStringLiteral("UPDATE syncscope_schema SET version = 99"));
        const QString name = db.connectionName();
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);

        QVERIFY(!openStore(&error));
        QVERIFY2(error.contains(QStringLiteral("newer")), qPrintable(error));
    }

    void connectionClosedWhileIdleIsReopenedWithoutAFailure()
    {
        QString error;
        QSqlDatabase admin = m_cluster->connect(m_databaseName, &error);
        QVERIFY2(admin.isValid(), qPrintable(error));
        // New sessions of this database are ended by the server after 1 s without a query.
        QVERIFY(QSqlQuery(admin).exec(
            QStringLiteral("ALTER DATABASE %1 SET idle_session_timeout = '1s'")
                .arg(m_databaseName)));
        m_store.reset();
        m_store = openStore(&error);
        QVERIFY2(m_store, qPrintable(error));
        const QString storeBackends = QStringLiteral(
            "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'syncscope-server'");
        const auto backends = [&] {
            QSqlQuery count(admin);
            return count.exec(storeBackends) && count.next() ? count.value(0).toInt() : -1;
        };
        QCOMPARE(backends(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(backends(), 0, 60'000); // closed by the server

        // Every kind of call succeeds at the first try on a new connection.
        const auto realm = m_store->realmId(QStringLiteral("/idle"));
        QVERIFY(realm);
        QTRY_COMPARE_WITH_TIMEOUT(backends(), 0, 60'000);
        const quint64 file = m_store->allocateClientFile(*realm, QStringLiteral("a"));
        QVERIFY(file != 0);
        QTRY_COMPARE_WITH_TIMEOUT(backends(), 0, 60'000);
        const auto stored = m_store->integrateUploads(
            {{*realm, file, {changeset(1, {set(QStringLiteral("k"), "v")})}}});
        QCOMPARE(int(stored.first().status), int(RealmStorage::Integration::Status::Integrated));
        QTRY_COMPARE_WITH_TIMEOUT(backends(), 0, 60'000);
        QCOMPARE(m_store->uploadCursor(*realm, file).value(), quint64(1));
        QTRY_COMPARE_WITH_TIMEOUT(backends(), 0, 60'000);
        QVERIFY(m_store->snapshot(*realm).value().contains(QStringLiteral("k")));
        const QString name = admin.connectionName();
        admin.close();
        admin = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    }

    void clusterOfADeadTestProcessIsStoppedByTheNextFixture()
    {
        auto orphan = std::make_unique<PostgresCluster>();
        QString error;
        QVERIFY2(orphan->start(&error), qPrintable(error));
        const QString directory = orphan->socketDirectory();
        // As if its test process had been killed: the owner is no process (above pid_max).
        QFile owner(directory + QStringLiteral("/owner.pid"));
        QVERIFY(owner.open(QIODevice::WriteOnly | QIODevice::Truncate));
        owner.write(QByteArray::number(999'999'999));
        owner.close();

        PostgresCluster next;
        QVERIFY2(next.start(&error), qPrintable(error));
        QVERIFY(!QFile::exists(directory + QStringLiteral("/data/postmaster.pid")));
        QVERIFY(!QFile::exists(directory));
        QVERIFY(m_cluster->isRunning()); // a live owner's cluster is left alone
        QVERIFY(m_store->realmId(QStringLiteral("/still-here")).has_value());
    }

    // Another test process's fixture between creating its owner file and writing its pid (as
    // the fixture wrote it before: two PostgreSQL tests starting at once under ctest -j2 once
    // deleted each other's cluster directory, and initdb failed with "could not identify
    // current directory").
    void clusterWhoseOwnerIsNotWrittenYetIsLeftAlone()
    {
        // Where the fixture puts its clusters.
        const QString base =
            QDir::tempPath().size() <= 60 ? QDir::tempPath() : QStringLiteral("/tmp");
        QTemporaryDir settingUp(base + QStringLiteral("/syncscope-pg-XXXXXX"));
        QVERIFY(settingUp.isValid());
        settingUp.setAutoRemove(true);
        QFile owner(settingUp.filePath(QStringLiteral("owner.pid")));
        QVERIFY(owner.open(QIODevice::WriteOnly)); // empty: its pid not written yet
        owner.close();
        QVERIFY(QDir().mkpath(settingUp.filePath(QStringLiteral("data"))));

        PostgresCluster::stopOrphans();
        QVERIFY(QFile::exists(settingUp.filePath(QStringLiteral("data"))));
        // Once its owner is known to be dead, it is an orphan.
        QVERIFY(owner.open(QIODevice::WriteOnly | QIODevice::Truncate));
        owner.write(QByteArray::number(999'999'999));
        owner.close();
        PostgresCluster::stopOrphans();
        QVERIFY(!QFile::exists(settingUp.path()));
    }

    void lostDatabaseFailsTheBatchThenReconnects()
    {
        const qint64 realm = m_store->realmId(QStringLiteral("/restart")).value();
        const quint64 file = m_store->allocateClientFile(realm, QStringLiteral("a"));
        QVERIFY(m_cluster->stop(/*immediate=*/true));
        const auto failed = m_store->integrateUploads(
            {{realm, file, {changeset(1, {set(QStringLiteral("k"), "v")})}}});
        QCOMPARE(int(failed.first().status), int(RealmStorage::Integration::Status::StorageError));
        QString error;
        QVERIFY2(m_cluster->start(&error), qPrintable(error));
        // Not acknowledged before, so the client sends it again: stored once, on the new
        // connection.
        const auto stored = m_store->integrateUploads(
            {{realm, file, {changeset(1, {set(QStringLiteral("k"), "v")})}}});
        QCOMPARE(int(stored.first().status), int(RealmStorage::Integration::Status::Integrated));
        QCOMPARE(m_store->headVersion(realm).value(), quint64(1));
    }
};

QTEST_GUILESS_MAIN(PostgresStorageTest)
#include "tst_postgresstorage.moc"
