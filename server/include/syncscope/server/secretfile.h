#pragma once

#include <QByteArray>
#include <QString>

namespace syncscope::server {

// Bytes of a newly created secret.
inline constexpr qsizetype kGeneratedSecretBytes = 32;
// A shorter secret is refused: HS256 keys below the hash size are guessable offline.
inline constexpr qsizetype kMinSecretBytes = 32;

// Returns the signing secret stored in `path` (the file's exact bytes). A missing file is
// created with kGeneratedSecretBytes random bytes and mode 0600 (*created is set then). A file
// that group or others may access (after following symlinks), or one shorter than
// kMinSecretBytes, is refused. On failure returns an empty array and a readable reason in
// *error.
QByteArray loadOrCreateSecret(const QString &path, QString *error, bool *created = nullptr);

} // namespace syncscope::server
