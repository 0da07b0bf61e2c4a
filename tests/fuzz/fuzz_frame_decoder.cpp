// libFuzzer target: the frame decoder must never crash, hang, read out of bounds or allocate
// without bound on any input, in either direction, and whatever it accepts must survive an
// encode/decode round trip unchanged (so the server never stores something it cannot replay).

#include <syncscope/protocol/codec.h>

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace syncscope::protocol;

namespace {

void checkRoundTrip(const Frame &frame, Direction direction, const DecodeLimits &limits)
{
    const QByteArray again = encode(frame);
    const DecodeResult second = decode(again, direction, limits);
    if (!second.frame || !(*second.frame == frame)) {
        std::fprintf(stderr, "round trip changed an accepted frame: %s\n",
                     qPrintable(second.error));
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    // Tight limits reach the limit checks; defaults reach deep structures.
    DecodeLimits tight;
    tight.maxFrameBytes = 4096;
    tight.maxChangesetsPerMessage = 8;
    tight.maxOperationsPerChangeset = 8;
    tight.maxKeyBytes = 64;
    tight.maxValueBytes = 256;
    tight.maxRealmPathBytes = 64;
    tight.maxTokenBytes = 512;
    tight.maxErrorMessageBytes = 128;

    for (const DecodeLimits &limits : {DecodeLimits{}, tight}) {
        for (const Direction direction : {Direction::ClientToServer, Direction::ServerToClient}) {
            const DecodeResult result = decode(bytes, direction, limits);
            if (result.frame)
                checkRoundTrip(*result.frame, direction, limits);
            else if (result.error.isEmpty())
                std::abort(); // a rejection must always say why
        }
        QString error;
        if (const auto operations = decodeOperations(bytes, limits, &error)) {
            const QByteArray again = encodeOperations(*operations);
            if (again.size() != qsizetype(changesetSize(*operations)))
                std::abort(); // progress bytes must equal the wire bytes
            const auto second = decodeOperations(again, limits);
            if (!second || *second != *operations)
                std::abort();
        } else if (error.isEmpty()) {
            std::abort();
        }
    }
    return 0;
}
