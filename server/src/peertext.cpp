#include "peertext.h"

#include <QDeadlineTimer>
#include <QHash>

namespace syncscope::server {

namespace {

constexpr int kBurst = 5;
constexpr qint64 kWindowMs = 10'000;
// Keys kept at most; beyond, the table starts over (it only throttles logging).
constexpr qsizetype kMaxKeys = 4096;

struct Window
{
    QDeadlineTimer end;
    int logged = 0;
    qint64 suppressed = 0;
};

} // namespace

QString escapeForLog(QStringView text, qsizetype maxChars)
{
    QString out;
    out.reserve(std::min(text.size(), maxChars) + 8);
    for (const QChar c : text) {
        if (out.size() >= maxChars) {
            out += QStringLiteral("...");
            break;
        }
        const char16_t u = c.unicode();
        // C0, DEL, C1 and the Unicode line and paragraph separators.
        if (u < 0x20 || (u >= 0x7f && u < 0xa0) || u == 0x2028 || u == 0x2029)
            out += QStringLiteral("\\x%1").arg(uint(u), 2, 16, QLatin1Char('0'));
        else if (u == u'\\')
            out += QStringLiteral("\\\\");
        else
            out += c;
    }
    return out;
}

void logLimited(LogCategory category, QtMsgType type, const QString &peerAddress,
                const QString &kind, const QString &message)
{
    static QHash<QString, Window> windows;
    const QString key = peerAddress + u'\n' + kind;
    if (windows.size() > kMaxKeys && !windows.contains(key))
        windows.clear();
    Window &window = windows[key];
    if (window.end.hasExpired()) {
        window.end = QDeadlineTimer(kWindowMs);
        window.logged = 0;
    }
    if (window.logged >= kBurst) {
        ++window.suppressed;
        return;
    }
    ++window.logged;
    QString line = message;
    if (window.suppressed > 0) {
        line += QStringLiteral(" (%1 similar lines from %2 suppressed)")
                    .arg(window.suppressed)
                    .arg(peerAddress);
        window.suppressed = 0;
    }
    switch (type) {
    case QtDebugMsg:
        qCDebug(category).noquote() << line;
        break;
    case QtInfoMsg:
        qCInfo(category).noquote() << line;
        break;
    default:
        qCWarning(category).noquote() << line;
        break;
    }
}

} // namespace syncscope::server
