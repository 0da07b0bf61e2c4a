#pragma once

#include "realmstorage.h"

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
    // One UPLOAD in a transaction of its own (integrateUploads() with one upload, without the
    // savepoint).
    Integration integrateUpload(qint64 realmId, quint64 clientFileId,
                                const QList<protocol::UploadChangeset> &changesets);
    QList<Integration> integrateUploads(const QList<PendingUpload> &uploads) override;
    std::optional<QHash<QString, QByteArray>> snapshot(qint64 realmId) override;

private:
    bool exec(const QString &statement, QString *error = nullptr);
    // Runs `statements` and sets the schema to `version`, in one transaction.
    bool migrate(std::span<const char *const> statements, int version, QString *error);
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
