#pragma once

// The properties the fuzz targets check on every input, shared with tst_fuzzcorpus (which
// replays the committed corpus and every past crash in the normal and sanitizer builds).
// Each function returns an empty string when the input behaved, else what went wrong.

#include <syncscope/protocol/accesstoken.h>
#include <syncscope/protocol/codec.h>
#include <syncscope/protocol/realmpath.h>

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace syncscope::fuzz {

inline protocol::DecodeLimits tightLimits()
{
    protocol::DecodeLimits tight;
    tight.maxFrameBytes = 4096;
    tight.maxChangesetsPerMessage = 8;
    tight.maxOperationsPerChangeset = 8;
    tight.maxKeyBytes = 64;
    tight.maxValueBytes = 256;
    tight.maxRealmPathBytes = 64;
    tight.maxTokenBytes = 512;
    tight.maxErrorMessageBytes = 128;
    return tight;
}

// The decoder never crashes; every rejection says why; whatever it accepts survives an
// encode/decode round trip unchanged (so the server never stores what it cannot replay);
// changesetSize() equals the wire size of the operations (progress counts those bytes).
inline QString checkFrameInput(QByteArrayView bytes)
{
    using namespace protocol;
    for (const DecodeLimits &limits : {DecodeLimits{}, tightLimits()}) {
        for (const Direction direction : {Direction::ClientToServer, Direction::ServerToClient}) {
            const DecodeResult result = decode(bytes, direction, limits);
            if (!result.frame) {
                if (result.error.isEmpty())
                    return QStringLiteral("decode rejected a frame without saying why");
                continue;
            }
            const DecodeResult again = decode(encode(*result.frame), direction, limits);
            if (!again.frame || !(*again.frame == *result.frame))
                return QStringLiteral("round trip changed an accepted frame: ") + again.error;
        }
        QString error;
        if (const auto operations = decodeOperations(bytes, limits, &error)) {
            const QByteArray encoded = encodeOperations(*operations);
            if (quint64(encoded.size()) != changesetSize(*operations))
                return QStringLiteral("changesetSize() differs from the wire size");
            const auto again = decodeOperations(encoded, limits);
            if (!again || *again != *operations)
                return QStringLiteral("operations round trip changed them");
        } else if (error.isEmpty()) {
            return QStringLiteral("decodeOperations rejected without saying why");
        }
    }
    return {};
}

inline QByteArray fuzzSecret()
{
    return QByteArrayLiteral("fuzz-secret-0123456789abcdef");
}

inline QDateTime fuzzNow()
{
    return QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
}

// Tokens: never crash, every rejection says why, only the signing secret validates.
// Realm paths and grant patterns (input split at the first newline): a pattern without '*'
// grants exactly its own path; "/x/*" never grants "/x"; a prefix grant never crosses into a
// sibling ("/team/*" does not grant "/teamx").
inline QString checkTokenInput(QByteArrayView raw)
{
    using namespace protocol;
    const QString text = QString::fromUtf8(raw);
    const TokenCheck check = verifyAccessToken(text, fuzzSecret(), fuzzNow());
    if (check.status != TokenStatus::Valid && check.error.isEmpty())
        return QStringLiteral("token rejected without a reason");
    if (check.status == TokenStatus::Valid &&
        verifyAccessToken(text, QByteArrayLiteral("another-secret"), fuzzNow()).status ==
            TokenStatus::Valid)
        return QStringLiteral("a token validated under two different secrets");
    (void)peekAccessToken(text);
    (void)realmPathError(text);

    const qsizetype newline = text.indexOf(QLatin1Char('\n'));
    if (newline >= 0) {
        const QStringView pattern = QStringView(text).left(newline);
        const QStringView path = QStringView(text).mid(newline + 1);
        const bool matches = grantMatches(pattern, path);
        if (!pattern.endsWith(QLatin1Char('*')) && matches && pattern != path)
            return QStringLiteral("an exact pattern granted another path");
        if (pattern.endsWith(QStringLiteral("/*"))) {
            const QStringView prefix = pattern.chopped(1); // keeps the '/'
            if (matches && !path.startsWith(prefix))
                return QStringLiteral("a prefix pattern granted a path outside its folder");
            if (matches && path.size() <= prefix.size())
                return QStringLiteral("a prefix pattern granted its bare folder");
        }
    }
    return {};
}

} // namespace syncscope::fuzz
