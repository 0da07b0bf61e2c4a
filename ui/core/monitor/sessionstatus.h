#pragma once

#include <syncscope/types.h>

#include <QString>

namespace syncscope::monitor {

// What the state badge shows. Paused is split from Inactive because "paused by you" and
// "closed or logged out" need different actions from the person looking at it.
enum class StateBadge { Active, Paused, Inactive, Invalid };
inline constexpr int kStateBadgeCount = 4;

// What the connection badge shows: the SDK's connection state as is.
enum class ConnectionBadge { Disconnected, Connecting, Connected };
inline constexpr int kConnectionBadgeCount = 3;

ConnectionBadge connectionBadgeFor(ConnectionState state);

// Translated badge texts, shared by the window and the headless table (from StateTable).
QString stateBadgeText(StateBadge badge);
QString connectionBadgeText(ConnectionBadge badge);

// The keys of the export format (docs/api.md): "upload" / "download". Never translated.
QString directionKey(ProgressDirection direction);

// "1.5 MiB", "512 B"; and "1.5 MiB/s".
QString formatBytes(double bytes);
QString formatRate(double bytesPerSecond);
// "45 s", "12 min", "3 h 5 min", "2 d 4 h": how long something has lasted.
QString formatDuration(qint64 seconds);

} // namespace syncscope::monitor
