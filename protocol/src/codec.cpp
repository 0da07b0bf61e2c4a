#include <syncscope/protocol/codec.h>

#include <QCoreApplication>
#include <QStringDecoder>
#include <QtEndian>

// Every integer is little endian. Strings and byte arrays are a u32 byte count followed by the
// bytes (strings as UTF-8). docs/protocol.md describes each message; keep the two in step.

namespace syncscope::protocol {

namespace {

// Smallest possible encodings, used to reject counts that could never fit in the bytes left
// before anything is allocated for them.
constexpr qsizetype kMinOperationBytes = 1 + 4 + 4;             // kind, key size, value size
constexpr qsizetype kMinUploadChangesetBytes = 8 + 8 + 4;       // version, timestamp, op count
constexpr qsizetype kMinDownloadChangesetBytes = 8 + 8 + 8 + 4; // + origin file id

// The translation context of this file's messages; lupdate reads it from the macro too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(syncscope::protocol::Codec)
};

// An upper bound of the bytes an encoding takes (UTF-8 needs at most 3 bytes per UTF-16 code
// unit), so a frame is allocated once instead of growing while it is written.
qsizetype stringBound(const QString &text)
{
    return 4 + text.size() * 3;
}

qsizetype operationsBound(const QList<Operation> &operations)
{
    qsizetype bytes = 0;
    for (const Operation &op : operations)
        bytes += 1 + stringBound(op.key) + 4 + op.value.size();
    return bytes;
}

struct BodyBound
{
    qsizetype operator()(const BindMessage &m) const
    {
        return stringBound(m.realmPath) + stringBound(m.token) + 1;
    }
    qsizetype operator()(const UploadMessage &m) const
    {
        qsizetype bytes = 4;
        for (const UploadChangeset &c : m.changesets)
            bytes += 8 + 8 + 4 + operationsBound(c.operations);
        return bytes;
    }
    qsizetype operator()(const DownloadMessage &m) const
    {
        qsizetype bytes = 4 * 8 + 4;
        for (const DownloadChangeset &c : m.changesets)
            bytes += 8 + 8 + 8 + 4 + operationsBound(c.operations);
        return bytes;
    }
    qsizetype operator()(const ErrorMessage &m) const { return 2 + 1 + 1 + stringBound(m.message); }
    // The rest are at most two integers.
    template <typename Small> qsizetype operator()(const Small &) const { return 16; }
};

class FrameWriter
{
public:
    explicit FrameWriter(qsizetype expectedBytes, QByteArray spare = {})
        : m_bytes(std::move(spare))
    {
        // Emptied, not released: a buffer that is not shared keeps its capacity, and one that
        // is big enough needs no allocation (fresh pages cost a page fault each on first write).
        m_bytes.truncate(0);
        m_bytes.reserve(expectedBytes);
    }

    void u8(quint8 v) { m_bytes.append(char(v)); }
    void u16(quint16 v) { appendLittleEndian(v); }
    void u32(quint32 v) { appendLittleEndian(v); }
    void u64(quint64 v) { appendLittleEndian(v); }
    void i64(qint64 v) { appendLittleEndian(v); }
    void bytes(QByteArrayView v)
    {
        u32(quint32(v.size()));
        m_bytes.append(v.data(), v.size());
    }
    void string(const QString &v) { bytes(v.toUtf8()); }
    void operations(const QList<Operation> &ops)
    {
        for (const Operation &op : ops) {
            u8(quint8(op.kind));
            string(op.key);
            bytes(op.kind == Operation::Kind::Remove ? QByteArrayView() : QByteArrayView(op.value));
        }
    }

    void raw(QByteArrayView v) { m_bytes.append(v.data(), v.size()); }
    QByteArray take() { return std::move(m_bytes); }

private:
    template <typename T> void appendLittleEndian(T v)
    {
        char buffer[sizeof(T)];
        qToLittleEndian(v, buffer);
        m_bytes.append(buffer, sizeof(T));
    }

