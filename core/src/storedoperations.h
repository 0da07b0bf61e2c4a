#pragma once

#include <syncscope/protocol/messages.h>

#include <QByteArray>

#include <optional>

namespace syncscope::detail {

// Local file format 2 keeps a pending changeset's operations in their wire form
// (protocol::encodeOperations()), so an UPLOAD carries the stored bytes as they are.
// Format 1 kept them as a QDataStream blob; this reads such a blob once, when the file is
// brought to format 2. nullopt for a blob that is damaged or was not written that way.
std::optional<QList<protocol::Operation>> decodeFormat1Operations(const QByteArray &bytes);

} // namespace syncscope::detail
