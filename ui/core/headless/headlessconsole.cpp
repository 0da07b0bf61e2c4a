#include "headless/headlessconsole.h"

#include <QMutexLocker>

#include <atomic>
#include <cerrno>

#include <sys/ioctl.h>
#include <unistd.h>

namespace syncscope::monitor {

namespace {

std::atomic<HeadlessConsole *> g_capturingConsole = nullptr;
QtMessageHandler g_previousHandler = nullptr;

void routeToConsole(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (HeadlessConsole *console = g_capturingConsole.load())
        console->log(qFormatLogMessage(type, context, message));
    else if (g_previousHandler)
        g_previousHandler(type, context, message);
}

int columnsFromEnvironment()
{
    bool ok = false;
    const int columns = qEnvironmentVariableIntValue("COLUMNS", &ok);
    return ok && columns > 0 ? columns : 0;
}

// Escape codes of ECMA-48, understood by every terminal emulator in use.
constexpr char kClearToEnd[] = "\x1b[J"; // from the cursor to the end of the screen

} // namespace

QString elideToColumns(const QString &text, int columns)
{
    if (columns <= 0 || text.size() <= columns)
        return text;
    return text.left(columns - 1) + QChar(0x2026);
}

HeadlessConsole::HeadlessConsole(int outFd, int errFd)
    : m_outFd(outFd)
    , m_errFd(errFd)
    , m_outIsTerminal(::isatty(outFd) == 1)
    , m_errIsTerminal(::isatty(errFd) == 1)
    , m_columnsFromEnvironment(columnsFromEnvironment())
{}

HeadlessConsole::~HeadlessConsole()
{
    if (m_capturing) {
        g_capturingConsole.store(nullptr);
        qInstallMessageHandler(g_previousHandler);
    }
}

void HeadlessConsole::captureQtMessages()
{
    if (m_capturing)
        return;
    m_capturing = true;
    g_capturingConsole.store(this);
    g_previousHandler = qInstallMessageHandler(routeToConsole);
}

int HeadlessConsole::width() const
{
    if (m_columnsFromEnvironment > 0)
        return m_columnsFromEnvironment;
    if (m_outIsTerminal) {
        winsize size{};
        if (::ioctl(m_outFd, TIOCGWINSZ, &size) == 0 && size.ws_col > 0)
            return size.ws_col;
    }
    return 0;
}

QByteArray HeadlessConsole::encode(const QStringList &lines)
{
    QByteArray bytes;
    for (const QString &line : lines)
        bytes += line.toUtf8() + '\n';
    return bytes;
}

QByteArray HeadlessConsole::eraseFrame() const
{
    if (m_frame.isEmpty())
        return {};
    // To the first column of the frame's first line ("cursor previous line"), then clear.
    return "\x1b[" + QByteArray::number(m_frame.size()) + 'F' + kClearToEnd;
}

void HeadlessConsole::showFrame(const QStringList &lines)
{
    QMutexLocker locker(&m_lock);
    if (!redrawsInPlace()) {
        writeAll(m_outFd, encode(lines));
        return;
    }
    // The lines are cut to the width by the caller: a wrapped line would break the count of
    // lines to move up.
    writeAll(m_outFd, eraseFrame() + encode(lines));
    m_frame = lines;
}

void HeadlessConsole::printLines(const QStringList &lines)
{
    QMutexLocker locker(&m_lock);
    m_frame.clear(); // what follows stays on screen below the last table
    writeAll(m_outFd, encode(lines));
}

void HeadlessConsole::log(const QString &line)
{
    QMutexLocker locker(&m_lock);
    if (redrawsInPlace() && m_errIsTerminal && !m_frame.isEmpty()) {
        // The same screen: take the table away, print the line where it was, draw the table
        // again below it, so the log scrolls up above the table instead of breaking it.
        writeAll(m_outFd, eraseFrame());
        writeAll(m_errFd, line.toUtf8() + '\n');
        writeAll(m_outFd, encode(m_frame));
        return;
    }
    writeAll(m_errFd, line.toUtf8() + '\n');
}

void HeadlessConsole::writeAll(int fd, const QByteArray &bytes)
{
    const char *data = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t written = ::write(fd, data, size_t(left));
        if (written < 0) {
            if (errno == EINTR)
                continue;
            return; // a closed pipe or a full disk: nothing left to tell it to
        }
        data += written;
        left -= written;
    }
}

} // namespace syncscope::monitor
