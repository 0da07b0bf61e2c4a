#pragma once

#include "common/paintedicon.h"
#include "monitor/statetable.h"

#include <QColor>
#include <QIcon>
#include <QPalette>
#include <QString>

namespace syncscope::ui {

// How a badge looks in the window: the state table's row (monitor::StateTable) turned into a
// colour for the palette in use and a painted icon.
struct BadgeStyle
{
    QString text;
    IconShape shape = IconShape::Stop;
    QColor onLight; // readable on a light background (WCAG AA for text on white)
    QColor onDark;  // readable on a dark background

    static BadgeStyle of(monitor::StateBadge badge);
    static BadgeStyle of(monitor::ConnectionBadge badge);
    static bool isDark(const QPalette &palette);

    QColor colour(const QPalette &palette) const;
    QIcon icon(const QPalette &palette) const;
};

} // namespace syncscope::ui
