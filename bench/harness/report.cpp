#include "report.h"

#include "stats.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cmath>

using namespace Qt::StringLiterals;

namespace syncscope::bench {

namespace {

QJsonArray toArray(const QList<double> &values)
{
    QJsonArray array;
    for (double value : values)
        array.append(value);
    return array;
}

QList<double> fromArray(const QJsonArray &array)
{
    QList<double> values;
    values.reserve(array.size());
    for (const QJsonValue &value : array)
        values.append(value.toDouble());
    return values;
}

QJsonObject publicObject(const Figure &figure)
{
    QJsonObject object;
    object.insert("name"_L1, figure.name);
    object.insert("value"_L1, figure.value);
    object.insert("unit"_L1, figure.unit);
    object.insert("baseline"_L1, figure.baseline ? QJsonValue(*figure.baseline) : QJsonValue());
    object.insert("baseline_name"_L1, figure.baselineName);
    object.insert("higher_is_better"_L1, figure.higherIsBetter);
    object.insert("samples"_L1, toArray(figure.samples));
    return object;
}

// Three significant digits, without exponent notation for the magnitudes we print.
QString number(double value)
{
    if (value == 0)
        return u"0"_s;
    const double magnitude = std::abs(value);
    const int decimals = magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : magnitude >= 1 ? 2 : 3;
    return QString::number(value, 'f', decimals);
}

} // namespace

QJsonArray figuresToJson(const QList<Figure> &figures)
{
    QJsonArray array;
    for (const Figure &figure : figures)
        array.append(publicObject(figure));
    return array;
}

QJsonArray figuresToDetailedJson(const QList<Figure> &figures)
{
    QJsonArray array;
    for (const Figure &figure : figures) {
        QJsonObject object = publicObject(figure);
        object.insert("baseline_samples"_L1, toArray(figure.baselineSamples));
        object.insert("goal"_L1, figure.goal);
        if (!figure.ratioSamples.isEmpty())
            object.insert("ratio_samples"_L1, toArray(figure.ratioSamples));
        array.append(object);
    }
    return array;
}

QList<Figure> figuresFromJson(const QJsonArray &array, QString *error)
{
    QList<Figure> figures;
    for (const QJsonValue &entry : array) {
        const QJsonObject object = entry.toObject();
        if (!object.value("name"_L1).isString() || !object.value("value"_L1).isDouble() ||
            !object.value("samples"_L1).isArray()) {
            *error = QCoreApplication::translate("Bench", "figure without name, value or samples");
            return {};
        }
        Figure figure;
        figure.name = object.value("name"_L1).toString();
        figure.value = object.value("value"_L1).toDouble();
        figure.unit = object.value("unit"_L1).toString();
        figure.higherIsBetter = object.value("higher_is_better"_L1).toBool();
        figure.samples = fromArray(object.value("samples"_L1).toArray());
        if (object.value("baseline"_L1).isDouble())
            figure.baseline = object.value("baseline"_L1).toDouble();
        figure.baselineName = object.value("baseline_name"_L1).toString();
        figure.baselineSamples = fromArray(object.value("baseline_samples"_L1).toArray());
        figure.goal = object.value("goal"_L1).toString();
        figure.ratioSamples = fromArray(object.value("ratio_samples"_L1).toArray());
        figures.append(figure);
    }
    return figures;
}

bool writeJsonFile(const QString &path, const QJsonArray &array, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    file.write(QJsonDocument(array).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

std::optional<QJsonArray> readJsonFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isArray()) {
        *error = parseError.error != QJsonParseError::NoError
                     ? parseError.errorString()
                     : QCoreApplication::translate("Bench", "not a JSON array");
        return std::nullopt;
    }
    return document.array();
}

namespace {

QStringList tableHeader()
{
    return {
        QCoreApplication::translate("Bench", "figure"),
        QCoreApplication::translate("Bench", "median"),
        QCoreApplication::translate("Bench", "spread"),
        QCoreApplication::translate("Bench", "n"),
        QCoreApplication::translate("Bench", "baseline (same run)"),
        QCoreApplication::translate("Bench", "ratio"),
        QCoreApplication::translate("Bench", "goal"),
    };
}

// Spread as ± half the min–max range, relative to the median.
QString spreadText(const QList<double> &values)
{
    return values.size() > 1 ? u"±"_s + QString::number(relativeSpread(values) * 50, 'f', 0) + u'%'
                             : u"—"_s;
}

QList<QStringList> tableRows(const QList<Figure> &figures)
{
    QList<QStringList> rows;
    for (const Figure &figure : figures) {
        QString baseline = u"—"_s;
        if (figure.baseline) {
            baseline =
                number(*figure.baseline) + u' ' + figure.unit + u" ("_s + figure.baselineName;
            if (figure.baselineSamples.size() > 1)
                baseline += u", "_s + spreadText(figure.baselineSamples);
            baseline += u')';
        }
        const std::optional<double> quotient = ratio(figure);
        QString ratioText = quotient ? number(*quotient) + u'×' : u"—"_s;
        if (quotient && !figure.ratioSamples.isEmpty())
            ratioText += u" (per block "_s + number(minimum(figure.ratioSamples)) + u'–' +
                         number(maximum(figure.ratioSamples)) + u"×, median "_s +
                         number(median(figure.ratioSamples)) + u"×, n = "_s +
                         QString::number(figure.ratioSamples.size()) + u')';
        rows.append({
            figure.name,
            number(figure.value) + u' ' + figure.unit,
            spreadText(figure.samples),
            QString::number(figure.samples.size()),
            baseline,
            ratioText,
            figure.goal,
        });
    }
    return rows;
}

} // namespace

void printTable(QTextStream &out, const QList<Figure> &figures)
{
    const QStringList header = tableHeader();
    const QList<QStringList> rows = tableRows(figures);
    QList<qsizetype> widths(header.size(), 0);
    for (qsizetype column = 0; column < header.size(); ++column) {
        widths[column] = header.at(column).size();
        for (const QStringList &row : std::as_const(rows))
            widths[column] = std::max(widths[column], row.at(column).size());
    }
    const auto printRow = [&](const QStringList &row) {
        QString line;
        for (qsizetype column = 0; column < row.size(); ++column)
            line += row.at(column).leftJustified(widths.at(column)) + u"  "_s;
        out << line.trimmed() << '\n';
    };
    printRow(header);
    QStringList rule;
    for (qsizetype width : std::as_const(widths))
        rule.append(QString(width, u'-'));
    printRow(rule);
    for (const QStringList &row : std::as_const(rows))
        printRow(row);
    out.flush();
}

void printMarkdownTable(QTextStream &out, const QList<Figure> &figures)
{
    const QStringList header = tableHeader();
    out << "| " << header.join(u" | "_s) << " |\n";
    out << "|" << QStringList(header.size(), u"---"_s).join(u'|') << "|\n";
    for (const QStringList &row : tableRows(figures))
        out << "| " << row.join(u" | "_s) << " |\n";
    out.flush();
}

} // namespace syncscope::bench
