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
            [this] { finish(false, tr("No answer from the server in time.")); });
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
    m_tokenSummary = TokenFacts::of(definition.token).summary();
    m_dir = std::make_unique<QTemporaryDir>();
    m_app = std::make_unique<App>(ClientConfig{});
    m_user = m_app->logIn(definition.token);
    if (!m_user) {
        finish(false, tr("The access token is malformed."));
        return;
    }
    m_realm = m_app->openRealm(m_user, SyncConfig{definition.serverUrl, definition.realmPath,
                                                  m_dir->filePath(QStringLiteral("test.realm"))});
    if (!m_realm || !m_realm->syncSession()) {
        finish(false, m_app->lastError());
        return;
    }
    SyncSession *session = m_realm->syncSession();
    // The first failure is the answer: the test does not wait for the SDK's retries.
    connect(session, &SyncSession::connectionErrorOccurred, this, [this](const SyncError &e) {
        finishLater(false, tr("Could not connect: %1 (code %2)").arg(e.message()).arg(e.code()));
    });
    connect(session, &SyncSession::errorOccurred, this, [this](const SyncError &e) {
        finishLater(false, tr("The server refused the session: %1 (code %2)")
                               .arg(ServerReason::localized(e.code(), e.message()))
                               .arg(e.code()));
    });
    session->addProgressNotification(
        ProgressDirection::Download, ProgressMode::ReportIndefinitely, [this](quint64, quint64) {
            finishLater(true, tr("Connected; the server bound the realm."));
        });
    m_timeout.start(timeout);
}

void ConnectionTest::finishLater(bool ok, const QString &answer)
{
    // finish() destroys the session: never from inside one of its own signals or callbacks.
    QMetaObject::invokeMethod(
        this, [this, ok, answer] { finish(ok, answer); }, Qt::QueuedConnection);
}

void ConnectionTest::finish(bool ok, const QString &answer)
{
    if (!isRunning())
        return;
    m_timeout.stop();
    if (m_realm && m_realm->syncSession())
        m_realm->syncSession()->disconnect(this);
    m_realm.reset();
    m_user.reset();
    m_app.reset();
    m_dir.reset();
    Q_EMIT finished(ok, answer + u'\n' + m_tokenSummary);
}

} // namespace syncscope::monitor
