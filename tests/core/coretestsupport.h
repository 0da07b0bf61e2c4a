#pragma once

// Shorthands of the client SDK tests over Syncscope::TestSupport (which holds the one
// implementation of each): an in-process SyncServer and tokens with this folder's secret, and
// a ClientConfig with tiny timings so that every timing rule can be watched within seconds.

#include <syncscope/server/syncserver.h>
#include <syncscope/syncscope.h>
#include <syncscope/testsupport/futures.h>
#include <syncscope/testsupport/inprocessserver.h>
#include <syncscope/testsupport/tokens.h>

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
    return syncscope::testsupport::mintToken(secret, user, realms, ttl);
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
    return syncscope::testsupport::startInProcessServer(dataDir, kSecret, port);
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
    using Result = syncscope::testsupport::FutureOutcome::Result;
    const auto outcome =
        syncscope::testsupport::awaitFuture(future, std::chrono::milliseconds(timeoutMs));
    switch (outcome.result) {
    case Result::Succeeded:
        return 0;
    case Result::TimedOut:
        return -1;
    case Result::NotFinished:
        return -2;
    case Result::SyncFailed:
        return outcome.code == 0 ? -3 : outcome.code;
    case Result::OtherFailure:
        return -3;
    }
    return -3;
}

inline int connectionCount(const syncscope::server::SyncServer &server)
{
    return int(server.statistics()->connections().size());
}

} // namespace coretest
