#include "sessions/statetable.h"

namespace syncscope::ui {

using monitor::ConnectionBadge;
using monitor::StateBadge;

namespace {
// GitHub's Primer palette: chosen for contrast on both its light and dark themes.
const QColor kGreenLight(0x1a, 0x7f, 0x37), kGreenDark(0x3f, 0xb9, 0x50);
const QColor kAmberLight(0x9a, 0x67, 0x00), kAmberDark(0xd2, 0x99, 0x22);
const QColor kGreyLight(0x57, 0x60, 0x6a), kGreyDark(0x8b, 0x94, 0x9e);
const QColor kRedLight(0xcf, 0x22, 0x2e), kRedDark(0xf8, 0x51, 0x49);
const QColor kBlueLight(0x09, 0x69, 0xda), kBlueDark(0x58, 0xa6, 0xff);
} // namespace

bool StateTable::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor BadgeStyle::colour(const QPalette &palette) const
{
    return StateTable::isDark(palette) ? onDark : onLight;
}

QIcon BadgeStyle::icon(const QPalette &palette) const
{
    return paintedIcon(shape, colour(palette));
}

BadgeStyle StateTable::style(StateBadge badge)
{
    const QString text = monitor::stateBadgeText(badge);
    switch (badge) {
    case StateBadge::Active:
        return {text, IconShape::Play, kGreenLight, kGreenDark};
    case StateBadge::Paused:
        return {text, IconShape::Pause, kAmberLight, kAmberDark};
    case StateBadge::Inactive:
        return {text, IconShape::Stop, kGreyLight, kGreyDark};
    case StateBadge::Invalid:
        return {text, IconShape::Cross, kRedLight, kRedDark};
    }
    return {text, IconShape::Stop, kGreyLight, kGreyDark};
}

BadgeStyle StateTable::style(ConnectionBadge badge)
{
    const QString text = monitor::connectionBadgeText(badge);
    switch (badge) {
    case ConnectionBadge::Connected:
        return {text, IconShape::Connected, kGreenLight, kGreenDark};
    case ConnectionBadge::Connecting:
        return {text, IconShape::Connecting, kBlueLight, kBlueDark};
    case ConnectionBadge::Disconnected:
        return {text, IconShape::Disconnected, kGreyLight, kGreyDark};
    }
    return {text, IconShape::Disconnected, kGreyLight, kGreyDark};
}

} // namespace syncscope::ui