    QByteArray m_bytes;
};

// A value that shares `whole`'s allocation: `part` must lie inside `whole`. The reference it
// holds keeps the allocation alive; Qt copies the bytes when the value is written to, as for
// any shared QByteArray. Raw data (no allocation) is copied.
QByteArray sharedSlice(const QByteArray &whole, QByteArrayView part)
{
    QByteArray::DataPointer &owner = const_cast<QByteArray &>(whole).data_ptr();
    if (!owner.d_ptr() || part.isEmpty())
        return part.toByteArray();
    QByteArray::DataPointer slice(owner.d_ptr(), const_cast<char *>(part.data()), part.size());
    slice.ref(); // the slice's own reference, released when it goes
    return QByteArray(std::move(slice));
}

// Reads from a byte view and never past its end. After the first failure every read fails,
// so a decoder may check once per logical step.
class FrameReader
{
public:
    FrameReader(QByteArrayView bytes, const DecodeLimits &limits)
        : m_bytes(bytes)
        , m_limits(limits)
    {}
    // A reader whose values share `whole`'s memory (sharedSlice()) instead of being copied.
    static FrameReader sharing(const QByteArray &whole, const DecodeLimits &limits)
    {
        FrameReader reader = keeping(whole, limits);
        reader.m_valuesShare = true;
        return reader;
    }
    // A reader that copies values but can hand out slices of `whole` itself (wholeSlice()).
    static FrameReader keeping(const QByteArray &whole, const DecodeLimits &limits)
    {
        FrameReader reader(whole, limits);
        reader.m_whole = &whole;
        return reader;
    }

    qsizetype position() const { return m_pos; }
    // Bytes [from, to) of the frame, sharing its allocation; a null array for a reader of a
    // plain view, which has no allocation to share.
    QByteArray wholeSlice(qsizetype from, qsizetype to) const
    {
        if (!m_whole || failed())
            return {};
        return sharedSlice(*m_whole, m_bytes.sliced(from, to - from));
    }

    qsizetype remaining() const { return m_bytes.size() - m_pos; }
    bool failed() const { return !m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    bool fail(const QString &why)
    {
        if (m_error.isEmpty())
            m_error = why;
        return false;
    }

    bool u8(quint8 &out) { return fixed(out); }
    bool u16(quint16 &out) { return fixed(out); }
    bool u32(quint32 &out) { return fixed(out); }
    bool u64(quint64 &out) { return fixed(out); }
    bool i64(qint64 &out) { return fixed(out); }

    bool boolean(bool &out, const char *what)
    {
        quint8 raw = 0;
        if (!u8(raw))
            return false;
        if (raw > 1)
            return fail(
                Text::tr("%1 must be 0 or 1, not %2").arg(QLatin1StringView(what)).arg(raw));
        out = raw == 1;
        return true;
    }

    bool bytes(QByteArray &out, qsizetype maxBytes, const char *what)
    {
        QByteArrayView view;
        if (!bytesView(view, maxBytes, what))
            return false;
        out = m_valuesShare ? sharedSlice(*m_whole, view) : view.toByteArray();
        return true;
    }

    bool string(QString &out, qsizetype maxBytes, const char *what)
    {
        QByteArrayView view;
        if (!bytesView(view, maxBytes, what))
            return false;
        // Keep a leading BOM as text and refuse invalid UTF-8 instead of replacing it, so a
        // decoded string always encodes back to the same bytes.
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless |
                                                         QStringDecoder::Flag::ConvertInitialBom);
        out = decoder.decode(view);
        if (decoder.hasError())
            return fail(Text::tr("%1 is not valid UTF-8").arg(QLatin1StringView(what)));
        return true;
    }

