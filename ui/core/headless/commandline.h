#pragma once

#include "workspace/workspace.h"

#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

namespace syncscope::monitor {

// The monitor's command line (docs/api.md), parsed without any widget so that the headless
// binary path and the tests share it.
struct MonitorOptions
{
    enum class Action { Run, ShowHelp, ShowVersion, BadUsage };
    Action action = Action::Run;
    bool headless = false;
    QString workspacePath;                             // empty: embedded server and demo
    std::optional<std::chrono::milliseconds> duration; // headless only
    QString exportPath;                                // headless only: .csv or .jsonl
    // headless only: exit 1 when a session is disconnected this long (or longer) at the end
    std::optional<std::chrono::seconds> failOnDisconnected;
    QString language;         // e.g. "de"; empty: system locale
    QList<qint64> attachPids; // --attach-pid: processes whose sessions to watch (inspector)
    enum class Format { Table, Json };
    Format format = Format::Table; // headless only: --format table|json
    bool watch = false;            // headless only: redraw the table in place on a terminal
    // headless only: serve GET /metrics (Prometheus) on this address and port (0: any free one)
    std::optional<std::pair<QHostAddress, quint16>> metricsListen;
    // --attach URL --operator-token-file F: servers whose sessions to watch (operator API);
    // the n-th token file goes with the n-th URL.
    QList<ServerAttachment> attachServers;
    QString message; // help or version text, or what is wrong with the command line
};

class MonitorCommandLine final
{
public:
    // arguments includes the program name, as QCoreApplication::arguments().
    static MonitorOptions parse(const QStringList &arguments);

    // Whether to build a QCoreApplication instead of a QApplication: decided before Qt runs,
    // from the raw arguments.
    static bool wantsHeadless(int argc, char **argv);
    // --lang VALUE, read early so --help itself comes out translated.
    static QString languageArgument(int argc, char **argv);
};

} // namespace syncscope::monitor
