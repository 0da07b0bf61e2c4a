// Several syncscope-server processes (nodes) sharing one private PostgreSQL cluster, with the
// client SDK: concurrent writers on three nodes converge with gapless server versions, fan-out
// survives the loss of a node's listening connection, a PostgreSQL crash mid-upload loses
// nothing acknowledged while the nodes recover by themselves, and a node SIGKILLed during a
// throttled upload sends its client to the other node with every write stored exactly once.

#include "clientconfigs.h"
#include "syncwait.h"

#include <syncscope/syncscope.h>
#include <syncscope/testsupport/postgrescluster.h>
#include <syncscope/testsupport/rawclient.h>
#include <syncscope/testsupport/serverprocess.h>
#include <syncscope/testsupport/tokens.h>
#include <syncscope/testsupport/waiting.h>

#include <syncscope/protocol/accesstoken.h>
#include <syncscope/protocol/codec.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

#include <memory>
#include <vector>

using namespace syncscope;
using namespace syncscope::reliability;
using syncscope::testsupport::PostgresCluster;
using syncscope::testsupport::ServerProcess;

namespace {

constexpr int kGenerousMs = 120'000; // a loaded 2-core machine, maybe under ASan

} // namespace

class PostgresNodesTest final : public QObject
{
    Q_OBJECT

    std::unique_ptr<PostgresCluster> m_cluster;
    std::unique_ptr<QTemporaryDir> m_temp;
    std::vector<std::unique_ptr<ServerProcess>> m_nodes;
    QByteArray m_secret;
    QString m_database;
    int m_databases = 0;
    int m_files = 0;
    QStringList m_extraArguments; // for every node startNodes() starts

