#include "localstore.h"

#include "batchedwalvfs.h"
#include "localfileschema.h"
#include "logging.h"
#include "walcheckpointer.h"

#include <syncscope/protocol/codec.h>

#include <QCoreApplication>
#include <QDataStream>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace syncscope::detail {

namespace {

// The translation context of this file's messages; lupdate reads it from the macro too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(syncscope::LocalStore)
};

// A key as the statements bind it: its UTF-8 bytes, which they cast to TEXT. Qt's driver
// binds a QString as UTF-16, and SQLite reads a U+FEFF at the start of UTF-16 text as a
// byte-order mark and drops it, which made such a key the same row as the key without it.
// Never null: a null blob would bind NULL, and the empty key is a key.
QByteArray keyBinding(const QString &key)
{
    QByteArray utf8 = key.toUtf8();
    if (utf8.isNull())
        utf8 = QByteArray("");
    return utf8;
}

QString nextConnectionName()
{
    static std::atomic<quint64> counter{0};
    return u"syncscope-local-%1"_s.arg(++counter);
}

// The connection behind Qt's driver: Qt's QSQLITE driver and this library use the same shared
// libsqlite3.
sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

// The stores of this thread that went idle most recently and keep SQLite's cached pages, the
// latest first (see keepPagesWhileIdle()).
thread_local QList<LocalStore *> t_warmIdleStores;

// LocalStore::maxStreamingWalFrames() of this thread (a test sets a smaller one).
thread_local int t_maxStreamingWalFrames = LocalStore::kMaxStreamingWalFrames;

} // namespace

LocalStore::LocalStore(const QString &filePath, const QString &realmPath)
    : m_connectionName(nextConnectionName())
    , m_filePath(filePath)
    , m_realmPath(realmPath)
{
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    // Opened read-write but never created: a file deleted while the budget had it closed must
    // fail to open again, not come back as a new, empty database at the realm's path.
    // Through the VFS that writes a commit's WAL frames in few system calls.
    const char *vfs = batchedWalVfsName();
    m_db.setDatabaseName(QUrl::fromLocalFile(filePath).toString(QUrl::FullyEncoded) +
                         u"?mode=rw"_s + (vfs ? u"&vfs="_s + QLatin1StringView(vfs) : QString()));
    m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_URI"_s);
}

