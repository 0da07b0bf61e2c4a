#pragma once

#include "postgresbinary.h"
#include "realmstorage.h"
#include "realmtailcache.h"

#include <QHash>
#include <QString>

#include <QVariantList>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <unordered_map>

class QSqlQuery;
class QSqlDatabase;

namespace syncscope::server {

// The server's durable state in PostgreSQL (RealmStorage), shared by every node that connects
// to the same database. The schema is created and migrated by the server itself
// (docs/server.md). Keys and values are bytea: text cannot hold U+0000, which keys may contain.
//
// Ordering across nodes: a group commit locks the rows of its realms (ascending id, so two
// nodes never deadlock) before it reads their heads, and assigns the next server versions
// under that lock; another node's batch for the same realm waits and then reads the committed
// head (READ COMMITTED), so versions follow commit order without gaps. A sequence would not:
// a reader could see k+1 committed while k is not yet, and skip k forever.
//
// The batch also sends one pg_notify with the new heads, which reaches the other nodes only
// if it commits (ClusterListener). Nothing is reported as integrated unless COMMIT returned
// success; a connection lost during COMMIT leaves the outcome unknown, and the client's
// re-upload is idempotent by its upload cursor.
//
// A lost connection (database restart, terminated backend) fails the call that found it
// broken; the next call reconnects.
class PostgresRealmStorage final : public RealmStorage
{
    Q_DISABLE_COPY_MOVE(PostgresRealmStorage)

public:
    // The channel every node LISTENs on for new heads; payload "<node> <realm>:<head> ...".
    static constexpr const char *kHeadsChannel = "syncscope_heads";
    // NOTIFY payloads must stay below 8000 bytes.
    static constexpr qsizetype kMaxNotifyPayload = 7900;

    // connectionName must be unique in the process; nodeId tags this node's notifications.
    PostgresRealmStorage(const QString &connectionName, const QString &nodeId);
    ~PostgresRealmStorage() override;

    // conninfo: libpq key=value pairs (postgresConnInfo()); password may be empty (libpq then
    // reads PGPASSFILE or ~/.pgpass). Creates or migrates the schema.
    bool open(const QString &conninfo, const QString &password, QString *error);
    void close();
    void setMaxClockSkew(std::chrono::milliseconds skew) { m_maxClockSkew = skew; }

    std::optional<qint64> realmId(const QString &realmPath) override;
    std::optional<quint64> headVersion(qint64 realmId) override;
    std::optional<Totals> totals(qint64 realmId) override;
    quint64 allocateClientFile(qint64 realmId, const QString &owner) override;
    QList<Binding> bindAll(const QList<BindRequest> &requests) override;
    std::optional<QString> clientFileOwner(quint64 clientFileId) override;
    bool claimClientFile(quint64 clientFileId, const QString &owner) override;
    std::optional<quint64> uploadCursor(qint64 realmId, quint64 clientFileId) override;
    std::optional<DownloadBatch> readDownload(qint64 realmId, quint64 clientFileId,
                                              quint64 fromVersion, qint64 maxBytes) override;
    QList<Integration> integrateUploads(const QList<PendingUpload> &uploads) override;
    std::optional<QHash<QString, QByteArray>> snapshot(qint64 realmId) override;
    std::optional<QHash<qint64, quint64>> heads(const QList<qint64> &realmIds) override;
    std::optional<QList<NodeInfo>> heartbeat(const NodeInfo &self) override;

    // Changeset rows read into the tail cache so far (a test's view of how often a change is
    // read from the database).
    quint64 tailRowsRead() const { return m_tailRowsRead; }
    // Round trips to PostgreSQL of the last integrateUploads() (BEGIN and COMMIT included):
    // two for the whole batch, whatever its size, unless the database refused it as a whole.
    quint64 lastCommitRoundTrips() const { return m_commitRoundTrips; }
    // Statements that carried values through libpq's binary protocol so far.
    quint64 binaryStatements() const { return m_binary.statementsRun(); }

