#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <chrono>

namespace syncscope::testsupport {

// A signed access token as syncscope-server's token subcommand would print it. A negative
// ttl gives an already expired token.
QString mintToken(const QByteArray &secret, const QString &userId, const QStringList &realms,
                  std::chrono::seconds ttl = std::chrono::hours(1));

} // namespace syncscope::testsupport
