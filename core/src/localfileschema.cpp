#include "localfileschema.h"

#include "storedoperations.h"

#include <syncscope/protocol/codec.h>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <memory>
#include <optional>

#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace syncscope::detail {

namespace {

// 2: pending changesets keep their operations in the wire form (1: a QDataStream blob).
constexpr int kFormatVersion = 2;
constexpr char kSqliteMagic[] = "SQLite format 3"; // followed by a NUL in the file header

// The translation context of this file's messages; lupdate reads it from the macro too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(syncscope::LocalStore)
};

// The tables of a realm file.
constexpr const char *kSchema[] = {
    "CREATE TABLE syncscope_meta (id INTEGER PRIMARY KEY CHECK (id = 1), "
    "format_version INTEGER NOT NULL, realm_path TEXT NOT NULL, "
    "client_file_id INTEGER NOT NULL, download_cursor INTEGER NOT NULL, "
    "last_client_version INTEGER NOT NULL, acked_client_version INTEGER NOT NULL, "
    "uploadable_bytes INTEGER NOT NULL, uploaded_bytes INTEGER NOT NULL, "
    "downloaded_bytes INTEGER NOT NULL, downloadable_bytes INTEGER NOT NULL)",
    "CREATE TABLE syncscope_objects (key TEXT PRIMARY KEY, value BLOB, "
    "removed INTEGER NOT NULL, stamp_time INTEGER NOT NULL, stamp_file INTEGER NOT NULL)",
    "CREATE TABLE syncscope_pending (client_version INTEGER PRIMARY KEY, "
    "origin_timestamp INTEGER NOT NULL, size INTEGER NOT NULL, operations BLOB NOT NULL)",
};

// Lays out the tables and the metadata row; the caller holds the transaction.
bool createSchema(QSqlDatabase &db, const QString &realmPath)
{
    QSqlQuery query(db);
    for (const char *statement : kSchema) {
        if (!query.exec(QString::fromLatin1(statement)))
            return false;
    }
    query.prepare(u"INSERT INTO syncscope_meta VALUES (1, ?, ?, 0, 0, 0, 0, 0, 0, 0, 0)"_s);
    query.addBindValue(kFormatVersion);
    query.addBindValue(realmPath);
    return query.exec();
}

std::atomic<quint64> g_durabilitySyncs{0};

// Makes what was written to `path` (a file or a directory) durable.
bool syncPath(const QString &path, bool directory)
{
    g_durabilitySyncs.fetch_add(1, std::memory_order_relaxed);
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), directory ? (O_RDONLY | O_DIRECTORY) : O_RDWR);
    if (fd < 0)
        return false;
    const bool synced = directory ? ::fsync(fd) == 0 : ::fdatasync(fd) == 0;
    ::close(fd);
    return synced;
}

void removeWithSidecars(const QString &path)
{
    // unlink() itself: on the path of every new realm, and usually nothing is there, which
    // QFile::remove() would turn into an error string each time.
    const QByteArray native = QFile::encodeName(path);
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        ::unlink(QByteArray(native + suffix).constData());
}

// Closes an in-memory SQLite database when it goes out of scope.
struct SqliteCloser
{
    void operator()(sqlite3 *db) const { sqlite3_close(db); }
};
using SqliteHandle = std::unique_ptr<sqlite3, SqliteCloser>;

SqliteHandle openInMemory()
{
    sqlite3 *db = nullptr;
    const int opened =
        sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    SqliteHandle handle(db);
    return opened == SQLITE_OK ? std::move(handle) : nullptr;
}

// The whole main database of db as file bytes (SQLite's own serialization); empty on failure.
QByteArray serialized(sqlite3 *db)
{
    sqlite3_int64 size = 0;
    unsigned char *bytes = sqlite3_serialize(db, "main", &size, 0);
    if (!bytes)
        return {};
    QByteArray image(reinterpret_cast<const char *>(bytes), qsizetype(size));
    sqlite3_free(bytes);
    return image;
}

