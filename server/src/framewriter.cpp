#include "framewriter.h"

#include <QIODevice>

#include <array>

namespace syncscope::server {

qint64 writeBinaryFrame(QIODevice &device, QByteArrayView payload)
{
    // FIN and the binary opcode, then the length in its shortest form, big-endian.
    std::array<char, 10> header{};
    header[0] = char(0x82);
    qsizetype headerSize = 2;
    const quint64 length = quint64(payload.size());
    if (length < 126) {
        header[1] = char(length);
    } else if (length <= 0xffff) {
        header[1] = char(126);
        header[2] = char(length >> 8);
        header[3] = char(length);
        headerSize = 4;
    } else {
        header[1] = char(127);
        for (int i = 0; i < 8; ++i)
            header[size_t(2 + i)] = char(length >> (8 * (7 - i)));
        headerSize = 10;
    }
    if (device.write(header.data(), headerSize) != headerSize)
        return -1;
    return device.write(payload.data(), payload.size());
}

} // namespace syncscope::server
