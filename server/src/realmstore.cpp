#include "realmstore.h"

#include "logging.h"

#include <syncscope/protocol/codec.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QLockFile>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace syncscope::server {

namespace {

constexpr int kSchemaVersion = 1;

// The translation context of this file's messages; lupdate reads it from the macro too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(syncscope::server::RealmStore)
};

const char *const kSchema[] = {
    // head_version: last server version of the realm's history.
    "CREATE TABLE IF NOT EXISTS realms ("
    " id INTEGER PRIMARY KEY,"
    " path TEXT NOT NULL UNIQUE,"
    " head_version INTEGER NOT NULL DEFAULT 0)",
    // Client file ids are unique across realms but belong to exactly one.
    "CREATE TABLE IF NOT EXISTS client_files ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " realm_id INTEGER NOT NULL REFERENCES realms(id),"
    " upload_cursor INTEGER NOT NULL DEFAULT 0,"
    " created_at INTEGER NOT NULL)",
    // ops: protocol::encodeOperations(); byte_size: protocol::changesetSize().
    "CREATE TABLE IF NOT EXISTS changesets ("
    " realm_id INTEGER NOT NULL REFERENCES realms(id),"
    " server_version INTEGER NOT NULL,"
    " origin_file_id INTEGER NOT NULL,"
    " client_version INTEGER NOT NULL,"
    " origin_timestamp INTEGER NOT NULL,"
    " ops BLOB NOT NULL,"
    " byte_size INTEGER NOT NULL,"
    " PRIMARY KEY (realm_id, server_version)) WITHOUT ROWID",
    // Current state: the winning operation per key with its (timestamp, file id) stamp.
    // Removes stay as tombstones so an older set cannot resurrect a key.
    "CREATE TABLE IF NOT EXISTS entries ("
    " realm_id INTEGER NOT NULL REFERENCES realms(id),"
    " key TEXT NOT NULL,"
    " value BLOB,"
    " removed INTEGER NOT NULL,"
    " stamp_timestamp INTEGER NOT NULL,"
    " stamp_file_id INTEGER NOT NULL,"
    " server_version INTEGER NOT NULL,"
    " PRIMARY KEY (realm_id, key)) WITHOUT ROWID",
};

QString lastError(const QSqlQuery &query)
{
    return query.lastError().text();
}

// SQLite stores signed 64-bit integers; versions and ids never get near 2^63.
QVariant u64(quint64 value)
{
    return QVariant(qint64(value));
}

// Rolls back unless commit() was reached, so every early return leaves nothing half done.
class Transaction final
{
    Q_DISABLE_COPY_MOVE(Transaction)

public:
    explicit Transaction(QSqlDatabase db)
        : m_db(std::move(db))
    {
        // IMMEDIATE takes the write lock up front: a second process on the same data
        // directory waits (busy_timeout) instead of failing half-way.
        QSqlQuery begin(m_db);
        m_active = begin.exec(QStringLiteral("BEGIN IMMEDIATE"));
        if (!m_active)
            m_error = lastError(begin);
    }
    ~Transaction()
    {
        if (m_active)
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    }
    bool isActive() const { return m_active; }
    QString error() const { return m_error; }
    bool commit()
    {
        QSqlQuery commit(m_db);
        if (!commit.exec(QStringLiteral("COMMIT"))) {
            m_error = lastError(commit);
            return false;
        }
        m_active = false;
        return true;
    }

private:
    QSqlDatabase m_db;
    bool m_active = false;
    QString m_error;
};

} // namespace

RealmStore::RealmStore(const QString &connectionName)
    : m_connectionName(connectionName)
{}

RealmStore::~RealmStore()
{
    close();
}

bool RealmStore::exec(const QString &statement, QString *error)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (query.exec(statement))
        return true;
    if (error)
        *error = Text::tr("%1 failed: %2").arg(statement, lastError(query));
    return false;
}

