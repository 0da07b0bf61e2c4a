#include "syncfixture.h"

#include "harness/context.h"
#include "harness/eventwait.h"

#include <QFutureWatcher>

using namespace Qt::StringLiterals;

namespace syncscope::bench {

BenchServer::BenchServer(BenchContext &context, const QString &name,
                         const QStringList &extraArguments)
    : m_process(context.options().serverBin, context.newDirectory(name + u"-server"_s))
{
    // Info-level logging of every bind would be measured too; production runs may differ.
    m_process.setExtraArguments(QStringList{u"--log-level"_s, u"warning"_s} + extraArguments);
}

bool BenchServer::start()
{
    if (!m_process.startAndWait()) {
        m_error = m_process.errorString();
        return false;
    }
    m_token = m_process.mintToken(u"bench"_s, u"/bench/*"_s);
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

FutureOutcome awaitFuture(const QFuture<void> &future, const QElapsedTimer &clock,
                          std::chrono::milliseconds limit)
{
    FutureOutcome outcome;
    bool finished = false;
    QFutureWatcher<void> watcher;
    QObject::connect(&watcher, &QFutureWatcher<void>::finished, &watcher, [&] {
        outcome.finishedAtNs = clock.nsecsElapsed();
        finished = true;
    });
    watcher.setFuture(future);
    if (!waitUntil([&] { return finished; }, limit))
        return outcome;
    try {
        QFuture<void>(future).waitForFinished();
        outcome.result = FutureOutcome::Result::Succeeded;
    } catch (const TimeoutError &error) {
        outcome.result = FutureOutcome::Result::TimedOut;
        outcome.error = error.message();
    } catch (const SyncError &error) {
        outcome.result = FutureOutcome::Result::SyncFailed;
        outcome.error = error.message();
    }
    return outcome;
}

} // namespace syncscope::bench