// An empty realm file as SQLite lays it out, built once per process in SQLite's in-memory
// database, with an empty realm path in the metadata row. Each new realm file is that image
// loaded into a fresh in-memory database (sqlite3_deserialize), its realm path set with an
// UPDATE and serialized again: creating ten thousand realms built each one through SQLite on
// disk (open, three CREATE TABLEs, an INSERT, two journal mode switches, close), a sixth of the
// client's time at 10,000 sessions. SQLite writes every page itself, so a path of any length
// (overflow pages included) and any page layout it chooses are its business, not ours.
class NewFileTemplate
{
public:
    static std::optional<NewFileTemplate> build();
    // The file for `realmPath`, in WAL mode; empty if SQLite could not make it (the caller
    // builds the file on disk then).
    QByteArray imageFor(const QString &realmPath) const;

private:
    QByteArray m_image; // the whole file, in rollback-journal mode
};

std::optional<NewFileTemplate> NewFileTemplate::build()
{
    const SqliteHandle db = openInMemory();
    if (!db)
        return std::nullopt;
    const auto run = [&db](const char *sql) {
        return sqlite3_exec(db.get(), sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    };
    if (!run("BEGIN"))
        return std::nullopt;
    for (const char *statement : kSchema) {
        if (!run(statement))
            return std::nullopt;
    }
    if (!run(qPrintable(u"INSERT INTO syncscope_meta VALUES (1, %1, '', 0, 0, 0, 0, 0, 0, 0, 0)"_s
                            .arg(kFormatVersion))) ||
        !run("COMMIT"))
        return std::nullopt;
    NewFileTemplate result;
    result.m_image = serialized(db.get());
    // The file header's 100 bytes at least, and the rollback-journal mode imageFor() changes.
    if (result.m_image.size() < 100 || result.m_image.at(18) != 1 || result.m_image.at(19) != 1)
        return std::nullopt;
    return result;
}

QByteArray NewFileTemplate::imageFor(const QString &realmPath) const
{
    const SqliteHandle db = openInMemory();
    if (!db)
        return {};
    // SQLite takes ownership of a copy it may grow (a long path needs overflow pages).
    auto *copy = static_cast<unsigned char *>(sqlite3_malloc64(sqlite3_uint64(m_image.size())));
    if (!copy)
        return {};
    std::memcpy(copy, m_image.constData(), size_t(m_image.size()));
    if (sqlite3_deserialize(db.get(), "main", copy, m_image.size(), m_image.size(),
                            SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE) !=
        SQLITE_OK)
        return {}; // FREEONCLOSE: SQLite freed the copy
    sqlite3_stmt *update = nullptr;
    if (sqlite3_prepare_v2(db.get(), "UPDATE syncscope_meta SET realm_path = ?1 WHERE id = 1", -1,
                           &update, nullptr) != SQLITE_OK)
        return {};
    const QByteArray path = realmPath.toUtf8();
    const bool updated = sqlite3_bind_text(update, 1, path.constData(), int(path.size()),
                                           SQLITE_STATIC) == SQLITE_OK &&
                         sqlite3_step(update) == SQLITE_DONE && sqlite3_changes(db.get()) == 1;
    sqlite3_finalize(update);
    if (!updated)
        return {};
    QByteArray image = serialized(db.get());
    if (image.size() < 100)
        return {};
    // The file format's write and read versions (header bytes 18 and 19): 2 marks a database
    // in WAL mode, as every realm file is; an in-memory database cannot switch itself.
    image[18] = 2;
    image[19] = 2;
    return image;
}

const NewFileTemplate *newFileTemplate()
{
    static const std::optional<NewFileTemplate> cached = NewFileTemplate::build();
    return cached ? &*cached : nullptr;
}

// Writes `image` to `buildPath` (a scratch name nobody else uses), without a sync.
bool writeNewFile(const QString &buildPath, const QByteArray &image, QString *error)
{
    const QByteArray native = QFile::encodeName(buildPath);
    // SQLite's default permissions for a database it creates (0644, less the umask).
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    bool written = fd >= 0;
    for (qsizetype done = 0; written && done < image.size();) {
        const ssize_t count = ::write(fd, image.constData() + done, size_t(image.size() - done));
        if (count < 0 && errno == EINTR)
            continue;
        written = count > 0;
        done += written ? qsizetype(count) : 0;
    }
    const int writeErrno = errno;
    if (fd >= 0 && ::close(fd) != 0 && written)
        written = false;
    if (!written)
        *error = Text::tr("Cannot open the local file %1: %2")
                     .arg(buildPath, QString::fromLocal8Bit(strerror(writeErrno)));
    return written;
}

// Builds a complete realm file at `buildPath` without any sync of its own: nobody else can see
// the file yet, so a crash here leaves only a scratch file behind.
bool buildNewFile(const QString &buildPath, const QString &realmPath, QString *error)
{
    static std::atomic<quint64> counter{0};
    const QString connectionName = u"syncscope-create-%1"_s.arg(++counter);
    bool built = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName);
        db.setDatabaseName(buildPath);
        if (!db.open()) {
            *error =
                Text::tr("Cannot open the local file %1: %2").arg(buildPath, db.lastError().text());
        } else {
            {
                QSqlQuery query(db);
                // No syncs at all (the one that counts comes after the build) and no file
                // beside it: the journal stays in memory, and the switch to WAL at the end only
                // marks the header, with the WAL index in memory (exclusive locking) so that
                // no -wal or -shm file is created either. Every sidecar file created and
                // deleted here cost the file system an inode allocation that, on ext4 without
                // a journal, scans past every inode deleted in the last seconds: opening
                // thousands of realms at once spent most of its time there.
                built = query.exec(u"PRAGMA synchronous = OFF"_s) &&
                        query.exec(u"PRAGMA journal_mode = MEMORY"_s);
                query.finish(); // the pragma's result row would keep the commit from running
                built = built && db.transaction();
                if (built && (!createSchema(db, realmPath) || !db.commit())) {
                    db.rollback();
                    built = false;
                }
                built = built && query.exec(u"PRAGMA locking_mode = EXCLUSIVE"_s) &&
                        query.exec(u"PRAGMA journal_mode = WAL"_s) && query.next() &&
                        query.value(0).toString() == u"wal"_s;
                query.finish();
                if (!built)
                    *error =
                        describeSqlError(db, buildPath, Text::tr("Cannot create the local file"));
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connectionName);
    return built;
}

// Format 1 kept a pending changeset's operations as a QDataStream blob; format 2 keeps their
// wire form, so that an UPLOAD sends them as they are. The changesets a file still holds (those
// the server has not acknowledged) are rewritten one at a time, in one durable transaction:
// the file is either still format 1, whole, or format 2.
bool upgradeFromFormat1(QSqlDatabase &db, const QString &filePath, QString *error)
{
    const auto sqlFailure = [&] {
        *error = describeSqlError(db, filePath, Text::tr("Cannot configure the local file"));
        db.rollback();
        return false;
    };
    if (!db.transaction())
        return sqlFailure();
    QList<qint64> versions;
    {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(u"SELECT client_version FROM syncscope_pending"_s))
            return sqlFailure();
        while (query.next())
            versions.append(query.value(0).toLongLong());
    }
    QSqlQuery read(db);
    read.setForwardOnly(true);
    QSqlQuery write(db);
    if (!read.prepare(u"SELECT operations FROM syncscope_pending WHERE client_version = ?"_s) ||
        !write.prepare(u"UPDATE syncscope_pending SET operations = ? WHERE client_version = ?"_s))
        return sqlFailure();
    for (const qint64 version : std::as_const(versions)) {
        read.bindValue(0, version);
        if (!read.exec() || !read.next())
            return sqlFailure();
        const auto operations = decodeFormat1Operations(read.value(0).toByteArray());
        read.finish();
        if (!operations) {
            *error = Text::tr("The local file %1 is damaged (%2); it was left untouched.")
                         .arg(filePath, Text::tr("a change waiting for upload cannot be read"));
            db.rollback();
            return false;
        }
        write.bindValue(0, protocol::encodeOperations(*operations));
        write.bindValue(1, version);
        if (!write.exec())
            return sqlFailure();
    }
    QSqlQuery meta(db);
    meta.prepare(u"UPDATE syncscope_meta SET format_version = ? WHERE id = 1"_s);
    meta.addBindValue(kFormatVersion);
    if (!meta.exec() || !db.commit())
        return sqlFailure();
    return true;
}

} // namespace

