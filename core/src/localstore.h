#pragma once

#include "lastwriterwins.h"
#include "localfilebudget.h"

#include <syncscope/protocol/messages.h>

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <array>
#include <memory>
#include <optional>

struct sqlite3;

namespace syncscope::detail {

// The four cumulative byte counters of the progress rules (docs/api.md), persisted with the data.
struct ProgressCounters
{
    quint64 uploadable = 0;            // every byte of local changesets ever committed
    quint64 uploaded = 0;              // the part the server acknowledged
    quint64 downloaded = 0;            // every byte of server changesets integrated
    quint64 downloadableRemaining = 0; // what the server last said is still to come
    friend bool operator==(const ProgressCounters &, const ProgressCounters &) = default;
};

// A local changeset not yet acknowledged by the server, its operations in their wire form as
// the file keeps them (protocol::encodeOperations()), so an UPLOAD carries them as they are.
struct PendingChangeset
{
    quint64 clientVersion = 0;
    qint64 originTimestamp = 0;
    quint64 size = 0; // protocol::changesetSize() of the operations: operations.size()
    quint32 operationCount = 0;
    QByteArray operations;
};

// Unacknowledged changesets as one UPLOAD frame, ready for the socket.
struct PendingUpload
{
    QByteArray frame; // empty: no changeset
    quint64 lastClientVersion = 0;
    qsizetype changesets = 0;
};

// What integrating one DOWNLOAD did.
struct IntegrationResult
{
    bool ok = false;
    QString error;
    QStringList changedKeys; // keys whose visible value changed, in first-touched order
};

// One realm's local SQLite file: the key/value data with last-writer-wins stamps, the local
// changesets waiting for the server's acknowledgement and the sync metadata (client file id,
// download cursor, acknowledged version, progress counters). Every mutation is one atomic
// transaction in WAL mode, so a process killed right after a call loses nothing; local writes
// (and a client file id that local changesets wait for) commit with synchronous=FULL (durable
// across a power failure too), what the server already holds (downloads, acknowledgements)
// with NORMAL. The client file id of a realm without local changesets is not committed on its
// own: it goes into the file with the next transaction (the first download or write).
//
// The SQLite connection is opened and closed under the process's LocalFileBudget: beyond it, a
// store left unused longest closes its connection (without a checkpoint, so closing costs no
// sync and keeps the WAL for the next open) and every call opens it again first. Nothing but
// the connection goes: the metadata, the unsent changesets and the creation state live in this
// object, and every commit is in the file before the call that made it returns. A file this
// store has just created is not opened at all until its first use: it holds exactly what the
// store knows (see open()).
// Not thread-safe: one owner thread, like everything in the client.
class LocalStore final : public LocalFileBudget::Member
{
    Q_DISABLE_COPY_MOVE(LocalStore)

public:
    // The most changeset bytes one UPLOAD carries (one oversized changeset still goes alone);
    // the in-memory copy of unsent changesets holds as much, so an UPLOAD is read from memory.
    static constexpr quint64 kUploadBatchBytes = 1024 * 1024;

    // Opens or creates the file. Refuses (nullptr + *error) a file that is not SQLite, is
    // damaged, belongs to another application or to another realm path; such a file is never
    // written to. A file created by this call is returned closed (isOpen() false): its first
    // use opens it, as for a file the budget closed.
    static std::unique_ptr<LocalStore> open(const QString &filePath, const QString &realmPath,
                                            QString *error);
    ~LocalStore();

    QString filePath() const { return m_filePath; }
    // Whether the SQLite connection is open now (see LocalFileBudget).
    bool isOpen() const { return m_open; }

    // Open the connection again first if the budget closed it; a file that cannot be opened
    // again reads as empty (and is logged): the next write or sync step reports why.
    std::optional<QByteArray> value(const QString &key);
    QStringList keys();

