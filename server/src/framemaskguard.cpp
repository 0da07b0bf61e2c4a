#include "framemaskguard.h"

#include "epolleventdispatcher.h"

#include <QTcpSocket>
#include <QVarLengthArray>

#include <cerrno>
#include <cstring>

#include <sys/socket.h>

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

// What the front of the stream holds, when a frame starts there.
struct FrontFrame
{
    enum class Kind {
        Whole,      // a whole binary message in one masked frame, within the limit: taken
        Incomplete, // not all here yet
        NotTaken,   // anything else that Qt reads: control frames, fragments, text, unmasked
        QtRefuses,  // Qt closes the connection on it: nothing after it may be taken
    };
    Kind kind = Kind::Incomplete;
    qint64 headerSize = 0; // the mask key is its last four bytes
    quint64 length = 0;
};

// `header`: the first `headerRead` (up to 14) of the `available` bytes at the front.
FrontFrame frontFrame(const quint8 *header, qint64 headerRead, qint64 available, quint64 takeLimit)
{
    FrontFrame front;
    if (headerRead < 2)
        return front;
    const bool lastOfMessage = (header[0] & 0x80) != 0;
    const bool reservedBits = (header[0] & 0x70) != 0;
    const int opcode = header[0] & 0x0f;
    const bool masked = (header[1] & 0x80) != 0;
    // Anything else (and an unmasked frame above all) is parsed and reported as before.
    if (!lastOfMessage || opcode != 0x2 || !masked) {
        front.kind = FrontFrame::Kind::NotTaken;
        return front;
    }
    if (reservedBits) {
        front.kind = FrontFrame::Kind::QtRefuses; // with 1002
        return front;
    }
    const int lengthBytes = lengthBytesOf(header[1]);
    front.headerSize = 2 + lengthBytes + 4;
    if (headerRead < front.headerSize)
        return front;
    front.length = payloadLengthOf(header);
    if (lengthBytes > 0) {
        // Section 5.2: the shortest form only, and a 64-bit length has its top bit clear.
        // Qt refuses the others; they are left to it.
        const quint64 shortest = lengthBytes == 2 ? 126 : 0x10000;
        if (front.length < shortest || (front.length >> 63) != 0) {
            front.kind = FrontFrame::Kind::QtRefuses;
            return front;
        }
    }
    if (front.length > takeLimit) {
        front.kind = FrontFrame::Kind::QtRefuses; // with 1009
        return front;
    }
    if (quint64(available) >= quint64(front.headerSize) + front.length)
        front.kind = FrontFrame::Kind::Whole;
    return front;
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
    // Straight from the kernel where the event loop lets it (syncscope-server's does); the
    // bytes of a TLS socket are ciphertext there.
    if (m_kernelFd >= 0 || !m_socket || m_state != State::Checking ||
        m_socket->inherits("QSslSocket"))
        return;
    EpollEventDispatcher *dispatcher = EpollEventDispatcher::of(thread());
    const qintptr fd = m_socket->socketDescriptor();
    if (!dispatcher || fd < 0)
        return;
    m_kernelFd = fd;
    dispatcher->setReadTaker(int(fd), this, [this] { return takeFromKernel(); });
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
        const FrontFrame front =
            frontFrame(header.data(), headerRead, m_socket->bytesAvailable(), m_takeLimit);
        if (front.kind == FrontFrame::Kind::QtRefuses)
            m_qtEndsTheStream = true;
        if (front.kind != FrontFrame::Kind::Whole)
            return;
        m_socket->skip(front.headerSize);
        QByteArray message = m_socket->read(qint64(front.length));
        if (quint64(message.size()) != front.length) {
            stop(false); // the buffer said otherwise; stop guessing where frames start
            return;
        }
        unmask(message.data(), message.size(), header.data() + front.headerSize - 4);
        ++m_framesChecked;
        ++m_messagesTaken;
        m_deliver(message);
    }
}

