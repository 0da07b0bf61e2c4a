#pragma once

#include <syncscope/protocol/messages.h>

#include <QByteArray>

#include <optional>

namespace syncscope::detail {

// How a pending changeset's operations are kept in the local file (a QDataStream blob; the
// wire encoding is the protocol codec's business).
QByteArray encodeOperations(const QList<protocol::Operation> &operations);
// nullopt for a blob that is damaged or was not written by encodeOperations().
std::optional<QList<protocol::Operation>> decodeOperations(const QByteArray &bytes);

} // namespace syncscope::detail
