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
//   - an attached server: a real syncscope-server with its operator API, serving the
//     server-scale load (--scale-sessions over --scale-connections, one changeset a second
//     each); the window shows every session through AttachedServer.
// Figures: GUI thread busy share and frame p99 for each feed; for the attached server also the
// resident memory per remote session against the same window attached to the empty server.
QList<Figure> measureMonitor(const BenchOptions &options, GuiLoadMeter &meter,
                             const QString &workDir);

} // namespace syncscope::bench
