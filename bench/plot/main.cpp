// syncscope-bench-plot RESULTS.json OUTDIR: renders how cost grows, with Qt Charts offscreen:
//   perf-throughput.png       upload/download MiB/s against realm size, with the raw baselines
//   perf-sessions-time.png    open → all downloaded, against the number of sessions
//   perf-sessions-memory.png  client and server KiB per session, against the number of sessions
#include "harness/report.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QMap>
#include <QRegularExpression>
#include <QTextStream>
#include <QValueAxis>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

using syncscope::bench::Figure;

struct Curve
{
    QString label;
    QMap<double, double> points; // x → y
};

// Figures named "<stem> (<x> ...)" become one curve per stem; baselines their own curve.
QList<Curve> curves(const QList<Figure> &figures, const QStringList &stems, bool withBaselines)
{
    QList<Curve> result;
    static const QRegularExpression pattern(u"^(.*) \\(([0-9]+)( MiB)?\\)$"_s);
    for (const QString &stem : stems) {
        Curve curve{stem, {}};
        Curve baseline;
        for (const Figure &figure : figures) {
            const QRegularExpressionMatch match = pattern.match(figure.name);
            if (!match.hasMatch() || match.captured(1) != stem)
                continue;
            const double x = match.captured(2).toDouble();
            curve.points.insert(x, figure.value);
            if (withBaselines && figure.baseline) {
                // The baseline is the lower of two limits, and which one is lower can change
                // from size to size: then the curve says so instead of naming one.
                const QString kind = figure.baselineName.startsWith(u"raw"_s)
                                         ? u"raw socket"_s
                                         : figure.baselineName.section(u" ("_s, 0, 0);
                const QString direction = stem.section(u' ', 0, 0);
                const QString name = direction + u" limit: "_s + kind;
                baseline.label = baseline.label.isEmpty() || baseline.label == name
                                     ? name
                                     : direction + u" limit: the lower one"_s;
                baseline.points.insert(x, *figure.baseline);
            }
        }
        if (!curve.points.isEmpty())
            result.append(curve);
        if (!baseline.points.isEmpty())
            result.append(baseline);
    }
    return result;
}

bool render(const QList<Curve> &data, const QString &title, const QString &xTitle,
            const QString &yTitle, bool logY, int xBase, const QString &path)
{
    if (data.isEmpty())
        return false;
    auto *chart = new QChart;
    chart->setTitle(title);
    auto *xAxis = new QLogValueAxis;
    xAxis->setTitleText(xTitle);
    xAxis->setLabelFormat(u"%g"_s);
    xAxis->setBase(xBase);
    xAxis->setMinorTickCount(-1);
    QAbstractAxis *yAxis = nullptr;
    if (logY) {
        auto *axis = new QLogValueAxis;
        axis->setLabelFormat(u"%g"_s);
        yAxis = axis;
    } else {
        auto *axis = new QValueAxis;
        axis->setLabelFormat(u"%g"_s);
        yAxis = axis;
    }
    yAxis->setTitleText(yTitle);
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    double yMax = 0;
    double yMin = std::numeric_limits<double>::max();
    for (const Curve &curve : data) {
        auto *series = new QLineSeries;
        series->setName(curve.label);
        series->setPointsVisible(true);
        for (auto it = curve.points.cbegin(); it != curve.points.cend(); ++it) {
            series->append(it.key(), logY ? std::max(it.value(), 1e-3) : it.value());
            yMax = std::max(yMax, it.value());
            yMin = std::min(yMin, it.value());
        }
        chart->addSeries(series);
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
    }
    if (auto *axis = qobject_cast<QLogValueAxis *>(yAxis)) {
        // Whole decades, so that the axis always has labelled ticks.
        axis->setRange(std::pow(10.0, std::floor(std::log10(std::max(yMin, 1e-3)))),
                       std::pow(10.0, std::ceil(std::log10(std::max(yMax, 1e-3)))));
    }
    if (auto *axis = qobject_cast<QValueAxis *>(yAxis)) {
        axis->setRange(std::min(0.0, axis->min()), yMax * 1.1);
        axis->applyNiceNumbers();
    }
    QChartView view(chart);
    view.setRenderHint(QPainter::Antialiasing);
    view.resize(900, 500);
    return view.grab().save(path);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList arguments = QApplication::arguments();
    const auto tr = [](const char *text) { return QCoreApplication::translate("Bench", text); };
    if (arguments.size() != 3) {
        QTextStream(stderr) << tr("usage: syncscope-bench-plot RESULTS.json OUTDIR") << '\n';
        return 2;
    }
    QString error;
    const std::optional<QJsonArray> array = syncscope::bench::readJsonFile(arguments[1], &error);
    const QList<Figure> figures =
        array ? syncscope::bench::figuresFromJson(*array, &error) : QList<Figure>();
    if (!error.isEmpty()) {
        QTextStream(stderr) << arguments[1] << ": " << error << '\n';
        return 1;
    }
    const QString out = arguments[2];
    int written = 0;
    written += render(curves(figures, {u"upload throughput"_s, u"download throughput"_s}, true),
                      tr("Throughput against realm size (and the lower of the same-run limits)"),
                      tr("realm size, MiB"), tr("MiB/s (log scale)"), true, 2,
                      out + u"/perf-throughput.png"_s);
    written += render(curves(figures, {u"sessions open to downloaded"_s}, false),
                      tr("Open → all downloads complete, one client process"), tr("sessions"),
                      tr("ms"), true, 10, out + u"/perf-sessions-time.png"_s);
    written +=
        render(curves(figures,
                      {u"client memory per session"_s, u"client SQLite memory per session"_s,
                       u"client memory per session with SQLite"_s, u"server memory per session"_s},
                      false),
               tr("Memory per session"), tr("sessions"), tr("KiB per session"), false, 10,
               out + u"/perf-sessions-memory.png"_s);
    QTextStream(stdout) << tr("wrote %1 plot(s) to %2").arg(written).arg(out) << '\n';
    return 0; // nothing to plot (no throughput or session figures) is not an error
}