    // Applies the operations locally and queues them as one changeset for upload, in one
    // durable transaction. Returns false (and *error) when nothing was committed.
    bool commitLocal(const QList<protocol::Operation> &operations, QString *error);

    quint64 clientFileId() const { return m_meta.clientFileId; }
    // Records the id the server allocated and stamps the local writes made before it. With
    // local changesets waiting it commits at once (FULL: they are uploaded under it). Without
    // any, nothing depends on it yet: it is kept in memory and committed by the next
    // transaction, the first download or write, and the file is not even opened for it.
    bool setClientFileId(quint64 fileId, QString *error);
    // Whether the client file id in use is in the file too (false between setClientFileId()
    // on a realm without local changesets and the next commit).
    bool isClientFileIdStored() const { return m_storedClientFileId == m_meta.clientFileId; }

    quint64 downloadCursor() const { return m_meta.downloadCursor; }
    quint64 lastClientVersion() const { return m_meta.lastClientVersion; }
    quint64 ackedClientVersion() const { return m_meta.ackedClientVersion; }
    ProgressCounters counters() const { return m_meta.counters; }

    // Unacknowledged changesets with a client version above `afterVersion`, in order, at least
    // one and otherwise no more than `maxBytes` of operations. The changesets this object
    // committed and has not handed out yet come from memory (the path of a fresh write to
    // the server); any others, e.g. a resend after a reconnect, are read from the file.
    // Empty with *error when the file cannot be read.
    QList<PendingChangeset> pendingChangesets(quint64 afterVersion, quint64 maxBytes,
                                              QString *error = nullptr);

    // The changesets pendingChangesets() gives, as the UPLOAD frame of session `sessionId`:
    // those read from the file go from SQLite's pages straight into the frame. An empty frame
    // when there are none (and *error when the file cannot be read). The frame is built in
    // `spare` when that is big enough and not shared (UploadFrameBuilder).
    PendingUpload pendingUpload(quint32 sessionId, quint64 afterVersion, quint64 maxBytes,
                                QString *error = nullptr, QByteArray spare = {});

    // Applies a DOWNLOAD in one transaction: its changesets (by last writer wins, skipping this
    // file's own echoed changesets), the download cursor, the upload acknowledgement and the
    // counters. On failure nothing changed.
    IntegrationResult integrateDownload(const protocol::DownloadMessage &download);

    // For tests that need to provoke storage errors through SQLite itself (opens the
    // connection if the budget closed it).
    QSqlDatabase databaseForTesting();

    // The WAL grows by this many frames (pages) between two checkpoints, which run on
    // WalCheckpointer's thread: SQLite's own automatic checkpoint threshold, which this
    // replaces.
    static constexpr int kWalFramesPerCheckpoint = 1000;
    // The frames the WAL holds before the store checkpoints it itself, on its own thread (at
    // twice as many it also waits for a checkpoint in progress): a writer faster than the
    // checkpoints (or than the disk) does not grow it without end.
    static constexpr int kMaxWalFrames = 8 * kWalFramesPerCheckpoint;
    // The frames a download's WAL may hold while the server says more follows before any of
    // it is copied (128 MiB of pages). A burst up to this size is copied once, after it; the
    // bound keeps what a longer one costs finite: the disk space of the WAL beside the file,
    // the WAL a reopen after a crash reads whole to rebuild its index, and the sync that a
    // durable write() in the middle of the burst waits for (every frame not yet synced).
    static constexpr int kMaxStreamingWalFrames = 32 * 1024;
    // While a download streams, the WAL's frames are written to the disk in the background
    // every this many (8 MiB of pages), not all at once by the next sync
    // (checkpointAsTheWalGrows()).
    static constexpr int kWalFramesPerWriteback = 2 * kWalFramesPerCheckpoint;
    // kMaxStreamingWalFrames, or what a test set for the calling thread (0: the default again).
    static int maxStreamingWalFrames();
    static void setMaxStreamingWalFramesForTesting(int frames);
    // From this many frames on, the acknowledgement of a writer's last upload checkpoints the
    // WAL on the store's thread (checkpointBeforeTheLastAcknowledgement()), so that the write
    // that reaches kWalFramesPerCheckpoint does not.
    static constexpr int kWalFramesBeforeAnIdleCheckpoint = kWalFramesPerCheckpoint / 2;
    // Idle stores per thread that keep SQLite's cached pages (see keepPagesWhileIdle()): a
    // writer and a reader of one realm in one process, or an app's two busiest realms.
    static constexpr int kWarmIdleStores = 2;

private:
    struct Meta
    {
        quint64 clientFileId = 0;
        quint64 downloadCursor = 0;
        quint64 lastClientVersion = 0;
        quint64 ackedClientVersion = 0;
        ProgressCounters counters;
    };

