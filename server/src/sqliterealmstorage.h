#pragma once

#include "realmstorage.h"
#include "walcheckpointer.h"

#include <QHash>
#include <QString>

#include <chrono>
#include <memory>
#include <optional>
#include <span>
#include <unordered_map>

class QLockFile;
class QSqlQuery;

namespace syncscope::server {

// The server's durable state in one SQLite database (RealmStorage). Realm paths are only ever
// row keys, never file names. Every write is a transaction committed with synchronous=FULL in
// WAL mode, so what a method reports as stored survives a SIGKILL or power loss. Like every
// Qt SQL connection, it is used only on the thread that opened it.
class WalReserve;

class SqliteRealmStorage final : public RealmStorage
{
    Q_DISABLE_COPY_MOVE(SqliteRealmStorage)

public:
    // connectionName must be unique in the process (several servers may share one).
    explicit SqliteRealmStorage(const QString &connectionName);
    ~SqliteRealmStorage() override;

    // Fails if another server holds the data directory.
    bool open(const QString &dataDir, QString *error);
    void close();
    QString databasePath() const { return m_databasePath; }
    // Where open(dataDir) keeps the database: readable from any thread, before or after open.
    static QString databasePathIn(const QString &dataDir);
    // Origin timestamps are clamped to the server's clock plus this much when integrated.
    void setMaxClockSkew(std::chrono::milliseconds skew) { m_maxClockSkew = skew; }
    // When the WAL is copied back into the database file (WalCheckpointer); before open().
    void setCheckpointThresholds(WalCheckpointer::Thresholds thresholds)
    {
        m_checkpointThresholds = thresholds;
    }
    WalCheckpointer::Passes checkpointPasses() const { return m_checkpointer.passes(); }

    std::optional<qint64> realmId(const QString &realmPath) override;
    std::optional<quint64> headVersion(qint64 realmId) override;
    std::optional<Totals> totals(qint64 realmId) override;
    QList<Binding> bindAll(const QList<BindRequest> &requests) override;
    quint64 allocateClientFile(qint64 realmId, const QString &owner) override;
    std::optional<QString> clientFileOwner(quint64 clientFileId) override;
    bool claimClientFile(quint64 clientFileId, const QString &owner) override;
    std::optional<quint64> uploadCursor(qint64 realmId, quint64 clientFileId) override;
    std::optional<DownloadBatch> readDownload(qint64 realmId, quint64 clientFileId,
                                              quint64 fromVersion, qint64 maxBytes) override;
    // One UPLOAD in a transaction of its own (integrateUploads() with one upload).
    Integration integrateUpload(qint64 realmId, quint64 clientFileId,
                                const QList<protocol::UploadChangeset> &changesets);
    QList<Integration> integrateUploads(const QList<PendingUpload> &uploads) override;
    std::optional<QHash<QString, QByteArray>> snapshot(qint64 realmId) override;
    // Copies the rest of a background copy-back (WalCheckpointer::finishBetweenCommits) and
    // extends the write-ahead log's reserve if the commits came near its end (WalReserve).
    void prepareNextCommit() override;
    // Where the last commit's frames end in the write-ahead log (0: none yet, or closed).
    qint64 walCommittedEnd() const;

private:
    bool exec(const QString &statement, QString *error = nullptr);
    // Runs `statements` and sets the schema to `version`, in one transaction.
    bool migrate(std::span<const char *const> statements, int version, QString *error);
    bool hasColumn(const QString &table, const QString &column);
    QSqlQuery &prepared(const QString &sql);

