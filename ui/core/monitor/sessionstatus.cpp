#include "monitor/sessionstatus.h"

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
    switch (badge) {
    case StateBadge::Active:
        return QCoreApplication::translate("SessionStatus", "Active");
    case StateBadge::Paused:
        return QCoreApplication::translate("SessionStatus", "Paused");
    case StateBadge::Inactive:
        return QCoreApplication::translate("SessionStatus", "Inactive");
    case StateBadge::Invalid:
        return QCoreApplication::translate("SessionStatus", "Invalid");
    }
    return {};
}

QString connectionBadgeText(ConnectionBadge badge)
{
    switch (badge) {
    case ConnectionBadge::Disconnected:
        return QCoreApplication::translate("SessionStatus", "Disconnected");
    case ConnectionBadge::Connecting:
        return QCoreApplication::translate("SessionStatus", "Connecting");
    case ConnectionBadge::Connected:
        return QCoreApplication::translate("SessionStatus", "Connected");
    }
    return {};
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
