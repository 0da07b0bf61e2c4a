#include "figure.h"

#include "stats.h"

namespace syncscope::bench {

Figure makeFigure(const QString &name, const QString &unit, bool higherIsBetter,
                  const QList<double> &samples)
{
    Figure figure;
    figure.name = name;
    figure.unit = unit;
    figure.higherIsBetter = higherIsBetter;
    figure.samples = samples;
    figure.value = median(samples);
    return figure;
}

Figure makeFigure(const QString &name, const QString &unit, bool higherIsBetter,
                  const QList<double> &samples, const QString &baselineName,
                  const QList<double> &baselineSamples)
{
    Figure figure = makeFigure(name, unit, higherIsBetter, samples);
    figure.baselineName = baselineName;
    figure.baselineSamples = baselineSamples;
    if (!baselineSamples.isEmpty())
        figure.baseline = median(baselineSamples);
    return figure;
}

std::optional<double> ratio(const Figure &figure)
{
    if (!figure.baseline || *figure.baseline == 0)
        return std::nullopt;
    return figure.value / *figure.baseline;
}

} // namespace syncscope::bench
