#pragma once

// A real SyncServer in the test process on 127.0.0.1 (free port) with its data in a temporary
// folder, and tokens signed with its secret.
#include <syncscope/protocol/accesstoken.h>
#include <syncscope/server/syncserver.h>

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class EmbeddedTestServer
{
public:
    EmbeddedTestServer()
    {
        syncscope::server::ServerConfig config;
        config.dataDir = m_dir.path() + QStringLiteral("/server");
        config.secret = m_secret;
        m_server = std::make_unique<syncscope::server::SyncServer>(config);
    }
    ~EmbeddedTestServer()
    {
        if (!m_server->isListening())
            return;
        bool stopped = false;
        QObject::connect(m_server.get(), &syncscope::server::SyncServer::stopped,
                         [&stopped] { stopped = true; });
        m_server->stop();
        QTRY_VERIFY_WITH_TIMEOUT(stopped, 10000);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }

    bool start() { return m_server->start(); }
    QUrl url() const { return m_server->url(); }
    QString dataPath() const { return m_dir.path(); }

    QString token(const QString &user, const QStringList &grants) const
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        syncscope::protocol::AccessTokenClaims claims;
        claims.subject = user;
        claims.issuedAt = now.addSecs(-5);
        claims.expiresAt = now.addSecs(3600);
        claims.realmGrants = grants;
        return syncscope::protocol::signAccessToken(claims, m_secret);
    }

private:
    QTemporaryDir m_dir;
    QByteArray m_secret = QByteArrayLiteral("monitor-test-secret-0123456789abcdef");
    std::unique_ptr<syncscope::server::SyncServer> m_server;
};
