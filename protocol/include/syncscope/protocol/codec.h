#pragma once

#include <syncscope/protocol/messages.h>

#include <optional>

namespace syncscope::protocol {

// Bounds every decoder checks before it allocates or reads. Defaults suit both peers; the
// server lowers or raises them from its command line.
struct DecodeLimits
{
    qsizetype maxFrameBytes = 16 * 1024 * 1024;
    qsizetype maxChangesetsPerMessage = 100'000;
    qsizetype maxOperationsPerChangeset = 100'000;
    qsizetype maxKeyBytes = 4 * 1024;
    qsizetype maxValueBytes = 8 * 1024 * 1024;
    qsizetype maxRealmPathBytes = 1024;
    qsizetype maxTokenBytes = 16 * 1024;
    qsizetype maxErrorMessageBytes = 64 * 1024;
};

struct DecodeResult
{
    std::optional<Frame> frame; // set on success
    QString error;              // why decoding failed, for logs and the protocol-violation error
};

QByteArray encode(const Frame &frame);
DecodeResult decode(QByteArrayView bytes, Direction direction, const DecodeLimits &limits = {});

} // namespace syncscope::protocol
