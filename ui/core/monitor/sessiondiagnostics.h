#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace syncscope::monitor {

class EventLog;
class MonitoredSession;

// "Copy diagnostics": one session's configuration, what it is doing now, its state history
// and its last errors as plain text for a bug report. The access token never appears: only
// what it says about itself (user, realms, expiry), so the text can be pasted anywhere.
class SessionDiagnostics final
{
    Q_DECLARE_TR_FUNCTIONS(SessionDiagnostics)

public:
    static constexpr qsizetype kMaxHistoryLines = 50;
    static constexpr qsizetype kMaxErrorLines = 20;

    static QString text(const MonitoredSession &session, const EventLog &log,
                        const QDateTime &now = QDateTime::currentDateTime());
};

} // namespace syncscope::monitor
