#include "monitor/sessionstatus.h"

#include "monitor/statetable.h"

#include <QCoreApplication>
#include <QLocale>

namespace syncscope::monitor {

ConnectionBadge connectionBadgeFor(ConnectionState state)
{
    switch (state) {
    case ConnectionState::Disconnected:
        return ConnectionBadge::Disconnected;
    case ConnectionState::Connecting:
        return ConnectionBadge::Connecting;
    case ConnectionState::Connected:
        return ConnectionBadge::Connected;
    }
    return ConnectionBadge::Disconnected;
}

QString stateBadgeText(StateBadge badge)
{
    return StateTable::text(badge);
}

QString connectionBadgeText(ConnectionBadge badge)
{
    return StateTable::text(badge);
}

QString directionKey(ProgressDirection direction)
{
    return direction == ProgressDirection::Upload ? QStringLiteral("upload")
                                                  : QStringLiteral("download");
}

QString formatBytes(double bytes)
{
    // QLocale picks the unit and the decimal separator of the user's language.
    return QLocale().formattedDataSize(qint64(bytes), 1, QLocale::DataSizeIecFormat);
}

QString formatRate(double bytesPerSecond)
{
    return QCoreApplication::translate("SessionStatus", "%1/s").arg(formatBytes(bytesPerSecond));
}

QString formatDuration(qint64 seconds)
{
    seconds = qMax<qint64>(0, seconds);
    if (seconds < 60)
        return QCoreApplication::translate("SessionStatus", "%1 s").arg(seconds);
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return QCoreApplication::translate("SessionStatus", "%1 min").arg(minutes);
    const qint64 hours = minutes / 60;
    if (hours < 24)
        return QCoreApplication::translate("SessionStatus", "%1 h %2 min")
            .arg(hours)
            .arg(minutes % 60);
    return QCoreApplication::translate("SessionStatus", "%1 d %2 h")
        .arg(hours / 24)
        .arg(hours % 24);
}

} // namespace syncscope::monitor
