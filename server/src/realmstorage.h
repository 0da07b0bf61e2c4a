#pragma once

#include <syncscope/protocol/messages.h>

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace syncscope::server {

// Everything the server keeps durably, behind one interface so that the database is an
// implementation detail: realms, their changeset history, the client files allocated for them
// with their upload cursors, and the current key/value state with last-writer-wins stamps.
// SqliteRealmStorage is today's implementation; another engine implements the same calls.
//
// An implementation is created, used and destroyed on the storage thread only (StorageThread):
// database connections belong to the thread that opened them, and none of this work may hold
// the WebSocket event loop. Whatever a method reports as stored is durable when it returns.
class RealmStorage
{
public:
    virtual ~RealmStorage() = default;

    // The realm's row id, created on first use. nullopt on storage failure.
    virtual std::optional<qint64> realmId(const QString &realmPath) = 0;
    virtual std::optional<quint64> headVersion(qint64 realmId) = 0;
    // For the operator's view: head, stored changeset bytes and client files, in one query.
    struct Totals
    {
        quint64 head = 0;
        quint64 historyBytes = 0;
        quint64 clientFiles = 0;
    };
    virtual std::optional<Totals> totals(qint64 realmId) = 0;

    // A new, random client file id for the realm, owned by `owner` (the token subject) and
    // persisted before it is returned. 0 on failure.
    virtual quint64 allocateClientFile(qint64 realmId, const QString &owner) = 0;
    // Group commit of BINDs: for each request, the realm's id (created on first use), its
    // totals if asked for (read before the new client file) and a new client file if asked
    // for, all made durable by one commit. One result per request, in order; a request that
    // failed has no realm id or client file id 0; if the commit fails, none has either.
    struct BindRequest
    {
        QString realmPath;
        QString owner;
        bool needClientFileId = false;
        bool needTotals = false;
    };
    struct Binding
    {
        std::optional<qint64> realmId;
        std::optional<Totals> totals;
        quint64 clientFileId = 0;
    };
    virtual QList<Binding> bindAll(const QList<BindRequest> &requests) = 0;
    // The subject that owns the client file (empty for a file from before owners were kept);
    // nullopt if there is no such file.
    virtual std::optional<QString> clientFileOwner(quint64 clientFileId) = 0;
    // Gives an ownerless (pre-upgrade) client file to `owner`; false if it has one already.
    virtual bool claimClientFile(quint64 clientFileId, const QString &owner) = 0;
    // The upload cursor of a client file of that realm; nullopt if it does not exist there.
    virtual std::optional<quint64> uploadCursor(qint64 realmId, quint64 clientFileId) = 0;

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
    virtual std::optional<DownloadBatch> readDownload(qint64 realmId, quint64 clientFileId,
                                                      quint64 fromVersion, qint64 maxBytes) = 0;

    // A changeset as a DOWNLOAD carries it, with its stored size (what the batches count).
    struct StoredChangeset
    {
        protocol::DownloadChangeset changeset;
        quint64 bytes = 0;
    };

    struct Integration
    {
        enum class Status { Integrated, BadClientVersion, StorageError };
        Status status = Status::StorageError;
        QString error;
        quint64 uploadCursor = 0;
        quint64 head = 0;
        quint64 integratedChangesets = 0; // new ones, stored with a new server version
        quint64 integratedBytes = 0;
        // The changesets stored, versions head before + 1 .. head in order: the sessions
        // bound to the realm are sent them from memory, not read back after the commit.
        QList<StoredChangeset> stored;
    };
    struct PendingUpload
    {
        qint64 realmId = -1;
        quint64 clientFileId = 0;
        QList<protocol::UploadChangeset> changesets;
    };
    // Group commit: integrates several UPLOADs (of any realms and client files) in one
    // transaction, each undone alone if it is refused (later uploads of the same client file
    // in the group are refused with it): already integrated client versions are skipped, the
    // rest must increase strictly; operations win per key by last-writer-wins. One result per
    // upload, in order; if the commit fails, none is Integrated.
    virtual QList<Integration> integrateUploads(const QList<PendingUpload> &uploads) = 0;

    // What an upload's next changeset is, by the rule above, given the client file's upload
    // cursor as stored before this upload and `result` of the changesets before it: one rule
    // for every back end. Refused sets result's status and error; ToIntegrate moves
    // result.uploadCursor to the changeset's version.
    enum class NextChangeset { AlreadyIntegrated, Refused, ToIntegrate };
    static NextChangeset checkNextChangeset(quint64 clientVersion, quint64 storedCursor,
                                            Integration &result);

    // Work that makes the next group commit cheaper (SQLite: the write-ahead log's reserve),
    // run on the storage thread after a group commit was reported and while no other group
    // waits for it. Nothing by default.
    virtual void prepareNextCommit() {}

    // The realm's current state (keys whose last winning operation was a set).
    virtual std::optional<QHash<QString, QByteArray>> snapshot(qint64 realmId) = 0;

    // The heads of these realms, as committed now. Nodes sharing a database poll them, since
    // another node's commits reach this one only as a hint that may be lost.
    virtual std::optional<QHash<qint64, quint64>> heads(const QList<qint64> &realmIds)
    {
        QHash<qint64, quint64> result;
        for (qint64 id : realmIds) {
            const std::optional<quint64> head = headVersion(id);
            if (!head)
                return std::nullopt;
            result.insert(id, *head);
        }
        return result;
    }

    // Server nodes sharing this storage (PostgreSQL), for the operator's view of the cluster.
    struct NodeInfo
    {
        QString id;
        QStringList listen; // its sync, operator and metrics URLs
        QString version;
        QString startedAt;                // ISO 8601, UTC
        double secondsSinceHeartbeat = 0; // by the database's clock
        qint64 connections = 0;
        qint64 sessions = 0;
    };
    // Records this node's heartbeat and returns every node's latest (this one included), oldest
    // first; nullopt on failure or where the storage is not shared (SQLite: one server only).
    virtual std::optional<QList<NodeInfo>> heartbeat(const NodeInfo &self)
    {
        Q_UNUSED(self);
        return std::nullopt;
    }

protected:
    // bindAll() one request after the other through realmId(), totals() and
    // allocateClientFile(): the same results for every back end. Each request's totals are read
    // before its own new client file (the statistics count that one when it is announced).
    QList<Binding> bindEach(const QList<BindRequest> &requests);
    RealmStorage() = default;
    Q_DISABLE_COPY_MOVE(RealmStorage)
};

} // namespace syncscope::server
