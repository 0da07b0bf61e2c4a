#pragma once

#include "harness/figure.h"

namespace syncscope::bench {

struct BenchOptions;

// chart: one refresh (replace() of every series + a synchronous paint) of a 24 h progress
// chart at full history, against the same Qt Charts chart with 1,000 points a series.
QList<Figure> measureChart(const BenchOptions &options);

} // namespace syncscope::bench
