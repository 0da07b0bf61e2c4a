// syncscope-screenshots — renders the monitor's window with the embedded demo into PNG files
// for docs/images (scripts/screenshots runs it under Xvfb). Not installed.
//   syncscope-screenshots OUTPUT_DIR [--dark] [--seconds N] [--lang L] [--prefix P] [--main-only |
//   --charts] [--size WxH] [--operator] [--embedded-widget] [--inspector]
#include "charts/detailpane.h"
#include "charts/historychart.h"
#include "demo/embeddeddemo.h"
#include "inspector/attachprocessdialog.h"
#include "inspector/inspectoractions.h"
#include "inspector/networkconditionsdialog.h"
#include "log/eventlogpanel.h"
#include "mainwindow/mainwindow.h"
#include "monitor/inspectorsessionsource.h"
#include "monitor/monitoredsession.h"
#include "monitor/sessionmonitor.h"
#include "monitor/trafficgenerator.h"
#include "monitor/translations.h"
#include "operator/attachserverdialog.h"
#include "sessions/sessionlistmodel.h"
#include "sessions/sessionlistpanel.h"
#include "sessions/sessiontreeview.h"
#include "workspace/addsessiondialog.h"

#include <syncscope/app.h>
#include <syncscope/realm.h>
#include <syncscope/syncsession.h>
#include <syncscope/widgets/sessionmonitorwidget.h>

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPalette>
#include <QPushButton>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <functional>
#include <memory>
#include <vector>

using namespace syncscope;
using namespace syncscope::monitor;

namespace {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x24, 0x29, 0x2f), base(0x1b, 0x1f, 0x24), text(0xe6, 0xed, 0xf3);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight, QColor(0x1f, 0x6f, 0xeb));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8b, 0x94, 0x9e));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x6e, 0x76, 0x81));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x6e, 0x76, 0x81));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x6e, 0x76, 0x81));
    return p;
}

// docs/operator.md: the demo's sessions run in this process as "the apps"; a second monitor,
// the one in the window, sees them only through the server's operator API.
int shootOperator(QApplication &app, EmbeddedDemo &demo, const QString &dataDir,
                  const QString &outDir, const QString &prefix, int seconds)
{
    SessionMonitor apps;
    apps.setDefaultLocalDirectory(dataDir + QStringLiteral("/sessions"));
    apps.addWorkspace(demo.workspace());

    const QString tokenFile = dataDir + QStringLiteral("/operator.token");
    QFile file(tokenFile);
    if (!file.open(QIODevice::WriteOnly))
        return 1;
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(demo.operatorToken().toUtf8());
    file.close();

    SessionMonitor monitor;
    ui::MainWindow window(&monitor);
    window.resize(1640, 900);
    window.show();
    auto save = [&](QWidget *widget, const QString &name) {
        const QString path = outDir + u'/' + prefix + name + QStringLiteral(".png");
        widget->grab().save(path);
        QTextStream(stdout) << path << Qt::endl;
    };

    ui::AttachServerDialog dialog(&window);
    dialog.urlEdit()->setText(demo.operatorUrl().toString());
    dialog.show();
    QTimer::singleShot(std::chrono::milliseconds(500), &app, [&] {
        dialog.tokenFileEdit()->setText(tokenFile);
        dialog.tokenFileEdit()->setCursorPosition(0);
        save(&dialog, QStringLiteral("attach-server-dialog"));
        dialog.hide();
        monitor.attachServer(dialog.attachment());
        window.tabs()->setCurrentIndex(2);
    });
    QTimer::singleShot(std::chrono::seconds(seconds), &app, [&] {
        save(&window, QStringLiteral("server-pane"));
        // Not quit(): attaching made the workspace modified, and quit() asks the window to
        // close, which asks whether to save it (the pass hung on that question).
        QCoreApplication::exit(0);
    });
    return app.exec();
}

// The demo's sessions opened in `sdk` as an application would run them, with their traffic;
// the one the demo expects to be denied is left out (an app's window shows what it really runs).
struct AppSessions
{
    std::vector<std::shared_ptr<Realm>> realms;
    std::vector<std::unique_ptr<TrafficGenerator>> traffic;
};

