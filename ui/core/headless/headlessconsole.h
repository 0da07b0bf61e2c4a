#pragma once

#include <QMutex>
#include <QString>
#include <QStringList>

namespace syncscope::monitor {

// Where `syncscope --headless` writes: the status table (or JSON) on one file descriptor,
// log lines on another. Every write is one whole frame or line under one lock, so a log line
// (from any thread) never lands between two rows of a table. On a terminal with redrawing on
// (--watch) the table is redrawn in place with ANSI cursor movements, and a log line for the
// same terminal is printed above the table rather than over it; anywhere else the output is
// plain appended text without a single escape code.
class HeadlessConsole final
{
    Q_DISABLE_COPY_MOVE(HeadlessConsole)

public:
    HeadlessConsole(int outFd, int errFd);
    ~HeadlessConsole();

    // Redraw in place: takes effect only when the output is a terminal.
    void setRedrawInPlace(bool wanted) { m_redrawWanted = wanted; }
    bool redrawsInPlace() const { return m_redrawWanted && m_outIsTerminal; }
    bool outputIsTerminal() const { return m_outIsTerminal; }

    // Columns to fit lines into; 0 means no limit. COLUMNS wins when set (as for ls), then the
    // terminal's own width (asked each time, so a resized terminal is followed), then no limit.
    int width() const;

    // A status table: replaces the previous one when redrawing in place, else appended.
    void showFrame(const QStringList &lines);
    // Plain lines after the frame (the summary, a JSON object); the frame is no longer redrawn.
    void printLines(const QStringList &lines);
    // A log line: always to the error descriptor.
    void log(const QString &line);

    // Sends qDebug/qWarning/the SDK's and server's logging categories through log() while
    // the console lives; the previous handler comes back in the destructor.
    void captureQtMessages();

private:
    void writeAll(int fd, const QByteArray &bytes);
    QByteArray eraseFrame() const;
    static QByteArray encode(const QStringList &lines);

    int m_outFd;
    int m_errFd;
    bool m_outIsTerminal;
    bool m_errIsTerminal;
    int m_columnsFromEnvironment = 0;
    bool m_redrawWanted = false;
    bool m_capturing = false;
    mutable QMutex m_lock;
    QStringList m_frame; // the frame on screen, redrawn after a log line when in place
};

// The text cut to `columns` characters, its last one "…" when it was longer.
QString elideToColumns(const QString &text, int columns);

} // namespace syncscope::monitor
