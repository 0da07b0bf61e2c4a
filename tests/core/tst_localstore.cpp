#include "batchedwalvfs.h"
#include "localfileschema.h"
#include "localstore.h"
#include "walcheckpointer.h"

#include <syncscope/protocol/codec.h>
#include <syncscope/testsupport/filesizelimit.h>
#include <syncscope/testsupport/sqlitewritefault.h>

#include <QCryptographicHash>
#include <QDataStream>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <atomic>
#include <csignal>
#include <thread>

#include <fcntl.h>
#include <sys/inotify.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <sqlite3.h>

using namespace Qt::StringLiterals;
using namespace syncscope;
using detail::LocalStore;
using protocol::Operation;

namespace {

Operation set(const QString &key, const QByteArray &value)
{
    return Operation{Operation::Kind::Set, key, value};
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// A count of this process's system calls that the kernel keeps in /proc/self/io ("syscr:" for
// reads, "syscw:" for writes), -1 if unknown.
qint64 processIoCount(QByteArrayView field)
{
    QFile io(u"/proc/self/io"_s);
    if (!io.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : io.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(field.size()).trimmed().toLongLong();
    }
    return -1;
}

// The read system calls this process made so far, -1 if unknown.
qint64 processReadCalls()
{
    return processIoCount("syscr:");
}

// The write system calls this process made so far, -1 if unknown.
qint64 processWriteCalls()
{
    return processIoCount("syscw:");
}

std::unique_ptr<LocalStore> openStore(const QString &path, const QString &realm = u"/r"_s)
{
    QString error;
    auto store = LocalStore::open(path, realm, &error);
    if (!store)
        qWarning() << error;
    return store;
}

// A store whose file has a client file id (5), as after a session's first DOWNLOAD.
std::unique_ptr<LocalStore> openStoreWithFileId(const QString &path)
{
    auto store = openStore(path);
    QString error;
    if (store && !store->setClientFileId(5, &error)) {
        qWarning() << error;
        store.reset();
    }
    return store;
}

// The pages of the file at `path` in the page cache that were written but are not on their way
// to the disk yet (Linux 6.5's cachestat(), 451 on every architecture; Debian 12's headers
// predate it); -1 where the kernel has no such call.
qint64 unwrittenPagesOf(const QString &path)
{
    struct Range
    {
        quint64 offset = 0;
        quint64 length = 0; // to the end
    };
    struct Stat
    {
        quint64 cached, dirty, writeback, evicted, recentlyEvicted;
    };
    constexpr long kCachestat = 451;
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return -1;
    Range range;
    Stat stat = {};
    const long rc = ::syscall(kCachestat, fd, &range, &stat, 0);
    ::close(fd);
    return rc == 0 ? qint64(stat.dirty) : -1;
}

protocol::DownloadChangeset remote(quint64 serverVersion, quint64 fileId, qint64 timestamp,
                                   QList<Operation> ops)
{
    return protocol::DownloadChangeset{serverVersion, fileId, timestamp, std::move(ops)};
}

// A pending changeset as local file format 1 stored it.
QByteArray format1Blob(const QList<Operation> &operations)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << quint32(operations.size());
    for (const Operation &op : operations)
        out << quint8(op.kind) << op.key << op.value;
    return bytes;
}

// Runs `work` on a connection of its own to the file at `path`.
template <typename Work> auto withDatabase(const QString &path, Work work)
{
    const QString name = u"format1-%1"_s.arg(quintptr(&work));
    auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(path);
    const auto done = qScopeGuard([&] {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    });
    return work(db.open() ? std::optional<QSqlDatabase>(db) : std::nullopt);
}

// Turns a file written by this client back into what format 1 wrote: the pending blobs as
// QDataStream and format_version 1. With `damageLast`, the last blob is cut short.
bool rewriteAsFormat1(const QString &path, const QList<QList<Operation>> &changesets,
                      bool damageLast)
{
    return withDatabase(path, [&](std::optional<QSqlDatabase> db) {
        if (!db)
            return false;
        QSqlQuery query(*db);
        for (qsizetype i = 0; i < changesets.size(); ++i) {
            QByteArray blob = format1Blob(changesets.at(i));
            if (damageLast && i == changesets.size() - 1)
                blob.chop(3);
            query.prepare(
                u"UPDATE syncscope_pending SET operations = ? WHERE client_version = ?"_s);
            query.addBindValue(blob);
            query.addBindValue(qint64(i + 1));
            if (!query.exec() || query.numRowsAffected() != 1)
                return false;
        }
        return query.exec(u"UPDATE syncscope_meta SET format_version = 1"_s);
    });
}

int formatVersion(const QString &path)
{
    return withDatabase(path, [](std::optional<QSqlDatabase> db) {
        QSqlQuery query(db.value_or(QSqlDatabase()));
        return db && query.exec(u"SELECT format_version FROM syncscope_meta"_s) && query.next()
                   ? query.value(0).toInt()
                   : -1;
    });
}

QByteArray rawPendingBlob(const QString &path, qint64 clientVersion)
{
    return withDatabase(path, [&](std::optional<QSqlDatabase> db) {
        QSqlQuery query(db.value_or(QSqlDatabase()));
        if (!db)
            return QByteArray();
        query.prepare(u"SELECT operations FROM syncscope_pending WHERE client_version = ?"_s);
        query.addBindValue(clientVersion);
        return query.exec() && query.next() ? query.value(0).toByteArray() : QByteArray();
    });
}

// SQLite's own syncs (xSync of its VFS), which durabilitySyncsForTesting() does not see: a
// shim in front of the default VFS that counts them, installed for one scope; those of the
// thread that installed it and those of other threads (WalCheckpointer's) apart. It counts
// the writes that reach it too.
class CountedSqliteSyncs
{
public:
    CountedSqliteSyncs()
    {
        s_real = sqlite3_vfs_find(nullptr);
        m_vfs = *s_real;
        m_vfs.zName = "syncscope-counting";
        m_vfs.szOsFile = int(sizeof(File)) + s_real->szOsFile;
        m_vfs.xOpen = &open;
        s_syncs = 0;
        s_otherThreadSyncs = 0;
        s_writes = 0;
        s_owner = std::this_thread::get_id();
        sqlite3_vfs_register(&m_vfs, 1);
    }
    ~CountedSqliteSyncs()
    {
        sqlite3_vfs_unregister(&m_vfs);
        sqlite3_vfs_register(s_real, 1);
    }
    Q_DISABLE_COPY_MOVE(CountedSqliteSyncs)
    static int count() { return s_syncs; }
    static int otherThreadCount() { return s_otherThreadSyncs; }
    static int writes() { return s_writes; }

private:
    struct File
    {
        sqlite3_file base;
        sqlite3_file *real;
    };
    static sqlite3_file *real(sqlite3_file *file) { return reinterpret_cast<File *>(file)->real; }
    static int open(sqlite3_vfs *, const char *name, sqlite3_file *file, int flags, int *out)
    {
        auto *wrapper = reinterpret_cast<File *>(file);
        wrapper->real = reinterpret_cast<sqlite3_file *>(wrapper + 1);
        const int rc = s_real->xOpen(s_real, name, wrapper->real, flags, out);
        if (wrapper->real->pMethods) {
            s_methods = *wrapper->real->pMethods;
            s_methods.xClose = [](sqlite3_file *f) { return real(f)->pMethods->xClose(real(f)); };
            s_methods.xRead = [](sqlite3_file *f, void *b, int n, sqlite3_int64 o) {
                return real(f)->pMethods->xRead(real(f), b, n, o);
            };
            s_methods.xWrite = [](sqlite3_file *f, const void *b, int n, sqlite3_int64 o) {
                ++s_writes;
                return real(f)->pMethods->xWrite(real(f), b, n, o);
            };
            s_methods.xTruncate = [](sqlite3_file *f, sqlite3_int64 size) {
                return real(f)->pMethods->xTruncate(real(f), size);
            };
            s_methods.xSync = [](sqlite3_file *f, int flags) {
                ++(std::this_thread::get_id() == s_owner ? s_syncs : s_otherThreadSyncs);
                return real(f)->pMethods->xSync(real(f), flags);
            };
            s_methods.xFileSize = [](sqlite3_file *f, sqlite3_int64 *size) {
                return real(f)->pMethods->xFileSize(real(f), size);
            };
            s_methods.xLock = [](sqlite3_file *f, int l) {
                return real(f)->pMethods->xLock(real(f), l);
            };
            s_methods.xUnlock = [](sqlite3_file *f, int l) {
                return real(f)->pMethods->xUnlock(real(f), l);
            };
            s_methods.xCheckReservedLock = [](sqlite3_file *f, int *r) {
                return real(f)->pMethods->xCheckReservedLock(real(f), r);
            };
            s_methods.xFileControl = [](sqlite3_file *f, int op, void *arg) {
                return real(f)->pMethods->xFileControl(real(f), op, arg);
            };
            s_methods.xSectorSize = [](sqlite3_file *f) {
                return real(f)->pMethods->xSectorSize(real(f));
            };
            s_methods.xDeviceCharacteristics = [](sqlite3_file *f) {
                return real(f)->pMethods->xDeviceCharacteristics(real(f));
            };
            s_methods.xShmMap = [](sqlite3_file *f, int p, int s, int e, void volatile **m) {
                return real(f)->pMethods->xShmMap(real(f), p, s, e, m);
            };
            s_methods.xShmLock = [](sqlite3_file *f, int o, int n, int fl) {
                return real(f)->pMethods->xShmLock(real(f), o, n, fl);
            };
            s_methods.xShmBarrier = [](sqlite3_file *f) {
                real(f)->pMethods->xShmBarrier(real(f));
            };
            s_methods.xShmUnmap = [](sqlite3_file *f, int d) {
                return real(f)->pMethods->xShmUnmap(real(f), d);
            };
            s_methods.xFetch = [](sqlite3_file *f, sqlite3_int64 o, int n, void **p) {
                return real(f)->pMethods->xFetch(real(f), o, n, p);
            };
            s_methods.xUnfetch = [](sqlite3_file *f, sqlite3_int64 o, void *p) {
                return real(f)->pMethods->xUnfetch(real(f), o, p);
            };
            wrapper->base.pMethods = &s_methods;
        } else {
            wrapper->base.pMethods = nullptr;
        }
        return rc;
    }
    static inline sqlite3_vfs *s_real = nullptr;
    static inline sqlite3_io_methods s_methods{};
    static inline std::atomic<int> s_syncs = 0;
    static inline std::atomic<int> s_otherThreadSyncs = 0;
    static inline std::atomic<int> s_writes = 0; // every file's, every thread's
    static inline std::thread::id s_owner;
    sqlite3_vfs m_vfs{};
};

// Counts the checkpoints the SDK's VFS reports as having lost a copy (its handler would stop
// the process) while it lives, instead of stopping.
class LostCopies final
{
public:
    LostCopies()
    {
        s_count = 0;
        detail::setBatchedWalLostCopyHandlerForTesting([](const char *, int) { ++s_count; });
    }
    ~LostCopies() { detail::setBatchedWalLostCopyHandlerForTesting(nullptr); }
    LostCopies(const LostCopies &) = delete;
    LostCopies &operator=(const LostCopies &) = delete;
    int count() const { return s_count; }

private:
    static inline int s_count = 0;
};

} // namespace

class LocalStoreTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aFormat1FileIsUpgradedWithItsPendingChanges()
    {
        // Format 1 kept a pending changeset as a QDataStream blob; opening such a file rewrites
        // each in its wire form, which an UPLOAD then carries as it is.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"format1.realm"_s);
        const QList<QList<Operation>> changesets = {
            {set(u"a"_s, "1"), Operation{Operation::Kind::Remove, u"b"_s, {}}},
            {set(u"\u00fc\u2713"_s, QByteArray(5000, 'x'))},
        };
        {
            auto store = openStore(path);
            QVERIFY(store);
            QString error;
            for (const auto &operations : changesets)
                QVERIFY2(store->commitLocal(operations, &error), qPrintable(error));
        }
        QVERIFY(rewriteAsFormat1(path, changesets, false));
        {
            auto store = openStore(path);
            QVERIFY(store);
            const auto pending = store->pendingChangesets(0, 1 << 20);
            QCOMPARE(pending.size(), 2);
            for (qsizetype i = 0; i < pending.size(); ++i) {
                QCOMPARE(pending.at(i).clientVersion, quint64(i + 1));
                QCOMPARE(pending.at(i).operationCount, quint32(changesets.at(i).size()));
                QCOMPARE(pending.at(i).size, protocol::changesetSize(changesets.at(i)));
                QCOMPARE(protocol::decodeOperations(pending.at(i).operations).value(),
                         changesets.at(i));
            }
            QCOMPARE(store->value(u"\u00fc\u2713"_s).value(), QByteArray(5000, 'x'));
        }
        QCOMPARE(formatVersion(path), 2);
    }

    void aDamagedFormat1FileIsRefusedAndLeftAsItWas()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"damaged1.realm"_s);
        const QList<QList<Operation>> changesets = {{set(u"a"_s, "1")}, {set(u"b"_s, "2")}};
        {
            auto store = openStore(path);
            QVERIFY(store);
            QString error;
            for (const auto &operations : changesets)
                QVERIFY(store->commitLocal(operations, &error));
        }
        QVERIFY(rewriteAsFormat1(path, changesets, true)); // the second blob cut short
        QString error;
        QVERIFY(!LocalStore::open(path, u"/r"_s, &error));
        QVERIFY2(error.contains(path), qPrintable(error));
        // Nothing was rewritten: still format 1, the readable blob still in its old form.
        QCOMPARE(formatVersion(path), 1);
        QCOMPARE(rawPendingBlob(path, 1), format1Blob(changesets.at(0)));
    }

    void aPendingChangesetThatDoesNotReadBackIsNotSent()
    {
        // Read from the file (a resend): a blob whose length is not its recorded size, or
        // whose bytes are not operations, ends the batch before it instead of being sent.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"unreadable.realm"_s);
        {
            auto store = openStore(path);
            QVERIFY(store);
            QString error;
            for (int i = 0; i < 3; ++i)
                QVERIFY(store->commitLocal({set(u"k%1"_s.arg(i), "value")}, &error));
        }
        QVERIFY(withDatabase(path, [](std::optional<QSqlDatabase> db) {
            QSqlQuery query(db.value_or(QSqlDatabase()));
            return db && query.exec(u"UPDATE syncscope_pending SET size = size + 1 "
                                    "WHERE client_version = 2"_s);
        }));
        {
            auto store = openStore(path);
            QVERIFY(store);
            QString error;
            const auto pending = store->pendingChangesets(0, 1 << 20, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QCOMPARE(pending.size(), 1);
            QCOMPARE(pending.first().clientVersion, 1u);
            const detail::PendingUpload upload = store->pendingUpload(5, 0, 1 << 20, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QCOMPARE(upload.changesets, 1);
            QCOMPARE(upload.lastClientVersion, 1u);
        }
        QVERIFY(withDatabase(path, [](std::optional<QSqlDatabase> db) {
            QSqlQuery query(db.value_or(QSqlDatabase()));
            return db && query.exec(u"UPDATE syncscope_pending SET size = size - 1, "
                                    "operations = zeroblob(size - 1) WHERE client_version = 2"_s);
        }));
        auto store = openStore(path);
        QVERIFY(store);
        QCOMPARE(store->pendingChangesets(0, 1 << 20).size(), 1);
        QCOMPARE(store->pendingChangesets(2, 1 << 20).size(), 1); // the one after it still goes
        QCOMPARE(store->pendingUpload(5, 0, 1 << 20).changesets, 1);
        QCOMPARE(store->pendingUpload(5, 2, 1 << 20).lastClientVersion, 3u);
    }

    void aBacklogIsReadStraightIntoTheUploadFrame()
    {
        // A backlog beyond what the store keeps in memory is read from the file: each blob
        // from SQLite's pages into the UPLOAD frame itself, the same frame as encoding the
        // changesets pendingChangesets() reads. Changesets still in memory are framed too.
        QTemporaryDir dir;
        auto store = openStore(dir.filePath(u"backlog.realm"_s));
        QVERIFY(store);
        QString error;
        QVERIFY(store->setClientFileId(6, &error));
        QList<QList<Operation>> written;
        for (int i = 0; i < 5; ++i) { // 2 MiB: the in-memory copy holds 1 MiB
            written.append({set(u"k%1"_s.arg(i), QByteArray(400 * 1024, char('a' + i))),
                            set(u"s%1"_s.arg(i), "small")});
            QVERIFY(store->commitLocal(written.last(), &error));
        }
        const auto frameOf = [](const QList<detail::PendingChangeset> &pending) {
            QList<protocol::EncodedUploadChangeset> changesets;
            for (const detail::PendingChangeset &c : pending)
                changesets.append(
                    {c.clientVersion, c.originTimestamp, c.operationCount, c.operations});
            return protocol::encodeUpload(77, changesets);
        };
        const detail::PendingUpload upload =
            store->pendingUpload(77, 0, LocalStore::kUploadBatchBytes, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const auto fromFile = store->pendingChangesets(0, LocalStore::kUploadBatchBytes, &error);
        QCOMPARE(upload.changesets, 2); // 1 MiB a batch
        QCOMPARE(upload.lastClientVersion, 2u);
        QCOMPARE(upload.frame, frameOf(fromFile));
        // The session hands each sent frame back for the next one of a backlog: the same bytes,
        // read into the memory that frame had, no fresh megabyte.
        QByteArray spare = store->pendingUpload(77, 0, LocalStore::kUploadBatchBytes).frame;
        const char *memory = spare.constData();
        const detail::PendingUpload again =
            store->pendingUpload(77, 0, LocalStore::kUploadBatchBytes, &error, std::move(spare));
        QCOMPARE(again.frame, upload.frame);
        QVERIFY(again.frame.constData() == memory);
        const protocol::DecodeResult decoded =
            protocol::decode(upload.frame, protocol::Direction::ClientToServer);
        QVERIFY2(decoded.frame, qPrintable(decoded.error));
        const auto &message = std::get<protocol::UploadMessage>(decoded.frame->message);
        QCOMPARE(message.changesets.size(), 2);
        QCOMPARE(message.changesets.at(1).operations, written.at(1));
        // Versions 4 and 5 went into the in-memory copy after it was dropped at 3.
        const detail::PendingUpload fromMemory =
            store->pendingUpload(77, 3, LocalStore::kUploadBatchBytes, &error);
        QCOMPARE(fromMemory.changesets, 2);
        QCOMPARE(fromMemory.lastClientVersion, 5u);
        const protocol::DecodeResult last =
            protocol::decode(fromMemory.frame, protocol::Direction::ClientToServer);
        QVERIFY2(last.frame, qPrintable(last.error));
        QCOMPARE(std::get<protocol::UploadMessage>(last.frame->message).changesets.at(1).operations,
                 written.at(4));
        QCOMPARE(store->pendingUpload(77, 5, LocalStore::kUploadBatchBytes).changesets, 0);
    }

    void writesPersistAcrossReopen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"a.realm"_s);
        {
            auto store = openStore(path);
            QVERIFY(store);
            QString error;
            QVERIFY(store->commitLocal({set(u"k1"_s, "v1")}, &error));
            QVERIFY(store->commitLocal({set(u"k2"_s, "")}, &error));
            QVERIFY(store->commitLocal({Operation{Operation::Kind::Remove, u"k1"_s, {}}}, &error));
            QCOMPARE(store->lastClientVersion(), 3u);
        }
        auto store = openStore(path);
        QVERIFY(store);
        QCOMPARE(store->keys(), QStringList{u"k2"_s});
        QCOMPARE(store->value(u"k2"_s), std::optional<QByteArray>(QByteArray("")));
        QCOMPARE(store->value(u"k1"_s), std::nullopt);
        QCOMPARE(store->lastClientVersion(), 3u);
        const quint64 expected =
            protocol::changesetSize({set(u"k1"_s, "v1")}) +
            protocol::changesetSize({set(u"k2"_s, "")}) +
            protocol::changesetSize({Operation{Operation::Kind::Remove, u"k1"_s, {}}});
        QCOMPARE(store->counters().uploadable, expected);
        QCOMPARE(store->counters().uploaded, 0u);
        QCOMPARE(store->pendingChangesets(0, 1 << 20).size(), 3);
    }

    void aKeyThatBeginsWithAByteOrderMarkIsItsOwnKey()
    {
        // The protocol allows any UTF-8 key. SQLite reads a U+FEFF at the start of UTF-16 text
        // as a byte-order mark and drops it, so a key bound as UTF-16 lost it and became the
        // key without it: its value overwrote the other key's and it read back under that name.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"bom.realm"_s);
        const QString marked = QChar(0xFEFF) + u"k"_s;
        {
            auto store = openStore(path);
            QVERIFY(store);
            QString error;
            QVERIFY(store->commitLocal({set(u"k"_s, "plain")}, &error));
            QVERIFY(store->commitLocal({set(marked, "marked")}, &error));
            QVERIFY(store->commitLocal({set(QString(), "empty")}, &error)); // a key too
            QCOMPARE(store->value(u"k"_s), std::optional<QByteArray>("plain"));
            QCOMPARE(store->value(marked), std::optional<QByteArray>("marked"));
        }
        auto store = openStore(path);
        QVERIFY(store);
        QCOMPARE(store->keys(), (QStringList{u""_s, u"k"_s, marked}));
        QCOMPARE(store->value(u""_s), std::optional<QByteArray>("empty"));
        QCOMPARE(store->value(u"k"_s), std::optional<QByteArray>("plain"));
        QCOMPARE(store->value(marked), std::optional<QByteArray>("marked"));

        // A downloaded operation on it reaches the same row, and last-writer-wins compares it
        // with that row's stamp, not the other key's.
        QString error;
        QVERIFY(store->setClientFileId(5, &error));
        protocol::DownloadMessage download;
        download.downloadCursor = 1;
        download.latestServerVersion = 1;
        download.changesets = {
            remote(1, 9, QDateTime::currentMSecsSinceEpoch() + 100'000, {set(marked, "remote")})};
        const auto result = store->integrateDownload(download);
        QVERIFY(result.ok);
        QCOMPARE(result.changedKeys, QStringList{marked});
        QCOMPARE(store->value(marked), std::optional<QByteArray>("remote"));
        QCOMPARE(store->value(u"k"_s), std::optional<QByteArray>("plain"));
    }

    void pendingChangesetsAreBatchedByBytes()
    {
        QTemporaryDir dir;
        auto store = openStore(dir.filePath(u"b.realm"_s));
        QString error;
        for (int i = 0; i < 10; ++i)
            QVERIFY(store->commitLocal({set(u"key%1"_s.arg(i), QByteArray(100, 'x'))}, &error));
        const quint64 one = protocol::changesetSize({set(u"key0"_s, QByteArray(100, 'x'))});
        auto batch = store->pendingChangesets(0, one * 3);
        QCOMPARE(batch.size(), 3);
        QCOMPARE(batch.first().clientVersion, 1u);
        // In their wire form, as the UPLOAD carries them.
        QCOMPARE(batch.first().operationCount, 1u);
        QCOMPARE(protocol::decodeOperations(batch.first().operations).value(),
                 (QList<Operation>{set(u"key0"_s, QByteArray(100, 'x'))}));
        batch = store->pendingChangesets(8, one * 3);
        QCOMPARE(batch.size(), 2);
        QCOMPARE(batch.last().clientVersion, 10u);
        // A changeset larger than the bound still goes, alone.
        QCOMPARE(store->pendingChangesets(0, 1).size(), 1);
    }

    void acknowledgementMovesBytesToUploaded()
    {
        QTemporaryDir dir;
        auto store = openStore(dir.filePath(u"c.realm"_s));
        QString error;
        QVERIFY(store->setClientFileId(7, &error));
        QVERIFY(store->commitLocal({set(u"a"_s, "1")}, &error));
        QVERIFY(store->commitLocal({set(u"b"_s, "22")}, &error));
        QVERIFY(store->commitLocal({set(u"c"_s, "333")}, &error));
        protocol::DownloadMessage download;
        download.uploadAckClientVersion = 2;
        download.downloadableBytes = 55;
        const auto result = store->integrateDownload(download);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(store->ackedClientVersion(), 2u);
        QCOMPARE(store->counters().uploaded, protocol::changesetSize({set(u"a"_s, "1")}) +
                                                 protocol::changesetSize({set(u"b"_s, "22")}));
        QCOMPARE(store->counters().downloadableRemaining, 55u);
        const auto pending = store->pendingChangesets(0, 1 << 20);
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.first().clientVersion, 3u);
    }

    void anIdleStoreGivesBackSqlitesCachedPages()
    {
        QTemporaryDir dir;
        auto store = openStore(dir.filePath(u"idle.realm"_s));
        QVERIFY(store);
        QString error;
        QVERIFY(store->setClientFileId(3, &error));
        // Enough data that SQLite caches a few dozen pages.
        for (int i = 0; i < 40; ++i)
            QVERIFY(store->commitLocal({set(u"k%1"_s.arg(i), QByteArray(2048, 'v'))}, &error));
        protocol::DownloadMessage partly;
        partly.uploadAckClientVersion = 20;
        partly.downloadableBytes = 0;
        QVERIFY(store->integrateDownload(partly).ok);
        // Changesets still wait for their acknowledgement: the pages stay, they are in use.
        const qint64 busy = sqlite3_memory_used();
        protocol::DownloadMessage rest;
        rest.uploadAckClientVersion = 40;
        rest.downloadableBytes = 0;
        QVERIFY(store->integrateDownload(rest).ok);
        // Idle now, and among the two stores that went idle last: it keeps them (the next
        // write or download would read them back first).
        const qint64 warm = sqlite3_memory_used();
        QVERIFY2(
            busy - warm < 16 * 1024,
            qPrintable(u"SQLite held %1 bytes while busy, %2 once idle"_s.arg(busy).arg(warm)));
        // Two other stores go idle after it: it gives its pages back.
        QTemporaryDir others;
        std::vector<std::unique_ptr<LocalStore>> later;
        qint64 released = 0;
        for (int i = 0; i < LocalStore::kWarmIdleStores; ++i) {
            later.push_back(openStore(others.filePath(u"later%1.realm"_s.arg(i))));
            QVERIFY(later.back());
            QVERIFY(later.back()->setClientFileId(10 + i, &error));
            protocol::DownloadMessage download;
            download.downloadCursor = 1;
            download.changesets = {remote(1, 9, 1000, {set(u"x"_s, "y")})};
            const qint64 before = sqlite3_memory_used();
            QVERIFY(later.back()->integrateDownload(download).ok);
            released = before - sqlite3_memory_used();
        }
        QVERIFY2(released > 64 * 1024,
                 qPrintable(u"%1 bytes released when it dropped out"_s.arg(released)));
        // And the data is all there, read back through the released cache.
        QCOMPARE(store->value(u"k39"_s), QByteArray(2048, 'v'));
    }

    void aWriteRightAfterItsAcknowledgementReadsNoPageBack()
    {
        // The acknowledgement leaves the session idle; its pages used to be released at once,
        // and the next write() read five or six of them back from the file before it could
        // commit. A reader's next DOWNLOAD did the same.
        QTemporaryDir dir;
        auto store = openStore(dir.filePath(u"warm.realm"_s));
        QVERIFY(store);
        QString error;
        QVERIFY(store->setClientFileId(3, &error));
        for (quint64 version = 1; version <= 5; ++version) {
            QVERIFY2(store->commitLocal({set(u"k%1"_s.arg(version), "v")}, &error),
                     qPrintable(error));
            protocol::DownloadMessage ack;
            ack.uploadAckClientVersion = version;
            QVERIFY(store->integrateDownload(ack).ok);
        }
        // Reading the count takes reads of its own: the same two calls around nothing first.
        const qint64 countedFirst = processReadCalls();
        const qint64 ownReads = processReadCalls() - countedFirst;
        const qint64 readsBefore = processReadCalls();
        QVERIFY(readsBefore >= 0);
        QVERIFY2(store->commitLocal({set(u"next"_s, "v")}, &error), qPrintable(error));
        QCOMPARE(processReadCalls() - readsBefore - ownReads, 0);
    }

    void downloadAppliesLastWriterWins()
    {
        QTemporaryDir dir;
        auto store = openStore(dir.filePath(u"d.realm"_s));
        QString error;
        QVERIFY(store->setClientFileId(5, &error));
        QVERIFY(store->commitLocal({set(u"mine"_s, "local")}, &error));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();

        protocol::DownloadMessage download;
        download.downloadCursor = 4;
        download.latestServerVersion = 4;
        download.changesets = {
            remote(1, 9, now - 100'000, {set(u"mine"_s, "older remote")}), // loses
            remote(2, 9, now - 100'000, {set(u"theirs"_s, "t1")}),
            remote(3, 9, now - 200'000, {set(u"theirs"_s, "t2")}),        // same file: later wins
            remote(4, 5, now + 100'000, {set(u"mine"_s, "my own echo")}), // own: skipped
        };
        const auto result = store->integrateDownload(download);
        QVERIFY(result.ok);
        QCOMPARE(result.changedKeys, QStringList{u"theirs"_s});
        QCOMPARE(store->value(u"mine"_s), std::optional<QByteArray>("local"));
        QCOMPARE(store->value(u"theirs"_s), std::optional<QByteArray>("t1"));
        QCOMPARE(store->downloadCursor(), 4u);
        QVERIFY(store->counters().downloaded > 0);

        protocol::DownloadMessage newer;
        newer.downloadCursor = 5;
        newer.latestServerVersion = 5;
        newer.changesets = {remote(5, 3, now + 100'000, {set(u"mine"_s, "newer remote")})};
        QVERIFY(store->integrateDownload(newer).ok);
        QCOMPARE(store->value(u"mine"_s), std::optional<QByteArray>("newer remote"));
    }

    void tieOnTimestampGoesToTheLargerFileId()
    {
        QTemporaryDir dir;
        auto store = openStore(dir.filePath(u"t.realm"_s));
        protocol::DownloadMessage download;
        download.downloadCursor = 2;
        download.latestServerVersion = 2;
        download.changesets = {remote(1, 8, 1000, {set(u"k"_s, "from 8")}),
                               remote(2, 4, 1000, {set(u"k"_s, "from 4")})};
        QVERIFY(store->integrateDownload(download).ok);
        QCOMPARE(store->value(u"k"_s), std::optional<QByteArray>("from 8"));
        // A full tie (same file, same millisecond): the later write wins, as on the server.
        protocol::DownloadMessage again;
        again.downloadCursor = 3;
        again.latestServerVersion = 3;
        again.changesets = {remote(3, 8, 1000, {set(u"k"_s, "8 again")})};
        QVERIFY(store->integrateDownload(again).ok);
        QCOMPARE(store->value(u"k"_s), std::optional<QByteArray>("8 again"));
    }

    void localWriteBeatsAFutureDatedValue()
    {
        QTemporaryDir dir;
        auto store = openStore(dir.filePath(u"e.realm"_s));
        QString error;
        QVERIFY(store->setClientFileId(2, &error));
        protocol::DownloadMessage download;
        download.downloadCursor = 1;
        download.latestServerVersion = 1;
        const qint64 future = QDateTime::currentMSecsSinceEpoch() + 3'600'000;
        download.changesets = {remote(1, 9, future, {set(u"k"_s, "remote")})};
        QVERIFY(store->integrateDownload(download).ok);
        QVERIFY(store->commitLocal({set(u"k"_s, "local")}, &error));
        QCOMPARE(store->value(u"k"_s), std::optional<QByteArray>("local"));
        // Its upload carries a stamp that also wins on the server.
        QVERIFY(store->pendingChangesets(0, 1 << 20).first().originTimestamp > future);
    }

    void clientFileIdStampsEarlierLocalWrites()
    {
        QTemporaryDir dir;
        auto store = openStore(dir.filePath(u"f.realm"_s));
        QString error;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(store->commitLocal({set(u"k"_s, "local")}, &error));
        QVERIFY(store->setClientFileId(3, &error));
        QCOMPARE(store->clientFileId(), 3u);
        // A remote write by file 2 with the same millisecond would beat file 0, not file 3.
        protocol::DownloadMessage download;
        download.downloadCursor = 1;
        download.latestServerVersion = 1;
        const qint64 stamp = store->pendingChangesets(0, 1 << 20).first().originTimestamp;
        QVERIFY(stamp >= now);
        download.changesets = {remote(1, 2, stamp, {set(u"k"_s, "remote")})};
        QVERIFY(store->integrateDownload(download).ok);
        QCOMPARE(store->value(u"k"_s), std::optional<QByteArray>("local"));
    }

    void theFirstIdLeavesValuesWrittenBeforeItUntouched()
    {
        // SQLite rewrites a row whole: restamping a realm filled before its first connection
        // wrote every value a second time. The rows keep file id 0 ("this file") instead.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"early.realm"_s);
        auto store = openStore(path);
        QVERIFY(store);
        QString error;
        QVERIFY(store->commitLocal({set(u"a"_s, QByteArray(8192, 'a'))}, &error));
        QVERIFY(store->commitLocal({set(u"b"_s, QByteArray(8192, 'b'))}, &error));
        const qint64 stamp = store->pendingChangesets(0, 1 << 20).first().originTimestamp;
        QVERIFY(store->setClientFileId(3, &error));
        {
            const QString name = u"early-reader"_s;
            auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"SELECT count(*) FROM syncscope_objects WHERE stamp_file = 0"_s));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toInt(), 2);
            query.finish();
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
        }
        // They still compare as file 3's: on a tie, file 4 wins and file 2 loses.
        protocol::DownloadMessage download;
        download.downloadCursor = 2;
        download.latestServerVersion = 2;
        download.changesets = {remote(1, 4, stamp, {set(u"a"_s, "from 4")}),
                               remote(2, 2, stamp, {set(u"b"_s, "from 2")})};
        QVERIFY(store->integrateDownload(download).ok);
        QCOMPARE(store->value(u"a"_s), std::optional<QByteArray>("from 4"));
        QCOMPARE(store->value(u"b"_s), std::optional<QByteArray>(QByteArray(8192, 'b')));
        // And a local write over them is stamped so that it wins (stampOf reads them as 3).
        QVERIFY(store->commitLocal({set(u"b"_s, "local again")}, &error));
        QCOMPARE(store->value(u"b"_s), std::optional<QByteArray>("local again"));
    }

    void aSecondIdKeepsEarlierValuesUnderTheFirst()
    {
        QTemporaryDir dir;
        auto store = openStore(dir.filePath(u"reid.realm"_s));
        QVERIFY(store);
        QString error;
        QVERIFY(store->commitLocal({set(u"k"_s, "local")}, &error));
        const qint64 stamp = store->pendingChangesets(0, 1 << 20).first().originTimestamp;
        QVERIFY(store->setClientFileId(3, &error));
        QVERIFY(store->setClientFileId(9, &error));
        QCOMPARE(store->clientFileId(), 9u);
        // Written under 3, so file 5 wins the tie (it would lose against 9).
        protocol::DownloadMessage download;
        download.downloadCursor = 1;
        download.latestServerVersion = 1;
        download.changesets = {remote(1, 5, stamp, {set(u"k"_s, "from 5")})};
        QVERIFY(store->integrateDownload(download).ok);
        QCOMPARE(store->value(u"k"_s), std::optional<QByteArray>("from 5"));
    }

    void droppingAcknowledgedChangesetsDoesNotRewriteThem()
    {
        // SQLite as Debian builds it zeroes freed pages: acknowledging 2 MiB of changesets
        // wrote 2 MiB of zeros into the WAL (and the database file at the next checkpoint).
        QTemporaryDir dir;
        const QString path = dir.filePath(u"acked.realm"_s);
        auto store = openStore(path);
        QVERIFY(store);
        QString error;
        QVERIFY(store->setClientFileId(4, &error));
        for (int i = 0; i < 8; ++i)
            QVERIFY(
                store->commitLocal({set(u"k%1"_s.arg(i), QByteArray(256 * 1024, 'p'))}, &error));
        const QString name = u"acked-reader"_s;
        const auto removeReader = qScopeGuard([&] { QSqlDatabase::removeDatabase(name); });
        {
            auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            // An empty WAL, so that what follows counts only the acknowledgement's pages. The
            // writes asked for a checkpoint on WalCheckpointer's thread: not at the same time.
            detail::WalCheckpointer::instance().forget(QFile::encodeName(path));
            QVERIFY(query.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s) && query.next());
            QCOMPARE(query.value(0).toInt(), 0); // not busy
            query.finish();

            protocol::DownloadMessage ack;
            ack.uploadAckClientVersion = 8;
            QVERIFY(store->integrateDownload(ack).ok);
            QVERIFY(store->pendingChangesets(0, 1 << 30).isEmpty());

            QVERIFY(query.exec(u"PRAGMA wal_checkpoint(PASSIVE)"_s) && query.next());
            const int walPages = query.value(1).toInt();
            query.finish();
            // 2 MiB are 512 pages of 4 KiB; the b-tree and the free list need a few.
            QVERIFY2(walPages < 64,
                     qPrintable(u"the acknowledgement wrote %1 pages"_s.arg(walPages)));
            db.close();
        }
        // And the values are all still there.
        QCOMPARE(store->value(u"k7"_s), std::optional<QByteArray>(QByteArray(256 * 1024, 'p')));
    }

    void notSqliteIsRefusedAndLeftUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"g.realm"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is a text file, not a database\n");
        file.close();
        const QByteArray before = fileHash(path);
        QString error;
        QVERIFY(!LocalStore::open(path, u"/r"_s, &error));
        QVERIFY2(error.contains(u"not a Syncscope realm"_s), qPrintable(error));
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + u"-wal"_s));
    }

    void damagedDatabaseIsRefusedAndLeftUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"h.realm"_s);
        {
            auto store = openStore(path);
            QString error;
            for (int i = 0; i < 200; ++i)
                QVERIFY(store->commitLocal({set(u"key%1"_s.arg(i), QByteArray(500, 'v'))}, &error));
        }
        QVERIFY(!QFile::exists(path + u"-wal"_s)); // checkpointed on close
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() > 8 * 4096);
        file.seek(4096 * 3); // damage pages in the middle, keep the header intact
        file.write(QByteArray(4096 * 4, '\xA5'));
        file.close();
        const QByteArray before = fileHash(path);
        QString error;
        QVERIFY(!LocalStore::open(path, u"/r"_s, &error));
        QVERIFY2(error.contains(u"damaged"_s) || error.contains(u"malformed"_s), qPrintable(error));
        QCOMPARE(fileHash(path), before);
    }

    void foreignDatabaseAndOtherRealmAreRefused()
    {
        QTemporaryDir dir;
        const QString foreign = dir.filePath(u"foreign.db"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"foreign"_s);
            db.setDatabaseName(foreign);
            QVERIFY(db.open());
            QSqlQuery(db).exec(u"CREATE TABLE notes (id INTEGER, text TEXT)"_s);
            db.close();
        }
        QSqlDatabase::removeDatabase(u"foreign"_s);
        const QByteArray before = fileHash(foreign);
        QString error;
        QVERIFY(!LocalStore::open(foreign, u"/r"_s, &error));
        QVERIFY2(error.contains(u"another application"_s), qPrintable(error));
        QCOMPARE(fileHash(foreign), before);

        const QString path = dir.filePath(u"r.realm"_s);
        QVERIFY(openStore(path, u"/one"_s));
        QVERIFY(!LocalStore::open(path, u"/two"_s, &error));
        QVERIFY2(error.contains(u"/one"_s), qPrintable(error));
    }

    void failedWriteCommitsNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"full.realm"_s);
        auto store = openStore(path);
        QString error;
        QVERIFY(store->commitLocal({set(u"kept"_s, "yes")}, &error));
        // A full disk, as SQLite sees it: no page may be added.
        QSqlQuery query(store->databaseForTesting());
        QVERIFY(query.exec(u"PRAGMA page_count"_s) && query.next());
        const int pages = query.value(0).toInt();
        QVERIFY(query.exec(u"PRAGMA max_page_count = %1"_s.arg(pages)));
        const auto countersBefore = store->counters();
        QVERIFY(!store->commitLocal({set(u"big"_s, QByteArray(1 << 20, 'x'))}, &error));
        QVERIFY2(error.contains(u"full"_s), qPrintable(error));
        QCOMPARE(store->counters(), countersBefore);
        QCOMPARE(store->lastClientVersion(), 1u);
        QCOMPARE(store->value(u"big"_s), std::nullopt);
        store.reset();
        store = openStore(path);
        QCOMPARE(store->keys(), QStringList{u"kept"_s});
        QCOMPARE(store->pendingChangesets(0, 1 << 20).size(), 1);
    }

    void newFileIsCompleteAndInWalMode()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"new.realm"_s);
        QString error;
        auto store = LocalStore::open(path, u"/r"_s, &error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY(!QFile::exists(path + u".creating"_s));
        QSqlQuery query(store->databaseForTesting());
        QVERIFY(query.exec(u"PRAGMA journal_mode"_s) && query.next());
        QCOMPARE(query.value(0).toString(), u"wal"_s);
        // NORMAL, what a new realm's first transaction (its download) needs ...
        QVERIFY(query.exec(u"PRAGMA synchronous"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        // ... and FULL from the first local write on.
        QVERIFY(store->commitLocal({set(u"k"_s, "v")}, &error));
        QVERIFY(query.exec(u"PRAGMA synchronous"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 2);
        query.finish();
        store.reset();
        // The file header itself says WAL (read/write versions 2), so no opener ever journals.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray header = file.read(20);
        QCOMPARE(int(header.at(18)), 2);
        QCOMPARE(int(header.at(19)), 2);
    }

    void creatingAFileDeletesNoFileOnTheWay()
    {
        // Every file created and deleted while a realm is built costs an inode allocation;
        // on ext4 without a journal each one scans past every recently deleted inode, which
        // made opening thousands of new realms at once quadratic. Only the scratch file (then
        // renamed) and the open realm's own WAL and index files may appear.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"watched.realm"_s);
        const int watcher = inotify_init1(IN_NONBLOCK);
        QVERIFY(watcher >= 0);
        const auto closeWatcher = qScopeGuard([watcher] { ::close(watcher); });
        QVERIFY(inotify_add_watch(watcher, QFile::encodeName(dir.path()).constData(),
                                  IN_CREATE | IN_DELETE) >= 0);
        auto store = openStore(path);
        QVERIFY(store);
        QCOMPARE(store->keys(), QStringList{}); // the first use opens the new file
        QStringList created, deleted;
        alignas(inotify_event) char buffer[64 * 1024];
        for (;;) {
            const ssize_t length = ::read(watcher, buffer, sizeof buffer);
            if (length <= 0)
                break;
            for (ssize_t offset = 0; offset < length;) {
                const auto *event = reinterpret_cast<const inotify_event *>(buffer + offset);
                const QString name = event->len ? QFile::decodeName(event->name) : QString();
                (event->mask & IN_CREATE ? created : deleted).append(name);
                offset += ssize_t(sizeof(inotify_event)) + event->len;
            }
        }
        QCOMPARE(deleted, QStringList());
        created.sort();
        QCOMPARE(created, (QStringList{u"watched.realm-shm"_s, u"watched.realm-wal"_s,
                                       u"watched.realm.creating"_s}));
    }

    void changesetsComeFromMemoryOnceAndFromTheFileAfter()
    {
        QTemporaryDir dir;
        auto store = openStore(dir.filePath(u"memory.realm"_s));
        QString error;
        QVERIFY(store->setClientFileId(4, &error));
        for (int i = 0; i < 3; ++i)
            QVERIFY(store->commitLocal({set(u"key%1"_s.arg(i), "v")}, &error));
        const auto first = store->pendingChangesets(0, 1 << 20); // the fresh ones, in memory
        const auto again = store->pendingChangesets(0, 1 << 20); // a resend reads the file
        QCOMPARE(first.size(), 3);
        QCOMPARE(again.size(), 3);
        for (qsizetype i = 0; i < 3; ++i) {
            QCOMPARE(first.at(i).clientVersion, again.at(i).clientVersion);
            QCOMPARE(first.at(i).originTimestamp, again.at(i).originTimestamp);
            QCOMPARE(first.at(i).size, again.at(i).size);
            QCOMPARE(first.at(i).operationCount, again.at(i).operationCount);
            QCOMPARE(first.at(i).operations, again.at(i).operations);
        }
        // Handed out in parts by the byte bound, in order, from memory as from the file.
        QVERIFY(store->commitLocal({set(u"key3"_s, "v")}, &error));
        QVERIFY(store->commitLocal({set(u"key4"_s, "v")}, &error));
        const auto part = store->pendingChangesets(3, 1);
        QCOMPARE(part.size(), 1);
        QCOMPARE(part.first().clientVersion, 4u);
        const auto rest = store->pendingChangesets(4, 1 << 20);
        QCOMPARE(rest.size(), 1);
        QCOMPARE(rest.first().clientVersion, 5u);
        QCOMPARE(protocol::decodeOperations(rest.first().operations).value(),
                 (QList<Operation>{set(u"key4"_s, "v")}));
        // Acknowledged changesets are not handed out again from memory either.
        QVERIFY(store->commitLocal({set(u"key5"_s, "v")}, &error));
        protocol::DownloadMessage ack;
        ack.uploadAckClientVersion = 6;
        QVERIFY(store->integrateDownload(ack).ok);
        QCOMPARE(store->pendingChangesets(5, 1 << 20).size(), 0);
    }

    void fileIdsAboveTheSignedRangeKeepTheConflictRule()
    {
        // SQLite keeps the unsigned 64-bit file ids as signed integers; on a timestamp tie the
        // larger unsigned id must still win, as on the server.
        QTemporaryDir dir;
        auto store = openStore(dir.filePath(u"ids.realm"_s));
        QString error;
        QVERIFY(store->setClientFileId(5, &error));
        const quint64 high = (quint64(1) << 63) + 9;
        protocol::DownloadMessage download;
        download.downloadCursor = 2;
        download.changesets = {remote(1, 7, 1000, {set(u"k"_s, "small id")}),
                               remote(2, high, 1000, {set(u"k"_s, "high id")})};
        QVERIFY(store->integrateDownload(download).ok);
        QCOMPARE(store->value(u"k"_s), std::optional<QByteArray>("high id"));
        download.downloadCursor = 3;
        download.changesets = {remote(3, 7, 1000, {set(u"k"_s, "small id again")})};
        const auto result = store->integrateDownload(download);
        QVERIFY(result.ok);
        QCOMPARE(result.changedKeys, QStringList());
        QCOMPARE(store->value(u"k"_s), std::optional<QByteArray>("high id"));
        download.changesets = {remote(4, high + 1, 1000, {set(u"k"_s, "higher id")}),
                               remote(5, 7, 999, {set(u"k"_s, "older")})};
        download.downloadCursor = 5;
        QCOMPARE(store->integrateDownload(download).changedKeys, QStringList{u"k"_s});
        QCOMPARE(store->value(u"k"_s), std::optional<QByteArray>("higher id"));
    }

    void scratchFileOfACrashedCreationIsNotTakenForARealm()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"crashed.realm"_s);
        // What a creation killed after building its scratch file leaves: a realm-looking file
        // under the scratch name, with data, and a half-written WAL next to it.
        {
            auto other = openStore(dir.filePath(u"template.realm"_s));
            QString error;
            QVERIFY(other->commitLocal({set(u"stale"_s, "x")}, &error));
        }
        QVERIFY(QFile::copy(dir.filePath(u"template.realm"_s), path + u".creating"_s));
        {
            QFile wal(path + u".creating-wal"_s);
            QVERIFY(wal.open(QIODevice::WriteOnly));
            wal.write(QByteArray(100, 'w'));
        }
        QVERIFY(!QFile::exists(path));
        auto store = openStore(path);
        QVERIFY(store);
        QCOMPARE(store->keys(), QStringList{});
        QCOMPARE(store->lastClientVersion(), 0u);
        QVERIFY(!QFile::exists(path + u".creating"_s));
        QVERIFY(!QFile::exists(path + u".creating-wal"_s));
    }

    void aNewRealmIsSyncedAtItsFirstWriteNotWhenCreated()
    {
        // Opening thousands of new realms spent nearly all its time in one sync each, in
        // series; a new realm holds nothing that exists nowhere else until its first write.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"lazy.realm"_s);
        const quint64 atStart = detail::durabilitySyncsForTesting();
        auto store = openStore(path);
        QVERIFY(store);
        QString error;
        QVERIFY(store->setClientFileId(5, &error));
        protocol::DownloadMessage download;
        download.downloadCursor = 1;
        download.changesets = {remote(1, 9, 1000, {set(u"r"_s, "remote")})};
        QVERIFY(store->integrateDownload(download).ok);
        QCOMPARE(detail::durabilitySyncsForTesting(), atStart);
        // The first durable write syncs the file and its folder before it commits ...
        QVERIFY(store->commitLocal({set(u"a"_s, "1")}, &error));
        QCOMPARE(detail::durabilitySyncsForTesting(), atStart + 2);
        // ... and only the first.
        QVERIFY(store->commitLocal({set(u"b"_s, "2")}, &error));
        QCOMPARE(detail::durabilitySyncsForTesting(), atStart + 2);
        store.reset();
        // Once a write was durable, a reopened file needs no sync of its own.
        store = openStore(path);
        QVERIFY(store->commitLocal({set(u"c"_s, "3")}, &error));
        QCOMPARE(detail::durabilitySyncsForTesting(), atStart + 2);
        QCOMPARE(store->value(u"r"_s), std::optional<QByteArray>("remote"));
    }

    void aReopenedRealmThatWasNeverWrittenIsSyncedBeforeItsFirstWrite()
    {
        // The run that created it may have ended before anything synced it.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"reopened.realm"_s);
        QVERIFY(openStore(path));
        const quint64 beforeReopen = detail::durabilitySyncsForTesting();
        auto store = openStore(path);
        QVERIFY(store);
        QCOMPARE(detail::durabilitySyncsForTesting(), beforeReopen);
        QString error;
        QVERIFY(store->commitLocal({set(u"a"_s, "1")}, &error));
        QCOMPARE(detail::durabilitySyncsForTesting(), beforeReopen + 2);
    }

    void aZeroFileLeftByAPowerFailureBecomesARealm()
    {
        // What a power failure can leave of a new realm file that was never synced: its size
        // on the disk, its blocks not, and a WAL with downloads that were never synced either.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"lost.realm"_s);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(5 * 4096, '\0'));
            QFile wal(path + u"-wal"_s);
            QVERIFY(wal.open(QIODevice::WriteOnly));
            wal.write(QByteArray(4096, '\0'));
        }
        auto store = openStore(path);
        QVERIFY(store);
        QCOMPARE(store->keys(), QStringList{});
        QString error;
        QVERIFY(store->commitLocal({set(u"a"_s, "1")}, &error));
        store.reset();
        store = openStore(path);
        QVERIFY(store);
        QCOMPARE(store->value(u"a"_s), std::optional<QByteArray>("1"));
    }

    void aLargeZeroFileIsRefusedAndLeftUntouched()
    {
        // Larger than any new realm: not what a lost creation leaves, so not ours to replace.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"zeros.realm"_s);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(1024 * 1024, '\0'));
        }
        const QByteArray before = fileHash(path);
        QString error;
        QVERIFY(!LocalStore::open(path, u"/r"_s, &error));
        QVERIFY2(error.contains(u"not a Syncscope realm"_s), qPrintable(error));
        QCOMPARE(fileHash(path), before);
    }

    void emptyExistingFileBecomesARealm()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"empty.realm"_s);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        auto store = openStore(path);
        QVERIFY(store);
        QString error;
        QVERIFY(store->commitLocal({set(u"a"_s, "1")}, &error));
        store.reset();
        store = openStore(path);
        QCOMPARE(store->value(u"a"_s), std::optional<QByteArray>("1"));
    }

    void downloadsCommitWithNormalAndLocalWritesStayFull()
    {
        QTemporaryDir dir;
        auto store = openStore(dir.filePath(u"sync.realm"_s));
        QString error;
        const auto synchronous = [&store] {
            QSqlQuery query(store->databaseForTesting());
            return query.exec(u"PRAGMA synchronous"_s) && query.next() ? query.value(0).toInt()
                                                                       : -1;
        };
        QVERIFY(store->setClientFileId(3, &error)); // a new file: not committed on its own
        // A connection opened on a file it created is at NORMAL, what a download needs.
        QCOMPARE(synchronous(), 1);
        protocol::DownloadMessage download;
        download.downloadCursor = 1;
        download.changesets = {remote(1, 9, 1000, {set(u"r"_s, "remote")})};
        QVERIFY(store->integrateDownload(download).ok);
        QCOMPARE(synchronous(), 1); // NORMAL, and left there for the next download
        QVERIFY(store->commitLocal({set(u"l"_s, "local")}, &error));
        QCOMPARE(synchronous(), 2); // a local write switches to FULL first
        // A failing download (disk full) leaves the next local write FULL as well.
        QSqlQuery query(store->databaseForTesting());
        QVERIFY(query.exec(u"PRAGMA page_count"_s) && query.next());
        const int pages = query.value(0).toInt();
        QVERIFY(query.exec(u"PRAGMA max_page_count = %1"_s.arg(pages + 1)));
        query.finish();
        download.downloadCursor = 2;
        download.changesets = {remote(2, 9, 2000, {set(u"big"_s, QByteArray(1 << 20, 'x'))})};
        QVERIFY(!store->integrateDownload(download).ok);
        QCOMPARE(store->downloadCursor(), 1u);
        QVERIFY(query.exec(u"PRAGMA max_page_count = 1000000"_s));
        query.finish();
        QVERIFY(store->commitLocal({set(u"m"_s, "more")}, &error));
        QCOMPARE(synchronous(), 2);
        // The acknowledgement drops the acknowledged changesets and counts their bytes.
        protocol::DownloadMessage ack;
        ack.downloadCursor = 1;
        ack.uploadAckClientVersion = 1;
        QVERIFY(store->integrateDownload(ack).ok);
        QCOMPARE(store->ackedClientVersion(), 1u);
        QCOMPARE(store->counters().uploaded,
                 quint64(protocol::changesetSize({set(u"l"_s, "local")})));
        QCOMPARE(store->pendingChangesets(1, 1 << 20).size(), 1);
    }

    void aBulkDownloadIsCheckpointedOffTheStoresThread()
    {
        // SQLite's automatic checkpoint ran inside the COMMIT that crossed its threshold, on
        // the store's thread and with two syncs: more than half of a bulk download's time in
        // the store. WalCheckpointer runs it on its own thread.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"bulk.realm"_s);
        CountedSqliteSyncs syncs; // before the store: its connections use the shim
        auto store = openStoreWithFileId(path);
        QVERIFY(store);
        const quint64 checkpointsBefore = detail::WalCheckpointer::instance().completedCount();
        const QByteArray value(256 * 1024, 'd');
        // 12 MiB, three times SQLite's threshold of 1,000 pages, at synchronous=NORMAL.
        constexpr int kDownloads = 48;
        for (int i = 1; i <= kDownloads; ++i) {
            protocol::DownloadMessage download;
            download.downloadCursor = quint64(i);
            download.latestServerVersion = kDownloads;
            download.changesets = {
                remote(quint64(i), 9, 1000 + i, {set(u"v%1"_s.arg(i), value + char(i))})};
            QVERIFY(store->integrateDownload(download).ok);
        }
        QCOMPARE(CountedSqliteSyncs::count(), 0); // no checkpoint ran on this thread
        QTRY_VERIFY(detail::WalCheckpointer::instance().completedCount() > checkpointsBefore);
        QVERIFY(CountedSqliteSyncs::otherThreadCount() > 0); // it synced, over there
        QCOMPARE(store->value(u"v%1"_s.arg(kDownloads)), value + char(kDownloads));
        store.reset(); // no checkpoint of it runs past this (its connections use the shim)
        store = openStore(path);
        QCOMPARE(store->downloadCursor(), quint64(kDownloads));
        QCOMPARE(store->value(u"v1"_s), value + char(1));
    }

    // A download of `count` DOWNLOADs of one 256 KiB value each, the server saying after each
    // how much is left (none after the last: caught up).
    static bool streamDownloads(LocalStore &store, int first, int count, int total)
    {
        const QByteArray value(256 * 1024, 's');
        for (int i = first; i < first + count; ++i) {
            protocol::DownloadMessage download;
            download.downloadCursor = quint64(i);
            download.latestServerVersion = quint64(total);
            download.downloadableBytes = quint64(total - i) * quint64(value.size());
            download.changesets = {
                remote(quint64(i), 9, 1000 + i, {set(u"v%1"_s.arg(i), value + char(i))})};
            if (!store.integrateDownload(download).ok)
                return false;
        }
        return true;
    }

    void aStreamingDownloadIsCheckpointedOnceItHasCaughtUp()
    {
        // While more DOWNLOADs are known to follow, the store asks for no checkpoint (one with
        // two syncs every 1,000 frames took the second core from the threads receiving and
        // sending the burst); the DOWNLOAD that catches up asks for one, on the other thread.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"streaming.realm"_s);
        CountedSqliteSyncs syncs; // before the store: its connections use the shim
        auto store = openStoreWithFileId(path);
        QVERIFY(store);
        auto &checkpointer = detail::WalCheckpointer::instance();
        const quint64 requestsBefore = checkpointer.requestedCount();
        // 12 MiB, some 3,100 frames: three checkpoints' worth before.
        constexpr int kDownloads = 48;
        QVERIFY(streamDownloads(*store, 1, kDownloads - 1, kDownloads));
        QCOMPARE(checkpointer.requestedCount(), requestsBefore);
        QCOMPARE(CountedSqliteSyncs::count(), 0);      // none here either
        QVERIFY(QFileInfo(path).size() < 1024 * 1024); // the values are all in the WAL still
        QCOMPARE(store->value(u"v%1"_s.arg(kDownloads - 1)),
                 QByteArray(256 * 1024, 's') + char(47));
        QVERIFY(streamDownloads(*store, kDownloads, 1, kDownloads)); // caught up
        QCOMPARE(checkpointer.requestedCount(), requestsBefore + 1);
        // Copied into the file (the file itself is waited for: a checkpoint an earlier test
        // asked for may be the one that completes first).
        QTRY_VERIFY(QFileInfo(path).size() > kDownloads * 256 * 1024);
        QCOMPARE(CountedSqliteSyncs::count(), 0);
        QVERIFY(CountedSqliteSyncs::otherThreadCount() > 0); // it synced, over there
        store.reset();
        store = openStore(path);
        QCOMPARE(store->downloadCursor(), quint64(kDownloads));
        QCOMPARE(store->value(u"v1"_s), QByteArray(256 * 1024, 's') + char(1));
    }

    void aStreamingDownloadsWalGoesToTheDiskAsItComes()
    {
        // With no checkpoint while a download streams, nothing synced its frames until the
        // copy after it, and a durable write() in the middle synced them all at once (90-99 ms
        // after 100 MiB on this disk, 12-19 ms before): they are now written in the background
        // every LocalStore::kWalFramesPerWriteback frames, so only the last ones wait.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"streaming.realm"_s);
        auto store = openStoreWithFileId(path);
        QVERIFY(store);
        auto &checkpointer = detail::WalCheckpointer::instance();
        const quint64 writebacksBefore = checkpointer.writebackRequestedCount();
        const quint64 requestsBefore = checkpointer.requestedCount();
        // 24 MiB, some 6,200 frames: three writebacks' worth, none of it caught up.
        QVERIFY(streamDownloads(*store, 1, 96, 200));
        QCOMPARE(checkpointer.requestedCount(), requestsBefore); // still no checkpoint
        QVERIFY(checkpointer.writebackRequestedCount() >= writebacksBefore + 2);
        const QString wal = path + u"-wal"_s;
        if (unwrittenPagesOf(wal) < 0)
            QSKIP("this kernel has no cachestat() to count a file's unwritten pages");
        QTRY_VERIFY2(unwrittenPagesOf(wal) <= LocalStore::kWalFramesPerWriteback + 64,
                     qPrintable(u"%1 pages of the WAL unwritten"_s.arg(unwrittenPagesOf(wal))));
        QCOMPARE(store->value(u"v96"_s), QByteArray(256 * 1024, 's') + char(96));
    }

    void aStreamingDownloadIsCopiedFromTheBoundOn()
    {
        // A download longer than LocalStore::maxStreamingWalFrames() does not grow the WAL
        // without end: from that bound on the copies run over there while it streams (and at
        // kMaxWalFrames more on the store's thread, as for any download), here with a bound
        // of 1,000 frames.
        LocalStore::setMaxStreamingWalFramesForTesting(1000);
        const auto restore = qScopeGuard([] { LocalStore::setMaxStreamingWalFramesForTesting(0); });
        QTemporaryDir dir;
        const QString path = dir.filePath(u"bounded.realm"_s);
        auto store = openStoreWithFileId(path);
        QVERIFY(store);
        auto &checkpointer = detail::WalCheckpointer::instance();
        const quint64 requestsBefore = checkpointer.requestedCount();
        // 12 MiB, some 3,100 frames, none of it caught up.
        QVERIFY(streamDownloads(*store, 1, 48, 100));
        QVERIFY(checkpointer.requestedCount() > requestsBefore);
        QTRY_VERIFY(QFileInfo(path).size() > 1000 * 4096); // the bound's frames are in the file
        QCOMPARE(store->value(u"v48"_s), QByteArray(256 * 1024, 's') + char(48));
    }

    void smallDurableWritesAreCheckpointedInPlaceAndReuseTheWal()
    {
        // A checkpoint on WalCheckpointer's thread ends a few frames short while writes follow
        // each other, so the WAL never started again from its beginning and every write() grew
        // the file: a sync that grows a file also commits the file system's journal, and small
        // writes were 15-25 % slower. After a durable write the store checkpoints itself, at
        // SQLite's threshold, and the WAL is reused from its beginning.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"small.realm"_s);
        auto store = openStore(path);
        QVERIFY(store);
        QString error;
        QVERIFY(store->setClientFileId(5, &error));
        constexpr int kWrites = 2500; // some 5,000 frames: five times the threshold
        for (int i = 0; i < kWrites; ++i)
            QVERIFY2(store->commitLocal({set(u"k%1"_s.arg(i), QByteArray(100, 'w'))}, &error),
                     qPrintable(error));
        // Reused from its beginning after each checkpoint, the WAL stays near the threshold's
        // size (1,000 frames of a 4 KiB page and its 24-byte header, some 4 MiB), where it grew
        // towards LocalStore::kMaxWalFrames before.
        const qint64 walBytes = QFileInfo(path + u"-wal"_s).size();
        QVERIFY2(walBytes < 2 * LocalStore::kWalFramesPerCheckpoint * (4096 + 24),
                 qPrintable(QString::number(walBytes)));
        QCOMPARE(store->value(u"k%1"_s.arg(kWrites - 1)), QByteArray(100, 'w'));
    }

    void aWritersCheckpointRunsAtItsAcknowledgementNotInsideAWrite()
    {
        // A writer that is acknowledged after each write (a synced session) checkpoints when
        // the acknowledgement of its last write arrives, before that transaction, which starts
        // the copied WAL over: no write() pays for a checkpoint (the copy and the file's sync,
        // one write in ~165 of the propagation bench) nor for the restarted WAL's header sync
        // in the write after it. Every write is one sync.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"acked.realm"_s);
        CountedSqliteSyncs syncs; // before the store: its connections use the shim
        auto store = openStoreWithFileId(path);
        QVERIFY(store);
        QString error;
        QVERIFY(store->commitLocal({set(u"first"_s, "w")}, &error)); // creation, WAL reserve
        int mostSyncsInAWrite = 0;
        int syncsInAcknowledgements = 0;
        constexpr int kWrites = 600; // some 2,400 frames: the threshold a few times over
        for (int i = 0; i < kWrites; ++i) {
            const int before = CountedSqliteSyncs::count();
            QVERIFY2(store->commitLocal({set(u"k%1"_s.arg(i), QByteArray(100, 'w'))}, &error),
                     qPrintable(error));
            const int afterWrite = CountedSqliteSyncs::count();
            mostSyncsInAWrite = std::max(mostSyncsInAWrite, afterWrite - before);
            protocol::DownloadMessage ack;
            ack.downloadCursor = store->downloadCursor();
            ack.uploadAckClientVersion = store->lastClientVersion();
            QVERIFY(store->integrateDownload(ack).ok);
            syncsInAcknowledgements += CountedSqliteSyncs::count() - afterWrite;
        }
        QCOMPARE(mostSyncsInAWrite, 1);
        QVERIFY(syncsInAcknowledgements > 0); // the checkpoints ran there
        // Reused from its beginning, the WAL stays near the threshold's size.
        const qint64 walBytes = QFileInfo(path + u"-wal"_s).size();
        QVERIFY2(walBytes < 2 * LocalStore::kWalFramesPerCheckpoint * (4096 + 24),
                 qPrintable(QString::number(walBytes)));
        store.reset();
        store = openStore(path);
        QCOMPARE(store->value(u"k%1"_s.arg(kWrites - 1)), QByteArray(100, 'w'));
        QCOMPARE(store->ackedClientVersion(), store->lastClientVersion());
    }

    void anAcknowledgementInTheMiddleOfAStreamingDownloadCopiesNothingHere()
    {
        // The acknowledgement's checkpoint is for a writer's idle moment. In the middle of a
        // streaming download it would copy everything the burst left in the WAL, on the
        // store's thread, with two syncs: the burst is copied over there once it has caught up.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"streaming-writer.realm"_s);
        CountedSqliteSyncs syncs; // before the store: its connections use the shim
        auto store = openStoreWithFileId(path);
        QVERIFY(store);
        QString error;
        QVERIFY(store->commitLocal({set(u"mine"_s, "w")}, &error));
        QVERIFY(streamDownloads(*store, 1, 48, 100)); // 12 MiB, more to come
        const int syncsBefore = CountedSqliteSyncs::count();
        protocol::DownloadMessage ack;
        ack.downloadCursor = store->downloadCursor();
        ack.latestServerVersion = 100;
        ack.downloadableBytes = 52 * 256 * 1024;
        ack.uploadAckClientVersion = store->lastClientVersion();
        QVERIFY(store->integrateDownload(ack).ok);
        QCOMPARE(CountedSqliteSyncs::count(), syncsBefore);
        QVERIFY(QFileInfo(path).size() < 1024 * 1024); // the burst is still in the WAL only
        QCOMPARE(store->ackedClientVersion(), store->lastClientVersion());
    }

    void durableWritesSyncIntoWalBlocksReservedAhead()
    {
        // A sync that grows its file also writes the file system's record of the new size and
        // blocks: every write() of a new realm grew the WAL and paid for that, some 0.1 ms on
        // this project's ext4. The sync of a durable commit now keeps the WAL 256 KiB ahead
        // of its frames, so most writes sync into blocks the file already has.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"reserved.realm"_s);
        auto store = openStore(path);
        QVERIFY(store);
        QString error;
        QVERIFY(store->setClientFileId(5, &error));
        const QString wal = path + u"-wal"_s;
        const quint64 reservesBefore = detail::batchedWalReservesForTesting();
        constexpr int kWrites = 60; // some 250 frames: no checkpoint restarts the WAL
        int grew = 0;
        for (int i = 0; i < kWrites; ++i) {
            const qint64 before = QFileInfo(wal).size();
            QVERIFY2(store->commitLocal({set(u"k%1"_s.arg(i), QByteArray(100, 'w'))}, &error),
                     qPrintable(error));
            grew += QFileInfo(wal).size() > before ? 1 : 0;
        }
        // Each write appends three to four frames (16 KiB); 60 of them needed some 1 MiB of
        // WAL: four or five reserves. Before, all 60 grew it.
        const quint64 reserves = detail::batchedWalReservesForTesting() - reservesBefore;
        QVERIFY2(grew <= 8, qPrintable(u"%1 of %2 writes grew the WAL"_s.arg(grew).arg(kWrites)));
        QCOMPARE(quint64(grew), reserves);
        for (int i = 0; i < kWrites; ++i)
            QCOMPARE(store->value(u"k%1"_s.arg(i)), QByteArray(100, 'w'));
    }

    void aWalWithZerosReservedAheadLosesNoCommit()
    {
        // The database and its WAL copied while the store holds them open, as a killed process
        // leaves them (no WAL index: it is rebuilt from the WAL): the zeros past the last frame
        // are not taken for frames, and every commit before them is read.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"live.realm"_s);
        auto store = openStore(path);
        QVERIFY(store);
        QString error;
        QVERIFY(store->setClientFileId(5, &error));
        for (int i = 0; i < 20; ++i)
            QVERIFY2(store->commitLocal({set(u"k%1"_s.arg(i), QByteArray::number(i))}, &error),
                     qPrintable(error));
        const QString copy = dir.filePath(u"copy.realm"_s);
        QVERIFY(QFile::copy(path, copy));
        QVERIFY(QFile::copy(path + u"-wal"_s, copy + u"-wal"_s));
        // The copy's WAL has zeros past its frames (what this test is about).
        QFile copiedWal(copy + u"-wal"_s);
        QVERIFY(copiedWal.open(QIODevice::ReadOnly));
        QVERIFY(copiedWal.size() > 64 * 1024);
        QVERIFY(copiedWal.seek(copiedWal.size() - 4096));
        QCOMPARE(copiedWal.read(4096), QByteArray(4096, '\0'));
        copiedWal.close();
        auto recovered = openStore(copy);
        QVERIFY(recovered);
        QCOMPARE(recovered->lastClientVersion(), 20u);
        QCOMPARE(recovered->pendingChangesets(0, 1 << 20).size(), 20);
        for (int i = 0; i < 20; ++i)
            QCOMPARE(recovered->value(u"k%1"_s.arg(i)), QByteArray::number(i));
        // And it takes writes after them (SQLite appends after the last valid frame).
        QVERIFY2(recovered->commitLocal({set(u"after"_s, "copy")}, &error), qPrintable(error));
        recovered.reset();
        recovered = openStore(copy);
        QVERIFY(recovered);
        QCOMPARE(recovered->value(u"after"_s), std::optional<QByteArray>("copy"));
        QCOMPARE(recovered->value(u"k19"_s), QByteArray("19"));
    }

    void downloadsReserveNoWal()
    {
        // Downloads commit without a sync: their WAL frames are written once, with no zeros
        // ahead of them (a bulk download would write every byte twice).
        QTemporaryDir dir;
        const QString path = dir.filePath(u"downloads.realm"_s);
        auto store = openStore(path);
        QVERIFY(store);
        QString error;
        QVERIFY(store->setClientFileId(5, &error));
        const quint64 reservesBefore = detail::batchedWalReservesForTesting();
        for (int i = 1; i <= 20; ++i) {
            protocol::DownloadMessage download;
            download.downloadCursor = quint64(i);
            download.changesets = {
                remote(quint64(i), 9, 1000 + i, {set(u"d%1"_s.arg(i), QByteArray(8000, 'd'))})};
            QVERIFY(store->integrateDownload(download).ok);
        }
        QCOMPARE(detail::batchedWalReservesForTesting(), reservesBefore);
        // The WAL ends with the last frame: its 32-byte header and whole frames of a 4 KiB page.
        QCOMPARE((QFileInfo(path + u"-wal"_s).size() - 32) % (24 + 4096), 0);
    }

    void aCommitsWalFramesReachTheFileInFewWrites()
    {
        // SQLite writes a WAL frame as two writes (its header, then the page): 1 MiB stored
        // cost some 520 system calls. The store's VFS hands them on in 120 KiB writes.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"batched.realm"_s);
        CountedSqliteSyncs below; // the VFS below the store's
        auto store = openStore(path);
        QVERIFY(store);
        QString error;
        QVERIFY(store->setClientFileId(5, &error));
        const QByteArray value = QByteArray(1024 * 1024, 'b') + "end";
        protocol::DownloadMessage download;
        download.downloadCursor = 1;
        download.changesets = {remote(1, 9, 1000, {set(u"big"_s, value)})};
        QVERIFY(store->integrateDownload(download).ok); // opens the file, commits the id first
        const int writesBefore = CountedSqliteSyncs::writes();
        download.downloadCursor = 2;
        download.changesets = {remote(2, 9, 2000, {set(u"big2"_s, value)})};
        QVERIFY(store->integrateDownload(download).ok);
        const int writes = CountedSqliteSyncs::writes() - writesBefore;
        QVERIFY2(writes <= 16, qPrintable(u"%1 writes for one 1 MiB commit"_s.arg(writes)));
        // Each commit is in the WAL file when it returns: another connection (SQLite's own
        // VFS, as another process would) reads it whole.
        sqlite3 *reader = nullptr;
        QCOMPARE(sqlite3_open_v2(QFile::encodeName(path).constData(), &reader, SQLITE_OPEN_READONLY,
                                 nullptr),
                 SQLITE_OK);
        const auto closeReader = qScopeGuard([&] { sqlite3_close(reader); });
        sqlite3_stmt *select = nullptr;
        QCOMPARE(sqlite3_prepare_v2(reader,
                                    "SELECT value FROM syncscope_objects WHERE key = 'big2'", -1,
                                    &select, nullptr),
                 SQLITE_OK);
        QCOMPARE(sqlite3_step(select), SQLITE_ROW);
        const QByteArray read(static_cast<const char *>(sqlite3_column_blob(select, 0)),
                              sqlite3_column_bytes(select, 0));
        sqlite3_finalize(select);
        QCOMPARE(read, value);
        QCOMPARE(store->value(u"big"_s), value);
    }

    void aCheckpointWhoseLastCollectedWriteFailsStopsTheProcess()
    {
        // The last collected write of a checkpoint goes out at CKPT_DONE, after which SQLite
        // may record the frames as copied without another call to the file (a partial
        // checkpoint): failing there, the process must stop instead of going on.
        QVERIFY(detail::batchedWalVfsName());
        QTemporaryDir dir;
        const QString path = dir.filePath(u"lostcopy.sqlite"_s);
        // A dozen new pages in a row: fewer than one collected write holds, so the first write
        // that reaches the file is the one at CKPT_DONE.
        testsupport::UncopiedWal wal(path, detail::batchedWalVfsName(), 12);
        QVERIFY(wal.ok());
        // Only the collected writes (more than one page) into the database file fail.
        testsupport::SqliteWriteFault fault(path, 4096);
        QVERIFY(fault.installed());
        const LostCopies lostCopies;
        const int done = wal.checkpoint();
        QCOMPARE(lostCopies.count(), 1);
        QVERIFY(testsupport::SqliteWriteFault::refusals() > 0);
        // This checkpoint copied the whole WAL, so SQLite went on to truncate the file and
        // learnt of the error there; a partial one would not have.
        QVERIFY(done != SQLITE_OK);
    }

    void aCheckpointThatCannotReserveItsBlocksFailsAndLosesNothing()
    {
        // A checkpoint collects its pages only into blocks it reserved first (fallocate()). On
        // a full disk the reservation fails: the checkpoint must then write page by page, so
        // that the write that fails is one SQLite sees and the frames stay in the WAL, never a
        // collected write at CKPT_DONE after SQLite counted the frames as copied.
        QVERIFY(detail::batchedWalVfsName());
        QTemporaryDir dir;
        const QString path = dir.filePath(u"nospace.sqlite"_s);
        // A dozen new pages: fewer than one collected write holds, so a collected copy would
        // reach the file only at CKPT_DONE.
        constexpr int kPages = 12;
        testsupport::UncopiedWal wal(path, detail::batchedWalVfsName(), kPages);
        QVERIFY(wal.ok());
        const LostCopies lostCopies;
        const qint64 room = std::max<qint64>(QFileInfo(path).size(), 4096);
        int failed = SQLITE_OK;
        {
            // The database file cannot grow: no block can be reserved, no page written past it.
            const testsupport::FileSizeLimit full{rlim_t(room)};
            failed = wal.checkpoint();
        }
        QVERIFY2(failed != SQLITE_OK, "the checkpoint grew a file it had no room for");
        QCOMPARE(lostCopies.count(), 0);
        QVERIFY(QFileInfo(path).size() <= room);
        // With room again, the same frames are copied, and the file alone holds them all.
        bool everyFrame = false;
        QCOMPARE(wal.checkpoint(&everyFrame), SQLITE_OK);
        QVERIFY(everyFrame);
        const QString missing = wal.checkFileAloneHoldsEveryRow(dir.filePath(u"alone.sqlite"_s));
        QVERIFY2(missing.isEmpty(), qPrintable(missing));
    }

    void aCheckpointCopiesTheWalIntoTheFileInFewWrites()
    {
        // SQLite's checkpoint copies the WAL into the file one 4 KiB page per write(), and the
        // kernel took each as a page of its own (allocated, accounted, reserved on the disk):
        // two thirds of the checkpoint's cost in a bulk download. The store's VFS hands the
        // pages on in 120 KiB writes, on the checkpoint thread's connection too, and reads the
        // WAL ahead in 120 KiB reads (one read per page before); the file holds every page
        // afterwards, whether the checkpoint grew it or wrote over it.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"copied.realm"_s);
        auto store = openStore(path);
        QVERIFY(store);
        QString error;
        QVERIFY(store->setClientFileId(5, &error));
        detail::WalCheckpointer::instance().setPausedForTesting(true);
        auto unpause =
            qScopeGuard([] { detail::WalCheckpointer::instance().setPausedForTesting(false); });
        constexpr int kDownloads = 20; // 5 MiB, some 1,400 pages: one checkpoint requested
        constexpr qint64 kBytes = kDownloads * 256 * 1024;
        for (const char round : {'a', 'b'}) { // the first grows the file, the second does not
            // Every page differs from the round before: SQLite writes only the pages of an
            // overwritten value that change.
            const auto roundValue = [round](int i) {
                QByteArray value(256 * 1024, round);
                value.append(char(i));
                return value;
            };
            for (int i = 1; i <= kDownloads; ++i) {
                const quint64 version = quint64(round == 'a' ? i : kDownloads + i);
                protocol::DownloadMessage download;
                download.downloadCursor = version;
                download.changesets = {remote(version, 9, qint64(1000 + version),
                                              {set(u"v%1"_s.arg(i), roundValue(i))})};
                QVERIFY(store->integrateDownload(download).ok);
            }
            const quint64 checkpointsBefore = detail::WalCheckpointer::instance().completedCount();
            const quint64 writesBefore = detail::batchedDatabaseWritesForTesting();
            const quint64 readsBefore = detail::batchedCheckpointWalReadsForTesting();
            const qint64 systemWritesBefore = processWriteCalls();
            detail::WalCheckpointer::instance().setPausedForTesting(false);
            QTRY_VERIFY2(detail::WalCheckpointer::instance().completedCount() > checkpointsBefore,
                         &round);
            detail::WalCheckpointer::instance().setPausedForTesting(true);
            const quint64 writes = detail::batchedDatabaseWritesForTesting() - writesBefore;
            QVERIFY2(writes > 0 && writes <= quint64(kBytes / (120 * 1024) + 16),
                     qPrintable(u"%1 writes to copy %2 bytes"_s.arg(writes).arg(kBytes)));
            // Nor below the VFS: reserving a growing file's blocks must not write each block
            // (SQLite's own size hint does that where it lacks posix_fallocate, as on Debian).
            const qint64 systemWrites = processWriteCalls() - systemWritesBefore;
            QVERIFY2(
                systemWritesBefore >= 0 && systemWrites <= kBytes / (120 * 1024) + 64,
                qPrintable(u"%1 write calls to copy %2 bytes"_s.arg(systemWrites).arg(kBytes)));
            // And it reads the WAL ahead in as large reads.
            const quint64 reads = detail::batchedCheckpointWalReadsForTesting() - readsBefore;
            QVERIFY2(reads > 0 && reads <= quint64(kBytes / (120 * 1024) + 16),
                     qPrintable(u"%1 reads of the WAL to copy %2 bytes"_s.arg(reads).arg(kBytes)));
            // The database file on its own, without its WAL, holds every value now.
            const QString copy = dir.filePath(u"copy-%1.realm"_s.arg(round));
            QVERIFY(QFile::copy(path, copy));
            sqlite3 *reader = nullptr;
            QCOMPARE(sqlite3_open_v2(QFile::encodeName(copy).constData(), &reader,
                                     SQLITE_OPEN_READONLY, nullptr),
                     SQLITE_OK);
            const auto closeReader = qScopeGuard([&] { sqlite3_close(reader); });
            for (int i = 1; i <= kDownloads; ++i) {
                sqlite3_stmt *select = nullptr;
                const QByteArray sql = "SELECT value FROM syncscope_objects WHERE key = 'v" +
                                       QByteArray::number(i) + "'";
                QCOMPARE(sqlite3_prepare_v2(reader, sql.constData(), -1, &select, nullptr),
                         SQLITE_OK);
                QCOMPARE(sqlite3_step(select), SQLITE_ROW);
                const QByteArray read(static_cast<const char *>(sqlite3_column_blob(select, 0)),
                                      sqlite3_column_bytes(select, 0));
                sqlite3_finalize(select);
                QVERIFY2(read == roundValue(i), qPrintable(u"v%1"_s.arg(i)));
            }
        }
    }

    void theWalStaysBoundedWhileCheckpointsFallBehind()
    {
        // A writer faster than the checkpoints (here: none runs) must not grow the WAL without
        // end: at kMaxWalFrames the store checkpoints it itself and the WAL starts again.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"bounded.realm"_s);
        auto store = openStore(path);
        QVERIFY(store);
        QString error;
        QVERIFY(store->setClientFileId(5, &error));
        detail::WalCheckpointer::instance().setPausedForTesting(true);
        const auto unpause =
            qScopeGuard([] { detail::WalCheckpointer::instance().setPausedForTesting(false); });
        const QByteArray value(1024 * 1024, 'w');
        constexpr qint64 kFrameBytes = 24 + 4096; // frame header + page
        // A DOWNLOAD of one 1 MiB value writes 256 overflow pages and a few more.
        constexpr qint64 kMostWalBytes = 32 + (LocalStore::kMaxWalFrames + 300) * kFrameBytes;
        const int downloads = LocalStore::kMaxWalFrames / 256 * 3 / 2;
        qint64 largest = 0;
        for (int i = 1; i <= downloads; ++i) {
            protocol::DownloadMessage download;
            download.downloadCursor = quint64(i);
            download.changesets = {
                remote(quint64(i), 9, 1000 + i, {set(u"v%1"_s.arg(i), value + char(i))})};
            QVERIFY(store->integrateDownload(download).ok);
            largest = qMax(largest, QFileInfo(path + u"-wal"_s).size());
        }
        QVERIFY2(
            largest <= kMostWalBytes,
            qPrintable(u"WAL of %1 bytes, at most %2 expected"_s.arg(largest).arg(kMostWalBytes)));
        QVERIFY(largest > kMostWalBytes / 2); // it did grow to the bound
        QCOMPARE(store->value(u"v%1"_s.arg(downloads)), value + char(downloads));
    }

    void aNewFileIsAValidRealmForEveryLengthOfRealmPath()
    {
        // New files are written from an image of an empty realm, its realm path set by SQLite
        // in memory. SQLite itself must read every one as intact and as the same schema,
        // whatever the length (the record's size fields grow by a byte at 58 and 8,186 bytes of
        // path; beyond a page the row spills into an overflow page).
        QVERIFY(detail::newFileImageInUseForTesting());
        QTemporaryDir dir;
        QStringList schemas;
        const QList<QString> paths = {
            u"/"_s,
            u"/r"_s,
            u"/"_s + QString(56, u'a'),
            u"/"_s + QString(57, u'b'),
            u"/"_s + QString(58, u'c'),
            u"/"_s + QString(63, u'd'),
            u"/caf\u00e9/\u65e5\u672c/"_s + QString(300, u'\u00e9'), // UTF-8, two bytes each
            u"/"_s + QString(1023, u'e'),                            // the protocol's longest
            u"/"_s + QString(4100, u'f'),                            // beyond one page
        };
        for (qsizetype i = 0; i < paths.size(); ++i) {
            const QString path = dir.filePath(u"length%1.realm"_s.arg(i));
            auto store = openStore(path, paths.at(i));
            QVERIFY2(store, qPrintable(QString::number(paths.at(i).size())));
            {
                const QString name = u"length-reader-%1"_s.arg(i);
                const auto removeReader = qScopeGuard([&] { QSqlDatabase::removeDatabase(name); });
                auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
                db.setDatabaseName(path);
                QVERIFY(db.open());
                QSqlQuery query(db);
                QVERIFY(query.exec(u"PRAGMA integrity_check"_s) && query.next());
                QCOMPARE(query.value(0).toString(), u"ok"_s);
                QVERIFY(query.exec(u"PRAGMA journal_mode"_s) && query.next());
                QCOMPARE(query.value(0).toString(), u"wal"_s);
                QVERIFY(query.exec(u"SELECT * FROM syncscope_meta"_s) && query.next());
                QCOMPARE(query.value(0).toInt(), 1);
                QCOMPARE(query.value(1).toInt(),
                         2); // the format version (2: pending in the wire form)
                QCOMPARE(query.value(2).toString(), paths.at(i));
                for (int column = 3; column < 11; ++column)
                    QCOMPARE(query.value(column).toLongLong(), 0);
                QVERIFY(!query.next());
                QVERIFY(query.exec(u"SELECT type, name, tbl_name, sql FROM sqlite_master "
                                   "ORDER BY name"_s));
                QStringList schema;
                while (query.next())
                    schema << query.value(0).toString() + query.value(1).toString() +
                                  query.value(2).toString() + query.value(3).toString();
                schemas << schema.join(u'\n');
                query.finish();
                db.close();
            }
            // And the store uses it as a realm: a write, a download, opened again.
            QString error;
            QVERIFY2(store->commitLocal({set(u"k"_s, "v")}, &error), qPrintable(error));
            protocol::DownloadMessage download;
            download.downloadCursor = 1;
            download.changesets = {remote(1, 9, 1000, {set(u"r"_s, "remote")})};
            QVERIFY(store->integrateDownload(download).ok);
            store.reset();
            store = openStore(path, paths.at(i));
            QVERIFY(store);
            QCOMPARE(store->keys(), (QStringList{u"k"_s, u"r"_s}));
        }
        for (const QString &schema : std::as_const(schemas))
            QCOMPARE(schema, schemas.constLast()); // the one SQLite built
    }

    void aNewRealmIsOpenedOnlyAtItsFirstUse()
    {
        // Opening ten thousand new realms opened every file once at creation only to close it
        // again for the open-file budget: the file this store just built holds exactly what
        // the store knows, so it is opened when something needs it.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"unopened.realm"_s);
        auto store = openStore(path);
        QVERIFY(store);
        QVERIFY(!store->isOpen());
        QVERIFY(QFile::exists(path));
        QVERIFY(!QFile::exists(path + u"-wal"_s)); // SQLite never had it open
        QCOMPARE(store->clientFileId(), 0u);
        QCOMPARE(store->keys(), QStringList{});
        QVERIFY(store->isOpen());
        // An existing file is opened and checked at once, as before.
        store.reset();
        store = openStore(path);
        QVERIFY(store && store->isOpen());
    }

    void aNewRealmsFileIsCheckedAtItsFirstUse()
    {
        // Not opened at creation does not mean not checked: a file put in its place meanwhile
        // (here another realm's) is refused at the first use and left as it is.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"swapped.realm"_s);
        auto store = openStore(path);
        QVERIFY(store);
        QVERIFY(QFile::remove(path));
        QVERIFY(openStore(path, u"/another"_s));
        const QByteArray before = fileHash(path);
        QString error;
        QVERIFY(!store->commitLocal({set(u"k"_s, "v")}, &error));
        QVERIFY2(error.contains(u"replaced or changed"_s), qPrintable(error));
        QCOMPARE(fileHash(path), before);
    }

    void aClientFileIdWithoutLocalChangesCommitsWithTheFirstDownload()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"ident.realm"_s);
        auto store = openStore(path);
        QVERIFY(store);
        const quint64 atStart = detail::durabilitySyncsForTesting();
        QString error;
        QVERIFY(store->setClientFileId(6, &error));
        // Nothing depends on the id yet: kept in memory, the file not even opened for it.
        QCOMPARE(store->clientFileId(), 6u);
        QVERIFY(!store->isClientFileIdStored());
        QVERIFY(!store->isOpen());
        protocol::DownloadMessage download;
        download.changesets = {remote(2, 9, 1000, {set(u"r"_s, "remote")}),
                               // the session's own echo is recognised by the id in memory
                               remote(3, 6, 1000, {set(u"own"_s, "echo")})};
        download.downloadCursor = 3;
        download.latestServerVersion = 3;
        QVERIFY(store->integrateDownload(download).ok);
        QVERIFY(store->isClientFileIdStored());
        QCOMPARE(store->keys(), QStringList{u"r"_s});
        QCOMPARE(detail::durabilitySyncsForTesting(), atStart); // and no sync for either
        store.reset();
        store = openStore(path);
        QVERIFY(store);
        QCOMPARE(store->clientFileId(), 6u);
        QCOMPARE(store->downloadCursor(), 3u);
    }

    void aNewRealmsFirstDownloadMakesNoSync()
    {
        // The first commit into a new WAL syncs the WAL's header and its folder entry, at
        // synchronous=NORMAL too: on a disk, two syncs in series for every new session. The
        // first download, which carries the client file id, commits with synchronous=OFF.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"nosync.realm"_s);
        std::optional<CountedSqliteSyncs> syncs;
        syncs.emplace();
        {
            auto store = openStore(path);
            QVERIFY(store);
            QString error;
            QVERIFY(store->setClientFileId(12, &error));
            protocol::DownloadMessage download;
            download.downloadCursor = 1;
            download.changesets = {remote(1, 9, 1000, {set(u"r"_s, "remote")})};
            QVERIFY(store->integrateDownload(download).ok);
            QCOMPARE(CountedSqliteSyncs::count(), 0);
            QVERIFY(store->isClientFileIdStored());
            // The shim counts: a local write's FULL commit syncs.
            QVERIFY(store->commitLocal({set(u"k"_s, "v")}, &error));
            QVERIFY(CountedSqliteSyncs::count() > 0);
        }
        syncs.reset();
        auto store = openStore(path);
        QCOMPARE(store->clientFileId(), 12u);
    }

    void aNewRealmsFirstDownloadIsOneCommitWithItsId()
    {
        // The id used to be committed in a transaction of its own when the file opened for the
        // first DOWNLOAD, then the download in another: two commits, two rounds of SQLite's
        // locks and two WAL writes for every new session. Now the download carries it.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"onecommit.realm"_s);
        auto store = openStore(path);
        QVERIFY(store);
        QString error;
        QVERIFY(store->setClientFileId(14, &error));
        const quint64 walWritesBefore = detail::batchedWalWritesForTesting();
        protocol::DownloadMessage download;
        download.downloadCursor = 1;
        download.changesets = {remote(1, 9, 1000, {set(u"r"_s, "remote")})};
        QVERIFY(store->integrateDownload(download).ok);
        QCOMPARE(detail::batchedWalWritesForTesting() - walWritesBefore, 1u);
        // One commit: the WAL holds its frames and nothing before them (one commit frame).
        QFile wal(path + u"-wal"_s);
        QVERIFY(wal.open(QIODevice::ReadOnly));
        const QByteArray log = wal.readAll();
        constexpr int kFrameBytes = 24 + 4096;
        QCOMPARE((log.size() - 32) % kFrameBytes, 0);
        int commitFrames = 0;
        for (qsizetype at = 32; at + kFrameBytes <= log.size(); at += kFrameBytes)
            commitFrames += qFromBigEndian<quint32>(log.constData() + at + 4) != 0 ? 1 : 0;
        QCOMPARE(commitFrames, 1);
        // And it is all in the file, read by a new connection after the store has gone.
        store.reset();
        store = openStore(path);
        QVERIFY(store);
        QCOMPARE(store->clientFileId(), 14u);
        QCOMPARE(store->downloadCursor(), 1u);
        QCOMPARE(store->value(u"r"_s), QByteArray("remote"));
    }

    void aClientFileIdWithoutLocalChangesCommitsWithTheFirstWrite()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"ident-write.realm"_s);
        auto store = openStore(path);
        QString error;
        QVERIFY(store->setClientFileId(8, &error));
        QVERIFY(!store->isClientFileIdStored());
        // The write's FULL commit carries the id its changeset is uploaded under.
        QVERIFY(store->commitLocal({set(u"k"_s, "v")}, &error));
        QVERIFY(store->isClientFileIdStored());
        store.reset();
        store = openStore(path);
        QCOMPARE(store->clientFileId(), 8u);
        QCOMPARE(store->lastClientVersion(), 1u);
    }

    void aClientFileIdWithLocalChangesIsDurableAtOnce()
    {
        // Local changesets are uploaded under the id right after: it must be on the disk
        // before, or they could be uploaded twice under two ids.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"ident-pending.realm"_s);
        auto store = openStore(path);
        QString error;
        QVERIFY(store->commitLocal({set(u"k"_s, "v")}, &error));
        QVERIFY(store->setClientFileId(9, &error));
        QVERIFY(store->isClientFileIdStored());
        QSqlQuery query(store->databaseForTesting());
        QVERIFY(query.exec(u"PRAGMA synchronous"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 2); // FULL
        query.finish();
        query = QSqlQuery();
        store.reset();
        store = openStore(path);
        QCOMPARE(store->clientFileId(), 9u);
    }

    void aClientFileIdCommittedWithTheFirstDownloadSurvivesAKill()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"ident-killed.realm"_s);
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        child.start(QCoreApplication::applicationFilePath(), {u"--ident-download-and-die"_s, path});
        QVERIFY(child.waitForFinished(20'000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        auto store = openStore(path);
        QVERIFY(store);
        QCOMPARE(store->clientFileId(), 88u);
        QCOMPARE(store->downloadCursor(), 4u);
        QCOMPARE(store->value(u"r"_s), std::optional<QByteArray>("remote"));
    }

    void anIdThatNothingUsedIsAskedForAgainAfterAKill()
    {
        // Killed between the id and the first download: the file holds no id, so the next
        // session asks the server for one (BIND with need_client_file_id), as for a new realm.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"ident-lost.realm"_s);
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        child.start(QCoreApplication::applicationFilePath(), {u"--ident-and-die"_s, path});
        QVERIFY(child.waitForFinished(20'000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        auto store = openStore(path);
        QVERIFY(store);
        QCOMPARE(store->clientFileId(), 0u);
        QCOMPARE(store->lastClientVersion(), 0u);
        QCOMPARE(store->downloadCursor(), 0u);
    }

    void writeIsDurableWhenTheProcessIsKilledRightAfter()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"killed.realm"_s);
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        child.start(QCoreApplication::applicationFilePath(), {u"--write-and-die"_s, path});
        QVERIFY(child.waitForFinished(20'000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit); // SIGKILL, no clean shutdown
        auto store = openStore(path);
        QVERIFY(store);
        QCOMPARE(store->value(u"last"_s), std::optional<QByteArray>("written"));
        QCOMPARE(store->value(u"downloaded"_s), std::optional<QByteArray>("remote"));
        QCOMPARE(store->downloadCursor(), 5u);
        QCOMPARE(store->lastClientVersion(), 50u);
        QCOMPARE(store->pendingChangesets(0, 1 << 20).size(), 50);
        QCOMPARE(store->clientFileId(), 77u); // recorded before any write, without a sync
    }

    void aWriteAfterABulkDownloadIsDurableWhenTheProcessIsKilled()
    {
        // The downloads commit without a sync while their checkpoints run on another thread;
        // the write() right after them must still be in the file when it returns, and so must
        // every download it followed (SIGKILL, probably in the middle of a checkpoint).
        QTemporaryDir dir;
        const QString path = dir.filePath(u"bulk-killed.realm"_s);
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        child.start(QCoreApplication::applicationFilePath(),
                    {u"--bulk-download-write-and-die"_s, path});
        QVERIFY(child.waitForFinished(60'000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        auto store = openStore(path);
        QVERIFY(store);
        QCOMPARE(store->value(u"last"_s), std::optional<QByteArray>("written"));
        QCOMPARE(store->lastClientVersion(), 1u);
        QCOMPARE(store->downloadCursor(), quint64(kBulkDownloads));
        for (int i = 1; i <= kBulkDownloads; ++i)
            QCOMPARE(store->value(u"v%1"_s.arg(i)), bulkValue(i));
    }

public:
    static constexpr int kBulkDownloads = 40; // 10 MiB: past the checkpoint threshold twice
    static QByteArray bulkValue(int i) { return QByteArray(256 * 1024, 'b') + char(i); }
};

int main(int argc, char **argv)
{
    if (argc == 3 && qstrcmp(argv[1], "--write-and-die") == 0) {
        QCoreApplication app(argc, argv);
        QString error;
        auto store = LocalStore::open(QString::fromLocal8Bit(argv[2]), u"/r"_s, &error);
        if (!store || !store->setClientFileId(77, &error))
            return 2;
        for (int i = 0; i < 49; ++i) {
            store->commitLocal({set(u"k%1"_s.arg(i), "v")}, &error);
            if (i == 20) { // a download (synchronous=NORMAL) between the durable writes
                protocol::DownloadMessage download;
                download.downloadCursor = 5;
                download.changesets = {remote(5, 9, 1000, {set(u"downloaded"_s, "remote")})};
                if (!store->integrateDownload(download).ok)
                    return 5;
            }
        }
        if (!store->commitLocal({set(u"last"_s, "written")}, &error))
            return 3;
        std::raise(SIGKILL); // nothing after commitLocal returned may be needed
        return 4;
    }
    if (argc == 3 && (qstrcmp(argv[1], "--ident-download-and-die") == 0 ||
                      qstrcmp(argv[1], "--ident-and-die") == 0)) {
        QCoreApplication app(argc, argv);
        QString error;
        auto store = LocalStore::open(QString::fromLocal8Bit(argv[2]), u"/r"_s, &error);
        if (!store || !store->setClientFileId(88, &error))
            return 2;
        if (qstrcmp(argv[1], "--ident-download-and-die") == 0) {
            protocol::DownloadMessage download;
            download.downloadCursor = 4;
            download.latestServerVersion = 4;
            download.changesets = {remote(4, 9, 1000, {set(u"r"_s, "remote")})};
            if (!store->integrateDownload(download).ok)
                return 3;
        }
        std::raise(SIGKILL); // nothing after the call returned may be needed
        return 4;
    }
    if (argc == 3 && qstrcmp(argv[1], "--bulk-download-write-and-die") == 0) {
        QCoreApplication app(argc, argv);
        QString error;
        auto store = LocalStore::open(QString::fromLocal8Bit(argv[2]), u"/r"_s, &error);
        if (!store || !store->setClientFileId(66, &error))
            return 2;
        for (int i = 1; i <= LocalStoreTest::kBulkDownloads; ++i) {
            protocol::DownloadMessage download;
            download.downloadCursor = quint64(i);
            download.changesets = {remote(quint64(i), 9, 1000 + i,
                                          {set(u"v%1"_s.arg(i), LocalStoreTest::bulkValue(i))})};
            if (!store->integrateDownload(download).ok)
                return 5;
        }
        if (!store->commitLocal({set(u"last"_s, "written")}, &error))
            return 3;
        std::raise(SIGKILL); // nothing after commitLocal returned may be needed
        return 4;
    }
    QCoreApplication app(argc, argv);
    LocalStoreTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_localstore.moc"
