#pragma once

#include <QByteArray>
#include <QString>

namespace syncscope::server {

// Bytes of a newly created secret.
inline constexpr qsizetype kGeneratedSecretBytes = 32;

// Returns the signing secret stored in `path` (the file's exact bytes). A missing file is
// created with kGeneratedSecretBytes random bytes and mode 0600 (*created is set then). On
// failure returns an empty array and a readable reason in *error.
QByteArray loadOrCreateSecret(const QString &path, QString *error, bool *created = nullptr);

} // namespace syncscope::server
