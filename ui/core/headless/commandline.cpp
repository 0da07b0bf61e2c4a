#include "headless/commandline.h"

#include "export/progressexport.h"
#include "workspace/workspacefile.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstring>

namespace syncscope::monitor {

namespace {

// QCommandLineParser has no options with an optional value: "--fail-on-disconnected" alone
// gets its default, "--fail-on-disconnected 30" becomes "--fail-on-disconnected=30".
QStringList withOptionalValues(const QStringList &arguments)
{
    const QString name = QStringLiteral("--fail-on-disconnected");
    QStringList out;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) != name) {
            out << arguments.at(i);
            continue;
        }
        bool isNumber = false;
        if (i + 1 < arguments.size())
            arguments.at(i + 1).toDouble(&isNumber);
        out << name + u'=' + (isNumber ? arguments.at(++i) : QStringLiteral("0"));
    }
    return out;
}

} // namespace

MonitorOptions MonitorCommandLine::parse(const QStringList &givenArguments)
{
    const QStringList arguments = withOptionalValues(givenArguments);
    MonitorOptions options;
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "MonitorCommandLine", "Watches sync sessions: their state, connection, progress and "
                              "rates.\nWith no options it starts an embedded server with a "
                              "demo workspace."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption workspaceOption(
        QStringLiteral("workspace"),
        QCoreApplication::translate("MonitorCommandLine",
                                    "Open the sessions listed in <file> (JSON, see "
                                    "docs/monitor.md)."),
        QCoreApplication::translate("MonitorCommandLine", "file"));
    const QCommandLineOption headlessOption(
        QStringLiteral("headless"),
        QCoreApplication::translate("MonitorCommandLine",
                                    "Run without a window: print a status table every second."));
    const QCommandLineOption durationOption(
        QStringLiteral("duration"),
        QCoreApplication::translate("MonitorCommandLine", "With --headless: stop after <seconds>."),
        QCoreApplication::translate("MonitorCommandLine", "seconds"));
    const QCommandLineOption exportOption(
        QStringLiteral("export"),
        QCoreApplication::translate("MonitorCommandLine",
                                    "With --headless: write the progress log to <file> at the "
                                    "end (.csv or .jsonl)."),
        QCoreApplication::translate("MonitorCommandLine", "file"));
    const QCommandLineOption langOption(
        QStringLiteral("lang"),
        QCoreApplication::translate("MonitorCommandLine",
                                    "Use <language> (e.g. de, fr, es) instead of the system's."),
        QCoreApplication::translate("MonitorCommandLine", "language"));
    const QCommandLineOption failOnDisconnectedOption(
        QStringLiteral("fail-on-disconnected"),
        QCoreApplication::translate(
            "MonitorCommandLine",
            "With --headless: exit 1 when, at the end, a session that should sync (not expected "
            "to fail, not paused) has been disconnected for [seconds] or longer — also one that "
            "never connected. Without a value: any disconnected session."),
        QCoreApplication::translate("MonitorCommandLine", "seconds"));

    const QCommandLineOption attachOption(
        QStringLiteral("attach-pid"),
        QCoreApplication::translate("MonitorCommandLine",
                                    "Watch the sessions of the running process <pid> through its "
                                    "inspector (docs/inspector.md); may be repeated."),
        QCoreApplication::translate("MonitorCommandLine", "pid"));
    const QCommandLineOption formatOption(
        QStringLiteral("format"),
        QCoreApplication::translate("MonitorCommandLine",
                                    "With --headless: \"table\" (the default) for people, or "
                                    "\"json\": one JSON object a line each second, for scripts."),
        QCoreApplication::translate("MonitorCommandLine", "format"));
    const QCommandLineOption watchOption(
        QStringLiteral("watch"),
        QCoreApplication::translate("MonitorCommandLine",
                                    "With --headless on a terminal: redraw the table in place "
                                    "instead of appending it."));
    const QCommandLineOption metricsOption(
        QStringLiteral("metrics-listen"),
        QCoreApplication::translate("MonitorCommandLine",
                                    "With --headless: serve the sessions' states, bytes and "
                                    "reconnects as Prometheus metrics at "
                                    "http://<host:port>/metrics (plain HTTP; port 0 picks one)."),
        QCoreApplication::translate("MonitorCommandLine", "host:port"));
    const QCommandLineOption attachServerOption(
        QStringLiteral("attach"),
        QCoreApplication::translate("MonitorCommandLine",
                                    "Watch every session of the syncscope-server whose operator "
                                    "API listens at <url> (docs/operator.md); may be repeated, "
                                    "each with its own --operator-token-file."),
        QCoreApplication::translate("MonitorCommandLine", "url"));
    const QCommandLineOption tokenFileOption(
        QStringLiteral("operator-token-file"),
        QCoreApplication::translate("MonitorCommandLine",
                                    "The operator token for the --attach before it (from "
                                    "syncscope-server token --operator)."),
        QCoreApplication::translate("MonitorCommandLine", "file"));
    parser.addOptions({workspaceOption, headlessOption, durationOption, exportOption,
                       failOnDisconnectedOption, formatOption, watchOption, langOption,
                       attachOption, attachServerOption, tokenFileOption, metricsOption});

    auto bad = [&](const QString &message) {
        options.action = MonitorOptions::Action::BadUsage;
        options.message = message;
        return options;
    };
    if (!parser.parse(arguments))
        return bad(parser.errorText());
    if (parser.isSet(QStringLiteral("help-all"))) {
        // Only process() prints Qt's own options too (there is no public text for it); it
        // exits the process, as --help-all means to.
        parser.process(arguments);
    }
    if (parser.isSet(helpOption)) {
        options.action = MonitorOptions::Action::ShowHelp;
        options.message = parser.helpText();
        return options;
    }
    if (parser.isSet(versionOption)) {
        options.action = MonitorOptions::Action::ShowVersion;
        options.message =
            QCoreApplication::applicationName() + u' ' + QCoreApplication::applicationVersion();
        return options;
    }
    if (!parser.positionalArguments().isEmpty())
        return bad(QCoreApplication::translate("MonitorCommandLine", "unexpected argument: %1")
                       .arg(parser.positionalArguments().constFirst()));

    options.headless = parser.isSet(headlessOption);
    options.workspacePath = parser.value(workspaceOption);
    options.language = parser.value(langOption);
    if (parser.isSet(workspaceOption) && options.workspacePath.isEmpty())
        return bad(
            QCoreApplication::translate("MonitorCommandLine", "--workspace needs a file name"));
    for (const QString &value : parser.values(attachOption)) {
        bool ok = false;
        const qint64 pid = value.toLongLong(&ok);
        if (!ok || pid <= 0)
            return bad(QCoreApplication::translate("MonitorCommandLine",
                                                   "--attach-pid needs a process id, got \"%1\"")
                           .arg(value));
        if (!options.attachPids.contains(pid))
            options.attachPids.append(pid);
    }
    const QStringList serverUrls = parser.values(attachServerOption);
    const QStringList tokenFiles = parser.values(tokenFileOption);
    if (serverUrls.size() != tokenFiles.size())
        return bad(QCoreApplication::translate("MonitorCommandLine",
                                               "each --attach needs its own "
                                               "--operator-token-file (got %1 URLs and %2 files)")
                       .arg(serverUrls.size())
                       .arg(tokenFiles.size()));
    for (qsizetype i = 0; i < serverUrls.size(); ++i) {
        ServerAttachment server;
        server.url = QUrl(serverUrls.at(i));
        server.tokenFile = tokenFiles.at(i);
        if (const QString why = WorkspaceFile::attachmentError(server); !why.isEmpty())
            return bad(QCoreApplication::translate("MonitorCommandLine", "--attach %1: %2")
                           .arg(serverUrls.at(i), why));
        options.attachServers.append(server);
    }
    if (parser.isSet(durationOption)) {
        if (!options.headless)
            return bad(QCoreApplication::translate("MonitorCommandLine",
                                                   "--duration only applies with --headless"));
        bool ok = false;
        const double seconds = parser.value(durationOption).toDouble(&ok);
        // Up to a year: beyond that the number is a typo, and the timer would overflow.
        if (!ok || seconds <= 0 || seconds > 365.0 * 24 * 3600)
            return bad(QCoreApplication::translate(
                           "MonitorCommandLine",
                           "--duration needs a positive number of seconds, got \"%1\"")
                           .arg(parser.value(durationOption)));
        options.duration = std::chrono::milliseconds(qint64(seconds * 1000));
    }
    if (parser.isSet(exportOption)) {
        if (!options.headless)
            return bad(QCoreApplication::translate(
                "MonitorCommandLine",
                "--export only applies with --headless (the window has File > Export)"));
        options.exportPath = parser.value(exportOption);
        if (!exportFormatForPath(options.exportPath))
            return bad(QCoreApplication::translate("MonitorCommandLine",
                                                   "--export file must end in .csv or .jsonl: %1")
                           .arg(options.exportPath));
    }
    if (parser.isSet(formatOption)) {
        if (!options.headless)
            return bad(QCoreApplication::translate("MonitorCommandLine",
                                                   "--format only applies with --headless"));
        const QString format = parser.value(formatOption);
        if (format == u"json")
            options.format = MonitorOptions::Format::Json;
        else if (format != u"table")
            return bad(QCoreApplication::translate("MonitorCommandLine",
                                                   "--format must be table or json, got \"%1\"")
                           .arg(format));
    }
    if (parser.isSet(watchOption)) {
        if (!options.headless)
            return bad(QCoreApplication::translate("MonitorCommandLine",
                                                   "--watch only applies with --headless"));
        options.watch = true;
    }
    if (parser.isSet(failOnDisconnectedOption)) {
        if (!options.headless)
            return bad(QCoreApplication::translate(
                "MonitorCommandLine", "--fail-on-disconnected only applies with --headless"));
        bool ok = false;
        const double seconds = parser.value(failOnDisconnectedOption).toDouble(&ok);
        if (!ok || seconds < 0 || seconds > 365.0 * 24 * 3600)
            return bad(QCoreApplication::translate(
                           "MonitorCommandLine",
                           "--fail-on-disconnected needs a number of seconds, got \"%1\"")
                           .arg(parser.value(failOnDisconnectedOption)));
        options.failOnDisconnected = std::chrono::seconds(qint64(seconds));
    }
    if (parser.isSet(metricsOption)) {
        if (!options.headless)
            return bad(QCoreApplication::translate(
                "MonitorCommandLine", "--metrics-listen only applies with --headless"));
        const QString value = parser.value(metricsOption);
        const qsizetype colon = value.lastIndexOf(u':');
        QString host = value.left(colon);
        if (host.startsWith(u'[') && host.endsWith(u']'))
            host = host.mid(1, host.size() - 2);
        bool ok = colon > 0;
        const uint port = value.mid(colon + 1).toUInt(&ok);
        QHostAddress address;
        if (host == QLatin1StringView("localhost"))
            address = QHostAddress(QHostAddress::LocalHost);
        else if (!address.setAddress(host))
            ok = false;
        if (!ok || colon <= 0 || port > 65535)
            return bad(QCoreApplication::translate(
                           "MonitorCommandLine",
                           "--metrics-listen needs HOST:PORT with an IP address or localhost, "
                           "got \"%1\"")
                           .arg(value));
        options.metricsListen = std::pair{address, quint16(port)};
    }
    return options;
}

bool MonitorCommandLine::wantsHeadless(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--headless") == 0 || std::strcmp(argv[i], "-headless") == 0)
            return true;
        // Help and version need no display either.
        if (std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0 ||
            std::strcmp(argv[i], "--help-all") == 0 || std::strcmp(argv[i], "--version") == 0 ||
            std::strcmp(argv[i], "-v") == 0)
            return true;
    }
    return false;
}

QString MonitorCommandLine::languageArgument(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--lang") == 0 && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (std::strncmp(argv[i], "--lang=", 7) == 0)
            return QString::fromLocal8Bit(argv[i] + 7);
    }
    return {};
}

} // namespace syncscope::monitor