QString describeSqlError(const QSqlDatabase &db, const QString &filePath, const QString &what)
{
    return Text::tr("%1 in %2: %3").arg(what, filePath, db.lastError().text());
}

bool looksLikeSqlite(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Text::tr("Cannot read the local file %1: %2").arg(path, file.errorString());
        return false;
    }
    if (file.size() == 0)
        return true; // SQLite treats an empty file as an empty database
    const QByteArray header = file.read(16);
    if (header.size() < 16 || !header.startsWith(kSqliteMagic) || header.at(15) != '\0') {
        *error =
            Text::tr("The local file %1 is not a Syncscope realm (not an SQLite database); it was "
                     "left untouched.")
                .arg(path);
        return false;
    }
    return true;
}

bool prepareSchema(QSqlDatabase &db, const QString &filePath, const QString &realmPath,
                   QString *error)
{
    QSqlQuery query(db);
    // quick_check reads every page: a damaged file fails here, before anything is written.
    const bool checked = query.exec(u"PRAGMA quick_check"_s) && query.next();
    // A check that could not even run (read-only file or folder, locked, I/O error) says
    // nothing about the file's pages: report why instead of calling an intact file damaged.
    // SQLITE_CORRUPT (11) and SQLITE_NOTADB (26) are the failures that do mean damage.
    const int sqliteCode = query.lastError().nativeErrorCode().toInt() & 0xff;
    if (!checked && sqliteCode != 11 && sqliteCode != 26) {
        *error = Text::tr("Cannot read the local file %1 (%2); it was left untouched.")
                     .arg(filePath, query.lastError().text());
        return false;
    }
    if (!checked || query.value(0).toString() != u"ok"_s) {
        const QString reason =
            query.lastError().isValid() ? query.lastError().text() : query.value(0).toString();
        *error = Text::tr("The local file %1 is damaged (%2); it was left untouched.")
                     .arg(filePath, reason);
        return false;
    }

    QStringList tables;
    if (!query.exec(u"SELECT name FROM sqlite_master WHERE type = 'table'"_s)) {
        *error = describeSqlError(db, filePath, Text::tr("Cannot read the local file's schema"));
        return false;
    }
    while (query.next())
        tables.append(query.value(0).toString());

    const QStringList ours = {u"syncscope_meta"_s, u"syncscope_objects"_s, u"syncscope_pending"_s};
    int formatVersion = kFormatVersion;
    if (!tables.isEmpty()) {
        for (const QString &table : ours) {
            if (!tables.contains(table)) {
                *error = Text::tr("The local file %1 is an SQLite database of another application "
                                  "(table %2 is missing); it was left untouched.")
                             .arg(filePath, table);
                return false;
            }
        }
        if (!query.exec(u"SELECT format_version, realm_path FROM syncscope_meta WHERE id = 1"_s) ||
            !query.next()) {
            *error = Text::tr("The local file %1 has no sync metadata; it was left untouched.")
                         .arg(filePath);
            return false;
        }
        formatVersion = query.value(0).toInt();
        if (formatVersion != kFormatVersion && formatVersion != 1) {
            *error =
                Text::tr("The local file %1 has format version %2, this client reads version %3.")
                    .arg(filePath)
                    .arg(query.value(0).toInt())
                    .arg(kFormatVersion);
            return false;
        }
        if (query.value(1).toString() != realmPath) {
            *error = Text::tr("The local file %1 belongs to the realm %2, not %3.")
                         .arg(filePath, query.value(1).toString(), realmPath);
            return false;
        }
    }

    // Only a file that passed every check is switched to WAL.
    //
    // secure_delete = FAST: Debian's SQLite zeroes every freed page by default, so dropping
    // acknowledged changesets wrote their whole size again (zeros, into the WAL, then the
    // checkpoint), and so did overwriting a large value. FAST still clears what is freed inside
    // a page that is written anyway; whole freed pages stay on the free list as they are until
    // they are reused. Durability does not depend on it.
    if (!query.exec(u"PRAGMA journal_mode = WAL"_s) ||
        !query.exec(u"PRAGMA synchronous = FULL"_s) ||
        !query.exec(u"PRAGMA secure_delete = FAST"_s)) {
        *error = describeSqlError(db, filePath, Text::tr("Cannot configure the local file"));
        return false;
    }
    if (!tables.isEmpty())
        return formatVersion == kFormatVersion || upgradeFromFormat1(db, filePath, error);

    if (!db.transaction()) {
        *error = describeSqlError(db, filePath, Text::tr("Cannot create the local file"));
        return false;
    }
    if (!createSchema(db, realmPath) || !db.commit()) {
        *error = describeSqlError(db, filePath, Text::tr("Cannot create the local file"));
        db.rollback();
        return false;
    }
    return true;
}