    // A realm's head version and its running byte total at the head (see kMigrationTo2):
    // the highest server version of its changesets and that changeset's total.
    struct RealmHead
    {
        quint64 head = 0;
        quint64 totalBytes = 0;
    };
    // A client file's upload cursor and running byte total, and the realm it belongs to.
    struct FileCursor
    {
        qint64 realmId = -1;
        quint64 cursor = 0;
        quint64 uploadedBytes = 0;
        // Server versions of the file's last stored changeset and of its last marked one
        // (schema 8, kOriginMarkSpan); 0 for none.
        quint64 lastVersion = 0;
        quint64 markVersion = 0;
        bool changed = false; // by the batch being written: its row needs an update
    };
    // A client file's last changeset at or below a server version (schema 8): found from its
    // last marked changeset at or below it, at most kOriginMarkSpan versions of the realm
    // before it. serverVersion 0: the file stored none.
    struct OwnChangeset
    {
        quint64 serverVersion = 0;
        quint64 clientVersion = 0;
        quint64 totalBytes = 0; // the file's running byte total there
        quint64 markVersion = 0;
    };
    // Nullopt if the database cannot be read.
    std::optional<OwnChangeset> lastOwnChangeset(qint64 realmId, quint64 clientFileId,
                                                 quint64 atOrBelow);
    // The file's cursor as committed (memory, else its row and history); nullopt if it does not
    // exist in the realm (*databaseFailed if it could not be read).
    std::optional<FileCursor> committedFile(quint64 clientFileId, qint64 realmId,
                                            bool *databaseFailed);
    // The file's running byte total at a server version of its realm; nullopt on a read error.
    std::optional<quint64> ownBytesAt(qint64 realmId, quint64 clientFileId, quint64 version);
    // What a group commit has written so far, ahead of the committed values.
    struct Batch
    {
        std::unordered_map<qint64, RealmHead> realms;
        std::unordered_map<quint64, FileCursor> files;
    };
    struct GroupCommitStatements;
    bool prepareGroupCommit(QString *error);
    // The batch's current values, read on first use (from what the last commits left in
    // memory, else from the database). nullptr if the row does not exist or cannot be read
    // (then *databaseFailed).
    RealmHead *batchRealm(qint64 realmId, Batch &batch, bool *databaseFailed);
    FileCursor *batchFile(quint64 clientFileId, qint64 realmId, Batch &batch, bool *databaseFailed);
    // Writes the uploads' rows into the open transaction. Without savepoints the first
    // database error stops it (*databaseFailed; the caller rolls back and tries again with
    // them); with savepoints such an upload is undone alone.
    QList<Integration> writeBatch(const QList<PendingUpload> &uploads, Batch &batch,
                                  bool savepoints, bool *databaseFailed);
    // One upload's changesets; moves realm and file on success only.
    Integration writeUpload(const PendingUpload &upload, RealmHead &realm, FileCursor &file,
                            bool *databaseFailed);
    // The files' cursors the batch moved: one update each per batch. (A realm's head needs
    // none: it is its highest changeset's version.)
    bool writeCursors(const Batch &batch, QString *error);
    // After the commit, the batch's values are what the database holds.
    void rememberCommitted(const Batch &batch);
    // Brings the realm's entries up to its head (schema 9): upserts the operations of every
    // changeset past realms.entries_through, in order, into the open transaction.
    bool foldEntries(qint64 realmId);

    QString m_connectionName;
    QString m_databasePath;
    // The VFS its connections open with (WalWriteGathering), nullptr for SQLite's default.
    const char *m_vfs = nullptr;
    // One server per data directory: a second one would not see the first one's uploads
    // for fan-out. A lock of a killed server is stale and taken over.
    std::unique_ptr<QLockFile> m_lock;
    bool m_open = false;
    std::chrono::milliseconds m_maxClockSkew{300'000};
    WalCheckpointer::Thresholds m_checkpointThresholds;
    WalCheckpointer m_checkpointer;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    std::unique_ptr<GroupCommitStatements> m_groupCommit;
    std::unique_ptr<WalReserve> m_walReserve;
    // Heads and cursors as last committed, so that an upload does not read them back: this
    // server is the only writer of its data directory (the lock above), and they change only
    // by a group commit, which updates these after it commits. Bounded by kCommittedLimit.
    std::unordered_map<qint64, RealmHead> m_committedRealms;
    std::unordered_map<quint64, FileCursor> m_committedFiles;
};

} // namespace syncscope::server
