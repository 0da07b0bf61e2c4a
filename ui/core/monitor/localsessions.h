#pragma once

#include "workspace/workspace.h"

#include <syncscope/types.h>

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <memory>

namespace syncscope {
class App;
class User;
} // namespace syncscope

namespace syncscope::monitor {

class LocalSessionSource;

// Opens the sessions of a workspace in this process with the client SDK: one App, one User per
// token (the SDK pools one connection per server and user), a local file per session.
class LocalSessions final
{
    Q_DECLARE_TR_FUNCTIONS(LocalSessions)
    Q_DISABLE_COPY_MOVE(LocalSessions)

public:
    explicit LocalSessions(const ClientConfig &config);
    ~LocalSessions();

    // Where sessions without a localPath keep their file (created when needed).
    void setDefaultLocalDirectory(const QString &directory) { m_defaultLocalDirectory = directory; }
    QString defaultLocalDirectory() const { return m_defaultLocalDirectory; }

    // The definition with its local path filled in.
    SessionDefinition resolved(const SessionDefinition &definition) const;
    // A source for `definition` (already resolved()), not yet opened.
    std::unique_ptr<LocalSessionSource> create(const SessionDefinition &definition) const;
    // Opens the realm and attaches it to `source`, or tells the source why it could not.
    void open(LocalSessionSource *source, const SessionDefinition &definition);

    // Sessions hold realms of the App: they are destroyed first, then this drops the users.
    void forgetUsers() { m_usersByToken.clear(); }

private:
    std::shared_ptr<User> userFor(const QString &token, QString *error);
    // Created with the first session: a monitor that only shows another App's sessions (the
    // embeddable widget) must not start a second App, whose SYNCSCOPE_INSPECT=1 would start a
    // second inspector for the same process.
    App *app() const;

    const ClientConfig m_config;
    mutable std::unique_ptr<App> m_app;
    QHash<QString, std::shared_ptr<User>> m_usersByToken;
    QString m_defaultLocalDirectory;
};

} // namespace syncscope::monitor
