#include <syncscope/user.h>

namespace syncscope {

User::User(const QString &id, const QString &accessToken)
    : m_id(id)
    , m_accessToken(accessToken)
{}

QString User::id() const
{
    return m_id;
}

QString User::accessToken() const
{
    return m_accessToken;
}

void User::setAccessToken(const QString &token)
{
    if (token == m_accessToken)
        return;
    m_accessToken = token;
    Q_EMIT accessTokenChanged();
}

bool User::isLoggedIn() const
{
    return m_loggedIn;
}

void User::logInAgain(const QString &accessToken)
{
    setAccessToken(accessToken);
    if (m_loggedIn)
        return;
    m_loggedIn = true;
    Q_EMIT loggedIn();
}

void User::logOut()
{
    if (!m_loggedIn)
        return;
    m_loggedIn = false;
    Q_EMIT loggedOut();
}

} // namespace syncscope
