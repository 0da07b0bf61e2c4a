#include "monitor/localsessions.h"

#include "monitor/localsessionsource.h"
#include "monitor/logging.h"

#include <syncscope/app.h>
#include <syncscope/realm.h>
#include <syncscope/user.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace syncscope::monitor {

LocalSessions::LocalSessions(const ClientConfig &config)
    : m_config(config)
    , m_defaultLocalDirectory(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                              QStringLiteral("/sessions"))
{}

LocalSessions::~LocalSessions()
{
    m_usersByToken.clear();
}

App *LocalSessions::app() const
{
    if (!m_app)
        m_app = std::make_unique<App>(m_config);
    return m_app.get();
}

std::shared_ptr<User> LocalSessions::userFor(const QString &token, QString *error)
{
    if (auto user = m_usersByToken.value(token))
        return user;
    auto user = app()->logIn(token);
    if (!user) {
        *error = tr("the access token is malformed");
        return nullptr;
    }
    m_usersByToken.insert(token, user);
    return user;
}

SessionDefinition LocalSessions::resolved(const SessionDefinition &definition) const
{
    SessionDefinition out = definition;
    if (!out.localPath.isEmpty())
        return out;
    QString safe = definition.name;
    for (QChar &c : safe) {
        if (!c.isLetterOrNumber() && c != u'-' && c != u'_')
            c = u'_';
    }
    out.localPath = m_defaultLocalDirectory + u'/' + safe + QStringLiteral(".realm");
    return out;
}

std::unique_ptr<LocalSessionSource> LocalSessions::create(const SessionDefinition &definition) const
{
    auto source = std::make_unique<LocalSessionSource>(definition);
    // Logging in with the workspace's token again: the App hands back the same User, logged in,
    // and the SDK revives its sessions that were inactive only because of the logout.
    source->setLogIn([app = app(), token = definition.token] { app->logIn(token); });
    return source;
}

void LocalSessions::open(LocalSessionSource *source, const SessionDefinition &definition)
{
    QString error;
    if (const auto user = userFor(definition.token, &error)) {
        QDir().mkpath(QFileInfo(definition.localPath).absolutePath());
        if (definition.freshLocalFile) {
            // SQLite keeps side files next to the database; a fresh start removes them all.
            for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                          QStringLiteral("-journal")})
                QFile::remove(definition.localPath + suffix);
        }
        SyncConfig config{definition.serverUrl, definition.realmPath, definition.localPath};
        config.additionalServerUrls = definition.additionalServerUrls;
        const auto realm = app()->openRealm(user, config);
        if (realm) {
            source->attach(user, realm);
            return;
        }
        error = app()->lastError();
    }
    qCInfo(lcMonitor) << "session" << definition.name << "failed to open:" << error;
    source->failToOpen(error);
}

} // namespace syncscope::monitor