    LocalStore(const QString &filePath, const QString &realmPath);
    bool loadMeta(QString *error);
    // The metadata row as the file has it now, with the realm path.
    bool readMeta(Meta *meta, QString *realmPath, QString *error);
    // On a connection opened again: the file's realm path and metadata are exactly what this
    // store last committed (not an older copy or another realm's file put in its place).
    bool isTheFileThatWasClosed(QString *error);
    // Opens the connection the budget closed, or that open() never opened for a file it
    // created: the same file (never a new one at its path), unchanged since this store last
    // committed to it; then registers with the budget.
    bool ensureOpen(QString *error);
    bool reopen(QString *error);
    // The statements every write or download runs, each compiled on its first use on this
    // connection: a session opened for one download compiles only what the download needs.
    enum class Statement : quint8 { Stamp, StoreIfNewer, InsertPending, WriteMeta, Count };
    // nullptr when it cannot be compiled (the query's error says why).
    QSqlQuery *statement(Statement which) const;
    // After a commit that wrote `meta`: it is what the file holds now.
    void committed(const Meta &meta);
    // Finalizes the statements and closes the connection; without a checkpoint unless
    // `checkpoint`, so the close syncs nothing and leaves the WAL and its index in place.
    void closeConnection(bool checkpoint);
    // A store the budget closed and that is going away: open it once more and close it with
    // the checkpoint, so that the file is complete on its own and SQLite removes its -wal and
    // -shm, as for every closed realm.
    void checkpointParkedFile();
    // LocalFileBudget::Member
    bool isIdle() const override;
    bool canClose() const override;
    void closeForBudget() override;
    // PRAGMA synchronous for the following transactions: FULL, or NORMAL (see
    // integrateDownload), or OFF for a new session's first DOWNLOAD (see there).
    enum class Synchronous : quint8 { Full, Normal, Off };
    bool setSynchronous(Synchronous level);
    bool writeMeta(const Meta &meta, QString *error);
    // Before a FULL commit: a commit durable in a file whose pages or name might not survive
    // a power failure would not be durable at all.
    bool makeCreationDurable(QString *error);
    // Nothing left to download, every local changeset acknowledged: the session is idle.
    bool isCaughtUp() const;
    // Frees the pages SQLite caches for this connection (PRAGMA shrink_memory).
    void releaseCachedPages();
    // The session is idle: its pages are released once kWarmIdleStores other stores of this
    // thread went idle after it (and it is still idle then).
    void keepPagesWhileIdle();
    // Out of the thread's warm idle stores (closing, going away).
    void forgetWarmPages();
    // On every connection this store opens: SQLite reports the WAL's size after each commit
    // to recordWalFrames() instead of checkpointing inside the commit itself.
    bool takeOverCheckpoints();
    static int recordWalFrames(void *store, sqlite3 *db, const char *database, int frames);
    // After a commit: a durable write (synchronous FULL) checkpoints here every
    // kWalFramesPerCheckpoint frames; a download asks WalCheckpointer for it, and checkpoints
    // here only at kMaxWalFrames.
    enum class CommitKind { DurableWrite, Download };
    void checkpointAsTheWalGrows(CommitKind kind);
    // The WAL's frames that no checkpoint was asked for yet, neither by this store nor for a
    // streaming download's burst (which the checkpoint thread copies).
    int framesToCopy() const;
    // A PASSIVE checkpoint on the store's own connection, now.
    void checkpointOnThisThread();
    void checkpointBeforeTheLastAcknowledgement(const protocol::DownloadMessage &download);
    // The changesets kept in memory when they continue `afterVersion`, taken out (at least
    // one and otherwise at most `maxBytes`); empty otherwise.
    QList<PendingChangeset> takeUnsent(quint64 afterVersion, quint64 maxBytes);
    struct PendingRow
    {
        quint64 clientVersion;
        qint64 originTimestamp;
        quint64 size;
    };
    // The file's pending changesets above `afterVersion`, at least one and otherwise at most
    // `maxBytes` of operations; false (and *error) when the file cannot be read.
    bool pendingRows(quint64 afterVersion, quint64 maxBytes, QList<PendingRow> *rows,
                     QString *error);
    enum class BlobRead : quint8 { Whole, NotItsSize, Failed };
    // Reads the row's operations (row.size bytes) into `into`.
    BlobRead readPendingOperations(const PendingRow &row, char *into, QString *error);
    std::optional<WriteStamp> stampOf(const QString &key, bool *ok) const;
    // Stores the operation if `stamp` wins over the current one (incomingWins()):
    // true if stored, false if the current value won, nullopt on a storage error.
    std::optional<bool> storeIfNewer(const protocol::Operation &operation, const WriteStamp &stamp);
    QString sqlError(const QString &what) const;

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_filePath;
    QString m_realmPath;
    Meta m_meta;
    // The client file id the file holds (m_meta's may not be committed yet, setClientFileId()).
    quint64 m_storedClientFileId = 0;
    // The connection is open (false: the budget closed it, the next call opens it again).
    bool m_open = false;
    // Closed by the budget and not refused since: checkpointed when the store goes away.
    bool m_closedByBudget = false;
    // The file and its folder entry may not be synced yet (nothing durable was ever
    // committed in it): done before the first commit that must be durable.
    bool m_creationPending = false;
    // The connection's PRAGMA synchronous (FULL is SQLite's default as prepareSchema() sets).
    Synchronous m_synchronous = Synchronous::Full;
    // This store asked WalCheckpointer for a checkpoint (which may still run when it goes).
    bool m_checkpointRequested = false;
    // Changesets committed by commitLocal() and not handed out by pendingChangesets() yet,
    // consecutive client versions ending at m_meta.lastClientVersion, at most
    // kMaxUnsentBytes of them: an idle session holds none, a burst of writes while paused
    // drops them and is read back from the file.
    QList<PendingChangeset> m_unsent;
    quint64 m_unsentBytes = 0;
    // The per-write statements, compiled once per connection on first use (statement();
    // mutable: reads use them too). An empty query is one not compiled yet.
    mutable std::array<QSqlQuery, size_t(Statement::Count)> m_statements;
    // The WAL's frames after the last commit (recordWalFrames()), and when the last checkpoint
    // was asked for (0: none since the WAL last started again from its beginning).
    int m_walFrames = 0;
    int m_walFramesAtRequest = 0;
    // The frames a streaming download left in the WAL before any copy was asked for (0: none
    // since the WAL last started again; see checkpointAsTheWalGrows()).
    int m_streamedWalFrames = 0;
    // m_walFrames when the last writeback of a streaming download's frames was asked for.
    int m_walFramesAtWriteback = 0;
    // The thread's list of warm idle stores while this store is in it (keepPagesWhileIdle()).
    QList<LocalStore *> *m_warmList = nullptr;
};

} // namespace syncscope::detail