    // The pg_notify payloads for these heads, each below kMaxNotifyPayload bytes.
    static QStringList notifyPayloads(const QString &nodeId, const QHash<qint64, quint64> &heads);

private:
    QSqlDatabase database() const;
    bool connect(QString *error);
    // Reconnects if the last failure may have been a lost connection; false if it cannot.
    bool ensureConnected();
    // Remembers that a statement failed, so the next call checks the connection first.
    void failed(const QString &what, const QString &error);
    bool exec(const QString &statement, QString *error = nullptr);
    bool migrate(QString *error);
    QSqlQuery &prepared(const QString &sql);
    // Runs a call once more on a new connection when the first attempt found the old one lost
    // (a restarted database, an idle_session_timeout): nothing of a failed attempt is stored,
    // and the second runs from the start.
    template <typename Attempt> auto retriedOnce(Attempt attempt)
    {
        auto result = attempt();
        if (!result && m_suspect && !m_inTransaction)
            result = attempt();
        return result;
    }
    std::optional<qint64> realmIdOnce(const QString &realmPath);
    std::optional<Totals> totalsOnce(qint64 realmId);
    quint64 allocateClientFileOnce(qint64 realmId, const QString &owner);
    // bindAll() as one pipeline over the whole group; nullopt when the database refused it
    // (the caller binds the requests one by one then).
    std::optional<QList<Binding>> bindAllAtOnce(const QList<BindRequest> &requests);
    bool claimClientFileOnce(quint64 clientFileId, const QString &owner);
    std::optional<QHash<qint64, quint64>> headsOnce(const QList<qint64> &realmIds);
    std::optional<QHash<QString, QByteArray>> snapshotOnce(qint64 realmId);
    // Runs a prepared read with these values and hands the query to `read`; false if it failed
    // (after one more try on a new connection when the first found it lost).
    bool execRead(const QString &sql, const QVariantList &values,
                  const std::function<void(QSqlQuery &)> &read);
    // A statement in libpq's binary protocol ($1, $2, … placeholders), for the ones that carry
    // keys and values: Qt's QPSQL escapes bytea to text both ways, which is several times
    // slower for large values. Outside a transaction it runs once more on a new connection when
    // the first attempt found the old one lost.
    std::optional<PostgresRows> execBinary(const QString &what, const QString &sql,
                                           const PostgresParams &params);
    // readDownload() from the tail cache, reading what it lacks up to the head first; nullopt
    // when the range is not one the tail can hold (the caller reads the database instead).
    std::optional<DownloadBatch> cachedDownload(qint64 realmId, quint64 clientFileId,
                                                quint64 fromVersion, qint64 maxBytes);
    // BEGIN and the batch's realms locked in ascending id order; false and *error if either
    // failed (nothing is left open then).
    bool beginAndLockRealms(const QList<PendingUpload> &uploads, QString *error);
    // One pg_notify per payload with the new heads, then COMMIT; false and *error if either
    // failed (the caller rolls back).
    bool notifyAndCommit(const QHash<qint64, quint64> &advanced, QString *error);
    // The group commit as two round trips over the whole batch; *refusedAsASet when the
    // database refused it as a whole (rolled back, nothing stored, results empty).
    QList<Integration> integrateAsASet(const QList<PendingUpload> &uploads, bool *refusedAsASet);
    // The group commit upload by upload, each in its own savepoint, so that one the database
    // refuses fails alone.
    QList<Integration> integrateOneByOne(const QList<PendingUpload> &uploads);
    Integration integrateInTransaction(qint64 realmId, quint64 clientFileId,
                                       const QList<protocol::UploadChangeset> &changesets);

    QString m_connectionName;
    QString m_nodeId;
    QString m_conninfo;
    QString m_password;
    bool m_open = false;
    bool m_suspect = false;
    bool m_inTransaction = false; // a lost connection is not retried inside one
    std::chrono::milliseconds m_maxClockSkew{300'000};
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    PostgresBinary m_binary;
    RealmTailCache m_tails;
    quint64 m_tailRowsRead = 0;
    quint64 m_commitRoundTrips = 0;
};

} // namespace syncscope::server
