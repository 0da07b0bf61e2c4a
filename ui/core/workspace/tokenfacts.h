#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace syncscope::monitor {

// What an access token says about itself, read without its secret (so not verified): whose it
// is, until when, which realms. For the Add session dialog and the row's tooltip; the server
// decides whether the token holds.
struct TokenFacts
{
    bool readable = false; // false: not a token of the expected shape
    QString subject;
    QDateTime expiresAt;
    QStringList realmGrants;

    static TokenFacts of(const QString &token);
    bool expired(const QDateTime &now = QDateTime::currentDateTimeUtc()) const
    {
        return expiresAt.isValid() && expiresAt <= now;
    }
    // "Expires 2026-12-06 11:25 (in 2 h 0 min)", "Expired …", translated; empty if unreadable.
    QString expiryText() const;
    // "User alice; realms /w/*, /x; expires …"
    QString summary() const;
};

} // namespace syncscope::monitor
