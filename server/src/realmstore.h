#pragma once

#include <syncscope/protocol/messages.h>

#include <QHash>
#include <QString>

#include <chrono>
#include <memory>
#include <optional>
#include <unordered_map>

class QLockFile;
class QSqlQuery;

namespace syncscope::server {

// The server's durable state in one SQLite database: realms, their changeset history, the
// client files allocated for them with their upload cursors, and the current key/value state
// with last-writer-wins stamps. Realm paths are only ever row keys, never file names.
// Every write is a transaction committed with synchronous=FULL in WAL mode, so what a
// method reports as stored survives a SIGKILL or power loss.
class RealmStore final
{
    Q_DISABLE_COPY_MOVE(RealmStore)

public:
    // connectionName must be unique in the process (several servers may share one).
    explicit RealmStore(const QString &connectionName);
    ~RealmStore();

    // Fails if another server holds the data directory.
    bool open(const QString &dataDir, QString *error);
    void close();
    QString databasePath() const { return m_databasePath; }

    // The realm's row id, created on first use. nullopt on storage failure.
    std::optional<qint64> realmId(const QString &realmPath);
    std::optional<quint64> headVersion(qint64 realmId);
    // For the operator's view: head, stored changeset bytes and client files, in one query.
    struct Totals
    {
        quint64 head = 0;
        quint64 historyBytes = 0;
        quint64 clientFiles = 0;
    };
    std::optional<Totals> totals(qint64 realmId);

    // A new, random client file id for the realm, owned by `owner` (the token subject) and
    // persisted before it is returned. 0 on failure.
    quint64 allocateClientFile(qint64 realmId, const QString &owner);
    // The subject that owns the client file (empty for a file from before owners were kept);
    // nullopt if there is no such file.
    std::optional<QString> clientFileOwner(quint64 clientFileId);
    // Gives an ownerless (pre-upgrade) client file to `owner`; false if it has one already.
    bool claimClientFile(quint64 clientFileId, const QString &owner);
    // Origin timestamps are clamped to the server's clock plus this much when integrated.
    void setMaxClockSkew(std::chrono::milliseconds skew) { m_maxClockSkew = skew; }
    // The upload cursor of a client file of that realm; nullopt if it does not exist there.
    std::optional<quint64> uploadCursor(qint64 realmId, quint64 clientFileId);

    struct DownloadBatch
    {
        QList<protocol::DownloadChangeset> changesets;
        quint64 cursor = 0;         // server version the client has after this batch
        quint64 head = 0;           // realm head the batch was read at
        quint64 remainingBytes = 0; // bytes for this client in (cursor, head]
        quint64 bytes = 0;          // bytes of changesets in this batch
    };
    // Changesets after `fromVersion` that did not originate from `clientFileId`, as many as
    // fit in `maxBytes` of changeset size; a single changeset larger than that comes alone.
    std::optional<DownloadBatch> readDownload(qint64 realmId, quint64 clientFileId,
                                              quint64 fromVersion, qint64 maxBytes);

    struct Integration
    {
        enum class Status { Integrated, BadClientVersion, StorageError };
        Status status = Status::StorageError;
        QString error;
        quint64 uploadCursor = 0;
        quint64 head = 0;
        quint64 integratedChangesets = 0; // new ones, stored with a new server version
        quint64 integratedBytes = 0;
    };
    // Integrates one UPLOAD in one transaction: already integrated client versions are
    // skipped, the rest must increase strictly; operations win per key by last-writer-wins.
    Integration integrateUpload(qint64 realmId, quint64 clientFileId,
                                const QList<protocol::UploadChangeset> &changesets);

    struct PendingUpload
    {
        qint64 realmId = -1;
        quint64 clientFileId = 0;
        QList<protocol::UploadChangeset> changesets;
    };
    // Group commit: integrates several UPLOADs (of any realms and client files) in one
    // transaction with one fsync, each in its own savepoint so that a refused one is undone
    // alone (later uploads of the same client file in the group are refused with it). One
    // result per upload, in order; if the commit fails, none is Integrated.
    QList<Integration> integrateUploads(const QList<PendingUpload> &uploads);

    // The realm's current state (keys whose last winning operation was a set).
    std::optional<QHash<QString, QByteArray>> snapshot(qint64 realmId);

private:
    bool exec(const QString &statement, QString *error = nullptr);
    bool migrateTo2(QString *error);
    bool hasOwnerColumn();
    QSqlQuery &prepared(const QString &sql);
    // integrateUpload() without the transaction: the caller holds one.
    Integration integrateInTransaction(qint64 realmId, quint64 clientFileId,
                                       const QList<protocol::UploadChangeset> &changesets);

    QString m_connectionName;
    QString m_databasePath;
    // One server per data directory: a second one would not see the first one's uploads
    // for fan-out. A lock of a killed server is stale and taken over.
    std::unique_ptr<QLockFile> m_lock;
    bool m_open = false;
    std::chrono::milliseconds m_maxClockSkew{300'000};
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
};

} // namespace syncscope::server
