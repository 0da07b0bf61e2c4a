#include "mainwindow/mainwindow.h"

#include "charts/detailpane.h"
#include "common/paintedicon.h"
#include "export/exportcontroller.h"
#include "export/exportdialog.h"
#include "inspector/inspectoractions.h"
#include "log/eventlogpanel.h"
#include "mainwindow/alertbanner.h"
#include "mainwindow/monitorstatusbar.h"
#include "mainwindow/traynotifier.h"
#include "mainwindow/windowsettings.h"
#include "monitor/logging.h"
#include "monitor/monitoredsession.h"
#include "monitor/sessionmonitor.h"
#include "operator/operatoractions.h"
#include "operator/serverpane.h"
#include "servers/ownserverstable.h"
#include "sessions/sessionactions.h"
#include "sessions/sessionlistmodel.h"
#include "sessions/sessionlistpanel.h"
#include "workspace/addsessiondialog.h"
#include "workspace/sessioneditactions.h"
#include "workspace/workspacefile.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QGroupBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

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
    , m_editActions(new SessionEditActions(
          monitor, [this] { return m_sessions->selectedSessions(); }, this))
    , m_alerts(new AlertBanner(monitor, this))
    , m_statusBar(new MonitorStatusBar(monitor, this))
    , m_tray(nullptr)
    , m_export(new ExportController(this, this))
{
    setObjectName(QStringLiteral("SyncscopeMainWindow"));
    setWindowIcon(paintedIcon(IconShape::App));
    m_tabs->addTab(m_details, tr("&Details"));
    m_tabs->addTab(m_eventLog, tr("Event &log"));
    // The servers of the monitor's own sessions above, a server attached through its operator
    // API below: the first is what most people watch, the second what an operator adds.
    auto *servers = new QSplitter(Qt::Vertical, this);
    servers->setChildrenCollapsible(false);
    auto *ownServers = new OwnServersTable(monitor, servers);
    auto *ownBox = new QGroupBox(tr("Servers your sessions use"), servers);
    (new QVBoxLayout(ownBox))->addWidget(ownServers);
    auto *serverPane = new ServerPane(monitor, servers);
    auto *attachedBox = new QGroupBox(tr("Attached server (operator API)"), servers);
    (new QVBoxLayout(attachedBox))->addWidget(serverPane);
    servers->addWidget(ownBox);
    servers->addWidget(attachedBox);
    servers->setStretchFactor(0, 3);
    servers->setStretchFactor(1, 2);
    // Without a server of your own the sentence saying so needs a line, not half the tab.
    const auto fitOwnBox = [ownBox](bool empty) {
        ownBox->setMaximumHeight(empty ? ownBox->sizeHint().height() : QWIDGETSIZE_MAX);
    };
    connect(ownServers, &OwnServersTable::emptyChanged, this, fitOwnBox);
    fitOwnBox(ownServers->isEmpty());
    m_tabs->addTab(servers, tr("Servers"));
    const auto showSessions = [this](const QString &text) {
        m_sessions->filterEdit()->setText(text);
        m_tabs->setCurrentIndex(0);
    };
    connect(serverPane, &ServerPane::showSessionsRequested, this, showSessions);
    connect(ownServers, &OwnServersTable::showSessionsRequested, this, showSessions);
    m_tabs->setAccessibleName(tr("Details and event log"));
    m_splitter->addWidget(m_sessions);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->addWidget(m_alerts);
    centralLayout->addWidget(m_splitter, 1);
    setCentralWidget(central);
    setStatusBar(m_statusBar);
    m_tray = new TrayNotifier(monitor, this, m_actions, this);
    connect(m_tray, &TrayNotifier::notified, this,
            [this](const QString &title, const QString &message) {
                m_statusBar->notify(title + QStringLiteral(": ") + message);
            });

    connect(
        m_alerts, &AlertBanner::alerted, this,
        [this](const QString &title, const QString &message) { m_tray->notify(title, message); });
    createMenusAndToolbar();

    connect(m_sessions, &SessionListPanel::selectionChanged, this, &MainWindow::onSelectionChanged);
    connect(m_sessions, &SessionListPanel::shownChanged, this,
            [this] { m_details->setShownSessions(m_sessions->shownSessions()); });
    connect(m_sessions->model(), &SessionListModel::flushed, m_actions, &SessionActions::refresh);
    connect(m_sessions->model(), &SessionListModel::flushed, m_statusBar,
            &MonitorStatusBar::refresh);
    connect(monitor, &SessionMonitor::allPausedChanged, m_actions, &SessionActions::refresh);
    connect(m_sessions->model(), &SessionListModel::flushed, m_editActions,
            &SessionEditActions::refresh);
    connect(m_editActions, &SessionEditActions::sessionOpened, this,
            [this](MonitoredSession *session) { m_sessions->selectSessions({session}); });
    connect(m_sessions->view(), &QWidget::customContextMenuRequested, this,
            &MainWindow::showContextMenu);
    connect(m_export, &ExportController::finished, this,
            [this](const QString &path, qsizetype records, const QString &error) {
                if (error.isEmpty()) {
                    m_statusBar->notify(
                        tr("Exported %n progress report(s) to %1", nullptr, int(records))
                            .arg(QDir::toNativeSeparators(path)));
                    m_monitor->eventLog()->append(-1, QString(), EventKind::Monitor,
                                                  tr("Exported the progress log to %1").arg(path));
                } else {
                    QMessageBox::warning(this, tr("Export progress log"), error);
                }
            });
    m_savedWorkspace = m_monitor->workspace();
    connect(monitor, &SessionMonitor::sessionAdded, this, &MainWindow::refreshModified);
    connect(monitor, &SessionMonitor::serverAttached, this, &MainWindow::refreshModified);
    connect(m_editActions, &SessionEditActions::changed, this, &MainWindow::refreshModified);
    updateTitle();
    resize(1280, 800);
}