    // Reads a u32 element count and checks it against the limit and against the bytes left,
    // given the smallest size one element can have.
    bool count(quint32 &out, qsizetype maxCount, qsizetype minElementBytes, const char *what)
    {
        if (!u32(out))
            return false;
        if (qsizetype(out) > maxCount)
            return fail(Text::tr("%1 count %2 exceeds the limit of %3")
                            .arg(QLatin1StringView(what))
                            .arg(out)
                            .arg(maxCount));
        if (qsizetype(out) > remaining() / minElementBytes)
            return fail(Text::tr("%1 count %2 does not fit in the %3 bytes left")
                            .arg(QLatin1StringView(what))
                            .arg(out)
                            .arg(remaining()));
        return true;
    }

    bool operation(Operation &out)
    {
        quint8 kind = 0;
        if (!u8(kind))
            return false;
        if (kind != quint8(Operation::Kind::Set) && kind != quint8(Operation::Kind::Remove))
            return fail(Text::tr("unknown operation kind %1").arg(kind));
        out.kind = Operation::Kind(kind);
        if (!string(out.key, m_limits.maxKeyBytes, "key") ||
            !bytes(out.value, m_limits.maxValueBytes, "value"))
            return false;
        if (out.kind == Operation::Kind::Remove && !out.value.isEmpty())
            return fail(Text::tr("a remove operation carries a value"));
        return true;
    }

    // What operation() checks, without copying the value.
    bool skipOperation()
    {
        quint8 kind = 0;
        if (!u8(kind))
            return false;
        if (kind != quint8(Operation::Kind::Set) && kind != quint8(Operation::Kind::Remove))
            return fail(Text::tr("unknown operation kind %1").arg(kind));
        QString key;
        QByteArrayView value;
        if (!string(key, m_limits.maxKeyBytes, "key") ||
            !bytesView(value, m_limits.maxValueBytes, "value"))
            return false;
        if (Operation::Kind(kind) == Operation::Kind::Remove && !value.isEmpty())
            return fail(Text::tr("a remove operation carries a value"));
        return true;
    }

    bool operations(QList<Operation> &out)
    {
        quint32 n = 0;
        if (!count(n, m_limits.maxOperationsPerChangeset, kMinOperationBytes, "operation"))
            return false;
        out.reserve(n);
        for (quint32 i = 0; i < n; ++i) {
            Operation op;
            if (!operation(op))
                return false;
            out.append(std::move(op));
        }
        return true;
    }

private:
    template <typename T> bool fixed(T &out)
    {
        if (failed())
            return false;
        if (remaining() < qsizetype(sizeof(T)))
            return fail(Text::tr("frame ends inside a field (offset %1, %2 bytes needed, %3 left)")
                            .arg(m_pos)
                            .arg(sizeof(T))
                            .arg(remaining()));
        out = qFromLittleEndian<T>(m_bytes.data() + m_pos);
        m_pos += sizeof(T);
        return true;
    }

    bool bytesView(QByteArrayView &out, qsizetype maxBytes, const char *what)
    {
        quint32 size = 0;
        if (!u32(size))
            return false;
        if (qsizetype(size) > maxBytes)
            return fail(Text::tr("%1 of %2 bytes exceeds the limit of %3")
                            .arg(QLatin1StringView(what))
                            .arg(size)
                            .arg(maxBytes));
        if (qsizetype(size) > remaining())
            return fail(Text::tr("%1 of %2 bytes runs past the end of the frame")
                            .arg(QLatin1StringView(what))
                            .arg(size));
        out = m_bytes.sliced(m_pos, size);
        m_pos += size;
        return true;
    }

    QByteArrayView m_bytes;
    const DecodeLimits &m_limits;
    const QByteArray *m_whole = nullptr; // the array m_bytes views, when slices may share it
    bool m_valuesShare = false;          // values too are slices of *m_whole (sharing())
    qsizetype m_pos = 0;
    QString m_error;
};

struct BodyEncoder
{
    FrameWriter &w;

