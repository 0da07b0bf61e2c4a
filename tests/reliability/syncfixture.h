#pragma once

// What the end-to-end reliability tests share: a real server process (Syncscope::TestSupport), a
// client App with fast timings, realms opened through a URL of choice, and an independent verifier
// that reads the server's state directly (never through a fault proxy).

#include "clientconfigs.h"
#include "syncwait.h"

#include <syncscope/syncscope.h>
#include <syncscope/testsupport/serverprocess.h>

#include <QDir>
#include <QTemporaryDir>

#include <map>
#include <memory>

namespace syncscope::reliability {

class SyncFixture
{
public:
    SyncFixture() { server.setDataDir(dataDir()); }

    QString dataDir()
    {
        QDir(temp.path()).mkpath(QStringLiteral("server"));
        return temp.filePath(QStringLiteral("server"));
    }
    QString localFile(const QString &name) const { return temp.filePath(name + u".realm"); }

    std::shared_ptr<User> logIn(App &app, const QString &userId = QStringLiteral("alice"),
                                const QStringList &grants = {QStringLiteral("/rel/*")})
    {
        return app.logIn(server.mintToken(userId, grants));
    }

    std::shared_ptr<Realm> open(App &app, const std::shared_ptr<User> &user, const QUrl &url,
                                const QString &realmPath, const QString &fileName)
    {
        SyncConfig config;
        config.serverUrl = url;
        config.realmPath = realmPath;
        config.localPath = localFile(fileName);
        return app.openRealm(user, config);
    }

    // The realm's content as the server has it: a fresh file, downloaded directly (from
    // `url`, another node of the same server, when given).
    std::map<QString, QByteArray> serverContent(const QString &realmPath, QString *error,
                                                const QUrl &url = {})
    {
        App app(fastClientConfig());
        const auto user = logIn(app, QStringLiteral("verifier"), {QStringLiteral("/*")});
        const auto realm = open(app, user, url.isEmpty() ? server.url() : url, realmPath,
                                QStringLiteral("verifier-%1").arg(++m_verifierFiles));
        std::map<QString, QByteArray> content;
        if (!realm) {
            *error = QStringLiteral("verifier cannot open: ") + app.lastError();
            return content;
        }
        *error =
            waitForFuture(realm->syncSession()->downloadAllServerChanges(std::chrono::seconds(30)),
                          std::chrono::seconds(35));
        for (const QString &key : realm->keys())
            content[key] = realm->value(key).value_or(QByteArray());
        realm->close();
        return content;
    }

    QTemporaryDir temp;
    testsupport::ServerProcess server;

private:
    int m_verifierFiles = 0;
};

} // namespace syncscope::reliability
