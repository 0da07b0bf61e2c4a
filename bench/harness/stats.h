#pragma once

#include <QList>

namespace syncscope::bench {

double median(QList<double> values);
// Nearest-rank percentile, p in [0, 100]. Empty input: 0.
double percentile(QList<double> values, double p);
double minimum(const QList<double> &values);
double maximum(const QList<double> &values);
// (max − min) / median, as a fraction: how far repetitions disagree. 0 for < 2 samples.
double relativeSpread(const QList<double> &values);

} // namespace syncscope::bench
