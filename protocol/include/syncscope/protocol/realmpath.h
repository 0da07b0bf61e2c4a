#pragma once

#include <QString>

namespace syncscope::protocol {

inline constexpr qsizetype kMaxRealmPathBytes = 1024;

// A realm path is '/'-separated, starts with '/', has no empty, "." or ".." segments, no
// control characters, no percent-encoding, and at most kMaxRealmPathBytes of UTF-8.
// Returns an empty string when valid, else the reason.
QString realmPathError(QStringView path);
inline bool isValidRealmPath(QStringView path)
{
    return realmPathError(path).isEmpty();
}

} // namespace syncscope::protocol
