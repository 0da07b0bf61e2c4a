#include "framemaskguard.h"

#include <QTcpSocket>

#include <cstring>

namespace syncscope::server {

namespace {

// RFC 6455, section 5.3: byte i of the payload is XORed with byte i % 4 of the key; eight
// bytes at a time, with the key repeated twice.
void unmask(char *data, qsizetype size, const quint8 *key)
{
    std::array<char, 8> word{};
    for (size_t i = 0; i < word.size(); ++i)
        word[i] = char(key[i % 4]);
    quint64 key64 = 0;
    std::memcpy(&key64, word.data(), sizeof key64);
    qsizetype at = 0;
    for (; at + 8 <= size; at += 8) {
        quint64 chunk = 0;
        std::memcpy(&chunk, data + at, sizeof chunk);
        chunk ^= key64;
        std::memcpy(data + at, &chunk, sizeof chunk);
    }
    for (; at < size; ++at)
        data[at] = char(data[at] ^ char(key[at % 4]));
}

// RFC 6455, section 5.2: how many bytes of extended length follow the second byte (0, 2 or 8).
int lengthBytesOf(quint8 secondByte)
{
    const int lengthCode = secondByte & 0x7f;
    return lengthCode == 126 ? 2 : lengthCode == 127 ? 8 : 0;
}

// The payload length of a header whose extended length bytes are all there.
quint64 payloadLengthOf(const quint8 *header)
{
    const int lengthBytes = lengthBytesOf(header[1]);
    if (lengthBytes == 0)
        return header[1] & 0x7f;
    quint64 length = 0;
    for (int i = 0; i < lengthBytes; ++i)
        length = (length << 8) | header[2 + i];
    return length;
}

} // namespace

FrameMaskGuard *FrameMaskGuard::attach(QTcpSocket *socket, qint64 requestBytes)
{
    return new FrameMaskGuard(socket, requestBytes);
}

FrameMaskGuard *FrameMaskGuard::of(QTcpSocket *socket)
{
    return socket ? socket->findChild<FrameMaskGuard *>(QString(), Qt::FindDirectChildrenOnly)
                  : nullptr;
}

FrameMaskGuard::FrameMaskGuard(QTcpSocket *socket, qint64 requestBytes)
    : QObject(socket)
    , m_socket(socket)
    , m_requestBytes(requestBytes)
    , m_payloadLeft(quint64(std::max<qint64>(0, requestBytes)))
{
    connect(socket, &QIODevice::readyRead, this, &FrameMaskGuard::beforeQtReads);
    // Frames sent right behind the upgrade request may be buffered already.
    beforeQtReads();
}

void FrameMaskGuard::start()
{
    if (!m_socket || m_state == State::Checking)
        return;
    if (m_state == State::Done) {
        // Broken before the server saw the connection: an unmasked frame is for the caller to
        // ask about (sawUnmaskedFrame()), a lost track is reported now that someone listens.
        if (!m_sawUnmaskedFrame)
            Q_EMIT lostTrack();
        return;
    }
    // Qt consumed the request and maybe frames behind it. Every byte reaches the buffer with a
    // readyRead whose first slot is ours, so what is still buffered has been parsed: at least
    // the request is gone, or bytes came in that the guard never saw.
    const qint64 available = m_socket->bytesAvailable();
    if (available > m_seenBuffered - m_requestBytes) {
        m_state = State::Done;
        Q_EMIT lostTrack();
        return;
    }
    m_seenBuffered = available;
    m_state = State::Checking;
    connect(m_socket, &QIODevice::readyRead, this, &FrameMaskGuard::afterQtRead);
}

void FrameMaskGuard::beforeQtReads()
{
    if (m_state == State::Done || !m_socket)
        return;
    qint64 available = m_socket->bytesAvailable();
    if (available < m_seenBuffered) {
        // Qt read outside its readyRead handler: the guard no longer knows where frames start.
        stop(false);
        return;
    }
    if (m_deliver && available > 0 && qtWaitsAtAFrameBoundary()) {
        takeWholeMessages();
        if (!m_socket || m_state != State::Checking)
            return;
        available = m_socket->bytesAvailable();
    }
    if (available > m_seenBuffered && !parseNewBytes(available))
        stop(true);
}

void FrameMaskGuard::takeMessages(quint64 maxBytes, MessageSink deliver)
{
    m_takeLimit = maxBytes;
    m_deliver = std::move(deliver);
}

bool FrameMaskGuard::qtWaitsAtAFrameBoundary() const
{
    // Qt's reader consumes a frame's header as soon as it is complete and then waits for the
    // payload in the buffer. So only when the buffer held nothing before this read and the
    // guard's own parse ended between frames has Qt consumed exactly the frames before the
    // buffer's front, and expects a header there.
    return m_state == State::Checking && m_seenBuffered == 0 && m_headerBytes == 0 &&
           m_payloadLeft == 0 && !m_inFragmentedMessage && !m_qtEndsTheStream;
}

void FrameMaskGuard::takeWholeMessages()
{
    std::array<quint8, 14> header{};
    while (m_socket && m_state == State::Checking && m_deliver) {
        const qint64 headerRead =
            m_socket->peek(reinterpret_cast<char *>(header.data()), qint64(header.size()));
        if (headerRead < 2)
            return;
        const bool lastOfMessage = (header[0] & 0x80) != 0;
        const bool reservedBits = (header[0] & 0x70) != 0;
        const int opcode = header[0] & 0x0f;
        const bool masked = (header[1] & 0x80) != 0;
        // Anything else (and an unmasked frame above all) is parsed and reported as before.
        if (!lastOfMessage || opcode != 0x2 || !masked)
            return;
        if (reservedBits) {
            m_qtEndsTheStream = true; // Qt refuses it with 1002
            return;
        }
        const int lengthBytes = lengthBytesOf(header[1]);
        const qint64 headerSize = 2 + lengthBytes + 4;
        if (headerRead < headerSize)
            return;
        const quint64 length = payloadLengthOf(header.data());
        if (lengthBytes > 0) {
            // Section 5.2: the shortest form only, and a 64-bit length has its top bit clear.
            // Qt refuses the others; they are left to it.
            const quint64 shortest = lengthBytes == 2 ? 126 : 0x10000;
            if (length < shortest || (length >> 63) != 0) {
                m_qtEndsTheStream = true;
                return;
            }
        }
        if (length > m_takeLimit) {
            m_qtEndsTheStream = true; // Qt closes with 1009
            return;
        }
        if (quint64(m_socket->bytesAvailable()) < quint64(headerSize) + length)
            return; // not all here yet: Qt or a later read takes it
        m_socket->skip(headerSize);
        QByteArray message = m_socket->read(qint64(length));
        if (quint64(message.size()) != length) {
            stop(false); // the buffer said otherwise; stop guessing where frames start
            return;
        }
        unmask(message.data(), message.size(), header.data() + 2 + lengthBytes);
        ++m_framesChecked;
        ++m_messagesTaken;
        m_deliver(message);
    }
}

void FrameMaskGuard::afterQtRead()
{
    if (m_state == State::Checking && m_socket)
        m_seenBuffered = std::min(m_seenBuffered, m_socket->bytesAvailable());
}

bool FrameMaskGuard::parseNewBytes(qint64 available)
{
    const qint64 seen = m_seenBuffered;
    const qint64 fresh = available - seen;
    m_seenBuffered = available;
    if (m_headerBytes == 0 && m_payloadLeft >= quint64(fresh)) {
        // All of it is payload of the frame being received (or the request): nothing to look
        // at, so nothing is copied. A big frame arriving in many reads costs no peeks.
        m_payloadLeft -= quint64(fresh);
        return true;
    }
    // A header lies among the new bytes. A peek starts at the front of the buffer, so it also
    // copies the unfinished frame Qt left there; the new bytes finish that frame, so Qt
    // consumes it after this read and no byte is copied more than twice.
    const QByteArray buffered = m_socket->peek(available);
    if (buffered.size() <= seen)
        return true;
    return feed(buffered.constData() + seen, buffered.size() - seen);
}

void FrameMaskGuard::stop(bool unmasked)
{
    const bool signalling = m_state == State::Checking;
    m_state = State::Done;
    m_sawUnmaskedFrame = unmasked;
    if (!signalling)
        return; // start() reports it
    if (unmasked)
        Q_EMIT unmaskedFrame();
    else
        Q_EMIT lostTrack();
}

bool FrameMaskGuard::feed(const char *data, qint64 size)
{
    qint64 at = 0;
    while (at < size) {
        if (m_payloadLeft > 0) {
            const quint64 skip = std::min<quint64>(m_payloadLeft, quint64(size - at));
            m_payloadLeft -= skip;
            at += qint64(skip);
            continue;
        }
        m_header[size_t(m_headerBytes++)] = quint8(data[at++]);
        if (m_headerBytes < 2)
            continue;
        if ((m_header[1] & 0x80) == 0)
            return false; // the MASK bit is the first bit of the second byte
        const int headerSize = 2 + lengthBytesOf(m_header[1]) + 4;
        if (m_headerBytes < headerSize)
            continue;
        ++m_framesChecked;
        m_headerBytes = 0;
        m_payloadLeft = payloadLengthOf(m_header.data());
        // FIN is the first bit, the opcode the low four; opcodes below 8 are data frames
        // (continuation, text, binary), the others control frames, never fragmented.
        const bool lastOfMessage = (m_header[0] & 0x80) != 0;
        const int opcode = m_header[0] & 0x0f;
        if (opcode < 0x8) // a data frame: a fragmented message starts, goes on or ends
            m_inFragmentedMessage = !lastOfMessage;
        // A close, and what Qt refuses with a close (reserved bits or opcodes): nothing after
        // it is taken, whatever Qt does with it.
        if (opcode == 0x8 || (m_header[0] & 0x70) != 0 || (opcode > 0x2 && opcode < 0x8) ||
            opcode > 0xa)
            m_qtEndsTheStream = true;
        if (!lastOfMessage && opcode < 0x8) {
            if (m_state == State::Checking)
                Q_EMIT fragmentAhead();
            else
                m_sawFragmentBeforeStart = true;
        }
    }
    return true;
}

} // namespace syncscope::server
