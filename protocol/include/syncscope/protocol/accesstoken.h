#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace syncscope::protocol {

// The claims of a Syncscope access token: an HS256-signed JWT.
struct AccessTokenClaims
{
    QString subject;         // "sub": the user id
    QDateTime issuedAt;      // "iat"
    QDateTime expiresAt;     // "exp"
    QDateTime notBefore;     // "nbf", optional (invalid QDateTime when absent)
    QStringList realmGrants; // "realms": patterns, a trailing '*' matches by prefix
    // "role", optional: empty for a user's token. "operator" marks a token for the server's
    // operator API, which the sync port refuses (it is not a user).
    QString role;
};

inline constexpr char kOperatorRole[] = "operator";

enum class TokenStatus {
    Valid,
    Malformed,    // not three base64url parts, bad JSON, missing claims
    BadAlgorithm, // header alg other than HS256
    BadSignature,
    Expired,
    NotYetValid,
};

struct TokenCheck
{
    TokenStatus status = TokenStatus::Malformed;
    AccessTokenClaims claims; // filled whenever the payload parsed
    QString error;            // readable reason when status != Valid
};

QString signAccessToken(const AccessTokenClaims &claims, const QByteArray &secret);
// Verifies the signature (constant time), the algorithm and the time window at `now`.
TokenCheck verifyAccessToken(QStringView token, const QByteArray &secret,
                             const QDateTime &now = QDateTime::currentDateTimeUtc());
// Reads the claims without checking the signature (the client does this to learn its user id).
std::optional<AccessTokenClaims> peekAccessToken(QStringView token);

// "/team/*" grants "/team/a" and "/team/a/b", not "/team" or "/teamx"; a pattern without a
// trailing '*' grants exactly that path.
bool grantMatches(QStringView pattern, QStringView realmPath);
// Compares secrets and signatures in time that depends only on their length (public), never on
// how many leading bytes match.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);
bool grantsRealm(const AccessTokenClaims &claims, QStringView realmPath);

} // namespace syncscope::protocol
