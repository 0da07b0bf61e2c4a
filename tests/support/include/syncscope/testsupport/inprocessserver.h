#pragma once

#include <syncscope/server/syncserver.h>

#include <QByteArray>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <chrono>
#include <memory>

namespace syncscope::testsupport {

// With SYNCSCOPE_TEST_POSTGRES=1 (PostgresCluster::testsUseShared()), points `config` at the
// shared PostgreSQL cluster's database for its dataDir, so that a test building its own
// ServerConfig runs against that back end too; otherwise leaves it alone (SQLite in dataDir).
// False, with *error, when that database cannot be had.
bool useTestDatabase(server::ServerConfig &config, QString *error);

// A SyncServer in the calling process on 127.0.0.1 (a free port unless given), configured
// with `dataDir` and `secret`; nullptr (and a warning naming the reason) if it cannot listen.
std::unique_ptr<server::SyncServer>
startInProcessServer(const QString &dataDir, const QByteArray &secret, quint16 port = 0);

// The same with its own temporary data folder and secret, and tokens signed with it. Its
// destructor stops the server cleanly (close 1001 to every client) and waits for that.
class InProcessServer final
{
    Q_DISABLE_COPY_MOVE(InProcessServer)

public:
    explicit InProcessServer(
        const QByteArray &secret = QByteArrayLiteral("in-process-test-secret-0123456789abcdef"));
    ~InProcessServer();

    bool start(quint16 port = 0); // false: see the warning it logged
    QUrl url() const;
    QString dataPath() const
    {
        return m_dir.path();
    } // a scratch folder; the server's data is below
    QByteArray secret() const { return m_secret; }
    server::SyncServer *server() const { return m_server.get(); }
    QString token(const QString &user, const QStringList &grants,
                  std::chrono::seconds ttl = std::chrono::hours(1)) const;

private:
    QTemporaryDir m_dir;
    QByteArray m_secret;
    std::unique_ptr<server::SyncServer> m_server;
};

} // namespace syncscope::testsupport
