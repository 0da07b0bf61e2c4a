#pragma once

#include "figure.h"

#include <QJsonArray>
#include <QList>
#include <QTextStream>

namespace syncscope::bench {

// The JSON shape the issue fixes: one object per figure with exactly the keys name, value,
// unit, baseline (number or null), baseline_name, higher_is_better, samples.
QJsonArray figuresToJson(const QList<Figure> &figures);

// The richer form the bench's own child processes hand back to the driver: the public keys
// plus baseline_samples and goal, so that the driver's table can show the baseline's spread.
QJsonArray figuresToDetailedJson(const QList<Figure> &figures);
QList<Figure> figuresFromJson(const QJsonArray &array, QString *error);

bool writeJsonFile(const QString &path, const QJsonArray &array, QString *error);
std::optional<QJsonArray> readJsonFile(const QString &path, QString *error);

// A fixed-width table: figure, median, spread, repetitions, baseline, ratio, goal.
void printTable(QTextStream &out, const QList<Figure> &figures);
// The same table in Markdown.
void printMarkdownTable(QTextStream &out, const QList<Figure> &figures);

} // namespace syncscope::bench
