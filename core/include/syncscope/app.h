#pragma once

#include <syncscope/syncsession.h> // complete type: sessionAdded/sessionRemoved are queueable
#include <syncscope/types.h>

#include <QList>
#include <QObject>
#include <QString>

#include <memory>

namespace syncscope {

class Realm;
class User;
class AppPrivate;

// Entry point of the SDK: logs users in, opens realms, pools connections per (server, user).
// Lives on one thread; every object it returns must be used on that thread (docs/client.md).
class App final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(App)

public:
    explicit App(const ClientConfig &config = {}, QObject *parent = nullptr);
    ~App() override;

    ClientConfig config() const;

    std::shared_ptr<User> logIn(const QString &accessToken); // nullptr if malformed
    std::shared_ptr<Realm> openRealm(const std::shared_ptr<User> &user,
                                     const SyncConfig &config); // nullptr + lastError() on failure
    QList<SyncSession *> allSessions() const;
    QString lastError() const;

    // The local inspector (docs/inspector.md): a developer tool attaches to this process to see
    // and steer its sessions. Off by default (ClientConfig::inspectorEnabled or the environment
    // variable SYNCSCOPE_INSPECT=1 turn it on with the App); off costs nothing. Returns whether
    // the inspector runs now (false and lastError() if it could not start).
    bool setInspectorEnabled(bool enabled);
    bool isInspectorEnabled() const;
    // The inspector's local socket; empty while it is off.
    QString inspectorSocketPath() const;

Q_SIGNALS:
    void sessionAdded(syncscope::SyncSession *session);
    void sessionRemoved(syncscope::SyncSession *session);

private:
    std::unique_ptr<AppPrivate> d;
    friend class AppPrivate;
};

} // namespace syncscope
