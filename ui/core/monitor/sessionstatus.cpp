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

} // namespace syncscope::monitor
