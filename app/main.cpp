// syncscope — the monitor. Parses the command line and wires the libraries together; all
// behaviour lives in Syncscope::MonitorCore (headless) and Syncscope::Widgets (window).
#include "demo/embeddeddemo.h"
#include "headless/commandline.h"
#include "headless/headlessconsole.h"
#include "headless/headlessrunner.h"
#include "mainwindow/mainwindow.h"
#include "metrics/monitormetrics.h"
#include "monitor/inspectedprocesssessions.h"
#include "monitor/logging.h"
#include "monitor/sessionmonitor.h"
#include "monitor/translations.h"
#include "operator/attachedserver.h"
#include "workspace/workspacefile.h"
#include <syncscope/platform/prometheus.h>

#include <syncscope/platform/shutdownsignals.h>

#include <QApplication>
#include <QDir>
#include <QIcon>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTextStream>

#include <cstdio>
#include <memory>
#include <unistd.h>
#include <vector>

using namespace syncscope;
using namespace syncscope::monitor;

namespace {

int reportBadUsage(bool headless, const QString &message)
{
    QTextStream(stderr) << "syncscope: " << message << Qt::endl;
    if (!headless)
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Syncscope"), message);
    return HeadlessRunner::BadUsage;
}

} // namespace

int main(int argc, char **argv)
{
    // No display is needed (or opened) for --headless, --help and --version.
    const bool noWindow = MonitorCommandLine::wantsHeadless(argc, argv);
    std::unique_ptr<QCoreApplication> app;
    if (noWindow)
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Syncscope"));
    QCoreApplication::setApplicationName(QStringLiteral("syncscope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SYNCSCOPE_VERSION));
    if (!noWindow) {
        QApplication::setApplicationDisplayName(QStringLiteral("Syncscope"));
        // Wayland compositors take the window's icon from the installed syncscope.desktop.
        QGuiApplication::setDesktopFileName(QStringLiteral("syncscope"));
    }
    installTranslations(MonitorCommandLine::languageArgument(argc, argv));

    const MonitorOptions options = MonitorCommandLine::parse(QCoreApplication::arguments());
    switch (options.action) {
    case MonitorOptions::Action::ShowHelp:
    case MonitorOptions::Action::ShowVersion:
        QTextStream(stdout) << options.message << Qt::endl;
        return 0;
    case MonitorOptions::Action::BadUsage:
        QTextStream(stderr) << "syncscope: " << options.message << Qt::endl
                            << QCoreApplication::translate("main", "Try syncscope --help.")
                            << Qt::endl;
        return HeadlessRunner::BadUsage;
    case MonitorOptions::Action::Run:
        break;
    }

    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dataDir);
    SessionMonitor monitor;
    std::unique_ptr<EmbeddedDemo> demo;
    if (options.workspacePath.isEmpty() &&
        (!options.attachPids.isEmpty() || !options.attachServers.isEmpty())) {
        // Only the attached processes' or servers' sessions: no demo.
    } else if (options.workspacePath.isEmpty()) {
        demo = std::make_unique<EmbeddedDemo>(dataDir);
        QString error;
        if (!demo->start(&error))
            return reportBadUsage(options.headless, error);
        monitor.addWorkspace(demo->workspace());
        demo->decorate(monitor);
    } else if (!options.headless && !QFileInfo::exists(options.workspacePath)) {
        // A new workspace: the window starts empty, Add session fills it, Save writes the file.
        monitor.setTitle(QFileInfo(options.workspacePath).completeBaseName());
    } else {
        WorkspaceError error;
        const std::optional<Workspace> workspace =
            WorkspaceFile::load(options.workspacePath, &error);
        if (!workspace) {
            return reportBadUsage(
                options.headless,
                QCoreApplication::translate("main", "cannot open workspace %1: %2")
                    .arg(QDir::toNativeSeparators(options.workspacePath), error.toString()));
        }
        if (const QString warning = WorkspaceFile::permissionWarning(options.workspacePath);
            !warning.isEmpty()) {
            QTextStream(stderr) << "syncscope: " << warning << Qt::endl;
            monitor.eventLog()->append(-1, QString(), EventKind::Monitor, warning);
        }
        if (workspace->title.isEmpty())
            monitor.setTitle(QFileInfo(options.workspacePath).completeBaseName());
        monitor.addWorkspace(*workspace);
    }

    std::vector<std::unique_ptr<InspectedProcessSessions>> attachedProcesses;
    for (const qint64 pid : options.attachPids) {
        auto process = std::make_unique<InspectedProcessSessions>(&monitor);
        if (!process->attach(pid)) {
            return reportBadUsage(options.headless,
                                  QCoreApplication::translate("main", "cannot attach to %1: %2")
                                      .arg(pid)
                                      .arg(process->errorString()));
        }
        QObject::connect(process.get(), &InspectedProcessSessions::failed, &monitor,
                         [&monitor, pid](const QString &error) {
                             const QString message =
                                 QCoreApplication::translate("main", "cannot attach to %1: %2")
                                     .arg(pid)
                                     .arg(error);
                             QTextStream(stderr) << "syncscope: " << message << Qt::endl;
                             monitor.eventLog()->append(-1, QString(), EventKind::Monitor, message);
                         });
        attachedProcesses.push_back(std::move(process));
    }

    // A server that cannot be reached is retried (and logged), not a reason to stop; a token it
    // refuses (or a token file that cannot be read) is: retrying cannot help.
    for (const ServerAttachment &server : options.attachServers) {
        AttachedServer *attached = monitor.attachServer(server);
        auto refused = [attached, headless = options.headless, &app] {
            const bool failed = !attached->startError().isEmpty() ||
                                attached->client()->status() == OperatorClient::Status::Refused;
            if (!failed)
                return;
            QTextStream(stderr) << "syncscope: "
                                << QCoreApplication::translate("main", "cannot attach to %1: %2")
                                       .arg(attached->label(), attached->statusText())
                                << Qt::endl;
            if (headless)
                QMetaObject::invokeMethod(
                    app.get(), [] { QCoreApplication::exit(HeadlessRunner::BadUsage); },
                    Qt::QueuedConnection);
        };
        refused();
        QObject::connect(attached, &AttachedServer::changed, attached, refused);
    }

    if (options.headless) {
        // Table or JSON on standard output, every log line on standard error.
        HeadlessConsole console(STDOUT_FILENO, STDERR_FILENO);
        console.setRedrawInPlace(options.watch && options.format == MonitorOptions::Format::Table);
        console.captureQtMessages();
        HeadlessRunner runner(&monitor, &console);
        runner.setFormat(options.format == MonitorOptions::Format::Json
                             ? HeadlessRunner::Format::Json
                             : HeadlessRunner::Format::Table);
        runner.setDuration(options.duration);
        runner.setExportPath(options.exportPath);
        runner.setFailOnDisconnected(options.failOnDisconnected);
        MonitorMetrics metrics(&monitor);
        platform::MetricsHttpEndpoint metricsServer([&metrics] { return metrics.render(); });
        if (options.metricsListen) {
            const auto &[address, port] = *options.metricsListen;
            if (!metricsServer.listen(address, port)) {
                QTextStream(stderr)
                    << "syncscope: "
                    << QCoreApplication::translate("main", "cannot serve metrics on %1 port %2: %3")
                           .arg(address.toString())
                           .arg(port)
                           .arg(metricsServer.errorString())
                    << Qt::endl;
                return HeadlessRunner::BadUsage;
            }
            // The port, when 0 was asked for, is only known now: say where to scrape.
            QTextStream(stderr) << "syncscope: "
                                << QCoreApplication::translate("main", "metrics at %1")
                                       .arg(QStringLiteral("http://%1:%2/metrics")
                                                .arg(metricsServer.serverAddress().toString())
                                                .arg(metricsServer.serverPort()))
                                << Qt::endl;
        }
        // Ctrl+C ends a headless run the way --duration does: export written, summary printed.
        platform::ShutdownSignals signals_;
        if (QString error; !signals_.install(&error))
            qCWarning(lcHeadless) << "Ctrl+C ends the process abruptly:" << error;
        QObject::connect(&signals_, &platform::ShutdownSignals::received, &runner,
                         &HeadlessRunner::finish);
        QObject::connect(&runner, &HeadlessRunner::finished, app.get(), &QCoreApplication::exit,
                         Qt::QueuedConnection);
        runner.start();
        return app->exec();
    }

    // The charts keep their history across restarts of the window (not of headless runs).
    monitor.keepHistoryIn(HistoryStore::defaultDirectory());
    ui::MainWindow window(&monitor);
    // The icon the packages install into the hicolor theme; the same drawing, painted, otherwise.
    window.setWindowIcon(QIcon::fromTheme(QStringLiteral("syncscope"), window.windowIcon()));
    if (demo) {
        window.setEmbeddedServer(demo->serverUrl(),
                                 QCoreApplication::translate("main", "Embedded server %1")
                                     .arg(demo->serverUrl().toString()));
    } else {
        window.setWorkspacePath(options.workspacePath);
    }
    window.restoreSettings();
    window.show();
    return app->exec();
}