    void operator()(const BindMessage &m)
    {
        w.string(m.realmPath);
        w.string(m.token);
        w.u8(m.needClientFileId ? 1 : 0);
    }
    void operator()(const ServerIdentMessage &m) { w.u64(m.clientFileId); }
    void operator()(const ClientIdentMessage &m)
    {
        w.u64(m.clientFileId);
        w.u64(m.downloadCursor);
    }
    void operator()(const UploadMessage &m)
    {
        w.u32(quint32(m.changesets.size()));
        for (const UploadChangeset &c : m.changesets) {
            w.u64(c.clientVersion);
            w.i64(c.originTimestamp);
            w.u32(quint32(c.operations.size()));
            w.operations(c.operations);
        }
    }
    void operator()(const DownloadMessage &m)
    {
        w.u64(m.downloadCursor);
        w.u64(m.latestServerVersion);
        w.u64(m.uploadAckClientVersion);
        w.u64(m.downloadableBytes);
        w.u32(quint32(m.changesets.size()));
        for (const DownloadChangeset &c : m.changesets) {
            w.u64(c.serverVersion);
            w.u64(c.originFileId);
            w.i64(c.originTimestamp);
            w.u32(quint32(c.operations.size()));
            w.operations(c.operations);
        }
    }
    void operator()(const MarkMessage &m) { w.u64(m.requestId); }
    void operator()(const UnbindMessage &) {}
    void operator()(const UnboundMessage &) {}
    void operator()(const PingMessage &m) { w.i64(m.timestamp); }
    void operator()(const PongMessage &m) { w.i64(m.timestamp); }
    void operator()(const ErrorMessage &m)
    {
        w.u16(m.code);
        w.u8(m.tryAgain ? 1 : 0);
        w.u8(m.connectionLevel ? 1 : 0);
        w.string(m.message);
    }
};

std::optional<Message> decodeBody(MessageType type, FrameReader &r, const DecodeLimits &limits)
{
    switch (type) {
    case MessageType::Bind: {
        BindMessage m;
        if (!r.string(m.realmPath, limits.maxRealmPathBytes, "realm path") ||
            !r.string(m.token, limits.maxTokenBytes, "token") ||
            !r.boolean(m.needClientFileId, "need client file id"))
            return std::nullopt;
        return m;
    }
    case MessageType::ServerIdent: {
        ServerIdentMessage m;
        if (!r.u64(m.clientFileId))
            return std::nullopt;
        return m;
    }
    case MessageType::ClientIdent: {
        ClientIdentMessage m;
        if (!r.u64(m.clientFileId) || !r.u64(m.downloadCursor))
            return std::nullopt;
        return m;
    }
    case MessageType::Upload: {
        UploadMessage m;
        quint32 n = 0;
        if (!r.count(n, limits.maxChangesetsPerMessage, kMinUploadChangesetBytes, "changeset"))
            return std::nullopt;
        m.changesets.reserve(n);
        for (quint32 i = 0; i < n; ++i) {
            UploadChangeset c;
            if (!r.u64(c.clientVersion) || !r.i64(c.originTimestamp))
                return std::nullopt;
            const qsizetype countAt = r.position();
            if (!r.operations(c.operations))
                return std::nullopt;
            // The operations' own bytes, behind their count: what encodeOperations() writes,
            // since every field decodes to a value that encodes back to the same bytes.
            c.encodedOperations = r.wholeSlice(countAt + 4, r.position());
            m.changesets.append(std::move(c));
        }
        return m;
    }
    case MessageType::Download: {
        DownloadMessage m;
        if (!r.u64(m.downloadCursor) || !r.u64(m.latestServerVersion) ||
            !r.u64(m.uploadAckClientVersion) || !r.u64(m.downloadableBytes))
            return std::nullopt;
        quint32 n = 0;
        if (!r.count(n, limits.maxChangesetsPerMessage, kMinDownloadChangesetBytes, "changeset"))
            return std::nullopt;
        m.changesets.reserve(n);
        for (quint32 i = 0; i < n; ++i) {
            DownloadChangeset c;
            if (!r.u64(c.serverVersion) || !r.u64(c.originFileId) || !r.i64(c.originTimestamp) ||
                !r.operations(c.operations))
                return std::nullopt;
            m.changesets.append(std::move(c));
        }
        return m;
    }
    case MessageType::Mark: {
        MarkMessage m;
        if (!r.u64(m.requestId))
            return std::nullopt;
        return m;
    }
    case MessageType::Unbind:
        return UnbindMessage{};
    case MessageType::Unbound:
        return UnboundMessage{};
    case MessageType::Ping: {
        PingMessage m;
        if (!r.i64(m.timestamp))
            return std::nullopt;
        return m;
    }
    case MessageType::Pong: {
        PongMessage m;
        if (!r.i64(m.timestamp))
            return std::nullopt;
        return m;
    }
    case MessageType::Error: {
        ErrorMessage m;
        if (!r.u16(m.code) || !r.boolean(m.tryAgain, "try again") ||
            !r.boolean(m.connectionLevel, "connection level") ||
            !r.string(m.message, limits.maxErrorMessageBytes, "error message"))
            return std::nullopt;
        return m;
    }
    }
    r.fail(Text::tr("unknown message type"));
    return std::nullopt;
}

bool isKnownType(quint8 type)
{
    return type >= quint8(MessageType::Bind) && type <= quint8(MessageType::Error);
}

// PING/PONG and connection-level errors belong to the connection (session id 0); everything
// else belongs to a session and needs a non-zero id.
QString sessionIdError(const Message &message, quint32 sessionId)
{
    const MessageType type = messageType(message);
    bool wantsZero = type == MessageType::Ping || type == MessageType::Pong;
    if (const auto *error = std::get_if<ErrorMessage>(&message))
        wantsZero = error->connectionLevel;
    if (wantsZero && sessionId != 0)
        return Text::tr("this message belongs to the connection and needs session id 0, not %1")
            .arg(sessionId);
    if (!wantsZero && sessionId == 0)
        return Text::tr("this message belongs to a session and needs a non-zero session id");
    return {};
}

} // namespace

