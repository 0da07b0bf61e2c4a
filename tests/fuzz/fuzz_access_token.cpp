// libFuzzer target: the access-token parser and verifier, the realm-path validator and grant
// matching must never crash on any input, and must never call a token Valid unless it carries
// the HMAC of the secret it was checked with.

#include <syncscope/protocol/accesstoken.h>
#include <syncscope/protocol/realmpath.h>

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace syncscope::protocol;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray raw(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString text = QString::fromUtf8(raw);
    const QByteArray secret = QByteArrayLiteral("fuzz-secret-0123456789abcdef");
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);

    const TokenCheck check = verifyAccessToken(text, secret, now);
    if (check.status != TokenStatus::Valid && check.error.isEmpty())
        std::abort(); // every rejection says why
    if (check.status == TokenStatus::Valid) {
        // Only a token signed with this secret may pass: a second secret must reject it.
        if (verifyAccessToken(text, QByteArrayLiteral("another-secret"), now).status ==
            TokenStatus::Valid)
            std::abort();
        for (const QString &grant : check.claims.realmGrants)
            (void)grantMatches(grant, QStringLiteral("/team/a"));
    }
    (void)peekAccessToken(text);

    // The same bytes as a realm path, and split at the first newline as pattern + path.
    const QString pathError = realmPathError(text);
    const qsizetype newline = text.indexOf(QLatin1Char('\n'));
    if (newline >= 0) {
        const QStringView pattern = QStringView(text).left(newline);
        const QStringView path = QStringView(text).mid(newline + 1);
        const bool matches = grantMatches(pattern, path);
        // A pattern without '*' grants exactly its own path and nothing else.
        if (!pattern.endsWith(QLatin1Char('*')) && matches && pattern != path)
            std::abort();
        // A prefix pattern never grants the bare prefix ("/team/*" does not grant "/team").
        if (pattern.endsWith(QStringLiteral("/*")) && path == pattern.chopped(2) && matches)
            std::abort();
    }
    (void)pathError;
    return 0;
}
