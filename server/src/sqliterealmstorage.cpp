#include "sqliterealmstorage.h"

#include "logging.h"

#include <syncscope/protocol/codec.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QVariant>

#include <cerrno>
#include <signal.h>

namespace syncscope::server {

namespace {

// 1: the tables below. 2: running byte totals (see kMigrationTo2). 3: client file owners.
// 4: changesets and entries as rowid tables with their blob last (see kMigrationTo4).
constexpr int kSchemaVersion = 4;

// Client file ids are random below 2^53 (exact in a double, so safe in any JSON tooling): a
// guessed id is useless anyway, since IDENT checks the owner, but it gives nothing away either.
constexpr quint64 kClientFileIdLimit = quint64(1) << 53;

// The translation context of this file's messages; lupdate reads it from the macro too. It
// keeps the class's former name, so that the translated messages stay where they are.
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
    " created_at INTEGER NOT NULL,"
    " owner TEXT)",
    // A realm's client files: every BIND that meets a realm new to the operator's statistics
    // counts them (totals()), and without it each count read the whole table, one full scan
    // per new session (most of a 10,000-session start). Created here, with IF NOT EXISTS, so
    // a file of any schema version gets it at its next start; an older server ignores it.
    "CREATE INDEX IF NOT EXISTS client_files_by_realm ON client_files (realm_id)",
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

// Schema 2: downloadableBytes in O(log n) instead of summing every remaining changeset (whose
// byte_size sits behind the ops blob, so the sum read every overflow page). cumulative_bytes:
// the realm's bytes up to and including this server version; origin_cumulative_bytes: the
// same for this changeset's origin file only; client_files.uploaded_bytes: the running total
// the next changeset of that file continues from. Remaining bytes for a client in (c, h] =
// realm total(h) - total(c) - (own total(h) - own total(c)). Existing rows are filled in once.
const char *const kMigrationTo2[] = {
    "ALTER TABLE changesets ADD COLUMN cumulative_bytes INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE changesets ADD COLUMN origin_cumulative_bytes INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE client_files ADD COLUMN uploaded_bytes INTEGER NOT NULL DEFAULT 0",
    "UPDATE changesets SET cumulative_bytes = t.total, origin_cumulative_bytes = t.own FROM ("
    " SELECT realm_id AS r, server_version AS v,"
    " SUM(byte_size) OVER (PARTITION BY realm_id ORDER BY server_version) AS total,"
    " SUM(byte_size) OVER (PARTITION BY realm_id, origin_file_id ORDER BY server_version) AS own"
    " FROM changesets) AS t WHERE realm_id = t.r AND server_version = t.v",
    "UPDATE client_files SET uploaded_bytes = (SELECT COALESCE(SUM(byte_size), 0)"
    " FROM changesets WHERE origin_file_id = client_files.id)",
    // Finds a client's own running total at a version without touching the blobs.
    "CREATE INDEX IF NOT EXISTS changesets_by_origin ON changesets"
    " (realm_id, origin_file_id, server_version, origin_cumulative_bytes)",
};

// Schema 4: changesets and entries rebuilt as rowid tables whose blob is the last column.
// A WITHOUT ROWID table keeps whole rows in its key's b-tree, and SQLite reads a row whose
// payload overflows in full before it compares the row's key: every lookup in a realm of
// 256 KiB changesets read megabytes (that was most of the storage thread's time in the
// throughput figures, see docs/performance.md). In a rowid table the key index holds only the
// key and the rowid, and the columns before the blob are read without walking its overflow
// pages (the running totals, byte sizes and write stamps that every upload and DOWNLOAD reads).
// Copies every row once; all or nothing, like the other migrations.
const char *const kMigrationTo4[] = {
    "CREATE TABLE changesets_v4 ("
    " realm_id INTEGER NOT NULL REFERENCES realms(id),"
    " server_version INTEGER NOT NULL,"
    " origin_file_id INTEGER NOT NULL,"
    " client_version INTEGER NOT NULL,"
    " origin_timestamp INTEGER NOT NULL,"
    " byte_size INTEGER NOT NULL,"
    " cumulative_bytes INTEGER NOT NULL DEFAULT 0,"
    " origin_cumulative_bytes INTEGER NOT NULL DEFAULT 0,"
    " ops BLOB NOT NULL,"
    " PRIMARY KEY (realm_id, server_version))",
    "INSERT INTO changesets_v4 (realm_id, server_version, origin_file_id, client_version,"
    " origin_timestamp, byte_size, cumulative_bytes, origin_cumulative_bytes, ops)"
    " SELECT realm_id, server_version, origin_file_id, client_version, origin_timestamp,"
    " byte_size, cumulative_bytes, origin_cumulative_bytes, ops FROM changesets"
    " ORDER BY realm_id, server_version",
    "DROP TABLE changesets",
    "ALTER TABLE changesets_v4 RENAME TO changesets",
    "CREATE INDEX changesets_by_origin ON changesets"
    " (realm_id, origin_file_id, server_version, origin_cumulative_bytes)",
    "CREATE TABLE entries_v4 ("
    " realm_id INTEGER NOT NULL REFERENCES realms(id),"
    " key TEXT NOT NULL,"
    " removed INTEGER NOT NULL,"
    " stamp_timestamp INTEGER NOT NULL,"
    " stamp_file_id INTEGER NOT NULL,"
    " server_version INTEGER NOT NULL,"
    " value BLOB,"
    " PRIMARY KEY (realm_id, key))",
    "INSERT INTO entries_v4 (realm_id, key, removed, stamp_timestamp, stamp_file_id,"
    " server_version, value) SELECT realm_id, key, removed, stamp_timestamp, stamp_file_id,"
    " server_version, value FROM entries ORDER BY realm_id, key",
    "DROP TABLE entries",
    "ALTER TABLE entries_v4 RENAME TO entries",
};

// Sets the mode to 0600 (plus `extra`, e.g. ExeOwner for a directory) whatever the umask.
bool ownerOnly(const QString &path, QFileDevice::Permissions extra = {})
{
    return QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | extra);
}

// QLockFile removes a stale lock only if it can create a helper file next to it, which fails
// on a full disk: the server then refused to start after a SIGKILL although the lock's process
// was gone. Removing a file needs no space, so the server does it itself.
bool takeOverStaleLock(QLockFile &lock, const QString &path)
{
    qint64 pid = 0;
    QString host;
    QString application;
    if (!lock.getLockInfo(&pid, &host, &application) || pid <= 0)
        return false;
    if (!host.isEmpty() && host != QSysInfo::machineHostName())
        return false; // another machine's process: nothing to tell
    if (::kill(pid_t(pid), 0) == 0 || errno != ESRCH) {
        // Alive, unless the pid now belongs to another program.
        QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
        QFile own(QStringLiteral("/proc/self/comm"));
        if (!comm.open(QIODevice::ReadOnly) || !own.open(QIODevice::ReadOnly) ||
            comm.readAll() == own.readAll())
            return false;
    }
    if (!QFile::remove(path))
        return false;
    qCWarning(lcStorage).noquote()
        << "took over the lock of" << path << "- its process" << pid << "is gone";
    return true;
}

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

SqliteRealmStorage::SqliteRealmStorage(const QString &connectionName)
    : m_connectionName(connectionName)
{}

SqliteRealmStorage::~SqliteRealmStorage()
{
    close();
}

bool SqliteRealmStorage::exec(const QString &statement, QString *error)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (query.exec(statement))
        return true;
    if (error)
        *error = Text::tr("%1 failed: %2").arg(statement, lastError(query));
    return false;
}

