#pragma once

#include <QObject>
#include <QString>

namespace syncscope {

class App;

// A logged-in user: a subject and the access token sent with every BIND.
class User final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(User)

public:
    QString id() const;
    QString accessToken() const;
    void setAccessToken(const QString &token); // a refreshed token; waiting sessions continue
    bool isLoggedIn() const;
    void logOut(); // every session of this user becomes Inactive

Q_SIGNALS:
    void accessTokenChanged();
    void loggedOut();
    // App::logIn() logged this user in again; its sessions that were inactive only because
    // of the logout sync again.
    void loggedIn();

private:
    friend class App;
    User(const QString &id, const QString &accessToken);
    void logInAgain(const QString &accessToken);

    QString m_id;
    QString m_accessToken;
    bool m_loggedIn = true;
};

} // namespace syncscope
