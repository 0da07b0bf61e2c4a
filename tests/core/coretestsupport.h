#pragma once

// Shared helpers of the client SDK tests: a real in-process SyncServer, signed tokens, and a
// ClientConfig with tiny timings so that every timing rule can be watched within seconds.

#include <syncscope/protocol/accesstoken.h>
#include <syncscope/server/syncserver.h>
#include <syncscope/syncscope.h>

#include <QDateTime>
#include <QFuture>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace coretest {

using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

inline const QByteArray kSecret = "core-test-secret-0123456789abcdef";

inline QString token(const QString &user, const QStringList &realms = {u"/*"_s},
                     std::chrono::seconds ttl = std::chrono::hours(1),
                     const QByteArray &secret = kSecret)
{
    syncscope::protocol::AccessTokenClaims claims;
    claims.subject = user;
    claims.issuedAt = QDateTime::currentDateTimeUtc().addSecs(-5);
    claims.expiresAt = QDateTime::currentDateTimeUtc().addSecs(ttl.count());
    claims.realmGrants = realms;
    return syncscope::protocol::signAccessToken(claims, secret);
}

inline syncscope::ClientConfig fastConfig()
{
    syncscope::ClientConfig config;
    config.connectTimeout = 2000ms;
    config.pingInterval = 1000ms;
    config.pongTimeout = 1000ms;
    config.reconnectDelayMin = 50ms;
    config.reconnectDelayMax = 400ms;
    config.connectionLingerTime = 0ms;
    return config;
}

inline std::unique_ptr<syncscope::server::SyncServer> startServer(const QString &dataDir,
                                                                  quint16 port = 0)
{
    syncscope::server::ServerConfig config;
    config.dataDir = dataDir;
    config.secret = kSecret;
    config.port = port;
    auto server = std::make_unique<syncscope::server::SyncServer>(config);
    if (!server->start()) {
        qWarning() << "server did not start:" << server->errorString();
        return nullptr;
    }
    return server;
}

inline syncscope::SyncConfig syncConfig(const QUrl &url, const QString &realm,
                                        const QString &localPath)
{
    return syncscope::SyncConfig{url, realm, localPath};
}

// Waits (on the event loop) until the future settled; returns its error code, 0 on success,
// -1 on TimeoutError, -2 if it never settled.
inline int settle(QFuture<void> future, int timeoutMs = 20'000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!future.isFinished() && !deadline.hasExpired())
        QTest::qWait(5);
    if (!future.isFinished())
        return -2;
    try {
        future.waitForFinished();
    } catch (const syncscope::TimeoutError &) {
        return -1;
    } catch (const syncscope::SyncError &error) {
        return error.code() == 0 ? -3 : error.code();
    }
    return 0;
}

inline int connectionCount(const syncscope::server::SyncServer &server)
{
    return int(server.statistics()->connections().size());
}

} // namespace coretest
