#include "syncfixture.h"

#include "harness/context.h"
#include "harness/eventwait.h"

using namespace Qt::StringLiterals;

namespace syncscope::bench {

BenchServer::BenchServer(BenchContext &context, const QString &name,
                         const QStringList &extraArguments, DataPlace place)
{
    m_process.setProgram(context.options().serverBin);
    m_process.setDataDir(place == DataPlace::ScaleDataDir
                             ? context.newScaleDirectory(name + u"-server"_s)
                             : context.newDirectory(name + u"-server"_s));
    // Info-level logging of every bind would be measured too; production runs may differ.
    m_process.setExtraArguments(QStringList{u"--log-level"_s, u"warning"_s} + extraArguments);
}

bool BenchServer::start()
{
    if (!m_process.start(std::chrono::seconds(30))) {
        m_error = m_process.errorString();
        return false;
    }
    m_token = m_process.mintToken(u"bench"_s, {u"/bench/*"_s}, std::chrono::hours(24));
    if (m_token.isEmpty()) {
        m_error = m_process.errorString();
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
