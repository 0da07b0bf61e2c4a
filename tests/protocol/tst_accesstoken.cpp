#include <syncscope/protocol/accesstoken.h>

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QTest>

using namespace syncscope::protocol;

namespace {

const QByteArray kSecret = QByteArrayLiteral("0123456789abcdef0123456789abcdef");
const QDateTime kNow = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);

AccessTokenClaims claims(qint64 expiresIn = 3600)
{
    AccessTokenClaims c;
    c.subject = QStringLiteral("alice");
    c.issuedAt = kNow;
    c.expiresAt = kNow.addSecs(expiresIn);
    c.realmGrants = {QStringLiteral("/team/*"), QStringLiteral("/alice")};
    return c;
}

QByteArray b64(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString rawToken(const QJsonObject &header, const QJsonObject &payload, const QByteArray &sig)
{
    return QString::fromLatin1(b64(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
                               b64(QJsonDocument(payload).toJson(QJsonDocument::Compact)) + '.' +
                               sig);
}

// A token over exactly these header and payload bytes, signed with kSecret.
QString signRaw(const QByteArray &headerJson, const QByteArray &payloadJson)
{
    const QByteArray input = b64(headerJson) + '.' + b64(payloadJson);
    const QByteArray mac =
        QMessageAuthenticationCode::hash(input, kSecret, QCryptographicHash::Sha256);
    return QString::fromLatin1(input + '.' + b64(mac));
}

QJsonObject payloadOf(const QString &token)
{
    const QByteArray part = token.toLatin1().split('.').at(1);
    return QJsonDocument::fromJson(QByteArray::fromBase64(part, QByteArray::Base64UrlEncoding))
        .object();
}

} // namespace

class AccessTokenTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signAndVerify()
    {
        const QString token = signAccessToken(claims(), kSecret);
        QVERIFY(!token.contains(u'='));
        QCOMPARE(token.count(u'.'), 2);
        const TokenCheck check = verifyAccessToken(token, kSecret, kNow);
        QCOMPARE(check.status, TokenStatus::Valid);
        QVERIFY(check.error.isEmpty());
        QCOMPARE(check.claims.subject, QStringLiteral("alice"));
        QCOMPARE(check.claims.expiresAt, kNow.addSecs(3600));
        QCOMPARE(check.claims.issuedAt, kNow);
        QCOMPARE(check.claims.realmGrants, claims().realmGrants);
        QVERIFY(check.claims.role.isEmpty());
    }

    void operatorRoleRoundTrips()
    {
        AccessTokenClaims withRole = claims();
        withRole.role = QString::fromLatin1(kOperatorRole);
        const TokenCheck check =
            verifyAccessToken(signAccessToken(withRole, kSecret), kSecret, kNow);
        QCOMPARE(check.status, TokenStatus::Valid);
        QCOMPARE(check.claims.role, QStringLiteral("operator"));
    }

    // A token computed independently (Python hmac/base64) verifies: we speak standard JWT.
    void knownAnswer()
    {
        const QString token = QStringLiteral(
            "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
            "eyJleHAiOjIwMDAwMDAwMDAsImlhdCI6MTcwMDAwMDAwMCwicmVhbG1zIjpbIi90ZWFtLyoiLCIvYWxpY2Ui"
            "XSwic3ViIjoiYWxpY2UifQ.WCYHjrlj1c9C9OYRjZMqCQZblS73rY8fCsD6Y-ROMXc");
        const TokenCheck check = verifyAccessToken(token, kSecret, kNow);
        QCOMPARE(check.status, TokenStatus::Valid);
        QCOMPARE(check.claims.realmGrants,
                 QStringList({QStringLiteral("/team/*"), QStringLiteral("/alice")}));

        AccessTokenClaims c;
        c.subject = QStringLiteral("alice");
        c.issuedAt = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
        c.expiresAt = QDateTime::fromSecsSinceEpoch(2'000'000'000, Qt::UTC);
        c.realmGrants = {QStringLiteral("/team/*"), QStringLiteral("/alice")};
        QCOMPARE(signAccessToken(c, kSecret), token);
    }

    // The example of docs/protocol.md, section 10, is this token, and it verifies.
    void tokenExampleOfTheDocument()
    {
        QFile file(QStringLiteral(QT_TESTCASE_SOURCEDIR "/../../docs/protocol.md"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const QString document = QString::fromUtf8(file.readAll());
        const qsizetype begin = document.indexOf(QStringLiteral("\n## 10. "));
        const qsizetype end = document.indexOf(QStringLiteral("\n## 11. "));
        QVERIFY(begin > 0 && end > begin);
        QStringList tokens;
        for (const QString &line : document.sliced(begin, end - begin).split(u'\n')) {
            if (line.startsWith(QStringLiteral("eyJ")))
                tokens.append(line);
        }
        QCOMPARE(tokens.size(), 1);
        AccessTokenClaims c;
        c.subject = QStringLiteral("alice");
        c.issuedAt = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
        c.expiresAt = QDateTime::fromSecsSinceEpoch(2'000'000'000, Qt::UTC);
        c.realmGrants = {QStringLiteral("/team/*"), QStringLiteral("/alice")};
        QCOMPARE(tokens.first(), signAccessToken(c, kSecret));
        const TokenCheck check = verifyAccessToken(tokens.first(), kSecret, kNow);
        QCOMPARE(check.status, TokenStatus::Valid);
        QVERIFY(grantsRealm(check.claims, u"/team/a") && grantsRealm(check.claims, u"/alice"));
        QCOMPARE(check.claims.expiresAt.toString(Qt::ISODate),
                 QStringLiteral("2033-05-18T03:33:20Z"));
    }

    void wrongSecretOrTamperingIsBadSignature()
    {
        const QString token = signAccessToken(claims(), kSecret);
        QCOMPARE(verifyAccessToken(token, "another secret", kNow).status,
                 TokenStatus::BadSignature);
        QCOMPARE(verifyAccessToken(token, QByteArray(), kNow).status, TokenStatus::BadSignature);

        QJsonObject payload = payloadOf(token);
        payload.insert(QStringLiteral("realms"), QJsonArray{QStringLiteral("*")});
        const QString forged = rawToken({{QStringLiteral("alg"), QStringLiteral("HS256")}}, payload,
                                        token.toLatin1().split('.').at(2));
        QCOMPARE(verifyAccessToken(forged, kSecret, kNow).status, TokenStatus::BadSignature);

        QString flipped = token;
        flipped[flipped.size() - 2] = flipped.at(flipped.size() - 2) == u'A' ? u'B' : u'A';
        QCOMPARE(verifyAccessToken(flipped, kSecret, kNow).status, TokenStatus::BadSignature);

        const QString unsigned_ = token.left(token.lastIndexOf(u'.') + 1);
        QCOMPARE(verifyAccessToken(unsigned_, kSecret, kNow).status, TokenStatus::BadSignature);
    }

    void otherAlgorithmsAreRefused_data()
    {
        QTest::addColumn<QString>("alg");
        QTest::newRow("none") << QStringLiteral("none");
        QTest::newRow("RS256") << QStringLiteral("RS256");
        QTest::newRow("HS512") << QStringLiteral("HS512");
        QTest::newRow("lowercase") << QStringLiteral("hs256");
        QTest::newRow("empty") << QString();
    }

    void otherAlgorithmsAreRefused()
    {
        QFETCH(QString, alg);
        const QString good = signAccessToken(claims(), kSecret);
        const QJsonObject header{{QStringLiteral("alg"), alg}};
        // Even with a signature that is a valid HS256 MAC of the new input, the algorithm
        // decides first.
        for (const QByteArray &signature : {QByteArray(), good.toLatin1().split('.').at(2)}) {
            const QString token = rawToken(header, payloadOf(good), signature);
            const TokenCheck check = verifyAccessToken(token, kSecret, kNow);
            QCOMPARE(check.status, TokenStatus::BadAlgorithm);
            QVERIFY(!check.error.isEmpty());
        }
    }

    void malformedTokens_data()
    {
        QTest::addColumn<QString>("token");
        QTest::newRow("empty") << QString();
        QTest::newRow("one part") << QStringLiteral("abc");
        QTest::newRow("two parts") << QStringLiteral("abc.def");
        QTest::newRow("four parts") << QStringLiteral("a.b.c.d");
        QTest::newRow("not base64") << QStringLiteral("!!!.???.###");
        QTest::newRow("not json") << QStringLiteral("aGVsbG8.d29ybGQ.c2ln");
        QTest::newRow("huge") << QString(20'000, u'a') + QStringLiteral(".b.c");
        QTest::newRow("non latin") << QStringLiteral("é.é.é");
    }

    void malformedTokens()
    {
        QFETCH(QString, token);
        const TokenCheck check = verifyAccessToken(token, kSecret, kNow);
        QCOMPARE(check.status, TokenStatus::Malformed);
        QVERIFY(!check.error.isEmpty());
        QVERIFY(!peekAccessToken(token));
    }

    void missingOrBrokenClaimsAreMalformed_data()
    {
        QTest::addColumn<QString>("remove");
        QTest::addColumn<QJsonValue>("replacement");
        QTest::newRow("no sub") << QStringLiteral("sub") << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("empty sub") << QStringLiteral("sub") << QJsonValue(QString());
        QTest::newRow("numeric sub") << QStringLiteral("sub") << QJsonValue(5);
        QTest::newRow("no exp") << QStringLiteral("exp") << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("string exp") << QStringLiteral("exp") << QJsonValue(QStringLiteral("x"));
        QTest::newRow("absurd exp") << QStringLiteral("exp") << QJsonValue(1e300);
        QTest::newRow("realms object") << QStringLiteral("realms") << QJsonValue(QJsonObject());
        QTest::newRow("realms numbers") << QStringLiteral("realms") << QJsonValue(QJsonArray{1});
        QTest::newRow("realms null") << QStringLiteral("realms") << QJsonValue(QJsonValue::Null);
        QTest::newRow("realms string")
            << QStringLiteral("realms") << QJsonValue(QStringLiteral("*"));
        QTest::newRow("null exp") << QStringLiteral("exp") << QJsonValue(QJsonValue::Null);
        QTest::newRow("string iat") << QStringLiteral("iat") << QJsonValue(QStringLiteral("1"));
        QTest::newRow("boolean nbf") << QStringLiteral("nbf") << QJsonValue(true);
        QTest::newRow("numeric role") << QStringLiteral("role") << QJsonValue(1);
        QTest::newRow("exp beyond 1e11") << QStringLiteral("exp") << QJsonValue(1e11 + 1);
    }

    void missingOrBrokenClaimsAreMalformed()
    {
        QFETCH(QString, remove);
        QFETCH(QJsonValue, replacement);
        QJsonObject payload = payloadOf(signAccessToken(claims(), kSecret));
        payload.remove(remove);
        if (!replacement.isUndefined())
            payload.insert(remove, replacement);
        const QByteArray header = b64(R"({"alg":"HS256","typ":"JWT"})");
        const QByteArray body = b64(QJsonDocument(payload).toJson(QJsonDocument::Compact));
        const QByteArray input = header + '.' + body;
        const QByteArray mac =
            QMessageAuthenticationCode::hash(input, kSecret, QCryptographicHash::Sha256);
        const QString token = QString::fromLatin1(input + '.' + b64(mac));
        QCOMPARE(verifyAccessToken(token, kSecret, kNow).status, TokenStatus::Malformed);
    }

    // docs/protocol.md, section 10: what the server accepts beyond the minimal token.
    void acceptedVariations()
    {
        const qint64 exp = kNow.toSecsSinceEpoch() + 3600;
        const QByteArray payload =
            QStringLiteral(R"({"sub":"alice","exp":%1,"realms":["/a"]})").arg(exp).toLatin1();
        // No "typ", or any other header member besides "alg", is fine.
        for (const QByteArray &header :
             {QByteArray(R"({"alg":"HS256"})"), QByteArray(R"({"typ":"JWT","alg":"HS256"})"),
              QByteArray(R"({"alg":"HS256","typ":"at+jwt","kid":"k1"})")}) {
            QCOMPARE(verifyAccessToken(signRaw(header, payload), kSecret, kNow).status,
                     TokenStatus::Valid);
        }
        const QByteArray header = R"({"alg":"HS256","typ":"JWT"})";
        // Unknown claims are ignored; "realms" may be absent or empty (granting nothing).
        QCOMPARE(
            verifyAccessToken(
                signRaw(header, QStringLiteral(R"({"sub":"a","exp":%1,"iss":"me","aud":["x"]})")
                                    .arg(exp)
                                    .toLatin1()),
                kSecret, kNow)
                .status,
            TokenStatus::Valid);
        // A repeated member: the last one counts.
        const TokenCheck repeated = verifyAccessToken(
            signRaw(
                header,
                QStringLiteral(R"({"sub":"mallory","sub":"alice","exp":%1})").arg(exp).toLatin1()),
            kSecret, kNow);
        QCOMPARE(repeated.status, TokenStatus::Valid);
        QCOMPARE(repeated.claims.subject, QStringLiteral("alice"));
        // Numbers may have a fraction and an exponent; the fraction is cut off (rounded down).
        const auto expiresAt = [&](const QByteArray &value) {
            const TokenCheck check =
                verifyAccessToken(signRaw(header, R"({"sub":"a","exp":)" + value + "}"), kSecret,
                                  kNow.addSecs(-10'000));
            return check.claims.expiresAt.toSecsSinceEpoch();
        };
        QCOMPARE(expiresAt("1800000000.9"), 1'800'000'000);
        QCOMPARE(expiresAt("1.8e9"), 1'800'000'000);
        QCOMPARE(expiresAt("1800000000"), 1'800'000'000);
        // Exactly at the rounded-down second the token is expired.
        QCOMPARE(
            verifyAccessToken(signRaw(header, R"({"sub":"a","exp":1800000000.9})"), kSecret, kNow)
                .status,
            TokenStatus::Expired);
        // The bound for time claims is inclusive.
        QCOMPARE(
            verifyAccessToken(signRaw(header, R"({"sub":"a","exp":1e11})"), kSecret, kNow).status,
            TokenStatus::Valid);
        // An "exp" long past is expired (202), not malformed.
        QCOMPARE(
            verifyAccessToken(signRaw(header, R"({"sub":"a","exp":-5})"), kSecret, kNow).status,
            TokenStatus::Expired);
    }

    void timeWindow()
    {
        QCOMPARE(verifyAccessToken(signAccessToken(claims(-1), kSecret), kSecret, kNow).status,
                 TokenStatus::Expired);
        // exp is exclusive: a token is dead at its expiry second.
        QCOMPARE(verifyAccessToken(signAccessToken(claims(0), kSecret), kSecret, kNow).status,
                 TokenStatus::Expired);
        QCOMPARE(verifyAccessToken(signAccessToken(claims(1), kSecret), kSecret, kNow).status,
                 TokenStatus::Valid);
        const TokenCheck expired =
            verifyAccessToken(signAccessToken(claims(60), kSecret), kSecret, kNow.addSecs(61));
        QCOMPARE(expired.status, TokenStatus::Expired);
        QCOMPARE(expired.claims.subject, QStringLiteral("alice")); // claims still readable

        AccessTokenClaims notYet = claims();
        notYet.notBefore = kNow.addSecs(600);
        QCOMPARE(verifyAccessToken(signAccessToken(notYet, kSecret), kSecret, kNow).status,
                 TokenStatus::NotYetValid);
        notYet.notBefore = kNow.addSecs(30); // within the tolerated clock skew
        QCOMPARE(verifyAccessToken(signAccessToken(notYet, kSecret), kSecret, kNow).status,
                 TokenStatus::Valid);

        AccessTokenClaims future = claims();
        future.issuedAt = kNow.addSecs(3000);
        QCOMPARE(verifyAccessToken(signAccessToken(future, kSecret), kSecret, kNow).status,
                 TokenStatus::NotYetValid);
    }

    void noRealmsClaimGrantsNothing()
    {
        AccessTokenClaims c = claims();
        c.realmGrants.clear();
        const TokenCheck check = verifyAccessToken(signAccessToken(c, kSecret), kSecret, kNow);
        QCOMPARE(check.status, TokenStatus::Valid);
        QVERIFY(!grantsRealm(check.claims, u"/alice"));
    }

    void peekReadsWithoutTheSecret()
    {
        const auto peeked = peekAccessToken(signAccessToken(claims(-100), kSecret));
        QVERIFY(peeked);
        QCOMPARE(peeked->subject, QStringLiteral("alice"));
    }

    void grantPatterns_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("granted");
        QTest::newRow("prefix child") << "/team/*"
                                      << "/team/a" << true;
        QTest::newRow("prefix grandchild") << "/team/*"
                                           << "/team/a/b" << true;
        QTest::newRow("prefix itself") << "/team/*"
                                       << "/team" << false;
        QTest::newRow("prefix sibling") << "/team/*"
                                        << "/teamx" << false;
        QTest::newRow("prefix sibling child") << "/team/*"
                                              << "/teamx/a" << false;
        QTest::newRow("exact") << "/alice"
                               << "/alice" << true;
        QTest::newRow("exact child") << "/alice"
                                     << "/alice/x" << false;
        QTest::newRow("exact longer") << "/alice"
                                      << "/alice2" << false;
        QTest::newRow("exact case") << "/alice"
                                    << "/Alice" << false;
        QTest::newRow("everything") << "*"
                                    << "/anything" << true;
        QTest::newRow("slash star") << "/*"
                                    << "/a" << true;
        QTest::newRow("raw prefix") << "/team*"
                                    << "/teamx" << true;
        QTest::newRow("inner star literal") << "/a*b"
                                            << "/axb" << false;
        QTest::newRow("empty pattern") << ""
                                       << "/a" << false;
    }

    void grantPatterns()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, path);
        QFETCH(bool, granted);
        QCOMPARE(grantMatches(pattern, path), granted);
    }
};

QTEST_GUILESS_MAIN(AccessTokenTest)
#include "tst_accesstoken.moc"
