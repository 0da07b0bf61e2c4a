#pragma once

#include <QLoggingCategory>
#include <QString>
#include <QStringView>

namespace syncscope::server {

// Text a peer controls (token claims, realm paths, decode errors), made safe for one log line:
// control characters are escaped as \xNN (a newline cannot forge a second line) and the text
// is cut at maxChars.
QString escapeForLog(QStringView text, qsizetype maxChars = 256);

using LogCategory = const QLoggingCategory &(*)();

// Logs `message`, but at most kBurst lines of one kind per peer address in each window of
// kWindow; the rest are counted and summarised in the next line that gets through. A peer that
// repeats a refused request 300,000 times writes a handful of lines, not 300,000.
void logLimited(LogCategory category, QtMsgType type, const QString &peerAddress,
                const QString &kind, const QString &message);

} // namespace syncscope::server