bool RealmStore::open(const QString &dataDir, QString *error)
{
    close();
    if (dataDir.isEmpty() || !QDir().mkpath(dataDir)) {
        *error = Text::tr("cannot create the data directory \"%1\"").arg(dataDir);
        return false;
    }
    m_lock = std::make_unique<QLockFile>(QDir(dataDir).filePath(QStringLiteral("syncscope.lock")));
    m_lock->setStaleLockTime(0); // stale only when its process is gone, never by age
    if (!m_lock->tryLock()) {
        qint64 pid = 0;
        QString host;
        QString application;
        m_lock->getLockInfo(&pid, &host, &application);
        *error =
            m_lock->error() == QLockFile::LockFailedError
                ? Text::tr("the data directory \"%1\" is in use by another server (process %2)")
                      .arg(dataDir)
                      .arg(pid)
                : Text::tr("cannot lock the data directory \"%1\"").arg(dataDir);
        m_lock.reset();
        return false;
    }
    m_databasePath = QDir(dataDir).absoluteFilePath(QStringLiteral("syncscope.sqlite3"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(m_databasePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            *error = Text::tr("cannot open the database \"%1\": %2")
                         .arg(m_databasePath, db.lastError().text());
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connectionName);
            m_lock.reset();
            return false;
        }
    }
    m_open = true;

    // WAL + FULL: a COMMIT returns only after the WAL is fsync'ed, which is what lets the
    // server acknowledge an upload right after committing it.
    QSqlQuery mode(QSqlDatabase::database(m_connectionName, false));
    if (!mode.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !mode.next() ||
        mode.value(0).toString().compare(QLatin1StringView("wal"), Qt::CaseInsensitive) != 0) {
        *error = Text::tr("cannot switch \"%1\" to write-ahead logging").arg(m_databasePath);
        close();
        return false;
    }
    mode.finish();
    if (!exec(QStringLiteral("PRAGMA synchronous=FULL"), error) ||
        !exec(QStringLiteral("PRAGMA foreign_keys=ON"), error)) {
        close();
        return false;
    }

    QSqlQuery version(QSqlDatabase::database(m_connectionName, false));
    if (!version.exec(QStringLiteral("PRAGMA user_version")) || !version.next()) {
        *error = Text::tr("cannot read the schema version of \"%1\"").arg(m_databasePath);
        close();
        return false;
    }
    const int found = version.value(0).toInt();
    version.finish();
    if (found > kSchemaVersion) {
        *error =
            Text::tr(
                "\"%1\" was written by a newer syncscope-server (schema %2, this one knows %3)")
                .arg(m_databasePath)
                .arg(found)
                .arg(kSchemaVersion);
        close();
        return false;
    }
    for (const char *statement : kSchema) {
        if (!exec(QString::fromLatin1(statement), error)) {
            close();
            return false;
        }
    }
    if (!exec(QStringLiteral("PRAGMA user_version=%1").arg(kSchemaVersion), error)) {
        close();
        return false;
    }
    qCInfo(lcStorage).noquote() << "opened" << m_databasePath;
    return true;
}

void RealmStore::close()
{
    if (!m_open) {
        m_lock.reset();
        return;
    }
    m_open = false;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_lock.reset();
}

std::optional<qint64> RealmStore::realmId(const QString &realmPath)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT id FROM realms WHERE path = ?"));
    query.addBindValue(realmPath);
    if (query.exec() && query.next())
        return query.value(0).toLongLong();
    query.finish();

    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO realms (path) VALUES (?)"));
    insert.addBindValue(realmPath);
    if (!insert.exec()) {
        qCCritical(lcStorage).noquote() << "cannot create realm" << realmPath << lastError(insert);
        return std::nullopt;
    }
    qCInfo(lcStorage).noquote() << "created realm" << realmPath;
    return insert.lastInsertId().toLongLong();
}

std::optional<quint64> RealmStore::headVersion(qint64 realmId)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT head_version FROM realms WHERE id = ?"));
    query.addBindValue(realmId);
    if (!query.exec() || !query.next()) {
        qCCritical(lcStorage).noquote()
            << "cannot read the head of realm" << realmId << lastError(query);
        return std::nullopt;
    }
    return quint64(query.value(0).toLongLong());
}

quint64 RealmStore::allocateClientFile(qint64 realmId)
{
    QSqlQuery insert(QSqlDatabase::database(m_connectionName, false));
    insert.prepare(QStringLiteral("INSERT INTO client_files (realm_id, created_at) VALUES (?, ?)"));
    insert.addBindValue(realmId);
    insert.addBindValue(QDateTime::currentSecsSinceEpoch());
    if (!insert.exec()) {
        qCCritical(lcStorage).noquote() << "cannot allocate a client file" << lastError(insert);
        return 0;
    }
    return quint64(insert.lastInsertId().toLongLong());
}

