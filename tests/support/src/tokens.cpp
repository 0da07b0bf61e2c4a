#include <syncscope/testsupport/tokens.h>

#include <syncscope/protocol/accesstoken.h>

#include <QDateTime>

namespace syncscope::testsupport {

QString mintToken(const QByteArray &secret, const QString &userId, const QStringList &realms,
                  std::chrono::seconds ttl)
{
    protocol::AccessTokenClaims claims;
    claims.subject = userId;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // An expired token was issued before it expired.
    claims.issuedAt = ttl.count() > 0 ? now : now.addSecs(ttl.count() - 60);
    claims.expiresAt = now.addSecs(ttl.count());
    claims.realmGrants = realms;
    return protocol::signAccessToken(claims, secret);
}

} // namespace syncscope::testsupport