MainWindow::~MainWindow() = default;

namespace {

// The platform theme's keys for a standard action (so a desktop's own bindings win), or the
// documented ones where the theme has none (QKeySequence::SaveAs is empty outside KDE/GNOME).
QList<QKeySequence> standardKeys(QKeySequence::StandardKey key, const QKeySequence &fallback)
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(key);
    if (keys.isEmpty())
        keys << fallback;
    return keys;
}

} // namespace

void MainWindow::createMenusAndToolbar()
{
    auto *addAction = new QAction(paintedIcon(IconShape::Add), tr("A&dd session…"), this);
    addAction->setShortcuts(standardKeys(QKeySequence::New, QKeySequence(Qt::CTRL | Qt::Key_N)));
    addAction->setToolTip(tr("Add a session to this workspace"));
    connect(addAction, &QAction::triggered, this, &MainWindow::addSession);
    auto *openAction = new QAction(paintedIcon(IconShape::Open), tr("&Open workspace…"), this);
    openAction->setShortcuts(standardKeys(QKeySequence::Open, QKeySequence(Qt::CTRL | Qt::Key_O)));
    openAction->setToolTip(tr("Open a workspace in a new window"));
    connect(openAction, &QAction::triggered, this, &MainWindow::openWorkspace);
    auto *saveAction = new QAction(paintedIcon(IconShape::Save), tr("&Save workspace"), this);
    saveAction->setShortcuts(standardKeys(QKeySequence::Save, QKeySequence(Qt::CTRL | Qt::Key_S)));
    saveAction->setToolTip(tr("Save the sessions of this window as a workspace file"));
    connect(saveAction, &QAction::triggered, this, &MainWindow::saveWorkspace);
    auto *saveAsAction = new QAction(tr("Save workspace &as…"), this);
    saveAsAction->setShortcuts(
        standardKeys(QKeySequence::SaveAs, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)));
    connect(saveAsAction, &QAction::triggered, this, &MainWindow::saveWorkspaceAs);
    auto *exportAction =
        new QAction(paintedIcon(IconShape::Export), tr("&Export progress log…"), this);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportAction->setToolTip(tr("Write every recorded progress report to CSV or JSON Lines"));
    connect(exportAction, &QAction::triggered, this, &MainWindow::exportInteractively);
    auto *quitAction = new QAction(tr("&Quit"), this);
    quitAction->setShortcuts(standardKeys(QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)));
    quitAction->setMenuRole(QAction::QuitRole);
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
    sessions->addAction(m_actions->logIn());
    sessions->addSeparator();
    sessions->addAction(m_editActions->edit());
    sessions->addAction(m_editActions->duplicate());
    sessions->addAction(m_editActions->reopen());
    sessions->addAction(m_editActions->remove());
    m_sessions->view()->addAction(m_editActions->remove());
    sessions->addSeparator();
    sessions->addAction(m_actions->pauseAll());
    sessions->addAction(m_actions->resumeAll());
    sessions->addSeparator();
    auto *inspector = new InspectorActions(m_monitor, m_sessions, this);
    file->insertAction(openAction, inspector->attachToProcess());
    sessions->addAction(inspector->simulateSlowNetwork());
    m_operator = new OperatorActions(m_monitor, m_sessions, this);
    file->insertAction(openAction, m_operator->attachToServer());
    auto *selectAll = sessions->addAction(tr("S&elect all"));
    selectAll->setShortcut(QKeySequence::SelectAll);
    selectAll->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_sessions->view()->addAction(selectAll);
    connect(selectAll, &QAction::triggered, m_sessions->view(), &QTreeView::selectAll);

    menuBar()->addMenu(m_operator->menu());
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
    m_toolBar = bar;
    bar->setObjectName(QStringLiteral("mainToolbar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setAccessibleName(tr("Main toolbar"));
    bar->addAction(addAction);
    bar->addAction(saveAction);
    bar->addAction(m_operator->attachToServer());
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
    m_savedWorkspace = m_monitor->workspace();
    setWindowModified(false);
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
    // The workspace's own title; its file name only when it has none.
    QString title = m_monitor->title();
    if (title.isEmpty() && !m_workspacePath.isEmpty())
        title = QFileInfo(m_workspacePath).fileName();
    // "[*]" is where Qt shows the "*" of windowModified.
    setWindowTitle(title.isEmpty() ? tr("Syncscope[*]") : tr("%1[*] — Syncscope").arg(title));
}

void MainWindow::refreshModified()
{
    setWindowModified(m_monitor->workspace() != m_savedWorkspace);
}

bool MainWindow::maySaveBeforeClosing()
{
    refreshModified();
    if (!isWindowModified())
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Unsaved changes"),
        tr("The sessions of this workspace were changed. Save the workspace before closing?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save) {
        saveWorkspace();
        return !isWindowModified(); // saving was cancelled or failed: stay open
    }
    return true;
}

void MainWindow::onSelectionChanged()
{
    m_details->setSessions(m_sessions->selectedSessions());
    m_actions->refresh();
    m_editActions->refresh();
}

void MainWindow::showContextMenu(const QPoint &position)
{
    QMenu menu(this);
    menu.addAction(m_actions->pause());
    menu.addAction(m_actions->resume());
    menu.addMenu(m_actions->pauseForMenu());
    menu.addAction(m_actions->reconnect());
    menu.addAction(m_actions->logIn());
    if (m_operator->selectedRemote())
        menu.addMenu(m_operator->menu());
    menu.addSeparator();
    menu.addAction(m_editActions->edit());
    menu.addAction(m_editActions->duplicate());
    menu.addAction(m_editActions->reopen());
    menu.addAction(m_editActions->remove());
    if (const QList<MonitoredSession *> one = m_sessions->selectedSessions(); one.size() == 1) {
        // For a bug report: the one session's configuration (no token), history and errors.
        menu.addAction(
            EventLogPanel::tr("Copy dia&gnostics"), this,
            [this, session = one.constFirst()] { m_eventLog->copyDiagnosticsOf(session); });
    }
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
    if (!m_workspacePath.isEmpty())
        dialog.setBaseFolder(QFileInfo(m_workspacePath).absolutePath());
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
    m_statusBar->notify(tr("Saved the workspace to %1").arg(QDir::toNativeSeparators(path)));
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
    job.labels = m_monitor->progressLabels();
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
    clampToScreen();
    restoreState(settings::windowState.get(s));
    m_splitter->restoreState(settings::splitterState.get(s));
    m_sessions->view()->header()->restoreState(settings::sessionHeader.get(s));
    // Widths saved with a smaller font would cut names and headers: measure them again
    // (hidden columns and their order stay as saved).
    if (settings::sessionHeaderFontHeight.get(s) < m_sessions->view()->fontMetrics().height())
        m_sessions->setDefaultColumnWidths();
    m_details->setTimeRange(timeRangeFromKey(settings::chartRange.get(s), TimeRange::FiveMinutes));
    m_details->setTimeAxisMode(settings::chartClockTime.get(s) ? TimeAxisMode::WallClock
                                                               : TimeAxisMode::Ago);
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
    settings::sessionHeaderFontHeight.set(s, m_sessions->view()->fontMetrics().height());
    settings::chartRange.set(s, timeRangeKey(m_details->timeRange()));
    settings::chartClockTime.set(s, m_details->timeAxisMode() == TimeAxisMode::WallClock);
    settings::notificationsEnabled.set(s, m_notifyAction->isChecked());
    settings::stallSeconds.set(
        s,
        int(std::chrono::duration_cast<std::chrono::seconds>(m_monitor->stallThreshold()).count()));
}

void MainWindow::clampToScreen()
{
    // A geometry saved on a larger screen or at another scale must not open off screen.
    const QScreen *screen = this->screen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    QRect frame = geometry();
    frame.setSize(frame.size().boundedTo(available.size()));
    if (!available.contains(frame)) {
        frame.moveLeft(
            qBound(available.left(), frame.left(), available.right() - frame.width() + 1));
        frame.moveTop(
            qBound(available.top(), frame.top(), available.bottom() - frame.height() + 1));
    }
    setGeometry(frame);
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    if (!m_toolBar)
        return;
    // Text beside the icons while it fits; icons only (the tooltips name them) when the window
    // is too narrow, instead of hiding actions behind the overflow button.
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    for (QToolButton *button : m_toolBar->findChildren<QToolButton *>())
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    if (m_toolBar->sizeHint().width() > width()) {
        m_toolBar->setToolButtonStyle(Qt::ToolButtonIconOnly);
        for (QToolButton *button : m_toolBar->findChildren<QToolButton *>())
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maySaveBeforeClosing()) {
        event->ignore();
        return;
    }
    saveSettings();
    event->accept();
}

} // namespace syncscope::ui
