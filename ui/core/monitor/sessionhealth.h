#pragma once

#include "monitor/sessionfacts.h"

#include <QDateTime>
#include <QString>

namespace syncscope::monitor {

// What an operator asks first — is it syncing? — derived from Realm's state (Active, Paused,
// Inactive, Invalid) and the connection. "Active" alone reads as healthy even for a session
// that never connected; the health says Retrying or Offline for it.
enum class Health {
    Syncing,    // Active and connected
    Connecting, // Active, first connection under way
    Retrying,   // Active, the connection is down for less than kOfflineAfter
    Offline,    // Active, the connection is down for kOfflineAfter or longer
    Paused,
    NotSyncing, // Inactive: closed or logged out
    Failed,     // Invalid
};
inline constexpr int kHealthCount = 7;
inline constexpr qint64 kOfflineAfterSeconds = 60;

Health healthOf(const SessionFacts &facts, const QDateTime &now);
// "Syncing", "Retrying", "Offline for 12 min", …: translated.
QString healthText(const SessionFacts &facts, const QDateTime &now);
QString healthName(Health health); // without a duration: "Offline"

} // namespace syncscope::monitor
