#pragma once

#include <QString>

namespace syncscope::protocol {

inline constexpr qsizetype kMaxRealmPathBytes = 1024;

// A realm path is '/'-separated, starts with '/', has no empty, "." or ".." segments, and is
// at most kMaxRealmPathBytes of UTF-8 in Unicode normalization form C. Segments hold letters,
// marks and numbers of any script (categories L*, M*, N*; a mark never first) and
// "- _ . ~ @ + = ," only. docs/protocol.md, section 11, is the normative text.
// Returns an empty string when valid, else the reason.
QString realmPathError(QStringView path);
inline bool isValidRealmPath(QStringView path)
{
    return realmPathError(path).isEmpty();
}

} // namespace syncscope::protocol
