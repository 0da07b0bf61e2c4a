#pragma once

#include "workspace/workspace.h"

#include <QMainWindow>
#include <QUrl>

class QSplitter;
class QTabWidget;
class QActionGroup;
class QToolBar;

namespace syncscope::monitor {
class SessionMonitor;
}

namespace syncscope::ui {

class DetailPane;
class EventLogPanel;
class ExportController;
class MonitorStatusBar;
class OperatorActions;
class SessionActions;
class SessionEditActions;
class AlertBanner;
class SessionListPanel;
class TrayNotifier;

// The monitor's window: session list on top; details and event log below; toolbar, menus,
// status bar and tray. Everything it shows comes from the SessionMonitor passed in (no
// singletons), so tests build it around a monitor of their own.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(monitor::SessionMonitor *monitor, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The file Save workspace writes to; empty: ask (the demo has none).
    void setWorkspacePath(const QString &path);
    QString workspacePath() const { return m_workspacePath; }
    // A line for the status bar about the embedded server, and its URL for Add session.
    void setEmbeddedServer(const QUrl &url, const QString &description);

    SessionListPanel *sessionList() const { return m_sessions; }
    DetailPane *detailPane() const { return m_details; }
    EventLogPanel *eventLog() const { return m_eventLog; }
    SessionActions *actions() const { return m_actions; }
    SessionEditActions *editActions() const { return m_editActions; }
    AlertBanner *alertBanner() const { return m_alerts; }
    MonitorStatusBar *monitorStatusBar() const { return m_statusBar; }
    TrayNotifier *tray() const { return m_tray; }
    ExportController *exportController() const { return m_export; }
    QTabWidget *tabs() const { return m_tabs; }
    OperatorActions *operatorActions() const { return m_operator; }

    bool saveWorkspaceTo(const QString &path, QString *error);
    void exportProgressLog(const QString &path, bool selectedOnly);

    void restoreSettings();
    void clampToScreen(); // the whole window on its screen, never larger than it
    void saveSettings() const;

protected:
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void createMenusAndToolbar();
    void onSelectionChanged();
    void showContextMenu(const QPoint &position);
    void addSession();
    void saveWorkspace();
    void saveWorkspaceAs();
    void openWorkspace();
    void exportInteractively();
    void updateTitle();
    void refreshModified();      // the title's "*": the workspace differs from what was saved
    bool maySaveBeforeClosing(); // Save / Discard / Cancel; false: stay open

    monitor::SessionMonitor *m_monitor;
    SessionListPanel *m_sessions;
    DetailPane *m_details;
    EventLogPanel *m_eventLog;
    QTabWidget *m_tabs;
    OperatorActions *m_operator = nullptr;
    QSplitter *m_splitter;
    SessionActions *m_actions;
    SessionEditActions *m_editActions;
    QToolBar *m_toolBar = nullptr;
    AlertBanner *m_alerts;
    MonitorStatusBar *m_statusBar;
    TrayNotifier *m_tray;
    ExportController *m_export;
    QActionGroup *m_stallGroup = nullptr;
    QAction *m_notifyAction = nullptr;
    QString m_workspacePath;
    monitor::Workspace m_savedWorkspace; // as opened or last saved
    QUrl m_embeddedServer;
};

} // namespace syncscope::ui