    // The nodes share the database and the token secret, nothing else.
    bool startNodes(int count)
    {
        m_database = QStringLiteral("nodes%1").arg(++m_databases);
        QString error;
        if (!m_cluster->createDatabase(m_database, &error)) {
            qWarning() << error;
            return false;
        }
        m_secret = QByteArray(32, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(m_secret.data()), 8);
        const QString secretFile = m_temp->filePath(QStringLiteral("secret-%1").arg(m_databases));
        QFile file(secretFile);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                       QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
            file.write(m_secret) != m_secret.size())
            return false;
        file.close();
        for (int i = 0; i < count; ++i) {
            auto node = std::make_unique<ServerProcess>();
            // Later options win: the shared secret replaces the node's own.
            node->setExtraArguments(QStringList{QStringLiteral("--database"),
                                                m_cluster->conninfo(m_database),
                                                QStringLiteral("--secret-file"), secretFile} +
                                    m_extraArguments);
            if (!node->start()) {
                qWarning() << "node" << i << "did not start:" << node->errorString();
                return false;
            }
            m_nodes.push_back(std::move(node));
        }
        return true;
    }

    std::shared_ptr<Realm> open(App &app, int node, const QString &realmPath,
                                const QList<QUrl> &otherNodes = {})
    {
        const auto user = app.logIn(testsupport::mintToken(
            m_secret, QStringLiteral("user%1").arg(++m_files), {QStringLiteral("/rel/*")}));
        if (!user)
            return nullptr;
        SyncConfig config;
        config.serverUrl = m_nodes.at(size_t(node))->url();
        config.realmPath = realmPath;
        config.localPath = m_temp->filePath(QStringLiteral("client-%1.realm").arg(m_files));
        config.additionalServerUrls = otherNodes;
        return app.openRealm(user, config);
    }

    // A query of the test's own on the nodes' database; the first column of each row.
    QVariantList query(const QString &sql)
    {
        QVariantList values;
        QString error;
        QString name;
        {
            QSqlDatabase db = m_cluster->connect(m_database, &error);
            if (!db.isValid()) {
                qWarning() << error;
                return values;
            }
            name = db.connectionName();
            QSqlQuery q(db);
            if (!q.exec(sql))
                qWarning() << sql << q.lastError().text();
            while (q.next()) {
                QVariantList row;
                for (int i = 0; i < q.record().count(); ++i)
                    row.append(q.value(i));
                values.append(QVariant(row));
            }
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return values;
    }

    QVariantList row(const QString &sql)
    {
        const QVariantList rows = query(sql);
        return rows.isEmpty() ? QVariantList() : rows.first().toList();
    }

    // No gaps and no duplicates in a realm's history: count = max(version), and each origin
    // changeset stored once.
    void verifyHistory(const QString &realmPath, qint64 *count)
    {
        const QVariantList r =
            row(QStringLiteral("SELECT count(*), coalesce(max(server_version), 0),"
                               " count(DISTINCT (origin_file_id, client_version))"
                               " FROM changesets c JOIN realms r ON r.id = c.realm_id"
                               " WHERE r.path = '%1'")
                    .arg(realmPath));
        QCOMPARE(r.size(), 3);
        *count = r.at(0).toLongLong();
        QCOMPARE(r.at(1).toLongLong(), *count);
        QCOMPARE(r.at(2).toLongLong(), *count);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString why = PostgresCluster::unavailableReason(); !why.isEmpty())
            QSKIP(qPrintable(why));
        QVERIFY(!ServerProcess::serverBinary().isEmpty());
        m_cluster = std::make_unique<PostgresCluster>();
        QString error;
        QVERIFY2(m_cluster->start(&error), qPrintable(error));
    }

    void init() { m_temp = std::make_unique<QTemporaryDir>(); }

    void cleanup()
    {
        m_nodes.clear();
        m_temp.reset();
    }

    void cleanupTestCase()
    {
        m_nodes.clear();
        m_cluster.reset();
    }

    void operatorOnOneNodeSeesEveryNode()
    {
        m_extraArguments = {QStringLiteral("--operator-listen"), QStringLiteral("0")};
        QVERIFY(startNodes(2));
        m_extraArguments.clear();
        // The operator API's URL from the node's start-up lines.
        static const QRegularExpression operatorLine(QStringLiteral("operator API at (\\S+)"));
        QUrl operatorUrl;
        QVERIFY(testsupport::waitUntil(
            [&] {
                const auto match = operatorLine.match(m_nodes.at(0)->standardError());
                if (match.hasMatch())
                    operatorUrl = QUrl(match.captured(1));
                return match.hasMatch();
            },
            std::chrono::seconds(30)));

        QWebSocket socket;
        QList<QJsonObject> received;
        connect(&socket, &QWebSocket::textMessageReceived, this, [&](const QString &text) {
            received.append(QJsonDocument::fromJson(text.toUtf8()).object());
        });
        QWebSocketHandshakeOptions options;
        options.setSubprotocols({QStringLiteral("syncscope-operator.v1")});
        socket.open(QNetworkRequest(operatorUrl), options);
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::ConnectedState, 30'000);
        protocol::AccessTokenClaims claims;
        claims.subject = QStringLiteral("oncall");
        claims.issuedAt = QDateTime::currentDateTimeUtc();
        claims.expiresAt = claims.issuedAt.addSecs(3600);
        claims.role = QString::fromLatin1(protocol::kOperatorRole);
        const auto send = [&](const QJsonObject &message) {
            socket.sendTextMessage(QString::fromUtf8(QJsonDocument(message).toJson()));
        };
        send({{QStringLiteral("type"), QStringLiteral("hello")},
              {QStringLiteral("token"), protocol::signAccessToken(claims, m_secret)}});
        send({{QStringLiteral("type"), QStringLiteral("subscribe")}});

        // Both nodes, by their heartbeats in the database: this one marked as itself.
        QJsonArray nodes;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const QJsonObject &message : std::as_const(received)) {
                    if (message.value(QStringLiteral("type")).toString() ==
                        QStringLiteral("server"))
                        nodes = message.value(QStringLiteral("server"))
                                    .toObject()
                                    .value(QStringLiteral("nodes"))
                                    .toArray();
                }
                return nodes.size() == 2;
            }(),
            kGenerousMs);
        int self = 0;
        QStringList listening;
        for (const QJsonValue &node : std::as_const(nodes)) {
            self += node.toObject().value(QStringLiteral("self")).toBool();
            QVERIFY(!node.toObject().value(QStringLiteral("stale")).toBool());
            listening.append(
                node.toObject().value(QStringLiteral("listen")).toArray().first().toString());
        }
        QCOMPARE(self, 1);
        QVERIFY(listening.contains(m_nodes.at(0)->url().toString()));
        QVERIFY(listening.contains(m_nodes.at(1)->url().toString()));
        socket.close();
    }

    void threeNodesWriteOneRealmAndEveryReplicaConverges()
    {
        QVERIFY(startNodes(3));
        App app(fastClientConfig());
        const QString path = QStringLiteral("/rel/shared");
        std::vector<std::shared_ptr<Realm>> realms;
        for (int node = 0; node < 3; ++node) {
            realms.push_back(open(app, node, path));
            QVERIFY2(realms.back(), qPrintable(app.lastError()));
        }
        // Interleaved, each write its own changeset, while the others' arrive.
        constexpr int kWrites = 40;
        for (int k = 0; k < kWrites; ++k) {
            for (int node = 0; node < 3; ++node) {
                QVERIFY(
                    realms.at(size_t(node))
                        ->write(QStringLiteral("n%1-%2").arg(node).arg(k), QByteArray::number(k)));
            }
            QCoreApplication::processEvents();
        }
        for (const auto &realm : realms) {
            const QString uploaded = waitForFuture(
                realm->syncSession()->uploadAllLocalChanges(std::chrono::milliseconds(kGenerousMs)),
                std::chrono::milliseconds(kGenerousMs + 5000));
            QVERIFY2(uploaded.isEmpty(), qPrintable(uploaded));
        }
        // Every replica gets every node's writes: by notification, or at the latest by the
        // heads poll.
        for (const auto &realm : realms)
            QTRY_COMPARE_WITH_TIMEOUT(realm->keys().size(), 3 * kWrites, kGenerousMs);
        for (const auto &realm : realms) {
            for (int node = 0; node < 3; ++node) {
                for (int k = 0; k < kWrites; ++k)
                    QCOMPARE(realm->value(QStringLiteral("n%1-%2").arg(node).arg(k)),
                             std::optional<QByteArray>(QByteArray::number(k)));
            }
        }
        qint64 count = 0;
        verifyHistory(path, &count);
        QCOMPARE(count, qint64(3 * kWrites));
    }

    void everyClientReceivesEveryVersionButItsOwnOnce()
    {
        QVERIFY(startNodes(3));
        const QString path = QStringLiteral("/rel/versions");
        const QString token =
            testsupport::mintToken(m_secret, QStringLiteral("raw"), {QStringLiteral("/rel/*")});
        std::vector<std::unique_ptr<testsupport::RawClient>> clients;
        QList<quint64> files;
        for (int node = 0; node < 3; ++node) {
            clients.push_back(std::make_unique<testsupport::RawClient>());
            QVERIFY(clients.back()->connectTo(m_nodes.at(size_t(node))->url()));
            files.append(clients.back()->bindAndIdent(1, path, token));
            QVERIFY(files.back() != 0);
        }
        constexpr quint64 kUploads = 30;
        for (quint64 version = 1; version <= kUploads; ++version) {
            for (size_t c = 0; c < clients.size(); ++c) {
                protocol::UploadMessage upload;
                upload.changesets.append(
                    {version,
                     QDateTime::currentMSecsSinceEpoch(),
                     {{protocol::Operation::Kind::Set, QStringLiteral("c%1-%2").arg(c).arg(version),
                       QByteArray::number(version)}}});
                clients.at(c)->send({1, upload});
            }
            QCoreApplication::processEvents();
        }
        const quint64 total = 3 * kUploads;
        // Each client is told the whole history and has its own uploads acknowledged.
        for (const auto &client : clients) {
            QTRY_VERIFY_WITH_TIMEOUT(
                [&] {
                    for (const protocol::Frame &frame : client->history()) {
                        const auto *download =
                            std::get_if<protocol::DownloadMessage>(&frame.message);
                        if (download && download->downloadCursor == total &&
                            download->uploadAckClientVersion == kUploads)
                            return true;
                    }
                    return false;
                }(),
                kGenerousMs);
        }
        for (size_t c = 0; c < clients.size(); ++c) {
            QList<quint64> received;
            for (const protocol::Frame &frame : clients.at(c)->history()) {
                if (const auto *download = std::get_if<protocol::DownloadMessage>(&frame.message)) {
                    for (const protocol::DownloadChangeset &changeset : download->changesets) {
                        QVERIFY(changeset.originFileId != files.at(qsizetype(c)));
                        received.append(changeset.serverVersion);
                    }
                }
            }
            QSet<quint64> versions(received.cbegin(), received.cend());
            QCOMPARE(qsizetype(versions.size()), received.size()); // none twice
            const QVariantList own = query(
                QStringLiteral("SELECT server_version FROM changesets WHERE origin_file_id = %1")
                    .arg(files.at(qsizetype(c))));
            QCOMPARE(quint64(own.size()), kUploads);
            for (const QVariant &row : own) {
                const quint64 version = quint64(row.toList().first().toLongLong());
                QVERIFY(!versions.contains(version));
                versions.insert(version);
            }
            QCOMPARE(quint64(versions.size()), total); // 1..total, nothing missing
            QCOMPARE(*std::max_element(versions.cbegin(), versions.cend()), total);
        }
        qint64 count = 0;
        verifyHistory(path, &count);
        QCOMPARE(quint64(count), total);
    }

    void losingTheListeningConnectionDoesNotStopFanOut()
    {
        QVERIFY(startNodes(2));
        App app(fastClientConfig());
        const QString path = QStringLiteral("/rel/listener");
        const auto writer = open(app, 0, path);
        const auto reader = open(app, 1, path);
        QVERIFY(writer && reader);
        QVERIFY(writer->write(QStringLiteral("before"), "1"));
        QTRY_VERIFY_WITH_TIMEOUT(reader->value(QStringLiteral("before")).has_value(), kGenerousMs);

        // Both nodes' listeners are cut; a notification sent now reaches nobody.
        const QString listeners =
            QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE application_name = "
                           "'syncscope-listener'");
        QCOMPARE(row(listeners).value(0).toInt(), 2);
        const QVariantList terminated =
            query(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE "
                                 "application_name = 'syncscope-listener'"));
        QCOMPARE(terminated.size(), 2);
        QVERIFY(writer->write(QStringLiteral("after"), "2"));

        // The node notices, listens again by itself and re-reads the heads it serves.
        QTRY_VERIFY_WITH_TIMEOUT(reader->value(QStringLiteral("after")).has_value(), kGenerousMs);
        QTRY_COMPARE_WITH_TIMEOUT(row(listeners).value(0).toInt(), 2, kGenerousMs);
        // And notifications work again afterwards.
        QVERIFY(writer->write(QStringLiteral("later"), "3"));
        QTRY_VERIFY_WITH_TIMEOUT(reader->value(QStringLiteral("later")).has_value(), kGenerousMs);
    }

    // downloadAllServerChanges() on one node completes with everything another node committed
    // before it, also when that node's notification has not arrived yet (a notification is a
    // hint; the heads poll would find it seconds later).
    void downloadAllServerChangesHasWhatAnotherNodeCommittedFirst()
    {
        QVERIFY(startNodes(1));
        App app(fastClientConfig());
        const QString path = QStringLiteral("/rel/mark");
        const auto reader = open(app, 0, path);
        QVERIFY(reader);
        QVERIFY(reader->write(QStringLiteral("first"), "1"));
        QCOMPARE(waitForFuture(reader->syncSession()->uploadAllLocalChanges(
                                   std::chrono::milliseconds(kGenerousMs)),
                               std::chrono::milliseconds(kGenerousMs + 5000)),
                 QString());

        // Another node's commit, exactly as it lands in the database (the next version under
        // the realm's row lock, with its byte counts), minus the pg_notify that would tell
        // this node about it.
        const QByteArray ops = protocol::encodeOperations(
            {{protocol::Operation::Kind::Set, QStringLiteral("late"), QByteArray("2")}});
        const QString realm = QStringLiteral("(SELECT id FROM realms WHERE path = '%1')").arg(path);
        const QVariantList committed =
            row(QStringLiteral(
                    "WITH head AS (UPDATE realms SET head_version = head_version + 1 WHERE path = "
                    "'%1' RETURNING id, head_version) "
                    "INSERT INTO changesets (realm_id, server_version, origin_file_id, "
                    "client_version, origin_timestamp, ops, byte_size, cumulative_bytes, "
                    "origin_cumulative_bytes) SELECT head.id, head.head_version, 987654321, 1, %2, "
                    "'\\x%3'::bytea, %4, coalesce((SELECT max(cumulative_bytes) FROM changesets "
                    "WHERE realm_id = %5), 0) + %4, %4 FROM head RETURNING server_version")
                    .arg(path)
                    .arg(QDateTime::currentMSecsSinceEpoch())
                    .arg(QString::fromLatin1(ops.toHex()))
                    .arg(ops.size())
                    .arg(realm));
        QCOMPARE(committed.size(), 1);
        QVERIFY(committed.first().toLongLong() >= 2);

        QCOMPARE(waitForFuture(reader->syncSession()->downloadAllServerChanges(
                                   std::chrono::milliseconds(kGenerousMs)),
                               std::chrono::milliseconds(kGenerousMs + 5000)),
                 QString());
        QCOMPARE(reader->value(QStringLiteral("late")), std::optional<QByteArray>("2"));
    }

    void databaseCrashMidUploadLosesNothingAcknowledged()
    {
        QVERIFY(startNodes(2));
        App app(fastClientConfig());
        const QString path = QStringLiteral("/rel/crash");
        const auto writer = open(app, 0, path);
        const auto reader = open(app, 1, path);
        QVERIFY(writer && reader);
        const QByteArray value(64 * 1024, 'v');

        // Acknowledged before the crash.
        for (int k = 0; k < 20; ++k)
            QVERIFY(writer->write(QStringLiteral("acked-%1").arg(k), value));
        const QString uploaded = waitForFuture(
            writer->syncSession()->uploadAllLocalChanges(std::chrono::milliseconds(kGenerousMs)),
            std::chrono::milliseconds(kGenerousMs + 5000));
        QVERIFY2(uploaded.isEmpty(), qPrintable(uploaded));

        // Uploads in flight when PostgreSQL stops without a checkpoint, and more while it is
        // down.
        for (int k = 0; k < 20; ++k)
            QVERIFY(writer->write(QStringLiteral("during-%1").arg(k), value));
        QCoreApplication::processEvents();
        QVERIFY(m_cluster->stop(/*immediate=*/true));
        for (int k = 0; k < 10; ++k)
            QVERIFY(writer->write(QStringLiteral("down-%1").arg(k), value));
        QString error;
        QVERIFY2(m_cluster->start(&error), qPrintable(error));

        // The same node processes, untouched: the client's session recovers and uploads the
        // rest, and the other node's client receives everything.
        const QString rest = waitForFuture(
            writer->syncSession()->uploadAllLocalChanges(std::chrono::milliseconds(kGenerousMs)),
            std::chrono::milliseconds(kGenerousMs + 5000));
        QVERIFY2(rest.isEmpty(), qPrintable(rest));
        QTRY_COMPARE_WITH_TIMEOUT(reader->keys().size(), 50, kGenerousMs);
        for (int k = 0; k < 20; ++k)
            QCOMPARE(reader->value(QStringLiteral("acked-%1").arg(k)),
                     std::optional<QByteArray>(value));
        qint64 count = 0;
        verifyHistory(path, &count);
        QCOMPARE(count, qint64(50)); // each write stored exactly once
        QVERIFY(m_nodes.at(0)->isRunning() && m_nodes.at(1)->isRunning());
    }

    void nodeKilledDuringThrottledUploadClientFailsOver()
    {
        QVERIFY(startNodes(2));
        // The uplink below is slow and PINGs queue behind the UPLOADs on it, as on a real slow
        // link: a pong timeout shorter than that queue would drop the connection before the
        // kill. The kill itself is noticed at once (the kernel closes the dead node's socket).
        ClientConfig clientConfig = fastClientConfig();
        clientConfig.connectTimeout = std::chrono::seconds(30);
        clientConfig.pingInterval = std::chrono::seconds(30);
        clientConfig.pongTimeout = std::chrono::seconds(120);
        // Declared before the App: the progress callback below must not outlive them.
        quint64 uploaded = 0;
        quint64 uploadable = 0;
        App app(clientConfig);
        const QString path = QStringLiteral("/rel/failover");
        const QUrl first = m_nodes.at(0)->url();
        const QUrl second = m_nodes.at(1)->url();
        const auto writer = open(app, 0, path, {second});
        QVERIFY2(writer, qPrintable(app.lastError()));
        SyncSession *session = writer->syncSession();
        QTRY_VERIFY_WITH_TIMEOUT(session->isConnected(), kGenerousMs);
        QCOMPARE(session->currentServerUrl(), first);

        session->addProgressNotification(ProgressDirection::Upload,
                                         ProgressMode::ReportIndefinitely,
                                         [&](quint64 transferred, quint64 transferable) {
                                             uploaded = transferred;
                                             uploadable = transferable;
                                         });
        // Many small writes, each its own changeset and, while connected, its own UPLOAD, paced
        // at 16 KiB/s (about 30 writes a second): the server acknowledges them one by one. The
        // writer keeps going, the event loop turning between writes, until some are
        // acknowledged, never more than kBacklog ahead of the acknowledgements; the node dies
        // then, and the writer goes on for kAfterKill more. So whether local writes are faster
        // than the uplink (UPLOADs queue in it) or slower (a loaded disk), the kill finds some
        // writes acknowledged and others in flight or not yet sent.
        NetworkConditions slow;
        slow.uploadBytesPerSecond = 16 * 1024;
        session->setNetworkConditions(slow);
        const auto key = [](int k) {
            return QStringLiteral("w%1").arg(k, 5, 10, QLatin1Char('0'));
        };
        const auto value = [](int k) { return QByteArray::number(k).rightJustified(512, '.'); };
        int written = 0;
        const auto writeNext = [&] {
            const bool ok = writer->write(key(written), value(written));
            ++written;
            return ok;
        };
        QVERIFY(writeNext());
        // Every write has the same key and value lengths, hence the same changeset size: the
        // acknowledged byte count says how many writes (client versions 1..n) are acknowledged.
        QTRY_VERIFY_WITH_TIMEOUT(uploadable > 0, kGenerousMs);
        const quint64 writeSize = uploadable;
        constexpr quint64 kAckedBeforeKill = 10;
        constexpr int kBacklog = 100;
        constexpr int kAfterKill = 30;
        constexpr int kMaxWrites = 5000; // a bound, should acknowledgements never come
        const auto acked = [&] { return uploaded / writeSize; };
        while (acked() < kAckedBeforeKill && written < kMaxWrites) {
            if (written - int(acked()) < kBacklog)
                QVERIFY(writeNext());
            else
                QTRY_VERIFY_WITH_TIMEOUT(written - int(acked()) < kBacklog, kGenerousMs);
            QCoreApplication::processEvents();
        }
        QVERIFY(acked() >= kAckedBeforeKill);
        QCOMPARE(uploadable, writeSize * quint64(written));
        QCOMPARE(session->currentServerUrl(), first); // no failover before the kill

        m_nodes.at(0)->kill();
        const quint64 ackedAtKill = acked();
        const int writtenAtKill = written;
        // Acknowledged means committed: those writes are in the database with the node dead.
        const QString ownChangesets =
            QStringLiteral("SELECT count(*) FROM changesets c JOIN realms r ON r.id = c.realm_id"
                           " WHERE r.path = '%1' AND c.client_version <= %2")
                .arg(path);
        QCOMPARE(quint64(row(ownChangesets.arg(ackedAtKill)).value(0).toLongLong()), ackedAtKill);
        const qint64 committedAtKill = row(ownChangesets.arg(written)).value(0).toLongLong();
        // Writes while the client finds the dead node gone and moves on.
        for (int k = 0; k < kAfterKill; ++k) {
            QVERIFY(writeNext());
            QCoreApplication::processEvents();
        }
        const int total = written;

        // The client moves to the other node by itself and finishes the upload there, still
        // throttled; node 1 skips whatever node 0 had committed without acknowledging it.
        QTRY_COMPARE_WITH_TIMEOUT(session->currentServerUrl(), second, kGenerousMs);
        QTRY_VERIFY_WITH_TIMEOUT(session->isConnected(), kGenerousMs);
        const QString rest =
            waitForFuture(session->uploadAllLocalChanges(std::chrono::milliseconds(kGenerousMs)),
                          std::chrono::milliseconds(kGenerousMs + 5000));
        QVERIFY2(rest.isEmpty(), qPrintable(rest));
        QTRY_COMPARE_WITH_TIMEOUT(uploaded, uploadable, kGenerousMs);
        QCOMPARE(session->currentServerUrl(), second);

        // Exactly once: client versions 1..total each stored once, from one client file, with
        // gapless server versions.
        qint64 count = 0;
        verifyHistory(path, &count);
        QCOMPARE(count, qint64(total));
        const QVariantList versions =
            row(QStringLiteral("SELECT count(DISTINCT c.origin_file_id), min(c.client_version),"
                               " max(c.client_version), count(DISTINCT c.client_version)"
                               " FROM changesets c JOIN realms r ON r.id = c.realm_id"
                               " WHERE r.path = '%1'")
                    .arg(path));
        QCOMPARE(versions.size(), 4);
        QCOMPARE(versions.at(0).toLongLong(), 1);
        QCOMPARE(versions.at(1).toLongLong(), 1);
        QCOMPARE(versions.at(2).toLongLong(), qint64(total));
        QCOMPARE(versions.at(3).toLongLong(), qint64(total));
        // And a second client, on the surviving node, reads every write with its value.
        const auto reader = open(app, 1, path);
        QVERIFY2(reader, qPrintable(app.lastError()));
        const QString downloaded = waitForFuture(
            reader->syncSession()->downloadAllServerChanges(std::chrono::milliseconds(kGenerousMs)),
            std::chrono::milliseconds(kGenerousMs + 5000));
        QVERIFY2(downloaded.isEmpty(), qPrintable(downloaded));
        QCOMPARE(reader->keys().size(), total);
        for (int k = 0; k < total; ++k)
            QCOMPARE(reader->value(key(k)), std::optional<QByteArray>(value(k)));
        qInfo() << "written before the kill:" << writtenAtKill << "acknowledged:" << ackedAtKill
                << "committed:" << committedAtKill << "in all:" << total;
    }
};

QTEST_GUILESS_MAIN(PostgresNodesTest)
#include "tst_postgresnodes.moc"
