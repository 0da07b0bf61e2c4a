#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace syncscope::bench {

// Everything a run can be told: which figures, how many repetitions, and every size. The
// three presets (full, --quick, --smoke) only change defaults; an explicit flag always wins.
struct BenchOptions
{
    enum class Preset { Full, Quick, Smoke };
    Preset preset = Preset::Full;
    QStringList groups; // empty: every group
    QString jsonFile;
    QString markdownFile; // the table again, as Markdown (docs/performance.md)
    QString workDir;      // where temporary realms and server data go; empty: the system temp dir
    // Where the server-scale and operator-cost servers keep their data; empty: under workDir.
    // A RAM-backed file system (/dev/shm) takes the disk out of those figures: a CPU-bound view.
    QString scaleDataDir;

    int repetitions = 5;
    int localWrites = 500; // 1 KiB writes per repetition
    QList<int> throughputMiB = {1, 16, 64, 256};
    int throughputValueKiB = 256; // size of one Realm::write in the upload/download figures
    int propagationSamples = 200; // writes per repetition
    QList<int> sessionCounts = {10, 100, 1000, 10000};
    int scaleSessions = 10'000;
    int scaleConnections = 100;
    int scaleSeconds = 20;
    int timeoutSamples = 100;
    int reconnectSamples = 10;
    int monitorSessions = 1000;
    int monitorRows = 10'000;
    int monitorSeconds = 5;
    int chartHours = 24;
    // 0: every server on its own SQLite file (the default). N ≥ 1: every server of a figure is
    // N syncscope-server nodes sharing one database in a private PostgreSQL cluster; the
    // figures then use the nodes as docs/performance.md describes (writer on the first node,
    // reader on the last, the server-scale load spread evenly).
    int postgresNodes = 0;

    QString serverBin;
    QString peerBin;
    QString loadBin;
    QString guiBin;

    bool wants(const QString &group) const { return groups.isEmpty() || groups.contains(group); }
};

// The groups a run can name on the command line, in the order they run.
QStringList allGroups();

// Parses the command line of syncscope-bench (and of its GUI child, which accepts the same
// flags). On bad input, or --help, returns nullopt with the message (or the help text) in
// `error`; `helpRequested` tells the two apart.
std::optional<BenchOptions> parseOptions(const QStringList &arguments, QString *error,
                                         bool *helpRequested = nullptr);

// The flags that reproduce `options` for a child process (sizes and repetitions, no groups).
QStringList sizeArguments(const BenchOptions &options);

} // namespace syncscope::bench
