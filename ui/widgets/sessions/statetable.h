#pragma once

#include "common/paintedicon.h"
#include "monitor/sessionstatus.h"

#include <QColor>
#include <QIcon>
#include <QPalette>
#include <QString>

namespace syncscope::ui {

// How a badge looks: text, icon and a colour for light and for dark palettes. Never colour
// alone — the text and the icon shape carry the meaning too.
struct BadgeStyle
{
    QString text;
    IconShape shape = IconShape::Stop;
    QColor onLight; // readable on a light background (WCAG AA for text on white)
    QColor onDark;  // readable on a dark background

    QColor colour(const QPalette &palette) const;
    QIcon icon(const QPalette &palette) const;
};

// The one table from session and connection state to badge — nothing else in the monitor
// decides what a state looks like.
class StateTable final
{
public:
    static BadgeStyle style(monitor::StateBadge badge);
    static BadgeStyle style(monitor::ConnectionBadge badge);
    static bool isDark(const QPalette &palette);
};

} // namespace syncscope::ui
