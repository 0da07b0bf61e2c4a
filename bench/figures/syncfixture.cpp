#include "syncfixture.h"

#include "harness/context.h"
#include "harness/eventwait.h"

using namespace Qt::StringLiterals;

namespace syncscope::bench {

BenchServer::BenchServer(BenchContext &context, const QString &name,
                         const QStringList &extraArguments, DataPlace place)
    : m_context(context)
    // Info-level logging of every bind would be measured too; production runs may differ.
    , m_arguments(QStringList{u"--log-level"_s, u"warning"_s} + extraArguments)
{
    const int count = std::max(1, context.options().postgresNodes);
    const QString secretFile = context.newDirectory(name + u"-secret"_s) + u"/secret.key"_s;
    for (int i = 0; i < count; ++i) {
        auto node = std::make_unique<testsupport::ServerProcess>();
        node->setProgram(context.options().serverBin);
        node->setDataDir(place == DataPlace::ScaleDataDir
                             ? context.newScaleDirectory(name + u"-server"_s)
                             : context.newDirectory(name + u"-server"_s));
        if (count > 1 || context.options().postgresNodes > 0)
            node->setSecretFile(secretFile); // the first node creates it, the others read it
        m_nodes.push_back(std::move(node));
    }
}

BenchServer::~BenchServer() = default;

bool BenchServer::start()
{
    QStringList arguments = m_arguments;
    if (m_context.options().postgresNodes > 0) {
        const QString database = m_context.newPostgresDatabase(&m_error);
        if (database.isEmpty())
            return false;
        arguments += {u"--database"_s, database};
    }
    for (auto &node : m_nodes) {
        node->setExtraArguments(arguments);
        if (!node->start(std::chrono::seconds(30))) {
            m_error = node->errorString();
            return false;
        }
    }
    m_token = process().mintToken(u"bench"_s, {u"/bench/*"_s}, std::chrono::hours(24));
    if (m_token.isEmpty()) {
        m_error = process().errorString();
        return false;
    }
    return true;
}

BenchClient::BenchClient(const QUrl &serverUrl, const QString &token, const QString &directory,
                         const ClientConfig &config)
    : m_serverUrl(serverUrl)
    , m_directory(directory)
    , m_app(std::make_unique<App>(config))
{
    m_user = m_app->logIn(token);
    if (!m_user)
        qCWarning(lcBench) << "the bench token was not accepted:" << m_app->lastError();
}

BenchClient::~BenchClient() = default;

std::shared_ptr<Realm> BenchClient::open(const QString &realmPath)
{
    SyncConfig config;
    config.serverUrl = m_serverUrl;
    config.realmPath = realmPath;
    config.localPath = m_directory + u"/local-%1.realm"_s.arg(++m_files);
    std::shared_ptr<Realm> realm = m_app->openRealm(m_user, config);
    if (!realm)
        qCWarning(lcBench) << "cannot open" << realmPath << m_app->lastError();
    return realm;
}

bool waitUntilInSync(Realm &first, Realm &second)
{
    QElapsedTimer clock;
    clock.start();
    for (Realm *realm : {&first, &second}) {
        if (awaitFuture(realm->syncSession()->downloadAllServerChanges(), clock,
                        std::chrono::seconds(60))
                .result != FutureOutcome::Result::Succeeded)
            return false;
    }
    return true;
}

} // namespace syncscope::bench
