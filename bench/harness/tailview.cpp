#include "harness/tailview.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace syncscope::bench {

namespace {

double total(const QList<double> &steps)
{
    return std::accumulate(steps.cbegin(), steps.cend(), 0.0);
}

// Per-step means (and the mean total) over samples[order[from .. to)].
void meanOver(const QList<QList<double>> &samples, const QList<qsizetype> &order, qsizetype from,
              qsizetype to, QList<double> *stepMeans, double *totalMean)
{
    const qsizetype steps = samples.constFirst().size();
    *stepMeans = QList<double>(steps, 0.0);
    *totalMean = 0;
    for (qsizetype rank = from; rank < to; ++rank) {
        const QList<double> &sample = samples.at(order.at(rank));
        for (qsizetype step = 0; step < steps; ++step)
            (*stepMeans)[step] += sample.at(step);
        *totalMean += total(sample);
    }
    const double count = double(to - from);
    for (double &mean : *stepMeans)
        mean /= count;
    *totalMean /= count;
}

} // namespace

TailView compareTailWithMiddle(const QList<QList<double>> &samples, double tailFraction)
{
    TailView view;
    if (samples.isEmpty())
        return view;
    const qsizetype count = samples.size();
    QList<qsizetype> order(count);
    std::iota(order.begin(), order.end(), qsizetype(0));
    // Slowest first; equal totals keep the samples' order, so the view is reproducible.
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        return total(samples.at(a)) > total(samples.at(b));
    });
    const qsizetype tail =
        std::clamp<qsizetype>(qsizetype(std::ceil(double(count) * tailFraction)), 1, count);
    // The middle: ranks 40-60 % counted from the fastest, i.e. the same band from the slowest.
    qsizetype middleFrom = qsizetype(double(count) * 0.4);
    qsizetype middleTo = std::max(middleFrom + 1, qsizetype(std::ceil(double(count) * 0.6)));
    middleTo = std::min(middleTo, count);
    middleFrom = std::min(middleFrom, middleTo - 1);
    view.tailSamples = int(tail);
    view.middleSamples = int(middleTo - middleFrom);
    meanOver(samples, order, 0, tail, &view.tailMean, &view.tailTotal);
    meanOver(samples, order, middleFrom, middleTo, &view.middleMean, &view.middleTotal);
    view.tailIndexes = order.mid(0, tail);
    return view;
}

} // namespace syncscope::bench
