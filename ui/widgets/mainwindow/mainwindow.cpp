#include "mainwindow/mainwindow.h"

#include "charts/detailpane.h"
#include "common/paintedicon.h"
#include "export/exportcontroller.h"
#include "export/exportdialog.h"
#include "inspector/inspectoractions.h"
#include "log/eventlogpanel.h"
#include "mainwindow/monitorstatusbar.h"
#include "mainwindow/traynotifier.h"
#include "mainwindow/windowsettings.h"
#include "monitor/logging.h"
#include "monitor/monitoredsession.h"
#include "monitor/sessionmonitor.h"
#include "sessions/sessionactions.h"
#include "sessions/sessionlistmodel.h"
#include "sessions/sessionlistpanel.h"
#include "workspace/addsessiondialog.h"
#include "workspace/workspacefile.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>

namespace syncscope::ui {

using namespace monitor;
using namespace std::chrono_literals;

MainWindow::MainWindow(SessionMonitor *monitor, QWidget *parent)
    : QMainWindow(parent)
    , m_monitor(monitor)
    , m_sessions(new SessionListPanel(monitor, this))
    , m_details(new DetailPane(monitor, this))
    , m_eventLog(new EventLogPanel(monitor, this))
    , m_tabs(new QTabWidget(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_actions(new SessionActions(
          monitor, [this] { return m_sessions->selectedSessions(); }, this))
    , m_statusBar(new MonitorStatusBar(monitor, this))
    , m_tray(nullptr)
    , m_export(new ExportController(this, this))
{
    setObjectName(QStringLiteral("SyncscopeMainWindow"));
    setWindowIcon(paintedIcon(IconShape::App));
    m_tabs->addTab(m_details, tr("&Details"));
    m_tabs->addTab(m_eventLog, tr("Event &log"));
    m_tabs->setAccessibleName(tr("Details and event log"));
    m_splitter->addWidget(m_sessions);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);
    setStatusBar(m_statusBar);
    m_tray = new TrayNotifier(monitor, this, m_actions, this);
    connect(m_tray, &TrayNotifier::notified, this,
            [this](const QString &title, const QString &message) {
                m_statusBar->showMessage(title + QStringLiteral(": ") + message, 15'000);
            });

    createMenusAndToolbar();

    connect(m_sessions, &SessionListPanel::selectionChanged, this, &MainWindow::onSelectionChanged);
    connect(m_sessions->model(), &SessionListModel::flushed, m_actions, &SessionActions::refresh);
    connect(m_sessions->model(), &SessionListModel::flushed, m_statusBar,
            &MonitorStatusBar::refresh);
    connect(monitor, &SessionMonitor::allPausedChanged, m_actions, &SessionActions::refresh);
    connect(m_sessions->view(), &QWidget::customContextMenuRequested, this,
            &MainWindow::showContextMenu);
    connect(m_export, &ExportController::finished, this,
            [this](const QString &path, qsizetype records, const QString &error) {
                if (error.isEmpty()) {
                    m_statusBar->showMessage(
                        tr("Exported %n progress report(s) to %1", nullptr, int(records))
                            .arg(QDir::toNativeSeparators(path)),
                        10'000);
                    m_monitor->eventLog()->append(-1, QString(), EventKind::Monitor,
                                                  tr("Exported the progress log to %1").arg(path));
                } else {
                    QMessageBox::warning(this, tr("Export progress log"), error);
                }
            });
    updateTitle();
    resize(1280, 800);
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenusAndToolbar()
{
    auto *addAction = new QAction(paintedIcon(IconShape::Add), tr("A&dd session…"), this);
    addAction->setShortcut(QKeySequence::New);
    addAction->setToolTip(tr("Add a session to this workspace"));
    connect(addAction, &QAction::triggered, this, &MainWindow::addSession);
    auto *openAction = new QAction(paintedIcon(IconShape::Open), tr("&Open workspace…"), this);
    openAction->setShortcut(QKeySequence::Open);
    openAction->setToolTip(tr("Open a workspace in a new window"));
    connect(openAction, &QAction::triggered, this, &MainWindow::openWorkspace);
    auto *saveAction = new QAction(paintedIcon(IconShape::Save), tr("&Save workspace"), this);
    saveAction->setShortcut(QKeySequence::Save);
    saveAction->setToolTip(tr("Save the sessions of this window as a workspace file"));
    connect(saveAction, &QAction::triggered, this, &MainWindow::saveWorkspace);
    auto *saveAsAction = new QAction(tr("Save workspace &as…"), this);
    saveAsAction->setShortcut(QKeySequence::SaveAs);
    connect(saveAsAction, &QAction::triggered, this, &MainWindow::saveWorkspaceAs);
    auto *exportAction =
        new QAction(paintedIcon(IconShape::Export), tr("&Export progress log…"), this);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportAction->setToolTip(tr("Write every recorded progress report to CSV or JSON Lines"));
    connect(exportAction, &QAction::triggered, this, &MainWindow::exportInteractively);
    auto *quitAction = new QAction(tr("&Quit"), this);
    quitAction->setShortcut(QKeySequence::Quit);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(addAction);
    file->addSeparator();
    file->addAction(openAction);
    file->addAction(saveAction);
    file->addAction(saveAsAction);
    file->addSeparator();
    file->addAction(exportAction);
    file->addSeparator();
    file->addAction(quitAction);

    QMenu *sessions = menuBar()->addMenu(tr("&Sessions"));
    sessions->addAction(m_actions->pause());
    sessions->addAction(m_actions->resume());
    sessions->addMenu(m_actions->pauseForMenu());
    sessions->addAction(m_actions->reconnect());
    sessions->addSeparator();
    sessions->addAction(m_actions->pauseAll());
    sessions->addAction(m_actions->resumeAll());
    sessions->addSeparator();
    auto *inspector = new InspectorActions(m_monitor, m_sessions, this);
    file->insertAction(openAction, inspector->attachToProcess());
    sessions->addAction(inspector->simulateSlowNetwork());
    auto *selectAll = sessions->addAction(tr("S&elect all"));
    selectAll->setShortcut(QKeySequence::SelectAll);
    selectAll->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_sessions->view()->addAction(selectAll);
    connect(selectAll, &QAction::triggered, m_sessions->view(), &QTreeView::selectAll);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    auto *focusFilter = view->addAction(tr("&Filter sessions"));
    focusFilter->setShortcuts({QKeySequence::Find, QKeySequence(Qt::CTRL | Qt::Key_L)});
    connect(focusFilter, &QAction::triggered, this, [this] {
        m_sessions->filterEdit()->setFocus(Qt::ShortcutFocusReason);
        m_sessions->filterEdit()->selectAll();
    });
    auto *focusList = view->addAction(tr("Session l&ist"));
    focusList->setShortcut(QKeySequence(Qt::ALT | Qt::Key_0));
    connect(focusList, &QAction::triggered, this,
            [this] { m_sessions->view()->setFocus(Qt::ShortcutFocusReason); });
    auto *showDetails = view->addAction(tr("&Details"));
    showDetails->setShortcut(QKeySequence(Qt::ALT | Qt::Key_1));
    connect(showDetails, &QAction::triggered, this, [this] { m_tabs->setCurrentIndex(0); });
    auto *showLog = view->addAction(tr("Event &log"));
    showLog->setShortcut(QKeySequence(Qt::ALT | Qt::Key_2));
    connect(showLog, &QAction::triggered, this, [this] {
        m_tabs->setCurrentIndex(1);
        m_eventLog->view()->setFocus(Qt::ShortcutFocusReason);
    });
    auto *clearSelection = view->addAction(tr("Show &all sessions in details"));
    clearSelection->setShortcut(QKeySequence(Qt::Key_Escape));
    clearSelection->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_sessions->view()->addAction(clearSelection);
    connect(clearSelection, &QAction::triggered, this,
            [this] { m_sessions->view()->clearSelection(); });

    QMenu *settings = menuBar()->addMenu(tr("Se&ttings"));
    m_notifyAction = settings->addAction(tr("&Notify when a session turns Invalid or stalls"));
    m_notifyAction->setCheckable(true);
    m_notifyAction->setChecked(true);
    connect(m_notifyAction, &QAction::toggled, m_tray, &TrayNotifier::setNotificationsEnabled);
    QMenu *stall = settings->addMenu(tr("&Stalled after no progress for"));
    m_stallGroup = new QActionGroup(this);
    for (const auto &[label, seconds] :
         {std::pair{tr("30 seconds"), 30}, std::pair{tr("1 minute"), 60},
          std::pair{tr("5 minutes"), 300}, std::pair{tr("15 minutes"), 900}}) {
        QAction *a = stall->addAction(label);
        a->setCheckable(true);
        a->setData(seconds);
        a->setChecked(std::chrono::seconds(seconds) == m_monitor->stallThreshold());
        m_stallGroup->addAction(a);
    }
    connect(m_stallGroup, &QActionGroup::triggered, this, [this](QAction *a) {
        m_monitor->setStallThreshold(std::chrono::seconds(a->data().toInt()));
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Syncscope"), this, [this] {
        QMessageBox::about(this, tr("About Syncscope"),
                           tr("<h3>Syncscope %1</h3><p>A monitor for sync sessions: state, "
                              "connection, progress and rates, live.</p><p>Progress log: up to "
                              "%2 reports are kept in memory; older ones are dropped.</p>")
                               .arg(QApplication::applicationVersion())
                               .arg(m_monitor->recorder()->capacity()));
    });
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    QToolBar *bar = addToolBar(tr("Main toolbar"));
    bar->setObjectName(QStringLiteral("mainToolbar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setAccessibleName(tr("Main toolbar"));
    bar->addAction(addAction);
    bar->addAction(saveAction);
    bar->addSeparator();
    bar->addAction(m_actions->pause());
    bar->addAction(m_actions->resume());
    auto *pauseFor = new QToolButton(bar);
    pauseFor->setMenu(m_actions->pauseForMenu());
    pauseFor->setDefaultAction(m_actions->pauseForMenu()->menuAction());
    pauseFor->setPopupMode(QToolButton::InstantPopup);
    pauseFor->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    pauseFor->setAccessibleName(tr("Pause for"));
    bar->addWidget(pauseFor);
    bar->addAction(m_actions->reconnect());
    bar->addSeparator();
    bar->addAction(m_actions->pauseAll());
    bar->addAction(m_actions->resumeAll());
    bar->addSeparator();
    bar->addAction(exportAction);
}

void MainWindow::setWorkspacePath(const QString &path)
{
    m_workspacePath = path;
    if (!path.isEmpty())
        settings::lastWorkspace.set(QFileInfo(path).absoluteFilePath());
    updateTitle();
}

void MainWindow::setEmbeddedServer(const QUrl &url, const QString &description)
{
    m_embeddedServer = url;
    m_statusBar->setServerDescription(description);
}

void MainWindow::updateTitle()
{
    QString title = m_monitor->title();
    if (!m_workspacePath.isEmpty())
        title = QFileInfo(m_workspacePath).fileName();
    setWindowTitle(title.isEmpty() ? tr("Syncscope") : tr("%1 — Syncscope").arg(title));
}

void MainWindow::onSelectionChanged()
{
    m_details->setSessions(m_sessions->selectedSessions());
    m_actions->refresh();
}

void MainWindow::showContextMenu(const QPoint &position)
{
    QMenu menu(this);
    menu.addAction(m_actions->pause());
    menu.addAction(m_actions->resume());
    menu.addMenu(m_actions->pauseForMenu());
    menu.addAction(m_actions->reconnect());
    menu.addSeparator();
    menu.addAction(m_actions->pauseAll());
    menu.addAction(m_actions->resumeAll());
    menu.exec(m_sessions->view()->viewport()->mapToGlobal(position));
}

void MainWindow::addSession()
{
    QUrl server = m_embeddedServer;
    if (server.isEmpty() && m_monitor->count() > 0)
        server = m_monitor->sessions().constFirst()->definition().serverUrl;
    AddSessionDialog dialog(
        [this](const QString &name) { return m_monitor->hasSessionNamed(name); }, server, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    MonitoredSession *session = m_monitor->addSession(dialog.definition());
    m_sessions->selectSessions({session});
}

bool MainWindow::saveWorkspaceTo(const QString &path, QString *error)
{
    if (!WorkspaceFile::save(m_monitor->workspace(), path, error))
        return false;
    setWorkspacePath(path);
    m_statusBar->showMessage(tr("Saved the workspace to %1").arg(QDir::toNativeSeparators(path)),
                             8'000);
    return true;
}

void MainWindow::saveWorkspace()
{
    if (m_workspacePath.isEmpty()) {
        saveWorkspaceAs();
        return;
    }
    QString error;
    if (!saveWorkspaceTo(m_workspacePath, &error))
        QMessageBox::warning(this, tr("Save workspace"), error);
}

void MainWindow::saveWorkspaceAs()
{
    const QString start =
        m_workspacePath.isEmpty()
            ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                  QStringLiteral("/workspace.json")
            : m_workspacePath;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save workspace"), start, tr("Workspaces (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveWorkspaceTo(path, &error))
        QMessageBox::warning(this, tr("Save workspace"), error);
}

void MainWindow::openWorkspace()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open workspace"), settings::lastWorkspace.get(),
                                     tr("Workspaces (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    WorkspaceError error;
    if (!WorkspaceFile::load(path, &error)) {
        QMessageBox::warning(
            this, tr("Open workspace"),
            tr("%1 cannot be opened:\n%2").arg(QDir::toNativeSeparators(path), error.toString()));
        return;
    }
    // Each workspace gets its own window and process: its sessions, logs and charts stay apart.
    if (!QProcess::startDetached(QApplication::applicationFilePath(),
                                 {QStringLiteral("--workspace"), path})) {
        QMessageBox::warning(this, tr("Open workspace"), tr("Could not start a new window."));
        return;
    }
    settings::lastWorkspace.set(path);
}

void MainWindow::exportProgressLog(const QString &path, bool selectedOnly)
{
    QSet<int> ids;
    if (selectedOnly) {
        for (const MonitoredSession *s : m_sessions->selectedSessions())
            ids.insert(s->id());
    }
    ProgressExportJob job;
    job.path = path;
    job.format = exportFormatForPath(path).value_or(ExportFormat::Csv);
    job.records = m_monitor->recorder()->snapshot(ids);
    job.labels = m_monitor->recorder()->labels();
    m_export->start(job);
}

void MainWindow::exportInteractively()
{
    if (m_export->isRunning())
        return;
    const QString start = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                          QStringLiteral("/syncscope-progress.csv");
    ExportDialog dialog(int(m_sessions->selectedSessions().size()), start, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    exportProgressLog(dialog.path(), dialog.selectedOnly());
}

void MainWindow::restoreSettings()
{
    const QSettings s;
    if (const QByteArray geometry = settings::windowGeometry.get(s); !geometry.isEmpty())
        restoreGeometry(geometry);
    restoreState(settings::windowState.get(s));
    m_splitter->restoreState(settings::splitterState.get(s));
    m_sessions->view()->header()->restoreState(settings::sessionHeader.get(s));
    m_details->setTimeRange(timeRangeFromKey(settings::chartRange.get(s), TimeRange::FiveMinutes));
    m_tabs->setCurrentIndex(settings::currentTab.get(s));
    const bool notify = settings::notificationsEnabled.get(s);
    m_notifyAction->setChecked(notify);
    m_tray->setNotificationsEnabled(notify);
    const int stall = settings::stallSeconds.get(s);
    m_monitor->setStallThreshold(std::chrono::seconds(qBound(5, stall, 24 * 3600)));
    for (QAction *a : m_stallGroup->actions())
        a->setChecked(a->data().toInt() == stall);
}

void MainWindow::saveSettings() const
{
    QSettings s;
    settings::windowGeometry.set(s, saveGeometry());
    settings::windowState.set(s, saveState());
    settings::splitterState.set(s, m_splitter->saveState());
    settings::currentTab.set(s, m_tabs->currentIndex());
    settings::sessionHeader.set(s, m_sessions->view()->header()->saveState());
    settings::chartRange.set(s, timeRangeKey(m_details->timeRange()));
    settings::notificationsEnabled.set(s, m_notifyAction->isChecked());
    settings::stallSeconds.set(
        s,
        int(std::chrono::duration_cast<std::chrono::seconds>(m_monitor->stallThreshold()).count()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}

} // namespace syncscope::ui
