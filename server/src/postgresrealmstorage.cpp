#include "postgresrealmstorage.h"

#include "postgresconninfo.h"

#include "logging.h"

#include <syncscope/protocol/codec.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringDecoder>
#include <QVariant>

#include <algorithm>
#include <map>
#include <set>

namespace syncscope::server {

namespace {

// A key stored as UTF-8, read back as it was written: QString::fromUtf8 would drop a U+FEFF at
// the start as a byte-order mark, and that key would become the key without it.
QString keyFromUtf8(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless |
                                                     QStringDecoder::Flag::ConvertInitialBom);
    return decoder.decode(bytes);
}

// 1: the tables below. 2: the nodes table (kSchema2). 3: client files by realm (kSchema3).
constexpr int kSchemaVersion = 3;

// Every node migrates under this advisory lock, so two nodes starting at once never race.
constexpr qint64 kMigrationLock = 0x53594e4353434f50; // "SYNCSCOP"

// Client file ids are random below 2^53, as in the SQLite back end.
constexpr quint64 kClientFileIdLimit = quint64(1) << 53;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(syncscope::server::PostgresRealmStorage)
};

// Schema 1. The columns mirror SQLite's schema 3 (see sqliterealmstorage.cpp for what the
// running byte totals are for); keys are bytea, as their UTF-8 bytes, since text refuses 0x00.
const char *const kSchema1[] = {
    "CREATE TABLE realms ("
    " id bigserial PRIMARY KEY,"
    " path text NOT NULL UNIQUE,"
    " head_version bigint NOT NULL DEFAULT 0,"
    " created_at timestamptz NOT NULL DEFAULT now())",
    "CREATE TABLE client_files ("
    " id bigint PRIMARY KEY,"
    " realm_id bigint NOT NULL REFERENCES realms(id),"
    " upload_cursor bigint NOT NULL DEFAULT 0,"
    " uploaded_bytes bigint NOT NULL DEFAULT 0,"
    " created_at bigint NOT NULL,"
    " owner text)",
    "CREATE TABLE changesets ("
    " realm_id bigint NOT NULL REFERENCES realms(id),"
    " server_version bigint NOT NULL,"
    " origin_file_id bigint NOT NULL,"
    " client_version bigint NOT NULL,"
    " origin_timestamp bigint NOT NULL,"
    " ops bytea NOT NULL,"
    " byte_size bigint NOT NULL,"
    " cumulative_bytes bigint NOT NULL,"
    " origin_cumulative_bytes bigint NOT NULL,"
    " PRIMARY KEY (realm_id, server_version))",
    "CREATE INDEX changesets_by_origin ON changesets"
    " (realm_id, origin_file_id, server_version) INCLUDE (origin_cumulative_bytes)",
    "CREATE TABLE entries ("
    " realm_id bigint NOT NULL REFERENCES realms(id),"
    " key bytea NOT NULL,"
    " value bytea,"
    " removed boolean NOT NULL,"
    " stamp_timestamp bigint NOT NULL,"
    " stamp_file_id bigint NOT NULL,"
    " server_version bigint NOT NULL,"
    " PRIMARY KEY (realm_id, key))",
};

// Schema 2: one row per server node sharing the database, refreshed every poll interval, so an
// operator attached to any node sees them all.
const char *const kSchema2[] = {
    "CREATE TABLE nodes ("
    " id text PRIMARY KEY,"
    " listen text NOT NULL,"
    " version text NOT NULL,"
    " started_at timestamptz NOT NULL,"
    " heartbeat_at timestamptz NOT NULL,"
    " connections bigint NOT NULL,"
    " sessions bigint NOT NULL)",
};

// Schema 3: a BIND for a realm new to the operator's statistics counts the realm's client
// files (totals()); without this index each count read the whole table, once per new session.
// IF NOT EXISTS, so that repeating the migration is harmless.
const char *const kSchema3[] = {
    "CREATE INDEX IF NOT EXISTS client_files_by_realm ON client_files (realm_id)",
};

QString lastError(const QSqlQuery &query)
{
    return query.lastError().text();
}

QVariant u64(quint64 value)
{
    return QVariant(qint64(value));
}

QVariant keyBytes(const QString &key)
{
    return QVariant(key.toUtf8());
}

} // namespace

PostgresRealmStorage::PostgresRealmStorage(const QString &connectionName, const QString &nodeId)
    : m_connectionName(connectionName)
    , m_nodeId(nodeId)
{}

PostgresRealmStorage::~PostgresRealmStorage()
{
    close();
}

QSqlDatabase PostgresRealmStorage::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool PostgresRealmStorage::exec(const QString &statement, QString *error)
{
    QSqlQuery query(database());
    if (query.exec(statement))
        return true;
    failed(statement, lastError(query));
    if (error)
        *error = Text::tr("%1 failed: %2").arg(statement, lastError(query));
    return false;
}

void PostgresRealmStorage::failed(const QString &what, const QString &error)
{
    m_suspect = true;
    qCWarning(lcStorage).noquote() << "PostgreSQL:" << what << "failed:" << error;
}

bool PostgresRealmStorage::open(const QString &conninfo, const QString &password, QString *error)
{
    close();
    m_conninfo = conninfo;
    m_password = password;
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        *error = Text::tr("Qt's PostgreSQL driver (QPSQL) is not installed (Debian: "
                          "libqt6sql6-psql)");
        return false;
    }
    if (!connect(error))
        return false;
    if (!migrate(error)) {
        close();
        return false;
    }
    qCInfo(lcStorage).noquote() << "opened the PostgreSQL database, schema" << kSchemaVersion;
    return true;
}

bool PostgresRealmStorage::connect(QString *error)
{
    m_statements.clear();
    if (QSqlDatabase::contains(m_connectionName)) {
        database().close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
        db.setConnectOptions(
            postgresConnectOptions(m_conninfo, QStringLiteral("syncscope-server")));
        db.setPassword(m_password);
        if (!db.open()) {
            *error = Text::tr("cannot connect to PostgreSQL: %1").arg(db.lastError().text());
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connectionName);
            return false;
        }
    }
    m_binary.reset();
    m_open = true;
    m_suspect = false;
    if (const QString why = PostgresBinary::unavailableReason(database()); !why.isEmpty()) {
        *error = why;
        close();
        return false;
    }
    // A node cut off while holding a realm's lock must not stall the others forever; a lock
    // wait that long becomes a storage error the client retries.
    if (!exec(QStringLiteral("SET lock_timeout = '30s'"), error) ||
        !exec(QStringLiteral("SET idle_in_transaction_session_timeout = '60s'"), error)) {
        close();
        return false;
    }
    return true;
}

bool PostgresRealmStorage::ensureConnected()
{
    if (!m_open)
        return false;
    if (!m_suspect && database().isOpen())
        return true;
    if (database().isOpen()) {
        QSqlQuery probe(database());
        if (probe.exec(QStringLiteral("SELECT 1"))) {
            m_suspect = false;
            return true;
        }
    }
    QString error;
    if (!connect(&error)) {
        m_open = true; // try again on the next call
        m_suspect = true;
        qCWarning(lcStorage).noquote() << "PostgreSQL: reconnecting failed:" << error;
        return false;
    }
    qCInfo(lcStorage).noquote() << "PostgreSQL: reconnected";
    return true;
}