QString SqliteRealmStorage::databasePathIn(const QString &dataDir)
{
    return QDir(dataDir).absoluteFilePath(QStringLiteral("syncscope.sqlite3"));
}

bool SqliteRealmStorage::open(const QString &dataDir, QString *error)
{
    close();
    if (dataDir.isEmpty() || !QDir().mkpath(dataDir)) {
        *error = Text::tr("cannot create the data directory \"%1\"").arg(dataDir);
        return false;
    }
    // Every realm's data lives here: owner only, whatever the umask (mkpath honours it).
    if (!ownerOnly(dataDir, QFileDevice::ExeOwner)) {
        *error = Text::tr("cannot make the data directory \"%1\" private (mode 0700)").arg(dataDir);
        return false;
    }
    m_lock = std::make_unique<QLockFile>(QDir(dataDir).filePath(QStringLiteral("syncscope.lock")));
    m_lock->setStaleLockTime(0); // stale only when its process is gone, never by age
    if (!m_lock->tryLock() && m_lock->error() == QLockFile::LockFailedError &&
        takeOverStaleLock(*m_lock, QDir(dataDir).filePath(QStringLiteral("syncscope.lock")))) {
        m_lock->tryLock();
    }
    if (!m_lock->isLocked()) {
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
    ownerOnly(QDir(dataDir).filePath(QStringLiteral("syncscope.lock")));
    m_databasePath = databasePathIn(dataDir);
    // SQLite gives the -wal and -shm files the database file's mode, so that one is created
    // 0600 before SQLite sees it; older files are tightened the same way.
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        const QString path = m_databasePath + suffix;
        if (suffix.isEmpty() && !QFile::exists(path)) {
            QFile create(path);
            if (!create.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                             QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
                *error = Text::tr("cannot create the database \"%1\": %2")
                             .arg(path, create.errorString());
                m_lock.reset();
                return false;
            }
        }
        if (QFile::exists(path))
            ownerOnly(path);
    }
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
    // Checkpoints at 64 MiB of WAL instead of SQLite's 4 MiB: under many small uploads to many
    // realms a group commit dirties thousands of pages, so the default copied (and fsync'ed)
    // the database file after nearly every commit, doubling the writes; a page that many
    // commits rewrite is now copied once per checkpoint. Durability is the WAL's, unchanged.
    if (!exec(QStringLiteral("PRAGMA synchronous=FULL"), error) ||
        !exec(QStringLiteral("PRAGMA wal_autocheckpoint=16384"), error) ||
        !exec(QStringLiteral("PRAGMA journal_size_limit=67108864"), error) ||
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
    if (found < 2 && !migrate(kMigrationTo2, 2, error)) {
        close();
        return false;
    }
    // Schema 3: the token subject that allocated the file. Older files have none and belong
    // to the first subject that identifies with them after the upgrade.
    if (found < 3 && !hasOwnerColumn() &&
        !exec(QStringLiteral("ALTER TABLE client_files ADD COLUMN owner TEXT"), error)) {
        close();
        return false;
    }
    if (found < 4 && !migrate(kMigrationTo4, 4, error)) {
        close();
        return false;
    }
    if (!exec(QStringLiteral("PRAGMA user_version=%1").arg(kSchemaVersion), error)) {
        close();
        return false;
    }
    qCInfo(lcStorage).noquote() << "opened" << m_databasePath;
    return true;
}

bool SqliteRealmStorage::hasOwnerColumn()
{
    QSqlQuery columns(QSqlDatabase::database(m_connectionName, false));
    if (!columns.exec(QStringLiteral("PRAGMA table_info(client_files)")))
        return false;
    while (columns.next()) {
        if (columns.value(1).toString() == QLatin1StringView("owner"))
            return true;
    }
    return false;
}

bool SqliteRealmStorage::migrate(std::span<const char *const> statements, int version,
                                 QString *error)
{
    // All or nothing: a crash half-way leaves the previous schema, migrated again next time.
    Transaction transaction(QSqlDatabase::database(m_connectionName, false));
    if (!transaction.isActive()) {
        *error = Text::tr("cannot start a transaction: %1").arg(transaction.error());
        return false;
    }
    for (const char *statement : statements) {
        if (!exec(QString::fromLatin1(statement), error))
            return false;
    }
    if (!exec(QStringLiteral("PRAGMA user_version=%1").arg(version), error))
        return false;
    if (!transaction.commit()) {
        *error = Text::tr("cannot commit: %1").arg(transaction.error());
        return false;
    }
    return true;
}

QSqlQuery &SqliteRealmStorage::prepared(const QString &sql)
{
    // Parsed once per open database: parsing the same SQL again for every upload and every
    // DOWNLOAD cost more than running it. Callers finish() the query after use, so no
    // statement keeps a read snapshot open.
    std::unique_ptr<QSqlQuery> &query = m_statements[sql];
    if (!query) {
        query = std::make_unique<QSqlQuery>(QSqlDatabase::database(m_connectionName, false));
        query->setForwardOnly(true);
        query->prepare(sql);
    }
    return *query;
}

void SqliteRealmStorage::close()
{
    m_statements.clear();
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

std::optional<qint64> SqliteRealmStorage::realmId(const QString &realmPath)
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

std::optional<quint64> SqliteRealmStorage::headVersion(qint64 realmId)
{
    QSqlQuery &query = prepared(QStringLiteral("SELECT head_version FROM realms WHERE id = ?"));
    const auto queryDone = qScopeGuard([&query] { query.finish(); });
    query.addBindValue(realmId);
    if (!query.exec() || !query.next()) {
        qCCritical(lcStorage).noquote()
            << "cannot read the head of realm" << realmId << lastError(query);
        return std::nullopt;
    }
    return quint64(query.value(0).toLongLong());
}

std::optional<RealmStorage::Totals> SqliteRealmStorage::totals(qint64 realmId)
{
    QSqlQuery &query = prepared(
        QStringLiteral("SELECT head_version,"
                       " (SELECT COALESCE(SUM(byte_size), 0) FROM changesets WHERE realm_id = ?),"
                       " (SELECT COUNT(*) FROM client_files WHERE realm_id = ?)"
                       " FROM realms WHERE id = ?"));
    const auto queryDone = qScopeGuard([&query] { query.finish(); });
    for (int i = 0; i < 3; ++i)
        query.addBindValue(realmId);
    if (!query.exec() || !query.next()) {
        qCWarning(lcStorage).noquote()
            << "cannot read the totals of realm" << realmId << lastError(query);
        return std::nullopt;
    }
    return Totals{quint64(query.value(0).toLongLong()), quint64(query.value(1).toLongLong()),
                  quint64(query.value(2).toLongLong())};
}

quint64 SqliteRealmStorage::allocateClientFile(qint64 realmId, const QString &owner)
{
    QSqlQuery insert(QSqlDatabase::database(m_connectionName, false));
    insert.prepare(QStringLiteral("INSERT OR IGNORE INTO client_files (id, realm_id, created_at, "
                                  "owner) VALUES (?, ?, ?, ?)"));
    // A collision among 2^53 ids is next to impossible; it just draws again.
    for (int attempt = 0; attempt < 8; ++attempt) {
        const quint64 id = 1 + QRandomGenerator::system()->bounded(kClientFileIdLimit - 1);
        insert.addBindValue(u64(id));
        insert.addBindValue(realmId);
        insert.addBindValue(QDateTime::currentSecsSinceEpoch());
        insert.addBindValue(owner);
        if (!insert.exec()) {
            qCCritical(lcStorage).noquote() << "cannot allocate a client file" << lastError(insert);
            return 0;
        }
        if (insert.numRowsAffected() == 1)
            return id;
    }
    qCCritical(lcStorage).noquote() << "cannot allocate a client file: no free id found";
    return 0;
}

QList<RealmStorage::Binding> SqliteRealmStorage::bindAll(const QList<BindRequest> &requests)
{
    QList<Binding> results(requests.size());
    Transaction transaction(QSqlDatabase::database(m_connectionName, false));
    if (!transaction.isActive()) {
        qCCritical(lcStorage).noquote() << "cannot start binding:" << transaction.error();
        return results;
    }
    for (qsizetype i = 0; i < requests.size(); ++i) {
        const BindRequest &request = requests.at(i);
        Binding &result = results[i];
        result.realmId = realmId(request.realmPath);
        if (!result.realmId)
            continue;
        // Before the new client file: the statistics count that one when it is announced.
        if (request.needTotals)
            result.totals = totals(*result.realmId);
        if (request.needClientFileId)
            result.clientFileId = allocateClientFile(*result.realmId, request.owner);
    }
    if (!transaction.commit()) {
        qCCritical(lcStorage).noquote() << "cannot commit binding:" << transaction.error();
        return QList<Binding>(requests.size()); // nothing of it is stored
    }
    return results;
}

std::optional<QString> SqliteRealmStorage::clientFileOwner(quint64 clientFileId)
{
    QSqlQuery &query = prepared(QStringLiteral("SELECT owner FROM client_files WHERE id = ?"));
    const auto queryDone = qScopeGuard([&query] { query.finish(); });
    query.addBindValue(u64(clientFileId));
    if (!query.exec() || !query.next())
        return std::nullopt;
    return query.value(0).isNull() ? QString() : query.value(0).toString();
}

bool SqliteRealmStorage::claimClientFile(quint64 clientFileId, const QString &owner)
{
    QSqlQuery claim(QSqlDatabase::database(m_connectionName, false));
    claim.prepare(
        QStringLiteral("UPDATE client_files SET owner = ? WHERE id = ? AND owner IS NULL"));
    claim.addBindValue(owner);
    claim.addBindValue(u64(clientFileId));
    return claim.exec() && claim.numRowsAffected() == 1;
}

std::optional<quint64> SqliteRealmStorage::uploadCursor(qint64 realmId, quint64 clientFileId)
{
    QSqlQuery &query = prepared(
        QStringLiteral("SELECT upload_cursor FROM client_files WHERE id = ? AND realm_id = ?"));
    const auto queryDone = qScopeGuard([&query] { query.finish(); });
    query.addBindValue(u64(clientFileId));
    query.addBindValue(realmId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return quint64(query.value(0).toLongLong());
}

std::optional<RealmStorage::DownloadBatch> SqliteRealmStorage::readDownload(qint64 realmId,
                                                                            quint64 clientFileId,
                                                                            quint64 fromVersion,
                                                                            qint64 maxBytes)
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

    QSqlQuery &rows = prepared(QStringLiteral(
        "SELECT server_version, origin_file_id, origin_timestamp, byte_size, rowid FROM changesets"
        " WHERE realm_id = ? AND server_version > ? AND server_version <= ?"
        " AND origin_file_id <> ? ORDER BY server_version"));
    // The blob of a row that joins the batch, by rowid: Qt's driver copies every column of a
    // row it steps onto, so selecting the blob above copied the one changeset that no longer
    // fits too (7 MiB for a big one, for each slow reader at once).
    QSqlQuery &blob = prepared(QStringLiteral("SELECT ops FROM changesets WHERE rowid = ?"));
    const auto rowsDone = qScopeGuard([&rows] { rows.finish(); });
    rows.addBindValue(realmId);
    rows.addBindValue(u64(fromVersion));
    rows.addBindValue(u64(batch.head));
    rows.addBindValue(u64(clientFileId));
    if (!rows.exec()) {
        qCCritical(lcStorage).noquote() << "cannot read changesets" << lastError(rows);
        return std::nullopt;
    }
    // A changeset joins the batch while the total stays within maxBytes; one that is larger
    // than maxBytes by itself travels alone. Stepping onto a row reads its size, not its blob
    // (the blob is the last column of a rowid table).
    bool full = false;
    while (!full && rows.next()) {
        const quint64 size = quint64(rows.value(3).toLongLong());
        if (!batch.changesets.isEmpty() && batch.bytes + size > quint64(maxBytes)) {
            full = true;
            break;
        }
        protocol::DownloadChangeset changeset;
        changeset.serverVersion = quint64(rows.value(0).toLongLong());
        changeset.originFileId = quint64(rows.value(1).toLongLong());
        changeset.originTimestamp = rows.value(2).toLongLong();
        blob.addBindValue(rows.value(4));
        if (!blob.exec() || !blob.next()) {
            qCCritical(lcStorage).noquote() << "cannot read changeset" << changeset.serverVersion
                                            << "of realm" << realmId << lastError(blob);
            blob.finish();
            return std::nullopt;
        }
        const QByteArray ops = blob.value(0).toByteArray();
        blob.finish();
        QString error;
        auto operations = protocol::decodeOperations(ops, {}, &error);
        if (!operations) {
            qCCritical(lcStorage).noquote() << "stored changeset" << changeset.serverVersion
                                            << "of realm" << realmId << "is corrupt:" << error;
            return std::nullopt;
        }
        changeset.operations = std::move(*operations);
        batch.bytes += size;
        batch.changesets.append(std::move(changeset));
        full = batch.bytes >= quint64(maxBytes);
    }
    rows.finish();
    if (full)
        batch.cursor = batch.changesets.constLast().serverVersion;

    // Running totals at the head and at the cursor: two index lookups each, however much
    // history remains.
    const auto totals = [&](quint64 version) -> std::optional<std::pair<quint64, quint64>> {
        QSqlQuery &realmTotal = prepared(QStringLiteral(
            "SELECT cumulative_bytes FROM changesets WHERE realm_id = ? AND server_version <= ?"
            " ORDER BY server_version DESC LIMIT 1"));
        const auto realmTotalDone = qScopeGuard([&realmTotal] { realmTotal.finish(); });
        realmTotal.addBindValue(realmId);
        realmTotal.addBindValue(u64(version));
        QSqlQuery &ownTotal = prepared(
            QStringLiteral("SELECT origin_cumulative_bytes FROM changesets WHERE realm_id = ?"
                           " AND origin_file_id = ? AND server_version <= ? ORDER BY "
                           "server_version DESC LIMIT 1"));
        const auto ownTotalDone = qScopeGuard([&ownTotal] { ownTotal.finish(); });
        ownTotal.addBindValue(realmId);
        ownTotal.addBindValue(u64(clientFileId));
        ownTotal.addBindValue(u64(version));
        if (!realmTotal.exec() || !ownTotal.exec()) {
            qCCritical(lcStorage).noquote()
                << "cannot read byte totals" << lastError(realmTotal) << lastError(ownTotal);
            return std::nullopt;
        }
        const quint64 all = realmTotal.next() ? quint64(realmTotal.value(0).toLongLong()) : 0;
        const quint64 own = ownTotal.next() ? quint64(ownTotal.value(0).toLongLong()) : 0;
        return std::pair(all, own);
    };
    const auto atHead = totals(batch.head);
    const auto atCursor = totals(batch.cursor);
    if (!atHead || !atCursor)
        return std::nullopt;
    batch.remainingBytes = (atHead->first - atCursor->first) - (atHead->second - atCursor->second);
    // Only this client's own changesets are left: it may skip straight to the head.
    if (batch.remainingBytes == 0)
        batch.cursor = batch.head;
    return batch;
}

RealmStorage::Integration
SqliteRealmStorage::integrateUpload(qint64 realmId, quint64 clientFileId,
                                    const QList<protocol::UploadChangeset> &changesets)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    Transaction transaction(db);
    if (!transaction.isActive()) {
        Integration result;
        result.error = Text::tr("cannot start a transaction: %1").arg(transaction.error());
        return result;
    }
    Integration result = integrateInTransaction(realmId, clientFileId, changesets);
    if (result.status != Integration::Status::Integrated)
        return result;
    if (!transaction.commit()) {
        result.status = Integration::Status::StorageError;
        result.error = Text::tr("cannot commit: %1").arg(transaction.error());
    }
    return result;
}

QList<RealmStorage::Integration>
SqliteRealmStorage::integrateUploads(const QList<PendingUpload> &uploads)
{
    QList<Integration> results;
    results.reserve(uploads.size());
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    Transaction transaction(db);
    if (!transaction.isActive()) {
        Integration failed;
        failed.error = Text::tr("cannot start a transaction: %1").arg(transaction.error());
        for (qsizetype i = 0; i < uploads.size(); ++i)
            results.append(failed);
        return results;
    }
    // A client file whose upload failed has its later uploads in this group refused too:
    // they would build on a version the client never got acknowledged.
    QHash<quint64, Integration> failedFiles; // client file id -> its refused upload's result
    QSqlQuery savepoint(db);
    for (const PendingUpload &upload : uploads) {
        if (const auto failed = failedFiles.constFind(upload.clientFileId);
            failed != failedFiles.cend()) {
            results.append(*failed); // refused for the same reason, nothing stored
            continue;
        }
        // Each upload in its own savepoint: a refused one is undone alone.
        if (!savepoint.exec(QStringLiteral("SAVEPOINT upload"))) {
            Integration failed;
            failed.error = lastError(savepoint);
            results.append(failed);
            failedFiles.insert(upload.clientFileId, failed);
            continue;
        }
        Integration result =
            integrateInTransaction(upload.realmId, upload.clientFileId, upload.changesets);
        if (result.status != Integration::Status::Integrated) {
            savepoint.exec(QStringLiteral("ROLLBACK TO upload"));
            failedFiles.insert(upload.clientFileId, result);
        }
        savepoint.exec(QStringLiteral("RELEASE upload"));
        results.append(std::move(result));
    }
    savepoint.finish();
    if (!transaction.commit()) {
        // Nothing of the group is stored; none of it may be acknowledged.
        for (Integration &result : results) {
            if (result.status == Integration::Status::Integrated) {
                result.status = Integration::Status::StorageError;
                result.error = Text::tr("cannot commit: %1").arg(transaction.error());
            }
        }
    }
    return results;
}

RealmStorage::Integration
SqliteRealmStorage::integrateInTransaction(qint64 realmId, quint64 clientFileId,
                                           const QList<protocol::UploadChangeset> &changesets)
{
    Integration result;
    const auto cursor = uploadCursor(realmId, clientFileId);
    const auto head = headVersion(realmId);
    if (!cursor || !head) {
        result.error = Text::tr("cannot read the upload cursor or realm head");
        return result;
    }
    result.uploadCursor = *cursor;
    result.head = *head;

    // The running totals the new rows continue (see kMigrationTo2).
    QSqlQuery &totals = prepared(QStringLiteral(
        "SELECT (SELECT cumulative_bytes FROM changesets WHERE realm_id = ?"
        " AND server_version = ?), (SELECT uploaded_bytes FROM client_files WHERE id = ?)"));
    const auto totalsDone = qScopeGuard([&totals] { totals.finish(); });
    totals.addBindValue(realmId);
    totals.addBindValue(u64(*head));
    totals.addBindValue(u64(clientFileId));
    if (!totals.exec() || !totals.next()) {
        result.error = lastError(totals);
        return result;
    }
    quint64 realmTotal = quint64(totals.value(0).toLongLong()); // NULL (empty realm) is 0
    quint64 ownTotal = quint64(totals.value(1).toLongLong());
    totals.finish();

    QSqlQuery &readStamp =
        prepared(QStringLiteral("SELECT stamp_timestamp, stamp_file_id FROM entries"
                                " WHERE realm_id = ? AND key = ?"));
    const auto readStampDone = qScopeGuard([&readStamp] { readStamp.finish(); });
    QSqlQuery &writeEntry = prepared(QStringLiteral(
        "INSERT OR REPLACE INTO entries (realm_id, key, value, removed, stamp_timestamp,"
        " stamp_file_id, server_version) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    const auto writeEntryDone = qScopeGuard([&writeEntry] { writeEntry.finish(); });
    QSqlQuery &appendChangeset = prepared(QStringLiteral(
        "INSERT INTO changesets (realm_id, server_version, origin_file_id, client_version,"
        " origin_timestamp, ops, byte_size, cumulative_bytes, origin_cumulative_bytes)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const auto appendChangesetDone = qScopeGuard([&appendChangeset] { appendChangeset.finish(); });

    // No origin timestamp beyond the server's clock plus the allowed skew: a client stamping
    // INT64_MAX would otherwise win every later conflict on its keys, forever.
    const qint64 latestTimestamp =
        QDateTime::currentMSecsSinceEpoch() + qint64(m_maxClockSkew.count());
    for (const protocol::UploadChangeset &changeset : changesets) {
        const qint64 originTimestamp = std::min(changeset.originTimestamp, latestTimestamp);
        switch (checkNextChangeset(changeset.clientVersion, *cursor, result)) {
        case NextChangeset::AlreadyIntegrated:
            continue;
        case NextChangeset::Refused:
            return result;
        case NextChangeset::ToIntegrate:
            break;
        }
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
                wins = std::pair(originTimestamp, clientFileId) >= std::pair(timestamp, fileId);
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
            writeEntry.addBindValue(originTimestamp);
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
        appendChangeset.addBindValue(originTimestamp);
        appendChangeset.addBindValue(ops);
        appendChangeset.addBindValue(qint64(ops.size()));
        realmTotal += quint64(ops.size());
        ownTotal += quint64(ops.size());
        appendChangeset.addBindValue(u64(realmTotal));
        appendChangeset.addBindValue(u64(ownTotal));
        if (!appendChangeset.exec()) {
            result.error = lastError(appendChangeset);
            return result;
        }
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
    QSqlQuery &updateHead =
        prepared(QStringLiteral("UPDATE realms SET head_version = ? WHERE id = ?"));
    const auto updateHeadDone = qScopeGuard([&updateHead] { updateHead.finish(); });
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
    result.status = Integration::Status::Integrated;
    return result;
}

std::optional<QHash<QString, QByteArray>> SqliteRealmStorage::snapshot(qint64 realmId)
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
