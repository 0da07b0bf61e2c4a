#include "framemaskguard.h"

#include <QTcpSocket>

namespace syncscope::server {

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
    const qint64 available = m_socket->bytesAvailable();
    if (available < m_seenBuffered) {
        // Qt read outside its readyRead handler: the guard no longer knows where frames start.
        stop(false);
        return;
    }
    if (available > m_seenBuffered && !parseNewBytes(available))
        stop(true);
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
        const int lengthCode = m_header[1] & 0x7f;
        const int lengthBytes = lengthCode == 126 ? 2 : lengthCode == 127 ? 8 : 0;
        const int headerSize = 2 + lengthBytes + 4;
        if (m_headerBytes < headerSize)
            continue;
        quint64 length = quint64(lengthCode);
        if (lengthBytes > 0) {
            length = 0;
            for (int i = 0; i < lengthBytes; ++i)
                length = (length << 8) | m_header[size_t(2 + i)];
        }
        ++m_framesChecked;
        m_headerBytes = 0;
        m_payloadLeft = length;
        // FIN is the first bit, the opcode the low four; opcodes below 8 are data frames
        // (continuation, text, binary), the others control frames, never fragmented.
        const bool lastOfMessage = (m_header[0] & 0x80) != 0;
        if (!lastOfMessage && (m_header[0] & 0x0f) < 0x8) {
            if (m_state == State::Checking)
                Q_EMIT fragmentAhead();
            else
                m_sawFragmentBeforeStart = true;
        }
    }
    return true;
}

} // namespace syncscope::server
