#include "monitor/sessionhealth.h"

#include <QCoreApplication>

namespace syncscope::monitor {

Health healthOf(const SessionFacts &facts, const QDateTime &now)
{
    switch (facts.state) {
    case StateBadge::Invalid:
        return Health::Failed;
    case StateBadge::Paused:
        return Health::Paused;
    case StateBadge::Inactive:
        return Health::NotSyncing;
    case StateBadge::Active:
        break;
    }
    if (facts.connection == ConnectionBadge::Connected)
        return Health::Syncing;
    const bool everFailed = facts.disconnectedSince.isValid() ||
                            facts.lastError.origin == SessionError::Origin::Connection;
    if (!everFailed)
        return facts.connection == ConnectionBadge::Connecting ? Health::Connecting
                                                               : Health::Retrying;
    const QDateTime since =
        facts.disconnectedSince.isValid() ? facts.disconnectedSince : facts.connectionSince;
    if (since.isValid() && since.secsTo(now) >= kOfflineAfterSeconds)
        return Health::Offline;
    return Health::Retrying;
}

QString healthName(Health health)
{
    switch (health) {
    case Health::Syncing:
        return QCoreApplication::translate("SessionHealth", "Syncing");
    case Health::Connecting:
        return QCoreApplication::translate("SessionHealth", "Connecting");
    case Health::Retrying:
        return QCoreApplication::translate("SessionHealth", "Retrying");
    case Health::Offline:
        return QCoreApplication::translate("SessionHealth", "Offline");
    case Health::Paused:
        return QCoreApplication::translate("SessionHealth", "Paused");
    case Health::NotSyncing:
        return QCoreApplication::translate("SessionHealth", "Not syncing");
    case Health::Failed:
        return QCoreApplication::translate("SessionHealth", "Failed");
    }
    return {};
}

QString healthText(const SessionFacts &facts, const QDateTime &now)
{
    if (facts.stale) {
        return QCoreApplication::translate("SessionHealth", "Stale since %1")
            .arg(facts.disconnectedSince.toLocalTime().toString(u"HH:mm:ss"));
    }
    const Health health = healthOf(facts, now);
    if (health != Health::Offline)
        return healthName(health);
    const QDateTime since =
        facts.disconnectedSince.isValid() ? facts.disconnectedSince : facts.connectionSince;
    return QCoreApplication::translate("SessionHealth", "Offline for %1")
        .arg(formatDuration(since.secsTo(now)));
}

} // namespace syncscope::monitor
