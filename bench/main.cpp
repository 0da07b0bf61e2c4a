// syncscope-bench: runs the figure groups, prints one table, optionally writes the JSON the
// issue specifies. `syncscope-bench verify FILE [size flags]` checks such a file (ctest smoke).
#include "figures/groups.h"
#include "harness/context.h"
#include "harness/figurenames.h"
#include "harness/report.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace syncscope::bench {
namespace {

// Checks a JSON results file: an array of objects with exactly the keys and types,
// containing every figure a run with these options produces.
int verify(const QString &path, const BenchOptions &options)
{
    QTextStream err(stderr);
    QString error;
    const std::optional<QJsonArray> array = readJsonFile(path, &error);
    if (!array) {
        err << QCoreApplication::translate("Bench", "%1: %2").arg(path, error) << '\n';
        return 1;
    }
    const QStringList keys = {u"baseline"_s, u"baseline_name"_s, u"higher_is_better"_s,
                              u"name"_s,     u"samples"_s,       u"unit"_s,
                              u"value"_s};
    QStringList present;
    int problems = 0;
    for (const QJsonValue &entry : *array) {
        const QJsonObject object = entry.toObject();
        QStringList objectKeys = object.keys();
        objectKeys.sort();
        const bool typed =
            object.value("name"_L1).isString() && object.value("value"_L1).isDouble() &&
            object.value("unit"_L1).isString() &&
            (object.value("baseline"_L1).isDouble() || object.value("baseline"_L1).isNull()) &&
            object.value("baseline_name"_L1).isString() &&
            object.value("higher_is_better"_L1).isBool() && object.value("samples"_L1).isArray() &&
            !object.value("samples"_L1).toArray().isEmpty();
        if (objectKeys != keys || !typed) {
            err << QCoreApplication::translate("Bench", "malformed figure: %1")
                       .arg(object.value("name"_L1).toString())
                << '\n';
            ++problems;
        }
        present.append(object.value("name"_L1).toString());
    }
    for (const QString &name : names::expected(options)) {
        if (!present.contains(name)) {
            err << QCoreApplication::translate("Bench", "missing figure: %1").arg(name) << '\n';
            ++problems;
        }
    }
    return problems == 0 ? 0 : 1;
}

int run(const BenchOptions &options)
{
    BenchContext context(options);
    if (!context.isValid()) {
        QTextStream(stderr) << QCoreApplication::translate("Bench",
                                                           "cannot create a scratch directory")
                            << '\n';
        return 1;
    }
    struct Group
    {
        QString name;
        QList<Figure> (*measure)(BenchContext &);
    };
    const QList<Group> groups = {
        {u"local-write"_s, measureLocalWrite},   {u"throughput"_s, measureThroughput},
        {u"propagation"_s, measurePropagation},  {u"sessions"_s, measureSessions},
        {u"server-scale"_s, measureServerScale}, {u"operator-cost"_s, measureOperatorCost},
        {u"wait-timeout"_s, measureWaitTimeout}, {u"reconnect"_s, measureReconnect},
    };
    QList<Figure> figures;
    for (const Group &group : groups) {
        if (options.wants(group.name)) {
            qCInfo(lcBench) << "measuring" << group.name;
            figures << group.measure(context);
        }
    }
    QStringList guiGroups;
    for (const QString &group : {u"chart"_s, u"monitor"_s}) {
        if (options.wants(group))
            guiGroups.append(group);
    }
    if (!guiGroups.isEmpty())
        figures << measureInGuiProcess(context, guiGroups);

    QTextStream out(stdout);
    printTable(out, figures);
    if (!options.markdownFile.isEmpty()) {
        QFile file(options.markdownFile);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            QTextStream(stderr) << options.markdownFile << ": " << file.errorString() << '\n';
            return 1;
        }
        QTextStream markdown(&file);
        printMarkdownTable(markdown, figures);
    }
    if (!options.jsonFile.isEmpty()) {
        QString error;
        if (!writeJsonFile(options.jsonFile, figuresToJson(figures), &error)) {
            QTextStream(stderr) << options.jsonFile << ": " << error << '\n';
            return 1;
        }
    }
    // Every figure that should exist must exist: a group that failed fails the run.
    QStringList produced;
    for (const Figure &figure : std::as_const(figures))
        produced.append(figure.name);
    int missing = 0;
    for (const QString &name : names::expected(options)) {
        if (!produced.contains(name)) {
            QTextStream(stderr)
                << QCoreApplication::translate("Bench", "not measured: %1").arg(name) << '\n';
            ++missing;
        }
    }
    return missing == 0 ? 0 : 1;
}

} // namespace
} // namespace syncscope::bench

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"syncscope-bench"_s);
    QStringList arguments = QCoreApplication::arguments();
    QString verifyFile;
    if (arguments.value(1) == "verify"_L1) {
        verifyFile = arguments.value(2);
        arguments.remove(1, std::min<qsizetype>(2, arguments.size() - 1));
    }
    QString error;
    bool help = false;
    const std::optional<syncscope::bench::BenchOptions> options =
        syncscope::bench::parseOptions(arguments, &error, &help);
    if (!options) {
        QTextStream(help ? stdout : stderr) << error << '\n';
        return help ? 0 : 2;
    }
    if (!verifyFile.isEmpty() || arguments.size() < QCoreApplication::arguments().size())
        return syncscope::bench::verify(verifyFile, *options);
    return syncscope::bench::run(*options);
}