quint64 changesetSize(const QList<Operation> &operations)
{
    quint64 size = 0;
    for (const Operation &op : operations) {
        size += 1 + 4 + quint64(op.key.toUtf8().size()) + 4;
        if (op.kind == Operation::Kind::Set)
            size += quint64(op.value.size());
    }
    return size;
}

MessageType messageType(const Message &message)
{
    // The variant's alternatives are listed in MessageType order, starting at 1.
    static_assert(std::variant_size_v<Message> == std::size_t(MessageType::Error));
    return MessageType(quint8(message.index() + 1));
}

bool mayTravel(MessageType type, Direction direction)
{
    switch (type) {
    case MessageType::Bind:
    case MessageType::ClientIdent:
    case MessageType::Upload:
    case MessageType::Unbind:
    case MessageType::Ping:
        return direction == Direction::ClientToServer;
    case MessageType::ServerIdent:
    case MessageType::Download:
    case MessageType::Unbound:
    case MessageType::Pong:
    case MessageType::Error:
        return direction == Direction::ServerToClient;
    case MessageType::Mark:
        return true;
    }
    return false;
}

QByteArray encode(const Frame &frame)
{
    FrameWriter writer(kHeaderSize + std::visit(BodyBound{}, frame.message));
    writer.u8(quint8(messageType(frame.message)));
    writer.u8(0);  // flags
    writer.u16(0); // reserved
    writer.u32(frame.sessionId);
    std::visit(BodyEncoder{writer}, frame.message);
    return writer.take();
}