std::optional<quint64> RealmStore::uploadCursor(qint64 realmId, quint64 clientFileId)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(
        QStringLiteral("SELECT upload_cursor FROM client_files WHERE id = ? AND realm_id = ?"));
    query.addBindValue(u64(clientFileId));
    query.addBindValue(realmId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return quint64(query.value(0).toLongLong());
}

std::optional<RealmStore::DownloadBatch>
RealmStore::readDownload(qint64 realmId, quint64 clientFileId, quint64 fromVersion, qint64 maxBytes)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    // One read transaction: head, rows and remaining bytes describe the same moment.
    QSqlQuery(db).exec(QStringLiteral("BEGIN"));
    const auto finish = qScopeGuard([&db] { QSqlQuery(db).exec(QStringLiteral("COMMIT")); });

    const auto head = headVersion(realmId);
    if (!head)
        return std::nullopt;
    DownloadBatch batch;
    batch.head = *head;
    batch.cursor = std::max(fromVersion, batch.head);

    QSqlQuery rows(db);
    rows.setForwardOnly(true);
    rows.prepare(QStringLiteral(
        "SELECT server_version, origin_file_id, origin_timestamp, ops, byte_size FROM changesets"
        " WHERE realm_id = ? AND server_version > ? AND server_version <= ?"
        " AND origin_file_id <> ? ORDER BY server_version"));
    rows.addBindValue(realmId);
    rows.addBindValue(u64(fromVersion));
    rows.addBindValue(u64(batch.head));
    rows.addBindValue(u64(clientFileId));
    if (!rows.exec()) {
        qCCritical(lcStorage).noquote() << "cannot read changesets" << lastError(rows);
        return std::nullopt;
    }
    bool full = false;
    while (rows.next()) {
        if (full) {
            // There is more: stop at the last changeset taken.
            batch.cursor = batch.changesets.constLast().serverVersion;
            break;
        }
        protocol::DownloadChangeset changeset;
        changeset.serverVersion = quint64(rows.value(0).toLongLong());
        changeset.originFileId = quint64(rows.value(1).toLongLong());
        changeset.originTimestamp = rows.value(2).toLongLong();
        QString error;
        auto operations = protocol::decodeOperations(rows.value(3).toByteArray(), {}, &error);
        if (!operations) {
            qCCritical(lcStorage).noquote() << "stored changeset" << changeset.serverVersion
                                            << "of realm" << realmId << "is corrupt:" << error;
            return std::nullopt;
        }
        changeset.operations = std::move(*operations);
        batch.bytes += quint64(rows.value(4).toLongLong());
        batch.changesets.append(std::move(changeset));
        full = qint64(batch.bytes) >= maxBytes;
    }
    rows.finish();

    QSqlQuery remaining(db);
    remaining.prepare(
        QStringLiteral("SELECT COALESCE(SUM(byte_size), 0) FROM changesets WHERE realm_id = ?"
                       " AND server_version > ? AND server_version <= ? AND origin_file_id <> ?"));
    remaining.addBindValue(realmId);
    remaining.addBindValue(u64(batch.cursor));
    remaining.addBindValue(u64(batch.head));
    remaining.addBindValue(u64(clientFileId));
    if (!remaining.exec() || !remaining.next()) {
        qCCritical(lcStorage).noquote() << "cannot sum remaining bytes" << lastError(remaining);
        return std::nullopt;
    }
    batch.remainingBytes = quint64(remaining.value(0).toLongLong());
    return batch;
}

