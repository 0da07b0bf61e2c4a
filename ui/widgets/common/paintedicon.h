#pragma once

#include "monitor/iconshape.h"

#include <QColor>
#include <QIcon>

namespace syncscope::ui {

// The monitor's icons are drawn with QPainter at whatever size is asked for, so they stay sharp
// at 200 % scaling and need no image plugin (Qt's SVG support is optional on Linux).
using monitor::IconShape;

// colour: the glyph's colour; invalid means "the palette's text colour when painted".
QIcon paintedIcon(IconShape shape, const QColor &colour = QColor());

} // namespace syncscope::ui