namespace {

DecodeResult decodeFrame(FrameReader &reader, qsizetype frameBytes, Direction direction,
                         const DecodeLimits &limits)
{
    DecodeResult result;
    if (frameBytes > limits.maxFrameBytes) {
        result.error = Text::tr("frame of %1 bytes exceeds the limit of %2 bytes")
                           .arg(frameBytes)
                           .arg(limits.maxFrameBytes);
        return result;
    }
    quint8 type = 0;
    quint8 flags = 0;
    quint16 reserved = 0;
    quint32 sessionId = 0;
    if (!reader.u8(type) || !reader.u8(flags) || !reader.u16(reserved) || !reader.u32(sessionId)) {
        result.error = Text::tr("frame of %1 bytes is shorter than the %2-byte header")
                           .arg(frameBytes)
                           .arg(kHeaderSize);
        return result;
    }
    if (!isKnownType(type)) {
        result.error = Text::tr("unknown message type %1").arg(type);
        return result;
    }
    if (flags != 0 || reserved != 0) {
        result.error = Text::tr("header flags and reserved bytes must be zero");
        return result;
    }
    if (!mayTravel(MessageType(type), direction)) {
        result.error = direction == Direction::ClientToServer
                           ? Text::tr("message type %1 may not be sent by a client").arg(type)
                           : Text::tr("message type %1 may not be sent by a server").arg(type);
        return result;
    }
    std::optional<Message> message = decodeBody(MessageType(type), reader, limits);
    if (!message) {
        result.error = reader.error();
        return result;
    }
    if (reader.remaining() != 0) {
        result.error = Text::tr("%1 unexpected bytes after the message").arg(reader.remaining());
        return result;
    }
    if (QString why = sessionIdError(*message, sessionId); !why.isEmpty()) {
        result.error = why;
        return result;
    }
    result.frame = Frame{sessionId, std::move(*message)};
    return result;
}

} // namespace

DecodeResult decode(QByteArrayView bytes, Direction direction, const DecodeLimits &limits)
{
    FrameReader reader(bytes, limits);
    return decodeFrame(reader, bytes.size(), direction, limits);
}

DecodeResult decodeSharingValues(const QByteArray &frame, Direction direction,
                                 const DecodeLimits &limits)
{
    FrameReader reader = FrameReader::sharing(frame, limits);
    return decodeFrame(reader, frame.size(), direction, limits);
}

DecodeResult decodeKeepingOperationBytes(const QByteArray &frame, Direction direction,
                                         const DecodeLimits &limits)
{
    FrameReader reader = FrameReader::keeping(frame, limits);
    return decodeFrame(reader, frame.size(), direction, limits);
}

QByteArray encodedOperations(const UploadChangeset &changeset)
{
    return changeset.encodedOperations.isNull() ? encodeOperations(changeset.operations)
                                                : changeset.encodedOperations;
}

QByteArray encodeOperations(const QList<Operation> &operations)
{
    FrameWriter writer(operationsBound(operations));
    writer.operations(operations);
    return writer.take();
}

std::optional<quint32> countOperations(QByteArrayView bytes, const DecodeLimits &limits,
                                       QString *error)
{
    FrameReader reader(bytes, limits);
    quint32 count = 0;
    while (reader.remaining() > 0) {
        if (count >= limits.maxOperationsPerChangeset) {
            reader.fail(Text::tr("more than %1 operations").arg(limits.maxOperationsPerChangeset));
            break;
        }
        if (!reader.skipOperation())
            break;
        ++count;
    }
    if (reader.failed()) {
        if (error)
            *error = reader.error();
        return std::nullopt;
    }
    return count;
}

QByteArray encodeUpload(quint32 sessionId, const QList<EncodedUploadChangeset> &changesets)
{
    qsizetype size = kHeaderSize + 4;
    for (const EncodedUploadChangeset &c : changesets)
        size += 8 + 8 + 4 + c.operations.size();
    FrameWriter writer(size);
    writer.u8(quint8(MessageType::Upload));
    writer.u8(0);  // flags
    writer.u16(0); // reserved
    writer.u32(sessionId);
    writer.u32(quint32(changesets.size()));
    for (const EncodedUploadChangeset &c : changesets) {
        writer.u64(c.clientVersion);
        writer.i64(c.originTimestamp);
        writer.u32(c.operationCount);
        writer.raw(c.operations);
    }
    return writer.take();
}

