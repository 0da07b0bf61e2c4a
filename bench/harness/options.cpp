#include "options.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QProcessEnvironment>

using namespace Qt::StringLiterals;

namespace syncscope::bench {

namespace {

struct IntFlag
{
    QString name;
    QString description;
    int BenchOptions::*field;
};

struct ListFlag
{
    QString name;
    QString description;
    QList<int> BenchOptions::*field;
};

QList<IntFlag> intFlags()
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("Bench", text); };
    return {
        {u"repetitions"_s, tr("Repetitions of every figure."), &BenchOptions::repetitions},
        {u"local-writes"_s, tr("1 KiB writes per local-write repetition."),
         &BenchOptions::localWrites},
        {u"value-kib"_s, tr("Size of one write in the throughput figures, KiB."),
         &BenchOptions::throughputValueKiB},
        {u"propagation-samples"_s, tr("Writes per propagation repetition."),
         &BenchOptions::propagationSamples},
        {u"scale-sessions"_s, tr("Sessions in the server-scale figure."),
         &BenchOptions::scaleSessions},
        {u"scale-connections"_s, tr("Connections in the server-scale figure."),
         &BenchOptions::scaleConnections},
        {u"scale-seconds"_s, tr("Measured seconds of the server-scale figure."),
         &BenchOptions::scaleSeconds},
        {u"timeout-samples"_s, tr("Timed-out waits per repetition."),
         &BenchOptions::timeoutSamples},
        {u"reconnect-samples"_s, tr("Server restarts in the reconnect figure."),
         &BenchOptions::reconnectSamples},
        {u"monitor-sessions"_s, tr("Live sessions in the monitor figure."),
         &BenchOptions::monitorSessions},
        {u"monitor-rows"_s, tr("Synthetic rows in the monitor figure."),
         &BenchOptions::monitorRows},
        {u"monitor-seconds"_s, tr("Measured seconds of each monitor figure."),
         &BenchOptions::monitorSeconds},
        {u"chart-hours"_s, tr("History range of the chart figure, hours."),
         &BenchOptions::chartHours},
        {u"postgres-nodes"_s,
         tr("Run every server as N nodes sharing a private PostgreSQL database (default: one "
            "node on SQLite)."),
         &BenchOptions::postgresNodes},
    };
}

QList<ListFlag> listFlags()
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("Bench", text); };
    return {
        {u"throughput-mib"_s, tr("Comma-separated realm sizes of the throughput figures, MiB."),
         &BenchOptions::throughputMiB},
        {u"sessions"_s, tr("Comma-separated session counts of the session figures."),
         &BenchOptions::sessionCounts},
    };
}

void applyPreset(BenchOptions &options)
{
    switch (options.preset) {
    case BenchOptions::Preset::Full:
        break;
    case BenchOptions::Preset::Quick:
        options.repetitions = 3;
        options.localWrites = 200;
        options.throughputMiB = {1, 4};
        options.propagationSamples = 50;
        options.sessionCounts = {10, 100};
        options.scaleSessions = 500;
        options.scaleConnections = 10;
        options.scaleSeconds = 5;
        options.timeoutSamples = 30;
        options.reconnectSamples = 3;
        options.monitorSessions = 100;
        options.monitorRows = 1000;
        options.monitorSeconds = 2;
        break;
    case BenchOptions::Preset::Smoke:
        options.repetitions = 2;
        options.localWrites = 20;
        options.throughputMiB = {1};
        options.throughputValueKiB = 64;
        options.propagationSamples = 10;
        options.sessionCounts = {10};
        options.scaleSessions = 40;
        options.scaleConnections = 4;
        options.scaleSeconds = 2;
        options.timeoutSamples = 5;
        options.reconnectSamples = 2;
        options.monitorSessions = 20;
        options.monitorRows = 200;
        options.monitorSeconds = 1;
        options.chartHours = 1;
        break;
    }
}

std::optional<QList<int>> parseList(const QString &text)
{
    QList<int> values;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const int value = part.trimmed().toInt(&ok);
        if (!ok || value <= 0)
            return std::nullopt;
        values.append(value);
    }
    if (values.isEmpty())
        return std::nullopt;
    return values;
}

} // namespace

QStringList allGroups()
{
    return {u"local-write"_s,  u"throughput"_s,    u"propagation"_s,  u"sessions"_s,
            u"server-scale"_s, u"operator-cost"_s, u"wait-timeout"_s, u"reconnect"_s,
            u"chart"_s,        u"monitor"_s};
}