AppSessions openDemoSessions(App &sdk, const EmbeddedDemo &demo, const QString &dataDir)
{
    AppSessions sessions;
    for (const SessionDefinition &definition : demo.workspace().sessions) {
        if (definition.expectedToFail)
            continue;
        const auto user = sdk.logIn(definition.token);
        const auto realm = user ? sdk.openRealm(user, {definition.serverUrl, definition.realmPath,
                                                       dataDir + QStringLiteral("/app/") +
                                                           QString::number(sessions.realms.size()) +
                                                           QStringLiteral(".realm")})
                                : nullptr;
        if (!realm)
            continue;
        if (definition.traffic.kind != TrafficSpec::Kind::None)
            sessions.traffic.push_back(
                std::make_unique<TrafficGenerator>(realm.get(), definition.traffic));
        sessions.realms.push_back(realm);
    }
    return sessions;
}

// --embedded-widget: SessionMonitorWidget as an application embeds it (docs/embedding.md): an
// App of the "application" opens the demo's sessions and writes their traffic itself; its
// debug window holds the widget.
int shootEmbeddedWidget(QApplication &app, const EmbeddedDemo &demo, const QString &dataDir,
                        const QString &path, int seconds)
{
    App sdk;
    const AppSessions sessions = openDemoSessions(sdk, demo, dataDir);
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *widget = new SessionMonitorWidget(&sdk, &window);
    layout->addWidget(widget);
    window.resize(1280, 760);
    window.show();
    widget->findChild<ui::DetailPane *>()->setTimeRange(TimeRange::OneMinute);
    // The slow download selected, so its charts and the enabled actions show.
    QTimer::singleShot(std::chrono::seconds(seconds) / 2, &app, [widget] {
        auto *list = widget->findChild<ui::SessionListPanel *>();
        for (int row = 0; row < list->model()->rowCount(); ++row) {
            MonitoredSession *session = list->model()->sessionAt(row);
            if (session->userId() == u"alice" && session->realmPath().endsWith(u"/archive"))
                list->selectSessions({session});
        }
    });
    QTimer::singleShot(std::chrono::seconds(seconds), &app, [&] {
        window.grab().save(path);
        QTextStream(stdout) << path << Qt::endl;
        app.quit();
    });
    return app.exec();
}

