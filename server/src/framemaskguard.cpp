#include "framemaskguard.h"

#include <QTcpSocket>

namespace syncscope::server {

FrameMaskGuard *FrameMaskGuard::attach(QTcpSocket *socket)
{
    return new FrameMaskGuard(socket);
}

FrameMaskGuard *FrameMaskGuard::of(QTcpSocket *socket)
{
    return socket ? socket->findChild<FrameMaskGuard *>(QString(), Qt::FindDirectChildrenOnly)
                  : nullptr;
}

FrameMaskGuard::FrameMaskGuard(QTcpSocket *socket)
    : QObject(socket)
    , m_socket(socket)
{
    connect(socket, &QIODevice::readyRead, this, &FrameMaskGuard::beforeQtReads);
}

void FrameMaskGuard::start()
{
    if (m_state != State::Idle || !m_socket)
        return;
    m_state = State::Checking;
    connect(m_socket, &QIODevice::readyRead, this, &FrameMaskGuard::afterQtRead);
    // Frames sent right behind the upgrade request are already buffered.
    beforeQtReads();
}

void FrameMaskGuard::beforeQtReads()
{
    if (m_state != State::Checking || !m_socket)
        return;
    const qint64 available = m_socket->bytesAvailable();
    if (available < m_seenBuffered) {
        // Qt read outside its readyRead handler: the guard no longer knows where frames start.
        m_state = State::Done;
        Q_EMIT lostTrack();
        return;
    }
    if (available == m_seenBuffered)
        return;
    const QByteArray buffered = m_socket->peek(available);
    const qint64 seen = m_seenBuffered;
    m_seenBuffered = buffered.size();
    if (!feed(buffered.constData() + seen, buffered.size() - seen)) {
        m_state = State::Done;
        Q_EMIT unmaskedFrame();
    }
}

void FrameMaskGuard::afterQtRead()
{
    if (m_state == State::Checking && m_socket)
        m_seenBuffered = std::min(m_seenBuffered, m_socket->bytesAvailable());
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
    }
    return true;
}

} // namespace syncscope::server