bool FrameMaskGuard::takeFromKernel()
{
    // Qt's buffer is empty and its reader waits at a frame boundary, so the kernel's next byte
    // starts a frame. A socket whose reads are throttled to fewer bytes than a peek reads only
    // through Qt.
    const qint64 readLimit = m_socket ? m_socket->readBufferSize() : 0;
    if (!m_socket || !m_deliver || !qtWaitsAtAFrameBoundary() || m_socket->bytesAvailable() > 0 ||
        (readLimit != 0 && readLimit < qint64(kKernelPeekBytes)) ||
        m_socket->state() != QAbstractSocket::ConnectedState ||
        m_socket->socketDescriptor() != m_kernelFd)
        return false;
    // One buffer for every connection of the thread: it is used only within this call.
    thread_local std::array<char, kKernelPeekBytes> bytes;
    const ssize_t peeked =
        ::recv(int(m_kernelFd), bytes.data(), bytes.size(), MSG_PEEK | MSG_DONTWAIT);
    if (peeked < 0)
        return errno == EAGAIN || errno == EWOULDBLOCK; // nothing there; errors are Qt's
    if (peeked == 0)
        return false; // the end of the stream is Qt's to see
    // The run of whole messages at the front, each checked as takeWholeMessages() does.
    struct Taken
    {
        qint64 at;
        qint64 headerSize;
        quint64 length;
    };
    std::array<Taken, 64> taken{};
    size_t count = 0;
    qint64 end = 0;
    bool qtRefusesNext = false;
    while (count < taken.size() && end < peeked) {
        const auto *header = reinterpret_cast<const quint8 *>(bytes.data() + end);
        const qint64 available = qint64(peeked) - end;
        const FrontFrame front =
            frontFrame(header, std::min<qint64>(available, 14), available, m_takeLimit);
        if (front.kind != FrontFrame::Kind::Whole) {
            qtRefusesNext = front.kind == FrontFrame::Kind::QtRefuses;
            break;
        }
        taken[count++] = {end, front.headerSize, front.length};
        end += front.headerSize + qint64(front.length);
    }
    if (count == 0) {
        m_qtEndsTheStream = qtRefusesNext;
        return false;
    }
    const quint64 limitChecked = m_takeLimit;
    // Consumed as peeked: the same bytes are still at the front of the socket's queue.
    const ssize_t consumed = ::recv(int(m_kernelFd), bytes.data(), size_t(end), MSG_DONTWAIT);
    if (consumed != end) {
        if (consumed > 0)
            stop(false); // part of it is gone: where frames start is no longer known
        return false;
    }
    ++m_kernelReads;
    // All unmasked out of the shared buffer before the first is delivered: whatever a delivery
    // does, the next message is already safe.
    QVarLengthArray<QByteArray, 8> messages;
    for (size_t i = 0; i < count; ++i) {
        const char *frame = bytes.data() + taken[i].at;
        QByteArray &message =
            messages.emplace_back(frame + taken[i].headerSize, qsizetype(taken[i].length));
        unmask(message.data(), message.size(),
               reinterpret_cast<const quint8 *>(frame + taken[i].headerSize - 4));
    }
    for (const QByteArray &message : messages) {
        ++m_framesChecked;
        ++m_messagesTaken;
        m_deliver(message);
        // The connection may have closed on it; what else was read goes with the connection.
        if (!m_socket || m_state != State::Checking ||
            m_socket->state() != QAbstractSocket::ConnectedState)
            return true;
    }
    Q_EMIT readFromKernel();
    // A message delivered here changed the limit (a BIND raises it): what stopped the run is
    // looked at again, with the new one, in the next turn.
    if (m_takeLimit != limitChecked)
        return true;
    m_qtEndsTheStream = qtRefusesNext;
    // More whole messages than one turn takes wait for the next turn; anything else that is
    // left (a frame not all here yet, one Qt reads) is Qt's to read now.
    return end == peeked || count == taken.size();
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
    if (m_kernelFd >= 0) {
        if (EpollEventDispatcher *dispatcher = EpollEventDispatcher::of(thread()))
            dispatcher->clearReadTaker(int(m_kernelFd), this);
        m_kernelFd = -1;
    }
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
