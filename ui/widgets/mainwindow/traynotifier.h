#pragma once

#include <QObject>
#include <QPointer>

class QMainWindow;
class QMenu;
class QSystemTrayIcon;

namespace syncscope::monitor {
class MonitoredSession;
class SessionMonitor;
} // namespace syncscope::monitor

namespace syncscope::ui {

class SessionActions;

// A tray icon (where the platform has one) with a menu, and a notification when a session
// turns Invalid unexpectedly or stalls. Notifications can be switched off in Settings.
class TrayNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayNotifier)

public:
    TrayNotifier(monitor::SessionMonitor *monitor, QMainWindow *window, SessionActions *actions,
                 QObject *parent = nullptr);
    ~TrayNotifier() override;

    bool isAvailable() const { return m_tray != nullptr; }
    void setNotificationsEnabled(bool enabled) { m_enabled = enabled; }
    bool notificationsEnabled() const { return m_enabled; }

    // The texts shown for an event; exposed for tests and for the status bar on platforms
    // without a tray.
    static QString invalidMessage(const monitor::MonitoredSession *session);
    static QString stallMessage(const monitor::MonitoredSession *session);

    // A tray message (and notified()), unless notifications are off.
    void notify(const QString &title, const QString &message);

Q_SIGNALS:
    void notified(const QString &title, const QString &message);

private:
    QPointer<QMainWindow> m_window;
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_menu = nullptr;
    bool m_enabled = true;
};

} // namespace syncscope::ui
