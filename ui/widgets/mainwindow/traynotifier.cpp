#include "mainwindow/traynotifier.h"

#include "common/paintedicon.h"
#include "monitor/monitoredsession.h"
#include "monitor/sessionmonitor.h"
#include "sessions/sessionactions.h"

#include <QAction>
#include <QApplication>
#include <QMainWindow>
#include <QMenu>
#include <QSystemTrayIcon>

namespace syncscope::ui {

using namespace monitor;

TrayNotifier::TrayNotifier(SessionMonitor *monitor, QMainWindow *window, SessionActions *actions,
                           QObject *parent)
    : QObject(parent)
    , m_window(window)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(paintedIcon(IconShape::App), this);
        m_tray->setToolTip(QApplication::applicationDisplayName());
        m_menu = new QMenu;
        m_menu->addAction(tr("&Show window"), this, [this] {
            if (m_window) {
                m_window->showNormal();
                m_window->raise();
                m_window->activateWindow();
            }
        });
        m_menu->addSeparator();
        m_menu->addAction(actions->pauseAll());
        m_menu->addAction(actions->resumeAll());
        m_menu->addSeparator();
        m_menu->addAction(tr("&Quit"), qApp, &QApplication::quit);
        m_tray->setContextMenu(m_menu);
        m_tray->show();
    }
    connect(monitor, &SessionMonitor::sessionInvalidated, this, [this](MonitoredSession *s) {
        if (!s->isExpectedToFail())
            notify(tr("Session invalid"), invalidMessage(s));
    });
    connect(monitor, &SessionMonitor::sessionStalled, this,
            [this](MonitoredSession *s) { notify(tr("Session stalled"), stallMessage(s)); });
}

TrayNotifier::~TrayNotifier()
{
    delete m_menu;
}

QString TrayNotifier::invalidMessage(const MonitoredSession *session)
{
    return tr("%1 stopped for good: %2").arg(session->name(), session->lastErrorText());
}

QString TrayNotifier::stallMessage(const MonitoredSession *session)
{
    return tr("%1 is connected with work outstanding but makes no progress.").arg(session->name());
}

void TrayNotifier::notify(const QString &title, const QString &message)
{
    if (!m_enabled)
        return;
    Q_EMIT notified(title, message);
    if (m_tray)
        m_tray->showMessage(title, message, QSystemTrayIcon::Warning);
}

} // namespace syncscope::ui