bool PostgresRealmStorage::migrate(QString *error)
{
    // DDL is transactional in PostgreSQL: a failure half-way leaves the previous schema.
    if (!exec(QStringLiteral("BEGIN"), error))
        return false;
    auto rollback = qScopeGuard([this] { exec(QStringLiteral("ROLLBACK")); });
    if (!exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kMigrationLock), error))
        return false;
    // Created only when missing (IF NOT EXISTS would log a notice on every start).
    QSqlQuery exists(database());
    if (!exists.exec(QStringLiteral("SELECT to_regclass('syncscope_schema') IS NULL")) ||
        !exists.next()) {
        *error = Text::tr("cannot read the schema version: %1").arg(lastError(exists));
        return false;
    }
    const bool fresh = exists.value(0).toBool();
    exists.finish();
    if (fresh &&
        !exec(QStringLiteral("CREATE TABLE syncscope_schema (version integer NOT NULL)"), error))
        return false;
    QSqlQuery version(database());
    if (!version.exec(QStringLiteral("SELECT max(version) FROM syncscope_schema")) ||
        !version.next()) {
        *error = Text::tr("cannot read the schema version: %1").arg(lastError(version));
        return false;
    }
    const int found = version.value(0).isNull() ? 0 : version.value(0).toInt();
    version.finish();
    if (found > kSchemaVersion) {
        *error = Text::tr("the database was written by a newer syncscope-server (schema %1, this "
                          "one knows %2)")
                     .arg(found)
                     .arg(kSchemaVersion);
        return false;
    }
    if (found < 1) {
        for (const char *statement : kSchema1) {
            if (!exec(QString::fromLatin1(statement), error))
                return false;
        }
    }
    if (found < 2) {
        for (const char *statement : kSchema2) {
            if (!exec(QString::fromLatin1(statement), error))
                return false;
        }
    }
    if (found < 3) {
        for (const char *statement : kSchema3) {
            if (!exec(QString::fromLatin1(statement), error))
                return false;
        }
    }
    if (found < kSchemaVersion &&
        (!exec(QStringLiteral("DELETE FROM syncscope_schema"), error) ||
         !exec(QStringLiteral("INSERT INTO syncscope_schema VALUES (%1)").arg(kSchemaVersion),
               error)))
        return false;
    if (!exec(QStringLiteral("COMMIT"), error))
        return false;
    rollback.dismiss();
    return true;
}

QSqlQuery &PostgresRealmStorage::prepared(const QString &sql)
{
    // Prepared once per connection (reconnecting drops them all).
    std::unique_ptr<QSqlQuery> &query = m_statements[sql];
    if (!query) {
        query = std::make_unique<QSqlQuery>(database());
        query->setForwardOnly(true);
        query->prepare(sql);
    }
    return *query;
}