LocalStore::~LocalStore()
{
    forgetWarmPages();
    LocalFileBudget::instance().closed(this);
    // This close's checkpoint is the file's last: no other connection may hold the WAL then.
    if (m_checkpointRequested)
        WalCheckpointer::instance().forget(QFile::encodeName(m_filePath));
    if (m_open)
        closeConnection(true);
    else if (m_closedByBudget)
        checkpointParkedFile();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

void LocalStore::closeConnection(bool checkpoint)
{
    forgetWarmPages();
    // Prepared statements must be finalized before the connection can close.
    for (QSqlQuery &query : m_statements)
        query = QSqlQuery();
    if (!checkpoint) {
        // SQLite's last close copies the WAL into the file and deletes the WAL and its index:
        // two syncs, and two files created again (two inode allocations) at the next open.
        // Left as they are, the next open finds the WAL and reads it, exactly what any
        // connection does after another closed (or a process was killed): nothing is lost,
        // and the WAL is checkpointed by SQLite's automatic checkpoint or the final close.
        if (sqlite3 *handle = sqliteHandle(m_db))
            sqlite3_db_config(handle, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
    }
    m_db.close();
    m_open = false;
}

void LocalStore::checkpointParkedFile()
{
    if (!QFileInfo::exists(m_filePath + u"-wal"_s) || !m_db.open())
        return;
    m_open = true;
    // Reading the metadata opens the WAL (the close checkpoints only a WAL this connection
    // has read); a file that is no longer this store's is closed again without a checkpoint.
    QString error;
    const bool ours = isTheFileThatWasClosed(&error);
    if (!ours)
        qCWarning(lcStore) << "not checkpointing" << m_filePath << error;
    closeConnection(ours);
}

bool LocalStore::isTheFileThatWasClosed(QString *error)
{
    Meta meta;
    QString realmPath;
    if (!readMeta(&meta, &realmPath, error))
        return false;
    if (realmPath != m_realmPath || !(meta.clientFileId == m_storedClientFileId &&
                                      meta.downloadCursor == m_meta.downloadCursor &&
                                      meta.lastClientVersion == m_meta.lastClientVersion &&
                                      meta.ackedClientVersion == m_meta.ackedClientVersion &&
                                      meta.counters == m_meta.counters)) {
        *error = Text::tr("The local file %1 was replaced or changed by another program while "
                          "it was closed; it was left untouched.")
                     .arg(m_filePath);
        return false;
    }
    return true;
}

bool LocalStore::isIdle() const
{
    return isCaughtUp() && m_unsent.isEmpty();
}

bool LocalStore::canClose() const
{
    // Every transaction begins and ends inside one call, so none is open between calls; the
    // check keeps it so should that ever change.
    sqlite3 *handle = sqliteHandle(m_db);
    return m_open && handle && sqlite3_get_autocommit(handle) != 0;
}

void LocalStore::closeForBudget()
{
    qCDebug(lcStore) << "closing" << m_filePath << "for the open-file budget";
    closeConnection(false);
    m_closedByBudget = true;
}

bool LocalStore::ensureOpen(QString *error)
{
    if (m_open) {
        LocalFileBudget::instance().used(this);
        return true;
    }
    return reopen(error);
}

bool LocalStore::reopen(QString *error)
{
    if (!m_db.open()) {
        *error =
            Text::tr("Cannot open the local file %1: %2").arg(m_filePath, m_db.lastError().text());
        return false;
    }
    m_open = true;
    // A file that fails to open again is left as it is, also when this store goes away.
    m_closedByBudget = false;
    auto closeAgain = qScopeGuard([this] { closeConnection(false); });
    // What prepareSchema() sets on a first open, except synchronous: NORMAL, what a download
    // needs (a write switches to FULL first). The journal mode is the file's own and stays
    // WAL. Both in one call straight to SQLite: this runs once per open, and at 10,000
    // sessions every one beyond the open-file budget opens here.
    sqlite3 *handle = sqliteHandle(m_db);
    if (!handle || sqlite3_exec(handle, "PRAGMA secure_delete = FAST; PRAGMA synchronous = NORMAL",
                                nullptr, nullptr, nullptr) != SQLITE_OK) {
        *error = Text::tr("%1 in %2: %3")
                     .arg(Text::tr("Cannot configure the local file"), m_filePath,
                          handle ? QString::fromUtf8(sqlite3_errmsg(handle)) : QString());
        return false;
    }
    m_synchronous = Synchronous::Normal;
    if (!takeOverCheckpoints()) {
        *error = sqlError(Text::tr("Cannot configure the local file"));
        return false;
    }
    // The file must be the one this store closed: an older copy put in its place, or another
    // realm's file, would take writes stamped and numbered for a history it does not have.
    if (!isTheFileThatWasClosed(error))
        return false;
    closeAgain.dismiss();
    LocalFileBudget::instance().opened(this);
    return true;
}

QSqlDatabase LocalStore::databaseForTesting()
{
    QString error;
    if (!ensureOpen(&error))
        qCWarning(lcStore) << error;
    return m_db;
}

std::unique_ptr<LocalStore> LocalStore::open(const QString &filePath, const QString &realmPath,
                                             QString *error)
{
    const bool created = !QFileInfo::exists(filePath) || removeLostCreation(filePath);
    const Creation creation =
        created
            ? createLocalFile(filePath, realmPath, error)
            : (looksLikeSqlite(filePath, error) ? Creation::CreatedByAnother : Creation::Failed);
    if (creation == Creation::Failed)
        return nullptr;

    std::unique_ptr<LocalStore> store(new LocalStore(filePath, realmPath));
    if (creation == Creation::Created) {
        // Built just now by this call: the schema, the realm path and all-zero metadata, which
        // is exactly what a new store holds. Nothing needs checking or reading, so the
        // connection is not opened here but at the file's first use (reopen(), which checks
        // that it is still this file): opening ten thousand realms opened each file a first
        // time only to close it again for the open-file budget, a third of the client's time.
        store->m_creationPending = true;
        return store;
    }
    if (!store->m_db.open()) {
        *error = Text::tr("Cannot open the local file %1: %2")
                     .arg(filePath, store->m_db.lastError().text());
        return nullptr;
    }
    store->m_open = true;
    if (!prepareSchema(store->m_db, filePath, realmPath, error) || !store->loadMeta(error))
        return nullptr;
    if (!store->takeOverCheckpoints()) {
        *error = store->sqlError(Text::tr("Cannot configure the local file"));
        return nullptr;
    }
    store->m_storedClientFileId = store->m_meta.clientFileId;
    // A file that never had a durable local write may never have been synced at all: created
    // just now, or by an earlier run that ended before its first write (killed or not).
    store->m_creationPending = created || store->m_meta.lastClientVersion == 0;
    // Opening read the schema and checked the file: nothing needs those pages until it syncs.
    store->releaseCachedPages();
    LocalFileBudget::instance().opened(store.get());
    return store;
}

QSqlQuery *LocalStore::statement(Statement which) const
{
    QSqlQuery &query = m_statements[size_t(which)];
    if (!query.lastQuery().isEmpty())
        return &query;
    // Every write runs these; compiling them once per connection instead of per write is what
    // keeps the local commit path at the cost of its one fdatasync.
    QString text;
    switch (which) {
    case Statement::Stamp:
        text =
            u"SELECT stamp_time, stamp_file FROM syncscope_objects WHERE key = CAST(? AS TEXT)"_s;
        break;
    case Statement::StoreIfNewer:
        // An operation in one statement: stored only if its stamp wins by
        // incomingWins() (lastwriterwins.h), so applying it needs no read of the current
        // stamp first. File ids are unsigned 64-bit, SQLite's integers signed: where the sign
        // bits differ, the "negative" one is the larger id. A stored file id 0 is this file's
        // own (see setClientFileId): ?6 is whether the incoming id wins a tie against it.
        text = u"INSERT INTO syncscope_objects (key, value, removed, stamp_time, stamp_file) "
               "VALUES (CAST(?1 AS TEXT), ?2, ?3, ?4, ?5) ON CONFLICT(key) DO UPDATE SET value = "
               "excluded.value, "
               "removed = excluded.removed, stamp_time = excluded.stamp_time, "
               "stamp_file = excluded.stamp_file WHERE excluded.stamp_time > stamp_time OR "
               "(excluded.stamp_time = stamp_time AND CASE stamp_file WHEN 0 THEN ?6 ELSE "
               "((excluded.stamp_file < 0) > (stamp_file < 0) OR ((excluded.stamp_file < 0) = "
               "(stamp_file < 0) AND excluded.stamp_file >= stamp_file)) END)"_s;
        break;
    case Statement::InsertPending:
        text = u"INSERT INTO syncscope_pending VALUES (?, ?, ?, ?)"_s;
        break;
    case Statement::WriteMeta:
        text = u"UPDATE syncscope_meta SET client_file_id = ?, download_cursor = ?, "
               "last_client_version = ?, acked_client_version = ?, uploadable_bytes = ?, "
               "uploaded_bytes = ?, downloaded_bytes = ?, downloadable_bytes = ? WHERE id = 1"_s;
        break;
    case Statement::Count:
        return nullptr;
    }
    query = QSqlQuery(m_db);
    // Forward-only: a scrollable query keeps a cache of rows alive (~20 KiB a realm).
    query.setForwardOnly(true);
    if (!query.prepare(text)) {
        qCWarning(lcStore) << "cannot compile a statement on" << m_filePath
                           << query.lastError().text();
        query = QSqlQuery(); // compiled again on the next use
        return nullptr;
    }
    return &query;
}

void LocalStore::committed(const Meta &meta)
{
    m_meta = meta;
    m_storedClientFileId = meta.clientFileId;
}

bool LocalStore::setSynchronous(Synchronous level)
{
    // Switched only when the next transaction needs another level, and left there: a
    // session that only downloads never compiles the pragma again, and a burst of writes
    // compiles it once. Not prepared once: SQLite applies it while compiling it.
    if (level == m_synchronous)
        return true;
    QSqlQuery query(m_db);
    bool set = false;
    switch (level) {
    case Synchronous::Full:
        set = query.exec(u"PRAGMA synchronous = FULL"_s);
        break;
    case Synchronous::Normal:
        set = query.exec(u"PRAGMA synchronous = NORMAL"_s);
        break;
    case Synchronous::Off:
        set = query.exec(u"PRAGMA synchronous = OFF"_s);
        break;
    }
    if (set)
        m_synchronous = level;
    return set;
}

bool LocalStore::loadMeta(QString *error)
{
    QString realmPath;
    return readMeta(&m_meta, &realmPath, error);
}

bool LocalStore::readMeta(Meta *meta, QString *realmPath, QString *error)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT client_file_id, download_cursor, last_client_version, "
                    "acked_client_version, uploadable_bytes, uploaded_bytes, downloaded_bytes, "
                    "downloadable_bytes, realm_path FROM syncscope_meta WHERE id = 1"_s) ||
        !query.next()) {
        *error = sqlError(Text::tr("Cannot read the sync metadata"));
        return false;
    }
    meta->clientFileId = query.value(0).toULongLong();
    meta->downloadCursor = query.value(1).toULongLong();
    meta->lastClientVersion = query.value(2).toULongLong();
    meta->ackedClientVersion = query.value(3).toULongLong();
    meta->counters.uploadable = query.value(4).toULongLong();
    meta->counters.uploaded = query.value(5).toULongLong();
    meta->counters.downloaded = query.value(6).toULongLong();
    meta->counters.downloadableRemaining = query.value(7).toULongLong();
    *realmPath = query.value(8).toString();
    return true;
}

