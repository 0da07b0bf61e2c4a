#include "monitor/serverreason.h"

#include <QHash>
#include <QMutex>
#include <QRegularExpression>

#include <array>

namespace syncscope::monitor {

namespace {

// Every message of the contexts whose texts the server sends as ERROR reasons: the server's
// sessions and connections, and the protocol's token, codec and realm-path checks. Copied from
// translations/syncscope-{server,protocol}_*.ts; tst_serverreasons fails when they part.
// Plain strings, not QT_TRANSLATE_NOOP: they belong to the server's and protocol's
// catalogues, which the monitor loads too.
constexpr ServerReason::Template kTemplates[] = {
    {"syncscope::protocol::AccessToken", "the token is longer than %1 characters"},
    {"syncscope::protocol::AccessToken", "the token does not have three dot-separated parts"},
    {"syncscope::protocol::AccessToken", "the token is not base64url encoded"},
    {"syncscope::protocol::AccessToken", "the token header or payload is not a JSON object"},
    {"syncscope::protocol::AccessToken", "the token signature is not base64url encoded"},
    {"syncscope::protocol::AccessToken", "the token has no subject (\"sub\")"},
    {"syncscope::protocol::AccessToken", "a time claim of the token is not a number of seconds"},
    {"syncscope::protocol::AccessToken", "the token has no expiry time (\"exp\")"},
    {"syncscope::protocol::AccessToken", "the token's \"realms\" claim is not an array"},
    {"syncscope::protocol::AccessToken",
     "the token's \"realms\" claim holds a value that is not a string"},
    {"syncscope::protocol::AccessToken", "the token's algorithm \"%1\" is not HS256"},
    {"syncscope::protocol::AccessToken", "the token's signature does not match"},
    {"syncscope::protocol::AccessToken", "the token expired at %1"},
    {"syncscope::protocol::AccessToken", "the token is not valid before %1"},
    {"syncscope::protocol::AccessToken", "the token was issued in the future (%1)"},
    {"syncscope::protocol::AccessToken", "the token's \"role\" claim is not a string"},
    {"syncscope::protocol::Codec", "%1 must be 0 or 1, not %2"},
    {"syncscope::protocol::Codec", "%1 is not valid UTF-8"},
    {"syncscope::protocol::Codec", "%1 count %2 exceeds the limit of %3"},
    {"syncscope::protocol::Codec", "%1 count %2 does not fit in the %3 bytes left"},
    {"syncscope::protocol::Codec", "unknown operation kind %1"},
    {"syncscope::protocol::Codec", "a remove operation carries a value"},
    {"syncscope::protocol::Codec",
     "frame ends inside a field (offset %1, %2 bytes needed, %3 left)"},
    {"syncscope::protocol::Codec", "%1 of %2 bytes exceeds the limit of %3"},
    {"syncscope::protocol::Codec", "%1 of %2 bytes runs past the end of the frame"},
    {"syncscope::protocol::Codec", "unknown message type"},
    {"syncscope::protocol::Codec",
     "this message belongs to the connection and needs session id 0, not %1"},
    {"syncscope::protocol::Codec",
     "this message belongs to a session and needs a non-zero session id"},
    {"syncscope::protocol::Codec", "frame of %1 bytes exceeds the limit of %2 bytes"},
    {"syncscope::protocol::Codec", "frame of %1 bytes is shorter than the %2-byte header"},
    {"syncscope::protocol::Codec", "unknown message type %1"},
    {"syncscope::protocol::Codec", "header flags and reserved bytes must be zero"},
    {"syncscope::protocol::Codec", "message type %1 may not be sent by a client"},
    {"syncscope::protocol::Codec", "message type %1 may not be sent by a server"},
    {"syncscope::protocol::Codec", "%1 unexpected bytes after the message"},
    {"syncscope::protocol::Codec", "more than %1 operations"},
    {"syncscope::protocol::RealmPath", "the realm path has an empty segment"},
    {"syncscope::protocol::RealmPath", "the realm path may not contain '.' or '..' segments"},
    {"syncscope::protocol::RealmPath", "the realm path contains an unpaired surrogate"},
    {"syncscope::protocol::RealmPath", "the realm path contains a control character"},
    {"syncscope::protocol::RealmPath", "the realm path may not contain '%' (no percent-encoding)"},
    {"syncscope::protocol::RealmPath", "the realm path contains the character %1 ('%2')"},
    {"syncscope::protocol::RealmPath",
     "a segment of the realm path starts with the combining mark %1"},
    {"syncscope::protocol::RealmPath", "the realm path is empty"},
    {"syncscope::protocol::RealmPath", "the realm path must start with '/'"},
    {"syncscope::protocol::RealmPath", "the realm path is longer than %1 bytes"},
    {"syncscope::protocol::RealmPath",
     "the realm path is not in Unicode normalization form C (NFC); compose it before binding"},
    {"syncscope::server::ClientConnection", "server shutting down"},
    {"syncscope::server::ClientConnection",
     "text messages are not part of the syncscope.v1 protocol; use binary"},
    {"syncscope::server::ClientConnection", "session %1 was never bound on this connection"},
    {"syncscope::server::ClientConnection", "session id %1 was already used on this connection"},
    {"syncscope::server::ClientConnection", "a connection may have at most %1 sessions"},
    {"syncscope::server::ServerSession",
     "the access token of \"%1\" does not grant the realm \"%2\""},
    {"syncscope::server::ServerSession", "the server cannot open the realm's storage"},
    {"syncscope::server::ServerSession", "the server cannot allocate a client file"},
    {"syncscope::server::ServerSession", "IDENT must follow BIND, once per session"},
    {"syncscope::server::ServerSession", "client file %1 does not belong to the realm \"%2\""},
    {"syncscope::server::ServerSession", "the server cannot read the realm's history"},
    {"syncscope::server::ServerSession", "the server cannot read the realm's head"},
    {"syncscope::server::ServerSession",
     "download cursor %1 is ahead of the realm's latest version %2"},
    {"syncscope::server::ServerSession", "UPLOAD before IDENT"},
    {"syncscope::server::ServerSession", "the server could not store the upload"},
    {"syncscope::server::ServerSession", "MARK before IDENT"},
    {"syncscope::server::ServerSession", "the server cannot read the client file"},
    {"syncscope::server::ServerSession",
     "client file %1 belongs to another user; ask for a new client file id"},
    {"syncscope::server::ServerSession",
     "a token with the role \"%1\" is not a user's access token"},
    {"syncscope::server::ServerSession", "refused by an operator until %1"},
    {"syncscope::server::SyncServer", "cannot read the TLS certificate \"%1\" or key \"%2\""},
    {"syncscope::server::SyncServer",
     "\"%1\" holds no PEM certificate or \"%2\" no unencrypted PEM key"},
    {"syncscope::server::SyncServer",
     "this server speaks the WebSocket subprotocol %1; the client offered %2"},
    {"syncscope::server::SyncServer", "none that matches"},
    {"syncscope::server::SyncServer", "the server has reached its limit of %1 connections"},
    {"syncscope::server::SyncServer", "no secret to verify access tokens with"},
    {"syncscope::server::SyncServer", "cannot listen on %1 port %2: %3"},
    {"syncscope::server::SyncServer",
     "the server has reached its limit of %1 connections from one address"},
    {"syncscope::server::SyncServer", "cannot serve metrics on %1 port %2: %3"},
    {"syncscope::server::SyncServer", "disconnected by an operator"},
    {"syncscope::server::SyncServer", "disconnected by an operator: %1"},
    {"syncscope::server::SyncServer", "cannot serve the operator API on %1 port %2: %3"},
    {"syncscope::server::SyncServer", "ended by an operator"},
    {"syncscope::server::SyncServer", "suspended by an operator"},
    {"syncscope::server::SyncServer", "refused by an operator until %1"},
};

struct Matcher
{
    QRegularExpression pattern; // the wording with each %N as a capture
    QList<int> argumentNumbers; // N of each capture, in order
};

// "%1 does not grant %2" → ^(.+?) does not grant (.+?)$, numbers {1, 2}.
Matcher makeMatcher(const QString &wording)
{
    static const QRegularExpression placeholder(QStringLiteral("%(\\d)"));
    Matcher matcher;
    QString pattern = QStringLiteral("^");
    qsizetype last = 0;
    for (const auto &match : placeholder.globalMatch(wording)) {
        pattern += QRegularExpression::escape(wording.mid(last, match.capturedStart() - last));
        pattern += QStringLiteral("(.+?)");
        matcher.argumentNumbers << match.captured(1).toInt();
        last = match.capturedEnd();
    }
    pattern += QRegularExpression::escape(wording.mid(last)) + u'$';
    matcher.pattern.setPattern(pattern);
    matcher.pattern.setPatternOptions(QRegularExpression::DotMatchesEverythingOption);
    return matcher;
}

// Compiled once per wording (the English ones and those of each language in use).
const Matcher &matcherFor(const QString &wording)
{
    static QHash<QString, Matcher> matchers;
    auto it = matchers.find(wording);
    if (it == matchers.end())
        it = matchers.insert(wording, makeMatcher(wording));
    return *it;
}

// The wording with each %N replaced by its argument, in one pass (an argument holding "%2"
// stays as it is).
QString fill(const QString &wording, const QHash<int, QString> &arguments)
{
    static const QRegularExpression placeholder(QStringLiteral("%(\\d)"));
    QString text;
    qsizetype last = 0;
    for (const auto &match : placeholder.globalMatch(wording)) {
        text += wording.mid(last, match.capturedStart() - last);
        text += arguments.value(match.captured(1).toInt(), match.captured());
        last = match.capturedEnd();
    }
    return text + wording.mid(last);
}

// The reason in the current language when it is one of the templates (in English or already
// translated); empty otherwise. Arguments that are themselves a template ("none that
// matches") are translated as well, one level deep.
QString translateTemplate(const QString &reason, int depth = 0)
{
    for (const ServerReason::Template &t : kTemplates) {
        const QString english = QString::fromUtf8(t.source);
        const QString translated = QCoreApplication::translate(t.context, t.source);
        for (const QString &wording : {english, translated}) {
            const Matcher matcher =
                matcherFor(wording); // a copy: the recursion below may grow the hash
            const QRegularExpressionMatch match = matcher.pattern.match(reason);
            if (!match.hasMatch())
                continue;
            QHash<int, QString> arguments;
            for (qsizetype i = 0; i < matcher.argumentNumbers.size(); ++i) {
                const QString argument = match.captured(int(i + 1));
                const QString inner = depth == 0 ? translateTemplate(argument, 1) : QString();
                arguments.insert(matcher.argumentNumbers[i], inner.isEmpty() ? argument : inner);
            }
            return fill(translated, arguments);
        }
    }
    return {};
}

} // namespace

QList<ServerReason::Template> ServerReason::templates()
{
    return {std::begin(kTemplates), std::end(kTemplates)};
}

QList<int> ServerReason::knownCodes()
{
    return {100, 101, 102, 103, 104, 105, 106, 107, 109, 200, 201,
            202, 203, 204, 206, 208, 209, 210, 212, 223, 224};
}

QString ServerReason::meaning(int code)
{
    switch (code) {
    case 100:
        return tr("the server closed the connection");
    case 101:
        return tr("the server failed unexpectedly");
    case 102:
        return tr("the server did not know a message");
    case 103:
        return tr("the server could not decode a message");
    case 104:
        return tr("a message exceeded the server's limits");
    case 105:
        return tr("the server speaks another protocol version");
    case 106:
        return tr("a message named a session that was never bound");
    case 107:
        return tr("a session id was used twice on the connection");
    case 109:
        return tr("messages came in the wrong order");
    case 200:
        return tr("the server ended the session");
    case 201:
        return tr("the server could not use its storage");
    case 202:
        return tr("the access token has expired");
    case 203:
        return tr("the server refused the access token");
    case 204:
        return tr("the realm path is not allowed");
    case 206:
        return tr("the access token does not grant this realm");
    case 208:
        return tr("the server does not know this client file");
    case 209:
        return tr("the local file is ahead of the server's realm");
    case 210:
        return tr("the upload's client versions do not increase");
    case 212:
        return tr("the server refused a changeset");
    case 223:
        return tr("the client file belongs to another user");
    case 224:
        return tr("the connection has too many sessions");
    default:
        return {};
    }
}

QString ServerReason::localized(int code, const QString &reason)
{
    if (!isServerCode(code))
        return reason;
    // The list asks on every repaint: remember the answers for the language in use (a
    // translator installed later changes these texts, and the cache starts again).
    static QMutex lock;
    static QString cachedLanguage;
    static QHash<QString, QString> cache;
    const QString language =
        meaning(100) + QCoreApplication::translate(kTemplates[0].context, kTemplates[0].source);
    const QString key = QString::number(code) + u'\n' + reason;
    QMutexLocker locker(&lock);
    if (language != cachedLanguage) {
        cache.clear();
        cachedLanguage = language;
    }
    if (const auto it = cache.constFind(key); it != cache.constEnd())
        return *it;
    if (cache.size() > 1000)
        cache.clear(); // reasons quote tokens and paths: bounded, whatever a server sends
    const QString text = describe(code, reason);
    cache.insert(key, text);
    return text;
}

QString ServerReason::describe(int code, const QString &reason)
{
    if (const QString translated = translateTemplate(reason); !translated.isEmpty())
        return translated;
    const QString what = meaning(code);
    if (what.isEmpty())
        return reason;
    if (reason.isEmpty())
        return what;
    // A server of another version or language: say what the code means, and quote it.
    return tr("%1 (the server said: \"%2\")").arg(what, reason);
}

} // namespace syncscope::monitor
