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
// The same checks and result, but each operation's value shares `frame`'s memory instead of
// being copied out of it: a value is a reference to its bytes inside the frame that keeps the
// frame's allocation alive (and copies itself only when written to). For a receiver that hands
// the values on and drops them, as the client stores a DOWNLOAD: a 256 KiB frame is then not
// copied a second time, value by value. A frame of raw data (QByteArray::fromRawData) owns no
// allocation to share, so its values are copied as decode() does.
DecodeResult decodeSharingValues(const QByteArray &frame, Direction direction,
                                 const DecodeLimits &limits = {});

// The same checks and result as decode(); in addition each UPLOAD changeset keeps its
// operations' bytes (UploadChangeset::encodedOperations) as a reference into `frame`'s
// allocation, for a receiver that stores them in their wire form (the server) instead of
// encoding them again. The reference keeps the frame alive as long as the changeset.
DecodeResult decodeKeepingOperationBytes(const QByteArray &frame, Direction direction,
                                         const DecodeLimits &limits = {});

// The operations of one changeset in their wire form (the concatenated operation encodings,
// without a count). Its size is changesetSize(); the server stores changesets this way.
QByteArray encodeOperations(const QList<Operation> &operations);
// encodeOperations() of the changeset's operations: the bytes it was decoded from where it
// kept them, else encoded now.
QByteArray encodedOperations(const UploadChangeset &changeset);
// Decodes what encodeOperations() wrote; nullopt and *error on any malformed byte.
std::optional<QList<Operation>>
decodeOperations(QByteArrayView bytes, const DecodeLimits &limits = {}, QString *error = nullptr);
// decodeOperations() whose values share `bytes`' memory, as decodeSharingValues() does.
std::optional<QList<Operation>> decodeOperationsSharingValues(const QByteArray &bytes,
                                                              const DecodeLimits &limits = {},
                                                              QString *error = nullptr);

// Counts the operations of a changeset in their wire form (what encodeOperations() wrote) and
// checks every field as decodeOperations() does, without copying any of it; nullopt and *error
// on any malformed byte.
std::optional<quint32> countOperations(QByteArrayView bytes, const DecodeLimits &limits = {},
                                       QString *error = nullptr);

// An UPLOAD changeset whose operations are already in their wire form, as a client stores
// them: encodeUpload() copies them into the frame as they are instead of decoding and encoding
// every key and value again.
struct EncodedUploadChangeset
{
    quint64 clientVersion = 0;
    qint64 originTimestamp = 0;
    quint32 operationCount = 0; // countOperations(operations)
    QByteArray operations;      // encodeOperations() of the changeset's operations
};

// The same bytes as encode(Frame{sessionId, UploadMessage{...}}) of the decoded changesets,
// written into one buffer sized before the first byte.
QByteArray encodeUpload(quint32 sessionId, const QList<EncodedUploadChangeset> &changesets);

// An UPLOAD frame written in place: each changeset's operations (in their wire form) are put
// straight into the frame where they are read from, e.g. a local file, with no buffer of their
// own. take() gives the same bytes as encodeUpload() of the changesets kept.
class UploadFrameBuilder
{
public:
    // `changesets` and `operationBytes`: how many changesets are to come and their operation
    // bytes together (the frame is allocated once). The frame is built in `spare` if it is
    // large enough and not shared: the buffer of the previous frame, handed back once sent.
    UploadFrameBuilder(quint32 sessionId, qsizetype changesets, qsizetype operationBytes,
                       QByteArray spare = {});
    // Appends a changeset whose `size` operation bytes are to be written at the address
    // returned, before the next call.
    char *append(quint64 clientVersion, qint64 originTimestamp, qsizetype size);
    // Counts the operations written for the changeset appended last (countOperations()) and
    // keeps it; a changeset whose bytes do not decode is taken out again (false).
    bool keepLast();
    // Takes the changeset appended last out again.
    void dropLast();
    qsizetype count() const { return m_count; }
    QByteArray take();

private:
    QByteArray m_frame;
    qsizetype m_count = 0;
    qsizetype m_lastStart = -1; // where the changeset appended last begins (-1: none pending)
};

// Which way a message type may travel. MARK travels both ways.
bool mayTravel(MessageType type, Direction direction);

} // namespace syncscope::protocol
