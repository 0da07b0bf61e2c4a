#include "figure.h"

#include "stats.h"

#include <QStringList>

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

Figure makeFigureAgainstLowestLimit(const QString &name, const QString &unit,
                                    const QList<double> &samples, const QList<Limit> &limits)
{
    const Limit *lowest = nullptr;
    for (const Limit &limit : limits) {
        if (!limit.samples.isEmpty() &&
            (!lowest || median(limit.samples) < median(lowest->samples)))
            lowest = &limit;
    }
    if (!lowest)
        return makeFigure(name, unit, true, samples);
    QStringList others;
    for (const Limit &limit : limits) {
        if (&limit != lowest && !limit.samples.isEmpty())
            others << QStringLiteral("%1: %2 %3")
                          .arg(limit.name)
                          .arg(median(limit.samples), 0, 'g', 3)
                          .arg(unit);
    }
    QString baselineName = lowest->name;
    if (!others.isEmpty())
        baselineName += QStringLiteral("; the other limit: ") + others.join(QStringLiteral("; "));
    return makeFigure(name, unit, true, samples, baselineName, lowest->samples);
}

std::optional<double> ratio(const Figure &figure)
{
    if (!figure.baseline || *figure.baseline == 0)
        return std::nullopt;
    return figure.value / *figure.baseline;
}

} // namespace syncscope::bench
