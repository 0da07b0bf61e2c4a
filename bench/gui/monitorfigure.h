#pragma once

#include "harness/figure.h"

namespace syncscope::bench {

struct BenchOptions;
class GuiLoadMeter;

// monitor: the monitor's main window (offscreen) with its session list, status bar and detail
// pane, its list refreshing 10 times a second (the rate sampler at its own 1 s), over
//   - live sessions: real SDK sessions on a real syncscope-server, with downloads flowing
//     (syncscope-bench-load writes to some of their realms), and
//   - synthetic rows: sessions that never opened (no file, no socket) whose rows are told to
//     refresh 10 times a second by their changed() signal — the list's cost alone.
// Figures: GUI thread busy share and frame p99 for each feed.
QList<Figure> measureMonitor(const BenchOptions &options, GuiLoadMeter &meter,
                             const QString &workDir);

} // namespace syncscope::bench
