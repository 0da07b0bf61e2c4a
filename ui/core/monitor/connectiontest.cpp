#include "monitor/connectiontest.h"

#include "monitor/serverreason.h"
#include "workspace/tokenfacts.h"

#include <syncscope/app.h>
#include <syncscope/realm.h>
#include <syncscope/syncsession.h>
#include <syncscope/user.h>

namespace syncscope::monitor {

ConnectionTest::ConnectionTest(QObject *parent)
    : QObject(parent)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this,
            [this] { nodeFinished(false, tr("No answer from the server in time.")); });
}

ConnectionTest::~ConnectionTest()
{
    m_realm.reset();
    m_user.reset();
    m_app.reset();
}

void ConnectionTest::start(const SessionDefinition &definition, std::chrono::milliseconds timeout)
{
    if (isRunning())
        return;
    m_running = true;
    m_definition = definition;
    m_nodeTimeout = timeout;
    m_tokenSummary = TokenFacts::of(definition.token).summary();
    SyncConfig all;
    all.serverUrl = definition.serverUrl;
    all.additionalServerUrls = definition.additionalServerUrls;
    m_nodes = all.serverUrls();
    if (m_nodes.isEmpty())
        m_nodes = {definition.serverUrl}; // the SDK says what is wrong with it
    m_answers.clear();
    m_everyNodeOk = true;
    testNextNode();
}

void ConnectionTest::testNextNode()
{
    if (m_answers.size() == m_nodes.size()) {
        if (m_nodes.size() == 1) {
            finish(m_everyNodeOk, m_answers.constFirst());
            return;
        }
        QStringList lines;
        for (qsizetype i = 0; i < m_nodes.size(); ++i)
            lines.append(tr("%1: %2").arg(m_nodes.at(i).toString(), m_answers.at(i)));
        finish(m_everyNodeOk, lines.join(u'\n'));
        return;
    }
    m_dir = std::make_unique<QTemporaryDir>();
    m_app = std::make_unique<App>(ClientConfig{});
    m_user = m_app->logIn(m_definition.token);
    if (!m_user) {
        finish(false, tr("The access token is malformed.")); // the same on every node
        return;
    }
    // This node alone: the SDK must not move on to another one.
    m_realm =
        m_app->openRealm(m_user, SyncConfig{m_nodes.at(m_answers.size()), m_definition.realmPath,
                                            m_dir->filePath(QStringLiteral("test.realm"))});
    if (!m_realm || !m_realm->syncSession()) {
        nodeFinished(false, m_app->lastError());
        return;
    }
    SyncSession *session = m_realm->syncSession();
    // The first failure is the answer: the test does not wait for the SDK's retries.
    connect(session, &SyncSession::connectionErrorOccurred, this, [this](const SyncError &e) {
        nodeFinishedLater(false,
                          tr("Could not connect: %1 (code %2)").arg(e.message()).arg(e.code()));
    });
    connect(session, &SyncSession::errorOccurred, this, [this](const SyncError &e) {
        nodeFinishedLater(false, tr("The server refused the session: %1 (code %2)")
                                     .arg(ServerReason::localized(e.code(), e.message()))
                                     .arg(e.code()));
    });
    session->addProgressNotification(
        ProgressDirection::Download, ProgressMode::ReportIndefinitely, [this](quint64, quint64) {
            nodeFinishedLater(true, tr("Connected; the server bound the realm."));
        });
    m_timeout.start(m_nodeTimeout);
}

void ConnectionTest::nodeFinishedLater(bool ok, const QString &answer)
{
    // nodeFinished() destroys the session: never from inside one of its own signals or
    // callbacks. The node it answers for is the one tested when it was called.
    const qsizetype node = m_answers.size();
    QMetaObject::invokeMethod(
        this,
        [this, ok, answer, node] {
            if (m_running && m_answers.size() == node)
                nodeFinished(ok, answer);
        },
        Qt::QueuedConnection);
}

void ConnectionTest::nodeFinished(bool ok, const QString &answer)
{
    if (!isRunning())
        return;
    closeNodeTest();
    m_answers.append(answer);
    m_everyNodeOk = m_everyNodeOk && ok;
    testNextNode();
}

void ConnectionTest::closeNodeTest()
{
    m_timeout.stop();
    if (m_realm && m_realm->syncSession())
        m_realm->syncSession()->disconnect(this);
    m_realm.reset();
    m_user.reset();
    m_app.reset();
    m_dir.reset();
}

void ConnectionTest::finish(bool ok, const QString &answer)
{
    closeNodeTest();
    m_running = false;
    Q_EMIT finished(ok, answer + u'\n' + m_tokenSummary);
}

} // namespace syncscope::monitor
