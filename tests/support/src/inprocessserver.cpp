#include "syncscope/testsupport/inprocessserver.h"

#include "syncscope/testsupport/tokens.h"
#include "syncscope/testsupport/waiting.h"

#include <syncscope/server/serverconfig.h>
#include <syncscope/testsupport/postgrescluster.h>

#include <QCoreApplication>
#include <QDebug>

namespace syncscope::testsupport {

bool useTestDatabase(server::ServerConfig &config, QString *error)
{
    if (!PostgresCluster::testsUseShared())
        return true;
    config.database = PostgresCluster::sharedDatabaseFor(config.dataDir, error);
    return !config.database.isEmpty();
}

std::unique_ptr<server::SyncServer> startInProcessServer(const QString &dataDir,
                                                         const QByteArray &secret, quint16 port)
{
    server::ServerConfig config;
    config.dataDir = dataDir;
    config.secret = secret;
    config.port = port;
    if (QString error; !useTestDatabase(config, &error)) {
        qWarning() << "no PostgreSQL database for the in-process server:" << error;
        return nullptr;
    }
    auto server = std::make_unique<server::SyncServer>(config);
    if (!server->start()) {
        qWarning() << "the in-process server did not start:" << server->errorString();
        return nullptr;
    }
    return server;
}

InProcessServer::InProcessServer(const QByteArray &secret)
    : m_secret(secret)
{}

InProcessServer::~InProcessServer()
{
    if (!m_server || !m_server->isListening())
        return;
    bool stopped = false;
    QObject::connect(m_server.get(), &server::SyncServer::stopped, [&stopped] { stopped = true; });
    m_server->stop();
    if (!waitUntil([&] { return stopped; }, std::chrono::seconds(10)))
        qWarning() << "the in-process server did not stop within 10 s";
    // Its connections delete themselves later; let them go before the data folder does.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

bool InProcessServer::start(quint16 port)
{
    m_server = startInProcessServer(m_dir.filePath(QStringLiteral("server")), m_secret, port);
    return m_server != nullptr;
}

QUrl InProcessServer::url() const
{
    return m_server ? m_server->url() : QUrl();
}

QString InProcessServer::token(const QString &user, const QStringList &grants,
                               std::chrono::seconds ttl) const
{
    return mintToken(m_secret, user, grants, ttl);
}

} // namespace syncscope::testsupport