namespace {
// An UPLOAD changeset's fields before its operations: client version, origin timestamp,
// operation count.
constexpr qsizetype kUploadChangesetHeaderBytes = 8 + 8 + 4;
constexpr qsizetype kUploadCountOffset = kHeaderSize; // the u32 changeset count
} // namespace

UploadFrameBuilder::UploadFrameBuilder(quint32 sessionId, qsizetype changesets,
                                       qsizetype operationBytes, QByteArray spare)
{
    FrameWriter writer(kHeaderSize + 4 + changesets * kUploadChangesetHeaderBytes + operationBytes,
                       std::move(spare));
    writer.u8(quint8(MessageType::Upload));
    writer.u8(0);  // flags
    writer.u16(0); // reserved
    writer.u32(sessionId);
    writer.u32(0); // the changeset count, written by take()
    m_frame = writer.take();
}

char *UploadFrameBuilder::append(quint64 clientVersion, qint64 originTimestamp, qsizetype size)
{
    if (m_lastStart >= 0)
        dropLast(); // never kept
    m_lastStart = m_frame.size();
    m_frame.resize(m_lastStart + kUploadChangesetHeaderBytes + size);
    char *header = m_frame.data() + m_lastStart;
    qToLittleEndian(clientVersion, header);
    qToLittleEndian(originTimestamp, header + 8);
    qToLittleEndian(quint32(0), header + 16);
    return header + kUploadChangesetHeaderBytes;
}

bool UploadFrameBuilder::keepLast()
{
    if (m_lastStart < 0)
        return false;
    const qsizetype operationsStart = m_lastStart + kUploadChangesetHeaderBytes;
    const std::optional<quint32> operations = countOperations(
        QByteArrayView(m_frame).sliced(operationsStart, m_frame.size() - operationsStart));
    if (!operations) {
        dropLast();
        return false;
    }
    qToLittleEndian(*operations, m_frame.data() + m_lastStart + 16);
    m_lastStart = -1;
    ++m_count;
    return true;
}

void UploadFrameBuilder::dropLast()
{
    if (m_lastStart < 0)
        return;
    m_frame.truncate(m_lastStart);
    m_lastStart = -1;
}

QByteArray UploadFrameBuilder::take()
{
    dropLast();
    qToLittleEndian(quint32(m_count), m_frame.data() + kUploadCountOffset);
    return std::move(m_frame);
}

namespace {

std::optional<QList<Operation>> readOperations(FrameReader &reader, const DecodeLimits &limits,
                                               QString *error)
{
    QList<Operation> operations;
    while (reader.remaining() > 0) {
        if (operations.size() >= limits.maxOperationsPerChangeset) {
            reader.fail(Text::tr("more than %1 operations").arg(limits.maxOperationsPerChangeset));
            break;
        }
        Operation op;
        if (!reader.operation(op))
            break;
        operations.append(std::move(op));
    }
    if (reader.failed()) {
        if (error)
            *error = reader.error();
        return std::nullopt;
    }
    return operations;
}

} // namespace

std::optional<QList<Operation>> decodeOperations(QByteArrayView bytes, const DecodeLimits &limits,
                                                 QString *error)
{
    FrameReader reader(bytes, limits);
    return readOperations(reader, limits, error);
}

std::optional<QList<Operation>>
decodeOperationsSharingValues(const QByteArray &bytes, const DecodeLimits &limits, QString *error)
{
    FrameReader reader = FrameReader::sharing(bytes, limits);
    return readOperations(reader, limits, error);
}

} // namespace syncscope::protocol