std::optional<BenchOptions> parseOptions(const QStringList &arguments, QString *error,
                                         bool *helpRequested)
{
    if (helpRequested)
        *helpRequested = false;
    const auto tr = [](const char *text) { return QCoreApplication::translate("Bench", text); };
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Measures Syncscope against baselines taken in the same run. Groups: %1.\n"
           "'syncscope-bench verify FILE [size flags]' checks that a --json FILE has every "
           "figure of such a run, in the documented shape.")
            .arg(allGroups().join(u", "_s)));
    parser.addHelpOption();
    parser.addPositionalArgument(u"group"_s, tr("Figure groups to run (default: all)."),
                                 u"[group...]"_s);
    const QCommandLineOption quick(u"quick"_s, tr("Small sizes: a few minutes on 2 cores."));
    const QCommandLineOption smoke(u"smoke"_s, tr("The smallest sizes: only checks it works."));
    const QCommandLineOption json(u"json"_s, tr("Also write the results to FILE."), u"FILE"_s);
    const QCommandLineOption markdown(u"markdown"_s, tr("Also write the table as Markdown."),
                                      u"FILE"_s);
    const QCommandLineOption workDir(u"work-dir"_s, tr("Directory for temporary data."), u"DIR"_s);
    const QCommandLineOption serverBin(u"server-bin"_s, tr("The syncscope-server to measure."),
                                       u"PATH"_s);
    const QCommandLineOption scaleDataDir(
        u"scale-data-dir"_s,
        tr("Directory for the data of the server-scale and operator-cost servers (default: "
           "under --work-dir). On a RAM-backed file system such as /dev/shm the disk is out "
           "of those figures, which then show the server's CPU cost alone."),
        u"DIR"_s);
    parser.addOptions({quick, smoke, json, markdown, workDir, scaleDataDir, serverBin});
    const QList<IntFlag> ints = intFlags();
    QList<QCommandLineOption> intOptions;
    for (const IntFlag &flag : ints)
        intOptions.append(QCommandLineOption(flag.name, flag.description, u"N"_s));
    parser.addOptions(intOptions);
    const QList<ListFlag> lists = listFlags();
    QList<QCommandLineOption> listOptions;
    for (const ListFlag &flag : lists)
        listOptions.append(QCommandLineOption(flag.name, flag.description, u"LIST"_s));
    parser.addOptions(listOptions);

    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    if (parser.isSet(u"help"_s)) {
        *error = parser.helpText();
        if (helpRequested)
            *helpRequested = true;
        return std::nullopt;
    }

    BenchOptions options;
    if (parser.isSet(smoke))
        options.preset = BenchOptions::Preset::Smoke;
    else if (parser.isSet(quick))
        options.preset = BenchOptions::Preset::Quick;
    applyPreset(options);

    for (qsizetype i = 0; i < ints.size(); ++i) {
        if (!parser.isSet(intOptions.at(i)))
            continue;
        bool ok = false;
        const int value = parser.value(intOptions.at(i)).toInt(&ok);
        if (!ok || value <= 0) {
            *error = tr("--%1 needs a positive whole number").arg(ints.at(i).name);
            return std::nullopt;
        }
        options.*(ints.at(i).field) = value;
    }
    for (qsizetype i = 0; i < lists.size(); ++i) {
        if (!parser.isSet(listOptions.at(i)))
            continue;
        const std::optional<QList<int>> values = parseList(parser.value(listOptions.at(i)));
        if (!values) {
            *error =
                tr("--%1 needs positive whole numbers separated by commas").arg(lists.at(i).name);
            return std::nullopt;
        }
        options.*(lists.at(i).field) = *values;
    }

    for (const QString &group : parser.positionalArguments()) {
        if (!allGroups().contains(group)) {
            *error = tr("unknown group %1 (known: %2)").arg(group, allGroups().join(u", "_s));
            return std::nullopt;
        }
        options.groups.append(group);
    }
    options.jsonFile = parser.value(json);
    options.markdownFile = parser.value(markdown);
    options.workDir = parser.value(workDir);
    options.scaleDataDir = parser.value(scaleDataDir);

    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    options.serverBin = parser.isSet(serverBin)
                            ? parser.value(serverBin)
                            : environment.value(u"SYNCSCOPE_SERVER_BIN"_s,
                                                QStringLiteral(SYNCSCOPE_BENCH_SERVER_BIN));
    options.peerBin = QStringLiteral(SYNCSCOPE_BENCH_PEER_BIN);
    options.loadBin = QStringLiteral(SYNCSCOPE_BENCH_LOAD_BIN);
    options.guiBin = QStringLiteral(SYNCSCOPE_BENCH_GUI_BIN);
    return options;
}

QStringList sizeArguments(const BenchOptions &options)
{
    QStringList arguments;
    for (const IntFlag &flag : intFlags()) {
        // 0 is a flag's "not given" (--postgres-nodes: SQLite), which the parser refuses.
        if (options.*(flag.field) != 0)
            arguments << u"--"_s + flag.name << QString::number(options.*(flag.field));
    }
    for (const ListFlag &flag : listFlags()) {
        QStringList parts;
        for (int value : options.*(flag.field))
            parts.append(QString::number(value));
        arguments << u"--"_s + flag.name << parts.join(u',');
    }
    return arguments;
}

} // namespace syncscope::bench