bool LocalStore::makeCreationDurable(QString *error)
{
    if (!m_creationPending)
        return true;
    // The file first (its pages that no WAL frame replaces must be on the disk before a
    // commit in the WAL can be), then the name that leads to it.
    if (!syncFile(m_filePath) || !syncParentDirectory(m_filePath)) {
        *error = Text::tr("Cannot open the local file %1: %2")
                     .arg(m_filePath, QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    m_creationPending = false;
    return true;
}

bool LocalStore::writeMeta(const Meta &meta, QString *error)
{
    QSqlQuery *statement = this->statement(Statement::WriteMeta);
    if (!statement) {
        *error = sqlError(Text::tr("Cannot write the sync metadata"));
        return false;
    }
    QSqlQuery &query = *statement;
    int position = 0;
    for (quint64 v : {meta.clientFileId, meta.downloadCursor, meta.lastClientVersion,
                      meta.ackedClientVersion, meta.counters.uploadable, meta.counters.uploaded,
                      meta.counters.downloaded, meta.counters.downloadableRemaining})
        query.bindValue(position++, qint64(v));
    if (!query.exec()) {
        *error = sqlError(Text::tr("Cannot write the sync metadata"));
        return false;
    }
    return true;
}

QString LocalStore::sqlError(const QString &what) const
{
    return describeSqlError(m_db, m_filePath, what);
}

std::optional<QByteArray> LocalStore::value(const QString &key)
{
    QString error;
    if (!ensureOpen(&error)) {
        qCWarning(lcStore) << error;
        return std::nullopt;
    }
    QSqlQuery query(m_db);
    query.prepare(
        u"SELECT value FROM syncscope_objects WHERE key = CAST(? AS TEXT) AND removed = 0"_s);
    query.addBindValue(keyBinding(key));
    if (!query.exec() || !query.next())
        return std::nullopt;
    QByteArray bytes = query.value(0).toByteArray();
    return bytes.isNull() ? QByteArray("") : bytes; // an empty value is a value, not "absent"
}

QStringList LocalStore::keys()
{
    QStringList result;
    QString error;
    if (!ensureOpen(&error)) {
        qCWarning(lcStore) << error;
        return result;
    }
    QSqlQuery query(m_db);
    if (query.exec(u"SELECT key FROM syncscope_objects WHERE removed = 0 ORDER BY key"_s)) {
        while (query.next())
            result.append(query.value(0).toString());
    }
    return result;
}

std::optional<WriteStamp> LocalStore::stampOf(const QString &key, bool *ok) const
{
    QSqlQuery *statement = this->statement(Statement::Stamp);
    *ok = statement != nullptr;
    if (!statement)
        return std::nullopt;
    QSqlQuery &query = *statement;
    query.bindValue(0, keyBinding(key));
    *ok = query.exec();
    std::optional<WriteStamp> stamp;
    if (*ok && query.next()) {
        const quint64 fileId = query.value(1).toULongLong();
        stamp = WriteStamp{query.value(0).toLongLong(), fileId == 0 ? m_meta.clientFileId : fileId};
    }
    query.finish(); // a statement left stepping would pin its read snapshot
    return stamp;
}

std::optional<bool> LocalStore::storeIfNewer(const protocol::Operation &operation,
                                             const WriteStamp &stamp)
{
    const bool removed = operation.kind == protocol::Operation::Kind::Remove;
    QSqlQuery *statement = this->statement(Statement::StoreIfNewer);
    if (!statement)
        return std::nullopt;
    QSqlQuery &query = *statement;
    query.bindValue(0, keyBinding(operation.key));
    query.bindValue(1, removed                    ? QByteArray()
                       : operation.value.isNull() ? QByteArray("")
                                                  : operation.value);
    query.bindValue(2, removed ? 1 : 0);
    query.bindValue(3, stamp.timestamp);
    query.bindValue(4, qint64(stamp.fileId));
    query.bindValue(5, stamp.fileId >= m_meta.clientFileId ? 1 : 0);
    const bool ran = query.exec();
    query.bindValue(1, QByteArray()); // don't keep a copy of the last value alive per realm
    if (!ran)
        return std::nullopt;
    return query.numRowsAffected() > 0;
}

bool LocalStore::commitLocal(const QList<protocol::Operation> &operations, QString *error)
{
    if (!ensureOpen(error) || !makeCreationDurable(error))
        return false;
    // FULL: this commit exists nowhere else, it must be on the disk when write() returns.
    if (!setSynchronous(Synchronous::Full) || !m_db.transaction()) {
        *error = sqlError(Text::tr("Cannot start a write"));
        return false;
    }
    auto fail = [&](const QString &what) {
        *error = sqlError(what);
        m_db.rollback();
        return false;
    };

    // The local write must win against what it overwrites, here and on the server, even if
    // this machine's clock is behind the writer of the current value.
    WriteStamp stamp{QDateTime::currentMSecsSinceEpoch(), m_meta.clientFileId};
    for (const auto &op : operations) {
        bool ok = false;
        const auto current = stampOf(op.key, &ok);
        if (!ok)
            return fail(Text::tr("Cannot read the current value"));
        if (current && !incomingWins(stamp, *current))
            stamp.timestamp = current->timestamp + 1;
    }
    // The stamp wins over every current one now, so each operation is stored.
    for (const auto &op : operations) {
        if (storeIfNewer(op, stamp) != std::optional<bool>(true))
            return fail(Text::tr("Cannot write the value"));
    }

    Meta meta = m_meta;
    meta.lastClientVersion += 1;
    // Stored as the UPLOAD will carry it; its size is protocol::changesetSize() by definition.
    const QByteArray encoded = protocol::encodeOperations(operations);
    const quint64 size = quint64(encoded.size());
    meta.counters.uploadable += size;

    QSqlQuery *insertPending = statement(Statement::InsertPending);
    if (!insertPending)
        return fail(Text::tr("Cannot queue the change for upload"));
    QSqlQuery &query = *insertPending;
    query.bindValue(0, qint64(meta.lastClientVersion));
    query.bindValue(1, stamp.timestamp);
    query.bindValue(2, qint64(size));
    query.bindValue(3, encoded);
    const bool queued = query.exec();
    query.bindValue(3, QByteArray()); // don't keep the last changeset alive per realm
    if (!queued)
        return fail(Text::tr("Cannot queue the change for upload"));
    QString metaError;
    if (!writeMeta(meta, &metaError))
        return fail(Text::tr("Cannot write the sync metadata"));
    if (!m_db.commit())
        return fail(Text::tr("Cannot commit the write"));
    // The client file id too, if it was not in the file yet (setClientFileId()).
    committed(meta);
    checkpointAsTheWalGrows(CommitKind::DurableWrite);
    // Kept for the upload that follows at once: it need not read back what was just written.
    if (m_unsentBytes + size <= kUploadBatchBytes) {
        m_unsent.append(
            {meta.lastClientVersion, stamp.timestamp, size, quint32(operations.size()), encoded});
        m_unsentBytes += size;
    } else {
        m_unsent.clear(); // the versions must stay consecutive: the file has them all
        m_unsentBytes = 0;
    }
    return true;
}

bool LocalStore::setClientFileId(quint64 fileId, QString *error)
{
    // With no local changeset yet, nothing depends on the id: nothing is uploaded under it
    // before a local write, and that write's FULL commit carries the id (writeMeta() writes
    // the whole metadata row, this id included). So it is not committed on its own: the next
    // transaction takes it along, the first DOWNLOAD (which every new session receives next)
    // or a write. Until then the file is not even opened for it; at 10,000 sessions, beyond
    // the open-file budget, this commit alone opened every file once more. What can be lost
    // is an id that nothing used: a session that ends (or a process killed, or a power
    // failure) before that transaction leaves the file without an id, and the next session
    // asks the server for a new one, as for a new realm.
    if (m_meta.lastClientVersion == 0) {
        m_meta.clientFileId = fileId;
        return true;
    }
    // Local changesets made before the id are uploaded under it right after: the id must be
    // durable first (FULL), or they could be uploaded twice, under two ids.
    //
    // Values written before the id keep file id 0, which every stamp comparison reads as this
    // file's id (stampOf, storeIfNewer). Stamping them here instead rewrote every such row, and
    // SQLite rewrites a row whole, value included: a realm filled before its first connection
    // was written a second time, inside the timed upload. Only a file that already had an id
    // (the server gave it another) restamps them, so they keep the id they were written under.
    // (With local changesets in the file, the id in memory is the file's: their commits
    // wrote it.)
    if (!ensureOpen(error) || !makeCreationDurable(error))
        return false;
    if (!setSynchronous(Synchronous::Full) || !m_db.transaction()) {
        *error = sqlError(Text::tr("Cannot record the client file id"));
        return false;
    }
    bool restamped = true;
    if (m_meta.clientFileId != 0 && m_meta.clientFileId != fileId) {
        QSqlQuery query(m_db);
        query.prepare(u"UPDATE syncscope_objects SET stamp_file = ? WHERE stamp_file = 0"_s);
        query.addBindValue(qint64(m_meta.clientFileId));
        restamped = query.exec();
    }
    Meta meta = m_meta;
    meta.clientFileId = fileId;
    if (!restamped || !writeMeta(meta, error) || !m_db.commit()) {
        *error = sqlError(Text::tr("Cannot record the client file id"));
        m_db.rollback();
        return false;
    }
    committed(meta);
    checkpointAsTheWalGrows(CommitKind::DurableWrite);
    return true;
}

QList<PendingChangeset> LocalStore::takeUnsent(quint64 afterVersion, quint64 maxBytes)
{
    QList<PendingChangeset> result;
    if (m_unsent.isEmpty() || m_unsent.constFirst().clientVersion != afterVersion + 1)
        return result;
    quint64 total = 0;
    qsizetype taken = 0;
    for (const PendingChangeset &changeset : std::as_const(m_unsent)) {
        if (taken > 0 && total + changeset.size > maxBytes)
            break;
        total += changeset.size;
        ++taken;
    }
    result = m_unsent.first(taken);
    m_unsent.remove(0, taken);
    m_unsentBytes -= total;
    return result;
}

bool LocalStore::pendingRows(quint64 afterVersion, quint64 maxBytes, QList<PendingRow> *rows,
                             QString *error)
{
    QString openError;
    if (!ensureOpen(&openError)) {
        if (error)
            *error = openError;
        return false;
    }
    // Sizes first, blobs only of the changesets that join the batch: Qt's driver copies every
    // column of a row it steps onto, so selecting the blob with the sizes also copied the one
    // changeset that no longer fits (a third more than was sent, with 256 KiB values). The
    // blob is the last column of a rowid table: reading the sizes touches none of its pages.
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT client_version, origin_timestamp, size "
                  "FROM syncscope_pending WHERE client_version > ? ORDER BY client_version"_s);
    query.addBindValue(qint64(afterVersion));
    if (!query.exec()) {
        if (error)
            *error = sqlError(Text::tr("Cannot read the changes waiting for upload"));
        return false;
    }
    quint64 total = 0;
    while (query.next()) {
        const quint64 size = query.value(2).toULongLong();
        if (!rows->isEmpty() && total + size > maxBytes)
            break;
        rows->append({query.value(0).toULongLong(), query.value(1).toLongLong(), size});
        total += size;
    }
    return true;
}

LocalStore::BlobRead LocalStore::readPendingOperations(const PendingRow &row, char *into,
                                                       QString *error)
{
    // Straight from its pages into the caller's buffer (the size column is its length):
    // through Qt's driver SQLite assembled it first and Qt copied it.
    sqlite3 *handle = sqliteHandle(m_db);
    sqlite3_blob *blob = nullptr;
    if (!handle || sqlite3_blob_open(handle, "main", "syncscope_pending", "operations",
                                     sqlite3_int64(row.clientVersion), 0, &blob) != SQLITE_OK) {
        sqlite3_blob_close(blob);
        if (error)
            *error = Text::tr("%1 in %2: %3")
                         .arg(Text::tr("Cannot read the changes waiting for upload"), m_filePath,
                              handle ? QString::fromUtf8(sqlite3_errmsg(handle)) : QString());
        return BlobRead::Failed;
    }
    const bool whole = sqlite3_blob_bytes(blob) == int(row.size) &&
                       sqlite3_blob_read(blob, into, int(row.size), 0) == SQLITE_OK;
    sqlite3_blob_close(blob);
    return whole ? BlobRead::Whole : BlobRead::NotItsSize;
}

QList<PendingChangeset> LocalStore::pendingChangesets(quint64 afterVersion, quint64 maxBytes,
                                                      QString *error)
{
    QList<PendingChangeset> result = takeUnsent(afterVersion, maxBytes);
    if (!result.isEmpty())
        return result;
    QList<PendingRow> rows;
    if (!pendingRows(afterVersion, maxBytes, &rows, error))
        return result;
    for (const PendingRow &row : std::as_const(rows)) {
        QByteArray operations(qsizetype(row.size), Qt::Uninitialized);
        const BlobRead read = readPendingOperations(row, operations.data(), error);
        if (read == BlobRead::Failed)
            return {};
        const std::optional<quint32> count =
            read == BlobRead::Whole ? protocol::countOperations(operations) : std::nullopt;
        if (!count) {
            qCWarning(lcStore) << "undecodable pending changeset" << row.clientVersion << "in"
                               << m_filePath;
            break;
        }
        result.append(
            {row.clientVersion, row.originTimestamp, row.size, *count, std::move(operations)});
    }
    return result;
}

PendingUpload LocalStore::pendingUpload(quint32 sessionId, quint64 afterVersion, quint64 maxBytes,
                                        QString *error, QByteArray spare)
{
    PendingUpload upload;
    if (const QList<PendingChangeset> unsent = takeUnsent(afterVersion, maxBytes);
        !unsent.isEmpty()) {
        QList<protocol::EncodedUploadChangeset> changesets;
        changesets.reserve(unsent.size());
        for (const PendingChangeset &changeset : unsent)
            changesets.append({changeset.clientVersion, changeset.originTimestamp,
                               changeset.operationCount, changeset.operations});
        upload.frame = protocol::encodeUpload(sessionId, changesets);
        upload.lastClientVersion = unsent.constLast().clientVersion;
        upload.changesets = unsent.size();
        return upload;
    }
    QList<PendingRow> rows;
    if (!pendingRows(afterVersion, maxBytes, &rows, error) || rows.isEmpty())
        return upload;
    quint64 operationBytes = 0;
    for (const PendingRow &row : std::as_const(rows))
        operationBytes += row.size;
    // Each blob goes from its pages into the frame itself: no buffer of its own, no copy.
    protocol::UploadFrameBuilder builder(sessionId, rows.size(), qsizetype(operationBytes),
                                         std::move(spare));
    for (const PendingRow &row : std::as_const(rows)) {
        char *operations =
            builder.append(row.clientVersion, row.originTimestamp, qsizetype(row.size));
        const BlobRead read = readPendingOperations(row, operations, error);
        if (read == BlobRead::Failed)
            return {};
        if (read != BlobRead::Whole || !builder.keepLast()) {
            qCWarning(lcStore) << "undecodable pending changeset" << row.clientVersion << "in"
                               << m_filePath;
            break;
        }
        upload.lastClientVersion = row.clientVersion;
    }
    upload.changesets = builder.count();
    if (upload.changesets > 0)
        upload.frame = builder.take();
    return upload;
}

IntegrationResult LocalStore::integrateDownload(const protocol::DownloadMessage &download)
{
    IntegrationResult result;
    if (!ensureOpen(&result.error))
        return result;
    // This transaction holds only what the server already has durably: downloaded changesets
    // with the cursor and counters, and the acknowledgement of uploads. In WAL mode
    // synchronous=NORMAL keeps it atomic and safe from a killed process (the data is in the
    // operating system's page cache at commit); only a power failure can lose it, and then it
    // is lost as a whole, together with everything committed after it until the next FULL
    // commit, whose sync covers the whole WAL. A lost download is sent again from the older
    // cursor; a lost acknowledgement leaves the changesets pending, they are uploaded again and
    // the server skips client versions it already integrated. Local writes stay FULL: they
    // exist nowhere else.
    //
    // A new session's first DOWNLOAD also carries the client file id that waits in memory
    // (setClientFileId()), and commits with synchronous=OFF: it is the first commit into a new
    // WAL, and SQLite syncs a new WAL's header (and its folder entry) at NORMAL too, two syncs
    // in series for every new session on a disk. Safe for the same reason as the NORMAL
    // commits: nothing in it exists only here (the server sends a lost download again, and a
    // lost id is asked for again), no checkpoint runs inside it (the store runs them, after
    // the commit, back at NORMAL), every later checkpoint or FULL commit syncs the whole WAL
    // first, and a power failure before that leaves frames that fail their checksums, i.e. the
    // file as it was. This commit used to be a transaction of its own, for the id alone, when
    // the file opened: one transaction a new session now, and the file's first.
    const bool firstCommit = !isClientFileIdStored() && m_meta.lastClientVersion == 0;
    checkpointBeforeTheLastAcknowledgement(download);
    // Never left at OFF: SQLite's checkpoint when the connection closes runs at the level of
    // the moment, and at OFF it would copy the WAL into the file without a sync.
    const auto leaveOff = [&] {
        if (firstCommit && !setSynchronous(Synchronous::Normal))
            qCWarning(lcStore) << "cannot leave synchronous=OFF on" << m_filePath;
    };
    if (!setSynchronous(firstCommit ? Synchronous::Off : Synchronous::Normal)) {
        result.error = sqlError(Text::tr("Cannot start applying downloaded changes"));
        leaveOff();
        return result;
    }
    if (!m_db.transaction()) {
        result.error = sqlError(Text::tr("Cannot start applying downloaded changes"));
        leaveOff();
        return result;
    }
    auto fail = [&](const QString &what) {
        result.error = sqlError(what);
        result.changedKeys.clear();
        m_db.rollback();
        leaveOff();
        return result;
    };

    Meta meta = m_meta;
    QSet<QString> seen;
    for (const auto &changeset : download.changesets) {
        meta.counters.downloaded += protocol::changesetSize(changeset.operations);
        // Our own changesets are already applied (possibly overwritten by later local writes).
        if (meta.clientFileId != 0 && changeset.originFileId == meta.clientFileId)
            continue;
        const WriteStamp stamp{changeset.originTimestamp, changeset.originFileId};
        for (const auto &op : changeset.operations) {
            const std::optional<bool> stored = storeIfNewer(op, stamp);
            if (!stored)
                return fail(Text::tr("Cannot apply a downloaded change"));
            if (!*stored)
                continue;
            if (!seen.contains(op.key)) {
                seen.insert(op.key);
                result.changedKeys.append(op.key);
            }
        }
    }
    meta.downloadCursor = qMax(meta.downloadCursor, download.downloadCursor);
    meta.counters.downloadableRemaining = download.downloadableBytes;

    if (download.uploadAckClientVersion > meta.ackedClientVersion) {
        // One statement: deletes the acknowledged changesets and hands back their sizes.
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        query.prepare(u"DELETE FROM syncscope_pending WHERE client_version <= ? RETURNING size"_s);
        query.addBindValue(qint64(download.uploadAckClientVersion));
        if (!query.exec())
            return fail(Text::tr("Cannot drop acknowledged changes"));
        while (query.next())
            meta.counters.uploaded += query.value(0).toULongLong();
        if (query.lastError().isValid())
            return fail(Text::tr("Cannot drop acknowledged changes"));
        meta.ackedClientVersion = download.uploadAckClientVersion;
    }
    // Acknowledged changesets are never sent again (normally none is left in memory here).
    while (!m_unsent.isEmpty() &&
           m_unsent.constFirst().clientVersion <= download.uploadAckClientVersion) {
        m_unsentBytes -= m_unsent.constFirst().size;
        m_unsent.removeFirst();
    }
    QString metaError;
    if (!writeMeta(meta, &metaError))
        return fail(Text::tr("Cannot write the sync metadata"));
    if (!m_db.commit())
        return fail(Text::tr("Cannot commit downloaded changes"));
    committed(meta); // with a client file id not committed before (setClientFileId())
    leaveOff();
    checkpointAsTheWalGrows(CommitKind::Download);
    result.ok = true;
    if (isCaughtUp())
        keepPagesWhileIdle();
    return result;
}

bool LocalStore::takeOverCheckpoints()
{
    sqlite3 *handle = sqliteHandle(m_db);
    if (!handle)
        return false;
    // Replaces SQLite's automatic checkpoint, which is this same hook.
    sqlite3_wal_hook(handle, &LocalStore::recordWalFrames, this);
    m_walFrames = 0;
    m_walFramesAtRequest = 0;
    m_streamedWalFrames = 0;
    m_walFramesAtWriteback = 0;
    return true;
}

int LocalStore::recordWalFrames(void *store, sqlite3 *, const char *, int frames)
{
    // Inside SQLite's COMMIT: only noted here, acted on once the commit has returned.
    static_cast<LocalStore *>(store)->m_walFrames = frames;
    return SQLITE_OK;
}

void LocalStore::checkpointAsTheWalGrows(CommitKind kind)
{
    // A WAL that started again from its beginning (the last checkpoint copied all of it) has
    // fewer frames than when the checkpoint was asked for.
    if (m_walFrames < m_walFramesAtRequest)
        m_walFramesAtRequest = 0;
    // After a durable write, SQLite's own rule: the checkpoint here, at kWalFramesPerCheckpoint.
    // A checkpoint on the other thread ends a few frames short while writes follow each other,
    // so the WAL never starts again from its beginning and every write appends to it; a sync
    // that grows a file also commits the file system's journal, and small writes came out 15-25 %
    // slower (the local-write figure, 0.96-1.02x the raw SQLite write before, 0.70-0.84x with the
    // checkpoint on the other thread). Downloads, large and not synced, keep it off this thread.
    if (m_walFrames < m_streamedWalFrames)
        m_streamedWalFrames = 0;
    if (m_walFrames < m_walFramesAtWriteback)
        m_walFramesAtWriteback = 0;
    // While a download streams (the server said more follows), no checkpoint at all, neither
    // here nor over there, until the WAL holds maxStreamingWalFrames(): the burst is copied
    // once, on the other thread, when the DOWNLOAD that catches up asks for it, not in a pass
    // with two syncs every 1,000 frames that takes the second core from the threads receiving
    // and sending the burst (nor in this thread's own pass at kMaxWalFrames). Safe as before:
    // these commits are NORMAL, what a power failure can lose of them the server sends again,
    // and a durable write in between still syncs the whole WAL.
    const bool streaming =
        kind == CommitKind::Download && m_meta.counters.downloadableRemaining > 0;
    if (streaming && m_walFrames < maxStreamingWalFrames()) {
        // Nothing syncs these frames before the copy after the burst, and a durable write()
        // in between syncs all of them: up to the bound, ~0.1 s on this machine's disk, ~1 s
        // on a slow one, where it was at most a checkpoint's worth. So they go to the disk as
        // they come, started on the other thread every kWalFramesPerWriteback, and that sync
        // finds them written or under way.
        if (m_walFrames - m_walFramesAtWriteback >= kWalFramesPerWriteback) {
            WalCheckpointer::instance().requestWriteback(QFile::encodeName(m_filePath));
            m_walFramesAtWriteback = m_walFrames;
        }
        m_streamedWalFrames = m_walFrames;
        return;
    }
    // The frames such a burst left are copied over there; this thread's own bounds count only
    // what came after them.
    const int ownFrames = m_walFrames - m_streamedWalFrames;
    const bool here = ownFrames >= kMaxWalFrames || (kind == CommitKind::DurableWrite &&
                                                     framesToCopy() >= kWalFramesPerCheckpoint);
    if (here) {
        // Or the writer got ahead of the checkpoints: the WAL only starts again from its beginning
        // when a write finds it copied whole, and while writes follow each other a checkpoint
        // on another thread always ends a few frames short. So the rest is copied here, and the
        // next write starts the WAL again (nothing else uses the file on this thread, so the
        // checkpoint copies every frame). While a checkpoint is in progress over there this
        // one is refused at once (SQLITE_BUSY, no busy handler for a PASSIVE checkpoint) and
        // tried again after the next commit; only at twice the bound (a disk slower than the
        // writer) does the writer wait for it.
        if (ownFrames >= 2 * kMaxWalFrames)
            WalCheckpointer::instance().forget(QFile::encodeName(m_filePath));
        checkpointOnThisThread();
        return;
    }
    if (m_walFrames - m_walFramesAtRequest >= kWalFramesPerCheckpoint) {
        WalCheckpointer::instance().request(QFile::encodeName(m_filePath));
        m_checkpointRequested = true;
        m_walFramesAtRequest = m_walFrames;
    }
}

int LocalStore::framesToCopy() const
{
    return m_walFrames - qMax(m_walFramesAtRequest, m_streamedWalFrames);
}

int LocalStore::maxStreamingWalFrames()
{
    return t_maxStreamingWalFrames;
}

void LocalStore::setMaxStreamingWalFramesForTesting(int frames)
{
    t_maxStreamingWalFrames = frames > 0 ? frames : kMaxStreamingWalFrames;
}

void LocalStore::checkpointOnThisThread()
{
    int walFrames = 0;
    int copiedFrames = 0;
    sqlite3 *handle = sqliteHandle(m_db);
    const int result = sqlite3_wal_checkpoint_v2(handle, "main", SQLITE_CHECKPOINT_PASSIVE,
                                                 &walFrames, &copiedFrames);
    if (result != SQLITE_OK && result != SQLITE_BUSY)
        qCWarning(lcStore) << "cannot checkpoint" << m_filePath << sqlite3_errmsg(handle);
    // Where the WAL could not start again (a checkpoint over there, a reader), the next
    // checkpoint here waits for as many frames more.
    m_walFramesAtRequest = copiedFrames == walFrames ? 0 : m_walFrames;
}

void LocalStore::checkpointBeforeTheLastAcknowledgement(const protocol::DownloadMessage &download)
{
    // A writer's checkpoint ran inside the write() that reached kWalFramesPerCheckpoint: its
    // copy and the database file's sync stood between the commit and the UPLOAD, one write in
    // ~165 of the propagation bench, and with the restarted log's header sync in the write
    // after it, those were the slowest samples of a quiet run (the p99). The acknowledgement
    // of the last local write is the writer's idle moment: nothing is pending, no write of
    // this store is under way, and nothing waits for the acknowledgement's own transaction.
    // From half the threshold on, the checkpoint runs here, before that transaction, which
    // then starts the copied log over at NORMAL (no header sync; the next write's FULL sync
    // covers it). A DOWNLOAD with changesets is left alone: Realm::changed waits for it.
    // (Its own changesets, which the server may send back, change nothing here.)
    const bool nothingNew = std::all_of(
        download.changesets.cbegin(), download.changesets.cend(), [this](const auto &changeset) {
            return m_meta.clientFileId != 0 && changeset.originFileId == m_meta.clientFileId;
        });
    // Never in the middle of a streaming download (more follows): the frames it left are
    // copied over there once it has caught up (checkpointAsTheWalGrows()), not on this thread.
    if (nothingNew && download.downloadableBytes == 0 && m_meta.lastClientVersion > 0 &&
        download.uploadAckClientVersion >= m_meta.lastClientVersion &&
        framesToCopy() >= kWalFramesBeforeAnIdleCheckpoint && m_synchronous != Synchronous::Off)
        checkpointOnThisThread();
}

bool LocalStore::isCaughtUp() const
{
    return m_meta.counters.downloadableRemaining == 0 &&
           m_meta.ackedClientVersion >= m_meta.lastClientVersion;
}

void LocalStore::keepPagesWhileIdle()
{
    // An idle session gives its cached pages back (releaseCachedPages()), but not at once: a
    // write right after its acknowledgement, or the next DOWNLOAD of a realm that another
    // session of the process writes, read their pages back from the file first (five or six
    // reads, some 0.01 ms of each step on the propagation path). The kWarmIdleStores of this
    // thread that went idle last keep them; the one that drops out of them gives them back.
    QList<LocalStore *> &warm = t_warmIdleStores;
    warm.removeOne(this);
    warm.prepend(this);
    m_warmList = &warm;
    while (warm.size() > kWarmIdleStores) {
        LocalStore *oldest = warm.takeLast();
        oldest->m_warmList = nullptr;
        // One that is busy again keeps its pages: it comes back here when it is idle.
        if (oldest->m_open && oldest->isCaughtUp())
            oldest->releaseCachedPages();
    }
}

void LocalStore::forgetWarmPages()
{
    if (m_warmList)
        m_warmList->removeOne(this);
    m_warmList = nullptr;
}

void LocalStore::releaseCachedPages()
{
    // SQLite keeps the pages a connection has read (~200 KiB once a realm has been downloaded)
    // until the connection closes; an app may hold thousands of sessions that are idle almost
    // all the time. Dropping them costs the next transaction a few reads from the operating
    // system's page cache, microseconds beside its fdatasync.
    QSqlQuery query(m_db);
    query.exec(u"PRAGMA shrink_memory"_s);
}

} // namespace syncscope::detail
