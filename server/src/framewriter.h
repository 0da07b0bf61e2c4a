#pragma once

#include <QByteArrayView>

class QIODevice;

namespace syncscope::server {

// Writes `payload` to `device` as one whole, unmasked binary frame (RFC 6455, section 5.2: a
// server never masks). It is the frame QWebSocket::sendBinaryMessage() writes for a message
// under its outgoing frame size, without its per-message work: the server sends thousands of
// small acknowledgements a second. Returns the payload bytes written, or -1 on an error.
qint64 writeBinaryFrame(QIODevice &device, QByteArrayView payload);

} // namespace syncscope::server