Creation createLocalFile(const QString &filePath, const QString &realmPath, QString *error)
{
    // A scratch file from a creation that crashed is never taken for a realm: it is not at
    // `filePath`, and the next creation starts it over.
    const QString buildPath = filePath + u".creating"_s;
    removeWithSidecars(buildPath);
    const NewFileTemplate *fileTemplate = newFileTemplate();
    const QByteArray image = fileTemplate ? fileTemplate->imageFor(realmPath) : QByteArray();
    if (image.isEmpty() ? !buildNewFile(buildPath, realmPath, error)
                        : !writeNewFile(buildPath, image, error)) {
        removeWithSidecars(buildPath);
        return Creation::Failed;
    }
    // An atomic rename without a sync first: for any process `filePath` either does not exist
    // or is a complete realm. The file and its folder entry are made durable before the first
    // durable local write (makeCreationDurable()), not here: opening a thousand new realms
    // spent nearly all its time in one sync each, in series, while a new realm holds nothing
    // that exists nowhere else. A power failure before that write can leave the file short or
    // full of zeros (removeLostCreation() takes it for what it is) or, rarely, half-written
    // (refused as damaged, nothing lost in it).
    const QByteArray from = QFile::encodeName(buildPath);
    const QByteArray to = QFile::encodeName(filePath);
    // Never replace a file that appeared meanwhile (another process created the realm).
    int renamed =
        ::renameat2(AT_FDCWD, from.constData(), AT_FDCWD, to.constData(), RENAME_NOREPLACE);
    bool linked = false;
    if (renamed != 0 && (errno == EINVAL || errno == ENOSYS)) { // no RENAME_NOREPLACE here
        renamed = ::link(from.constData(), to.constData());
        linked = true;
    }
    const int renameErrno = errno;
    if (renamed != 0 || linked)
        ::unlink(from.constData()); // gone already after a successful renameat2()
    if (renamed == 0)
        return Creation::Created;
    if (renameErrno == EEXIST)
        return Creation::CreatedByAnother;
    *error = Text::tr("Cannot open the local file %1: %2")
                 .arg(filePath, QString::fromLocal8Bit(strerror(renameErrno)));
    return Creation::Failed;
}