void PostgresRealmStorage::close()
{
    // Statements first: they deallocate on the connection that is still there.
    m_statements.clear();
    m_binary.reset();
    if (!m_open)
        return;
    m_open = false;
    {
        QSqlDatabase db = database();
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::optional<qint64> PostgresRealmStorage::realmId(const QString &realmPath)
{
    return retriedOnce([&] { return realmIdOnce(realmPath); });
}

std::optional<qint64> PostgresRealmStorage::realmIdOnce(const QString &realmPath)
{
    if (!ensureConnected())
        return std::nullopt;
    QSqlQuery &select = prepared(QStringLiteral("SELECT id FROM realms WHERE path = ?"));
    const auto selectDone = qScopeGuard([&select] { select.finish(); });
    for (int attempt = 0; attempt < 2; ++attempt) {
        select.addBindValue(realmPath);
        if (!select.exec()) {
            failed(QStringLiteral("reading a realm"), lastError(select));
            return std::nullopt;
        }
        if (select.next())
            return select.value(0).toLongLong();
        select.finish();
        // Another node may create it at the same moment: then this inserts nothing and the
        // second look finds that node's row.
        QSqlQuery &insert = prepared(QStringLiteral(
            "INSERT INTO realms (path) VALUES (?) ON CONFLICT (path) DO NOTHING RETURNING id"));
        const auto insertDone = qScopeGuard([&insert] { insert.finish(); });
        insert.addBindValue(realmPath);
        if (!insert.exec()) {
            failed(QStringLiteral("creating realm %1").arg(realmPath), lastError(insert));
            return std::nullopt;
        }
        if (insert.next()) {
            qCInfo(lcStorage).noquote() << "created realm" << realmPath;
            return insert.value(0).toLongLong();
        }
    }
    return std::nullopt;
}

bool PostgresRealmStorage::execRead(const QString &sql, const QVariantList &values,
                                    const std::function<void(QSqlQuery &)> &read)
{
    // Outside a transaction a statement that found the connection lost is run once more on a
    // new one: a lost connection must not look like a missing row (an unknown client file).
    for (int attempt = 0; attempt < (m_inTransaction ? 1 : 2); ++attempt) {
        if (!m_inTransaction && !ensureConnected())
            return false;
        QSqlQuery &query = prepared(sql);
        const auto queryDone = qScopeGuard([&query] { query.finish(); });
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (query.exec()) {
            read(query);
            return true;
        }
        failed(sql, lastError(query));
    }
    return false;
}

std::optional<PostgresRows> PostgresRealmStorage::execBinary(const QString &what,
                                                             const QString &sql,
                                                             const PostgresParams &params)
{
    for (int attempt = 0; attempt < (m_inTransaction ? 1 : 2); ++attempt) {
        if (!m_inTransaction && !ensureConnected())
            return std::nullopt;
        QString error;
        if (auto rows = m_binary.exec(database(), sql, params, &error))
            return rows;
        failed(what, error);
        if (!m_binary.connectionLost(database()))
            break; // a refused statement, not a lost connection: the same again fails again
    }
    return std::nullopt;
}

std::optional<quint64> PostgresRealmStorage::headVersion(qint64 realmId)
{
    std::optional<quint64> head;
    if (!execRead(QStringLiteral("SELECT head_version FROM realms WHERE id = ?"), {realmId},
                  [&head](QSqlQuery &query) {
                      if (query.next())
                          head = quint64(query.value(0).toLongLong());
                  }) ||
        !head) {
        qCWarning(lcStorage).noquote() << "cannot read the head of realm" << realmId;
        return std::nullopt;
    }
    return head;
}

std::optional<QHash<qint64, quint64>> PostgresRealmStorage::heads(const QList<qint64> &realmIds)
{
    return retriedOnce([&] { return headsOnce(realmIds); });
}

std::optional<QHash<qint64, quint64>> PostgresRealmStorage::headsOnce(const QList<qint64> &realmIds)
{
    QHash<qint64, quint64> result;
    if (realmIds.isEmpty())
        return result;
    // The ids as one binary array and the heads back in binary: a list of thousands of
    // numbers as SQL text cost more to parse on both sides than the read itself.
    const auto rows = execBinary(
        QStringLiteral("reading realm heads"),
        QStringLiteral("SELECT id, head_version FROM realms WHERE id = ANY($1::bigint[])"),
        PostgresParams().int8Array(realmIds));
    if (!rows)
        return std::nullopt;
    result.reserve(rows->count());
    for (int row = 0; row < rows->count(); ++row)
        result.insert(rows->int8(row, 0), quint64(rows->int8(row, 1)));
    return result;
}

std::optional<RealmStorage::Totals> PostgresRealmStorage::totals(qint64 realmId)
{
    return retriedOnce([&] { return totalsOnce(realmId); });
}

std::optional<RealmStorage::Totals> PostgresRealmStorage::totalsOnce(qint64 realmId)
{
    if (!ensureConnected())
        return std::nullopt;
    QSqlQuery &query = prepared(
        QStringLiteral("SELECT head_version,"
                       " (SELECT COALESCE(SUM(byte_size), 0) FROM changesets WHERE realm_id = ?),"
                       " (SELECT COUNT(*) FROM client_files WHERE realm_id = ?)"
                       " FROM realms WHERE id = ?"));
    const auto queryDone = qScopeGuard([&query] { query.finish(); });
    for (int i = 0; i < 3; ++i)
        query.addBindValue(realmId);
    if (!query.exec() || !query.next()) {
        failed(QStringLiteral("reading the totals of realm %1").arg(realmId), lastError(query));
        return std::nullopt;
    }
    return Totals{quint64(query.value(0).toLongLong()), quint64(query.value(1).toLongLong()),
                  quint64(query.value(2).toLongLong())};
}

quint64 PostgresRealmStorage::allocateClientFile(qint64 realmId, const QString &owner)
{
    return retriedOnce([&] { return allocateClientFileOnce(realmId, owner); });
}

quint64 PostgresRealmStorage::allocateClientFileOnce(qint64 realmId, const QString &owner)
{
    if (!ensureConnected())
        return 0;
    // Autocommit: durable before the id is returned (and sent in SERVER IDENT).
    QSqlQuery &insert =
        prepared(QStringLiteral("INSERT INTO client_files (id, realm_id, created_at, owner)"
                                " VALUES (?, ?, ?, ?) ON CONFLICT (id) DO NOTHING"));
    const auto insertDone = qScopeGuard([&insert] { insert.finish(); });
    for (int attempt = 0; attempt < 8; ++attempt) {
        const quint64 id = 1 + QRandomGenerator::system()->bounded(kClientFileIdLimit - 1);
        insert.addBindValue(u64(id));
        insert.addBindValue(realmId);
        insert.addBindValue(QDateTime::currentSecsSinceEpoch());
        insert.addBindValue(owner);
        if (!insert.exec()) {
            failed(QStringLiteral("allocating a client file"), lastError(insert));
            return 0;
        }
        if (insert.numRowsAffected() == 1)
            return id;
    }
    qCCritical(lcStorage).noquote() << "cannot allocate a client file: no free id found";
    return 0;
}

namespace {

// A whole group of BINDs in one pipeline, each statement committing on its own (autocommit):
// the realms created on first use (in ascending path order, so that two nodes creating the same
// new realms never wait for each other in a cycle), the new client files, then each realm's id
// and, where asked for, its totals. Paths and owners travel as UTF-8 bytes.
const char *const kBindCreateRealms =
    "INSERT INTO realms (path) SELECT convert_from(p, 'UTF8') FROM unnest($1::bytea[]) AS p"
    " ON CONFLICT (path) DO NOTHING RETURNING convert_to(path, 'UTF8')";
const char *const kBindCreateClientFiles =
    "INSERT INTO client_files (id, realm_id, created_at, owner)"
    " SELECT u.id, r.id, $3, convert_from(u.owner, 'UTF8')"
    " FROM unnest($1::bigint[], $2::bytea[], $4::bytea[]) AS u(id, path, owner)"
    " JOIN realms r ON r.path = convert_from(u.path, 'UTF8')"
    " ON CONFLICT (id) DO NOTHING RETURNING id";
const char *const kBindReadRealms =
    "SELECT r.id, convert_to(r.path, 'UTF8'), r.head_version::bigint,"
    " CASE WHEN u.need THEN (SELECT COALESCE(SUM(c.byte_size), 0)::bigint FROM changesets c"
    " WHERE c.realm_id = r.id) ELSE 0::bigint END,"
    " CASE WHEN u.need THEN (SELECT count(*) FROM client_files f WHERE f.realm_id = r.id)"
    " ELSE 0::bigint END"
    " FROM unnest($1::bytea[], $2::boolean[]) AS u(path, need)"
    " JOIN realms r ON r.path = convert_from(u.path, 'UTF8')";

} // namespace

QList<RealmStorage::Binding> PostgresRealmStorage::bindAll(const QList<BindRequest> &requests)
{
    if (requests.size() > 1) {
        if (auto results = bindAllAtOnce(requests))
            return *results;
    }
    // One request after the other, each durable on its own: realm creation and client file
    // allocation run their own transactions here (with the retry on a lost connection), so a
    // failed request leaves the others intact.
    return bindEach(requests);
}

std::optional<QList<RealmStorage::Binding>>
PostgresRealmStorage::bindAllAtOnce(const QList<BindRequest> &requests)
{
    // One commit a BIND made 2,000 new sessions wait 3-26 s for their SERVER IDENTs on this
    // machine: realm creation and client file allocation committed one after the other. Here
    // the group takes one round trip and three commits, whatever its size.
    if (!ensureConnected())
        return std::nullopt;
    std::map<QString, bool> paths; // path -> whether some request asks for its totals
    for (const BindRequest &request : requests)
        paths[request.realmPath] = paths[request.realmPath] || request.needTotals;
    QList<QByteArray> pathBytes;
    QList<bool> needTotals;
    for (const auto &[path, need] : paths) {
        pathBytes.append(path.toUtf8());
        needTotals.append(need);
    }
    QList<qint64> fileIds;
    QList<QByteArray> filePaths, fileOwners;
    QList<bool> ownerIsNull;
    QHash<qint64, qsizetype> requestOfFile;
    for (qsizetype i = 0; i < requests.size(); ++i) {
        const BindRequest &request = requests.at(i);
        if (!request.needClientFileId)
            continue;
        qint64 id = 0;
        do // a repeated draw within the batch is next to impossible; drawn again
            id = qint64(1 + QRandomGenerator::system()->bounded(kClientFileIdLimit - 1));
        while (requestOfFile.contains(id));
        requestOfFile.insert(id, i);
        fileIds.append(id);
        filePaths.append(request.realmPath.toUtf8());
        fileOwners.append(request.owner.toUtf8());
        ownerIsNull.append(request.owner.isNull());
    }
    const QList<PostgresStatement> statements{
        {QString::fromLatin1(kBindCreateRealms), PostgresParams().bytesArray(pathBytes)},
        {QString::fromLatin1(kBindCreateClientFiles), PostgresParams()
                                                          .int8Array(fileIds)
                                                          .bytesArray(filePaths)
                                                          .int8(QDateTime::currentSecsSinceEpoch())
                                                          .bytesArray(fileOwners, ownerIsNull)},
        {QString::fromLatin1(kBindReadRealms),
         PostgresParams().bytesArray(pathBytes).booleanArray(needTotals)},
    };
    const PostgresPipelineResult done = m_binary.execPipeline(database(), statements);
    if (done.failedAt >= 0) {
        // Whatever committed before the failure is found again by the one-by-one path (the
        // realms by their paths; a client file that may have committed unreported is an
        // orphan nobody was told of).
        failed(QStringLiteral("binding a group of sessions"), done.error);
        return std::nullopt;
    }
    for (int row = 0; row < done.rows.at(0).count(); ++row)
        qCInfo(lcStorage).noquote()
            << "created realm" << QString::fromUtf8(done.rows.at(0).bytes(row, 0));

    QHash<QString, qint64> realmIds;
    QHash<qint64, Totals> totalsAfter; // read after the group's client files were added
    const PostgresRows &realms = done.rows.at(2);
    for (int row = 0; row < realms.count(); ++row) {
        const qint64 id = realms.int8(row, 0);
        realmIds.insert(QString::fromUtf8(realms.bytes(row, 1)), id);
        totalsAfter.insert(id, Totals{quint64(realms.int8(row, 2)), quint64(realms.int8(row, 3)),
                                      quint64(realms.int8(row, 4))});
    }
    QList<Binding> results(requests.size());
    const PostgresRows &created = done.rows.at(1);
    for (int row = 0; row < created.count(); ++row)
        results[requestOfFile.value(created.int8(row, 0))].clientFileId =
            quint64(created.int8(row, 0));

    // Each request's totals as if the requests had run one after the other: without the new
    // client files of itself and of the requests after it in the group.
    QHash<qint64, quint64> laterFiles; // realm id -> files of this request and later ones
    for (qsizetype i = requests.size() - 1; i >= 0; --i) {
        const BindRequest &request = requests.at(i);
        Binding &result = results[i];
        const auto realm = realmIds.constFind(request.realmPath);
        if (realm == realmIds.cend())
            continue; // not found: the session fails with a storage error
        result.realmId = *realm;
        if (result.clientFileId != 0)
            ++laterFiles[*realm];
        if (request.needTotals) {
            Totals totals = totalsAfter.value(*realm);
            totals.clientFiles -= std::min(totals.clientFiles, laterFiles.value(*realm));
            result.totals = totals;
        }
    }
    // An id another node took meanwhile (the batch's insert skipped it): drawn again alone.
    for (qsizetype i = 0; i < requests.size(); ++i) {
        if (requests.at(i).needClientFileId && results.at(i).realmId &&
            results.at(i).clientFileId == 0)
            results[i].clientFileId =
                allocateClientFile(*results.at(i).realmId, requests.at(i).owner);
    }
    return results;
}

std::optional<QString> PostgresRealmStorage::clientFileOwner(quint64 clientFileId)
{
    std::optional<QString> owner;
    execRead(QStringLiteral("SELECT owner FROM client_files WHERE id = ?"), {u64(clientFileId)},
             [&owner](QSqlQuery &query) {
                 if (query.next())
                     owner = query.value(0).isNull() ? QString() : query.value(0).toString();
             });
    return owner;
}

bool PostgresRealmStorage::claimClientFile(quint64 clientFileId, const QString &owner)
{
    return retriedOnce([&] { return claimClientFileOnce(clientFileId, owner); });
}

bool PostgresRealmStorage::claimClientFileOnce(quint64 clientFileId, const QString &owner)
{
    if (!ensureConnected())
        return false;
    QSqlQuery &claim = prepared(
        QStringLiteral("UPDATE client_files SET owner = ? WHERE id = ? AND owner IS NULL"));
    const auto claimDone = qScopeGuard([&claim] { claim.finish(); });
    claim.addBindValue(owner);
    claim.addBindValue(u64(clientFileId));
    if (!claim.exec()) {
        failed(QStringLiteral("claiming a client file"), lastError(claim));
        return false;
    }
    return claim.numRowsAffected() == 1;
}

std::optional<quint64> PostgresRealmStorage::uploadCursor(qint64 realmId, quint64 clientFileId)
{
    std::optional<quint64> cursor;
    execRead(QStringLiteral("SELECT upload_cursor FROM client_files WHERE id = ? AND realm_id = ?"),
             {u64(clientFileId), realmId}, [&cursor](QSqlQuery &query) {
                 if (query.next())
                     cursor = quint64(query.value(0).toLongLong());
             });
    return cursor;
}

std::optional<RealmStorage::DownloadBatch>
PostgresRealmStorage::cachedDownload(qint64 realmId, quint64 clientFileId, quint64 fromVersion,
                                     qint64 maxBytes)
{
    const std::optional<quint64> head = headVersion(realmId);
    if (!head || fromVersion >= *head)
        return std::nullopt;
    // What the tail lacks up to the head is read once, for every session of this node.
    const std::optional<quint64> last = m_tails.last(realmId);
    if (!last || *last < *head) {
        quint64 after = last ? *last : fromVersion;
        if (*head - after > quint64(RealmTailCache::kMaxVersions))
            after = *head - quint64(RealmTailCache::kMaxVersions);
        QList<RealmTailCache::Entry> entries;
        const auto rows = execBinary(
            QStringLiteral("reading the tail of realm %1").arg(realmId),
            QStringLiteral("SELECT server_version, origin_file_id, origin_timestamp, ops, byte_size"
                           " FROM changesets WHERE realm_id = $1 AND server_version > $2"
                           " AND server_version <= $3 ORDER BY server_version"),
            PostgresParams().int8(realmId).int8(qint64(after)).int8(qint64(*head)));
        if (!rows)
            return std::nullopt;
        for (int row = 0; row < rows->count(); ++row) {
            ++m_tailRowsRead;
            RealmTailCache::Entry entry;
            entry.changeset.serverVersion = quint64(rows->int8(row, 0));
            entry.changeset.originFileId = quint64(rows->int8(row, 1));
            entry.changeset.originTimestamp = rows->int8(row, 2);
            entry.size = quint64(rows->int8(row, 4));
            auto operations = protocol::decodeOperations(rows->bytes(row, 3));
            if (!operations) {
                entries.clear();
                break; // the database path reports the corrupt changeset
            }
            entry.changeset.operations = std::move(*operations);
            entries.append(std::move(entry));
        }
        m_tails.append(realmId, after, std::move(entries));
    }
    return m_tails.read(realmId, clientFileId, fromVersion, *head, maxBytes);
}

std::optional<RealmStorage::DownloadBatch> PostgresRealmStorage::readDownload(qint64 realmId,
                                                                              quint64 clientFileId,
                                                                              quint64 fromVersion,
                                                                              qint64 maxBytes)
{
    if (auto cached = cachedDownload(realmId, clientFileId, fromVersion, maxBytes))
        return cached;
    if (!ensureConnected())
        return std::nullopt;
    // One snapshot: head, rows and remaining bytes describe the same moment.
    const QString begin = QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    if (!exec(begin) && (!ensureConnected() || !exec(begin)))
        return std::nullopt;
    m_inTransaction = true;
    const auto finish = qScopeGuard([this] {
        m_inTransaction = false;
        exec(QStringLiteral("COMMIT"));
    });

    const auto head = headVersion(realmId);
    if (!head)
        return std::nullopt;
    DownloadBatch batch;
    batch.head = *head;
    batch.cursor = std::max(fromVersion, batch.head);

    // The rows one at a time, each with its ops only when it fits: the ops of a changeset that
    // does not fit are never read (the byte sizes alone decide where the batch ends).
    const QString rowSql = QStringLiteral(
        "SELECT server_version, origin_file_id, origin_timestamp, byte_size FROM changesets"
        " WHERE realm_id = $1 AND server_version > $2 AND server_version <= $3"
        " AND origin_file_id <> $4 ORDER BY server_version");
    const auto rows = execBinary(QStringLiteral("reading changesets"), rowSql,
                                 PostgresParams()
                                     .int8(realmId)
                                     .int8(qint64(fromVersion))
                                     .int8(qint64(batch.head))
                                     .int8(qint64(clientFileId)));
    if (!rows)
        return std::nullopt;
    // As in the SQLite back end: changesets join while the total stays within maxBytes, and
    // one larger than that travels alone.
    int fitting = 0;
    quint64 fittingBytes = 0;
    bool full = false;
    for (int row = 0; !full && row < rows->count(); ++row) {
        const quint64 size = quint64(rows->int8(row, 3));
        if (fitting > 0 && fittingBytes + size > quint64(maxBytes)) {
            full = true;
            break;
        }
        ++fitting;
        fittingBytes += size;
        full = fittingBytes >= quint64(maxBytes);
    }
    std::optional<PostgresRows> ops;
    if (fitting > 0) {
        ops = execBinary(
            QStringLiteral("reading changesets"),
            QStringLiteral("SELECT ops FROM changesets WHERE realm_id = $1 AND server_version"
                           " >= $2 AND server_version <= $3 AND origin_file_id <> $4"
                           " ORDER BY server_version"),
            PostgresParams()
                .int8(realmId)
                .int8(rows->int8(0, 0))
                .int8(rows->int8(fitting - 1, 0))
                .int8(qint64(clientFileId)));
        if (!ops || ops->count() != fitting) {
            qCWarning(lcStorage).noquote() << "cannot read the changesets of realm" << realmId;
            return std::nullopt;
        }
    }
    for (int row = 0; row < fitting; ++row) {
        const quint64 size = quint64(rows->int8(row, 3));
        protocol::DownloadChangeset changeset;
        changeset.serverVersion = quint64(rows->int8(row, 0));
        changeset.originFileId = quint64(rows->int8(row, 1));
        changeset.originTimestamp = rows->int8(row, 2);
        QString error;
        auto operations = protocol::decodeOperations(ops->bytes(row, 0), {}, &error);
        if (!operations) {
            qCCritical(lcStorage).noquote() << "stored changeset" << changeset.serverVersion
                                            << "of realm" << realmId << "is corrupt:" << error;
            return std::nullopt;
        }
        changeset.operations = std::move(*operations);
        batch.bytes += size;
        batch.changesets.append(std::move(changeset));
    }
    if (!full) {
        // Every changeset up to the head is in the batch: nothing remains, and the totals at
        // the head and at the cursor would be the same rows (two reads for a 0).
        batch.cursor = batch.head;
        return batch;
    }
    batch.cursor = batch.changesets.constLast().serverVersion;

    const auto totals = [&](quint64 version) -> std::optional<std::pair<quint64, quint64>> {
        QSqlQuery &query = prepared(QStringLiteral(
            "SELECT (SELECT cumulative_bytes FROM changesets WHERE realm_id = ?"
            " AND server_version <= ? ORDER BY server_version DESC LIMIT 1),"
            " (SELECT origin_cumulative_bytes FROM changesets WHERE realm_id = ?"
            " AND origin_file_id = ? AND server_version <= ? ORDER BY server_version DESC"
            " LIMIT 1)"));
        const auto queryDone = qScopeGuard([&query] { query.finish(); });
        query.addBindValue(realmId);
        query.addBindValue(u64(version));
        query.addBindValue(realmId);
        query.addBindValue(u64(clientFileId));
        query.addBindValue(u64(version));
        if (!query.exec() || !query.next()) {
            failed(QStringLiteral("reading byte totals"), lastError(query));
            return std::nullopt;
        }
        return std::pair(quint64(query.value(0).toLongLong()),
                         quint64(query.value(1).toLongLong()));
    };
    const auto atHead = totals(batch.head);
    const auto atCursor = totals(batch.cursor);
    if (!atHead || !atCursor)
        return std::nullopt;
    batch.remainingBytes = (atHead->first - atCursor->first) - (atHead->second - atCursor->second);
    if (batch.remainingBytes == 0)
        batch.cursor = batch.head;
    return batch;
}

QStringList PostgresRealmStorage::notifyPayloads(const QString &nodeId,
                                                 const QHash<qint64, quint64> &heads)
{
    // Sorted, so that the payloads of a batch are the same whatever the hash order.
    std::map<qint64, quint64> sorted;
    for (auto it = heads.cbegin(); it != heads.cend(); ++it)
        sorted.emplace(it.key(), it.value());
    QStringList payloads;
    QString current = nodeId;
    for (const auto &[realm, head] : sorted) {
        const QString item = QStringLiteral(" %1:%2").arg(realm).arg(head);
        if (current.size() + item.size() > kMaxNotifyPayload) {
            payloads.append(current);
            current = nodeId;
        }
        current += item;
    }
    if (current.size() > nodeId.size())
        payloads.append(current);
    return payloads;
}

namespace {

// One group commit gathered in memory: the uploads are checked and their server versions,
// cursors, byte totals and winning entries worked out from the state read under the realms'
// locks, then the whole batch is written with one statement (SetWrite below) instead of
// several round trips per upload.
class UploadSetPlan
{
public:
    using Integration = RealmStorage::Integration;
    using PendingUpload = RealmStorage::PendingUpload;

    struct RealmState
    {
        quint64 head = 0;
        quint64 totalBytes = 0; // cumulative bytes at the head
    };
    struct FileState
    {
        qint64 realmId = -1;
        quint64 cursor = 0;
        quint64 uploadedBytes = 0;
    };

    UploadSetPlan(QHash<qint64, RealmState> realms, QHash<quint64, FileState> files,
                  qint64 latestTimestamp)
        : m_realms(std::move(realms))
        , m_files(std::move(files))
        , m_latestTimestamp(latestTimestamp)
    {}

    // The upload's result as if it were integrated now, after the ones added before; a refused
    // one changes nothing of the plan.
    Integration add(const PendingUpload &upload);

    // The batch's rows as the parameters of kWriteSet.
    PostgresParams writeParams() const;
    // Bytes of keys, values and ops the write carries.
    qint64 bytes() const { return m_bytes; }
    // Realm -> new head, for the realms that advanced.
    const QHash<qint64, quint64> &advanced() const { return m_advanced; }

private:
    struct Entry
    {
        QByteArray value;
        bool removed = false;
        qint64 timestamp = 0;
        quint64 fileId = 0;
        quint64 serverVersion = 0;
    };
    struct Changeset
    {
        qint64 realmId = 0;
        quint64 serverVersion = 0;
        quint64 originFileId = 0;
        quint64 clientVersion = 0;
        qint64 originTimestamp = 0;
        QByteArray ops;
        quint64 cumulativeBytes = 0;
        quint64 originCumulativeBytes = 0;
    };
    using EntryKey = std::pair<qint64, QByteArray>; // realm, key as UTF-8

    QHash<qint64, RealmState> m_realms;
    QHash<quint64, FileState> m_files;
    qint64 m_latestTimestamp;
    // Per key only the operation that wins within the batch: last writer wins on (timestamp,
    // file id), the later one on a full tie. The write then replaces a stored entry only if
    // that one does not win against it, which is the rule applied operation by operation.
    std::map<EntryKey, Entry> m_entries;
    QList<Changeset> m_changesets;
    std::set<quint64> m_touchedFiles;
    QHash<qint64, quint64> m_advanced;
    qint64 m_bytes = 0;
};

UploadSetPlan::Integration UploadSetPlan::add(const PendingUpload &upload)
{
    Integration result;
    const auto realm = m_realms.constFind(upload.realmId);
    const auto file = m_files.constFind(upload.clientFileId);
    if (realm == m_realms.cend() || file == m_files.cend() || file->realmId != upload.realmId) {
        result.error = Text::tr("cannot read the upload cursor or realm head");
        return result;
    }
    RealmState realmState = *realm;
    FileState fileState = *file;
    result.head = realmState.head;
    result.uploadCursor = fileState.cursor;
    std::vector<std::pair<EntryKey, Entry>> entries;
    QList<Changeset> changesets;
    qint64 bytes = 0;
    for (const protocol::UploadChangeset &changeset : upload.changesets) {
        const qint64 originTimestamp = std::min(changeset.originTimestamp, m_latestTimestamp);
        switch (
            RealmStorage::checkNextChangeset(changeset.clientVersion, fileState.cursor, result)) {
        case RealmStorage::NextChangeset::AlreadyIntegrated:
            continue;
        case RealmStorage::NextChangeset::Refused:
            return result;
        case RealmStorage::NextChangeset::ToIntegrate:
            break;
        }
        if (changeset.operations.isEmpty())
            continue;
        const quint64 serverVersion = result.head + 1;
        for (const protocol::Operation &op : changeset.operations) {
            const bool removed = op.kind == protocol::Operation::Kind::Remove;
            Entry entry{removed ? QByteArray() : op.value, removed, originTimestamp,
                        upload.clientFileId, serverVersion};
            bytes += op.key.size() + entry.value.size();
            entries.emplace_back(EntryKey{upload.realmId, op.key.toUtf8()}, std::move(entry));
        }
        const QByteArray ops = protocol::encodedOperations(changeset);
        realmState.totalBytes += quint64(ops.size());
        fileState.uploadedBytes += quint64(ops.size());
        bytes += ops.size();
        changesets.append({upload.realmId, serverVersion, upload.clientFileId,
                           changeset.clientVersion, originTimestamp, ops, realmState.totalBytes,
                           fileState.uploadedBytes});
        result.head = serverVersion;
        ++result.integratedChangesets;
        result.integratedBytes += quint64(ops.size());
        result.stored.append(
            {{serverVersion, upload.clientFileId, originTimestamp, changeset.operations},
             quint64(ops.size())});
    }

    // Accepted: it joins the batch.
    for (auto &[key, entry] : entries) {
        const auto found = m_entries.find(key);
        if (found == m_entries.end()) {
            m_entries.emplace(std::move(key), std::move(entry));
        } else if (std::pair(entry.timestamp, entry.fileId) >=
                   std::pair(found->second.timestamp, found->second.fileId)) {
            found->second = std::move(entry);
        }
    }
    m_changesets.append(changesets);
    m_bytes += bytes;
    realmState.head = result.head;
    fileState.cursor = result.uploadCursor;
    if (result.head != realm->head)
        m_advanced.insert(upload.realmId, result.head);
    if (fileState.cursor != file->cursor || fileState.uploadedBytes != file->uploadedBytes)
        m_touchedFiles.insert(upload.clientFileId);
    m_realms[upload.realmId] = realmState;
    m_files[upload.clientFileId] = fileState;
    result.status = Integration::Status::Integrated;
    return result;
}

// The rows of a whole group commit in one statement: the winning entries (replacing a stored
// one only where it does not win), the new changesets, the client files' cursors and the
// realms' heads. The realms are locked by this transaction, so every value was computed from
// the committed state and nothing else writes these rows until COMMIT.
const char *const kWriteSet =
    "WITH new_entries AS ("
    " INSERT INTO entries (realm_id, key, value, removed, stamp_timestamp, stamp_file_id,"
    " server_version) SELECT * FROM unnest($1::bigint[], $2::bytea[], $3::bytea[],"
    " $4::boolean[], $5::bigint[], $6::bigint[], $7::bigint[])"
    " ON CONFLICT (realm_id, key) DO UPDATE SET value = EXCLUDED.value,"
    " removed = EXCLUDED.removed, stamp_timestamp = EXCLUDED.stamp_timestamp,"
    " stamp_file_id = EXCLUDED.stamp_file_id, server_version = EXCLUDED.server_version"
    " WHERE (entries.stamp_timestamp, entries.stamp_file_id)"
    " <= (EXCLUDED.stamp_timestamp, EXCLUDED.stamp_file_id)),"
    " new_changesets AS ("
    " INSERT INTO changesets (realm_id, server_version, origin_file_id, client_version,"
    " origin_timestamp, ops, byte_size, cumulative_bytes, origin_cumulative_bytes)"
    " SELECT * FROM unnest($8::bigint[], $9::bigint[], $10::bigint[], $11::bigint[],"
    " $12::bigint[], $13::bytea[], $14::bigint[], $15::bigint[], $16::bigint[])),"
    " cursors AS ("
    " UPDATE client_files f SET upload_cursor = u.upload_cursor,"
    " uploaded_bytes = u.uploaded_bytes"
    " FROM unnest($17::bigint[], $18::bigint[], $19::bigint[])"
    " AS u(id, upload_cursor, uploaded_bytes) WHERE f.id = u.id)"
    " UPDATE realms r SET head_version = u.head_version"
    " FROM unnest($20::bigint[], $21::bigint[]) AS u(id, head_version) WHERE r.id = u.id";

PostgresParams UploadSetPlan::writeParams() const
{
    PostgresParams params;
    {
        QList<qint64> realms, timestamps, fileIds, versions;
        QList<QByteArray> keys, values;
        QList<bool> removed;
        for (const auto &[key, entry] : m_entries) {
            realms.append(key.first);
            keys.append(key.second);
            values.append(entry.value);
            removed.append(entry.removed);
            timestamps.append(entry.timestamp);
            fileIds.append(qint64(entry.fileId));
            versions.append(qint64(entry.serverVersion));
        }
        params.int8Array(realms)
            .bytesArray(keys)
            .bytesArray(values, removed) // a removed key's value is NULL
            .booleanArray(removed)
            .int8Array(timestamps)
            .int8Array(fileIds)
            .int8Array(versions);
    }
    {
        QList<qint64> realms, versions, origins, clientVersions, timestamps, sizes, cumulative,
            originCumulative;
        QList<QByteArray> ops;
        for (const Changeset &changeset : m_changesets) {
            realms.append(changeset.realmId);
            versions.append(qint64(changeset.serverVersion));
            origins.append(qint64(changeset.originFileId));
            clientVersions.append(qint64(changeset.clientVersion));
            timestamps.append(changeset.originTimestamp);
            ops.append(changeset.ops);
            sizes.append(changeset.ops.size());
            cumulative.append(qint64(changeset.cumulativeBytes));
            originCumulative.append(qint64(changeset.originCumulativeBytes));
        }
        params.int8Array(realms)
            .int8Array(versions)
            .int8Array(origins)
            .int8Array(clientVersions)
            .int8Array(timestamps)
            .bytesArray(ops)
            .int8Array(sizes)
            .int8Array(cumulative)
            .int8Array(originCumulative);
    }
    {
        QList<qint64> ids, cursors, bytes;
        for (const quint64 id : m_touchedFiles) {
            const FileState &file = m_files[id];
            ids.append(qint64(id));
            cursors.append(qint64(file.cursor));
            bytes.append(qint64(file.uploadedBytes));
        }
        params.int8Array(ids).int8Array(cursors).int8Array(bytes);
    }
    {
        QList<qint64> ids, heads;
        for (auto it = m_advanced.cbegin(); it != m_advanced.cend(); ++it) {
            ids.append(it.key());
            heads.append(qint64(it.value()));
        }
        params.int8Array(ids).int8Array(heads);
    }
    return params;
}

// Beyond this many bytes in one batch the uploads are written one by one: a single array
// parameter must stay below PostgreSQL's 1 GiB field limit, and one copy of the batch is
// enough memory.
constexpr qint64 kMaxSetWriteBytes = 256 * 1024 * 1024;

QList<RealmStorage::Integration> failedResults(qsizetype count, const QString &error)
{
    RealmStorage::Integration failed;
    failed.error = error;
    return QList<RealmStorage::Integration>(count, failed);
}

// The COMMIT failed or its outcome is unknown: nothing of the batch may be acknowledged.
void failUncommitted(QList<RealmStorage::Integration> &results, const QString &error)
{
    for (RealmStorage::Integration &result : results) {
        if (result.status == RealmStorage::Integration::Status::Integrated) {
            result.status = RealmStorage::Integration::Status::StorageError;
            result.error = Text::tr("cannot commit: %1").arg(error);
        }
    }
}

} // namespace

bool PostgresRealmStorage::beginAndLockRealms(const QList<PendingUpload> &uploads, QString *error)
{
    // Nothing is done yet if BEGIN finds the connection lost: once more on a new one.
    ++m_commitRoundTrips;
    if (!exec(QStringLiteral("BEGIN ISOLATION LEVEL READ COMMITTED"), error) &&
        (!ensureConnected() ||
         !exec(QStringLiteral("BEGIN ISOLATION LEVEL READ COMMITTED"), error))) {
        *error = Text::tr("cannot start a transaction: %1").arg(*error);
        return false;
    }
    // The batch's realms, locked in ascending id order (two nodes never wait for each other
    // in a cycle: the rows are locked in the order the sort hands them out). Every head read
    // after this is the committed one and stays ours until COMMIT: server versions are
    // assigned under the lock, in commit order, without gaps.
    std::set<qint64> realmIds;
    for (const PendingUpload &upload : uploads)
        realmIds.insert(upload.realmId);
    ++m_commitRoundTrips;
    if (!m_binary.exec(
            database(),
            QStringLiteral("SELECT id FROM realms WHERE id = ANY($1) ORDER BY id FOR UPDATE"),
            PostgresParams().int8Array(QList<qint64>(realmIds.cbegin(), realmIds.cend())), error)) {
        failed(QStringLiteral("locking realms"), *error);
        *error = Text::tr("cannot lock the realms: %1").arg(*error);
        exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    return true;
}

bool PostgresRealmStorage::notifyAndCommit(const QHash<qint64, quint64> &advanced, QString *error)
{
    // One notification per batch (not per upload: each NOTIFY takes a cluster-wide lock at
    // commit), delivered to the other nodes only if this commits.
    for (const QString &payload : notifyPayloads(m_nodeId, advanced)) {
        ++m_commitRoundTrips;
        QSqlQuery notify(database());
        notify.prepare(QStringLiteral("SELECT pg_notify(?, ?)"));
        notify.addBindValue(QString::fromLatin1(kHeadsChannel));
        notify.addBindValue(payload);
        if (!notify.exec()) {
            failed(QStringLiteral("pg_notify"), lastError(notify));
            *error = lastError(notify);
            return false;
        }
    }
    ++m_commitRoundTrips;
    QSqlQuery commit(database());
    if (commit.exec(QStringLiteral("COMMIT")))
        return true;
    // Also when the connection broke during COMMIT: the outcome is unknown then, and an
    // unknown outcome is never acknowledged (the client's re-upload is idempotent).
    failed(QStringLiteral("COMMIT"), lastError(commit));
    *error = lastError(commit);
    return false;
}

QList<RealmStorage::Integration>
PostgresRealmStorage::integrateUploads(const QList<PendingUpload> &uploads)
{
    m_commitRoundTrips = 0;
    if (uploads.isEmpty())
        return {};
    bool refusedAsASet = false;
    QList<Integration> results = integrateAsASet(uploads, &refusedAsASet);
    if (refusedAsASet)
        results = integrateOneByOne(uploads);
    return results;
}

QList<RealmStorage::Integration>
PostgresRealmStorage::integrateAsASet(const QList<PendingUpload> &uploads, bool *refusedAsASet)
{
    if (!ensureConnected())
        return failedResults(uploads.size(), Text::tr("the database is not reachable"));
    QSet<qint64> realmIds;
    QSet<quint64> fileIds;
    for (const PendingUpload &upload : uploads) {
        realmIds.insert(upload.realmId);
        fileIds.insert(upload.clientFileId);
    }
    QList<qint64> sortedRealmIds(realmIds.cbegin(), realmIds.cend());
    std::sort(sortedRealmIds.begin(), sortedRealmIds.end());
    QList<qint64> fileIdList;
    for (const quint64 id : std::as_const(fileIds))
        fileIdList.append(qint64(id));
    // One round trip: BEGIN, the batch's realms locked in ascending id order (the rows are
    // locked in the order the sort hands them out, so two nodes never wait for each other in
    // a cycle), and what the checks need, read under that lock: each realm's head and byte
    // total there, each client file's realm, cursor and byte total. The read is a statement
    // of its own after the lock, so it sees what another node committed while this one waited.
    const QList<PostgresStatement> start{
        {QStringLiteral("BEGIN ISOLATION LEVEL READ COMMITTED"), {}},
        {QStringLiteral("SELECT count(*) FROM (SELECT id FROM realms WHERE id = ANY($1)"
                        " ORDER BY id FOR UPDATE) locked"),
         PostgresParams().int8Array(sortedRealmIds)},
        {QStringLiteral(
             "SELECT 0::bigint, r.id, r.head_version, COALESCE((SELECT c.cumulative_bytes FROM"
             " changesets c WHERE c.realm_id = r.id AND c.server_version = r.head_version), 0),"
             " 0::bigint FROM realms r WHERE r.id = ANY($1)"
             " UNION ALL SELECT 1::bigint, f.id, f.realm_id, f.upload_cursor, f.uploaded_bytes"
             " FROM client_files f WHERE f.id = ANY($2)"),
         PostgresParams().int8Array(sortedRealmIds).int8Array(fileIdList)},
    };
    ++m_commitRoundTrips;
    PostgresPipelineResult started = m_binary.execPipeline(database(), start);
    // Nothing is done yet if BEGIN finds the connection lost: once more on a new one.
    if (started.failedAt == 0 && m_binary.connectionLost(database()) && ensureConnected()) {
        ++m_commitRoundTrips;
        started = m_binary.execPipeline(database(), start);
    }
    bool active = started.failedAt != 0; // BEGIN ran: roll back unless committed
    const auto rollback = qScopeGuard([this, &active] {
        if (active)
            exec(QStringLiteral("ROLLBACK"));
    });
    if (started.failedAt >= 0) {
        const QString what[] = {QStringLiteral("BEGIN"), QStringLiteral("locking realms"),
                                QStringLiteral("reading the upload cursors and realm heads")};
        failed(what[started.failedAt], started.error);
        const QString error[] = {Text::tr("cannot start a transaction: %1").arg(started.error),
                                 Text::tr("cannot lock the realms: %1").arg(started.error),
                                 Text::tr("cannot read the upload cursor or realm head")};
        return failedResults(uploads.size(), error[started.failedAt]);
    }
    const PostgresRows &state = started.rows.at(2);
    QHash<qint64, UploadSetPlan::RealmState> realms;
    QHash<quint64, UploadSetPlan::FileState> files;
    for (int row = 0; row < state.count(); ++row) {
        if (state.int8(row, 0) == 0) {
            realms.insert(state.int8(row, 1),
                          {quint64(state.int8(row, 2)), quint64(state.int8(row, 3))});
        } else {
            files.insert(
                quint64(state.int8(row, 1)),
                {state.int8(row, 2), quint64(state.int8(row, 3)), quint64(state.int8(row, 4))});
        }
    }

    // No origin timestamp beyond the server's clock plus the allowed skew (see the SQLite
    // back end).
    UploadSetPlan plan(std::move(realms), std::move(files),
                       QDateTime::currentMSecsSinceEpoch() + qint64(m_maxClockSkew.count()));
    QList<Integration> results;
    results.reserve(uploads.size());
    QHash<quint64, Integration> failedFiles; // client file id -> its refused upload's result
    for (const PendingUpload &upload : uploads) {
        // A client file's later uploads in the batch are refused with its refused one.
        if (const auto failedFile = failedFiles.constFind(upload.clientFileId);
            failedFile != failedFiles.cend()) {
            results.append(*failedFile);
            continue;
        }
        Integration result = plan.add(upload);
        if (result.status != Integration::Status::Integrated)
            failedFiles.insert(upload.clientFileId, result);
        results.append(std::move(result));
    }
    if (plan.bytes() > kMaxSetWriteBytes) {
        qCDebug(lcStorage).noquote()
            << "PostgreSQL: a batch of" << plan.bytes() << "bytes is stored one upload at a time";
        *refusedAsASet = true;
        return {};
    }

    // One more round trip: the write, the notifications and COMMIT. The first that fails
    // aborts the rest, so COMMIT runs only after everything before it succeeded.
    QList<PostgresStatement> finish{{QString::fromLatin1(kWriteSet), plan.writeParams()}};
    // One notification per batch (not per upload: each NOTIFY takes a cluster-wide lock at
    // commit), delivered to the other nodes only if this commits.
    for (const QString &payload : notifyPayloads(m_nodeId, plan.advanced()))
        finish.append({QStringLiteral("SELECT pg_notify('%1', convert_from($1, 'UTF8'))")
                           .arg(QString::fromLatin1(kHeadsChannel)),
                       PostgresParams().bytes(payload.toUtf8())});
    finish.append({QStringLiteral("COMMIT"), {}});
    ++m_commitRoundTrips;
    const PostgresPipelineResult done = m_binary.execPipeline(database(), finish);
    if (done.failedAt == 0) {
        failed(QStringLiteral("writing the batch"), done.error);
        if (m_binary.connectionLost(database()))
            return failedResults(uploads.size(), Text::tr("cannot commit: %1").arg(done.error));
        // Refused by the database, not by the checks above: one upload may be at fault. Each
        // in its own savepoint finds it, and the rest is stored.
        qCInfo(lcStorage).noquote() << "PostgreSQL: a batch of" << uploads.size()
                                    << "uploads was refused as a whole; storing them one by one";
        *refusedAsASet = true;
        return {};
    }
    // Also when the connection broke during COMMIT: the outcome is unknown then, and an
    // unknown outcome is never acknowledged (the client's re-upload is idempotent).
    const bool committed = done.failedAt < 0;
    const QString error = done.error;
    if (!committed)
        failed(finish.at(done.failedAt).sql, error);
    active = !committed; // a failed pg_notify leaves the transaction open: roll it back
    if (!committed)
        failUncommitted(results, error);
    return results;
}

QList<RealmStorage::Integration>
PostgresRealmStorage::integrateOneByOne(const QList<PendingUpload> &uploads)
{
    if (!ensureConnected())
        return failedResults(uploads.size(), Text::tr("the database is not reachable"));
    QString error;
    if (!beginAndLockRealms(uploads, &error))
        return failedResults(uploads.size(), error);
    bool active = true;
    const auto rollback = qScopeGuard([this, &active] {
        if (active)
            exec(QStringLiteral("ROLLBACK"));
    });

    QList<Integration> results;
    results.reserve(uploads.size());
    QHash<quint64, Integration> failedFiles; // client file id -> its refused upload's result
    QHash<qint64, quint64> advanced;         // realm -> new head
    QSqlQuery savepoint(database());
    for (const PendingUpload &upload : uploads) {
        if (const auto failedFile = failedFiles.constFind(upload.clientFileId);
            failedFile != failedFiles.cend()) {
            results.append(*failedFile);
            continue;
        }
        // Each upload in its own savepoint: a refused one is undone alone.
        if (!savepoint.exec(QStringLiteral("SAVEPOINT upload"))) {
            Integration refused;
            refused.error = lastError(savepoint);
            failed(QStringLiteral("SAVEPOINT"), refused.error);
            results.append(refused);
            failedFiles.insert(upload.clientFileId, refused);
            continue;
        }
        Integration result =
            integrateInTransaction(upload.realmId, upload.clientFileId, upload.changesets);
        if (result.status != Integration::Status::Integrated) {
            savepoint.exec(QStringLiteral("ROLLBACK TO SAVEPOINT upload"));
            failedFiles.insert(upload.clientFileId, result);
        } else if (result.integratedChangesets > 0) {
            advanced.insert(upload.realmId, result.head);
        }
        savepoint.exec(QStringLiteral("RELEASE SAVEPOINT upload"));
        results.append(std::move(result));
    }
    savepoint.finish();

    const bool committed = notifyAndCommit(advanced, &error);
    active = !committed; // a failed pg_notify leaves the transaction open: roll it back
    if (!committed)
        failUncommitted(results, error);
    return results;
}

RealmStorage::Integration
PostgresRealmStorage::integrateInTransaction(qint64 realmId, quint64 clientFileId,
                                             const QList<protocol::UploadChangeset> &changesets)
{
    Integration result;
    QSqlQuery &start = prepared(QStringLiteral(
        "SELECT r.head_version, f.upload_cursor, f.uploaded_bytes,"
        " (SELECT cumulative_bytes FROM changesets c WHERE c.realm_id = r.id"
        " AND c.server_version = r.head_version)"
        " FROM realms r JOIN client_files f ON f.realm_id = r.id WHERE r.id = ? AND f.id = ?"));
    const auto startDone = qScopeGuard([&start] { start.finish(); });
    start.addBindValue(realmId);
    start.addBindValue(u64(clientFileId));
    if (!start.exec()) {
        failed(QStringLiteral("reading the upload cursor"), lastError(start));
        result.error = Text::tr("cannot read the upload cursor or realm head");
        return result;
    }
    if (!start.next()) {
        result.error = Text::tr("cannot read the upload cursor or realm head");
        return result;
    }
    const quint64 cursor = quint64(start.value(1).toLongLong());
    result.head = quint64(start.value(0).toLongLong());
    result.uploadCursor = cursor;
    quint64 ownTotal = quint64(start.value(2).toLongLong());
    quint64 realmTotal = quint64(start.value(3).toLongLong()); // NULL (empty realm) is 0
    start.finish();

    QSqlQuery &readStamp =
        prepared(QStringLiteral("SELECT stamp_timestamp, stamp_file_id FROM entries"
                                " WHERE realm_id = ? AND key = ?"));
    const auto readStampDone = qScopeGuard([&readStamp] { readStamp.finish(); });
    // Keys, values and ops travel in libpq's binary protocol (inside this transaction: never
    // retried on another connection).
    const QString writeEntry = QStringLiteral(
        "INSERT INTO entries (realm_id, key, value, removed, stamp_timestamp, stamp_file_id,"
        " server_version) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (realm_id, key) DO"
        " UPDATE SET value = EXCLUDED.value, removed = EXCLUDED.removed,"
        " stamp_timestamp = EXCLUDED.stamp_timestamp, stamp_file_id = EXCLUDED.stamp_file_id,"
        " server_version = EXCLUDED.server_version");
    const QString appendChangeset = QStringLiteral(
        "INSERT INTO changesets (realm_id, server_version, origin_file_id, client_version,"
        " origin_timestamp, ops, byte_size, cumulative_bytes, origin_cumulative_bytes)"
        " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)");
    const auto write = [this, &result](const QString &what, const QString &sql,
                                       const PostgresParams &params) {
        if (m_binary.exec(database(), sql, params, &result.error))
            return true;
        failed(what, result.error);
        return false;
    };

    // No origin timestamp beyond the server's clock plus the allowed skew (see the SQLite
    // back end).
    const qint64 latestTimestamp =
        QDateTime::currentMSecsSinceEpoch() + qint64(m_maxClockSkew.count());
    for (const protocol::UploadChangeset &changeset : changesets) {
        const qint64 originTimestamp = std::min(changeset.originTimestamp, latestTimestamp);
        switch (checkNextChangeset(changeset.clientVersion, cursor, result)) {
        case NextChangeset::AlreadyIntegrated:
            continue;
        case NextChangeset::Refused:
            return result;
        case NextChangeset::ToIntegrate:
            break;
        }
        if (changeset.operations.isEmpty())
            continue;
        const quint64 serverVersion = result.head + 1;

        for (const protocol::Operation &op : changeset.operations) {
            readStamp.addBindValue(realmId);
            readStamp.addBindValue(keyBytes(op.key));
            if (!readStamp.exec()) {
                result.error = lastError(readStamp);
                failed(QStringLiteral("reading a stamp"), result.error);
                return result;
            }
            bool wins = true;
            if (readStamp.next()) {
                const qint64 timestamp = readStamp.value(0).toLongLong();
                const quint64 fileId = quint64(readStamp.value(1).toLongLong());
                wins = std::pair(originTimestamp, clientFileId) >= std::pair(timestamp, fileId);
            }
            readStamp.finish();
            if (!wins)
                continue;
            const bool removed = op.kind == protocol::Operation::Kind::Remove;
            PostgresParams entry;
            entry.int8(realmId).bytes(op.key.toUtf8());
            if (removed)
                entry.nullBytes();
            else
                entry.bytes(op.value);
            entry.boolean(removed)
                .int8(originTimestamp)
                .int8(qint64(clientFileId))
                .int8(qint64(serverVersion));
            if (!write(QStringLiteral("writing an entry"), writeEntry, entry))
                return result;
        }

        const QByteArray ops = protocol::encodedOperations(changeset);
        realmTotal += quint64(ops.size());
        ownTotal += quint64(ops.size());
        if (!write(QStringLiteral("appending a changeset"), appendChangeset,
                   PostgresParams()
                       .int8(realmId)
                       .int8(qint64(serverVersion))
                       .int8(qint64(clientFileId))
                       .int8(qint64(changeset.clientVersion))
                       .int8(originTimestamp)
                       .bytes(ops)
                       .int8(qint64(ops.size()))
                       .int8(qint64(realmTotal))
                       .int8(qint64(ownTotal))))
            return result;
        result.head = serverVersion;
        ++result.integratedChangesets;
        result.integratedBytes += quint64(ops.size());
        result.stored.append({{serverVersion, clientFileId, originTimestamp, changeset.operations},
                              quint64(ops.size())});
    }

    QSqlQuery &updateCursor = prepared(QStringLiteral(
        "UPDATE client_files SET upload_cursor = ?, uploaded_bytes = ? WHERE id = ?"));
    const auto updateCursorDone = qScopeGuard([&updateCursor] { updateCursor.finish(); });
    updateCursor.addBindValue(u64(result.uploadCursor));
    updateCursor.addBindValue(u64(ownTotal));
    updateCursor.addBindValue(u64(clientFileId));
    // The realm row is locked by this transaction, so the head read above is still the head.
    QSqlQuery &updateHead =
        prepared(QStringLiteral("UPDATE realms SET head_version = ? WHERE id = ?"));
    const auto updateHeadDone = qScopeGuard([&updateHead] { updateHead.finish(); });
    updateHead.addBindValue(u64(result.head));
    updateHead.addBindValue(realmId);
    if (!updateCursor.exec() || !updateHead.exec()) {
        result.error = Text::tr("cannot update the cursors: %1 %2")
                           .arg(lastError(updateCursor), lastError(updateHead));
        failed(QStringLiteral("updating the cursors"), result.error);
        return result;
    }
    result.status = Integration::Status::Integrated;
    return result;
}

std::optional<QList<RealmStorage::NodeInfo>> PostgresRealmStorage::heartbeat(const NodeInfo &self)
{
    const bool beat = execRead(
        QStringLiteral("INSERT INTO nodes (id, listen, version, started_at, heartbeat_at,"
                       " connections, sessions) VALUES (?, ?, ?, ?::timestamptz, now(), ?, ?)"
                       " ON CONFLICT (id) DO UPDATE SET listen = EXCLUDED.listen,"
                       " heartbeat_at = now(), connections = EXCLUDED.connections,"
                       " sessions = EXCLUDED.sessions"),
        // A null QString binds as NULL: an embedding application without a version (an empty
        // QCoreApplication::applicationVersion()) would fail the NOT NULL and never beat.
        {self.id, self.listen.join(u' '), self.version.isNull() ? QStringLiteral("") : self.version,
         self.startedAt, self.connections, self.sessions},
        [](QSqlQuery &) {});
    if (!beat)
        return std::nullopt;
    // A node gone for an hour is forgotten; one that only missed a few beats is shown stale.
    execRead(QStringLiteral("DELETE FROM nodes WHERE heartbeat_at < now() - interval '1 hour'"), {},
             [](QSqlQuery &) {});
    QList<NodeInfo> nodes;
    const bool read =
        execRead(QStringLiteral(
                     "SELECT id, listen, version,"
                     " to_char(started_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'),"
                     " extract(epoch FROM now() - heartbeat_at)::float8, connections, sessions"
                     " FROM nodes ORDER BY started_at, id"),
                 {}, [&nodes](QSqlQuery &query) {
                     while (query.next()) {
                         NodeInfo node;
                         node.id = query.value(0).toString();
                         node.listen = query.value(1).toString().split(u' ', Qt::SkipEmptyParts);
                         node.version = query.value(2).toString();
                         node.startedAt = query.value(3).toString();
                         node.secondsSinceHeartbeat = query.value(4).toDouble();
                         node.connections = query.value(5).toLongLong();
                         node.sessions = query.value(6).toLongLong();
                         nodes.append(node);
                     }
                 });
    if (!read)
        return std::nullopt;
    return nodes;
}

std::optional<QHash<QString, QByteArray>> PostgresRealmStorage::snapshot(qint64 realmId)
{
    return retriedOnce([&] { return snapshotOnce(realmId); });
}

std::optional<QHash<QString, QByteArray>> PostgresRealmStorage::snapshotOnce(qint64 realmId)
{
    const auto rows = execBinary(
        QStringLiteral("reading a snapshot"),
        QStringLiteral("SELECT key, value FROM entries WHERE realm_id = $1 AND NOT removed"),
        PostgresParams().int8(realmId));
    if (!rows)
        return std::nullopt;
    QHash<QString, QByteArray> state;
    state.reserve(rows->count());
    for (int row = 0; row < rows->count(); ++row)
        state.insert(keyFromUtf8(rows->bytes(row, 0)), rows->bytes(row, 1));
    return state;
}

} // namespace syncscope::server