RealmStore::Integration
RealmStore::integrateUpload(qint64 realmId, quint64 clientFileId,
                            const QList<protocol::UploadChangeset> &changesets)
{
    Integration result;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    Transaction transaction(db);
    if (!transaction.isActive()) {
        result.error = Text::tr("cannot start a transaction: %1").arg(transaction.error());
        return result;
    }
    const auto cursor = uploadCursor(realmId, clientFileId);
    const auto head = headVersion(realmId);
    if (!cursor || !head) {
        result.error = Text::tr("cannot read the upload cursor or realm head");
        return result;
    }
    result.uploadCursor = *cursor;
    result.head = *head;

    QSqlQuery readStamp(db);
    readStamp.prepare(QStringLiteral("SELECT stamp_timestamp, stamp_file_id FROM entries"
                                     " WHERE realm_id = ? AND key = ?"));
    QSqlQuery writeEntry(db);
    writeEntry.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO entries (realm_id, key, value, removed, stamp_timestamp,"
        " stamp_file_id, server_version) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery appendChangeset(db);
    appendChangeset.prepare(QStringLiteral(
        "INSERT INTO changesets (realm_id, server_version, origin_file_id, client_version,"
        " origin_timestamp, ops, byte_size) VALUES (?, ?, ?, ?, ?, ?, ?)"));

    for (const protocol::UploadChangeset &changeset : changesets) {
        if (changeset.clientVersion <= *cursor)
            continue; // integrated before: an idempotent re-upload after a reconnect
        if (changeset.clientVersion <= result.uploadCursor) {
            result.status = Integration::Status::BadClientVersion;
            result.error = Text::tr("client version %1 does not increase (after %2)")
                               .arg(changeset.clientVersion)
                               .arg(result.uploadCursor);
            return result;
        }
        result.uploadCursor = changeset.clientVersion;
        if (changeset.operations.isEmpty())
            continue; // nothing to store or send; the cursor still moves
        const quint64 serverVersion = result.head + 1;

        for (const protocol::Operation &op : changeset.operations) {
            readStamp.addBindValue(realmId);
            readStamp.addBindValue(op.key);
            if (!readStamp.exec()) {
                result.error = lastError(readStamp);
                return result;
            }
            bool wins = true;
            if (readStamp.next()) {
                // Last writer wins on (timestamp, file id); on a full tie the later one wins.
                const qint64 timestamp = readStamp.value(0).toLongLong();
                const quint64 fileId = quint64(readStamp.value(1).toLongLong());
                wins = std::pair(changeset.originTimestamp, clientFileId) >=
                       std::pair(timestamp, fileId);
            }
            readStamp.finish();
            if (!wins)
                continue;
            const bool removed = op.kind == protocol::Operation::Kind::Remove;
            writeEntry.addBindValue(realmId);
            writeEntry.addBindValue(op.key);
            writeEntry.addBindValue(removed
                                        ? QVariant(QMetaType::fromType<QByteArray>())
                                        : QVariant(op.value.isNull() ? QByteArray("") : op.value));
            writeEntry.addBindValue(removed ? 1 : 0);
            writeEntry.addBindValue(changeset.originTimestamp);
            writeEntry.addBindValue(u64(clientFileId));
            writeEntry.addBindValue(u64(serverVersion));
            if (!writeEntry.exec()) {
                result.error = lastError(writeEntry);
                return result;
            }
        }

        const QByteArray ops = protocol::encodeOperations(changeset.operations);
        appendChangeset.addBindValue(realmId);
        appendChangeset.addBindValue(u64(serverVersion));
        appendChangeset.addBindValue(u64(clientFileId));
        appendChangeset.addBindValue(u64(changeset.clientVersion));
        appendChangeset.addBindValue(changeset.originTimestamp);
        appendChangeset.addBindValue(ops);
        appendChangeset.addBindValue(qint64(ops.size()));
        if (!appendChangeset.exec()) {
            result.error = lastError(appendChangeset);
            return result;
        }
        result.head = serverVersion;
        ++result.integratedChangesets;
        result.integratedBytes += quint64(ops.size());
    }

    QSqlQuery updateCursor(db);
    updateCursor.prepare(QStringLiteral("UPDATE client_files SET upload_cursor = ? WHERE id = ?"));
    updateCursor.addBindValue(u64(result.uploadCursor));
    updateCursor.addBindValue(u64(clientFileId));
    QSqlQuery updateHead(db);
    updateHead.prepare(QStringLiteral("UPDATE realms SET head_version = ? WHERE id = ?"));
    updateHead.addBindValue(u64(result.head));
    updateHead.addBindValue(realmId);
    if (!updateCursor.exec() || !updateHead.exec()) {
        result.error = Text::tr("cannot update the cursors: %1 %2")
                           .arg(lastError(updateCursor), lastError(updateHead));
        return result;
    }
    readStamp.finish();
    writeEntry.finish();
    appendChangeset.finish();
    if (!transaction.commit()) {
        result.error = Text::tr("cannot commit: %1").arg(transaction.error());
        return result;
    }
    result.status = Integration::Status::Integrated;
    return result;
}

std::optional<QHash<QString, QByteArray>> RealmStore::snapshot(qint64 realmId)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(
        QStringLiteral("SELECT key, value FROM entries WHERE realm_id = ? AND removed = 0"));
    query.addBindValue(realmId);
    if (!query.exec())
        return std::nullopt;
    QHash<QString, QByteArray> state;
    while (query.next())
        state.insert(query.value(0).toString(), query.value(1).toByteArray());
    return state;
}

} // namespace syncscope::server