bool newFileImageInUseForTesting()
{
    return newFileTemplate() != nullptr;
}

bool removeLostCreation(const QString &filePath)
{
    // Only a file that carries no information at all: every byte zero (what a power failure
    // leaves of a file whose size reached the disk and whose blocks did not) and no larger
    // than a new realm can be. Its WAL goes with it: a WAL can hold a durable commit only
    // after the file itself was synced (makeCreationDurable()), and then the file is not
    // zeros, so a WAL beside a zero file holds downloads and an unused client file id at most.
    constexpr qint64 kLargestNewFile = 256 * 1024;
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly) || file.size() == 0 || file.size() > kLargestNewFile)
        return false;
    const auto allZero = [](const QByteArray &bytes) {
        return std::all_of(bytes.cbegin(), bytes.cend(), [](char byte) { return byte == 0; });
    };
    // Every realm opened again passes here: its header says it is not zeros after 16 bytes.
    const QByteArray header = file.read(16);
    if (header.size() != qMin<qint64>(16, file.size()) || !allZero(header))
        return false;
    const QByteArray rest = file.readAll();
    if (header.size() + rest.size() != file.size() || !allZero(rest))
        return false;
    file.close();
    removeWithSidecars(filePath);
    return !QFile::exists(filePath);
}

bool syncFile(const QString &filePath)
{
    return syncPath(filePath, false);
}

quint64 durabilitySyncsForTesting()
{
    return g_durabilitySyncs.load(std::memory_order_relaxed);
}

bool syncParentDirectory(const QString &filePath)
{
    return syncPath(QFileInfo(filePath).absolutePath(), true);
}

} // namespace syncscope::detail
