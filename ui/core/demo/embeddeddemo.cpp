#include "demo/embeddeddemo.h"

#include "demo/slowlinkproxy.h"
#include "monitor/logging.h"
#include "monitor/monitoredsession.h"
#include "monitor/sessionmonitor.h"

#include <syncscope/protocol/accesstoken.h>
#include <syncscope/server/syncserver.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>

namespace syncscope::monitor {

using namespace std::chrono_literals;

namespace {
// Matched by realm path: the session names are translated.
const QString kPausedRealmPath = QStringLiteral("/demo/bob/drafts");
} // namespace

EmbeddedDemo::EmbeddedDemo(const QString &dataDirectory, QObject *parent)
    : QObject(parent)
    , m_dataDirectory(dataDirectory)
{}

// The server may go with live connections (it destroys them first), so nothing waits here: a
// nested event loop in a destructor would run whatever else is queued, at a moment its owner
// does not expect.
EmbeddedDemo::~EmbeddedDemo() = default;

bool EmbeddedDemo::start(QString *error)
{
    const QString serverDir = m_dataDirectory + QStringLiteral("/embedded-server");
    if (!QDir().mkpath(serverDir)) {
        *error = tr("cannot create %1").arg(serverDir);
        return false;
    }
    QString secretError;
    m_secret = server::loadOrCreateSecret(serverDir + QStringLiteral("/secret"), &secretError);
    if (m_secret.isEmpty()) {
        *error = tr("cannot read the server secret: %1").arg(secretError);
        return false;
    }
    server::ServerConfig config;
    config.address = QHostAddress::LocalHost;
    config.port = 0;
    config.dataDir = serverDir;
    config.secret = m_secret;
    config.operatorEnabled = m_operatorEnabled;
    m_server = std::make_unique<server::SyncServer>(config);
    if (!m_server->start()) {
        *error = tr("the embedded server did not start: %1").arg(m_server->errorString());
        m_server.reset();
        return false;
    }
    qCInfo(lcDemo) << "embedded server listening on" << m_server->url();
    m_slowLink = new SlowLinkProxy(quint16(m_server->url().port()), kSlowLinkBytesPerSecond, this);
    if (!m_slowLink->listen()) {
        qCWarning(lcDemo) << "no slow-link relay; the large download goes direct";
        delete m_slowLink;
        m_slowLink = nullptr;
    }
    return true;
}

QUrl EmbeddedDemo::serverUrl() const
{
    return m_server ? m_server->url() : QUrl();
}

QUrl EmbeddedDemo::operatorUrl() const
{
    return m_server ? m_server->operatorUrl() : QUrl();
}

QString EmbeddedDemo::operatorToken() const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    protocol::AccessTokenClaims claims;
    claims.subject = QStringLiteral("demo-operator");
    claims.issuedAt = now;
    claims.expiresAt = now.addDays(1);
    claims.role = QString::fromLatin1(protocol::kOperatorRole);
    return protocol::signAccessToken(claims, m_secret);
}

QString EmbeddedDemo::token(const QString &user, const QStringList &grants) const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    protocol::AccessTokenClaims claims;
    claims.subject = user;
    claims.issuedAt = now;
    claims.expiresAt = now.addDays(30);
    claims.realmGrants = grants;
    return protocol::signAccessToken(claims, m_secret);
}

Workspace EmbeddedDemo::workspace() const
{
    // Alice works on her own realms and reads the shared archive; Bob writes the shared ones
    // and has no grant for /demo/admin — his session there is refused, on purpose.
    const QString alice = token(QStringLiteral("alice"), {QStringLiteral("/demo/alice/*"),
                                                          QStringLiteral("/demo/shared/*")});
    const QString bob = token(QStringLiteral("bob"),
                              {QStringLiteral("/demo/bob/*"), QStringLiteral("/demo/shared/*")});
    const QUrl url = serverUrl();
    QUrl slowUrl = url;
    if (m_slowLink)
        slowUrl.setPort(m_slowLink->port());
    const QString local = m_dataDirectory + QStringLiteral("/demo-sessions/");

    auto steady = [](int valueBytes, int intervalMs) {
        TrafficSpec t;
        t.kind = TrafficSpec::Kind::Steady;
        t.valueBytes = valueBytes;
        t.intervalMs = intervalMs;
        return t;
    };
    TrafficSpec burst;
    burst.kind = TrafficSpec::Kind::Burst;
    burst.valueBytes = 32 * 1024;
    burst.burstCount = 48;
    burst.intervalMs = 7000;
    TrafficSpec seed;
    seed.kind = TrafficSpec::Kind::Seed;
    seed.valueBytes = 64 * 1024;
    seed.totalBytes = kLargeRealmBytes;

    Workspace w;
    w.title = tr("Demo workspace (embedded server)");
    //: The demo's session names: alice and bob are user ids, keep them.
    w.sessions = {
        SessionDefinition{tr("Notes (alice)"), url, alice, QStringLiteral("/demo/alice/notes"),
                          local + QStringLiteral("notes.realm"), false, false, steady(2048, 400)},
        SessionDefinition{tr("Tasks (alice)"), url, alice, QStringLiteral("/demo/alice/tasks"),
                          local + QStringLiteral("tasks.realm"), false, false, steady(512, 1500)},
        SessionDefinition{tr("Photos (alice, bursty)"), url, alice,
                          QStringLiteral("/demo/alice/photos"),
                          local + QStringLiteral("photos.realm"), false, false, burst},
        SessionDefinition{tr("Archive seeder (bob)"), url, bob,
                          QStringLiteral("/demo/shared/archive"),
                          local + QStringLiteral("archive-seeder.realm"), false, false, seed},
        SessionDefinition{tr("Archive download (alice, slow link)"),
                          slowUrl,
                          alice,
                          QStringLiteral("/demo/shared/archive"),
                          local + QStringLiteral("archive-download.realm"),
                          false,
                          true,
                          {}},
        SessionDefinition{tr("Chat (bob)"), url, bob, QStringLiteral("/demo/shared/chat"),
                          local + QStringLiteral("chat.realm"), false, false, steady(1024, 700)},
        SessionDefinition{tr("Drafts (bob)"), url, bob, kPausedRealmPath,
                          local + QStringLiteral("drafts.realm"), false, false, steady(4096, 2000)},
        SessionDefinition{tr("Admin settings (bob, denied)"),
                          url,
                          bob,
                          QStringLiteral("/demo/admin/settings"),
                          local + QStringLiteral("admin.realm"),
                          true,
                          false,
                          {}},
    };
    return w;
}

void EmbeddedDemo::decorate(SessionMonitor &monitor) const
{
    for (MonitoredSession *session : monitor.sessions()) {
        if (session->realmPath() == kPausedRealmPath)
            session->pauseByUser(30min);
    }
}

} // namespace syncscope::monitor