// --inspector: "Attach to process…" (docs/inspector.md). An App of the "application" opens the
// demo's sessions with their traffic and turns its inspector on; a monitor window with nothing
// of its own lists the process, attaches to it, and shows its sessions, one selected with its
// charts; then the "Simulate slow network…" dialog for that session.
int shootInspector(QApplication &app, const EmbeddedDemo &demo, const QString &dataDir,
                   const QString &outDir, const QString &prefix, QSize size, int seconds)
{
    App sdk;
    const AppSessions sessions = openDemoSessions(sdk, demo, dataDir);
    if (!sdk.setInspectorEnabled(true)) {
        QTextStream(stderr) << sdk.lastError() << Qt::endl;
        return 1;
    }
    const auto save = [&](QWidget *widget, const QString &name) {
        const QString path = outDir + u'/' + prefix + name + QStringLiteral(".png");
        widget->grab().save(path);
        QTextStream(stdout) << path << Qt::endl;
    };
    SessionMonitor monitor;
    ui::MainWindow window(&monitor);
    window.detailPane()->setTimeRange(TimeRange::OneMinute);
    window.resize(size);
    window.show();
    ui::AttachProcessDialog chooser({}, &window);
    QTimer::singleShot(std::chrono::seconds(1), &app, [&] {
        chooser.refresh();
        chooser.show();
        chooser.list()->setCurrentItem(chooser.list()->topLevelItem(0));
    });
    QTimer::singleShot(std::chrono::seconds(2), &app, [&] {
        save(&chooser, QStringLiteral("attach-process-dialog"));
        chooser.hide();
        window.findChild<ui::InspectorActions *>()->attach(QCoreApplication::applicationPid());
    });
    // The slow download selected, so its charts and the actions show; the name column wide
    // enough for "process [pid]: user realm".
    QTimer::singleShot(std::chrono::seconds(seconds) / 2, &app, [&] {
        window.sessionList()->view()->setColumnWidth(0, 330);
        for (MonitoredSession *session : monitor.sessions()) {
            if (session->userId() == u"alice" && session->realmPath().endsWith(u"/archive"))
                window.sessionList()->selectSessions({session});
        }
    });
    std::unique_ptr<ui::NetworkConditionsDialog> slow;
    QTimer::singleShot(std::chrono::seconds(seconds), &app, [&] {
        save(&window, QStringLiteral("inspector-main-window"));
        auto *selected = window.findChild<ui::InspectorActions *>()->selectedInspected();
        NetworkConditions conditions;
        conditions.downloadBytesPerSecond = 100 * 1024;
        conditions.addedLatency = std::chrono::milliseconds(300);
        slow = std::make_unique<ui::NetworkConditionsDialog>(
            selected ? selected->facts().name : QString(), conditions, &window);
        slow->show();
    });
    QTimer::singleShot(std::chrono::seconds(seconds) + std::chrono::seconds(1), &app, [&] {
        save(slow.get(), QStringLiteral("network-conditions-dialog"));
        app.quit();
    });
    return app.exec();
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Syncscope"));
    QCoreApplication::setApplicationName(QStringLiteral("syncscope-screenshots"));
    QApplication::setApplicationDisplayName(QStringLiteral("Syncscope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SYNCSCOPE_VERSION));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));

    QStringList args = QCoreApplication::arguments().mid(1);
    const bool dark = args.removeAll(QStringLiteral("--dark")) > 0;
    int seconds = 12;
    QString prefix = dark ? QStringLiteral("dark-") : QString();
    if (const qsizetype i = args.indexOf(QStringLiteral("--seconds"));
        i >= 0 && i + 1 < args.size()) {
        seconds = args.at(i + 1).toInt();
        args.remove(i, 2);
    }
    const bool mainOnly = args.removeAll(QStringLiteral("--main-only")) > 0;
    // Only the charts' states, after a run long enough for a start-up burst to be the exception.
    const bool chartsOnly = args.removeAll(QStringLiteral("--charts")) > 0;
    // --size WxH: the window's size, e.g. the default 1280x800 a translation must fit in.
    QSize size(1640, 900);
    if (const qsizetype i = args.indexOf(QStringLiteral("--size")); i >= 0 && i + 1 < args.size()) {
        const QStringList wh = args.at(i + 1).split(u'x');
        if (wh.size() == 2)
            size = QSize(wh[0].toInt(), wh[1].toInt());
        args.remove(i, 2);
    }
    const bool operatorShots = args.removeAll(QStringLiteral("--operator")) > 0;
    const bool embeddedWidget = args.removeAll(QStringLiteral("--embedded-widget")) > 0;
    const bool inspectorShots = args.removeAll(QStringLiteral("--inspector")) > 0;
    if (const qsizetype i = args.indexOf(QStringLiteral("--prefix"));
        i >= 0 && i + 1 < args.size()) {
        prefix += args.at(i + 1);
        args.remove(i, 2);
    }
    if (const qsizetype i = args.indexOf(QStringLiteral("--lang")); i >= 0 && i + 1 < args.size()) {
        installTranslations(args.at(i + 1));
        prefix += args.at(i + 1) + u'-';
        args.remove(i, 2);
    } else {
        installTranslations(QStringLiteral("en"));
    }
    if (args.size() != 1) {
        QTextStream(stderr) << "usage: syncscope-screenshots OUTPUT_DIR [--dark] [--seconds N] "
                               "[--lang L]"
                            << Qt::endl;
        return 2;
    }
    const QString outDir = args.constFirst();
    QDir().mkpath(outDir);
    if (dark)
        QApplication::setPalette(darkPalette());

    // A fresh data folder: the picture shows a first launch, seeding and all.
    QTemporaryDir data;
    EmbeddedDemo demo(data.path());
    demo.setOperatorEnabled(operatorShots);
    QString error;
    if (!demo.start(&error)) {
        QTextStream(stderr) << error << Qt::endl;
        return 1;
    }
    if (operatorShots)
        return shootOperator(app, demo, data.path(), outDir, prefix, seconds);
    if (inspectorShots)
        return shootInspector(app, demo, data.path(), outDir, prefix, size, seconds);
    if (embeddedWidget) {
        return shootEmbeddedWidget(app, demo, data.path(),
                                   outDir + u'/' + prefix + QStringLiteral("embedded-widget.png"),
                                   seconds);
    }
    SessionMonitor monitor;
    monitor.setDefaultLocalDirectory(data.path() + QStringLiteral("/sessions"));
    monitor.addWorkspace(demo.workspace());
    demo.decorate(monitor);
    ui::MainWindow window(&monitor);
    window.setEmbeddedServer(
        demo.serverUrl(),
        QCoreApplication::translate("main", "Embedded server %1").arg(demo.serverUrl().toString()));
    window.detailPane()->setTimeRange(TimeRange::OneMinute);
    window.resize(size);
    window.show();

    auto save = [&](const QString &name) {
        const QString path = outDir + u'/' + prefix + name + QStringLiteral(".png");
        window.grab().save(path);
        QTextStream(stdout) << path << Qt::endl;
    };
    // Edit… of a demo session with the answer of Test connection, then the end.
    ui::AddSessionDialog dialog([](const QString &) { return false; }, demo.serverUrl(), &window);
    std::function<void()> shootSessionDialog;
    MonitoredSession *download = nullptr;
    for (MonitoredSession *s : monitor.sessions()) {
        if (s->definition().localPath.endsWith(QStringLiteral("/archive-download.realm")))
            download = s;
    }
    // The Servers tab with the demo's server and one nothing listens on, so that both a
    // reachable row (with its ping round trip) and an unreachable one (with why) show.
    std::function<void()> shootServers = [&] {
        quint16 freePort = 0;
        {
            QTcpServer probe;
            probe.listen(QHostAddress::LocalHost, 0);
            freePort = probe.serverPort();
        }
        SessionDefinition offline = download->definition();
        offline.name = QStringLiteral("Backup"); // a name the user gave: data, not translated
        offline.serverUrl = QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(freePort));
        offline.localPath.clear();
        offline.traffic = {};
        monitor.addSession(offline);
        window.tabs()->setCurrentIndex(2);
        QTimer::singleShot(std::chrono::milliseconds(2500), &app, [&] {
            save(QStringLiteral("servers-tab"));
            // Not quit(): the added session made the workspace modified, and quit() asks the
            // window to close, which asks whether to save it.
            QCoreApplication::exit(0);
        });
    };
    shootSessionDialog = [&] {
        dialog.setPurpose(
            QCoreApplication::translate("syncscope::ui::SessionEditActions", "Edit session"),
            QCoreApplication::translate("syncscope::ui::SessionEditActions", "&Save"));
        dialog.setDefinition(download->definition());
        dialog.show();
        dialog.testConnection();
        auto *poll = new QTimer(&app);
        poll->setInterval(100);
        QObject::connect(poll, &QTimer::timeout, &app, [&, poll] {
            if (!dialog.testButton()->isEnabled())
                return;
            poll->stop();
            const QString path = outDir + u'/' + prefix + QStringLiteral("edit-session-dialog.png");
            dialog.grab().save(path);
            QTextStream(stdout) << path << Qt::endl;
            dialog.hide();
            shootServers();
        });
        poll->start();
    };
    // The details pane alone: the charts' new states, larger than in the whole window.
    auto saveDetails = [&](const QString &name) {
        const QString path = outDir + u'/' + prefix + name + QStringLiteral(".png");
        window.detailPane()->grab().save(path);
        QTextStream(stdout) << path << Qt::endl;
    };
    // Notes (steady small writes) with the archive seeder: the seeder's start-up upload of
    // 24 MiB is the spike the rate chart clips once it is under a tenth of the non-zero points
    // (scripts/screenshots runs this pass for 150 s). The readout hovers on the spike, so it shows
    // the real peak the clipped line does not; then the same with the clock-time axis.
    std::function<void()> shootChartStates = [&] {
        QList<MonitoredSession *> pair;
        for (MonitoredSession *s : monitor.sessions()) {
            if (s->definition().traffic.kind == TrafficSpec::Kind::Seed ||
                s->definition().realmPath.endsWith(QStringLiteral("/notes")))
                pair.append(s);
        }
        window.sessionList()->selectSessions(pair);
        ui::DetailPane *details = window.detailPane();
        // Five minutes: the burst is a few seconds of it, as it is for an operator watching.
        details->setTimeRange(TimeRange::FiveMinutes);
        QCoreApplication::processEvents(); // the axes re-lay out for their new labels
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QList<QList<HistorySample>> parts;
        for (MonitoredSession *s : std::as_const(pair))
            parts.append(s->history().samples(TimeRange::FiveMinutes, now));
        const QList<HistorySample> sum = RateHistory::sum(parts);
        qint64 peakAt = now;
        double peak = -1;
        for (const HistorySample &sample : sum) {
            if (sample.uploadRate > peak) {
                peak = sample.uploadRate;
                peakAt = sample.timestampMs;
            }
        }
        ui::HistoryChart *rates = details->rateChart();
        const QRectF plot = rates->chart()->plotArea();
        const double along = 1.0 - double(now - peakAt) / 300'000.0;
        const QPointF at(plot.left() + plot.width() * along, plot.top() + plot.height() / 3);
        rates->showReadoutAt(rates->view()->mapFromScene(rates->chart()->mapToScene(at)));
        saveDetails(QStringLiteral("chart-hover-clipped"));
        rates->hideReadout();
        details->clockTimeBox()->setChecked(true);
        QCoreApplication::processEvents();
        saveDetails(QStringLiteral("chart-clock-time"));
        app.quit();
    };
    // The event log searched for one word, over two kinds at once.
    std::function<void()> shootEventLogSearch = [&] {
        ui::EventLogPanel *log = window.eventLog();
        log->searchEdit()->setText(QStringLiteral("alice"));
        for (int kind = 0; kind < kEventKindCount; ++kind)
            log->kindAction(kind)->setChecked(kind == int(EventKind::Connection) ||
                                              kind == int(EventKind::State));
        QCoreApplication::processEvents(); // the kind button re-lays out for its new text
        save(QStringLiteral("event-log-search"));
        log->searchEdit()->clear();
        for (int kind = 0; kind < kEventKindCount; ++kind)
            log->kindAction(kind)->setChecked(true);
    };
    // A short pause mid-download, so the charts show a shaded not-connected stretch.
    QTimer::singleShot(std::chrono::seconds(seconds / 3), &app, [&] { download->pauseByUser(); });
    QTimer::singleShot(std::chrono::seconds(seconds / 3 + 3), &app,
                       [&] { download->resumeByUser(); });
    QTimer::singleShot(std::chrono::seconds(seconds), &app, [&] {
        if (chartsOnly) {
            shootChartStates();
            return;
        }
        save(QStringLiteral("main-window"));
        if (mainOnly) {
            app.quit();
            return;
        }
        window.sessionList()->selectSessions({download});
        QTimer::singleShot(std::chrono::milliseconds(1500), &app, [&] {
            save(QStringLiteral("selected-session"));
            window.tabs()->setCurrentIndex(1);
            QTimer::singleShot(std::chrono::milliseconds(500), &app, [&] {
                save(QStringLiteral("event-log"));
                shootEventLogSearch();
                window.tabs()->setCurrentIndex(0);
                // The banner as a lost server raises it (the demo's server stays up).
                Q_EMIT monitor.serverLost(download->serverText(), QDateTime::currentDateTime());
                QTimer::singleShot(std::chrono::milliseconds(500), &app, [&] {
                    save(QStringLiteral("alert-banner"));
                    shootSessionDialog();
                });
            });
        });
    });
    return app.exec();
}
