#include <syncscope/protocol/accesstoken.h>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>

#include <cmath>

// HS256 JSON Web Tokens (RFC 7519) written with Qt only. The algorithm is pinned: a token
// whose header names anything but HS256 ("none", "RS256", ...) is refused before its
// signature is even looked at, which closes the classic algorithm-confusion holes.

namespace syncscope::protocol {

namespace {

constexpr qsizetype kMaxTokenChars = 16 * 1024;
// Clock skew tolerated for "iat" in the future and for "nbf", never for "exp".
constexpr qint64 kClockSkewSeconds = 60;

constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

// The translation context of this file's messages; lupdate reads it from the macro too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(syncscope::protocol::AccessToken)
};

QByteArray base64UrlEncode(const QByteArray &bytes)
{
    return bytes.toBase64(kBase64Url);
}

std::optional<QByteArray> base64UrlDecode(QByteArrayView text)
{
    if (text.isEmpty())
        return std::nullopt;
    auto result = QByteArray::fromBase64Encoding(
        text.toByteArray(), kBase64Url | QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return std::nullopt;
    // Only the canonical encoding (no '=' padding, unused low bits zero): otherwise several
    // texts decode to the same signature, and a token could be altered and still verify.
    if (base64UrlEncode(*result) != text)
        return std::nullopt;
    return *result;
}

QByteArray signingInput(QByteArrayView header, QByteArrayView payload)
{
    QByteArray input;
    input.reserve(header.size() + 1 + payload.size());
    input.append(header).append('.').append(payload);
    return input;
}

QByteArray hmacSha256(const QByteArray &input, const QByteArray &secret)
{
    return QMessageAuthenticationCode::hash(input, secret, QCryptographicHash::Sha256);
}

std::optional<QJsonObject> parseObject(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

// A NumericDate: seconds since the epoch. Absent → invalid QDateTime with ok == true.
QDateTime numericDate(const QJsonObject &object, QLatin1StringView name, bool &ok)
{
    const QJsonValue value = object.value(name);
    if (value.isUndefined())
        return {};
    const double seconds = value.toDouble(std::nan(""));
    // ±1e11 s is more than 3000 years either way: anything beyond is a broken token.
    if (!value.isDouble() || !std::isfinite(seconds) || std::abs(seconds) > 1e11) {
        ok = false;
        return {};
    }
    return QDateTime::fromSecsSinceEpoch(qint64(std::floor(seconds)), Qt::UTC);
}

struct ParsedToken
{
    QByteArray header;    // base64url text as received
    QByteArray payload;   // base64url text as received
    QByteArray signature; // decoded bytes
    QJsonObject headerObject;
    QJsonObject payloadObject;
};

std::optional<ParsedToken> split(QStringView token, QString &error)
{
    if (token.size() > kMaxTokenChars) {
        error = Text::tr("the token is longer than %1 characters").arg(kMaxTokenChars);
        return std::nullopt;
    }
    const QByteArray ascii = token.toLatin1();
    const QList<QByteArray> parts = ascii.split('.');
    if (parts.size() != 3) {
        error = Text::tr("the token does not have three dot-separated parts");
        return std::nullopt;
    }
    ParsedToken parsed{parts[0], parts[1], {}, {}, {}};
    const auto header = base64UrlDecode(parts[0]);
    const auto payload = base64UrlDecode(parts[1]);
    if (!header || !payload) {
        error = Text::tr("the token is not base64url encoded");
        return std::nullopt;
    }
    const auto headerObject = parseObject(*header);
    const auto payloadObject = parseObject(*payload);
    if (!headerObject || !payloadObject) {
        error = Text::tr("the token header or payload is not a JSON object");
        return std::nullopt;
    }
    parsed.headerObject = *headerObject;
    parsed.payloadObject = *payloadObject;
    if (parts[2].isEmpty()) {
        parsed.signature.clear();
    } else {
        const auto signature = base64UrlDecode(parts[2]);
        if (!signature) {
            error = Text::tr("the token signature is not base64url encoded");
            return std::nullopt;
        }
        parsed.signature = *signature;
    }
    return parsed;
}

std::optional<AccessTokenClaims> readClaims(const QJsonObject &payload, QString &error)
{
    AccessTokenClaims claims;
    const QJsonValue subject = payload.value(QLatin1StringView("sub"));
    if (!subject.isString() || subject.toString().isEmpty()) {
        error = Text::tr("the token has no subject (\"sub\")");
        return std::nullopt;
    }
    claims.subject = subject.toString();

    bool datesOk = true;
    claims.issuedAt = numericDate(payload, QLatin1StringView("iat"), datesOk);
    claims.expiresAt = numericDate(payload, QLatin1StringView("exp"), datesOk);
    claims.notBefore = numericDate(payload, QLatin1StringView("nbf"), datesOk);
    if (!datesOk) {
        error = Text::tr("a time claim of the token is not a number of seconds");
        return std::nullopt;
    }
    if (!claims.expiresAt.isValid()) {
        error = Text::tr("the token has no expiry time (\"exp\")");
        return std::nullopt;
    }

    const QJsonValue realms = payload.value(QLatin1StringView("realms"));
    if (!realms.isUndefined()) {
        if (!realms.isArray()) {
            error = Text::tr("the token's \"realms\" claim is not an array");
            return std::nullopt;
        }
        for (const QJsonValue &pattern : realms.toArray()) {
            if (!pattern.isString()) {
                error = Text::tr("the token's \"realms\" claim holds a value that is not a string");
                return std::nullopt;
            }
            claims.realmGrants.append(pattern.toString());
        }
    }

    const QJsonValue role = payload.value(QLatin1StringView("role"));
    if (!role.isUndefined()) {
        if (!role.isString()) {
            error = Text::tr("the token's \"role\" claim is not a string");
            return std::nullopt;
        }
        claims.role = role.toString();
    }
    return claims;
}

} // namespace

QString signAccessToken(const AccessTokenClaims &claims, const QByteArray &secret)
{
    QJsonObject header{{QStringLiteral("alg"), QStringLiteral("HS256")},
                       {QStringLiteral("typ"), QStringLiteral("JWT")}};
    QJsonObject payload{{QStringLiteral("sub"), claims.subject},
                        {QStringLiteral("realms"), QJsonArray::fromStringList(claims.realmGrants)}};
    if (claims.issuedAt.isValid())
        payload.insert(QStringLiteral("iat"), claims.issuedAt.toSecsSinceEpoch());
    if (claims.expiresAt.isValid())
        payload.insert(QStringLiteral("exp"), claims.expiresAt.toSecsSinceEpoch());
    if (claims.notBefore.isValid())
        payload.insert(QStringLiteral("nbf"), claims.notBefore.toSecsSinceEpoch());
    if (!claims.role.isEmpty())
        payload.insert(QStringLiteral("role"), claims.role);

    const QByteArray encodedHeader =
        base64UrlEncode(QJsonDocument(header).toJson(QJsonDocument::Compact));
    const QByteArray encodedPayload =
        base64UrlEncode(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    const QByteArray input = signingInput(encodedHeader, encodedPayload);
    return QString::fromLatin1(input + '.' + base64UrlEncode(hmacSha256(input, secret)));
}

TokenCheck verifyAccessToken(QStringView token, const QByteArray &secret, const QDateTime &now)
{
    TokenCheck check;
    auto parsed = split(token, check.error);
    if (!parsed) {
        check.status = TokenStatus::Malformed;
        return check;
    }
    const QJsonValue algorithm = parsed->headerObject.value(QLatin1StringView("alg"));
    if (algorithm.toString() != QLatin1StringView("HS256")) {
        check.status = TokenStatus::BadAlgorithm;
        check.error =
            Text::tr("the token's algorithm \"%1\" is not HS256").arg(algorithm.toString());
        return check;
    }
    const QByteArray expected = hmacSha256(signingInput(parsed->header, parsed->payload), secret);
    if (secret.isEmpty() || !constantTimeEquals(expected, parsed->signature)) {
        check.status = TokenStatus::BadSignature;
        check.error = Text::tr("the token's signature does not match");
        return check;
    }
    auto claims = readClaims(parsed->payloadObject, check.error);
    if (!claims) {
        check.status = TokenStatus::Malformed;
        return check;
    }
    check.claims = *claims;
    const QDateTime utcNow = now.toUTC();
    if (utcNow >= check.claims.expiresAt) {
        check.status = TokenStatus::Expired;
        check.error =
            Text::tr("the token expired at %1").arg(check.claims.expiresAt.toString(Qt::ISODate));
        return check;
    }
    if (check.claims.notBefore.isValid() &&
        utcNow.addSecs(kClockSkewSeconds) < check.claims.notBefore) {
        check.status = TokenStatus::NotYetValid;
        check.error = Text::tr("the token is not valid before %1")
                          .arg(check.claims.notBefore.toString(Qt::ISODate));
        return check;
    }
    if (check.claims.issuedAt.isValid() &&
        utcNow.addSecs(kClockSkewSeconds) < check.claims.issuedAt) {
        check.status = TokenStatus::NotYetValid;
        check.error = Text::tr("the token was issued in the future (%1)")
                          .arg(check.claims.issuedAt.toString(Qt::ISODate));
        return check;
    }
    check.status = TokenStatus::Valid;
    check.error.clear();
    return check;
}

std::optional<AccessTokenClaims> peekAccessToken(QStringView token)
{
    QString error;
    auto parsed = split(token, error);
    if (!parsed)
        return std::nullopt;
    return readClaims(parsed->payloadObject, error);
}

bool grantMatches(QStringView pattern, QStringView realmPath)
{
    if (pattern.endsWith(u'*')) {
        const QStringView prefix = pattern.chopped(1);
        return realmPath.size() > prefix.size() && realmPath.startsWith(prefix);
    }
    return pattern == realmPath;
}

bool grantsRealm(const AccessTokenClaims &claims, QStringView realmPath)
{
    for (const QString &pattern : claims.realmGrants) {
        if (grantMatches(pattern, realmPath))
            return true;
    }
    return false;
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

} // namespace syncscope::protocol
