#include "sqliterealmstorage.h"

#include "logging.h"
#include "sqlitestatement.h"
#include "walreserve.h"
#include "walwritegathering.h"

#include <syncscope/protocol/codec.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QUrl>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>
#include <cerrno>
#include <limits>
#include <signal.h>

namespace syncscope::server {

namespace {

// 1: the tables below. 2: running byte totals (see kMigrationTo2). 3: client file owners.
// 4: changesets and entries as rowid tables with their blob last (see kMigrationTo4).
// 5: no realms.head_version (see kMigrationTo5).
// 6: an entry written since keeps no copy of its value (NULL): the value is in the changeset of
// the entry's server_version. Older entries keep theirs; nothing is rewritten.
// 7: a client file's upload cursor and byte total are its last changeset's (committedFile()); the
// row holds them only where no changeset tells them. Nothing is rewritten, but a server of
// schema 6 would read the row alone, so it must refuse the file.
// 8: only marked changesets are in the origin index (kMigrationTo8, kOriginMarkSpan). A server
// of schema 7 refuses the file (a newer schema): without its full index, each of its cursor and
// byte-total lookups would walk a realm's whole history.
// 9: `entries` is brought up to date from the history when a snapshot is read (foldEntries(),
// realms.entries_through), no longer upserted with every upload: that upsert was one of the two
// random B-tree inserts of every upload, and nothing on the sync path reads the table. A server
// of schema 8 refuses the file: it would upsert entries the fold then applies once more.
constexpr int kSchemaVersion = 9;

// A client file's upload cursor and running byte total (schema 7): those of its last stored
// changeset, or the row's where an empty changeset moved the cursor past it (an empty changeset
// takes no version). Both only grow, so the larger of the two is the current one. The group
// commit thus writes no client_files row for an upload that stored a changeset: that was one
// more statement and one more dirty page of a random row an upload (the ids are random).
// ?1: client file id, ?2: realm id; one row if the file belongs to the realm.
constexpr const char *kFileRow =
    "SELECT upload_cursor, uploaded_bytes FROM client_files WHERE id = ?1 AND realm_id = ?2";

// Schema 8: a changeset is marked (origin_marked, in the origin index) when its realm moved on
// more than this many versions since its origin file's last marked changeset, or the file has
// none. So each of a file's changesets lies at most this many versions of its realm after the
// file's last marked one at or below it, and a file's last changeset at or below any version is
// found by one lookup in the origin index and a walk back over at most this many rows of the
// realm's history (lastOwnChangeset()). Every changeset had an entry in that index before: a
// random insert of an entry twice the primary key's in every upload, a third of the storage
// thread's work at 10,000 realms (docs/performance.md). With one writer a realm, one
// changeset in 33 has an entry now.
constexpr quint64 kOriginMarkSpan = 32;

// ?1 realm, ?2 client file, ?3 version: the file's last marked changeset at or below ?3.
constexpr const char *kLastOriginMark =
    "SELECT server_version FROM changesets WHERE realm_id = ?1 AND origin_file_id = ?2"
    " AND origin_marked AND server_version <= ?3 ORDER BY server_version DESC LIMIT 1";
// ?1 realm, ?2 client file, ?3 ..?4 the versions: the file's last changeset among them, found
// in the realm's primary key (at most kOriginMarkSpan + 1 rows).
constexpr const char *kLastOwnBetween =
    "SELECT server_version, client_version, origin_cumulative_bytes FROM changesets"
    " WHERE realm_id = ?1 AND server_version BETWEEN ?3 AND ?4 AND origin_file_id = ?2"
    " ORDER BY server_version DESC LIMIT 1";

// Client file ids are random below 2^53 (exact in a double, so safe in any JSON tooling): a
// guessed id is useless anyway, since IDENT checks the owner, but it gives nothing away either.
constexpr quint64 kClientFileIdLimit = quint64(1) << 53;

// Should the checkpointer be gone, the reserve checkpoints at 64 MiB of WAL itself.
constexpr int kCheckpointFrames = 16384;
// The write-ahead log's size limit (journal_size_limit, which SQLite truncates it to when it
// starts over) and as far as WalReserve extends it ahead of the commits: at least 64 MiB, and
// what the copy-back lets the log reach (walLimitBytes()).
constexpr qint64 kWalLimitBytes = 64 * 1024 * 1024;
constexpr qint64 kWalLimitCapBytes = qint64(1) << 30;

// As long as the log may grow before it is copied back and starts over (the checkpointer's
// inline bound) plus the reserve ahead of it. Below that, every start-over truncated the log
// (a file system journal commit inside that commit) and the next commits grew it again into
// new blocks, each syncing the file's size too: at 10,000 uploads a second the log passes
// 64 MiB every cycle, and those commits took 30-65 ms (docs/performance.md).
qint64 walLimitBytes(const WalCheckpointer::Thresholds &thresholds, int pageSize)
{
    constexpr qint64 kHeaderBytes = 32;
    constexpr qint64 kFrameHeaderBytes = 24;
    const qint64 bound = kHeaderBytes +
                         qint64(thresholds.inlineFrames) * (pageSize + kFrameHeaderBytes) +
                         2 * WalReserve::kDefaultChunkBytes;
    return std::clamp(bound, kWalLimitBytes, kWalLimitCapBytes);
}

// The translation context of this file's messages; lupdate reads it from the macro too. It
// keeps the class's former name, so that the translated messages stay where they are.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(syncscope::server::RealmStore)
};

const char *const kSchema[] = {
    // head_version: last server version of the realm's history (dropped by schema 5).
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

// Schema 5: a realm's head is the highest server version of its changesets (an index lookup in
// their primary key), no longer a column that every group commit updated: that update dirtied
// one more page of the database per realm and commit. Empty changesets take no version, so the
// two always agreed; the column is dropped, all or nothing.
const char *const kMigrationTo5[] = {
    "ALTER TABLE realms DROP COLUMN head_version",
};

// Schema 8: the origin index holds marked changesets only (kOriginMarkSpan). The column is
// added without rewriting a row (every existing changeset counts as marked, so what the old
// index found the new one finds); the new index is built once from the table, as schema 2
// built the old one, and the old one's pages are freed. All or nothing, like the others. The
// mark is the table's last column, after the blob, but nothing reads it from a row (that would
// walk the blob's overflow pages): the index's WHERE answers it, and rows are never updated.
const char *const kMigrationTo8[] = {
    "ALTER TABLE changesets ADD COLUMN origin_marked INTEGER NOT NULL DEFAULT 1",
    "DROP INDEX IF EXISTS changesets_by_origin",
    "CREATE INDEX IF NOT EXISTS changesets_by_origin_mark ON changesets"
    " (realm_id, origin_file_id, server_version, origin_cumulative_bytes) WHERE origin_marked",
};

// Schema 9: the server version up to which a realm's entries hold its history (foldEntries()).
// Everything stored so far was upserted with its upload, so every realm starts at its head.
const char *const kMigrationTo9[] = {
    "ALTER TABLE realms ADD COLUMN entries_through INTEGER NOT NULL DEFAULT 0",
    "UPDATE realms SET entries_through = COALESCE((SELECT MAX(server_version) FROM changesets"
    " WHERE realm_id = realms.id), 0)",
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

// The connection behind Qt's driver: the driver and the server use the same shared libsqlite3.
sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

// The operations of the changeset in row `rowid`, read by SQLite straight into the array that
// the DOWNLOAD's values then share (protocol::decodeOperationsSharingValues()): through Qt's
// driver SQLite assembled each blob in a buffer of its own and Qt copied it again, two of the
// six copies a downloaded byte took on the server. One handle serves a whole batch
// (sqlite3_blob_reopen() moves it without compiling it again); the caller closes it before the
// read transaction ends. Nullopt if the row has no blob to open (an empty changeset is stored
// as NULL) or the read fails; the caller then reads the row through the driver.
std::optional<QByteArray> readOperationsBlob(sqlite3 *db, sqlite3_blob **blob, qint64 rowid)
{
    if (!db)
        return std::nullopt;
    const int opened = *blob ? sqlite3_blob_reopen(*blob, rowid)
                             : sqlite3_blob_open(db, "main", "changesets", "ops", rowid, 0, blob);
    if (opened != SQLITE_OK) {
        // A handle that failed to move is spent; the next row opens a fresh one.
        sqlite3_blob_close(*blob);
        *blob = nullptr;
        return std::nullopt;
    }
    QByteArray bytes(sqlite3_blob_bytes(*blob), Qt::Uninitialized);
    if (sqlite3_blob_read(*blob, bytes.data(), int(bytes.size()), 0) != SQLITE_OK) {
        sqlite3_blob_close(*blob);
        *blob = nullptr;
        return std::nullopt;
    }
    return bytes;
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
    // A commit's frames reach the log in one write instead of two a frame (WalWriteGathering);
    // should it not install, SQLite writes them one by one as before.
    m_vfs = WalWriteGathering::install();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        if (m_vfs) {
            db.setDatabaseName(QUrl::fromLocalFile(m_databasePath).toString(QUrl::FullyEncoded) +
                               QStringLiteral("?vfs=") + QLatin1StringView(m_vfs));
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_URI"));
        } else {
            db.setDatabaseName(m_databasePath);
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        }
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
    QSqlQuery pageSize(QSqlDatabase::database(m_connectionName, false));
    // SQLite's default page, should the size not be readable: the limit only sizes the log.
    const int pageBytes = pageSize.exec(QStringLiteral("PRAGMA page_size")) && pageSize.next()
                              ? pageSize.value(0).toInt()
                              : 4096;
    pageSize.finish();
    const qint64 walLimit = walLimitBytes(m_checkpointThresholds, pageBytes);
    if (!exec(QStringLiteral("PRAGMA synchronous=FULL"), error) ||
        !exec(QStringLiteral("PRAGMA journal_size_limit=%1").arg(walLimit), error) ||
        // 16 MiB of page cache instead of SQLite's 2 MiB: at 10,000 realms the pages a group
        // commit touches (each realm's index leaves, its entries, the cursors) no longer fit
        // in 2 MiB, and every commit read them back from the file. Used only as it fills.
        !exec(QStringLiteral("PRAGMA cache_size=-16384"), error) ||
        !exec(QStringLiteral("PRAGMA foreign_keys=ON"), error)) {
        close();
        return false;
    }
    // Checkpoints at 64 MiB of WAL (WalCheckpointer::Thresholds) instead of SQLite's 4 MiB:
    // under many small uploads to many realms a group commit dirties thousands of pages, and
    // a page that many commits rewrite is copied once per checkpoint; a burst of big uploads
    // reaches the disk once while it arrives. And not by the storage thread, which meanwhile
    // commits the next groups: a thread and connection of its own copies the WAL back.
    // Durability is the WAL's, unchanged.
    sqlite3 *handle = sqliteHandle(QSqlDatabase::database(m_connectionName, false));
    if (!handle) {
        *error = Text::tr("cannot reach SQLite behind \"%1\"").arg(m_databasePath);
        close();
        return false;
    }
    if (!m_checkpointer.start(handle, m_databasePath, m_vfs, m_checkpointThresholds, error)) {
        close();
        return false;
    }
    // Group commits sync into log blocks that are already there (WalReserve); it sits in
    // front of the checkpointer's WAL hook and hands every commit on to it.
    m_walReserve = std::make_unique<WalReserve>(handle, kCheckpointFrames, walLimit);
    m_walReserve->forwardCommitsTo(&WalCheckpointer::walHook, &m_checkpointer);

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
    if (found < 3 && !hasColumn(QStringLiteral("client_files"), QStringLiteral("owner")) &&
        !exec(QStringLiteral("ALTER TABLE client_files ADD COLUMN owner TEXT"), error)) {
        close();
        return false;
    }
    if (found < 4 && !migrate(kMigrationTo4, 4, error)) {
        close();
        return false;
    }
    if (found < 5 && hasColumn(QStringLiteral("realms"), QStringLiteral("head_version")) &&
        !migrate(kMigrationTo5, 5, error)) {
        close();
        return false;
    }
    // The column may be there already where a file was taken back to an older version by hand
    // (the tests do): only the index is made then.
    const bool marksThere =
        found < 8 && hasColumn(QStringLiteral("changesets"), QStringLiteral("origin_marked"));
    if (found < 8 && !migrate(std::span(kMigrationTo8).subspan(marksThere ? 1 : 0), 8, error)) {
        close();
        return false;
    }
    // As for schema 8: where the column is there already, only its values are set again.
    const bool throughThere =
        found < 9 && hasColumn(QStringLiteral("realms"), QStringLiteral("entries_through"));
    if (found < 9 && !migrate(std::span(kMigrationTo9).subspan(throughThere ? 1 : 0), 9, error)) {
        close();
        return false;
    }
    if (!exec(QStringLiteral("PRAGMA user_version=%1").arg(kSchemaVersion), error) ||
        !prepareGroupCommit(error)) {
        close();
        return false;
    }
    // The log's reserve before the first group commit, not after it: made then, its 2 MiB and
    // their sync were still being written when the next upload arrived (a lone writer's second
    // write waited 4-17 ms for the storage thread in most runs of the propagation bench).
    prepareNextCommit();
    qCInfo(lcStorage).noquote() << "opened" << m_databasePath;
    return true;
}

bool SqliteRealmStorage::hasColumn(const QString &table, const QString &column)
{
    QSqlQuery columns(QSqlDatabase::database(m_connectionName, false));
    if (!columns.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table)))
        return false;
    while (columns.next()) {
        if (columns.value(1).toString() == column)
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
    m_walReserve.reset();  // gives the WAL hook back to the checkpointer
    m_checkpointer.stop(); // its connection first, while the storage's is still open
    m_statements.clear();
    m_groupCommit.reset(); // finalized before the connection closes
    m_committedRealms.clear();
    m_committedFiles.clear();
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
    // The highest version of the realm's history (schema 5), 0 for none; no row, no realm.
    QSqlQuery &query =
        prepared(QStringLiteral("SELECT (SELECT COALESCE(MAX(server_version), 0) FROM changesets"
                                " WHERE realm_id = realms.id) FROM realms WHERE id = ?"));
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
        QStringLiteral("SELECT (SELECT COALESCE(MAX(server_version), 0) FROM changesets"
                       " WHERE realm_id = realms.id),"
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
    Transaction transaction(QSqlDatabase::database(m_connectionName, false));
    if (!transaction.isActive()) {
        qCCritical(lcStorage).noquote() << "cannot start binding:" << transaction.error();
        return QList<Binding>(requests.size());
    }
    // All of the group in this one transaction: one commit and one fsync for all.
    const QList<Binding> results = bindEach(requests);
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

// The group commit's statements on SQLite's own API: with Qt's driver the QVariant boxing and
// string copies around them cost more than SQLite's own work (docs/performance.md).
struct SqliteRealmStorage::GroupCommitStatements
{
    SqliteStatement begin;
    SqliteStatement commit;
    SqliteStatement rollback;
    SqliteStatement readRealm;
    SqliteStatement realmExists;
    SqliteStatement readFile;
    SqliteStatement readOriginMark;
    SqliteStatement readOwnBetween;
    SqliteStatement writeEntry;
    SqliteStatement appendChangeset;
    SqliteStatement writeCursor;
    SqliteStatement savepoint;
    SqliteStatement rollbackToSavepoint;
    SqliteStatement releaseSavepoint;
};

std::optional<quint64> SqliteRealmStorage::uploadCursor(qint64 realmId, quint64 clientFileId)
{
    bool databaseFailed = false;
    const std::optional<FileCursor> file = committedFile(clientFileId, realmId, &databaseFailed);
    if (!file)
        return std::nullopt;
    return file->cursor;
}

std::optional<SqliteRealmStorage::OwnChangeset>
SqliteRealmStorage::lastOwnChangeset(qint64 realmId, quint64 clientFileId, quint64 atOrBelow)
{
    if (!m_groupCommit)
        return std::nullopt;
    // Versions are below 2^63 (u64()); so is the walk's upper end.
    atOrBelow = std::min<quint64>(atOrBelow, quint64(std::numeric_limits<qint64>::max()));
    SqliteStatement &mark = m_groupCommit->readOriginMark;
    mark.bind(1, realmId);
    mark.bind(2, clientFileId);
    mark.bind(3, atOrBelow);
    const int markStep = mark.step();
    const quint64 markVersion = markStep == SQLITE_ROW ? quint64(mark.columnInt64(0)) : 0;
    mark.reset();
    if (markStep == SQLITE_DONE)
        return OwnChangeset{}; // every changeset of the file has a mark at or before it
    if (markStep != SQLITE_ROW)
        return std::nullopt;
    SqliteStatement &own = m_groupCommit->readOwnBetween;
    own.bind(1, realmId);
    own.bind(2, clientFileId);
    own.bind(3, markVersion);
    own.bind(4, std::min(atOrBelow, markVersion + kOriginMarkSpan));
    const int ownStep = own.step();
    OwnChangeset found;
    if (ownStep == SQLITE_ROW) { // at least the mark itself
        found = {quint64(own.columnInt64(0)), quint64(own.columnInt64(1)),
                 quint64(own.columnInt64(2)), markVersion};
    }
    own.reset();
    if (ownStep != SQLITE_ROW)
        return std::nullopt;
    return found;
}

std::optional<SqliteRealmStorage::FileCursor>
SqliteRealmStorage::committedFile(quint64 clientFileId, qint64 realmId, bool *databaseFailed)
{
    if (const auto committed = m_committedFiles.find(clientFileId);
        committed != m_committedFiles.end()) {
        if (committed->second.realmId != realmId) // a client file belongs to one realm only
            return std::nullopt;
        return committed->second;
    }
    if (!m_groupCommit) {
        *databaseFailed = true;
        return std::nullopt;
    }
    SqliteStatement &read = m_groupCommit->readFile;
    read.bind(1, clientFileId);
    read.bind(2, realmId);
    const int step = read.step();
    FileCursor file;
    if (step == SQLITE_ROW)
        file = {realmId, quint64(read.columnInt64(0)), quint64(read.columnInt64(1))};
    read.reset();
    if (step != SQLITE_ROW) {
        *databaseFailed = step != SQLITE_DONE;
        return std::nullopt;
    }
    const std::optional<OwnChangeset> last =
        lastOwnChangeset(realmId, clientFileId, std::numeric_limits<quint64>::max());
    if (!last) {
        *databaseFailed = true;
        return std::nullopt;
    }
    // The row where empty changesets moved the cursor past the history, else the history.
    file.cursor = std::max(file.cursor, last->clientVersion);
    file.uploadedBytes = std::max(file.uploadedBytes, last->totalBytes);
    file.lastVersion = last->serverVersion;
    file.markVersion = last->markVersion;
    return file;
}

std::optional<quint64> SqliteRealmStorage::ownBytesAt(qint64 realmId, quint64 clientFileId,
                                                      quint64 version)
{
    // At or past the file's last changeset (most readers, and every file that never uploaded
    // once its row is read): its running total, no walk.
    if (const auto committed = m_committedFiles.find(clientFileId);
        committed != m_committedFiles.end() && committed->second.realmId == realmId &&
        version >= committed->second.lastVersion)
        return committed->second.uploadedBytes;
    const std::optional<OwnChangeset> own = lastOwnChangeset(realmId, clientFileId, version);
    if (!own)
        return std::nullopt;
    return own->totalBytes;
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
    // A changeset's blob is a chain of consecutive pages: read ~30 of them a system call, not
    // one (ended before the COMMIT above, as it must be).
    const WalWriteGathering::SequentialReads sequentialReads;

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
    sqlite3 *handle = sqliteHandle(db);
    sqlite3_blob *opsBlob = nullptr; // readOperationsBlob()'s, closed before the COMMIT
    const auto opsBlobDone = qScopeGuard([&opsBlob] { sqlite3_blob_close(opsBlob); });
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
        std::optional<QByteArray> ops =
            readOperationsBlob(handle, &opsBlob, rows.value(4).toLongLong());
        if (!ops) {
            blob.addBindValue(rows.value(4));
            if (!blob.exec() || !blob.next()) {
                qCCritical(lcStorage).noquote()
                    << "cannot read changeset" << changeset.serverVersion << "of realm" << realmId
                    << lastError(blob);
                blob.finish();
                return std::nullopt;
            }
            ops = blob.value(0).toByteArray();
            blob.finish();
        }
        QString error;
        auto operations = protocol::decodeOperationsSharingValues(*ops, {}, &error);
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
        if (!realmTotal.exec()) {
            qCCritical(lcStorage).noquote() << "cannot read byte totals" << lastError(realmTotal);
            return std::nullopt;
        }
        const quint64 all = realmTotal.next() ? quint64(realmTotal.value(0).toLongLong()) : 0;
        const std::optional<quint64> own = ownBytesAt(realmId, clientFileId, version);
        if (!own) {
            qCCritical(lcStorage).noquote() << "cannot read the byte total of client file"
                                            << clientFileId << "in realm" << realmId;
            return std::nullopt;
        }
        return std::pair(all, *own);
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

bool SqliteRealmStorage::prepareGroupCommit(QString *error)
{
    sqlite3 *handle = sqliteHandle(QSqlDatabase::database(m_connectionName, false));
    if (!handle) {
        *error = Text::tr("cannot reach SQLite behind \"%1\"").arg(m_databasePath);
        return false;
    }
    m_groupCommit = std::make_unique<GroupCommitStatements>();
    GroupCommitStatements &s = *m_groupCommit;
    const std::pair<SqliteStatement *, const char *> statements[] = {
        // IMMEDIATE takes the write lock up front, as Transaction does.
        {&s.begin, "BEGIN IMMEDIATE"},
        {&s.commit, "COMMIT"},
        {&s.rollback, "ROLLBACK"},
        {&s.readRealm,
         // The head (schema 5) and the running total the next changeset continues; no row:
         // no history yet (realmExists tells whether the realm is there at all).
         "SELECT server_version, cumulative_bytes FROM changesets WHERE realm_id = ?1"
         " ORDER BY server_version DESC LIMIT 1"},
        {&s.realmExists, "SELECT 1 FROM realms WHERE id = ?1"},
        {&s.readFile, kFileRow},
        {&s.readOriginMark, kLastOriginMark},
        {&s.readOwnBetween, kLastOwnBetween},
        // foldEntries(): last writer wins on (timestamp, file id), a full tie to the later one,
        // in one statement: the stamp is compared where the row is found, and a winning write
        // updates the row in place (no delete and insert of the row and its key, as REPLACE did).
        {&s.writeEntry,
         "INSERT INTO entries (realm_id, key, removed, stamp_timestamp, stamp_file_id,"
         " server_version, value) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
         " ON CONFLICT (realm_id, key) DO UPDATE SET removed = excluded.removed,"
         " stamp_timestamp = excluded.stamp_timestamp, stamp_file_id = excluded.stamp_file_id,"
         " server_version = excluded.server_version, value = excluded.value"
         " WHERE (excluded.stamp_timestamp, excluded.stamp_file_id)"
         " >= (entries.stamp_timestamp, entries.stamp_file_id)"},
        {&s.appendChangeset,
         "INSERT INTO changesets (realm_id, server_version, origin_file_id, client_version,"
         " origin_timestamp, ops, byte_size, cumulative_bytes, origin_cumulative_bytes,"
         " origin_marked) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"},
        {&s.writeCursor,
         "UPDATE client_files SET upload_cursor = ?1, uploaded_bytes = ?2 WHERE id = ?3"},
        {&s.savepoint, "SAVEPOINT upload"},
        {&s.rollbackToSavepoint, "ROLLBACK TO upload"},
        {&s.releaseSavepoint, "RELEASE upload"},
    };
    for (const auto &[statement, sql] : statements) {
        if (!statement->prepare(handle, sql)) {
            *error = Text::tr("%1 failed: %2").arg(QString::fromLatin1(sql), statement->error());
            m_groupCommit.reset();
            return false;
        }
    }
    return true;
}

SqliteRealmStorage::RealmHead *SqliteRealmStorage::batchRealm(qint64 realmId, Batch &batch,
                                                              bool *databaseFailed)
{
    if (const auto staged = batch.realms.find(realmId); staged != batch.realms.end())
        return &staged->second;
    RealmHead realm;
    if (const auto committed = m_committedRealms.find(realmId);
        committed != m_committedRealms.end()) {
        realm = committed->second;
    } else {
        SqliteStatement &read = m_groupCommit->readRealm;
        read.bind(1, realmId);
        int step = read.step();
        if (step == SQLITE_ROW)
            realm = {quint64(read.columnInt64(0)), quint64(read.columnInt64(1))};
        read.reset();
        if (step == SQLITE_DONE) { // no history yet: head 0, if the realm exists
            SqliteStatement &exists = m_groupCommit->realmExists;
            exists.bind(1, realmId);
            step = exists.step();
            exists.reset();
        }
        if (step != SQLITE_ROW) {
            *databaseFailed = step != SQLITE_DONE;
            return nullptr;
        }
    }
    return &batch.realms.emplace(realmId, realm).first->second;
}

SqliteRealmStorage::FileCursor *SqliteRealmStorage::batchFile(quint64 clientFileId, qint64 realmId,
                                                              Batch &batch, bool *databaseFailed)
{
    if (const auto staged = batch.files.find(clientFileId); staged != batch.files.end())
        return staged->second.realmId == realmId ? &staged->second : nullptr;
    std::optional<FileCursor> file = committedFile(clientFileId, realmId, databaseFailed);
    if (!file)
        return nullptr;
    file->changed = false;
    return &batch.files.emplace(clientFileId, *file).first->second;
}

RealmStorage::Integration
SqliteRealmStorage::integrateUpload(qint64 realmId, quint64 clientFileId,
                                    const QList<protocol::UploadChangeset> &changesets)
{
    return integrateUploads({PendingUpload{realmId, clientFileId, changesets}}).constFirst();
}

QList<RealmStorage::Integration>
SqliteRealmStorage::integrateUploads(const QList<PendingUpload> &uploads)
{
    if (!m_groupCommit) { // not open
        Integration failed;
        failed.error = Text::tr("cannot start a transaction: %1").arg(QStringLiteral("not open"));
        return QList<Integration>(uploads.size(), failed);
    }
    GroupCommitStatements &s = *m_groupCommit;
    QList<Integration> results;
    QString error;
    // First without savepoints (a group commit of many small uploads spent a third of its
    // statements on them); if the database refuses anything, all of it is rolled back and
    // written again with a savepoint per upload, so that the failing upload fails alone.
    for (const bool savepoints : {false, true}) {
        results.clear();
        if (!s.begin.run()) {
            error = Text::tr("cannot start a transaction: %1").arg(s.begin.error());
            break;
        }
        auto rollback = qScopeGuard([&s] { s.rollback.run(); });
        Batch batch;
        bool databaseFailed = false;
        results = writeBatch(uploads, batch, savepoints, &databaseFailed);
        if (databaseFailed)
            continue; // rolled back
        if (!writeCursors(batch, &error))
            break;
        if (!s.commit.run()) {
            error = Text::tr("cannot commit: %1").arg(s.commit.error());
            break;
        }
        rollback.dismiss();
        rememberCommitted(batch);
        return results;
    }
    // Nothing of the group is stored; none of it may be acknowledged.
    if (results.size() != uploads.size())
        results = QList<Integration>(uploads.size());
    for (Integration &result : results) {
        if (result.status == Integration::Status::Integrated || result.error.isEmpty()) {
            result.status = Integration::Status::StorageError;
            result.error = error;
        }
    }
    return results;
}

QList<RealmStorage::Integration> SqliteRealmStorage::writeBatch(const QList<PendingUpload> &uploads,
                                                                Batch &batch, bool savepoints,
                                                                bool *databaseFailed)
{
    QList<Integration> results;
    results.reserve(uploads.size());
    // A client file whose upload failed has its later uploads in this group refused too:
    // they would build on a version the client never got acknowledged.
    QHash<quint64, Integration> failedFiles; // client file id -> its refused upload's result
    GroupCommitStatements &s = *m_groupCommit;
    for (const PendingUpload &upload : uploads) {
        if (const auto failed = failedFiles.constFind(upload.clientFileId);
            failed != failedFiles.cend()) {
            results.append(*failed); // refused for the same reason, nothing stored
            continue;
        }
        bool readFailed = false;
        RealmHead *realm = batchRealm(upload.realmId, batch, &readFailed);
        FileCursor *file =
            realm ? batchFile(upload.clientFileId, upload.realmId, batch, &readFailed) : nullptr;
        if (readFailed && !savepoints) {
            *databaseFailed = true;
            return results;
        }
        if (!realm || !file) {
            Integration failed;
            failed.error = Text::tr("cannot read the upload cursor or realm head");
            results.append(failed);
            failedFiles.insert(upload.clientFileId, failed);
            continue;
        }
        if (savepoints && !s.savepoint.run()) {
            Integration failed;
            failed.error = s.savepoint.error();
            results.append(failed);
            failedFiles.insert(upload.clientFileId, failed);
            continue;
        }
        bool uploadFailed = false;
        Integration result = writeUpload(upload, *realm, *file, &uploadFailed);
        if (uploadFailed && !savepoints) {
            *databaseFailed = true;
            return results;
        }
        if (uploadFailed)
            s.rollbackToSavepoint.run(); // the upload alone is undone
        if (savepoints)
            s.releaseSavepoint.run();
        if (result.status != Integration::Status::Integrated)
            failedFiles.insert(upload.clientFileId, result);
        results.append(std::move(result));
    }
    return results;
}

RealmStorage::Integration SqliteRealmStorage::writeUpload(const PendingUpload &upload,
                                                          RealmHead &realm, FileCursor &file,
                                                          bool *databaseFailed)
{
    Integration result;
    result.uploadCursor = file.cursor;
    result.head = realm.head;
    // A refused upload is found before anything of it is written, so there is nothing to undo.
    Integration check = result;
    for (const protocol::UploadChangeset &changeset : upload.changesets) {
        if (checkNextChangeset(changeset.clientVersion, file.cursor, check) ==
            NextChangeset::Refused)
            return check;
    }

    GroupCommitStatements &s = *m_groupCommit;
    quint64 realmTotal = realm.totalBytes;
    quint64 ownTotal = file.uploadedBytes;
    quint64 lastStoredClientVersion = 0; // of this upload's last stored changeset, 0 for none
    quint64 lastVersion = file.lastVersion;
    quint64 markVersion = file.markVersion;
    // No origin timestamp beyond the server's clock plus the allowed skew: a client stamping
    // INT64_MAX would otherwise win every later conflict on its keys, forever.
    const qint64 latestTimestamp =
        QDateTime::currentMSecsSinceEpoch() + qint64(m_maxClockSkew.count());
    for (const protocol::UploadChangeset &changeset : upload.changesets) {
        const qint64 originTimestamp = std::min(changeset.originTimestamp, latestTimestamp);
        if (checkNextChangeset(changeset.clientVersion, file.cursor, result) !=
            NextChangeset::ToIntegrate)
            continue; // already integrated (refusals were ruled out above)
        if (changeset.operations.isEmpty())
            continue; // nothing to store or send; the cursor still moves
        const quint64 serverVersion = result.head + 1;

        const QByteArray ops = protocol::encodedOperations(changeset);
        realmTotal += quint64(ops.size());
        ownTotal += quint64(ops.size());
        s.appendChangeset.bind(1, upload.realmId);
        s.appendChangeset.bind(2, serverVersion);
        s.appendChangeset.bind(3, upload.clientFileId);
        s.appendChangeset.bind(4, changeset.clientVersion);
        s.appendChangeset.bind(5, originTimestamp);
        s.appendChangeset.bindBlob(6, ops);
        s.appendChangeset.bind(7, qint64(ops.size()));
        s.appendChangeset.bind(8, realmTotal);
        s.appendChangeset.bind(9, ownTotal);
        const bool marked = markVersion == 0 || serverVersion - markVersion > kOriginMarkSpan;
        s.appendChangeset.bind(10, qint64(marked ? 1 : 0));
        if (!s.appendChangeset.run()) {
            result.error = s.appendChangeset.error();
            *databaseFailed = true;
            return result;
        }
        result.head = serverVersion;
        lastStoredClientVersion = changeset.clientVersion;
        lastVersion = serverVersion;
        if (marked)
            markVersion = serverVersion;
        ++result.integratedChangesets;
        result.integratedBytes += quint64(ops.size());
        result.stored.append(
            {{serverVersion, upload.clientFileId, originTimestamp, changeset.operations},
             quint64(ops.size())});
    }

    realm.head = result.head;
    realm.totalBytes = realmTotal;
    file.lastVersion = lastVersion;
    file.markVersion = markVersion;
    if (result.uploadCursor != file.cursor || ownTotal != file.uploadedBytes) {
        file.cursor = result.uploadCursor;
        file.uploadedBytes = ownTotal;
        // The row is written only where the history does not tell the cursor (committedFile()):
        // the upload ended with empty changesets, past the last one it stored.
        file.changed = lastStoredClientVersion != result.uploadCursor;
    }
    result.status = Integration::Status::Integrated;
    return result;
}

bool SqliteRealmStorage::writeCursors(const Batch &batch, QString *error)
{
    SqliteStatement &write = m_groupCommit->writeCursor;
    for (const auto &[clientFileId, file] : batch.files) {
        if (!file.changed)
            continue;
        write.bind(1, file.cursor);
        write.bind(2, file.uploadedBytes);
        write.bind(3, clientFileId);
        if (!write.run()) {
            *error = Text::tr("cannot update the cursors: %1").arg(write.error());
            return false;
        }
    }
    return true;
}

void SqliteRealmStorage::rememberCommitted(const Batch &batch)
{
    // A server with more realms or files than this reads the rest from the database again.
    constexpr std::size_t kCommittedLimit = 1 << 17;
    if (m_committedRealms.size() + batch.realms.size() > kCommittedLimit)
        m_committedRealms.clear();
    if (m_committedFiles.size() + batch.files.size() > kCommittedLimit)
        m_committedFiles.clear();
    for (const auto &[realmId, realm] : batch.realms)
        m_committedRealms.insert_or_assign(realmId, realm);
    for (const auto &[clientFileId, file] : batch.files)
        m_committedFiles.insert_or_assign(clientFileId, file);
}

void SqliteRealmStorage::prepareNextCommit()
{
    // First the rest of a background copy-back, now that no upload waits for it; the next
    // commit then starts the WAL over at its beginning, in blocks the reserve already has.
    m_checkpointer.finishBetweenCommits();
    QString error;
    if (m_walReserve && !m_walReserve->topUp(&error))
        qCWarning(lcStorage).noquote() << "write-ahead log reserve:" << error;
}

qint64 SqliteRealmStorage::walCommittedEnd() const
{
    return m_walReserve ? m_walReserve->committedEnd() : 0;
}

bool SqliteRealmStorage::foldEntries(qint64 realmId)
{
    QSqlQuery &through =
        prepared(QStringLiteral("SELECT entries_through FROM realms WHERE id = ?"));
    through.addBindValue(realmId);
    if (!through.exec())
        return false;
    if (!through.next()) { // no such realm: nothing to fold
        through.finish();
        return true;
    }
    const quint64 from = quint64(through.value(0).toLongLong());
    through.finish();

    QSqlQuery &rows =
        prepared(QStringLiteral("SELECT server_version, origin_file_id, origin_timestamp, ops FROM"
                                " changesets WHERE realm_id = ? AND server_version > ?"
                                " ORDER BY server_version"));
    const auto rowsDone = qScopeGuard([&rows] { rows.finish(); });
    rows.addBindValue(realmId);
    rows.addBindValue(u64(from));
    if (!rows.exec())
        return false;
    // In the order of the history, each operation as its upload once wrote it: so the winners,
    // tombstones and ties come out as they always did.
    SqliteStatement &write = m_groupCommit->writeEntry;
    quint64 folded = from;
    while (rows.next()) {
        const quint64 serverVersion = quint64(rows.value(0).toLongLong());
        const qint64 originFileId = rows.value(1).toLongLong();
        const qint64 originTimestamp = rows.value(2).toLongLong();
        const auto operations = protocol::decodeOperations(rows.value(3).toByteArray());
        if (!operations) {
            qCCritical(lcStorage) << "cannot decode changeset" << serverVersion << "of realm"
                                  << realmId;
            return false;
        }
        for (const protocol::Operation &op : *operations) {
            const bool removed = op.kind == protocol::Operation::Kind::Remove;
            write.bind(1, realmId);
            write.bindText(2, op.key);
            write.bind(3, qint64(removed ? 1 : 0));
            write.bind(4, originTimestamp);
            write.bind(5, originFileId);
            write.bind(6, serverVersion);
            write.bindNull(7); // the value is read from the changeset (schema 6)
            if (!write.run()) {
                qCCritical(lcStorage).noquote() << "cannot fold an entry:" << write.error();
                return false;
            }
        }
        folded = serverVersion;
    }
    if (rows.lastError().isValid())
        return false;
    if (folded == from)
        return true;
    QSqlQuery &mark =
        prepared(QStringLiteral("UPDATE realms SET entries_through = ? WHERE id = ?"));
    mark.addBindValue(u64(folded));
    mark.addBindValue(realmId);
    const bool marked = mark.exec();
    mark.finish();
    return marked;
}

std::optional<QHash<QString, QByteArray>> SqliteRealmStorage::snapshot(qint64 realmId)
{
    if (!m_groupCommit) // not open
        return std::nullopt;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    // The entries are brought up to date and read in one transaction: entries and changesets
    // of the same moment.
    Transaction transaction(db);
    if (!transaction.isActive() || !foldEntries(realmId))
        return std::nullopt;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT key, server_version, value IS NULL, value FROM entries"
                                 " WHERE realm_id = ? AND removed = 0"));
    query.addBindValue(realmId);
    if (!query.exec())
        return std::nullopt;
    QHash<QString, QByteArray> state;
    QHash<QString, quint64> inChangesets; // key -> the server version that holds its value
    while (query.next()) {
        const QString key = query.value(0).toString();
        if (query.value(2).toBool())
            inChangesets.insert(key, quint64(query.value(1).toLongLong()));
        else
            state.insert(key, query.value(3).toByteArray()); // written before schema 6
    }
    query.finish();
    // The value of an entry is the last operation on its key in the changeset that set it
    // (later operations of one changeset win, as in integrateInTransaction()).
    QHash<quint64, QList<protocol::Operation>> changesets;
    QSqlQuery ops(db);
    ops.setForwardOnly(true);
    ops.prepare(
        QStringLiteral("SELECT ops FROM changesets WHERE realm_id = ? AND server_version = ?"));
    for (auto it = inChangesets.cbegin(); it != inChangesets.cend(); ++it) {
        auto found = changesets.find(it.value());
        if (found == changesets.end()) {
            ops.bindValue(0, realmId);
            ops.bindValue(1, u64(it.value()));
            if (!ops.exec() || !ops.next())
                return std::nullopt;
            auto operations = protocol::decodeOperations(ops.value(0).toByteArray());
            ops.finish();
            if (!operations)
                return std::nullopt;
            found = changesets.insert(it.value(), std::move(*operations));
        }
        const QList<protocol::Operation> &operations = found.value();
        for (auto op = operations.crbegin(); op != operations.crend(); ++op) {
            if (op->key == it.key()) {
                if (op->kind == protocol::Operation::Kind::Set)
                    state.insert(it.key(), op->value);
                break;
            }
        }
    }
    ops.finish();
    if (!transaction.commit())
        return std::nullopt;
    return state;
}

} // namespace syncscope::server
