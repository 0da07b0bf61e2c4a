#include "sessions/badgestyle.h"

namespace syncscope::ui {

namespace {

BadgeStyle fromRow(const monitor::BadgeRow &row, const QString &text)
{
    return {text, row.icon, QColor::fromRgb(QRgb(row.colours.onLight)),
            QColor::fromRgb(QRgb(row.colours.onDark))};
}

} // namespace

BadgeStyle BadgeStyle::of(monitor::StateBadge badge)
{
    return fromRow(monitor::StateTable::row(badge), monitor::StateTable::text(badge));
}

BadgeStyle BadgeStyle::of(monitor::ConnectionBadge badge)
{
    return fromRow(monitor::StateTable::row(badge), monitor::StateTable::text(badge));
}

bool BadgeStyle::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor BadgeStyle::colour(const QPalette &palette) const
{
    return isDark(palette) ? onDark : onLight;
}

QIcon BadgeStyle::icon(const QPalette &palette) const
{
    return paintedIcon(shape, colour(palette));
}

} // namespace syncscope::ui
