#include "workspace/tokenfacts.h"

#include "monitor/sessionstatus.h"

#include <syncscope/protocol/accesstoken.h>

#include <QCoreApplication>
#include <QLocale>

namespace syncscope::monitor {

TokenFacts TokenFacts::of(const QString &token)
{
    const auto claims = protocol::peekAccessToken(token.trimmed());
    if (!claims)
        return {};
    return TokenFacts{true, claims->subject, claims->expiresAt, claims->realmGrants};
}

QString TokenFacts::expiryText() const
{
    if (!readable || !expiresAt.isValid())
        return {};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString when = QLocale().toString(expiresAt.toLocalTime(), QLocale::ShortFormat);
    if (expired(now))
        return QCoreApplication::translate("TokenFacts", "Expired %1 (%2 ago)")
            .arg(when, formatDuration(expiresAt.secsTo(now)));
    return QCoreApplication::translate("TokenFacts", "Expires %1 (in %2)")
        .arg(when, formatDuration(now.secsTo(expiresAt)));
}

QString TokenFacts::summary() const
{
    if (!readable)
        return QCoreApplication::translate("TokenFacts", "Not a readable access token.");
    return QCoreApplication::translate("TokenFacts", "User %1; realms %2; %3")
        .arg(subject, realmGrants.join(QStringLiteral(", ")), expiryText());
}

} // namespace syncscope::monitor
